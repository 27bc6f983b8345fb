"""The Standards panel: the baseline and each drawn reform against the ILO conventions C102
and C128, one tab per scenario (check, convention and article, required, the scenario's
value, met or not, first year not met), with the sentence that says which line a reform
crosses.

It follows the window's projections: when the runner delivers results for the baseline and
the drawn reforms, the checks are worked out from them (`engine.standards`), only while the
panel is shown. The checks are a few vectorised steps over the award years (about a
millisecond for five scenarios, see benchmarks/bench_standards.py), so they run on the GUI
thread with the results they read, never out of step with them.
"""
from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDockWidget, QHeaderView, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from reform_studio.charts.key_figures import standards_sentence
from reform_studio.charts.standards_text import HEADERS, check_row, citation, headers, worst_year
from reform_studio.engine.standards import NOTES, Check, not_judged
from reform_studio.gui.presenting import hide_while_presenting
from reform_studio.gui.views import add_action, beside_levers, menu
from reform_studio.gui.widgets.scrolling_text import ScrollingText
from reform_studio.gui.widgets.tables import CopyTableView, TextTableModel
from reform_studio.i18n import QT_TRANSLATE_NOOP
from reform_studio.i18n.standards import words

translate = QCoreApplication.translate

MET_COLUMN = HEADERS.index("Met")
MET_COLOURS = {True: "#1b7f3b", False: "#b00020"}
# The dock sits under the charts, where the six columns fit side by side: a quarter of the
# window's height (the charts keep the most), within these bounds in pixels.
PANEL_HEIGHT = (180, 300)
# A window shorter than this (a 1280 x 720 screen) has no height to spare under the charts: their
# two-panel charts' axis labels ran into each other. The panel then opens as a tab beside the
# levers, with the window's height, its table scrolling sideways.
SHORT_WINDOW = 900
EMPTY = QT_TRANSLATE_NOOP("standards_panel", "Open a workbook: the baseline and the drawn reforms are checked against "
                          "C102 and C128 here.")


class StandardsModel(TextTableModel):
    """One scenario's checks as text, the Met column coloured, each row's article and note as its tooltip."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.checks: list[Check] = []

    def set_checks(self, checks: Sequence[Check]) -> None:
        self.checks = list(checks)
        self.set_rows(list(headers()), [check_row(c) for c in checks])

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        check = self.checks[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == MET_COLUMN:
            return QBrush(QColor(MET_COLOURS[check.met]))
        if role == Qt.ItemDataRole.ToolTipRole:
            note = NOTES.get(check.rule.item)
            worst = worst_year(check)
            return (f"{citation(check.rule)}." + (" " + translate("standards_panel", "Value: {worst}.").format(worst=worst) if worst else "")
                    + (" " + translate("standards_panel", "Note: {note}.").format(note=words(note)) if note else ""))
        return super().data(index, role)


class StandardsPanel(QWidget):
    """A tab per scenario; above the tabs, what the chosen scenario meets and which lines it crosses."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("standardsPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.summary = ScrollingText("standardsSummary")  # the table keeps most of a short dock
        self.summary.setText(translate("standards_panel", EMPTY))
        self.summary.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setToolTip(translate("standards_panel", "How many of the conventions' checks the scenario meets in every year, and the "
                                  "lines a reform crosses that the baseline meets."))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("standardsTabs")
        self.tabs.setToolTip(translate("standards_panel", "One tab per scenario: the baseline and the reforms drawn in the charts."))
        # scenario names whole (a reform's name is how the user finds it), the bar scrolling
        # where they do not fit: beside the levers, or in French and Spanish
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.currentChanged.connect(lambda _i: self._describe())
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.names: list[str] = []
        self.checks: list[list[Check]] = []
        self.skipped: list[str] = []

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.summary.set_cap(self.height() // 3)
        self._fit_columns()

    def models(self) -> list[StandardsModel]:
        return [self.tabs.widget(i).model() for i in range(self.tabs.count())]

    def show_checks(self, names: Sequence[str], checks: Sequence[Sequence[Check]], skipped: Sequence[str],
                    edited: str | None = None) -> None:
        """Fill one tab per scenario (`names[0]` the baseline), keeping the tab shown by name
        (at first, the reform being edited)."""
        chosen = self.tabs.tabText(self.tabs.currentIndex()) if self.tabs.count() else edited
        if list(names) != self.names:
            self.tabs.blockSignals(True)
            while self.tabs.count():
                self.tabs.widget(0).deleteLater()
                self.tabs.removeTab(0)
            for name in names:
                view = CopyTableView(StandardsModel())
                view.model().setParent(view)
                view.setTabKeyNavigation(False)
                view.setToolTip(translate("standards_panel", "Hover a row for the convention's article and what the check cannot judge.")
                                + " " + view.toolTip())
                self.tabs.addTab(view, name)
            self.tabs.blockSignals(False)
        self.names, self.checks, self.skipped = list(names), [list(c) for c in checks], list(skipped)
        for model, own in zip(self.models(), self.checks):
            model.set_checks(own)
        for i in range(self.tabs.count()):
            header = self.tabs.widget(i).horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._fit_columns()
        self.choose(chosen)

    def _fit_columns(self) -> None:
        """Each column as wide as its words, header included; the check's title takes the room
        left where there is some (under the charts), and the table scrolls sideways where there
        is none (beside the levers) rather than squeeze a title onto four lines or cut a header."""
        for i in range(self.tabs.count()):
            view = self.tabs.widget(i)
            header = view.horizontalHeader()
            needed = sum(max(view.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(header.count()))
            room = self.tabs.width() - view.verticalScrollBar().sizeHint().width() - 2 * view.frameWidth()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch if room >= needed
                                        else QHeaderView.ResizeMode.ResizeToContents)

    def choose(self, name: str | None) -> None:
        """Show the tab of scenario `name` where it is drawn."""
        if name in self.names:
            self.tabs.setCurrentIndex(self.names.index(name))
        self._describe()

    def clear(self) -> None:
        self.show_checks([], [], [])
        self.summary.setText(translate("standards_panel", EMPTY))

    def _describe(self) -> None:
        """'Cut accrual meets 12 of 16 checks in every year.' and the lines it crosses."""
        index = self.tabs.currentIndex()
        if not 0 <= index < len(self.checks):
            return
        own, name = self.checks[index], self.names[index]
        met = sum(c.met for c in own)
        lines = [translate("standards_panel", "<b>{name}</b> meets {met} of {count} checks in every year.").format(name=name, met=met,
                                                                                      count=len(own))]
        if index > 0:
            crossed = standards_sentence(name, self.checks[0], own)
            lines.append(f"<span style='color:{MET_COLOURS[False]}'>{crossed}</span>" if crossed else
                         translate("standards_panel", "It crosses no line that the baseline meets."))
        if self.skipped:
            lines.append(translate("standards_panel", "Not judged: {branches}.").format(branches="; ".join(words(s) for s in self.skipped)))
        self.summary.setText("<br>".join(lines))


class StandardsView(QObject):
    """What `install_standards` adds to a window: the dock and its wiring (find it with `findChild`)."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.setObjectName("standardsView")
        self.window = window
        self.panel = StandardsPanel()
        self.dock = QDockWidget(translate("standards_panel", "ILO standards"), window)
        self.dock.setObjectName("standardsDock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        window.runner.finished.connect(lambda _id, _projections: self.refresh())
        window.document.schemeChanged.connect(self.panel.clear)
        window.document.currentChanged.connect(lambda _index: self.panel.choose(self._edited()))
        self.dock.visibilityChanged.connect(lambda visible: self.refresh() if visible else None)

    def refresh(self) -> None:
        """Show the checks of the window's latest projections (baseline and drawn reforms, made
        with them by the main window) while the panel shows."""
        scheme, projections, checks = self.window.document.scheme, self.window.projections, self.window.standards
        if not self.dock.isVisible() or scheme is None or not projections or len(checks) != len(projections):
            return
        if list(projections[0].indicators.index) != list(scheme.years):
            return  # results of the workbook before: the new one's are on their way
        names = [translate("standards_panel", "Baseline")] + [s.reform.name for s in self.window.drawn]
        self.panel.show_checks(names, checks, not_judged(scheme), self._edited())

    def _edited(self) -> str | None:
        reform = self.window.document.current_reform
        return reform.name if reform is not None else None

    def show(self) -> None:
        """Under the charts, or beside the levers in a short window (`SHORT_WINDOW`); a panel
        the user floated or docked elsewhere stays where it is."""
        placed = self.dock.isFloating() or self.window.dockWidgetArea(self.dock) not in (
            Qt.DockWidgetArea.BottomDockWidgetArea, Qt.DockWidgetArea.LeftDockWidgetArea)
        levers = getattr(self.window, "lever_dock", None)
        if not placed and levers is not None and self.window.height() < SHORT_WINDOW:
            beside_levers(self.window, self.dock)
            return
        if not placed and self.window.dockWidgetArea(self.dock) != Qt.DockWidgetArea.BottomDockWidgetArea:
            self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.show()
        self.dock.raise_()
        if not self.dock.isFloating() and self.window.dockWidgetArea(self.dock) == Qt.DockWidgetArea.BottomDockWidgetArea:
            low, high = PANEL_HEIGHT
            height = min(high, max(low, self.window.height() // 4))
            self.window.resizeDocks([self.dock], [height], Qt.Orientation.Vertical)


def install_standards(window: QMainWindow) -> None:
    """Add the Standards dock and its entry in the Analysis menu (Ctrl+Shift+I)."""
    view = StandardsView(window)
    hide_while_presenting(window, view.dock)
    toggle = view.dock.toggleViewAction()
    toggle.setText(translate("standards_panel", "ILO &standards (C102, C128)"))
    toggle.triggered.connect(lambda checked: view.show() if checked else None)
    add_action(window, menu(window, "analysisMenu"), toggle, "Ctrl+Shift+I",
               translate("standards_panel", "Show or hide the check of every drawn scenario against ILO conventions C102 and C128: the "
                 "standard beneficiary's benefit, qualifying periods, pensionable age and indexation, year by year."))
