"""The numbers a minister reads (issue 10, items 5-7): the reserve in % of GDP, "depleted"
after depletion, the basic pension's cost in the sentences, the state subsidy beside the
contribution rate, and differences from any scenario."""
from __future__ import annotations

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg

from reform_studio.charts.formatters import value_text
from reform_studio.charts.key_figures import basic_pension_sentence, key_figure_table, reform_sentence
from reform_studio.charts.scenario_chart import ScenarioChart, Series
from reform_studio.charts.specs import CHART_BY_KEY
from reform_studio.charts.style import BASELINE_COLOUR, reform_colour
from reform_studio.engine.results import Projection
from tests.charts.conftest import example_projections


def _chart(key: str) -> ScenarioChart:
    chart = ScenarioChart(CHART_BY_KEY[key], currency="KES")
    FigureCanvasAgg(chart.figure)
    return chart


def _series(projections):
    return [Series("Baseline", BASELINE_COLOUR, projections[0])] + [
        Series(p.name, reform_colour(i), p) for i, p in enumerate(projections[1:])]


def test_the_reserve_is_drawn_in_percent_of_gdp_by_default_and_nominal_on_request(projections):
    chart = _chart("reserve")
    chart.update(_series(projections))
    chart.figure.canvas.draw()
    assert "% of GDP" in chart.axes[0].get_ylabel() and "GDP" in chart.axes[0].get_title(loc="left")
    frame = projections[0].indicators
    np.testing.assert_allclose(chart.artists()[0].get_ydata(), frame["reserve"] / frame["gdp"])
    assert chart.axes[0].get_ylim()[0] > -10  # tens of % of GDP, not trillions
    assert "%" in chart.readout(chart.axes[0], 2040)
    chart.set_nominal(True)
    assert chart.axes[0].get_ylabel() == "Reserve, KES (nominal)"
    np.testing.assert_allclose(chart.artists()[0].get_ydata(), frame["reserve"])
    assert chart.axes[0].get_ylim()[0] < -1e9
    assert "KES" in chart.readout(chart.axes[0], 2040)
    chart.set_nominal(False)
    np.testing.assert_allclose(chart.artists()[0].get_ydata(), frame["reserve"] / frame["gdp"])


def test_after_depletion_the_reserve_ratio_reads_depleted(projections):
    base = projections[0]
    assert base.indicators.at[2075, "reserve_ratio"] < 0  # the baseline runs out in 2049
    rows = {r[0]: r for r in key_figure_table(2025, 75, base, projections[1:])}
    assert rows["Reserve ratio 2075"][2] == "depleted"
    assert rows["Reserve ratio 2050"][2:5] == ["depleted", rows["Reserve ratio 2050"][3], "no longer depleted"]
    assert rows["Reserve ratio 2100"][4] == "still depleted"
    assert not any("-" in cell and "yrs" in cell for r in rows.values() for cell in r[2:] if "Reserve ratio" in r[0])
    chart = _chart("reserve")
    chart.update(_series(projections))
    assert "Baseline depleted" in chart.readout(chart.axes[1], 2075)
    drawn = chart.artists()[len(chart.artists()) // 2].get_ydata()  # the ratio panel, baseline
    years = base.indicators.index
    assert np.isnan(drawn[years >= base.depletion_year]).all()  # the line stops at depletion
    assert np.isfinite(drawn[years < base.depletion_year]).all()
    assert value_text("years", -13.4) == "depleted"


def test_a_basic_pension_reform_says_what_the_basic_pension_costs():
    base, _minimum, basic = example_projections(2)
    when = int(base.indicators.index[0]) + 25
    cost = basic.indicators.at[when, "basic_pension_cost_to_gdp"]
    sentence = reform_sentence("", base, basic)
    assert f"The basic pension costs {cost * 100:.2f} % of GDP in {when}" in sentence
    assert "beneficiaries), against none in the baseline." in sentence
    assert basic_pension_sentence(base, base, when) == ""  # no change, nothing said


def test_the_cost_rate_chart_shows_the_subsidy_beside_the_contribution_rate():
    """Italy: a 57 % cost rate beside a 33 % contribution rate with a 25 % subsidy nowhere."""
    base = example_projections(2)[0]
    frame = base.indicators
    assert frame["state_subsidy"].max() > 0
    chart = _chart("cost_rate")
    chart.update([Series("Baseline", BASELINE_COLOUR, base)])
    labels = [line.label for line in chart.spec.panels[0].lines]
    assert "Contribution rate + state subsidy" in labels
    line = chart.table().frame["Contribution rate + state subsidy – Baseline"]
    np.testing.assert_allclose(line, frame["contribution_rate"] + frame["state_subsidy"] / frame["wage_bill"])
    assert (line > frame["contribution_rate"]).all()
    legend = [t.get_text() for t in chart.axes[0].get_legend().get_texts()]
    assert "Contribution rate + state subsidy" in legend


def test_differences_can_be_taken_from_any_scenario(projections):
    base, age, lean = projections
    rows = {r[0]: r for r in key_figure_table(2025, 75, base, [age, lean], reference=1)}
    gap = rows["General average premium (GAP)"]
    # baseline value, its change from the reference, the reference, the other reform and its change
    assert len(gap) == 2 + 5
    assert gap[4] == f"{age.gap * 100:.1f} %"
    assert gap[3] == f"{(base.gap - age.gap) * 100:+.1f} pp"
    assert gap[6] == f"{(lean.gap - age.gap) * 100:+.1f} pp"
    assert key_figure_table(2025, 75, base, [age, lean]) == key_figure_table(2025, 75, base, [age, lean], 0)
    text = reform_sentence("Leaner", age, lean, "“Raise the pension age”")
    assert "instead of" in text and "the baseline" not in text
    never = Projection("N", age.indicators, {"gap": age.gap, "depletion_year": None})
    assert "while in “A” it never does" in reform_sentence("B", never, base, "“A”")
