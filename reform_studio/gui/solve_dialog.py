"""Solve for a target: "what contribution rate keeps the reserve positive?", answered off the
GUI thread, with what the answer does to the key figures, and applied in one undoable step.

`install_solve(window)` adds it all to a main window: the levers panel's Solve… buttons, the
Reform › Solve for a target… and View › Frontier entries, and the frontier dock.
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QDockWidget, QFormLayout, QGridLayout,
                               QGroupBox, QLabel, QMainWindow, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from reform_studio.charts.formatters import percent, year
from reform_studio.engine.errors import InputError
from reform_studio.engine.projection import project_many
from reform_studio.engine.reform import Reform
from reform_studio.engine.results import Projection
from reform_studio.engine.solve import SOLVABLE, SolvableLever, SolveResult, current_value, solve
from reform_studio.engine.targets import Target
from reform_studio.gui.document import Document
from reform_studio.gui.jobs import JobRunner
from reform_studio.gui.views import add_action, beside_levers, menu
from reform_studio.gui.widgets.frontier_panel import FrontierPanel
from reform_studio.gui.widgets.target_fields import checked_target, edited_reform, lever_combo, target_combo
from reform_studio.i18n.levers import amount_text, title, value_text
from reform_studio.i18n.problems import describe
from reform_studio.i18n.sentences import said

translate = QCoreApplication.translate
RATE_OFFSET = 50  # the replacement rate is shown this many years after the base year (or in the target's year)
ERROR_STYLE = "color: #b00020;"
FRONTIER_WIDTH = 520  # pixels: the scenario charts keep most of the window


def consequences(projection: Projection, rate_year: int) -> list[str]:
    """Depletion year, GAP and replacement rate, as the key figures write them."""
    frame, summary = projection.indicators, projection.summary
    rate = float(frame.at[rate_year, "replacement_rate"]) if rate_year in frame.index else None
    return [year(summary.get("depletion_year")), percent(summary.get("gap"), 2), percent(rate)]


class SolveDialog(QDialog):
    """Lever, target (with its year), Solve; then the answer and Apply (one undo step).

    Non-modal: the window stays usable, and the answer is marked out of date the moment the
    reform it was found for changes."""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("solve_dialog", "Solve for a target"))
        self.setObjectName("solveDialog")
        self.document = document
        self.jobs = JobRunner(self)
        self.result: SolveResult | None = None
        self.current_projection: Projection | None = None
        self._solved_for: tuple[int, Reform | None] | None = None  # (index, reform) the answer is for
        self._applied: Reform | None = None
        self._build()
        self.jobs.finished.connect(self._show_answer)
        self.jobs.failed.connect(self._show_failure)
        document.schemeChanged.connect(self._scheme_changed)
        for signal in (document.scenariosReset, document.scenarioChanged, document.currentChanged):
            signal.connect(self._document_changed)
        self._scheme_changed()

    # -- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        self.editing = QLabel()
        self.editing.setWordWrap(True)
        self.lever = lever_combo(SOLVABLE)
        self.lever.setToolTip(translate("solve_dialog", "The lever to move; every other lever stays as the reform sets it."))
        self.now = QLabel()
        self.now.setObjectName("solveNow")
        self.target = target_combo()
        self.year = QSpinBox()
        self.year.setToolTip(translate("solve_dialog", "The year the target looks at; the lowest value means the end of the horizon."))
        self.year_label = QLabel(translate("solve_dialog", "Through year"))
        self.error = QLabel()
        self.error.setObjectName("targetError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.goal = QLabel()
        self.goal.setWordWrap(True)
        self.goal.setObjectName("solveGoal")
        form = QFormLayout()
        form.addRow(translate("solve_dialog", "Lever"), self.lever)
        form.addRow("", self.now)
        form.addRow(translate("solve_dialog", "Target"), self.target)
        form.addRow(self.year_label, self.year)
        form.addRow("", self.error)
        form.addRow("", self.goal)

        self.answer_box = QGroupBox(translate("solve_dialog", "Answer"))
        self.headline = QLabel()
        self.headline.setObjectName("solveHeadline")
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QGridLayout()
        self.table.setHorizontalSpacing(18)
        self.cells: list[list[QLabel]] = []
        for r in range(5):
            row = [QLabel() for _ in range(3)]
            for c, label in enumerate(row):
                label.setAlignment(Qt.AlignmentFlag.AlignRight if c else Qt.AlignmentFlag.AlignLeft)
                self.table.addWidget(label, r, c)
            self.cells.append(row)
        self.table.setColumnStretch(0, 1)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setObjectName("solveState")
        answer = QVBoxLayout(self.answer_box)
        answer.addWidget(self.headline)
        answer.addWidget(self.message)
        answer.addLayout(self.table)
        answer.addWidget(self.state)

        buttons = QDialogButtonBox()
        self.solve_button = buttons.addButton(translate("solve_dialog", "Solve"), QDialogButtonBox.ButtonRole.ActionRole)
        self.solve_button.setDefault(True)
        self.solve_button.setToolTip(translate("solve_dialog", "Find the least ambitious setting of the lever that meets the target."))
        self.apply_button = buttons.addButton(translate("solve_dialog", "Apply"), QDialogButtonBox.ButtonRole.ApplyRole)
        close: QPushButton = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.close)
        self.solve_button.clicked.connect(self.start_solve)
        self.apply_button.clicked.connect(self.apply)

        layout = QVBoxLayout(self)
        layout.addWidget(self.editing)
        layout.addLayout(form)
        layout.addWidget(self.answer_box, 1)
        layout.addWidget(buttons)
        self.resize(540, 440)

        self.lever.currentIndexChanged.connect(lambda _i: self._inputs_changed())
        self.target.editTextChanged.connect(self._text_edited)
        self.year.valueChanged.connect(self._year_edited)

    # -- inputs -----------------------------------------------------------------------------------
    def set_lever(self, name: str | None) -> None:
        if name is not None:
            self.lever.setCurrentIndex(self.lever.findData(name))

    @property
    def solvable(self) -> SolvableLever:
        return SOLVABLE[self.lever.currentData()]

    def parsed_target(self) -> Target | None:
        try:
            return checked_target(self.target.currentText(), self.document.scheme)
        except InputError:
            return None

    def _text_edited(self, _text: str) -> None:
        """The text is the truth; the year field follows the year written in it."""
        target = self.parsed_target()
        if target is not None:
            self.year.blockSignals(True)
            self.year.setValue(target.year if target.year is not None else self.year.minimum())
            self.year.blockSignals(False)
        self._inputs_changed()

    def _year_edited(self, value: int) -> None:
        target = self.parsed_target()
        if target is None:
            return
        chosen = None if value == self.year.minimum() else value
        self.target.setEditText(str(target.with_year(chosen)))

    def _inputs_changed(self) -> None:
        scheme = self.document.scheme
        text = self.target.currentText()
        try:
            target = checked_target(text, scheme)
        except InputError as exc:
            self.error.setText(describe(exc))
            self.error.show()
            self.goal.hide()
            self.solve_button.setEnabled(False)
        else:
            self.error.hide()
            self.year_label.setText({"reserve": translate("solve_dialog", "Through year"), "gap": translate("solve_dialog", "Rate of year")}.get(target.kind,
                                                                                               translate("solve_dialog", "In year")))
            self.year.setSpecialValueText(translate("solve_dialog", "whole horizon") if target.kind == "reserve" else translate("solve_dialog", "last year"))
            self.year.setEnabled(target.kind != "standards")  # the conventions are checked in every year
            if scheme is not None:
                self.goal.setText(translate("solve_dialog", "Goal: {goal}.").format(goal=said(target.describe(int(scheme.years[-1])))))
            self.goal.setVisible(scheme is not None)
            self.solve_button.setEnabled(scheme is not None)
        self._show_editing()

    def _show_editing(self) -> None:
        doc = self.document
        reform = edited_reform(doc)
        self.editing.setText(translate("solve_dialog", "Editing <b>{name}</b>").format(name=reform.name) if reform else
                             translate("solve_dialog", "No reform selected: solving for the <b>baseline</b>; Apply adds a new reform."))
        self.apply_button.setText(translate("solve_dialog", "Apply") if reform is not None else translate("solve_dialog", "Add as new reform"))
        if doc.scheme is not None:
            value = current_value(doc.scheme, reform or Reform(), self.solvable.name)
            self.now.setText(translate("solve_dialog", "now {value}").format(value=amount_text(self.solvable, value)))
        self._refresh_state()

    # -- solving ----------------------------------------------------------------------------------
    def start_solve(self) -> None:
        """Solve in the background; a newer Solve replaces an unfinished one."""
        scheme, target = self.document.scheme, self.parsed_target()
        if scheme is None or target is None:
            return
        index, reform = self.document.current, edited_reform(self.document)
        lever = self.solvable.name
        self._solved_for = (index, reform)
        self.result = None
        self.state.setStyleSheet("")
        self.state.setText("Solving…")
        self.solve_button.setEnabled(False)

        def job(cancelled):
            result = solve(scheme, reform, lever, target, cancelled=cancelled)
            [now] = project_many(scheme, [reform or Reform("Baseline")], cancelled=cancelled)
            return result, now
        self.jobs.submit(job)

    def _show_answer(self, _request_id: int, answer: tuple[SolveResult, Projection]) -> None:
        self.result, self.current_projection = answer
        self._applied = None
        result, lever, scheme = self.result, SOLVABLE[self.result.lever], self.document.scheme
        mark = ("<span style='color:#1b7f3b'>✓ {}</span>".format(translate("solve_dialog", "meets the target")) if result.met else
                "<span style='color:#b00020'>✗ {}</span>".format(translate("solve_dialog", "not reachable in the range searched")))
        self.headline.setText("<b>{}</b> &nbsp; {}".format(translate("solve_dialog", "{lever}: {value}").format(
            lever=title(lever), value=amount_text(lever, result.value)), mark))
        self.message.setText(said(result.message))
        rate_year = result.target.year if result.target.kind == "replacement_rate" else \
            min(scheme.base_year + RATE_OFFSET, int(scheme.years[-1]))
        rows = [("", "<b>{}</b>".format(translate("solve_dialog", "Now")),
                 "<b>{}</b>".format(translate("solve_dialog", "With {value}").format(value=value_text(lever, result.value)))),
                (title(lever), amount_text(lever, result.baseline_value), amount_text(lever, result.value))]
        labels = (translate("solve_dialog", "Reserve depleted in"), translate("solve_dialog", "GAP"), translate("solve_dialog", "Replacement rate in {year}").format(year=rate_year))
        now, then = consequences(self.current_projection, rate_year), consequences(result.projection, rate_year)
        rows += list(zip(labels, now, then))
        for cells, texts in zip(self.cells, rows):
            for cell, text in zip(cells, texts):
                cell.setText(text)
        self.solve_button.setEnabled(self.parsed_target() is not None)
        self._refresh_state()

    def _show_failure(self, _request_id: int, message: str) -> None:
        self.result = None
        self.solve_button.setEnabled(self.parsed_target() is not None)
        self.state.setStyleSheet(ERROR_STYLE)
        self.state.setText(translate("solve_dialog", "Cannot solve: {message}").format(message=message))
        self.apply_button.setEnabled(False)

    # -- applying ---------------------------------------------------------------------------------
    def _refresh_state(self) -> None:
        """Apply only where there is an answer for the reform as it is now."""
        doc, result = self.document, self.result
        if result is None:
            self.apply_button.setEnabled(False)
            return
        index, reform = self._solved_for
        if self._applied is not None and edited_reform(doc) == self._applied:
            text, enabled = translate("solve_dialog", "Applied to the reform; Ctrl+Z undoes it."), False
        elif (doc.current, edited_reform(doc)) != (index, reform):
            text, enabled = translate("solve_dialog", "The reform has changed since this answer: solve again to apply it."), False
        elif not result.met:
            text, enabled = translate("solve_dialog", "Nothing in the range searched meets the target, so there is nothing to apply."), False
        elif reform is not None and reform == result.reform:
            text, enabled = translate("solve_dialog", "The reform already has this value."), False
        else:
            text, enabled = "", True
        self.state.setStyleSheet("")
        self.state.setText(text)
        self.apply_button.setEnabled(enabled)

    def apply(self) -> None:
        """Set the solved lever in the reform being edited, as one undo step; for the baseline,
        add a new reform with it (also one undo step)."""
        doc, result = self.document, self.result
        if result is None or not self.apply_button.isEnabled():
            return
        lever = SOLVABLE[result.lever]
        if edited_reform(doc) is None:
            names = {s.reform.name for s in doc.scenarios}
            stem = f"{title(lever)} {value_text(lever, result.value)}"
            name = next(n for n in [stem] + [f"{stem} ({k})" for k in range(2, 10_000)] if n not in names)
            self._applied = replace(result.reform, name=name, description=translate("solve_dialog", "Solved for {target}.").format(
                target=result.target))
            doc.add_reform(self._applied)
        else:
            stack = doc.undo_stack
            stack.beginMacro(translate("solve_dialog", "Solve {lever} for {target}").format(lever=title(lever), target=result.target))
            for part in lever.levers:
                doc.set_lever(part, result.reform.levers.get(part))
            stack.endMacro()
            self._applied = edited_reform(doc)
        self._refresh_state()

    # -- the document changed -----------------------------------------------------------------------
    def _document_changed(self, *_args) -> None:
        self._show_editing()

    def _scheme_changed(self) -> None:
        scheme = self.document.scheme
        self.jobs.cancel()
        self.result, self._solved_for, self._applied = None, None, None
        for cells in self.cells:
            for cell in cells:
                cell.clear()
        self.headline.clear()
        self.message.clear()
        self.state.clear()
        if scheme is not None:
            self.year.blockSignals(True)
            self.year.setRange(scheme.base_year - 1, int(scheme.years[-1]))
            self.year.blockSignals(False)
        self._text_edited(self.target.currentText())


class SolveTools(QObject):
    """What `install_solve` adds to a window, kept together (find it with `findChild`)."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.setObjectName("solveTools")
        self.window = window
        self.dialog = SolveDialog(window.document, window)
        self.frontier = FrontierPanel(window.document)
        self.frontier_dock = QDockWidget(translate("solve_dialog", "Frontier"), window)
        self.frontier_dock.setObjectName("frontierDock")
        self.frontier_dock.setWidget(self.frontier)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.frontier_dock)
        self.frontier_dock.hide()

    def open_solve(self, lever: str | None = None) -> SolveDialog:
        """Show the (non-modal) dialog, with `lever` chosen where given."""
        self.dialog.set_lever(lever)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def show_frontier(self) -> None:
        """Beside the charts, or as a tab beside the levers where the window has no room for it
        there (a 1280-pixel screen: the charts, the levers and the frontier together need ~1,500);
        a panel the user floated or moved elsewhere stays where it is."""
        dock, window = self.frontier_dock, self.window
        right = Qt.DockWidgetArea.RightDockWidgetArea
        levers = getattr(window, "lever_dock", None)
        beside = not dock.isFloating() and window.dockWidgetArea(dock) == right
        if beside and levers is not None and window.width() < (window.minimumSizeHint().width()
                                                                + dock.minimumSizeHint().width()):
            beside_levers(window, dock)
            return
        dock.show()
        dock.raise_()
        if beside:
            window.resizeDocks([dock], [FRONTIER_WIDTH], Qt.Orientation.Horizontal)


def install_solve(window: QMainWindow) -> None:
    """Add the solver and the frontier to a main window that has `document` and `levers`."""
    tools = SolveTools(window)
    window.levers.solveRequested.connect(tools.open_solve)
    reform_menu = menu(window, "reformMenu")
    reform_menu.addSeparator()
    solve_action = QAction(translate("solve_dialog", "Solve for a &target…"), window)
    solve_action.triggered.connect(lambda: tools.open_solve())
    add_action(window, reform_menu, solve_action, "Ctrl+Shift+T",
                translate("solve_dialog", "Find the setting of one lever that meets a target, such as a reserve that never runs out."))
    frontier_action = QAction(translate("solve_dialog", "Reform &frontier…"), window)
    frontier_action.triggered.connect(tools.show_frontier)
    add_action(window, reform_menu, frontier_action, None,
                translate("solve_dialog", "Show the settings of two levers that just meet a target, and where the reform stands."))
    toggle = tools.frontier_dock.toggleViewAction()
    toggle.setText(translate("solve_dialog", "&Frontier"))
    add_action(window, menu(window, "viewMenu"), toggle, "Ctrl+Shift+F", translate("solve_dialog", "Show or hide the reform frontier panel."))
