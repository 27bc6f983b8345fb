"""The costing's ranked bars: what a basic pension would cost in each country, as % of GDP,
dearest on top, coloured by the World Bank income group, the value written at each bar's end.

Qt-free (the window embeds it, a script can save it). The bars are made once per list of
countries and changed in place (widths, labels, texts) when only the pension changes (a new
level, age or take-up over the same countries), so re-costing costs one redraw.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np
from matplotlib.axes import Axes
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.patches import Patch
from matplotlib.text import Text
from matplotlib.ticker import ScalarFormatter

from reform_studio.charts.formatters import percent
from reform_studio.i18n import QT_TRANSLATE_NOOP, translate
from reform_studio.i18n.numbers import number, written

# Income groups from the poorest, in a sequential palette (darkest = poorest); unclassified grey.
# The names are the World Bank's, marked for the catalogue: the legend says them in the language.
INCOME_COLOURS = {QT_TRANSLATE_NOOP("costing_chart", "Low income"): "#08306b",
                  QT_TRANSLATE_NOOP("costing_chart", "Lower middle income"): "#2171b5",
                  QT_TRANSLATE_NOOP("costing_chart", "Upper middle income"): "#6baed6",
                  QT_TRANSLATE_NOOP("costing_chart", "High income"): "#bdd7e7", "": "#9e9e9e"}
UNKNOWN = QT_TRANSLATE_NOOP("costing_chart", "n/a")
UNCLASSIFIED = QT_TRANSLATE_NOOP("costing_chart", "Not classified")
INCH_PER_BAR = 0.22  # a figure tall enough for every country's name to be legible
LEGEND_ROW_INCH = 0.2
LEGEND_MARGIN = 0.01  # of the figure's width, each side of the legend


class _DecimalFormatter(ScalarFormatter):
    """Matplotlib's own tick labels ("0.5", "1.0"; a few per cent, never grouped) with the
    language's decimal sign: "0,5" in French and Spanish."""

    def __call__(self, x, pos=None) -> str:
        return written(super().__call__(x, pos))


class CostingChart:
    """`update(names, values, income_groups, title)`: values in percent of GDP, ranked order."""

    def __init__(self, figure: Figure | None = None):
        self.figure = figure if figure is not None else Figure(figsize=(8, 5), layout="constrained")
        self.ax: Axes = self.figure.subplots()
        self._bars: BarContainer | None = None
        self._texts: list[Text] = []
        self.names: list[str] = []
        self.values = np.zeros(0)
        self.ax.set_xlabel(translate("costing_chart", "Cost of the basic pension, % of GDP"))
        self.ax.xaxis.set_major_formatter(_DecimalFormatter())
        self.ax.spines[["top", "right"]].set_visible(False)
        self.ax.grid(True, axis="x", color="#dddddd", linewidth=0.7)
        self.ax.set_axisbelow(True)
        self._legend: Legend | None = None
        self.legend_columns = len(INCOME_COLOURS)
        self.fit_legend()
        self._title = self.ax.set_title("", loc="left", fontweight="bold")

    def fit_legend(self) -> None:
        """The income groups under the chart in as many columns as the figure's width holds:
        one row where the names are short enough (English), two or three rows in French,
        where they are long ("Revenu intermédiaire, tranche inférieure"); never cut at the
        figure's edges. Again whenever the figure is resized."""
        renderer = getattr(self.figure.canvas, "get_renderer", lambda: None)()
        room = self.figure.bbox.width * (1 - 2 * LEGEND_MARGIN)
        for columns in range(len(INCOME_COLOURS), 0, -1):
            if self._legend is not None and self._legend.get_figure(root=False) is not None:
                self._legend.remove()
            self._legend = self.figure.legend(
                handles=[Patch(color=c, label=translate("costing_chart", g or UNCLASSIFIED)) for g, c in INCOME_COLOURS.items()],
                title=translate("costing_chart", "World Bank income group"), loc="outside lower center", ncols=columns,
                frameon=False, fontsize="small", title_fontsize="small")
            self.legend_columns = columns
            if renderer is None or self._legend.get_window_extent(renderer).width <= room:
                return

    def update(self, names: Sequence[str], values: Sequence[float], income_groups: Sequence[str],
               title: str) -> None:
        """Draw `values` (% of GDP, NaN where unknown) for `names`, first on top."""
        values = np.asarray(values, dtype=float)
        if len(names) != len(self.names):
            self._make_bars(len(names))
        self.names, self.values = list(names), values
        shown = np.nan_to_num(values)
        for bar, text, value, width, group in zip(self._bars, self._texts, values, shown, income_groups):
            bar.set_width(width)
            bar.set_color(INCOME_COLOURS.get(group, INCOME_COLOURS[""]))
            text.set_position((width, bar.get_y() + bar.get_height() / 2))
            text.set_text(f" {number(value, 2)}" if np.isfinite(value) else " " + translate("costing_chart", UNKNOWN))
        self.ax.set_yticks(range(len(names)), list(names))
        peak = max(float(shown.max()) if len(shown) else 0.0, 0.1)
        self.ax.set_xlim(0.0, peak * 1.15)  # room for the value written after the longest bar
        self.ax.set_ylim(len(names) - 0.5, -0.5)  # rank 1 on top
        self._title.set_text(title)
        self.fit_legend()
        self.figure.canvas.draw_idle()

    def _make_bars(self, count: int) -> None:
        if self._bars is not None:
            self._bars.remove()
            for text in self._texts:
                text.remove()
        self._bars = self.ax.barh(np.arange(count), np.zeros(count), height=0.72)
        self._texts = [self.ax.text(0.0, k, "", va="center", ha="left", fontsize="small") for k in range(count)]

    def preferred_height(self, dpi: float) -> int:
        """Pixels for every bar to have room for its name (the window scrolls beyond its own height)."""
        rows = -(-len(INCOME_COLOURS) // self.legend_columns) - 1  # the legend's rows beyond one
        return int((1.6 + LEGEND_ROW_INCH * rows + INCH_PER_BAR * max(len(self.names), 1)) * dpi)

    def readout(self, y: float | None) -> str:
        """The country under the pointer and its cost, for the status bar."""
        if y is None or not self.names:
            return ""
        k = int(round(y))
        if not 0 <= k < len(self.names):
            return ""
        value = self.values[k]
        return f"{k + 1}. {self.names[k]}: " + (translate("costing_chart", "{cost} of GDP").format(
            cost=percent(value / 100, 2)) if np.isfinite(value) else translate("costing_chart", "not known"))
