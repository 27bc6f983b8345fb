"""Menus, the toolbar and keyboard shortcuts of the main window."""
from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QMenu, QScrollArea,
                               QVBoxLayout)

from reform_studio.gui import identity, settings

if TYPE_CHECKING:
    from reform_studio.gui.main_window import MainWindow

NEEDS_SCHEME = "needsScheme"  # an action's property: enabled only while a scheme is open

SHORTCUT_HELP = """<table cellspacing=0 cellpadding=3>
<tr><th colspan=2 align=left>Files</th></tr>
<tr><td>Ctrl+O</td><td>Open workbook</td></tr>
<tr><td>Ctrl+Shift+O</td><td>Open scenarios</td></tr>
<tr><td>Ctrl+S / Ctrl+Shift+S</td><td>Save scenarios / save as</td></tr>
<tr><td>Ctrl+E</td><td>Export comparison workbook</td></tr>
<tr><td>Ctrl+Shift+E</td><td>Export chart image</td></tr>
<tr><td>Ctrl+Alt+E</td><td>Export chart data (CSV)</td></tr>
<tr><td>Ctrl+Q</td><td>Quit</td></tr>
<tr><td>Esc</td><td>While a workbook is being read with no other open: stop reading it</td></tr>
<tr><th colspan=2 align=left>Reforms and levers</th></tr>
<tr><td>Ctrl+Z / Ctrl+Shift+Z or Ctrl+Y</td><td>Undo / redo</td></tr>
<tr><td>Ctrl+N, Ctrl+D, F2, Ctrl+Del</td><td>Add, duplicate, rename, delete a reform</td></tr>
<tr><td>Up / Down, Space</td><td>In the list of reforms: choose the reform to edit; tick or untick it (draw it)</td></tr>
<tr><td>Tab / Shift+Tab</td><td>Next / previous control: the reforms, the levers, the charts, the key figures</td></tr>
<tr><td>Left / Right, PageUp / PageDown, Home / End</td><td>On a lever's slider: a step, ten steps, the ends</td></tr>
<tr><td>Up / Down, or type and Enter</td><td>In a lever's field: a step, or the value typed</td></tr>
{views}<tr><th colspan=2 align=left>Charts</th></tr>
<tr><td>Ctrl+1 … Ctrl+{charts}</td><td>Show a chart (or Left / Right on the chart tabs)</td></tr>
<tr><td>Ctrl+T</td><td>Chart as table (Ctrl+C copies)</td></tr>
<tr><td>F11</td><td>Presentation mode (Space/PageDown: next reform, PageUp: previous, Esc: leave)</td></tr>
<tr><th colspan=2 align=left>Help</th></tr>
<tr><td>F1</td><td>These shortcuts</td></tr>
<tr><td>Alt + underlined letter</td><td>Open a menu, or choose an entry in an open menu</td></tr>
</table>"""


def needs_scheme(action: QAction) -> QAction:
    """Mark `action` as one that needs an open scheme (the window disables it without one)."""
    action.setProperty(NEEDS_SCHEME, True)
    return action


def view_shortcuts(window: "MainWindow") -> str:
    """Table rows for the shortcuts the views added (their actions' own texts and keys), so
    the help lists every shortcut, also those of analyses added later."""
    own = {action for action in window.findChildren(QAction) if action.property("builtIn")}
    rows = []
    for action in window.findChildren(QAction):
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        if action in own or not keys or not action.text():
            continue
        rows.append(f"<tr><td>{' / '.join(keys)}</td><td>{action.text().replace('&', '').rstrip('…')}</td></tr>")
    return ("<tr><th colspan=2 align=left>Analyses and panels</th></tr>" + "".join(sorted(rows))) if rows else ""


def shortcut_help(window: "MainWindow") -> str:
    return SHORTCUT_HELP.format(charts=window.charts.count(), views=view_shortcuts(window))


def show_shortcuts(window: "MainWindow") -> QDialog:
    """The shortcut table in a dialog wide enough for its two columns (a message box folds
    them into a narrow strip); Enter or Esc closes it."""
    dialog = QDialog(window)
    dialog.setObjectName("shortcutHelp")
    dialog.setWindowTitle("Keyboard shortcuts")
    label = QLabel(shortcut_help(window))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    scroll = QScrollArea()
    scroll.setWidget(label)
    scroll.setWidgetResizable(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    close = buttons.button(QDialogButtonBox.StandardButton.Close)
    close.setDefault(True)
    close.setToolTip("Close this list (Enter or Esc).")
    layout = QVBoxLayout(dialog)
    layout.addWidget(scroll, 1)
    layout.addWidget(buttons)
    dialog.resize(720, min(760, max(420, window.height() - 80)))
    dialog.show()
    return dialog


def _action(window: "MainWindow", menu: QMenu, text: str, slot: Callable, shortcut=None, tip: str = "",
            checkable: bool = False, scheme: bool = False) -> QAction:
    """A menu entry of the window's own (listed in SHORTCUT_HELP); `scheme`: needs a scheme."""
    action = QAction(text, window)
    action.setProperty("builtIn", True)
    if scheme:
        needs_scheme(action)
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
    _action(window, file_menu, "O&pen scenarios…", files.open_scenarios_dialog, "Ctrl+Shift+O",
            "Open a saved set of reforms.", scheme=True)
    _action(window, file_menu, "&Save scenarios", files.save_scenarios, QKeySequence.StandardKey.Save,
            "Save the reforms to their scenario file.", scheme=True)
    _action(window, file_menu, "Save scenarios &as…", files.save_scenarios_as, "Ctrl+Shift+S",
            "Save the reforms to a new scenario file.", scheme=True)
    file_menu.addSeparator()
    _action(window, file_menu, "Export chart &image…", files.export_chart, "Ctrl+Shift+E",
            "Save the chart on screen as PNG, SVG or PDF.", scheme=True)
    _action(window, file_menu, "Export chart &data (CSV)…", files.export_chart_data, "Ctrl+Alt+E",
            "Save the numbers of the chart on screen as a CSV table (opens in Excel).", scheme=True)
    _action(window, file_menu, "&Export comparison workbook…", files.export_comparison, "Ctrl+E",
            "Write an Excel workbook comparing the baseline with every reform.", scheme=True)
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
    for action in (undo, redo):
        action.setProperty("builtIn", True)  # listed in SHORTCUT_HELP
    edit.addSeparator()
    _action(window, edit, "Reset all &levers", doc.reset_all, None,
            "Set every lever of the reform being edited back to the baseline.", scheme=True)

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
        "Full screen with large charts; Space steps through the reforms, Esc leaves.", checkable=True, scheme=True)
    view.addSeparator()
    for number, key in enumerate(window.charts.views, start=1):
        title = window.charts.tabText(number - 1)
        _action(window, view, f"Chart &{number}: {title}", partial(window.charts.setCurrentIndex, number - 1),
                f"Ctrl+{number}", f"Show the {title.lower()} chart.", scheme=True)
    _action(window, view, "Chart as &table", lambda: window.charts.current_view().toggle.toggle(), "Ctrl+T",
            "Switch the chart on screen between the drawing and a table of its numbers.", scheme=True)
    view.addSeparator()
    for dock, text in ((window.scenario_dock, "&Reforms list"), (window.lever_dock, "Le&vers")):
        toggle = dock.toggleViewAction()
        toggle.setText(text)
        toggle.setToolTip(f"Show or hide the {text.replace('&', '').lower()}.")
        view.addAction(toggle)

    analysis = bar.addMenu("&Analysis")  # filled by the views of reform_studio.gui.views
    analysis.setObjectName("analysisMenu")
    help_menu = bar.addMenu("&Help")
    help_menu.setObjectName("helpMenu")
    _action(window, help_menu, "&Keyboard shortcuts", lambda: show_shortcuts(window), "F1",
            "List the keyboard shortcuts.")
    _action(window, help_menu, "&About Reform Studio", lambda: identity.show_about(window), None,
            "Version, model version, build, data sources and licences.")

    toolbar = window.addToolBar("Main")
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    for action in (file_menu.actions()[0], file_menu.actions()[5], undo, redo, window.presentation_action):
        toolbar.addAction(action)


def _fill_recent(window: "MainWindow") -> None:
    menu = window.recent_menu
    menu.clear()
    paths = settings.recent_files()
    for number, path in enumerate(paths, start=1):
        name = path.name.replace("&", "&&")  # a file name's "&" is no mnemonic
        action = menu.addAction(f"&{number} {name}" if number < 10 else name,
                                partial(window.files.read_workbook, path))
        action.setStatusTip(str(path))
        action.setToolTip(str(path))
    if not paths:
        menu.addAction("(none)").setEnabled(False)
    else:
        menu.addSeparator()
        menu.addAction("&Clear list", settings.clear_recent)
