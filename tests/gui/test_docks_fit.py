"""The analysis docks on a 1280 x 720 screen: the frontier and the Assumptions panel open as tabs
beside the levers rather than widening the window past the screen, and no dock's tab bar is left
drawn over the menu bar."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDockWidget, QTabBar

from reform_studio.gui.solve_dialog import SolveTools


@pytest.fixture
def tools(window) -> SolveTools:
    found = window.findChild(SolveTools)
    yield found
    found.frontier.jobs.wait()  # the frontier computed on showing it ends before the window goes


def _tab_bars(win) -> list[tuple[list[str], int, int]]:
    return [([bar.tabText(i) for i in range(bar.count())], bar.geometry().x(), bar.geometry().y())
            for bar in win.findChildren(QTabBar) if bar.parent() is win and bar.isVisible()]


def _over_the_menus(win) -> list:
    menus = win.menuBar().geometry()
    return [bar for bar in _tab_bars(win) if menus.contains(bar[1], bar[2])]


def test_the_analysis_docks_fit_a_small_screen(window, tools, qtbot):
    window.resize(1280, 720)
    qtbot.wait(50)
    assert _over_the_menus(window) == []
    assumptions = window.findChild(QDockWidget, "assumptionsDock")
    assumptions.toggleViewAction().trigger()
    tools.show_frontier()
    qtbot.wait(50)
    assert window.width() == 1280
    tabs = {dock.objectName() for dock in window.tabifiedDockWidgets(window.lever_dock)}
    assert tabs == {"assumptionsDock", "frontierDock"}
    assert _over_the_menus(window) == []
    assumptions.hide()
    window.findChild(QDockWidget, "frontierDock").hide()
    qtbot.wait(50)
    assert _over_the_menus(window) == []


def test_a_wide_window_keeps_the_frontier_beside_the_charts(window, tools, qtbot):
    window.resize(1920, 1080)
    qtbot.wait(50)
    tools.show_frontier()
    qtbot.wait(50)
    frontier = window.findChild(QDockWidget, "frontierDock")
    assert frontier not in window.tabifiedDockWidgets(window.lever_dock)
    assert window.width() == 1920 and frontier.isVisible()
