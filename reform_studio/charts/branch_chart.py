"""Branches stacked into a total, the baseline beside one reform (a `StackSpec`).

Side by side rather than overlaid: stacked areas of two scenarios on one axes hide each
other, while two panels on one value scale show both the total and its make-up. The
reform's panel also carries the baseline's total as a dashed line, so the change reads
without looking across. The filled areas, lines and titles are made once and changed in
place (`FillBetweenPolyCollection.set_data`), then one `draw_idle`.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from reform_studio.charts.fonts import fit_new_texts
from reform_studio.charts.formatters import axis_formatter, value_text
from reform_studio.charts.scenario_chart import ChartTable, Series, SeriesChart
from reform_studio.charts.specs import StackSpec, said
from reform_studio.charts.style import BASELINE_COLOUR
from reform_studio.engine.results import Projection
from reform_studio.i18n import QT_TRANSLATE_NOOP, translate

NO_REFORM = QT_TRANSLATE_NOOP("branch_chart", "Tick a reform to draw it beside the baseline.")
TITLE_CHARACTERS = 40  # a longer reform name is cut short over its panel (in full in read-outs and tables)


def short(name: str) -> str:
    return name if len(name) <= TITLE_CHARACTERS else name[:TITLE_CHARACTERS - 1].rstrip() + "…"


def layers(spec: StackSpec, projection: Projection) -> np.ndarray:
    """The stack's layers by year, shaped (area, year): each column, over `per` where given."""
    frame = projection.indicators
    values = np.array([frame[area.column].to_numpy(dtype=float) for area in spec.areas])
    if spec.per is None:
        return values
    per = frame[spec.per].to_numpy(dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(per != 0, values / per, np.nan)


class BranchChart(SeriesChart):
    """A Qt-free figure for one `StackSpec`: `update([baseline])` or `update([baseline, reform])`."""

    def __init__(self, spec: StackSpec, figure: Figure | None = None):
        self.spec = spec
        self.currency = ""  # stacks are shares or head counts; kept for the table's formatter
        self.figure = figure if figure is not None else Figure(figsize=(8, 5), layout="constrained")
        self.axes: list[Axes] = list(self.figure.subplots(1, 2, sharey=True))
        self._areas = [[ax.fill_between([], [], [], color=area.colour, linewidth=0, alpha=0.9)
                        for area in spec.areas] for ax in self.axes]
        self._baseline_total = Line2D([], [], color=BASELINE_COLOUR, linestyle="--", linewidth=1.4,
                                      label=translate("branch_chart", "Baseline total"), visible=False)
        self.axes[1].add_line(self._baseline_total)
        self._empty = self.axes[1].text(0.5, 0.5, translate("branch_chart", NO_REFORM), transform=self.axes[1].transAxes,
                                        ha="center", va="center", wrap=True, color="#555555")
        for ax in self.axes:
            ax.yaxis.set_major_formatter(axis_formatter(spec.kind))
            ax.grid(True, color="#dddddd", linewidth=0.7)
            ax.set_axisbelow(True)
            ax.spines[["top", "right"]].set_visible(False)
            ax.set_xlabel(translate("branch_chart", "Year"))
        # the scenario names: texts changed in place keep the presentation font scale
        self._titles = [ax.set_title("", loc="left", fontsize="medium", fontweight="bold") for ax in self.axes]
        self.axes[0].set_ylabel(said(spec.ylabel))
        self.figure.suptitle(said(spec.title), fontweight="bold")
        self._series: list[Series] = []
        self._layers: list[np.ndarray] = []
        self._legend_key: tuple = ()

    def update(self, series: Sequence[Series]) -> None:
        """Show the baseline (first) and at most one reform, and request one redraw."""
        if not 1 <= len(series) <= 2:
            raise ValueError(f"a stack shows the baseline and at most one reform, got {len(series)} scenarios")
        self._series = list(series)
        self._layers = [layers(self.spec, s.projection) for s in self._series]  # once per result, not per mouse move
        tops = []
        for slot, (ax, areas, title) in enumerate(zip(self.axes, self._areas, self._titles)):
            item = series[slot] if slot < len(series) else None
            for collection in areas:
                collection.set_visible(item is not None)
            title.set_text(short(item.label) if item else "")
            if item is None:
                continue
            years = item.projection.indicators.index.to_numpy(dtype=float)
            stacked = np.cumsum(np.nan_to_num(self._layers[slot]), axis=0)
            for collection, low, high in zip(areas, np.vstack([np.zeros_like(years), stacked[:-1]]), stacked):
                collection.set_data(years, low, high)
            title.set_color(item.colour)
            ax.set_xlim(years[0], years[-1])
            tops.append(stacked[-1])
        reform = len(series) > 1
        self._empty.set_visible(not reform)
        # an empty panel keeps only its notice: no ticks of an axis with nothing on it
        (self.axes[1].set_axis_on if reform else self.axes[1].set_axis_off)()
        self._baseline_total.set_visible(reform)
        if reform:
            self._baseline_total.set_data(series[0].projection.indicators.index.to_numpy(dtype=float), tops[0])
        highest = max(float(np.max(top)) for top in tops) if all(top.size for top in tops) else 0.0
        self.axes[0].set_ylim(0.0, highest * 1.08 if highest > 0 else 1.0)
        self._update_legend(reform)
        self.figure.canvas.draw_idle()

    def _in_use(self) -> list[bool]:
        """Which layers pay (or count) anything in a scenario drawn: only they get a legend entry."""
        return [any(np.nansum(np.abs(values[i])) > 0 for values in self._layers)
                for i in range(len(self.spec.areas))]

    def _update_legend(self, reform: bool) -> None:
        in_use = self._in_use()
        key = (tuple(in_use), reform)
        if key == self._legend_key:
            return
        self._legend_key = key
        for legend in list(self.figure.legends):
            legend.remove()
        handles = [Patch(color=area.colour, label=said(area.label)) for area, used in zip(self.spec.areas, in_use) if used]
        if reform:
            handles.append(self._baseline_total)
        legend = self.figure.legend(handles=handles, loc="outside lower center", ncols=min(len(handles), 5),
                                    frameon=False, fontsize="small")
        fit_new_texts(self.figure, legend)  # as large as the other texts in presentation mode

    def readout(self, axes: Axes | None, x: float | None) -> str:
        """The year under the mouse, then each layer and the total of the scenario hovered."""
        if axes not in self.axes or x is None or self.axes.index(axes) >= len(self._series):
            return ""
        slot = self.axes.index(axes)
        item = self._series[slot]
        year = int(round(x))
        index = item.projection.indicators.index
        if year not in index:
            return ""
        values = self._layers[slot][:, index.get_loc(year)]
        parts = [f"{said(area.label)}: {value_text(self.spec.kind, v)}" for area, v in zip(self.spec.areas, values)]
        total = value_text(self.spec.kind, float(np.nansum(values)))
        return " · ".join([f"{year} {item.label}", *parts, f"{said(self.spec.total)}: {total}"])

    def hover_text(self, event) -> str:
        return self.readout(event.inaxes, event.xdata)

    def table(self) -> ChartTable:
        """Every layer and the total by year, for each scenario drawn."""
        columns: dict[str, np.ndarray] = {}
        for item, values in zip(self._series, self._layers):
            for area, row in zip(self.spec.areas, values):
                columns[f"{said(area.label)} – {item.label}"] = row
            columns[f"{said(self.spec.total)} – {item.label}"] = np.nansum(values, axis=0)
        index = self._series[0].projection.indicators.index if self._series else pd.Index([])
        frame = pd.DataFrame(columns, index=pd.Index(index, name=translate("branch_chart", "Year")))
        return ChartTable(frame, (self.spec.kind,) * len(columns))

    def export_frame(self) -> pd.DataFrame:
        return self.table().export_frame(self.currency)

    def save(self, path) -> None:
        """Write the chart as PNG, SVG or PDF (by the file's suffix)."""
        self.figure.savefig(path, dpi=150)
