"""The window's language: Qt's translators for the product's strings and Qt's own dialogs,
QLocale for numbers typed and shown, the remembered choice, and View › Language.

The language is chosen once, before the first widget is made (`apply(app, chosen())` in the
application's start): every `tr()` and `translate()` of the window and of the Qt-free layers
(the workbook reader's messages, the export) then speaks it, and fields read "12,5" as 12.5 in
French. Numbers follow the user's country where it speaks the window's language: "12.5" in a
Spanish window on a Peruvian computer, "12,5" on a Bolivian one (`user_locale`, numbers.py).
A choice made in View › Language is remembered and takes effect at the next start,
which the menu says; strings built before a change would otherwise stay in the old language.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMessageBox

from reform_studio.gui import settings, views
from reform_studio.i18n import (
    LANGUAGE_VARIABLE,
    LANGUAGES,
    QT_TRANSLATE_NOOP,
    SOURCE_LANGUAGE,
    set_language,
    system_language,
)
from reform_studio.i18n.catalogue import compiled_path
from reform_studio.i18n import numbers

SETTING = "language"
QT_CATALOGUE = "qtbase"  # Qt's own dialogs and standard buttons
# each language named in the language of the window, for sentences ("en français");
# the menu names each in its own (LANGUAGES), so a reader finds hers whatever the window speaks
NAMES = {"en": QT_TRANSLATE_NOOP("language", "English"), "fr": QT_TRANSLATE_NOOP("language", "French"),
         "es": QT_TRANSLATE_NOOP("language", "Spanish")}
# View › Language's entries with a mnemonic each on a letter no other entry takes (the system
# entry's first letter: S, L or I in the three languages)
MNEMONICS = {"en": "&English", "fr": "&Français", "es": "Es&pañol"}


def _named(code: str) -> str:
    return QCoreApplication.translate("language", NAMES[code])


def remembered() -> str | None:
    """The language chosen in View › Language, if any (None: follow the system)."""
    value = settings.settings().value(SETTING)
    return value if value in LANGUAGES else None


def chosen() -> str:
    """The language the window opens in: this start's (`reform-studio --language fr`, passed
    as REFORM_STUDIO_LANGUAGE), else the remembered choice, else the system locale's."""
    requested = os.environ.get(LANGUAGE_VARIABLE)
    return requested if requested in LANGUAGES else remembered() or system_language()


def remember(code: str | None) -> None:
    """Keep `code` for the next start; None forgets the choice (follow the system)."""
    store = settings.settings()
    if code is None:
        store.remove(SETTING)
    else:
        store.setValue(SETTING, code)


def user_locale() -> str | None:
    """The locale the user's numbers follow: POSIX's variables (LC_ALL, LC_NUMERIC, LANG), as
    the command line reads them, else the system's regional settings as Qt reads them (Windows,
    macOS)."""
    return numbers.system_locale() or QLocale.system().name()


def apply(app: QCoreApplication, code: str) -> list[QTranslator]:
    """Speak `code` from now on: the Qt-free layers, QLocale's numbers (the user's country's
    where it speaks `code`), and the translators of the product and of Qt's own dialogs
    (returned, parented to `app`; none for English)."""
    set_language(code)
    numbers.follow(user_locale())
    QLocale.setDefault(QLocale(numbers.locale_name()))
    for old in app.findChildren(QTranslator, "reformStudioTranslator"):
        app.removeTranslator(old)
        old.deleteLater()
    if code == SOURCE_LANGUAGE:
        return []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    installed = []
    for name, folder in ((compiled_path(code).stem, str(compiled_path(code).parent)),
                         (f"{QT_CATALOGUE}_{code}", qt_folder)):
        translator = QTranslator(app)
        translator.setObjectName("reformStudioTranslator")
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def install(window: QMainWindow) -> None:
    """View › Language: the system's language or one of the product's, remembered for the
    next start (with a note saying so)."""
    menu = views.menu(window, "viewMenu").addMenu(QCoreApplication.translate("language", "&Language"))
    menu.setObjectName("languageMenu")
    menu.setToolTipsVisible(True)
    group = QActionGroup(menu)
    current = remembered()
    choices = [(None, QCoreApplication.translate("language", "System language"))] + list(LANGUAGES.items())
    for code, name in choices:
        shown = MNEMONICS.get(code, f"&{name}")  # the system entry takes its first letter
        action = QAction(shown, menu, checkable=True, checked=code == current)
        action.setObjectName(f"language_{code or 'system'}")
        action.setData(code)
        group.addAction(action)
        tip = (QCoreApplication.translate("language", "Follow the language of the computer's settings")
               if code is None else
               QCoreApplication.translate("language", "Open Reform Studio in {language} from the next start").format(
                   language=_named(code)))
        views.add_action(window, menu, action, None, tip)
    group.triggered.connect(lambda action: _choose(window, action.data()))


def _choose(window: QMainWindow, code: str | None) -> None:
    remember(code)
    target = code or system_language()
    QMessageBox.information(window, QCoreApplication.translate("language", "Language"), QCoreApplication.translate(
        "language", "Reform Studio will open in {language} the next time it starts; the window stays as it is until "
        "then.").format(language=_named(target)))
