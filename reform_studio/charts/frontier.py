"""The reform frontier: for each setting of one lever, the setting of another that just meets
a target (`reform_studio.engine.solve.frontier`), with the region where the target holds
shaded and the current reform marked, so an official sees at once how far it is from safety
and which trade-offs would get it there.

Qt-free: embed `figure` in any canvas, or save it. The artists are made once; `update`
moves them with `set_data`/`set_verts` and asks for one `draw_idle`.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, MaxNLocator

from reform_studio.charts.formatters import axis_formatter
from reform_studio.charts.style import BASELINE_COLOUR, REFORM_COLOURS, REFORM_WIDTH
from reform_studio.engine.solve import solvable_lever
from reform_studio.i18n import translate
from reform_studio.i18n.levers import words
from reform_studio.i18n.numbers import written
from reform_studio.i18n.sentences import said

FRONTIER_COLOUR = REFORM_COLOURS[0]
FEASIBLE_COLOUR = REFORM_COLOURS[2]
UNREACHABLE_COLOUR = REFORM_COLOURS[1]


def frontier_path(xs: np.ndarray, ys: np.ndarray, steps: bool) -> tuple[np.ndarray, np.ndarray]:
    """The drawn line through the frontier points: straight segments, or a staircase (steps
    half-way between x values) where y is a whole number of years and cannot move smoothly."""
    if not steps or xs.size < 2:
        return xs, ys
    mids = (xs[1:] + xs[:-1]) / 2
    px = np.concatenate([[xs[0]], np.repeat(mids, 2), [xs[-1]]])
    py = np.repeat(ys, 2)
    return px, py


def feasible_polygons(xs: np.ndarray, ys: np.ndarray, edge: float, steps: bool) -> list[np.ndarray]:
    """One polygon per run of x values with a frontier point, closed at the `edge` of the
    range on the side where the target holds."""
    polygons = []
    finite = np.isfinite(ys)
    starts = np.flatnonzero(finite & ~np.concatenate([[False], finite[:-1]]))
    for start in starts:
        stop = start
        while stop + 1 < xs.size and finite[stop + 1]:
            stop += 1
        px, py = frontier_path(xs[start:stop + 1], ys[start:stop + 1], steps)
        if px.size == 1:  # a lone point: a thin sliver so it still shows
            px, py = np.array([px[0], px[0]]), np.array([py[0], py[0]])
        polygons.append(np.column_stack([np.concatenate([px, [px[-1], px[0]]]),
                                         np.concatenate([py, [edge, edge]])]))
    return polygons


def _label_offset(xs: np.ndarray, ys: np.ndarray, current: tuple[float, float]) -> float:
    """Vertical offset (points) of the current reform's label: away from the frontier line."""
    found = np.isfinite(ys)
    if not found.any():
        return 8.0
    line_y = np.interp(current[0], xs[found], ys[found])
    return 8.0 if current[1] >= line_y else -16.0


def _axis_label(name: str) -> str:
    lever = solvable_lever(name)
    unit = words("years") if lever.integer else words(lever.spec.unit) if lever.spec.kind == "ratio" else "%"
    return translate("frontier", "{lever} ({unit})").format(lever=words(lever.title), unit=unit)


class FrontierChart:
    """A Qt-free figure of one frontier (a DataFrame from `engine.solve.frontier`)."""

    def __init__(self, figure: Figure | None = None):
        self.figure = figure if figure is not None else Figure(figsize=(8, 5.5), layout="constrained")
        self.ax = ax = self.figure.add_subplot()
        ax.grid(True, color="#dddddd", linewidth=0.7)
        ax.spines[["top", "right"]].set_visible(False)
        self._region = PolyCollection([], facecolor=FEASIBLE_COLOUR, alpha=0.16, edgecolor="none", zorder=1)
        ax.add_collection(self._region)
        self._line = ax.plot([], [], color=FRONTIER_COLOUR, linewidth=REFORM_WIDTH, zorder=3)[0]
        self._points = ax.plot([], [], linestyle="none", marker="o", markersize=3.5,
                               color=FRONTIER_COLOUR, zorder=4)[0]
        self._unreachable = ax.plot([], [], linestyle="none", marker="x", markersize=6,
                                    color=UNREACHABLE_COLOUR, clip_on=False, zorder=4)[0]
        self._current = ax.plot([], [], linestyle="none", marker="o", markersize=9, markerfacecolor="white",
                                markeredgewidth=2.2, color=BASELINE_COLOUR, zorder=5)[0]
        self._current_label = ax.annotate("", (0, 0), xytext=(8, 8), textcoords="offset points",
                                          fontsize="small", color=BASELINE_COLOUR, zorder=5)
        self._title = self.figure.suptitle("", fontweight="bold", wrap=True)  # a long goal on two lines
        self._legend_handles = [
            Line2D([], [], color=FRONTIER_COLOUR, linewidth=REFORM_WIDTH, marker="o", markersize=3.5,
                   label=translate("frontier", "Just meets the target")),
            Patch(facecolor=FEASIBLE_COLOUR, alpha=0.16, label=translate("frontier", "Meets the target")),
            Line2D([], [], linestyle="none", marker="o", markersize=8, markerfacecolor="white",
                   markeredgewidth=2, color=BASELINE_COLOUR, label=translate("frontier", "Current reform")),
            Line2D([], [], linestyle="none", marker="x", color=UNREACHABLE_COLOUR,
                   label=translate("frontier", "Not reachable in the range searched")),
        ]
        self._legend_key: tuple[bool, ...] = ()
        self.frame: pd.DataFrame | None = None

    def update(self, frame: pd.DataFrame) -> None:
        """Show this frontier (its `attrs` say the levers, target, side and current point)."""
        self.frame = frame
        attrs = frame.attrs
        lever_x, lever_y = attrs["lever_x"], attrs["lever_y"]
        xs = frame.index.to_numpy(dtype=float)
        ys = frame[lever_y].to_numpy(dtype=float)
        steps = solvable_lever(lever_y).integer
        above = attrs["feasible"] == "above"
        y_low, y_high = attrs["y_range"]
        current = attrs.get("current")
        self._set_axes(lever_x, lever_y)
        found = np.isfinite(ys)
        line_x, line_y = self._line_data(xs, ys, steps)
        self._line.set_data(line_x, line_y)
        self._points.set_data(xs[found], ys[found])
        x_lim, y_lim = self._limits(xs, ys, current, (y_low, y_high), above)
        self._region.set_verts(feasible_polygons(xs, ys, y_lim[1] if above else y_lim[0], steps))
        self._unreachable.set_data(xs[~found], np.full((~found).sum(), y_lim[1] if above else y_lim[0]))
        self._unreachable.set_visible(bool((~found).any()))  # an empty unclipped line upsets the layout
        if current is not None:
            self._current.set_data([current[0]], [current[1]])
            self._current_label.xy = current
            self._current_label.set_text(translate("frontier", "Current reform"))
            self._current_label.set_position((8, _label_offset(xs, ys, current)))
        self._current.set_visible(current is not None)
        self._current_label.set_visible(current is not None)
        self.ax.set_xlim(*x_lim)
        self.ax.set_ylim(*y_lim)
        goal = said(attrs.get("goal", attrs.get("target", "")))
        self._title.set_text(translate("frontier", "What it takes: {goal}").format(goal=goal) if goal else
                             translate("frontier", "Reform frontier"))
        self._update_legend(found.any(), (~found).any(), current is not None)
        self.figure.canvas.draw_idle()

    def _line_data(self, xs: np.ndarray, ys: np.ndarray, steps: bool) -> tuple[np.ndarray, np.ndarray]:
        """The staircase or polyline, broken (NaN) where a point is missing."""
        if not steps:
            return xs, ys
        pieces_x, pieces_y = [], []
        for polygon in feasible_polygons(xs, ys, np.nan, steps):
            pieces_x += [polygon[:-2, 0], [np.nan]]
            pieces_y += [polygon[:-2, 1], [np.nan]]
        if not pieces_x:
            return np.array([]), np.array([])
        return np.concatenate(pieces_x), np.concatenate(pieces_y)

    def _set_axes(self, lever_x: str, lever_y: str) -> None:
        for axis, name in ((self.ax.xaxis, lever_x), (self.ax.yaxis, lever_y)):
            lever = solvable_lever(name)
            axis.set_label_text(_axis_label(name))
            axis.label.set_wrap(True)  # a long lever name on two lines in a narrow dock
            if lever.integer:
                axis.set_major_locator(MaxNLocator(integer=True, steps=[1, 2, 5, 10]))
                axis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:.0f}"))
            elif lever.spec.kind == "ratio":  # a multiple of the average wage, not a percentage
                axis.set_major_locator(MaxNLocator(nbins="auto", steps=[1, 2, 2.5, 5, 10]))
                axis.set_major_formatter(FuncFormatter(
                    lambda v, _pos: written(f"{v:.3g}") + " ×"))
            else:
                axis.set_major_locator(MaxNLocator(nbins="auto", steps=[1, 2, 2.5, 5, 10]))
                axis.set_major_formatter(axis_formatter("percent"))

    @staticmethod
    def _limits(xs: np.ndarray, ys: np.ndarray, current, y_range: tuple[float, float],
                above: bool) -> tuple[tuple[float, float], tuple[float, float]]:
        """Frame the frontier and the current point, leaving room on the feasible side."""
        x_values = list(xs) + ([current[0]] if current is not None else [])
        y_values = list(ys[np.isfinite(ys)]) + ([current[1]] if current is not None else [])
        x_low, x_high = min(x_values), max(x_values)
        x_pad = 0.03 * (x_high - x_low) or 0.5
        if not y_values:
            return (x_low - x_pad, x_high + x_pad), y_range
        y_low, y_high = min(y_values), max(y_values)
        span = (y_high - y_low) or max(abs(y_high) * 0.1, 1.0 if y_range[1] > 1 else 0.01)
        low = max(y_range[0], y_low - (0.15 if above else 0.35) * span)
        high = min(y_range[1], y_high + (0.35 if above else 0.15) * span)
        if high <= low:
            low, high = y_range
        y_pad = 0.03 * (high - low)  # so that points on the ends of the range show whole
        return (x_low - x_pad, x_high + x_pad), (low - y_pad, high + y_pad)

    def _update_legend(self, has_line: bool, has_missing: bool, has_current: bool) -> None:
        key = (has_line, has_missing, has_current)
        if key == self._legend_key:
            return
        self._legend_key = key
        for legend in list(self.figure.legends):
            legend.remove()
        handles = [h for h, show in zip(self._legend_handles, (has_line, has_line, has_current, has_missing)) if show]
        if handles:
            self.figure.legend(handles=handles, loc="outside lower center", ncols=min(len(handles), 4),
                               frameon=False, fontsize="small")

    def save(self, path) -> None:
        """Write the chart as PNG, SVG or PDF (by the file's suffix)."""
        self.figure.savefig(path, dpi=150)
