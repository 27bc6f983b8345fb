"""Charts in tabs: a matplotlib canvas per chart, with a table of its numbers one click away.

Only the tab on screen is redrawn when results arrive; the others catch up when shown,
which keeps a slider drag to one (blitted) redraw.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QTabWidget, QToolButton, QVBoxLayout, QWidget

from reform_studio.charts.fonts import scale_fonts
from reform_studio.charts.formatters import value_text
from reform_studio.charts.pyramid import PyramidChart
from reform_studio.charts.scenario_chart import ScenarioChart, Series
from reform_studio.charts.specs import CHARTS
from reform_studio.gui.widgets.tables import CopyTableView, TextTableModel


class ChartView(QWidget):
    """One chart: canvas or table, with a toggle; `hovered` carries the read-out under the mouse."""

    hovered = Signal(str)

    def __init__(self, chart: ScenarioChart | PyramidChart, help_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.chart = chart
        self.canvas = FigureCanvasQTAgg(chart.figure)
        self.canvas.setToolTip(help_text + " Hover over a line to read its values in the status bar.")
        self.canvas.mpl_connect("motion_notify_event", lambda event: self.hovered.emit(chart.hover_text(event)))
        self.model = TextTableModel(self)
        self.table = CopyTableView(self.model)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.canvas)
        self.stack.addWidget(self.table)
        self.toggle = QToolButton()
        self.toggle.setText("Table")
        self.toggle.setCheckable(True)
        self.toggle.setToolTip("Show the numbers of this chart as a table (Ctrl+C copies them). Ctrl+T")
        self.toggle.toggled.connect(self._toggle)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.dirty = False

    def _toggle(self, on: bool) -> None:
        if on:
            self.fill_table()
        self.stack.setCurrentWidget(self.table if on else self.canvas)

    def fill_table(self) -> None:
        if isinstance(self.chart, PyramidChart):
            self.model.set_rows(*self.chart.table())
            return
        table = self.chart.table()
        currency = self.chart.currency
        rows = [[str(year)] + [value_text(kind, float(v), currency) for kind, v in zip(table.kinds, values)]
                for year, values in zip(table.frame.index, table.frame.to_numpy())]
        self.model.set_rows(["Year", *table.frame.columns], rows)
        self.table.resizeColumnsToContents()


class ChartPanel(QTabWidget):
    hovered = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.views: dict[str, ChartView] = {}
        self._series: list[Series] = []
        self.setDocumentMode(True)
        for spec in CHARTS:
            self._add(spec.key, ScenarioChart(spec), spec.title, spec.help)
        self._add("pyramid", PyramidChart(), "Population", "The population of the base year by age and sex.")
        self.currentChanged.connect(lambda _i: self._refresh(self.current_view()))

    def _add(self, key: str, chart, title: str, help_text: str) -> None:
        view = ChartView(chart, help_text)
        view.hovered.connect(self.hovered)
        self.views[key] = view
        index = self.addTab(view, title)
        self.setTabToolTip(index, help_text)

    def current_view(self) -> ChartView:
        return self.currentWidget()

    def set_scheme(self, currency: str, population: np.ndarray, base_year: int) -> None:
        for view in self.views.values():
            if isinstance(view.chart, ScenarioChart):
                view.chart.set_currency(currency)
        self.views["pyramid"].chart.update(population, str(base_year))

    def show_series(self, series: Sequence[Series]) -> None:
        """Draw these scenarios (baseline first) on the visible chart; the others when shown."""
        self._series = list(series)
        for view in self.views.values():
            view.dirty = isinstance(view.chart, ScenarioChart)
        self._refresh(self.current_view())

    def _refresh(self, view: ChartView) -> None:
        if view is None or not view.dirty or not self._series:
            return
        view.dirty = False
        view.chart.update(self._series)
        if view.toggle.isChecked():
            view.fill_table()

    def set_font_scale(self, factor: float) -> None:
        for view in self.views.values():
            scale_fonts(view.chart.figure, factor)
