"""Menus, the toolbar and keyboard shortcuts of the main window."""
from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from reform_studio.gui import settings

if TYPE_CHECKING:
    from reform_studio.gui.main_window import MainWindow

SHORTCUT_HELP = """<table>
<tr><td>Ctrl+O</td><td>Open workbook</td></tr>
<tr><td>Ctrl+S / Ctrl+Shift+S</td><td>Save scenarios / save as</td></tr>
<tr><td>Ctrl+Shift+O</td><td>Open scenarios</td></tr>
<tr><td>Ctrl+E</td><td>Export comparison workbook</td></tr>
<tr><td>Ctrl+Shift+E</td><td>Export chart image</td></tr>
<tr><td>Ctrl+Alt+E</td><td>Export chart data (CSV)</td></tr>
<tr><td>Ctrl+Z / Ctrl+Shift+Z</td><td>Undo / redo</td></tr>
<tr><td>Ctrl+N, Ctrl+D, F2, Ctrl+Del</td><td>Add, duplicate, rename, delete a reform</td></tr>
<tr><td>Ctrl+1 … Ctrl+{charts}</td><td>Show a chart</td></tr>
<tr><td>Ctrl+T</td><td>Chart as table (Ctrl+C copies)</td></tr>
<tr><td>F11</td><td>Presentation mode (Space/PageDown: next reform, PageUp: previous, Esc: leave)</td></tr>
</table>"""


def _action(window: "MainWindow", menu: QMenu, text: str, slot: Callable, shortcut=None, tip: str = "",
            checkable: bool = False) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
    action.setStatusTip(tip)
    action.setToolTip(tip or text.replace("&", ""))
    action.setCheckable(checkable)
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def build_menus(window: "MainWindow") -> None:
    files, doc, bar = window.files, window.document, window.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.setObjectName("fileMenu")
    _action(window, file_menu, "&Open workbook…", files.open_workbook_dialog, QKeySequence.StandardKey.Open,
            "Open a scheme workbook; every problem in it is listed if it cannot be used.")
    window.recent_menu = file_menu.addMenu("Open &recent")
    window.recent_menu.aboutToShow.connect(partial(_fill_recent, window))
    _action(window, file_menu, "&New workbook from template…", files.new_from_template, None,
            "Write an empty input workbook to fill in for a new scheme.")
    file_menu.addSeparator()
    _action(window, file_menu, "Open &scenarios…", files.open_scenarios_dialog, "Ctrl+Shift+O",
            "Open a saved set of reforms.")
    _action(window, file_menu, "&Save scenarios", files.save_scenarios, QKeySequence.StandardKey.Save,
            "Save the reforms to their scenario file.")
    _action(window, file_menu, "Save scenarios &as…", files.save_scenarios_as, "Ctrl+Shift+S",
            "Save the reforms to a new scenario file.")
    file_menu.addSeparator()
    _action(window, file_menu, "Export chart &image…", files.export_chart, "Ctrl+Shift+E",
            "Save the chart on screen as PNG, SVG or PDF.")
    _action(window, file_menu, "Export chart &data (CSV)…", files.export_chart_data, "Ctrl+Alt+E",
            "Save the numbers of the chart on screen as a CSV table (opens in Excel).")
    _action(window, file_menu, "&Export comparison workbook…", files.export_comparison, "Ctrl+E",
            "Write an Excel workbook comparing the baseline with every reform.")
    file_menu.addSeparator()
    _action(window, file_menu, "&Quit", window.close, QKeySequence.StandardKey.Quit, "Leave Reform Studio.")

    edit = bar.addMenu("&Edit")
    edit.setObjectName("editMenu")
    undo = doc.undo_stack.createUndoAction(window, "&Undo")
    undo.setShortcuts([QKeySequence("Ctrl+Z")])
    redo = doc.undo_stack.createRedoAction(window, "&Redo")
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    edit.addAction(undo)
    edit.addAction(redo)
    window.undo_action, window.redo_action = undo, redo
    edit.addSeparator()
    _action(window, edit, "Reset all &levers", doc.reset_all, None,
            "Set every lever of the reform being edited back to the baseline.")

    reform = bar.addMenu("&Reform")
    reform.setObjectName("reformMenu")
    panel = window.scenario_panel
    _action(window, reform, "&Add reform", lambda: doc.add_reform(), QKeySequence.StandardKey.New,
            "Add a reform that starts equal to the baseline.")
    _action(window, reform, "&Duplicate reform", panel._duplicate, "Ctrl+D", "Copy the selected reform.")
    _action(window, reform, "&Rename reform", panel._rename, "F2", "Rename the selected reform.")
    _action(window, reform, "De&lete reform", panel._delete, "Ctrl+Del", "Delete the selected reform (undoable).")

    view = bar.addMenu("&View")
    view.setObjectName("viewMenu")
    window.presentation_action = _action(
        window, view, "&Presentation mode", window.set_presentation, "F11",
        "Full screen with large charts; Space steps through the reforms, Esc leaves.", checkable=True)
    view.addSeparator()
    for number, key in enumerate(window.charts.views, start=1):
        title = window.charts.tabText(number - 1)
        _action(window, view, f"Chart: {title}", partial(window.charts.setCurrentIndex, number - 1),
                f"Ctrl+{number}", f"Show the {title.lower()} chart.")
    _action(window, view, "Chart as &table", lambda: window.charts.current_view().toggle.toggle(), "Ctrl+T",
            "Switch the chart on screen between the drawing and a table of its numbers.")
    view.addSeparator()
    view.addAction(window.scenario_dock.toggleViewAction())
    view.addAction(window.lever_dock.toggleViewAction())

    analysis = bar.addMenu("&Analysis")  # filled by the views of reform_studio.gui.views
    analysis.setObjectName("analysisMenu")
    help_menu = bar.addMenu("&Help")
    help_menu.setObjectName("helpMenu")
    _action(window, help_menu, "&Keyboard shortcuts", lambda: QMessageBox.information(
        window, "Keyboard shortcuts", SHORTCUT_HELP.format(charts=window.charts.count())), "F1",
        "List the keyboard shortcuts.")
    _action(window, help_menu, "&About Reform Studio", lambda: QMessageBox.about(
        window, "About Reform Studio", "<b>Reform Studio</b><br>Project a pension scheme and compare reforms "
        "against its baseline, offline. The model follows the ILO actuarial pension model."), None, "")

    toolbar = window.addToolBar("Main")
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    for action in (file_menu.actions()[0], file_menu.actions()[5], undo, redo, window.presentation_action):
        toolbar.addAction(action)


def _fill_recent(window: "MainWindow") -> None:
    menu = window.recent_menu
    menu.clear()
    paths = settings.recent_files()
    for path in paths:
        action = menu.addAction(path.name, partial(window.files.read_workbook, path))
        action.setStatusTip(str(path))
        action.setToolTip(str(path))
    if not paths:
        menu.addAction("(none)").setEnabled(False)
    else:
        menu.addSeparator()
        menu.addAction("Clear list", settings.clear_recent)
