"""Presentation mode hides the status bar, where the window says that every number is
projected under an Assumptions variant: the banner says it too, in the same (translated)
words, and says nothing of assumptions where the workbook's own are used."""
from __future__ import annotations

from html import escape
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize, QStandardPaths
from PySide6.QtWidgets import QApplication

from reform_studio.gui import language, settings
from reform_studio.gui.app import RESOURCES
from reform_studio.gui.uncertainty_view import UncertaintyView
from reform_studio.i18n import numbers
from reform_studio.samples import sample_path
from tests.gui.conftest import settle

SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"
SCREEN = QSize(1280, 720)
TRANSLATED = {"en": "Assumptions: ", "fr": "Hypothèses\u00a0: "}  # the label's own words in each language


@pytest.fixture
def speaking_window(qapp, qtbot, tmp_path, monkeypatch, problems_shown):
    """The main window in a language, styled as the application is, with the sample and its reforms."""
    made = []

    def make(code: str):
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
        QStandardPaths.setTestModeEnabled(True)
        monkeypatch.setenv(settings.DATA_FOLDER_VARIABLE, str(tmp_path / "data"))
        monkeypatch.setenv("LC_ALL", "C")
        language.apply(qapp, code)
        qapp.setStyleSheet((RESOURCES / "style.qss").read_text(encoding="utf-8"))
        from reform_studio.gui.main_window import MainWindow

        win = MainWindow()
        qtbot.addWidget(win, before_close_func=lambda w: w.document.undo_stack.setClean())
        win.resize(SCREEN)
        win.show()
        with qtbot.waitSignal(win.runner.finished, timeout=30_000):
            assert win.open_path(sample_path())
        with qtbot.waitSignal(win.runner.finished, timeout=30_000):
            win.load_sample_reforms()
        made.append(win)
        return win

    before = qapp.styleSheet()
    yield make
    for win in made:
        win.runner.wait()
    qapp.setStyleSheet(before)
    language.apply(qapp, "en")
    numbers.follow(None)


def present(qtbot, win) -> None:
    win.set_presentation(True)
    win.showNormal()  # the offscreen screen is 800 x 800: present on a 1280 x 720 "projector"
    win.resize(SCREEN)
    settle(qtbot, win)
    qtbot.wait(100)


@pytest.mark.parametrize("code", ["en", "fr"])
def test_the_banner_says_the_assumptions_variant_in_use(speaking_window, qtbot, code):
    win = speaking_window(code)
    view = win.findChild(UncertaintyView)
    label = view.variant_label
    with qtbot.waitSignal(win.runner.finished, timeout=20_000):
        view.panel.boxes["real_wage_growth"].setValue(-1.0)  # as the user does, in the Assumptions panel
    settle(qtbot, win)
    said = label.text()
    assert said.startswith(TRANSLATED[code]) and said != TRANSLATED[code]

    present(qtbot, win)
    assert not win.statusBar().isVisible()  # where the label is...
    assert win.banner.isVisible() and escape(said) in win.banner.text()  # ...so the banner says it
    assert win.banner.text().count(escape(said)) == 1
    heading = win.banner.text().split("<br>")[0]
    assert escape(said) in heading  # on the first line: never scrolled out of the capped banner
    SHOTS.mkdir(parents=True, exist_ok=True)
    win.grab().save(str(SHOTS / f"presenting-variant-{code}-1280x720.png"))

    with qtbot.waitSignal(win.runner.finished, timeout=20_000):
        view.panel.reset.click()  # back to the workbook's assumptions, while presenting
    settle(qtbot, win)
    assert label.text() == ""
    assert win.banner.isVisible() and win.banner.text()  # the reform is still named...
    assert TRANSLATED[code].strip() not in win.banner.text() and "<i>" not in win.banner.text()  # ...no variant
    win.set_presentation(False)


def test_the_baseline_banner_says_the_variant_too(speaking_window, qtbot):
    """With no reform to present (the sample's reforms removed), the banner names the baseline
    and the variant."""
    win = speaking_window("en")
    doc = win.document
    doc.set_scenarios([], None)
    view = win.findChild(UncertaintyView)
    with qtbot.waitSignal(win.runner.finished, timeout=20_000):
        view.panel.boxes["inflation"].setValue(1.0)
    present(qtbot, win)
    assert not win.drawn
    assert win.banner.text() == f"<b>Baseline</b> · <i>{escape(view.variant_label.text())}</i>"
    win.set_presentation(False)


def test_no_variant_no_mention(speaking_window, qtbot):
    win = speaking_window("en")
    present(qtbot, win)
    assert win.findChild(UncertaintyView).variant_label.text() == ""
    assert win.banner.text() and "Assumptions" not in win.banner.text()
    QApplication.processEvents()
    win.set_presentation(False)
