"""The main window: reforms and levers on the left, charts and key figures in the middle.

The window wires the parts together: document edits go to the runner, results come back
to the charts and the key figures. File handling lives in `files.FileActions`, menus in
`menus.build_menus`.
"""
from __future__ import annotations

import re
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (QToolBar, QApplication, QDockWidget, QHBoxLayout, QLabel, QMainWindow, QPushButton,
                               QSplitter, QStackedWidget, QVBoxLayout, QWidget)

from reform_studio.charts.key_figures import branch_sentence, reform_sentence, standards_sentence
from reform_studio.charts.scenario_chart import Series
from reform_studio.charts.style import BASELINE_COLOUR
from reform_studio.engine.reform import Reform
from reform_studio.engine.standards import check_standards
from reform_studio.gui import settings
from reform_studio.gui.document import Document, Scenario
from reform_studio.gui.files import FileActions, sample_reforms
from reform_studio.gui.menus import NEEDS_SCHEME, build_menus
from reform_studio.gui.presenting import variant_said
from reform_studio.gui.recovery import RecoveryKeeper
from reform_studio.gui.runner import ProjectionRunner
from reform_studio.gui.uncertainty_view import projected_scheme
from reform_studio.gui.views import install_views, menu
from reform_studio.gui.widgets.chart_panel import ChartPanel
from reform_studio.gui.widgets.key_figures import KeyFigurePanel
from reform_studio.gui.widgets.levers import LeverPanel
from reform_studio.gui.widgets.scenarios import ScenarioPanel
from reform_studio.gui.widgets.scrolling_text import ScrollingText
from reform_studio.i18n import sentences
from reform_studio.samples import available, sample_path

BASELINE = Reform("Baseline")
translate = QCoreApplication.translate
PRESENTATION_FONT_SCALE = 1.45
# narrower, presentation mode leaves the levers out (at 1600 the tab names were cut); a projector's
# 1920 x 1080 at 150 % is 1280 x 720 logical pixels, so no levers there
PRESENTATION_LEVERS_WIDTH = 1800
PRESENTATION_BANNER_SHARE = 0.18  # of the height at most for the banner (it scrolls beyond)...
PRESENTATION_TABLE_SHARE = 0.18  # ...and for the key figures' table (it scrolls beyond)...
PRESENTATION_CHART_SHARE = 0.5  # ...and at least this much for the charts
_FONT_SIZE = re.compile(r"font-size:\s*([\d.]+)pt")


def scaled_style_sheet(sheet: str, factor: float, base_points: float) -> str:
    """The application's style sheet with every font size times `factor`, and every widget in
    the docks (lever titles, fields, the list) at `base_points` times `factor`: readable from
    the back of a room. Set on the window, it wins over the original and over fonts that
    widgets set on themselves."""
    docks = f"QDockWidget QWidget, QTabBar {{ font-size: {base_points * factor:.1f}pt; }}\n"
    return docks + _FONT_SIZE.sub(lambda m: f"font-size: {float(m.group(1)) * factor:.1f}pt", sheet)


class EmptyState(QWidget):
    """What the window shows with no scheme: an invitation to open a workbook or a sample."""

    openWorkbook = Signal()
    openSample = Signal(str)
    newTemplate = Signal()
    cancelReading = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("emptyState")
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        title = QLabel()
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = title
        text = QLabel(translate("main_window", "Reform Studio projects a pension scheme described in an Excel "
                                "workbook, then compares reforms with it. Open a scheme's workbook, or start "
                                "from one of the samples."))
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setMinimumWidth(420)
        text.setMaximumWidth(560)
        outer.addWidget(title)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(text)
        row.addStretch(1)
        outer.addLayout(row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        open_button = QPushButton(translate("main_window", "Open workbook…"))
        open_button.setDefault(True)
        open_button.clicked.connect(self.openWorkbook)
        buttons.addWidget(open_button)
        self.buttons["open"] = open_button
        for name in available():
            button = QPushButton(translate("main_window", "Open the {name} sample").format(name=name.title()))
            button.setToolTip(translate("main_window", "The bundled sample workbook {file}, with its illustrative "
                                        "reforms.").format(file=f"{name}.xlsx"))
            button.clicked.connect(lambda _checked=False, n=name: self.openSample.emit(n))
            buttons.addWidget(button)
            self.buttons[name] = button
        template = QPushButton(translate("main_window", "New workbook from template…"))
        template.clicked.connect(self.newTemplate)
        buttons.addWidget(template)
        self.buttons["template"] = template
        buttons.addStretch(1)
        outer.addLayout(buttons)
        reading = QHBoxLayout()  # while a workbook is read (at start-up): what, and a way out
        reading.addStretch(1)
        self.reading = QLabel()
        self.reading.setObjectName("readingLabel")
        reading.addWidget(self.reading)
        self.cancel = QPushButton(translate("main_window", "Cancel"))
        self.cancel.setToolTip(translate("main_window", "Stop reading this workbook (Esc)."))
        self.cancel.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.cancel.clicked.connect(self.cancelReading)
        reading.addWidget(self.cancel)
        reading.addStretch(1)
        outer.addLayout(reading)
        self.show_reading(None)
        outer.addStretch(3)

    def show_reading(self, name: str | None) -> None:
        """Say which workbook is being read (None: none is)."""
        self.title.setText("<h2>{}</h2>".format(
            translate("main_window", "Opening {name}…").format(name=escape(name)) if name
            else translate("main_window", "No workbook is open")))
        self.reading.setText(translate("main_window", "Reading {name}…").format(name=name) if name else "")
        self.reading.setVisible(name is not None)
        self.cancel.setVisible(name is not None)


class MainWindow(QMainWindow):
    sessionStarted = Signal()  # the start-up workbook was read (or not) and the offer of recovery is over

    def __init__(self):
        super().__init__()
        self.setObjectName("mainWindow")
        self.document = Document(self)
        self.runner = ProjectionRunner(self)
        self.projections = []  # the last results: baseline first, then `self.drawn`
        self.standards: list = []  # their ILO standards checks, in the same order
        self.drawn: list[Scenario] = []
        self._requested: list[Scenario] = []
        self._requested_scheme = None  # the scheme of the newest request (with the Assumptions variant)
        self.presenting = False
        self._starting = False
        self._build()
        self.files = FileActions(self)
        self.recovery = RecoveryKeeper(self)
        build_menus(self)
        self._connect()
        install_views(self)  # before the saved layout is restored, so the docks' places are kept
        self._update_scheme_state()
        self.resize(1400, 880)
        geometry, state = settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
            self.restoreState(state)
        self._update_title()

    # -- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.charts = ChartPanel()
        self.key_figures = KeyFigurePanel()
        self.banner = ScrollingText("presentationBanner")
        self.banner.hide()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.charts)
        self.splitter.addWidget(self.key_figures)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([600, 260])
        work = QWidget()
        layout = QVBoxLayout(work)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.empty_state = EmptyState()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty_state)
        self.pages.addWidget(work)
        self.setCentralWidget(self.pages)
        self.scenario_panel = ScenarioPanel(self.document)
        self.levers = LeverPanel()
        self.scenario_dock = self._dock(translate("main_window", "Reforms"), self.scenario_panel, "scenarioDock")
        self.lever_dock = self._dock(translate("main_window", "Levers"), self.levers, "leverDock")
        self.splitDockWidget(self.scenario_dock, self.lever_dock, Qt.Orientation.Vertical)
        self.resizeDocks([self.scenario_dock, self.lever_dock], [200, 600], Qt.Orientation.Vertical)
        self._fit_lever_dock()
        self.busy_label = QLabel()
        self.warning_label = QLabel()
        self.warning_label.setObjectName("warningLabel")
        self.statusBar().addPermanentWidget(self.warning_label)
        self.statusBar().addPermanentWidget(self.busy_label)

    def _fit_lever_dock(self) -> None:
        """Make the lever dock wide enough for its widest row (no horizontal scrolling: a
        clipped field or reset button is worse than a narrower chart)."""
        body = self.levers.widget()
        body.layout().activate()
        needed = body.minimumSizeHint().width() + self.levers.verticalScrollBar().sizeHint().width() + 8
        self.lever_dock.setMinimumWidth(max(420, needed))
        self.resizeDocks([self.lever_dock], [max(420, needed)], Qt.Orientation.Horizontal)

    def _dock(self, title: str, widget: QWidget, name: str) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        return dock

    def _connect(self) -> None:
        doc = self.document
        doc.schemeChanged.connect(self._scheme_changed)
        doc.scenariosReset.connect(self._scenarios_reset)
        self.empty_state.openWorkbook.connect(self.files.open_workbook_dialog)
        self.empty_state.openSample.connect(lambda name: self.files.read_workbook(sample_path(name)))
        self.empty_state.newTemplate.connect(self.files.new_from_template)
        self.empty_state.cancelReading.connect(self.files.cancel_reading)
        self.files.readStarted.connect(self._read_started)
        self.files.readEnded.connect(self._read_ended)
        doc.scenarioChanged.connect(self._scenario_changed)
        doc.currentChanged.connect(self._current_changed)
        doc.undo_stack.cleanChanged.connect(lambda clean: self.setWindowModified(not clean))
        self.levers.edited.connect(doc.set_lever)
        self.levers.resetAll.connect(doc.reset_all)
        self.scenario_panel.model.refused.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.runner.finished.connect(self._show_results)
        self.runner.failed.connect(self._show_failure)
        self.charts.hovered.connect(lambda text: self.statusBar().showMessage(text) if text else None)
        # window-wide, so only while presenting: otherwise Space must tick a reform or press
        # a button, PageUp/PageDown scroll a table and Esc close a popup
        self.presentation_shortcuts = []
        for key in (Qt.Key.Key_Space, Qt.Key.Key_PageDown):
            self.presentation_shortcuts.append(QShortcut(QKeySequence(key), self, lambda: self.step_scenario(1)))
        self.presentation_shortcuts.append(QShortcut(QKeySequence(Qt.Key.Key_PageUp), self,
                                                     lambda: self.step_scenario(-1)))
        self.presentation_shortcuts.append(QShortcut(QKeySequence(Qt.Key.Key_Escape), self,
                                                     lambda: self.set_presentation(False)))
        for shortcut in self.presentation_shortcuts:
            shortcut.setEnabled(False)

    # -- reacting to the document -------------------------------------------------------------
    def _scheme_changed(self) -> None:
        scheme = self.document.scheme
        if scheme is not None:
            self.levers.set_scheme(scheme)
            self.charts.set_scheme(scheme)
        self.levers.show_reform(self.document.current_reform)
        # the rows shown now, in the window's language, set the width once their layouts settle
        QTimer.singleShot(0, self._fit_lever_dock)
        self._update_scheme_state()
        self._update_title()
        self.recompute()

    def _update_scheme_state(self) -> None:
        """With no scheme the window shows its empty state and disables what needs one; with
        one it shows the charts."""
        has_scheme = self.document.scheme is not None
        self.pages.setCurrentIndex(1 if has_scheme else 0)
        self.scenario_panel.setEnabled(has_scheme)
        if not has_scheme:
            self.levers.show_reform(None)
        for action in self.scheme_actions():
            action.setEnabled(has_scheme)

    def scheme_actions(self) -> list[QAction]:
        """The actions that need a scheme: those marked so (`menus.needs_scheme`) and every
        entry of the Reform menu, whichever view added it (a reform changes a scheme). Found
        by property and menu object name, never by text, which a translation changes."""
        reform_menu = menu(self, "reformMenu").actions()
        return [a for a in self.findChildren(QAction)
                if a.property(NEEDS_SCHEME) or (a in reform_menu and not a.isSeparator())]

    def _scenarios_reset(self) -> None:
        self.levers.show_reform(self.document.current_reform)  # the reform at a row may be a new one
        self.recompute()

    def _scenario_changed(self, index: int) -> None:
        if index == self.document.current:
            self.levers.show_reform(self.document.current_reform)
        self.recompute()

    def _current_changed(self, _index: int) -> None:
        self.levers.show_reform(self.document.current_reform)
        self.charts.set_focus(self._edited_name())
        if self.presenting:
            self.recompute()

    def _edited_name(self) -> str | None:
        reform = self.document.current_reform
        return reform.name if reform is not None else None

    def _update_title(self) -> None:
        doc = self.document
        if doc.scheme is None:
            self.setWindowTitle("Reform Studio[*]")
            return
        name = doc.source_path.name if doc.source_path else translate("main_window", "unsaved")
        scenarios = f" · {doc.scenarios_path.name}" if doc.scenarios_path else ""
        self.setWindowTitle(f"{doc.scheme.scheme_name} — {name}{scenarios}[*] — Reform Studio")

    # -- results ----------------------------------------------------------------------------
    def drawn_scenarios(self) -> list[Scenario]:
        """What the charts show next to the baseline: the ticked reforms, or while presenting
        the reform being presented."""
        doc = self.document
        if self.presenting:
            return [doc.scenarios[doc.current]] if doc.current >= 0 else []
        return doc.shown()

    def recompute(self) -> None:
        """Ask for the projections of the baseline and the drawn reforms (newest request wins)."""
        if self.document.scheme is None:
            return
        self._requested = self.drawn_scenarios()
        self._requested_scheme = projected_scheme(self)  # the results are judged on the scheme they projected
        self.busy_label.setText(translate("main_window", "Computing…"))
        self.runner.request(self._requested_scheme, [BASELINE] + [s.reform for s in self._requested])

    def _show_results(self, _request_id: int, projections: list) -> None:
        self.busy_label.setText("")
        self.projections, self.drawn = projections, self._requested
        scheme = self.document.scheme
        series = [Series(translate("main_window", "Baseline"), BASELINE_COLOUR, projections[0])]
        series += [Series(s.reform.name, s.colour, p) for s, p in zip(self.drawn, projections[1:])]
        self.charts.set_focus(self._edited_name())  # a rename changes it
        self.charts.show_series(series)
        names = [s.reform.name for s in self.drawn]
        # the ILO checks of these results, once: the key figures' sentences and the Standards panel read them
        self.standards = check_standards(self._requested_scheme, [BASELINE] + [s.reform for s in self.drawn],
                                         projections)
        crossed = {name: standards_sentence(name, self.standards[0], reform)
                   for name, reform in zip(names, self.standards[1:])}
        self.key_figures.show_results(scheme.base_year, scheme.horizon, projections, names, crossed)
        warnings = [w for p in projections for w in p.warnings]
        count = len(warnings)
        said = (translate("main_window", "⚠ {count} warning") if count == 1
                else translate("main_window", "⚠ {count} warnings")).format(count=count)
        self.warning_label.setText(said if warnings else "")
        self.warning_label.setToolTip("\n".join(sentences.said(w) for w in dict.fromkeys(warnings)))
        if self.presenting:
            self._update_banner()
            self._fit_presentation()  # the key table's rows may have changed

    def _show_failure(self, _request_id: int, message: str) -> None:
        self.busy_label.setText("")
        self.statusBar().showMessage(translate("main_window", "This reform cannot be projected: {message}").format(
            message=message), 15000)

    # -- presentation mode ------------------------------------------------------------------
    def set_presentation(self, on: bool) -> None:
        """Full screen with large charts; Space/PageDown and PageUp step through the reforms."""
        if on == self.presenting:
            return
        self.presenting = on
        self.presentation_action.setChecked(on)
        if on:
            self._levers_shown = self.lever_dock.isVisible()  # put back as it was on leaving
        for shortcut in self.presentation_shortcuts:
            shortcut.setEnabled(on)
        self.scenario_dock.setVisible(not on)  # the banner names the reform; Space steps on
        # the toolbar and status bar give their height to the chart (F11 and Esc still work)
        self.findChild(QToolBar, "mainToolbar").setVisible(not on)
        self.statusBar().setVisible(not on)
        self.key_figures.set_presenting(on)  # the key table stays, compact; the banner has the sentence
        self.banner.setVisible(on)
        self.charts.set_font_scale(PRESENTATION_FONT_SCALE if on else 1.0)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * (PRESENTATION_FONT_SCALE if on else 1 / PRESENTATION_FONT_SCALE))
        self.setFont(font)  # where the style sheet sets no size; it wins where it does:
        app = QApplication.instance()
        self.setStyleSheet(scaled_style_sheet(app.styleSheet(), PRESENTATION_FONT_SCALE, app.font().pointSizeF())
                           if on else "")
        self._fit_lever_dock()
        QTimer.singleShot(0, self._fit_lever_dock)  # again once the fonts' new sizes are laid out
        if on:
            self._normal_geometry = self.saveGeometry()
            self.showFullScreen()
            if self.document.current < 0 and self.document.scenarios:
                self.document.set_current(0)
            self.statusBar().showMessage(translate("main_window", "Presentation mode: Space or PageDown for the "
                                                   "next reform, PageUp for the previous one, Esc to leave."), 15000)
        else:
            self.showNormal()
            self.restoreGeometry(self._normal_geometry)
        self._fit_presentation()
        self.recompute()

    def _fit_presentation(self) -> None:
        """Share the screen out for presenting: the charts first. On a narrow screen the levers
        give way (the banner names the reform and Space steps on); the banner takes at most
        some 28 % of the height and scrolls, the charts keep the rest. Out of presentation mode,
        the levers are back as they were and nothing is capped."""
        if not self.presenting:
            if hasattr(self, "_levers_shown"):
                self.lever_dock.setVisible(self._levers_shown)
                del self._levers_shown
            self.charts.setMinimumHeight(0)
            self.banner.setMaximumHeight(16777215)
            self.key_figures.setMaximumHeight(16777215)
            if hasattr(self, "_splitter_sizes"):
                self.splitter.setSizes(self._splitter_sizes)
                del self._splitter_sizes
            return
        if not hasattr(self, "_splitter_sizes"):
            self._splitter_sizes = self.splitter.sizes()
        self.lever_dock.setVisible(self._levers_shown and self.width() >= PRESENTATION_LEVERS_WIDTH)
        height = self.centralWidget().height()
        self.banner.set_cap(int(height * PRESENTATION_BANNER_SHARE))
        self.charts.setMinimumHeight(int(height * PRESENTATION_CHART_SHARE))
        table = min(self.key_figures.table_height(), int(height * PRESENTATION_TABLE_SHARE))
        self.key_figures.setMaximumHeight(table)
        self.splitter.setSizes([max(height - table, 1), table])

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.presenting:
            self._fit_presentation()

    def step_scenario(self, step: int) -> None:
        count = len(self.document.scenarios)
        if self.presenting and count:
            self.document.set_current((self.document.current + step) % count)

    def _update_banner(self) -> None:
        # the variant on the heading's line: the status bar that says it is hidden, and a
        # line further down could be scrolled out of the banner's capped height
        variant = variant_said(self)
        assumed = f" · <i>{escape(variant)}</i>" if variant else ""
        if not self.drawn:
            self.banner.setText("<b>{}</b>{}".format(translate("main_window", "Baseline"), assumed))
            return
        scenario = self.drawn[0]
        position = translate("main_window", "{number} of {count}").format(
            number=self.document.current + 1, count=len(self.document.scenarios))
        sentence = reform_sentence("", self.projections[0], self.projections[1])  # the heading names it
        branches = branch_sentence(self.projections[0], self.projections[1])  # smaller: the chart keeps its room
        self.banner.setText(f"<span style='color:{scenario.colour}'>■</span> <b>{scenario.reform.name}</b> "
                            f"<small>({position})</small>{assumed}<br>{sentence}"
                            + (f"<br><small>{branches}</small>" if branches else ""))
        self.banner.setToolTip(translate("main_window", "Space or PageDown: next reform; PageUp: previous; Esc: "
                                         "leave presentation mode."))

    # -- closing ----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        if self.presenting:
            self.set_presentation(False)
        settings.save_window(self.saveGeometry(), self.saveState())
        self.runner.wait()
        self.recovery.discard()  # a clean quit: nothing to recover next time
        event.accept()

    def start_session(self, path: Path | None = None) -> None:
        """Read `path`, or the default sample with its illustrative reforms, off the GUI thread
        (the empty state says what is being read); then, where the last session crashed, offer
        to restore its unsaved reforms (reading their own workbook, off the GUI thread too, where
        it is another), and emit `sessionStarted`. Where the workbook cannot be
        opened the window shows its empty state."""
        self._starting = True
        self.files.read_workbook(path or sample_path())  # a bundled sample comes with its illustrative reforms

    def _read_started(self, path: Path) -> None:
        if self.document.scheme is None:  # with a scheme, a progress box appears after a moment
            self.empty_state.show_reading(path.name)

    def _read_ended(self, _path: Path, _opened: bool) -> None:
        self.empty_state.show_reading(None)
        if self._starting:
            self._starting = False
            # started once the offer is over: at once, or once the recovered reforms' own workbook is read
            self.recovery.offerEnded.connect(self._session_started, Qt.ConnectionType.SingleShotConnection)
            self.recovery.offer()

    def _session_started(self, _restored: bool) -> None:
        self.sessionStarted.emit()

    def open_path(self, path: Path) -> bool:
        return self.files.open_workbook(path)

    def load_sample_reforms(self) -> None:
        """Start with the open sample's illustrative reforms, two of them drawn (none for a
        workbook that is not a sample: reforms belong to their workbook)."""
        source = self.document.source_path
        self.document.set_scenarios(sample_reforms(source) if source is not None else [], None, shown=2)
