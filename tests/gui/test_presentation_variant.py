"""Presentation mode hides the status bar, where the window says that every number is
projected under an Assumptions variant: the banner says it too, in the same (translated)
words, and says nothing of assumptions where the workbook's own are used."""
from __future__ import annotations

from html import escape
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from reform_studio.gui.uncertainty_view import UncertaintyView
from tests.gui.conftest import settle
# the main window in a language, styled as the application is, at 1280 x 720 with the sample's reforms
from tests.i18n.test_layout_languages import SCREEN, cut_texts, speak, window  # noqa: F401

SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"
TRANSLATED = {"en": "Assumptions: ", "fr": "Hypothèses\u00a0: "}  # the label's own words in each language


def present(qtbot, win) -> None:
    win.set_presentation(True)
    win.showNormal()  # the offscreen screen is 800 x 800: present on a 1280 x 720 "projector"
    win.resize(SCREEN)
    settle(qtbot, win)
    qtbot.wait(100)


@pytest.mark.parametrize("code", ["en", "fr"])
def test_the_banner_says_the_assumptions_variant_in_use(window, qtbot, code):
    win = window(code)
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
    assert cut_texts(win) == []
    SHOTS.mkdir(parents=True, exist_ok=True)
    win.grab().save(str(SHOTS / f"presenting-variant-{code}-1280x720.png"))

    with qtbot.waitSignal(win.runner.finished, timeout=20_000):
        view.panel.reset.click()  # back to the workbook's assumptions, while presenting
    settle(qtbot, win)
    assert label.text() == ""
    assert win.banner.isVisible() and win.banner.text()  # the reform is still named...
    assert TRANSLATED[code].strip() not in win.banner.text() and "<i>" not in win.banner.text()  # ...no variant
    win.set_presentation(False)


def test_the_baseline_banner_says_the_variant_too(window, qtbot):
    """With no reform to present (the sample's reforms removed), the banner names the baseline
    and the variant."""
    win = window("en")
    doc = win.document
    doc.set_scenarios([], None)
    view = win.findChild(UncertaintyView)
    with qtbot.waitSignal(win.runner.finished, timeout=20_000):
        view.panel.boxes["inflation"].setValue(1.0)
    present(qtbot, win)
    assert not win.drawn
    assert win.banner.text() == f"<b>Baseline</b> · <i>{escape(view.variant_label.text())}</i>"
    win.set_presentation(False)


def test_no_variant_no_mention(window, qtbot):
    win = window("en")
    present(qtbot, win)
    assert win.findChild(UncertaintyView).variant_label.text() == ""
    assert win.banner.text() and "Assumptions" not in win.banner.text()
    QApplication.processEvents()
    win.set_presentation(False)
