"""FrontierChart on the Agg backend: artists built once and moved, units on the axes."""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from reform_studio.charts.frontier import FrontierChart, feasible_polygons, frontier_path  # noqa: E402
from reform_studio.engine.solve import frontier  # noqa: E402


def made_up(ys, lever_x="pensionable_age", lever_y="contribution_rate", feasible="above") -> pd.DataFrame:
    frame = pd.DataFrame({lever_y: np.asarray(ys, float)},
                         index=pd.Index(np.arange(60, 60 + len(ys)), name=lever_x))
    frame.attrs.update({"lever_x": lever_x, "lever_y": lever_y, "target": "reserve>=0",
                        "goal": "the reserve stays non-negative through 2100", "feasible": feasible,
                        "y_range": (0.0, 0.4), "current": (61.0, 0.12)})
    return frame


@pytest.fixture(scope="module")
def kenya_frontier(kenya):
    return frontier(kenya, None, "pensionable_age", np.arange(58, 71), "contribution_rate", "reserve>=0")


def test_renders_the_kenya_frontier_with_units(kenya_frontier, tmp_path):
    chart = FrontierChart()
    chart.update(kenya_frontier)
    path = tmp_path / "frontier.png"
    chart.save(path)
    assert path.stat().st_size > 10_000
    assert chart.ax.get_xlabel() == "Pensionable age, men and women (years)"
    assert chart.ax.get_ylabel() == "Contribution rate (%)"
    assert chart.ax.yaxis.get_major_formatter()(0.12, 0).endswith("%")
    assert chart.ax.xaxis.get_major_formatter()(62.0, 0) == "62"
    assert chart.figure._suptitle.get_text() == "What it takes: the reserve stays non-negative through 2100"
    xs, ys = chart._points.get_data()
    assert list(xs) == list(range(58, 71)) and np.allclose(ys, kenya_frontier["contribution_rate"])
    low, high = chart.ax.get_ylim()
    assert low <= ys.min() and ys.max() <= high and low <= 0.12 <= high  # frontier and current in view


def test_update_moves_the_same_artists(kenya_frontier):
    chart = FrontierChart()
    artists = (chart._line, chart._points, chart._region, chart._current)
    count = len(chart.ax.get_children())
    chart.update(kenya_frontier)
    chart.update(made_up([0.2, 0.15, np.nan, 0.1]))
    assert (chart._line, chart._points, chart._region, chart._current) == artists
    assert len(chart.ax.get_children()) == count
    assert len(chart._region.get_paths()) == 2  # the gap splits the shaded region
    assert chart._unreachable.get_visible() and list(chart._unreachable.get_data()[0]) == [62]
    chart.figure.canvas.draw()


def test_shading_closes_on_the_feasible_side():
    xs, ys = np.array([1.0, 2.0, 3.0]), np.array([0.3, 0.2, 0.1])
    [above] = feasible_polygons(xs, ys, 0.4, steps=False)
    assert above[-2:, 1].tolist() == [0.4, 0.4] and above[:3, 1].tolist() == [0.3, 0.2, 0.1]
    [below] = feasible_polygons(xs, ys, 0.0, steps=False)
    assert below[-2:, 1].tolist() == [0.0, 0.0]
    assert feasible_polygons(xs, np.full(3, np.nan), 0.4, steps=False) == []


def test_whole_year_frontiers_are_drawn_as_steps():
    px, py = frontier_path(np.array([0.1, 0.2, 0.3]), np.array([66.0, 65.0, 65.0]), steps=True)
    assert px.tolist() == pytest.approx([0.1, 0.15, 0.15, 0.25, 0.25, 0.3])
    assert py.tolist() == [66, 66, 65, 65, 65, 65]


def test_legend_names_unreachable_points_only_when_there_are_some(kenya_frontier):
    chart = FrontierChart()
    chart.update(kenya_frontier)
    labels = [t.get_text() for t in chart.figure.legends[0].get_texts()]
    assert labels == ["Just meets the target", "Meets the target", "Current reform"]
    chart.update(made_up([np.nan, 0.2]))
    labels = [t.get_text() for t in chart.figure.legends[0].get_texts()]
    assert labels[-1] == "Not reachable in the range searched" and len(chart.figure.legends) == 1
