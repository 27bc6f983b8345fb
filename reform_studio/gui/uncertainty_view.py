"""How sure are we? The Assumptions panel (one variant of the economy and demography for the
baseline and every reform alike) and the Uncertainty dock: the fan chart of stochastic
paths and the tornado of the sensitivity tests, computed off the GUI thread with a progress
bar and Cancel.

The window's own projections run through `main_window.recompute`; `projected_scheme(window)`
is the scheme they should use (the workbook under the panel's variant), a one-line change in
`recompute` that this module cannot make itself. The fan chart and the tornado use it already.
"""
from __future__ import annotations

from typing import Callable

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QComboBox, QDockWidget, QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel,
                               QMainWindow, QProgressBar, QPushButton, QSpinBox, QTabWidget, QVBoxLayout,
                               QWidget)

from reform_studio.charts.fan_chart import INDICATORS as FAN_INDICATORS
from reform_studio.charts.fan_chart import FanChart, depletion_sentence
from reform_studio.charts.fan_chart import indicator_text as fan_indicator
from reform_studio.charts.tornado import INDICATORS as TORNADO_INDICATORS
from reform_studio.charts.tornado import TornadoChart
from reform_studio.charts.tornado import indicator_text as tornado_indicator
from reform_studio.engine.assumptions import LABELS, SHIFTS, Assumptions, apply
from reform_studio.engine.errors import InputError
from reform_studio.engine.reform import Reform
from reform_studio.engine.scheme import Scheme
from reform_studio.engine.sensitivity import Sensitivity, run_sensitivity, keyed_tests
from reform_studio.engine.stochastic import Stochastic, run_stochastic, volatility_from_keys
from reform_studio.gui.jobs import JobRunner
from reform_studio.gui.presenting import hide_while_presenting
from reform_studio.gui.views import add_action, beside_levers, menu
from reform_studio.i18n import QT_TRANSLATE_NOOP, problems
from reform_studio.i18n.assumptions import describe, label
from reform_studio.workbook.reader import read_sensitivity_tests, read_stochastic

translate = QCoreApplication.translate

TIPS = {
    "real_wage_growth": QT_TRANSLATE_NOOP("uncertainty_view", "Added to real wage growth in every year (percentage "
                                          "points)."),
    "investment_return": QT_TRANSLATE_NOOP("uncertainty_view", "Added to the nominal investment return in every year "
                                           "(percentage points)."),
    "inflation": QT_TRANSLATE_NOOP("uncertainty_view", "Added to price inflation in every year (percentage points)."),
    "unemployment_rate": QT_TRANSLATE_NOOP("uncertainty_view", "Added to the unemployment rate in every year "
                                           "(percentage points)."),
    "tfr": QT_TRANSLATE_NOOP("uncertainty_view", "Multiplies the total fertility rate in every year (1 = the "
                             "workbook's)."),
    "mortality": QT_TRANSLATE_NOOP("uncertainty_view", "Multiplies every probability of dying, capped at 1 (below 1: "
                                   "people live longer)."),
    "net_migration": QT_TRANSLATE_NOOP("uncertainty_view", "Multiplies net migration in every year (0 = none, 2 = "
                                       "twice the workbook's)."),
}


class AssumptionsPanel(QWidget):
    """A spin box per assumption: shifts in points, factors as multipliers; `changed` gives the variant."""

    changed = Signal(object)  # Assumptions

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("assumptionsPanel")
        outer = QVBoxLayout(self)
        note = QLabel(translate("uncertainty_view", "The same assumptions apply to the baseline and every reform, so the comparison stays "
                        "fair. The workbook's values are 0 pt and ×1."))
        note.setWordWrap(True)
        outer.addWidget(note)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        self.boxes: dict[str, QDoubleSpinBox] = {}
        for name in LABELS:
            box = QDoubleSpinBox(self)
            box.setObjectName(f"assumption_{name}")
            if name in SHIFTS:
                box.setRange(-10.0, 10.0)
                box.setSingleStep(0.5)
                box.setDecimals(2)
                box.setSuffix(" " + translate("assumptions", "pt"))
            else:
                box.setRange(0.0, 5.0)
                box.setSingleStep(0.05)
                box.setDecimals(2)
                box.setPrefix("×")
                box.setValue(1.0)
            box.setToolTip(translate("uncertainty_view", TIPS[name]))
            box.valueChanged.connect(self._emit)
            form.addRow(label(LABELS[name]).capitalize(), box)
            self.boxes[name] = box
        self.reset = QPushButton(translate("uncertainty_view", "&Reset to the workbook's"), self)
        self.reset.setToolTip(translate("uncertainty_view", "Set every assumption back to the workbook's (0 pt, ×1)."))
        self.reset.clicked.connect(lambda: self.set_assumptions(Assumptions()))
        form.addRow(self.reset)

    def assumptions(self) -> Assumptions:
        return Assumptions(**{name: box.value() / 100 if name in SHIFTS else box.value()
                              for name, box in self.boxes.items()})

    def set_assumptions(self, assumptions: Assumptions) -> None:
        for name, box in self.boxes.items():
            box.blockSignals(True)
            value = getattr(assumptions, name)
            box.setValue(value * 100 if name in SHIFTS else value)
            box.blockSignals(False)
        self._emit()

    def _emit(self, *_args) -> None:
        self.changed.emit(self.assumptions())


class _Progress(QObject):
    """Emitted from the worker thread, delivered (queued) in the GUI thread."""

    moved = Signal(float)


class _RunBar(QWidget):
    """Run, a progress bar and Cancel, for one kind of job."""

    def __init__(self, label: str, tip: str, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.run = QPushButton(label, self)
        self.run.setToolTip(tip)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.bar.setToolTip(translate("uncertainty_view", "How much of the calculation is done."))
        self.cancel = QPushButton(translate("uncertainty_view", "Cancel"), self)
        self.cancel.setToolTip(translate("uncertainty_view", "Stop the calculation (Esc)."))
        self.cancel.setShortcut("Esc")
        self.cancel.setEnabled(False)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        row.addWidget(self.run)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel)

    def running(self, on: bool) -> None:
        self.run.setEnabled(not on)
        self.cancel.setEnabled(on)
        if on:
            self.bar.setValue(0)


class UncertaintyView(QObject):
    """What `install_uncertainty` adds: the Assumptions dock and the Uncertainty dock, wired to
    the window's document (find it with `findChild(UncertaintyView)`)."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.setObjectName("uncertaintyView")
        self.window = window
        self.assumptions = Assumptions()
        self.stochastic: Stochastic | None = None
        self.sensitivity: Sensitivity | None = None
        self.panel = AssumptionsPanel()
        self.panel.changed.connect(self._assumptions_changed)
        self.variant_label = QLabel()
        self.variant_label.setObjectName("variantLabel")
        self.variant_label.setToolTip(translate("uncertainty_view", "The baseline and every reform are projected under these assumptions, not "
                                        "the workbook's own (Analysis › Assumptions; Reset to the workbook's)."))
        window.statusBar().addPermanentWidget(self.variant_label)
        self.assumptions_dock = self._dock(translate("uncertainty_view", "Assumptions"), "assumptionsDock", self.panel,
                                           Qt.DockWidgetArea.LeftDockWidgetArea)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("uncertaintyTabs")
        self.fan, self.fan_run, self.fan_choice = self._fan_tab()
        self.tornado, self.tornado_run, self.tornado_choice = self._tornado_tab()
        # a window of its own: a fan chart needs the room, and the main charts keep theirs
        self.dock = QWidget(window, Qt.WindowType.Window)
        self.dock.setObjectName("uncertaintyWindow")
        self.dock.setWindowTitle(translate("uncertainty_view", "How sure are we? Fan chart and tornado"))
        QVBoxLayout(self.dock).addWidget(self.tabs)
        self.jobs = JobRunner(self)
        self.jobs.finished.connect(self._finished)
        self.jobs.failed.connect(self._failed)
        self.progress = _Progress(self)
        self.progress.moved.connect(self._moved)
        self._bar: _RunBar | None = None
        window.document.schemeChanged.connect(self._forget)

    def show_assumptions(self) -> None:
        """A tab beside the levers, in front; where the user floated the panel or moved it to
        another side, there."""
        dock = self.assumptions_dock
        if dock.isFloating() or self.window.dockWidgetArea(dock) != Qt.DockWidgetArea.LeftDockWidgetArea:
            dock.show()
            dock.raise_()
        else:
            beside_levers(self.window, dock)

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.window.addDockWidget(area, dock)
        dock.hide()
        return dock

    def _tab(self, title: str, choices: list[tuple[str, str]], choice_tip: str, extra: list[QWidget],
             run: _RunBar, figure, canvas_tip: str, redraw: Callable[[], None],
             start: Callable[[], None]) -> QComboBox:
        """A tab: Show [indicator] and `extra` controls with Run/progress/Cancel above a chart."""
        page = QWidget()
        layout = QVBoxLayout(page)
        controls = QHBoxLayout()
        choice = QComboBox(page)
        for text, key in choices:
            choice.addItem(text, key)
        choice.setToolTip(choice_tip)
        for widget in [QLabel(translate("uncertainty_view", "Show")), choice, *extra]:
            controls.addWidget(widget)
        controls.addWidget(run, 1)
        layout.addLayout(controls)
        canvas = FigureCanvasQTAgg(figure)
        canvas.setToolTip(canvas_tip)
        layout.addWidget(canvas, 1)
        layout.addWidget(run.status)
        choice.currentIndexChanged.connect(lambda _i: redraw())
        run.run.clicked.connect(start)
        run.cancel.clicked.connect(self.cancel)
        self.tabs.addTab(page, title)
        return choice

    def _fan_tab(self) -> tuple[FanChart, _RunBar, QComboBox]:
        self.paths = QSpinBox()
        self.paths.setRange(100, 5000)
        self.paths.setSingleStep(100)
        self.paths.setValue(500)
        self.paths.setSuffix(translate("uncertainty_view", " paths"))
        self.paths.setToolTip(translate("uncertainty_view", "Number of economic paths drawn: more paths, smoother percentiles, longer wait."))
        self.seed = QSpinBox()
        self.seed.setRange(0, 2 ** 31 - 1)
        self.seed.setValue(7)
        self.seed.setPrefix(translate("uncertainty_view", "seed "))
        self.seed.setToolTip(translate("uncertainty_view", "The same seed gives the same paths and the same numbers."))
        run = _RunBar(translate("uncertainty_view", "&Draw the fan"), translate("uncertainty_view", "Project the baseline and the reform being edited over the economic paths "
                                            "(Ctrl+Shift+R)."))
        run.run.setShortcut("Ctrl+Shift+R")
        chart = FanChart()
        choice = self._tab(translate("uncertainty_view", "&Fan chart"), [(fan_indicator(key), key) for key in FAN_INDICATORS],
                           translate("uncertainty_view", "The indicator whose spread the fan shows."), [self.paths, self.seed], run, chart.figure,
                           translate("uncertainty_view", "Bands: 5-95 % and 25-75 % of the paths; thick line: median; dashed: deterministic. "
                             "Below: the share of paths in which the reserve has run out by each year."),
                           lambda: self._draw_fan(), lambda: self.run_fan())
        choice.setObjectName("fanIndicator")
        return chart, run, choice

    def _tornado_tab(self) -> tuple[TornadoChart, _RunBar, QComboBox]:
        run = _RunBar(translate("uncertainty_view", "Run the &sensitivity tests"), translate("uncertainty_view", "Each assumption alone, low and high, for the baseline and "
                                                         "the reform being edited (Ctrl+Shift+K)."))
        run.run.setShortcut("Ctrl+Shift+K")
        chart = TornadoChart()
        choices = [(tornado_indicator(key), key) for key in TORNADO_INDICATORS]
        choice = self._tab(translate("uncertainty_view", "&Tornado"), choices, translate("uncertainty_view", "The indicator whose sensitivity the bars show."), [], run,
                           chart.figure, translate("uncertainty_view", "Bars from the central value to the low (light) and high (dark) setting "
                                           "of each assumption, widest swing on top; grey: the baseline's range."),
                           lambda: self._draw_tornado(), lambda: self.run_tornado())
        choice.setObjectName("tornadoIndicator")
        return chart, run, choice

    # -- the variant ---------------------------------------------------------------------------
    def _assumptions_changed(self, assumptions: Assumptions) -> None:
        self.assumptions = assumptions
        scheme = self.window.document.scheme
        if scheme is not None:
            try:
                apply(scheme, assumptions)
            except InputError as exc:
                self.window.statusBar().showMessage(translate("uncertainty_view", "These assumptions cannot be used: {reason}").format(
                    reason=problems.describe(exc)), 15000)
                return
        # every number on screen is now under this variant: say so where it stays in view
        self.variant_label.setText("" if assumptions.is_default else translate("uncertainty_view", "Assumptions: {variant}").format(
            variant=describe(assumptions)))
        self.window.recompute()

    def projected_scheme(self) -> Scheme | None:
        """The workbook under the panel's variant: what baseline and reforms are projected on."""
        scheme = self.window.document.scheme
        return None if scheme is None else apply(scheme, self.assumptions)

    def _scenarios(self) -> list[Reform]:
        current = self.window.document.current_reform
        return [Reform("Baseline")] + ([current] if current is not None else [])

    # -- jobs ------------------------------------------------------------------------------------
    def _start(self, bar: _RunBar, job: Callable[[Callable[[float], None], Callable[[], bool]], object]) -> None:
        scheme = self.projected_scheme()
        if scheme is None:
            bar.status.setText(translate("uncertainty_view", "Open a workbook first."))
            return
        self._bar = bar
        bar.running(True)
        bar.status.setText(translate("uncertainty_view", "Computing…"))
        self.jobs.submit(lambda cancelled: job(self.progress.moved.emit, cancelled))

    def run_fan(self) -> None:
        scheme, reforms = self.projected_scheme(), self._scenarios()
        paths, seed, source = self.paths.value(), self.seed.value(), self.window.document.source_path

        def job(progress: Callable[[float], None], cancelled: Callable[[], bool]) -> Stochastic:
            # the workbook's Stochastic sheet, read in the worker (a bundled sample may have no file)
            volatility = volatility_from_keys(read_stochastic(source)) if source is not None else None
            return run_stochastic(scheme, reforms, paths, seed, volatility, progress, cancelled)

        self._start(self.fan_run, job)

    def run_tornado(self) -> None:
        scheme, reforms, source = self.projected_scheme(), self._scenarios(), self.window.document.source_path

        def job(progress: Callable[[float], None], cancelled: Callable[[], bool]) -> Sensitivity:
            # the workbook's SensitivityTests sheet, else the standard set
            tests = keyed_tests(read_sensitivity_tests(source) if source is not None else {})
            return run_sensitivity(scheme, reforms, tests, progress, cancelled)

        self._start(self.tornado_run, job)

    def cancel(self) -> None:
        self.jobs.cancel()
        if self._bar is not None:
            self._bar.running(False)
            self._bar.status.setText(translate("uncertainty_view", "Cancelled."))
            self._bar = None

    def _moved(self, fraction: float) -> None:
        if self._bar is not None:
            self._bar.bar.setValue(round(100 * fraction))

    def _finished(self, _request_id: int, result: object) -> None:
        bar, self._bar = self._bar, None
        if bar is not None:
            bar.running(False)
            bar.bar.setValue(100)
        if isinstance(result, Stochastic):
            self.stochastic = result
            self._draw_fan()
        elif isinstance(result, Sensitivity):
            self.sensitivity = result
            self._draw_tornado()

    def _failed(self, _request_id: int, message: str) -> None:
        bar, self._bar = self._bar, None
        if bar is not None:
            bar.running(False)
            bar.status.setText(translate("uncertainty_view", "This cannot be computed: {message}").format(message=message))

    def _draw_fan(self) -> None:
        if self.stochastic is None:
            return
        self.fan.update(self.stochastic, 1 if len(self.stochastic.fans) > 1 else None, self.fan_choice.currentData())
        self.fan_run.status.setText(" ".join(depletion_sentence(fan) for fan in self.stochastic.fans)
                                    + " " + translate("uncertainty_view", "Under: {variant}.").format(variant=describe(self.assumptions)))

    def _draw_tornado(self) -> None:
        if self.sensitivity is None:
            return
        scenario = len(self.sensitivity.names) - 1
        self.tornado.update(self.sensitivity, scenario, self.tornado_choice.currentData())
        self.tornado_run.status.setText(translate("uncertainty_view", "{count} variants around: {variant}.").format(
            count=len(self.sensitivity.tests) * 2, variant=describe(self.assumptions)))

    def _forget(self) -> None:
        """Another workbook: its own results, and the workbook's assumptions again."""
        self.cancel()
        self.stochastic = self.sensitivity = None
        self.panel.set_assumptions(Assumptions())
        for bar in (self.fan_run, self.tornado_run):
            bar.status.setText("")
            bar.bar.setValue(0)

    def appendices(self) -> list:
        """The Sensitivity and Stochastic sheets of the latest results, for
        `write_comparison(..., appendices=...)` when the user exports (empty before any run)."""
        from reform_studio.workbook import export_sensitivity, export_stochastic

        out = []
        if self.sensitivity is not None:
            out.append((export_sensitivity.TITLE, export_sensitivity.sheet_writer(self.sensitivity)))
        if self.stochastic is not None:
            out.append((export_stochastic.TITLE, export_stochastic.sheet_writer(self.stochastic)))
        return out

    def show(self) -> None:
        if not self.dock.isVisible():
            size = self.window.size()
            self.dock.resize(int(size.width() * 0.85), int(size.height() * 0.85))
        self.dock.show()
        self.dock.raise_()
        self.dock.activateWindow()


def projected_scheme(window: QMainWindow) -> Scheme | None:
    """The scheme the window's projections should use: `main_window.recompute` calls
    `self.runner.request(projected_scheme(self), ...)` instead of `self.document.scheme`."""
    view = window.findChild(UncertaintyView)
    return window.document.scheme if view is None else view.projected_scheme()


def appendices(window: QMainWindow) -> list:
    """The Sensitivity and Stochastic sheets of the latest runs, for the comparison export:
    `files.export_comparison` passes `appendices=uncertainty_view.appendices(self.window)`."""
    view = window.findChild(UncertaintyView)
    return [] if view is None else view.appendices()


def install_uncertainty(window: QMainWindow) -> None:
    """Analysis › Assumptions (Ctrl+Shift+A) and How sure are we? (Ctrl+Shift+H)."""
    view = UncertaintyView(window)
    hide_while_presenting(window, view.assumptions_dock)
    analysis = menu(window, "analysisMenu")
    toggle = view.assumptions_dock.toggleViewAction()
    toggle.triggered.connect(lambda shown: shown and view.show_assumptions())
    toggle.setText(translate("uncertainty_view", "&Assumptions (economy and demography)"))
    add_action(window, analysis, toggle, "Ctrl+Shift+A",
               translate("uncertainty_view", "Show or hide the panel that varies wage growth, returns, inflation, unemployment, fertility, "
                 "mortality and migration for the baseline and every reform alike."))
    action = QAction(translate("uncertainty_view", "&How sure are we? (fan chart, tornado)…"), window)
    action.setObjectName("uncertaintyAction")
    action.triggered.connect(view.show)
    add_action(window, analysis, action, "Ctrl+Shift+H",
               translate("uncertainty_view", "Open the fan chart of stochastic economic paths and the tornado of the sensitivity tests."))
