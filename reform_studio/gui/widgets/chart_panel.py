"""Charts in tabs: a matplotlib canvas per chart, with a table of its numbers one click away.

Only the tab on screen is redrawn when results arrive; the others catch up when shown,
which keeps a slider drag to one (blitted) redraw. A canvas never draws while hidden or
empty (a full draw costs ~0.2 s): at start-up only the chart on screen is drawn, once,
when the first results are in. A tab's figure is not even made until the tab is first
shown (the pyramid alone is 202 bars): a cold start builds one chart. While results keep
arriving (a slider drag) the line charts hold their limits, growing them only with
headroom; `SETTLE_MS` after the last results they fit the lines tightly again. The branch stacks draw the baseline beside one reform: the
one being edited where it is drawn, else the first drawn.
"""
from __future__ import annotations

from functools import partial
from typing import Callable, Sequence

import pandas as pd
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QSpinBox, QStackedWidget, QTabWidget, QToolButton,
                               QVBoxLayout, QWidget)

from reform_studio.charts.branch_chart import BranchChart
from reform_studio.charts.fonts import scale_fonts
from reform_studio.charts.formatters import value_text
from reform_studio.charts.pyramid import PyramidChart
from reform_studio.charts.scenario_chart import ScenarioChart, Series
from reform_studio.charts.specs import CHARTS, DIFFERENCES, STACKS, said
from reform_studio.engine.projection import population_by_age
from reform_studio.engine.scheme import AGES, Scheme
from reform_studio.gui import settings
from reform_studio.gui.widgets.difference_picker import DifferencePicker
from reform_studio.gui.widgets.tables import CopyTableView, TextTableModel
from reform_studio.i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

NOMINAL_SETTING = "charts/nominal_reserve"  # remembered between sessions
UNITS = (QT_TRANSLATE_NOOP("chart_panel", "% of GDP"), QT_TRANSLATE_NOOP("chart_panel", "Nominal {currency}"))
SETTLE_MS = 400  # quiet this long after the last results: a drag is over, the limits fit again
Chart = ScenarioChart | BranchChart | PyramidChart


class ChartCanvas(FigureCanvasQTAgg):
    """A canvas that draws only when on screen and its chart holds data."""

    def __init__(self, chart: ScenarioChart | BranchChart | PyramidChart):
        super().__init__(chart.figure)
        self.chart = chart

    def draw_idle(self) -> None:
        if self.isVisible():  # a hidden canvas is drawn by its first paint once shown
            super().draw_idle()

    def draw(self) -> None:
        if self.chart.has_data:  # an empty chart stays blank until the first results
            super().draw()



class ChartView(QWidget):
    """One chart: canvas or table, with a toggle; `hovered` carries the read-out under the mouse.

    The chart (its figure and canvas) is made by `make_chart` when first needed: when the
    tab is shown or `chart` is asked for. Until then `has_figure` is False."""

    hovered = Signal(str)

    def __init__(self, make_chart: Callable[[], Chart], help_text: str, has_nominal: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._make_chart = make_chart
        self._chart: Chart | None = None
        self._currency = ""
        self._font_scale = 1.0
        self.help_text = help_text
        self.canvas: ChartCanvas | None = None
        self.placeholder = QWidget()  # where the canvas goes once made
        self.model = TextTableModel(self)
        self.table = CopyTableView(self.model)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.table)
        self.toggle = QToolButton()
        self.toggle.setText(translate("chart_panel", "Table"))
        self.toggle.setCheckable(True)
        self.toggle.setToolTip(translate("chart_panel", "Show the numbers of this chart as a table (Ctrl+C copies them). "
                                          "Ctrl+T"))
        self.toggle.toggled.connect(self._toggle)
        self.bar = QHBoxLayout()
        self.bar.addStretch(1)
        self.bar.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.bar)
        layout.addWidget(self.stack, 1)
        self.dirty = False
        self.unit: QComboBox | None = None
        if has_nominal:
            self.unit = QComboBox()
            self.unit.setObjectName("reserveUnit")
            self.unit.addItems([translate("chart_panel", text).format(currency=translate("chart_panel", "currency"))
                                for text in UNITS])
            tip = translate("chart_panel", "Show the reserve as % of the year's GDP (the default: comparable over "
                            "75 years) or in nominal currency.")
            self.unit.setToolTip(tip)
            self.unit.setStatusTip(tip)
            self.unit.setAccessibleName(translate("chart_panel", "Reserve unit"))
            nominal = _as_bool(settings.settings().value(NOMINAL_SETTING, False))
            self.unit.setCurrentIndex(1 if nominal else 0)
            self.unit.currentIndexChanged.connect(self._unit_changed)
            self.bar.insertWidget(self.bar.count() - 1, self.unit)  # beside the Table button
            self._chain_bar()

    @property
    def has_figure(self) -> bool:
        """Whether the chart (figure and canvas) has been made."""
        return self._chart is not None

    @property
    def chart(self) -> Chart:
        """The chart, made (with the currency, unit and font scale chosen so far) on first use."""
        if self._chart is None:
            self._build()
        return self._chart

    def _build(self) -> None:
        chart = self._make_chart()
        self._chart = chart
        if isinstance(chart, ScenarioChart):
            if self.unit is not None:
                chart.set_nominal(self.unit.currentIndex() == 1)
            if self._currency:
                chart.set_currency(self._currency)
        self.canvas = ChartCanvas(chart)
        self.canvas.setToolTip(self.help_text + " " + translate("chart_panel", "Hover over a line to read its values in "
                                                                      "the status bar."))
        self.canvas.mpl_connect("motion_notify_event", lambda event: self.hovered.emit(chart.hover_text(event)))
        if self._font_scale != 1.0:
            scale_fonts(chart.figure, self._font_scale)
        self.stack.insertWidget(0, self.canvas)
        self.stack.removeWidget(self.placeholder)
        self.placeholder.deleteLater()
        self.stack.setCurrentWidget(self.table if self.toggle.isChecked() else self.canvas)

    def showEvent(self, event) -> None:
        if self._chart is None:
            self._build()
        super().showEvent(event)

    def set_font_scale(self, factor: float) -> None:
        self._font_scale = factor
        if self._chart is not None:
            scale_fonts(self._chart.figure, factor)

    def set_currency(self, currency: str) -> None:
        """Money axes (and the unit choice) in the scheme's currency."""
        self._currency = currency
        if self._chart is not None:
            self._chart.set_currency(currency)
        if self.unit is not None:
            for i, text in enumerate(UNITS):
                self.unit.setItemText(i, translate("chart_panel", text).format(
                    currency=currency or translate("chart_panel", "currency")))

    def set_nominal(self, on: bool) -> None:
        if self.unit is not None:
            self.unit.setCurrentIndex(1 if on else 0)

    def _unit_changed(self, index: int) -> None:
        nominal = index == 1
        settings.settings().setValue(NOMINAL_SETTING, nominal)
        if self._chart is None:
            return  # made in this unit when first shown
        self.chart.set_nominal(nominal)
        if self.toggle.isChecked():
            self.fill_table()

    def add_control(self, widget: QWidget) -> None:
        """Put a chart-specific control on the left of the bar above the chart; Tab visits the
        bar from left to right."""
        self.bar.insertWidget(self.bar.count() - 2 - (self.unit is not None), widget)
        self._chain_bar()

    def _chain_bar(self) -> None:
        chain = [leaf for i in range(self.bar.count()) if self.bar.itemAt(i).widget() is not None
                 for leaf in _focusable(self.bar.itemAt(i).widget())]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _toggle(self, on: bool) -> None:
        if on:
            self.fill_table()
        self.stack.setCurrentWidget(self.table if on else (self.canvas or self.placeholder))

    def fill_table(self) -> None:
        if isinstance(self.chart, PyramidChart):
            self.model.set_rows(*self.chart.table())
            return
        table = self.chart.table()
        currency = self.chart.currency
        rows = [[str(year)] + [value_text(kind, float(v), currency) for kind, v in zip(table.kinds, values)]
                for year, values in zip(table.frame.index, table.frame.to_numpy())]
        self.model.set_rows([translate("chart_panel", "Year"), *table.frame.columns], rows)
        self.table.resizeColumnsToContents()


def _focusable(widget: QWidget) -> list[QWidget]:
    """The widgets Tab stops at in `widget`: itself, or for a group of controls its controls."""
    if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
        return [widget]
    return [child for child in widget.findChildren(QWidget)  # not a drop-down's list, a window of its own
            if child.focusPolicy() != Qt.FocusPolicy.NoFocus and child.window() is widget.window()]


def _as_bool(value) -> bool:
    """A boolean as QSettings gives it back (an INI file stores "true"/"false")."""
    return value.lower() == "true" if isinstance(value, str) else bool(value)


TAB_STYLE = "QTabBar::tab { padding: 5px 6px; }"  # resources/style.qss gives tabs 12 px a side


class ChartPanel(QTabWidget):
    hovered = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.views: dict[str, ChartView] = {}
        self._series: list[Series] = []
        self._focus: str | None = None  # the reform the stacks draw beside the baseline
        self._scheme: Scheme | None = None
        self._population: pd.DataFrame | None = None  # by year and (sex, age); made when first drawn
        self._holding = False  # results are arriving in a burst: line charts keep their limits
        self.setDocumentMode(True)
        # nine tabs: where they do not fit (presentation mode's large text), shorten their
        # titles rather than scroll the last ones out of sight; narrower padding than other
        # tabs so that the French and Spanish titles, 15-30 % longer, fit whole at 1280 px
        self.setUsesScrollButtons(False)
        self.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabBar().setStyleSheet(TAB_STYLE)
        self._settle = QTimer(self)  # a burst of results (a drag) is over: fit the limits again
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._settle_limits)
        for spec in CHARTS:
            self._add(spec.key, partial(ScenarioChart, spec), said(spec.title), said(spec.help),
                      any(panel.nominal is not None for panel in spec.panels))
        for stack in STACKS:
            self._add(stack.key, partial(BranchChart, stack), said(stack.tab), said(stack.help))
        self._add(DIFFERENCES.key, partial(ScenarioChart, DIFFERENCES), translate("chart_panel", "Difference"),
                  said(DIFFERENCES.help), True)
        self.difference = DifferencePicker()
        self.difference.changed.connect(self._difference_changed)
        self.views[DIFFERENCES.key].add_control(self.difference)
        self._add("pyramid", PyramidChart, translate("chart_panel", "Population"),
                  translate("chart_panel", "The population by age and sex: the base year as bars, a chosen "
                            "projection year as an outline."))
        self.pyramid_year = QSpinBox()
        self.pyramid_year.setSpecialValueText(translate("chart_panel", "none"))
        tip = translate("chart_panel", "The projection year drawn as an outline over the base year's bars (the "
                        "same for every reform).")
        self.pyramid_year.setToolTip(tip)
        self.pyramid_year.setStatusTip(tip)
        self.pyramid_year.valueChanged.connect(self._pyramid_year_changed)
        label = QLabel(translate("chart_panel", "Compare with year:"))
        label.setBuddy(self.pyramid_year)
        self.views["pyramid"].add_control(label)
        self.views["pyramid"].add_control(self.pyramid_year)
        self.currentChanged.connect(lambda _i: self._refresh(self.current_view()))

    def _add(self, key: str, make_chart: Callable[[], Chart], title: str, help_text: str,
             has_nominal: bool = False) -> None:
        view = ChartView(make_chart, help_text, has_nominal)
        view.hovered.connect(self.hovered)
        if view.unit is not None:  # one choice for every chart with a reserve (it is remembered as one)
            view.unit.currentIndexChanged.connect(lambda index: self._unit_chosen(index == 1))
        self.views[key] = view
        index = self.addTab(view, title)
        self.setTabToolTip(index, help_text)

    def _unit_chosen(self, nominal: bool) -> None:
        for view in self.views.values():
            view.set_nominal(nominal)

    def current_view(self) -> ChartView:
        return self.currentWidget()

    def set_scheme(self, scheme: Scheme) -> None:
        """A new scheme: money axes in its currency; the pyramid from its base year, compared
        with 25 years later (or the last year projected)."""
        for view in self.views.values():
            view.set_currency(scheme.currency)
        self._scheme, self._population = scheme, None
        last = int(scheme.years[-1])
        self.pyramid_year.blockSignals(True)
        self.pyramid_year.setRange(scheme.base_year, last)
        self.pyramid_year.setValue(min(scheme.base_year + 25, last))
        self.pyramid_year.blockSignals(False)
        self._pyramid_year_changed()

    def _pyramid_year_changed(self, *_args) -> None:
        self.views["pyramid"].dirty = True
        self._refresh(self.current_view())

    def _draw_pyramid(self) -> None:
        scheme = self._scheme
        if self._population is None:
            self._population = population_by_age(scheme)
        year = self.pyramid_year.value()
        rows = self._population.to_numpy().reshape(len(self._population), 2, AGES)
        position = {int(y): i for i, y in enumerate(self._population.index)}
        compare = rows[position[year]] if year != scheme.base_year else None
        self.views["pyramid"].chart.update(rows[position[scheme.base_year]], str(scheme.base_year), compare, str(year))

    def show_series(self, series: Sequence[Series]) -> None:
        """Draw these scenarios (baseline first) on the visible chart; the others when shown.
        The line charts hold their limits (grow only) until `SETTLE_MS` pass without results."""
        self._series = list(series)
        self.difference.set_choices([s.label for s in self._series], self._focus)
        for key, view in self.views.items():
            if key != "pyramid":
                view.dirty = True
        self._holding = True
        self._refresh(self.current_view())
        self._settle.start()

    def _settle_limits(self) -> None:
        """No results for a while: the charts made fit their lines tightly again (the one on
        screen redraws once where its limits change; the others on their next update)."""
        self._holding = False
        for view in self.views.values():
            if view.has_figure and isinstance(view.chart, ScenarioChart):
                if view is self.current_view() and not view.dirty:
                    view.chart.settle()
                else:
                    view.chart.hold_limits(False)

    def set_focus(self, name: str | None) -> None:
        """Draw reform `name` (where it is drawn at all) beside the baseline in the stacks."""
        if name == self._focus:
            return
        self._focus = name
        for stack in STACKS:
            self.views[stack.key].dirty = True
        self.difference.follow(name)  # the edited reform becomes A (redrawn through `changed`)
        self._refresh(self.current_view())

    def _difference_changed(self) -> None:
        self.views[DIFFERENCES.key].dirty = True
        self._refresh(self.current_view())

    def _series_for(self, chart: ScenarioChart | BranchChart) -> list[Series]:
        """Every scenario for a line chart; A minus B for the difference chart; the baseline
        and the focused reform for a stack."""
        if isinstance(chart, ScenarioChart) and chart.spec.difference:
            by_label = {s.label: s for s in self._series}
            first, second = (by_label[label] for label in self.difference.pair())
            return [Series(f"{first.label} − {second.label}", first.colour, first.projection, second.projection)]
        if isinstance(chart, ScenarioChart):
            return self._series
        reforms = self._series[1:]
        focused = next((s for s in reforms if s.label == self._focus), reforms[0] if reforms else None)
        return self._series[:1] + ([focused] if focused else [])

    def _refresh(self, view: ChartView) -> None:
        if view is None or not view.dirty:
            return
        if isinstance(view.chart, PyramidChart):
            if self._scheme is None:
                return
            self._draw_pyramid()
        elif self._series:
            if isinstance(view.chart, ScenarioChart):
                view.chart.hold_limits(self._holding)
            view.chart.update(self._series_for(view.chart))
        else:
            return
        view.dirty = False
        if view.toggle.isChecked():
            view.fill_table()

    def set_font_scale(self, factor: float) -> None:
        for view in self.views.values():
            view.set_font_scale(factor)
