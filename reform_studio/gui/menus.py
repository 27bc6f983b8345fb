"""Menus, the toolbar and keyboard shortcuts of the main window."""
from __future__ import annotations

import re
from functools import partial
from html import escape
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QMenu, QScrollArea,
                               QVBoxLayout)

from reform_studio.gui import identity, settings
from reform_studio.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from reform_studio.gui.main_window import MainWindow

translate = QCoreApplication.translate
NEEDS_SCHEME = "needsScheme"  # an action's property: enabled only while a scheme is open

# the shortcut table's sections and rows, marked for the catalogue and translated where shown;
# the keys are written in Qt's portable names and shown as the keyboard's (`native_keys`)
SHORTCUT_SECTIONS = (
    (QT_TRANSLATE_NOOP("menus", "Files"), (
        ("Ctrl+O", QT_TRANSLATE_NOOP("menus", "Open workbook")),
        ("Ctrl+Shift+O", QT_TRANSLATE_NOOP("menus", "Open scenarios")),
        ("Ctrl+S / Ctrl+Shift+S", QT_TRANSLATE_NOOP("menus", "Save scenarios / save as")),
        ("Ctrl+E", QT_TRANSLATE_NOOP("menus", "Export comparison workbook")),
        ("Ctrl+Shift+E", QT_TRANSLATE_NOOP("menus", "Export chart image")),
        ("Ctrl+Alt+E", QT_TRANSLATE_NOOP("menus", "Export chart data (CSV)")),
        ("Ctrl+Q", QT_TRANSLATE_NOOP("menus", "Quit")),
        ("Esc", QT_TRANSLATE_NOOP("menus", "While a workbook is being read with no other open: stop reading it")))),
    (QT_TRANSLATE_NOOP("menus", "Reforms and levers"), (
        ("Ctrl+Z / Ctrl+Shift+Z, Ctrl+Y", QT_TRANSLATE_NOOP("menus", "Undo / redo")),
        ("Ctrl+N, Ctrl+D, F2, Ctrl+Del", QT_TRANSLATE_NOOP("menus", "Add, duplicate, rename, delete a reform")),
        ("Up / Down, Space", QT_TRANSLATE_NOOP(
            "menus", "In the list of reforms: choose the reform to edit; tick or untick it (draw it)")),
        ("Tab / Shift+Tab", QT_TRANSLATE_NOOP(
            "menus", "Next / previous control: the reforms, the levers, the charts, the key figures")),
        ("Left / Right, PgUp / PgDown, Home / End", QT_TRANSLATE_NOOP(
            "menus", "On a lever's slider: a step, ten steps, the ends")),
        ("Up / Down, Enter", QT_TRANSLATE_NOOP("menus", "In a lever's field: a step, or the value typed")))),
)
CHART_ROWS = (
    ("Ctrl+1 … Ctrl+{charts}", QT_TRANSLATE_NOOP("menus", "Show a chart (or Left / Right on the chart tabs)")),
    ("Ctrl+T", QT_TRANSLATE_NOOP("menus", "Chart as table (Ctrl+C copies)")),
    ("F11", QT_TRANSLATE_NOOP("menus", "Presentation mode (Space/PageDown: next reform, PageUp: previous, Esc: leave)")),
)
HELP_ROWS = (
    ("F1", QT_TRANSLATE_NOOP("menus", "These shortcuts")),
    ("Alt", QT_TRANSLATE_NOOP("menus", "With an underlined letter: open a menu, or choose an entry in an open menu")),
)


def needs_scheme(action: QAction) -> QAction:
    """Mark `action` as one that needs an open scheme (the window disables it without one)."""
    action.setProperty(NEEDS_SCHEME, True)
    return action


KEY_SEPARATORS = re.compile(r"( / |, | … )")  # between the key sequences of one row


def native_keys(keys: str) -> str:
    """Key sequences written in Qt's portable names ('Ctrl+Shift+S / Ctrl+S') as the user's
    keyboard says them, in the window's language (Qt's own translation: 'Ctrl+Maj+S' in French,
    'Control+Mayúsculas+S' in Spanish), as the menus show their shortcuts."""
    def said(part: str) -> str:
        if KEY_SEPARATORS.fullmatch(part):
            return part
        sequence = QKeySequence(part, QKeySequence.SequenceFormat.PortableText)
        return sequence.toString(QKeySequence.SequenceFormat.NativeText) or part
    return "".join(said(part) for part in KEY_SEPARATORS.split(keys))


def _section(title: str, rows) -> str:
    cells = "".join(f"<tr><td>{escape(keys)}</td><td>{escape(text)}</td></tr>" for keys, text in rows)
    return f"<tr><th colspan=2 align=left>{escape(title)}</th></tr>{cells}"


def view_shortcuts(window: "MainWindow") -> str:
    """Table rows for the shortcuts the views added (their actions' own texts and keys), so
    the help lists every shortcut, also those of analyses added later."""
    own = {action for action in window.findChildren(QAction) if action.property("builtIn")}
    rows = []
    for action in window.findChildren(QAction):
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        if action in own or not keys or not action.text():
            continue
        rows.append((" / ".join(keys), action.text().replace("&", "").rstrip("…")))
    return _section(translate("menus", "Analyses and panels"), sorted(rows)) if rows else ""


def shortcut_help(window: "MainWindow") -> str:
    """The keyboard shortcuts as an HTML table in the window's language."""
    def said(rows):
        return [(native_keys(keys.format(charts=window.charts.count())), translate("menus", text))
                for keys, text in rows]

    sections = [_section(translate("menus", title), said(rows)) for title, rows in SHORTCUT_SECTIONS]
    sections += [view_shortcuts(window), _section(translate("menus", "Charts"), said(CHART_ROWS)),
                 _section(translate("menus", "Help"), said(HELP_ROWS))]
    return "<table cellspacing=0 cellpadding=3>" + "".join(sections) + "</table>"


def show_shortcuts(window: "MainWindow") -> QDialog:
    """The shortcut table in a dialog wide enough for its two columns (a message box folds
    them into a narrow strip); Enter or Esc closes it."""
    dialog = QDialog(window)
    dialog.setObjectName("shortcutHelp")
    dialog.setWindowTitle(translate("menus", "Keyboard shortcuts"))
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
    close.setToolTip(translate("menus", "Close this list (Enter or Esc)."))
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
    file_menu = bar.addMenu(translate("menus", "&File"))
    file_menu.setObjectName("fileMenu")
    _action(window, file_menu, translate("menus", "&Open workbook…"), files.open_workbook_dialog, QKeySequence.StandardKey.Open,
            translate("menus", "Open a scheme workbook; every problem in it is listed if it cannot be used."))
    window.recent_menu = file_menu.addMenu(translate("menus", "Open &recent"))
    window.recent_menu.aboutToShow.connect(partial(_fill_recent, window))
    _action(window, file_menu, translate("menus", "&New workbook from template…"), files.new_from_template, None,
            translate("menus", "Write an empty input workbook to fill in for a new scheme."))
    file_menu.addSeparator()
    _action(window, file_menu, translate("menus", "O&pen scenarios…"), files.open_scenarios_dialog, "Ctrl+Shift+O",
            translate("menus", "Open a saved set of reforms."), scheme=True)
    _action(window, file_menu, translate("menus", "&Save scenarios"), files.save_scenarios, QKeySequence.StandardKey.Save,
            translate("menus", "Save the reforms to their scenario file."), scheme=True)
    _action(window, file_menu, translate("menus", "Save scenarios &as…"), files.save_scenarios_as, "Ctrl+Shift+S",
            translate("menus", "Save the reforms to a new scenario file."), scheme=True)
    file_menu.addSeparator()
    _action(window, file_menu, translate("menus", "Export chart &image…"), files.export_chart, "Ctrl+Shift+E",
            translate("menus", "Save the chart on screen as PNG, SVG or PDF."), scheme=True)
    _action(window, file_menu, translate("menus", "Export chart &data (CSV)…"), files.export_chart_data, "Ctrl+Alt+E",
            translate("menus", "Save the numbers of the chart on screen as a CSV table (opens in Excel)."), scheme=True)
    _action(window, file_menu, translate("menus", "&Export comparison workbook…"), files.export_comparison, "Ctrl+E",
            translate("menus", "Write an Excel workbook comparing the baseline with every reform."), scheme=True)
    file_menu.addSeparator()
    _action(window, file_menu, translate("menus", "&Quit"), window.close, QKeySequence.StandardKey.Quit, translate("menus", "Leave Reform Studio."))

    edit = bar.addMenu(translate("menus", "&Edit"))
    edit.setObjectName("editMenu")
    undo = doc.undo_stack.createUndoAction(window, translate("menus", "&Undo"))
    undo.setShortcuts([QKeySequence("Ctrl+Z")])
    redo = doc.undo_stack.createRedoAction(window, translate("menus", "&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    edit.addAction(undo)
    edit.addAction(redo)
    window.undo_action, window.redo_action = undo, redo
    for action in (undo, redo):
        action.setProperty("builtIn", True)  # listed in SHORTCUT_HELP
    edit.addSeparator()
    _action(window, edit, translate("menus", "Reset all &levers"), doc.reset_all, None,
            translate("menus", "Set every lever of the reform being edited back to the baseline."), scheme=True)

    reform = bar.addMenu(translate("menus", "&Reform"))
    reform.setObjectName("reformMenu")
    panel = window.scenario_panel
    _action(window, reform, translate("menus", "&Add reform"), lambda: doc.add_reform(), QKeySequence.StandardKey.New,
            translate("menus", "Add a reform that starts equal to the baseline."))
    _action(window, reform, translate("menus", "&Duplicate reform"), panel._duplicate, "Ctrl+D", translate("menus", "Copy the selected reform."))
    _action(window, reform, translate("menus", "&Rename reform"), panel._rename, "F2", translate("menus", "Rename the selected reform."))
    _action(window, reform, translate("menus", "De&lete reform"), panel._delete, "Ctrl+Del", translate("menus", "Delete the selected reform (undoable)."))

    view = bar.addMenu(translate("menus", "&View"))
    view.setObjectName("viewMenu")
    window.presentation_action = _action(
        window, view, translate("menus", "&Presentation mode"), window.set_presentation, "F11",
        translate("menus", "Full screen with large charts; Space steps through the reforms, Esc leaves."), checkable=True, scheme=True)
    view.addSeparator()
    for number, key in enumerate(window.charts.views, start=1):
        title = window.charts.tabText(number - 1)
        _action(window, view, translate("menus", "Chart &{number}: {title}").format(number=number, title=title),
                partial(window.charts.setCurrentIndex, number - 1), f"Ctrl+{number}",
                translate("menus", "Show the chart: {title}.").format(title=title), scheme=True)
    _action(window, view, translate("menus", "Chart as &table"), lambda: window.charts.current_view().toggle.toggle(), "Ctrl+T",
            translate("menus", "Switch the chart on screen between the drawing and a table of its numbers."), scheme=True)
    view.addSeparator()
    for dock, text in ((window.scenario_dock, translate("menus", "&Reforms list")), (window.lever_dock, translate("menus", "Le&vers"))):
        toggle = dock.toggleViewAction()
        toggle.setText(text)
        toggle.setToolTip(translate("menus", "Show or hide this panel: {name}.").format(name=text.replace("&", "")))
        view.addAction(toggle)

    analysis = bar.addMenu(translate("menus", "&Analysis"))  # filled by the views of reform_studio.gui.views
    analysis.setObjectName("analysisMenu")
    help_menu = bar.addMenu(translate("menus", "&Help"))
    help_menu.setObjectName("helpMenu")
    _action(window, help_menu, translate("menus", "&Keyboard shortcuts"), lambda: show_shortcuts(window), "F1",
            translate("menus", "List the keyboard shortcuts."))
    _action(window, help_menu, translate("menus", "&About Reform Studio"), lambda: identity.show_about(window), None,
            translate("menus", "Version, model version, build, data sources and licences."))

    toolbar = window.addToolBar(translate("menus", "Main"))
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
        menu.addAction(translate("menus", "(none)")).setEnabled(False)
    else:
        menu.addSeparator()
        menu.addAction(translate("menus", "&Clear list"), settings.clear_recent)
