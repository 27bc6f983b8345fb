"""A cold start builds only the chart on screen: a hidden tab's figure is made when the tab
is first shown, and then draws the same numbers as if it had been there all along."""
from __future__ import annotations

import numpy as np

from reform_studio.charts.pyramid import PyramidChart
from reform_studio.charts.scenario_chart import ScenarioChart, line_values
from reform_studio.engine.projection import population_by_age
from reform_studio.engine.scheme import AGES
from reform_studio.gui.widgets.chart_panel import SETTLE_MS, ChartPanel


def test_hidden_tabs_have_no_figure_until_shown(qtbot, window):
    charts = window.charts
    shown = charts.current_view()
    qtbot.waitUntil(lambda: shown.chart.frames > 0, timeout=5_000)
    hidden = [key for key, view in charts.views.items() if view is not shown]
    assert hidden and not any(charts.views[key].has_figure for key in hidden)
    assert charts.views["pyramid"].canvas is None  # 202 bars not made at start

    view = charts.views["members"]
    charts.setCurrentIndex(list(charts.views).index("members"))
    assert view.has_figure
    chart = view.chart
    qtbot.waitUntil(lambda: chart.frames > 0, timeout=5_000)
    series = charts._series
    assert [s.label for s in chart.series] == [s.label for s in series] and len(series) >= 2
    for ax, panel, panel_lines in zip(chart.axes, chart.panels, chart._lines):
        for line, slots in zip(panel.lines, panel_lines):
            for item, artist in zip(series, slots):
                np.testing.assert_allclose(artist.get_ydata(), line_values(line, item.projection, drawn=True))
                assert artist.get_visible() and artist.get_color() == item.colour
        low, high = ax.get_ylim()
        ys = np.concatenate([a.get_ydata() for slots in panel_lines for a in slots if a.get_visible()])
        ys = ys[np.isfinite(ys)]
        assert low <= ys.min() and ys.max() <= high  # the lines inside the axes
    assert not any(charts.views[key].has_figure for key in hidden if key not in ("members",))


def test_the_pyramid_is_made_when_shown_with_the_schemes_population(qtbot, window):
    charts = window.charts
    view = charts.views["pyramid"]
    assert not view.has_figure
    charts.setCurrentIndex(list(charts.views).index("pyramid"))
    chart = view.chart
    assert isinstance(chart, PyramidChart) and view.canvas is not None
    scheme = window.document.scheme
    population = population_by_age(scheme)
    rows = population.to_numpy().reshape(len(population), 2, AGES)
    base = rows[list(population.index).index(scheme.base_year)]
    np.testing.assert_allclose([-bar.get_width() for bar in chart._male], base[0])
    np.testing.assert_allclose([bar.get_width() for bar in chart._female], base[1])
    assert chart.label == str(scheme.base_year)


def test_settings_chosen_before_a_tab_is_made_apply_when_it_is(qtbot, window):
    charts = window.charts
    charts.set_font_scale(1.5)
    view = charts.views["cost_rate"]
    assert not view.has_figure
    charts.setCurrentIndex(list(charts.views).index("cost_rate"))
    chart = view.chart
    assert isinstance(chart, ScenarioChart) and chart.currency == window.document.scheme.currency
    assert getattr(chart.figure, "_reform_studio_font_scale") == 1.5
    charts.set_font_scale(1.0)


def test_a_burst_of_results_holds_the_limits_then_settles(qtbot, window):
    charts = window.charts
    chart = charts.current_view().chart
    charts.show_series(charts._series)
    assert chart.holding
    qtbot.waitUntil(lambda: not chart.holding, timeout=SETTLE_MS * 5)


def test_a_panel_never_shown_makes_no_figure():
    panel = ChartPanel()
    assert not any(view.has_figure for view in panel.views.values())
    panel.deleteLater()
