"""A slider drag keeps the axes still: limits grow with headroom, never shrink, until the
burst settles; so the moves in between stay blits (no full redraw of ticks and text)."""
from __future__ import annotations

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg

from reform_studio.charts.scenario_chart import HEADROOM, ScenarioChart, Series
from reform_studio.charts.specs import CHART_BY_KEY
from reform_studio.charts.style import BASELINE_COLOUR, reform_colour
from reform_studio.engine.results import Projection


def _chart(key: str) -> tuple[ScenarioChart, list[int]]:
    chart = ScenarioChart(CHART_BY_KEY[key], currency="KES")
    canvas = FigureCanvasAgg(chart.figure)
    full = []
    draw = canvas.draw_idle
    canvas.draw_idle = lambda *a, **k: (full.append(1), draw(*a, **k))  # counts full redraws
    return chart, full


def _scaled(projection: Projection, factor: float) -> Projection:
    return Projection("Reform", projection.indicators * factor, projection.summary)


def _show(chart: ScenarioChart, base: Projection, reform: Projection) -> None:
    chart.update([Series("Baseline", BASELINE_COLOUR, base), Series("Reform", reform_colour(0), reform)])


def test_updates_within_the_headroom_change_no_limit(projections):
    chart, full = _chart("replacement")
    base = projections[0]
    _show(chart, base, base)
    chart.figure.canvas.draw()
    chart.hold_limits(True)
    _show(chart, base, _scaled(base, 1.5))  # leaves the axes: they grow once, with headroom
    limits = [ax.get_ylim() for ax in chart.axes]
    full.clear()
    frames = chart.frames
    for factor in np.linspace(1.5, 1.0 + 0.5 * (1 + HEADROOM) * 0.95, 20).tolist() + [1.2, 0.9, 0.5, 1.0]:
        _show(chart, base, _scaled(base, factor))
        assert [ax.get_ylim() for ax in chart.axes] == limits  # never shrinks, never moves
    assert not full and chart.frames == frames + 24  # every move a blit


def test_a_drag_that_leaves_grows_with_headroom_and_settles_tight(projections):
    chart, full = _chart("replacement")
    base = projections[0]
    _show(chart, base, base)
    chart.figure.canvas.draw()
    tight = chart.axes[0].get_ylim()
    chart.hold_limits(True)
    _show(chart, base, _scaled(base, 2.0))
    low, high = chart.axes[0].get_ylim()
    top = float(np.nanmax(_scaled(base, 2.0).indicators["replacement_rate"]))
    assert low == tight[0] and high >= top * (1 + HEADROOM * 0.9)  # room for the next moves
    _show(chart, base, base)  # back: held, not shrunk
    assert chart.axes[0].get_ylim() == (low, high)
    full.clear()
    assert chart.settle()  # the drag is over: fit the lines again, one full redraw
    assert full and not chart.holding
    assert chart.axes[0].get_ylim()[1] < high
    assert not chart.settle()  # already tight: nothing to redraw


def test_without_holding_the_axes_still_follow_the_lines(projections):
    chart, _full = _chart("replacement")
    base = projections[0]
    _show(chart, base, _scaled(base, 3.0))
    chart.figure.canvas.draw()
    high = chart.axes[0].get_ylim()[1]
    _show(chart, base, base)  # lines now fill less than half: shrink at once
    assert chart.axes[0].get_ylim()[1] < high
