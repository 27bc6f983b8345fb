"""The Standards panel in the window: found in the Analysis menu, one tab per drawn scenario,
updated with the projections, and the sentence of the line a reform crosses."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence

from reform_studio.engine.reform import Lever
from reform_studio.engine.standards import ITEMS
from reform_studio.gui.solve_dialog import SolveTools
from reform_studio.gui.standards_panel import StandardsView
from reform_studio.gui.views import menu
from tests.gui.conftest import data_folder, dialogs_shown, isolated_settings, problems_shown, window  # noqa: F401

TIMEOUT = 30_000


@pytest.fixture
def view(window) -> StandardsView:  # noqa: F811
    return window.findChild(StandardsView, "standardsView")


def test_the_analysis_menu_opens_the_panel_with_a_tab_per_drawn_scenario(window, view):  # noqa: F811
    [action] = [a for a in menu(window, "analysisMenu").actions() if "standards" in a.text()]
    assert action.shortcut() == QKeySequence("Ctrl+Shift+I") and action.toolTip()
    assert view.panel.names == []  # nothing is computed while the panel is hidden
    action.trigger()
    assert view.dock.isVisible()
    tabs = view.panel.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Baseline"] + [s.reform.name for s in window.drawn]
    for model in view.panel.models():
        assert model.rowCount() == 2 * len(ITEMS)  # the Kenya sample has disability and survivors
        assert model.data(model.index(0, 0)) == "Old-age benefit, 30 years"
        assert "Article 28" in model.data(model.index(0, 0), 3)  # the tooltip cites the article


def test_a_lever_that_crosses_a_line_shows_in_the_panel_after_the_projection(qtbot, window, view):  # noqa: F811
    view.show()
    doc = window.document
    edited = doc.current_reform.name
    with qtbot.waitSignal(window.runner.finished, timeout=TIMEOUT):
        doc.set_lever("accrual_rate", Lever(0.012, from_year=2030))
    panel = view.panel
    assert panel.tabs.tabText(panel.tabs.currentIndex()) == edited
    model = panel.models()[panel.tabs.currentIndex()]
    row = [model.data(model.index(0, c)) for c in range(6)]
    assert row == ["Old-age benefit, 30 years", "C102 art. 28", "≥ 40.0 %", "36.0 %", "NOT met", "2030"]
    assert "falls to 36 % of the reference wage from 2030, below the 40 % that C102 requires" in panel.summary.text()
    panel.tabs.setCurrentIndex(0)
    assert "falls to" not in panel.summary.text()


def test_a_new_workbook_clears_the_panel(window, view):  # noqa: F811
    view.show()
    assert view.panel.names
    window.document.schemeChanged.emit()
    assert view.panel.names == [] and view.panel.tabs.count() == 0


def test_the_solve_dialog_keeps_the_convention_when_the_year_changes(window):  # noqa: F811
    dialog = window.findChild(SolveTools).dialog
    dialog.target.setEditText("reserve>=0 & c102")
    dialog.year.setValue(2050)
    assert dialog.target.currentText() == "reserve>=0@2050 & c102"
    dialog.target.setEditText("c128")
    assert not dialog.year.isEnabled() and dialog.solve_button.isEnabled()
