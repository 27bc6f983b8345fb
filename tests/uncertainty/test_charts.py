"""The fan chart, the tornado and the key-figure sentence, Qt-free."""
from __future__ import annotations

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from reform_studio.charts.fan_chart import FanChart, depletion_sentence
from reform_studio.charts.tornado import TornadoChart
from reform_studio.engine.reform import Reform
from reform_studio.engine.sensitivity import run_sensitivity
from reform_studio.engine.stochastic import Fan, run_stochastic


def fan(probability: list[float]) -> Fan:
    years = np.arange(2050, 2050 + len(probability))
    return Fan("Baseline", years, {}, np.array(probability), np.zeros(5), None, {})


@pytest.mark.parametrize("probability, sentence", [
    ([0.0, 0.01, 0.05, 0.3], "Baseline: a 1-in-20 chance that the reserve runs out before 2053."),
    ([0.0, 0.06, 0.5, 0.9], "Baseline: a 1-in-20 chance that the reserve runs out before 2052."),
    ([0.0, 0.0, 0.01, 0.04], "Baseline: less than a 1-in-20 chance that the reserve runs out before 2054."),
])
def test_the_key_figure_sentence_names_the_first_year_with_one_chance_in_twenty(probability, sentence):
    assert depletion_sentence(fan(probability)) == sentence


def test_other_odds_can_be_said():
    assert depletion_sentence(fan([0.0, 0.2, 0.6]), 0.5, "1-in-2") == \
        "Baseline: a 1-in-2 chance that the reserve runs out before 2053."


@pytest.fixture(scope="module")
def results(example1_scheme):
    reforms = [Reform("Baseline"), Reform.from_dict({"name": "Higher rate", "levers": {
        "contribution_rate": {"value": 0.2}}})]
    return run_stochastic(example1_scheme, reforms, 60, seed=2), run_sensitivity(example1_scheme, reforms)


def test_the_fan_draws_both_scenarios_bands_medians_and_the_odds(results):
    stochastic, _ = results
    chart = FanChart()
    FigureCanvasAgg(chart.figure)
    chart.update(stochastic, 1, "reserve_ratio")
    medians = [line for line in chart.axes.get_lines() if line.get_linewidth() > 2]
    assert len(medians) == 2
    np.testing.assert_array_equal(medians[1].get_ydata(), stochastic.fans[1].percentiles["reserve_ratio"][2])
    assert len(chart._bands) == 4
    assert "Higher rate" in chart.text.get_text()
    chart.update(stochastic, None, "payg_cost_rate")  # the baseline alone, in %
    assert len(chart._bands) == 2 and "%" in chart.axes.get_ylabel()
    np.testing.assert_allclose(chart._medians[0].get_ydata(), 100 * stochastic.fans[0].percentiles["payg_cost_rate"][2])


def test_the_tornado_sorts_bars_by_swing(results):
    _, sensitivity = results
    chart = TornadoChart()
    FigureCanvasAgg(chart.figure)
    chart.update(sensitivity, 1, "gap")
    ticks = sorted(zip(chart.axes.get_yticks(), (t.get_text() for t in chart.axes.get_yticklabels())),
                   reverse=True)
    expected = [test.label for test, _, _ in sensitivity.swings(1, "gap")]
    assert [label for _, label in ticks] == expected  # the widest swing at the top
    assert expected[0] != "unemployment rate"


def test_the_tornado_speaks_the_language(results):
    from reform_studio import i18n

    _, sensitivity = results
    chart = TornadoChart()
    FigureCanvasAgg(chart.figure)
    i18n.set_language("fr")
    try:
        chart.update(sensitivity, 1, "gap")
        ticks = [t.get_text() for t in chart.axes.get_yticklabels()]
        notes = [t.get_text() for t in chart.axes.texts]
        english = {test.label for test, _, _ in sensitivity.swings(1, "gap")}
        assert ticks and set(ticks) & english == {"inflation"}  # the one word French shares
        assert "croissance réelle des salaires" in ticks
        assert any("+1,0 pt" in note for note in notes) and not any("+1.0" in note for note in notes)
    finally:
        i18n.set_language("en")
