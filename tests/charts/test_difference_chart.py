"""The difference chart (A − B) draws one scenario's indicators minus another's, around zero."""
from __future__ import annotations

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg

from reform_studio.charts.formatters import points, value_text
from reform_studio.charts.scenario_chart import ScenarioChart, Series, line_values
from reform_studio.charts.specs import DIFFERENCES
from reform_studio.charts.style import REFORM_COLOURS, REFORM_WIDTH


def _chart(nominal: bool = False) -> ScenarioChart:
    chart = ScenarioChart(DIFFERENCES, currency="KES", nominal=nominal)
    FigureCanvasAgg(chart.figure)
    return chart


def test_every_panel_draws_a_minus_b_in_a_colour(branch_projections):
    base, reform = branch_projections[0], branch_projections[1]
    chart = _chart()
    chart.update([Series("R − Baseline", REFORM_COLOURS[1], reform, base)])
    chart.figure.canvas.draw()
    assert len(chart.axes) == len(DIFFERENCES.panels) == 6
    for ax, panel, panel_lines in zip(chart.axes, chart.panels, chart._lines):
        for line, slots in zip(panel.lines, panel_lines):
            shown = [a for a in slots if a.get_visible()]
            assert len(shown) == 1 and shown[0].get_color() == REFORM_COLOURS[1]
            assert shown[0].get_linewidth() == REFORM_WIDTH  # a difference is not drawn as the baseline
            np.testing.assert_allclose(shown[0].get_ydata(),
                                       line_values(line, reform, True) - line_values(line, base, True))
        low, high = ax.get_ylim()
        assert low < 0 < high  # no change is always in view, inside the axes


def test_no_difference_is_flat_in_the_middle_not_blown_up(branch_projections):
    base = branch_projections[0]
    chart = _chart()
    chart.update([Series("Baseline − Baseline", "#222222", base, base)])
    for ax in chart.axes:
        low, high = ax.get_ylim()
        assert low == -high and high > 0
    assert chart.axes[0].get_ylim()[1] < 0.01  # a tenth of a point of GDP, not the default 0..1


def test_nominal_reserve_and_the_table_in_units(branch_projections):
    base, reform = branch_projections[0], branch_projections[2]
    chart = _chart(nominal=True)
    chart.update([Series("R − Baseline", REFORM_COLOURS[0], reform, base)])
    reserve = [a for a in chart._lines[0][0] if a.get_visible()][0]
    np.testing.assert_allclose(reserve.get_ydata(), reform.indicators["reserve"] - base.indicators["reserve"])
    frame = chart.export_frame()
    assert frame.columns[0] == "Reserve – R − Baseline (KES)"
    column = next(c for c in frame.columns if c.startswith("Cost"))
    assert column.endswith("(pp)")
    np.testing.assert_allclose(frame[column], 100 * (reform.indicators["payg_cost_rate"]
                                                      - base.indicators["payg_cost_rate"]).to_numpy())


def test_points_are_signed_and_never_minus_zero():
    assert points(0.0123) == "+1.23 pp"
    assert points(-0.004) == "-0.40 pp"
    assert points(-0.00001) == "0.00 pp"
    assert value_text("pp", float("nan")) == "–"
