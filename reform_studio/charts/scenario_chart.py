"""A chart of indicators by year for the baseline and up to four reforms.

The Line2D artists are made once (one per panel line and scenario slot) and then updated
in place. They are "animated": a full draw renders axes, ticks and legends, keeps that
image as a background and draws the lines over it; a slider move whose lines still fit the
axes only restores the background and redraws the lines (blitting), which is several times
cheaper than redrawing ticks and text. When the lines leave the axes, or the legend
changes, the chart rescales and asks for one `draw_idle`.

During a burst of updates (a slider drag: `holding`), the limits never shrink and, where a
line leaves them, grow with `HEADROOM` to spare, so the next moves stay blits; `settle()`
after the burst fits them tightly again (one full redraw, only where that changes them).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import MaxNLocator

from reform_studio.charts.fonts import fit_new_texts
from reform_studio.charts.formatters import axis_formatter, value_text
from reform_studio.charts.specs import DERIVED, ChartSpec, LineSpec, PanelSpec, said
from reform_studio.charts.style import BASELINE_WIDTH, MAX_SHOWN_REFORMS, REFORM_WIDTH
from reform_studio.engine.results import Projection
from reform_studio.i18n import translate

SLOTS = 1 + MAX_SHOWN_REFORMS
HEADROOM = 0.25  # of the lines' span, added on the side a line left while the limits are held
# the least span of a difference chart's axes, by unit kind: a difference of nothing is drawn
# flat in the middle, not blown up to fill the panel (a change of 0.0001 pp is no change)
DIFFERENCE_FLOOR = {"pp": 0.001, "percent": 0.001, "persons": 1000.0, "money": 1000.0, "years": 0.1}


@dataclass(frozen=True)
class Series:
    """One scenario to draw: its label, colour and results; with a `reference`, the difference
    of its results from the reference's ("A − B", for a difference chart)."""

    label: str
    colour: str
    projection: Projection
    reference: Projection | None = None


@dataclass(frozen=True)
class ChartTable:
    """The numbers a chart shows, one column per line and scenario, with each column's unit kind."""

    frame: pd.DataFrame
    kinds: tuple[str, ...]

    def export_frame(self, currency: str = "") -> pd.DataFrame:
        """The table as a spreadsheet wants it: percentages as percent, the unit in each header."""
        frame = self.frame.copy()
        units = {"percent": "%", "money": currency or translate("scenario_chart", "currency"),
                 "persons": translate("scenario_chart", "persons"), "years": translate("scenario_chart", "years"),
                 "pp": translate("formatters", "pp")}
        for column, kind in zip(self.frame.columns, self.kinds):
            if kind in ("percent", "pp"):
                frame[column] = frame[column] * 100
        frame.columns = [f"{column} ({units.get(kind, kind)})" for column, kind in zip(frame.columns, self.kinds)]
        return frame


def _ylabel(panel: PanelSpec, currency: str) -> str:
    return said(panel.ylabel).format(currency=currency or translate("scenario_chart", "currency"))


def line_values(line: LineSpec, projection: Projection, drawn: bool = False) -> np.ndarray:
    """The y values of one line: an indicator column (or one computed from them, `DERIVED`),
    or a summary constant over all years. `drawn`: as on the chart, where a line that ends at
    depletion is NaN from the first year the reserve is negative (tables keep every value and
    write "depleted")."""
    frame = projection.indicators
    if line.summary is not None:
        value = projection.summary.get(line.summary)
        return np.full(len(frame.index), np.nan if value is None else float(value))
    if line.column in DERIVED:
        values = DERIVED[line.column](frame).to_numpy(dtype=float)
    else:
        values = frame[line.column].to_numpy(dtype=float)
    if drawn and line.until_depletion and "reserve" in frame:
        values = values.copy()
        values[frame["reserve"].to_numpy(dtype=float) < 0] = np.nan
    return values


def series_values(line: LineSpec, item: Series, drawn: bool = False) -> np.ndarray:
    """The y values of one line for one series: its projection's, or where the series has a
    reference, the difference from the reference's, year by year."""
    values = line_values(line, item.projection, drawn)
    if item.reference is None:
        return values
    return values - line_values(line, item.reference, drawn)


class SeriesChart:
    """What every chart of scenarios answers, whatever it draws: the series it shows now."""

    _series: list[Series]

    @property
    def series(self) -> list[Series]:
        return list(self._series)

    @property
    def has_data(self) -> bool:
        return bool(self._series)


class ScenarioChart(SeriesChart):
    """A Qt-free matplotlib figure for one `ChartSpec`; embed `figure` in any canvas."""

    def __init__(self, spec: ChartSpec, currency: str = "", figure: Figure | None = None, nominal: bool = False):
        self.spec = spec
        self.currency = currency
        self.nominal = nominal and self.has_nominal
        self.figure = figure if figure is not None else Figure(figsize=(8, 5), layout="constrained")
        count = len(spec.panels)
        grid = self.figure.subplots(-(-count // spec.columns), spec.columns, sharex=True, squeeze=False).ravel()
        for spare in grid[count:]:
            spare.remove()
        self.axes: list[Axes] = list(grid[:count])
        self._lines: list[list[list[Line2D]]] = []  # [panel][line][slot]
        self._series: list[Series] = []
        self._legend_key: tuple = ()
        for ax, panel in zip(self.axes, self.panels):
            ax.set_ylabel(_ylabel(panel, currency))
            if panel.title:
                ax.set_title(said(panel.title), loc="left", fontsize="medium")
            ax.yaxis.set_major_formatter(axis_formatter(panel.kind, currency))
            ax.grid(True, color="#dddddd", linewidth=0.7)
            ax.spines[["top", "right"]].set_visible(False)
            if panel.zero_line:
                ax.axhline(0.0, color="#888888", linewidth=0.8)
            self._lines.append([
                [ax.plot([], [], linestyle=line.style, visible=False, animated=True)[0]
                 for _slot in range(SLOTS)]
                for line in panel.lines])
            if len(panel.lines) > 1:
                # a difference's lines start at zero and go either way: no corner is always free
                ax.legend(handles=[Line2D([], [], color="#555555", linestyle=line.style, label=said(line.label))
                                   for line in panel.lines], loc="best" if spec.difference else "upper left",
                          fontsize="small", frameon=False, handlelength=1.5 if spec.columns > 1 else 2.0)
        self.set_currency(currency)
        for ax in self.axes[-spec.columns:]:  # the bottom row
            ax.set_xlabel(translate("scenario_chart", "Year"))
        if spec.columns > 1:  # narrow panels: no year at the left edge, where it would meet the lowest value
            self.axes[0].xaxis.set_major_locator(MaxNLocator(nbins="auto", steps=[1, 2, 2.5, 5, 10], integer=True,
                                                             prune="lower"))
        self.figure.suptitle(said(spec.title), fontweight="bold")
        self._background = None
        self.holding = False  # a burst of updates: limits only grow, with headroom (see `settle`)
        self.frames = 0  # completed renders (full draws and blits), for tests and benchmarks
        self.figure.canvas.mpl_connect("draw_event", self._on_draw)

    @property
    def has_nominal(self) -> bool:
        """Whether some panel can be shown in nominal currency instead (the reserve)."""
        return any(panel.nominal is not None for panel in self.spec.panels)

    @property
    def panels(self) -> list[PanelSpec]:
        """The panels as drawn now: a panel's nominal variant where nominal amounts are asked for."""
        return [panel.nominal if self.nominal and panel.nominal is not None else panel
                for panel in self.spec.panels]

    def set_currency(self, currency: str) -> None:
        """Label money axes with the scheme's currency."""
        self.currency = currency
        for ax, panel in zip(self.axes, self.panels):
            ax.set_ylabel(_ylabel(panel, currency))
            ax.yaxis.set_major_formatter(axis_formatter(panel.kind, currency))
        self.figure.canvas.draw_idle()

    def set_nominal(self, on: bool) -> None:
        """Show the panels that have one in nominal currency (`on`) or in their default unit
        (% of GDP for the reserve); redraws the series shown."""
        on = on and self.has_nominal
        if on == self.nominal:
            return
        self.nominal = on
        for ax, panel in zip(self.axes, self.panels):
            if panel.title:
                ax.set_title(said(panel.title), loc="left", fontsize="medium")
        self.set_currency(self.currency)
        for ax in self.axes:
            ax.set_ylim(auto=True)
            ax.set_xlim(0.0, 1.0)  # forces `_fit` to rescale from the new values
        if self._series:
            self.update(self._series)

    def update(self, series: Sequence[Series]) -> None:
        """Show these scenarios (the first is the baseline) and request one redraw."""
        if len(series) > SLOTS:
            raise ValueError(f"at most {SLOTS} scenarios can be drawn at once, got {len(series)}")
        self._series = list(series)
        for panel_lines, panel in zip(self._lines, self.panels):
            for slot_lines, line in zip(panel_lines, panel.lines):
                for slot, artist in enumerate(slot_lines):
                    if slot < len(series):
                        item = series[slot]
                        artist.set_data(item.projection.indicators.index.to_numpy(),
                                        series_values(line, item, drawn=True))
                        artist.set_color(item.colour)
                        artist.set_linewidth(self._width(slot))
                        artist.set_zorder(3 if slot == 0 else 2)
                        artist.set_visible(True)
                    else:
                        artist.set_visible(False)
        rescaled = [self._fit(ax, panel.kind) for ax, panel in zip(self.axes, self.panels)]
        if self._update_legend() or any(rescaled) or not self._blit():
            self.figure.canvas.draw_idle()

    def _width(self, slot: int) -> float:
        """The baseline's lines are thick (found at a glance); a difference is no baseline."""
        return BASELINE_WIDTH if slot == 0 and not self.spec.difference else REFORM_WIDTH

    def hold_limits(self, on: bool = True) -> None:
        """While `on`, updates never shrink the axes' limits and grow them with headroom."""
        self.holding = on

    def settle(self) -> bool:
        """The burst is over: fit the limits tightly again where they are now too wide (or
        lines left them); True (and one redraw requested) where any changed."""
        self.holding = False
        if not self._series:
            return False
        rescaled = [self._fit(ax, panel.kind) for ax, panel in zip(self.axes, self.panels)]
        if any(rescaled):
            self.figure.canvas.draw_idle()
        return any(rescaled)

    def artists(self) -> list[Line2D]:
        """Every scenario line (visible or not), panel by panel."""
        return [a for panel in self._lines for slot_lines in panel for a in slot_lines]

    def _fit(self, ax: Axes, kind: str) -> bool:
        """Rescale `ax` when its lines left the view or fill less than half of it. Rates and
        head counts that are never negative are drawn from zero, so their size reads right."""
        visible = [a for a in ax.get_lines() if a.get_animated() and a.get_visible()]
        ys = [np.asarray(a.get_ydata(), dtype=float) for a in visible]
        ys = [y[np.isfinite(y)] for y in ys]
        ys = [y for y in ys if y.size]
        if not ys:
            return False
        low, high = min(float(y.min()) for y in ys), max(float(y.max()) for y in ys)
        if self.spec.difference:  # a difference is read against no change
            low, high = min(low, 0.0), max(high, 0.0)
        view_low, view_high = ax.get_ylim()
        xs = np.asarray(visible[0].get_xdata(), dtype=float)
        x_fits = tuple(ax.get_xlim()) == (float(xs[0]), float(xs[-1])) if xs.size else True
        # from zero, so their size reads right; a difference keeps a margin below zero, where
        # the zero line (no change) shows
        from_zero = low >= 0 and kind in ("percent", "persons") and not self.spec.difference
        bottom = 0.0 if from_zero else low
        floor = DIFFERENCE_FLOOR.get(kind, 0.0) if self.spec.difference else 0.0
        span = max(high - bottom, abs(high) * 1e-6, 1e-12, floor)
        inside = view_low <= bottom and high <= view_high and view_high - view_low >= floor
        if x_fits and inside and (self.holding or span >= 0.5 * (view_high - view_low)):
            return False
        if x_fits and self.holding:  # grow only, past the lines by a margin the next moves use
            pad = HEADROOM * span
            grown_low = bottom if from_zero else bottom - pad
            ax.set_ylim(min(view_low, grown_low), max(view_high, high + pad), auto=None)
            return True
        ax.relim(visible_only=True)
        ax.autoscale_view()
        if high - low < floor:  # (almost) no difference: flat at zero, in the middle
            ax.set_ylim(-1.1 * floor, 1.1 * floor, auto=None)
        elif from_zero:
            ax.set_ylim(0.0, ax.get_ylim()[1], auto=None)  # keep autoscaling for the next rescale
        if xs.size:
            ax.set_xlim(float(xs[0]), float(xs[-1]))
        return True

    def _on_draw(self, _event) -> None:
        canvas = self.figure.canvas
        if not hasattr(canvas, "copy_from_bbox"):  # a vector export draws the lines itself
            return
        self._background = canvas.copy_from_bbox(self.figure.bbox)
        self._draw_lines()
        self.frames += 1

    def _draw_lines(self) -> None:
        for ax, panel in zip(self.axes, self._lines):
            for slot_lines in panel:
                for artist in slot_lines:
                    if artist.get_visible():
                        ax.draw_artist(artist)

    def _blit(self) -> bool:
        """Redraw only the lines over the saved background; False where that is not possible."""
        canvas = self.figure.canvas
        if self._background is None or not getattr(canvas, "supports_blit", False):
            return False
        canvas.restore_region(self._background)
        self._draw_lines()
        canvas.blit(self.figure.bbox)
        self.frames += 1
        return True

    def _update_legend(self) -> bool:
        key = tuple((s.label, s.colour) for s in self._series)
        if key == self._legend_key:
            return False
        self._legend_key = key
        for legend in list(self.figure.legends):
            legend.remove()
        if self._series:
            handles = [Line2D([], [], color=s.colour, linewidth=self._width(i), label=s.label)
                       for i, s in enumerate(self._series)]
            legend = self.figure.legend(handles=handles, loc="outside lower center", ncols=min(len(handles), 3),
                                        frameon=False, fontsize="small")
            fit_new_texts(self.figure, legend)  # as large as the other texts in presentation mode
        return True

    def readout(self, axes: Axes | None, x: float | None) -> str:
        """A one-line description of the values under the mouse: year, then each scenario."""
        if axes not in self.axes or x is None or not self._series:
            return ""
        year = int(round(x))
        panel = self.panels[self.axes.index(axes)]
        parts = [str(year)]
        for line in panel.lines:
            values = []
            for item in self._series:
                frame = item.projection.indicators
                if year not in frame.index:
                    return ""
                row = frame.index.get_loc(year)
                values.append(f"{item.label} {value_text(panel.kind, series_values(line, item)[row], self.currency)}")
            parts.append(f"{said(line.label)}: " + ", ".join(values))
        return " · ".join(parts)

    def hover_text(self, event) -> str:
        """The read-out for a matplotlib mouse event."""
        return self.readout(event.inaxes, event.xdata)

    def table(self) -> ChartTable:
        """Every number drawn, by year: one column per panel line and scenario."""
        columns: dict[str, np.ndarray] = {}
        kinds: list[str] = []
        index = self._series[0].projection.indicators.index if self._series else pd.Index([], name="year")
        for panel in self.panels:
            for line in panel.lines:
                for item in self._series:
                    columns[f"{said(line.label)} – {item.label}"] = series_values(line, item)
                    kinds.append(panel.kind)
        frame = pd.DataFrame(columns, index=pd.Index(index, name=translate("scenario_chart", "Year")))
        return ChartTable(frame, tuple(kinds))

    def export_frame(self) -> pd.DataFrame:
        return self.table().export_frame(self.currency)

    def save(self, path) -> None:
        """Write the chart as PNG, SVG or PDF (by the file's suffix).

        `savefig` skips animated artists, so the lines are made ordinary for the export.
        """
        lines = self.artists()
        for artist in lines:
            artist.set_animated(False)
        try:
            self.figure.savefig(path, dpi=150)
        finally:
            for artist in lines:
                artist.set_animated(True)
            self.figure.canvas.draw_idle()
