"""Every word of the main window in French and in Spanish: each widget's text, title, tooltip
and choices, each action, menu, dock and tab title, compared with the same window built in
English. A text the French (or Spanish) window shows exactly as the English one does was
never translated, unless it is data (the workbook's and the reforms' names, numbers) or on
the short allow-list below; the shortcut help (F1) is walked cell by cell, its keys named as
the keyboard's in each language. Also: numbers typed in a French or Spanish field, and the
menus' mnemonics in each language."""
from __future__ import annotations

import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("PySide6")
from PySide6.QtCore import QSettings, QStandardPaths  # noqa: E402
from PySide6.QtGui import QAction, QKeySequence  # noqa: E402
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QApplication, QComboBox,  # noqa: E402
                               QDialog, QDockWidget, QDoubleSpinBox, QGroupBox, QLabel, QMenu, QSpinBox, QTabBar,
                               QWidget)

from reform_studio.gui import dialogs, language, menus, settings  # noqa: E402
from reform_studio.i18n import numbers  # noqa: E402
from reform_studio.samples import sample_path  # noqa: E402

# Texts that are the same in English, French and Spanish, and why: proper names, the spec's
# names (kept English in every language: docs/glossary.md), units and symbols.
SAME_IN_EVERY_LANGUAGE = {
    "Reform Studio",  # the product's name
    "↺", "●", "%", "×", " %", " ×",  # symbols and units
    "English", "Français", "Español",  # View › Language names each language in its own
}
# Texts that one language writes exactly as English does.
SAME_IN = {
    "fr": {"Population", "Branches", "Indexation", "Inflation", "pt"},  # "pt": points de pourcentage
    "es": {"A:", "Universal", "Tornado"},
}
TAG = re.compile(r"<[^>]+>")
# key sequences Qt writes alike in the language and in English (Ctrl+O, F11, Alt): a shortcut
# cell of only these is no English left behind
SHARED_KEYS = {"fr": re.compile(r"(?:Ctrl|Alt|Tab|F\d+|[A-Z0-9]|\+| / |, | … )+"),
               "es": re.compile(r"(?:Alt|F\d+|[A-Z0-9]|\+| / |, | … )+")}


def _plain(text: str) -> str:
    """A text as read: without markup, mnemonics or the ellipsis of a menu entry."""
    return TAG.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _texts(window: QWidget) -> dict[str, str]:
    """Every text the window and its children show, keyed by where it is shown."""
    found: dict[str, str] = {}

    def put(where: str, text: str | None) -> None:
        if text and _plain(text):
            found[where] = _plain(text)

    for i, widget in enumerate(window.findChildren(QWidget)):
        kind = f"{type(widget).__name__}#{widget.objectName() or i}"
        put(f"{kind} tooltip", widget.toolTip())
        put(f"{kind} window title", widget.windowTitle() if isinstance(widget, QDockWidget) else "")
        if isinstance(widget, QLabel) and TAG.search(widget.text()):
            for n, piece in enumerate(TAG.split(widget.text())):  # a rich text's cells and lines, each
                put(f"{kind} text {n}", piece)
        elif isinstance(widget, (QLabel, QAbstractButton)):
            put(f"{kind} text", widget.text())
        if isinstance(widget, QGroupBox):
            put(f"{kind} title", widget.title())
        if isinstance(widget, QComboBox) and not widget.isEditable():
            for n in range(widget.count()):
                put(f"{kind} item {n}", widget.itemText(n))
        if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
            for part in ("prefix", "suffix", "specialValueText"):
                put(f"{kind} {part}", getattr(widget, part)())
        if isinstance(widget, QTabBar):
            for n in range(widget.count()):
                put(f"{kind} tab {n}", widget.tabText(n))
                put(f"{kind} tab tooltip {n}", widget.tabToolTip(n))
        if isinstance(widget, QMenu):
            put(f"{kind} title", widget.title())
    for i, action in enumerate(window.findChildren(QAction)):
        where = f"action {action.objectName() or i}"
        put(f"{where} text", action.text())
        put(f"{where} tooltip", action.toolTip())
        put(f"{where} status tip", action.statusTip())
    return found


def _data(window) -> set[str]:
    """The words that are data, not the product's: the scheme's, the workbook's and the
    reforms' names."""
    doc = window.document
    names = {doc.scheme.scheme_name, doc.scheme.country, doc.source_path.name, doc.source_path.stem}
    return names | {scenario.reform.name for scenario in doc.scenarios}


def _is_data(text: str, data: set[str]) -> bool:
    rest = text
    for name in sorted(data, key=len, reverse=True):
        rest = rest.replace(name, "")
    return not re.search(r"[^\W\d_]{2,}", rest)  # nothing left but numbers, symbols, one letter


@pytest.fixture
def build(qapp: QApplication, qtbot, tmp_path, monkeypatch):
    """A main window in a language, with the sample workbook and its reforms open."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    QStandardPaths.setTestModeEnabled(True)
    monkeypatch.setenv(settings.DATA_FOLDER_VARIABLE, str(tmp_path / "data"))
    monkeypatch.setenv("LC_ALL", "C")  # each language's own numbers, whatever the machine's locale
    monkeypatch.setattr(dialogs, "show_problems", lambda *args: None)
    from reform_studio.gui.main_window import MainWindow

    def make(code: str) -> MainWindow:
        language.apply(qapp, code)
        window = MainWindow()
        qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
        window.resize(1280, 720)
        window.show()
        with qtbot.waitSignal(window.runner.finished, timeout=30_000):
            assert window.open_path(sample_path())
        with qtbot.waitSignal(window.runner.finished, timeout=30_000):
            window.load_sample_reforms()
        menus.show_shortcuts(window)  # F1: walked with the window (a child dialog)
        return window

    yield make
    monkeypatch.setenv("LC_ALL", "C")
    language.apply(qapp, "en")
    numbers.follow(None)


@pytest.mark.parametrize("code", ["fr", "es"])
def test_no_word_of_the_window_is_left_in_english(build, code: str) -> None:
    english = build("en")
    source = _texts(english)
    english_words = set(source.values())
    data = _data(english)
    english.runner.wait()
    translated = build(code)
    shown = _texts(translated)
    allowed = SAME_IN_EVERY_LANGUAGE | SAME_IN[code]
    untranslated = sorted({f"{where}: {text!r}" for where, text in shown.items()
                           if text in english_words and text not in allowed and not _is_data(text, data)
                           and not SHARED_KEYS[code].fullmatch(text)})
    translated.runner.wait()
    assert len(shown) > 200  # the walk reached the window's widgets, actions and menus
    assert not untranslated, f"{len(untranslated)} texts in English:\n" + "\n".join(untranslated)


@pytest.mark.parametrize(("code", "keys"), [
    ("en", ["Ctrl+Shift+O", "Ctrl+Del", "Esc", "PgUp / PgDown", "Shift+Tab"]),
    ("fr", ["Ctrl+Maj+O", "Ctrl+Suppr", "Échap", "Page préc / Page suiv", "Maj+Tab"]),
    ("es", ["Control+Mayúsculas+O", "Control+Suprimir", "Escape", "Re Pág / Av Pág", "Mayúsculas+Tabulador"])])
def test_the_shortcut_help_names_keys_as_the_keyboard_does(build, code: str, keys: list[str]) -> None:
    window = build(code)
    table = window.findChild(QDialog, "shortcutHelp").findChild(QLabel).text()
    key_cells = re.findall(r"<tr><td>(.*?)</td>", table)  # each row's first column
    for key in keys:
        assert any(key in cell for cell in key_cells), f"{code}: {key!r} not in the shortcut help"
    if code != "en":  # Qt's own names of the keys, not the English ones
        left = [cell for cell in key_cells if re.search(r"\b(Shift|Del|Esc|Up|Down|Home|Space)\b", cell)]
        assert not left, f"{code}: English key names in {left}"
    window.runner.wait()


@pytest.mark.parametrize("code", ["fr", "es"])
def test_a_lever_field_reads_a_decimal_comma(build, code: str) -> None:
    window = build(code)
    row = window.levers.rows["contribution_rate"]
    spin = row.spin
    assert spin.valueFromText("12,5") == pytest.approx(12.5)
    assert spin.textFromValue(12.5).startswith("12,5")
    spin.lineEdit().selectAll()
    spin.lineEdit().insert("12,5")
    spin.interpretText()
    assert spin.value() == pytest.approx(12.5)
    window.runner.wait()


@pytest.mark.parametrize(("locale", "typed", "shown"), [("es_PE.UTF-8", "12.5", "12.5"),
                                                       ("es_BO.UTF-8", "12,5", "12,5")])
def test_a_lever_field_reads_the_countrys_decimal_mark(build, monkeypatch, locale: str, typed: str,
                                                     shown: str) -> None:
    monkeypatch.setenv("LC_ALL", locale)
    window = build("es")
    spin = window.levers.rows["contribution_rate"].spin
    assert spin.textFromValue(12.5).startswith(shown)
    spin.lineEdit().selectAll()
    spin.lineEdit().insert(typed)
    spin.interpretText()
    assert spin.value() == pytest.approx(12.5)
    window.runner.wait()


@pytest.mark.parametrize("code", ["fr", "es"])
def test_mnemonics_are_set_and_unique_in_each_menu(build, code: str) -> None:
    window = build(code)
    menus = [window.menuBar()] + window.menuBar().findChildren(QMenu)
    for menu in menus:
        if isinstance(menu, QMenu):
            menu.aboutToShow.emit()
        entries = [a for a in menu.actions() if not a.isSeparator() and a.isVisible() and a.isEnabled()
                   and a.text() and not a.text().startswith("(")]
        keys = [QKeySequence.mnemonic(a.text()).toString() for a in entries]
        assert all(keys), f"{code}: no mnemonic in {[a.text() for a, k in zip(entries, keys) if not k]}"
        clashes = {k for k in keys if keys.count(k) > 1}
        assert not clashes, f"{code}: {clashes} used twice in {[a.text() for a in entries]}"
    window.runner.wait()


def test_spin_boxes_use_the_window_language(build) -> None:
    window = build("fr")
    spins = [w for w in window.findChildren(QAbstractSpinBox) if isinstance(w, QDoubleSpinBox)]
    assert spins and all(spin.locale().decimalPoint() == "," for spin in spins)
    window.runner.wait()
