"""The window's side: the compiled catalogues say what the Qt-free reader says, Qt's own
dialogs are translated, QLocale follows the language, and View › Language remembers."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("PySide6")
from PySide6.QtCore import QCoreApplication, QLocale, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox  # noqa: E402

from reform_studio import i18n  # noqa: E402
from reform_studio.gui import language  # noqa: E402
from reform_studio.i18n.catalogue import messages  # noqa: E402
from reform_studio.i18n import numbers  # noqa: E402
from reform_studio.i18n.numbers import number, parse_number  # noqa: E402


@pytest.fixture(autouse=True)
def isolated(tmp_path, qapp, monkeypatch):
    """No remembered language, and numbers in each language's own conventions (LC_ALL=C: no
    country) whatever the machine's locale; a test of a country sets LC_ALL."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    monkeypatch.setenv("LC_ALL", "C")
    yield
    monkeypatch.setenv("LC_ALL", "C")
    language.apply(qapp, "en")
    numbers.follow(None)


@pytest.mark.parametrize("code", ["fr", "es"])
def test_window_and_command_line_read_one_catalogue(qapp: QApplication, code: str) -> None:
    assert language.apply(qapp, code)
    for (context, source, disambiguation), text in messages(code).items():
        assert QCoreApplication.translate(context, source, disambiguation or None) == text
        assert i18n.translate(context, source, disambiguation or None) == text


@pytest.mark.parametrize(("code", "cancel"), [("fr", "Annuler"), ("es", "Cancelar")])
def test_qt_dialogs_are_translated(qapp: QApplication, code: str, cancel: str) -> None:
    language.apply(qapp, code)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel


@pytest.mark.parametrize("code", ["fr", "es", "en"])
def test_fields_read_and_write_as_the_qt_free_formatter(qapp: QApplication, code: str) -> None:
    language.apply(qapp, code)
    text = QLocale().toString(-12345.25, "f", 2)
    assert text == number(-12345.25, 2, code)
    value, ok = QLocale().toDouble(number(12.5, 1, code))
    assert ok and value == 12.5 == parse_number(number(12.5, 1, code), code)


@pytest.mark.parametrize(("code", "locale", "typed", "refused", "shown"), [
    ("es", "es_PE.UTF-8", "12.5", "12,5", "-12,345.25"), ("es", "es_BO.UTF-8", "12,5", "12.5", "-12.345,25"),
    ("es", "es_GQ.UTF-8", "12,5", "12.5", "-12.345,25"), ("fr", "es_PE.UTF-8", "12,5", "12.5", "-12\u202f345,25"),
    ("en", "es_BO.UTF-8", "12.5", "12,5", "-12,345.25")])
def test_fields_follow_the_users_country(qapp: QApplication, monkeypatch, code, locale, typed, refused,
                                         shown) -> None:
    monkeypatch.setenv("LC_ALL", locale)
    language.apply(qapp, code)
    assert QLocale().toString(-12345.25, "f", 2) == shown == number(-12345.25, 2)
    assert QLocale().toDouble(typed) == (12.5, True) and parse_number(typed) == 12.5
    assert not QLocale().toDouble(refused)[1]
    with pytest.raises(ValueError):
        parse_number(refused)


def test_english_removes_the_translators(qapp: QApplication) -> None:
    language.apply(qapp, "fr")
    assert language.apply(qapp, "en") == []
    assert QCoreApplication.translate("report", "Baseline") == "Baseline"
    assert i18n.language() == "en"


def test_menu_remembers_the_choice_for_the_next_start(qtbot, monkeypatch) -> None:
    notes = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: notes.append(text))
    window = QMainWindow()
    qtbot.addWidget(window)
    window.menuBar().addMenu("View").setObjectName("viewMenu")
    monkeypatch.setenv("LANGUAGE", "es_PE")
    language.install(window)
    actions = {a.objectName(): a for a in window.findChild(type(window.menuBar().actions()[0].menu()),
                                                          "languageMenu").actions()}
    assert set(actions) == {"language_system", "language_en", "language_fr", "language_es"}
    assert actions["language_system"].isChecked() and all(a.toolTip() for a in actions.values())
    assert language.chosen() == "es"
    actions["language_fr"].trigger()
    assert language.remembered() == "fr" == language.chosen()
    assert notes and "French" in notes[-1]
    actions["language_system"].trigger()
    assert language.remembered() is None and language.chosen() == "es"


@pytest.mark.parametrize(("code", "headers", "copy"), [("fr", ["Feuille", "Cellule", "Levier", "Problème"], "Copier la liste"),
                                                       ("es", ["Hoja", "Celda", "Palanca", "Problema"], "Copiar la lista")])
def test_problem_dialog_speaks_the_language(qapp: QApplication, qtbot, code, headers, copy) -> None:
    from PySide6.QtWidgets import QPushButton

    from reform_studio.engine.errors import Problem
    from reform_studio.gui.dialogs import ProblemsDialog

    language.apply(qapp, code)
    dialog = ProblemsDialog(None, "t", "i", [Problem("m", "Scheme", "B7")])
    qtbot.addWidget(dialog)
    assert [dialog.table.horizontalHeaderItem(c).text() for c in range(4)] == headers
    assert copy in [b.text() for b in dialog.findChildren(QPushButton)]


def test_write_failures_speak_the_language(qapp: QApplication, tmp_path) -> None:
    import errno
    from pathlib import Path

    from reform_studio.gui.messages import write_failure

    language.apply(qapp, "es")
    text = write_failure(OSError(errno.EROFS, "Read-only file system"), Path(tmp_path / "c.xlsx"))
    assert text.startswith("«c.xlsx» no se pudo guardar en") and "solo lectura" in text
    assert text.endswith("Un archivo existente con ese nombre quedó sin cambios.")


def test_every_shipped_source_is_marked_for_the_about_box() -> None:
    from reform_studio.countries.data import SOURCES
    from reform_studio.gui.identity import SOURCE_WORDS

    assert {part for source in SOURCES for part in source} <= set(SOURCE_WORDS)


@pytest.mark.parametrize(("code", "words"), [("fr", ["Modèle de projection version", "Nations Unies", "Emploi informel : "]),
                                             ("es", ["Modelo de proyección versión", "Naciones Unidas", "Empleo informal: "])])
def test_about_box_speaks_the_language(qapp: QApplication, code: str, words: list[str]) -> None:
    from reform_studio.gui.identity import SAMPLE_SOURCES, SOURCE_WORDS, about_text, plain

    language.apply(qapp, code)
    text = plain(about_text()).replace("\u00a0", " ")
    assert all(word in text for word in words), text
    lines = text.splitlines()
    labels, credits = SOURCE_WORDS[::2], SOURCE_WORDS[1::2]  # each source's heading, then its credit line
    english = [s for s in (SAMPLE_SOURCES, *credits, "Data sources", "Not a built release") if s in text]
    english += [label for label in labels if any(line.startswith(label) for line in lines)]
    assert not english, english
