"""The views beyond the charts and levers: each lives in its own module with an
`install(window)` that adds its docks, dialogs and menu entries to the main window, so the
main window does not grow with every analysis. `install_views` calls them in menu order.

Menus are found by object name (`fileMenu`, `editMenu`, `reformMenu`, `viewMenu`,
`analysisMenu`, `helpMenu`), never by their text, which a translation changes.
"""
from __future__ import annotations

from typing import Callable, Sequence

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from reform_studio.engine.reform import Reform
from reform_studio.engine.results import Projection
from reform_studio.engine.scheme import Scheme
from reform_studio.workbook.export import Appendix


def menu(window: QMainWindow, name: str) -> QMenu:
    """The menu bar's menu with object name `name` (see the module docstring)."""
    found = window.menuBar().findChild(QMenu, name)
    if found is None:
        raise LookupError(f"the main window has no menu named {name!r}")
    return found


def add_action(window: QMainWindow, target: QMenu, action: QAction, shortcut: str | None, tip: str) -> QAction:
    """Add `action` to `target` with its shortcut and tips; the shortcut also works while the
    menu bar is hidden (presentation mode)."""
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setStatusTip(tip)
    action.setToolTip(tip)
    target.addAction(action)
    window.addAction(action)
    return action


def beside_levers(window: QMainWindow, dock: QDockWidget) -> None:
    """Show `dock` as a tab beside the levers, in front: a dock of its own beside them would
    widen the window past a 1280-pixel screen. Tabified just before it is shown, never at start:
    a dock tabified and left hidden leaves the levers' one-tab bar drawn over the menu bar."""
    levers = window.lever_dock
    if dock not in window.tabifiedDockWidgets(levers):
        window.tabifyDockWidget(levers, dock)
    dock.show()
    dock.raise_()


def installers() -> list[Callable[[QMainWindow], None]]:
    """Every view's `install`, in the order their menu entries appear."""
    from reform_studio.gui.costing_view import install_costing
    from reform_studio.gui.country_dialog import install_new_from_country
    from reform_studio.gui.language import install as install_language
    from reform_studio.gui.solve_dialog import install_solve
    from reform_studio.gui.standards_panel import install_standards
    from reform_studio.gui.uncertainty_view import install_uncertainty

    return [install_new_from_country, install_solve, install_standards, install_uncertainty, install_costing,
            install_language]


def install_views(window: QMainWindow) -> None:
    """Install every view, then hide the Analysis menu if no view put anything in it."""
    for install in installers():
        install(window)
    analysis = menu(window, "analysisMenu")
    analysis.menuAction().setVisible(not analysis.isEmpty())


def export_appendices(window: QMainWindow, scheme: Scheme, reforms: Sequence[Reform],
                      projections: Sequence[Projection]) -> list[Appendix]:
    """The sheets the analyses add to the comparison workbook: the ILO standards of every
    scenario, and the sensitivity tests and stochastic percentiles where they have been run."""
    from reform_studio.gui.uncertainty_view import appendices as uncertainty_appendices
    from reform_studio.workbook.export_standards import standards_appendix

    return [standards_appendix(scheme, reforms, projections), *uncertainty_appendices(window)]
