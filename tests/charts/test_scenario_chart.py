"""Scenario charts draw the given projections and update their artists in place."""
from __future__ import annotations

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from reform_studio.charts.scenario_chart import ScenarioChart, Series, line_values
from reform_studio.charts.specs import CHART_BY_KEY, CHARTS
from reform_studio.charts.style import BASELINE_COLOUR, reform_colour
from reform_studio.engine.results import Projection


def _series(projections: list[Projection]) -> list[Series]:
    return [Series("Baseline", BASELINE_COLOUR, projections[0])] + [
        Series(p.name, reform_colour(i), p) for i, p in enumerate(projections[1:])]


def _chart(key: str) -> ScenarioChart:
    chart = ScenarioChart(CHART_BY_KEY[key], currency="KES")
    FigureCanvasAgg(chart.figure)
    return chart


@pytest.mark.parametrize("spec", CHARTS, ids=lambda s: s.key)
def test_every_chart_draws_the_given_indicator(spec, projections):
    chart = _chart(spec.key)
    chart.update(_series(projections))
    chart.figure.canvas.draw()
    first = spec.panels[0].lines[0]
    visible = [a for a in chart.axes[0].get_lines() if a.get_animated() and a.get_visible()]
    assert len(visible) == len(spec.panels[0].lines) * len(projections)
    reform_line = visible[1]  # first line spec, second scenario
    expected = line_values(first, projections[1], drawn=True)
    np.testing.assert_allclose(reform_line.get_ydata(), expected)
    assert reform_line.get_color() == reform_colour(0)


def test_update_reuses_the_same_artists_and_blits(projections):
    chart = _chart("reserve")
    chart.update(_series(projections))
    chart.figure.canvas.draw()
    before = chart.artists()
    frames = chart.frames
    changed = Projection("R", projections[1].indicators * 1.01, projections[1].summary)
    chart.update([_series(projections)[0], Series("R", reform_colour(0), changed)])
    assert chart.artists() == before
    assert chart.frames > frames
    np.testing.assert_allclose(before[1].get_ydata(), (changed.indicators["reserve"] / changed.indicators["gdp"]))
    assert not before[2].get_visible()  # the third scenario is no longer shown


def test_axes_rescale_when_lines_leave_the_view(projections):
    chart = _chart("replacement")
    chart.update(_series(projections)[:1])
    chart.figure.canvas.draw()
    doubled = Projection("R", projections[0].indicators * 3, projections[0].summary)
    chart.update([_series(projections)[0], Series("R", reform_colour(0), doubled)])
    assert chart.axes[0].get_ylim()[1] >= doubled.indicators["replacement_rate"].max()


def test_more_than_five_scenarios_is_refused(projections):
    chart = _chart("reserve")
    with pytest.raises(ValueError):
        chart.update(_series(projections) * 2)


def test_readout_and_table_show_units(projections):
    chart = _chart("cost_rate")
    chart.update(_series(projections))
    text = chart.readout(chart.axes[0], 2050.3)
    assert text.startswith("2050") and "%" in text and "Baseline" in text
    table = chart.table()
    assert table.frame.shape == (len(projections[0].indicators), 4 * len(projections))
    assert set(table.kinds) == {"percent"}
    assert chart.readout(None, 2050) == ""


@pytest.mark.parametrize("suffix, magic", [(".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF")])
def test_save_writes_the_lines(tmp_path, projections, suffix, magic):
    chart = _chart("reserve")
    chart.update(_series(projections))
    path = tmp_path / f"chart{suffix}"
    chart.save(path)
    assert path.read_bytes().startswith(magic)
    if suffix == ".svg":
        assert path.read_text().count("<path") > 10
    assert all(a.get_animated() for a in chart.artists())


def test_export_frame_gives_percent_and_units(projections):
    chart = ScenarioChart(CHART_BY_KEY["cost_rate"], currency="KES")
    FigureCanvasAgg(chart.figure)
    chart.update([Series("Baseline", "#222222", projections[0])])
    frame = chart.export_frame()
    assert list(frame.columns) == ["PAYG cost rate – Baseline (%)", "Contribution rate – Baseline (%)",
                                   "GAP – Baseline (%)", "Contribution rate + state subsidy – Baseline (%)"]
    np.testing.assert_allclose(frame.iloc[:, 0], projections[0].indicators["payg_cost_rate"] * 100)
    reserve = ScenarioChart(CHART_BY_KEY["reserve"], currency="KES")
    FigureCanvasAgg(reserve.figure)
    reserve.update([Series("Baseline", "#222222", projections[0])])
    assert reserve.export_frame().columns[0] == "Reserve – Baseline (%)"  # % of GDP by default
    reserve.set_nominal(True)
    assert reserve.export_frame().columns[0] == "Reserve – Baseline (KES)"


def test_a_legend_made_after_scaling_has_the_scaled_size(projections):
    from reform_studio.charts.fonts import scale_fonts

    chart = ScenarioChart(CHART_BY_KEY["reserve"], currency="KES")
    FigureCanvasAgg(chart.figure)
    chart.update(_series(projections[:2]))
    size = chart.figure.legends[0].get_texts()[0].get_fontsize()
    scale_fonts(chart.figure, 1.5)
    chart.update(_series(projections[:3]))  # another reform drawn: a new legend
    assert {t.get_fontsize() for t in chart.figure.legends[0].get_texts()} == {size * 1.5}
    scale_fonts(chart.figure, 1.0)
    assert {t.get_fontsize() for t in chart.figure.legends[0].get_texts()} == {size}


def test_rates_and_head_counts_are_drawn_from_zero(projections):
    cost = _chart("cost_rate")
    cost.update(_series(projections[:2]))
    assert cost.axes[0].get_ylim()[0] == 0.0
    high = Projection("R", projections[0].indicators + 0.5, projections[0].summary)  # rates from 50 %
    cost.update([Series("R", reform_colour(0), high)])
    assert cost.axes[0].get_ylim()[0] == 0.0 and cost.axes[0].get_ylim()[1] >= high.indicators["payg_cost_rate"].max()
    reserve = _chart("reserve")
    reserve.update(_series(projections[:2]))
    assert reserve.axes[0].get_ylim()[0] < 0.0 < reserve.axes[0].get_ylim()[1]  # money may go negative


def test_the_replacement_rate_is_over_the_average_wage(projections):
    """Spec 16: average pension over the gross average wage AW, not the (capped) insurable wage."""
    spec = CHART_BY_KEY["replacement"]
    chart = ScenarioChart(spec)
    assert chart.axes[0].get_ylabel() == "% of average wage"
    assert "insurable" not in spec.panels[0].ylabel and "gross average wage" in spec.help


def test_enlarged_y_labels_fold_onto_two_lines_and_back(projections):
    """Presentation mode at 1280 x 720: 'Years of expenditure' at 1.45 × overran its short panel."""
    from reform_studio.charts.fonts import scale_fonts

    chart = ScenarioChart(CHART_BY_KEY["reserve"])
    FigureCanvasAgg(chart.figure)
    labels = [ax.get_ylabel() for ax in chart.axes]
    scale_fonts(chart.figure, 1.45)
    folded = [ax.get_ylabel() for ax in chart.axes]
    assert "Years of\nexpenditure" in folded
    assert [f.replace("\n", " ") for f in folded] == labels
    scale_fonts(chart.figure, 1.45)  # twice: the same, not folded again
    assert [ax.get_ylabel() for ax in chart.axes] == folded
    scale_fonts(chart.figure, 1.0)
    assert [ax.get_ylabel() for ax in chart.axes] == labels


def test_every_tick_label_is_scaled_once(projections):
    """Axes whose tick labels are drawn were enlarged twice (their base size read after the
    texts had been scaled): each tick label must be exactly `factor` times its first size."""
    from reform_studio.charts.fonts import scale_fonts

    chart = ScenarioChart(CHART_BY_KEY["reserve"], currency="KES")
    FigureCanvasAgg(chart.figure).draw()
    chart.update(_series(projections[:2]))
    before = [label.get_fontsize() for ax in chart.figure.axes for label in ax.xaxis.get_ticklabels()]
    scale_fonts(chart.figure, 1.5)
    after = [label.get_fontsize() for ax in chart.figure.axes for label in ax.xaxis.get_ticklabels()]
    assert after == pytest.approx([1.5 * size for size in before])
    scale_fonts(chart.figure, 1.0)
    assert [label.get_fontsize() for ax in chart.figure.axes for label in ax.xaxis.get_ticklabels()] \
        == pytest.approx(before)
