"""The fan chart: how wide the outcomes of the stochastic paths spread, for the baseline and one
reform, and how likely the reserve is to have run out by each year; and the key-figure
sentence ("a 1-in-20 chance that the reserve runs out before 2061").

Qt-free: embed `figure` in any canvas, or save it. The lines are made once and moved with
`set_data`; the bands (fill_between collections) are replaced, because a new fan comes from a
stochastic run of seconds, never from a slider drag.
"""
from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from reform_studio.charts.formatters import percent
from reform_studio.charts.style import BASELINE_COLOUR, REFORM_COLOURS
from reform_studio.engine.stochastic import PERCENTILES, Fan, Stochastic
from reform_studio.i18n import QT_TRANSLATE_NOOP, translate
from reform_studio.i18n.numbers import number
from reform_studio.report import scenario_name

# name -> (label, unit), marked for the catalogue; `indicator_text` says them in the language
INDICATORS = {"reserve_ratio": (QT_TRANSLATE_NOOP("fan_chart", "Reserve ratio"),
                                QT_TRANSLATE_NOOP("fan_chart", "years of spending")),
              "payg_cost_rate": (QT_TRANSLATE_NOOP("fan_chart", "PAYG cost rate"),
                                 QT_TRANSLATE_NOOP("fan_chart", "% of the wage bill")),
              "reserve_to_gdp": (QT_TRANSLATE_NOOP("fan_chart", "Reserve"), QT_TRANSLATE_NOOP("fan_chart", "% of GDP"))}
PERCENT_INDICATORS = ("payg_cost_rate", "reserve_to_gdp")
REFORM_COLOUR = REFORM_COLOURS[0]


def indicator_text(indicator: str, separator: str = " ") -> str:
    """'Reserve ratio (years of spending)' in the current language; `separator` "\n" puts the
    unit on a line of its own."""
    label, unit = INDICATORS[indicator]
    return f"{translate('fan_chart', label)}{separator}({translate('fan_chart', unit)})"


def depletion_sentence(fan: Fan, chance: float = 0.05, odds: str | None = None) -> str:
    """The key-figure sentence: the first year by which at least `chance` of the paths have run
    out of reserve, said as "a 1-in-20 chance that the reserve runs out before 2061" (`odds`,
    "1-in-N", names the chance; by default 1 in 1/`chance`)."""
    reached = np.flatnonzero(fan.probability_depleted >= chance)
    odds = int(odds.rsplit("-", 1)[-1]) if odds else round(1 / chance)
    if reached.size == 0:
        return translate("fan_chart", "{name}: less than a 1-in-{odds} chance that the reserve runs out before "
                         "{year}.").format(name=scenario_name(fan.name), odds=odds, year=int(fan.years[-1]) + 1)
    year = int(fan.years[reached[0]])
    return translate("fan_chart", "{name}: a 1-in-{odds} chance that the reserve runs out before {year}.").format(
        name=scenario_name(fan.name), odds=odds, year=year + 1)


class FanChart:
    """Bands p5-p95 and p25-p75 with the median, baseline in grey and the reform in colour, above a
    panel of the probability that the reserve has run out."""

    def __init__(self) -> None:
        self.figure = Figure(figsize=(8, 6), layout="constrained")
        self.axes, self.odds_axes = self.figure.subplots(2, 1, sharex=True, height_ratios=(3, 1.3))
        self._bands: list = []
        self._medians = [self.axes.plot([], [], color=colour, lw=2.2, label=label)[0]
                         for colour, label in ((BASELINE_COLOUR, translate("fan_chart", "Baseline")),
                                                    (REFORM_COLOUR, translate("fan_chart", "Reform")))]
        self._deterministic = [self.axes.plot([], [], color=colour, lw=1.0, ls="--")[0]
                               for colour in (BASELINE_COLOUR, REFORM_COLOUR)]
        self._odds = [self.odds_axes.plot([], [], color=colour, lw=2.0)[0]
                      for colour in (BASELINE_COLOUR, REFORM_COLOUR)]
        # said above the panel, where the figure's width gives it room: along the short panel's
        # side, "reserva agotada (proporción de trayectorias)" ran past the figure's edge
        self.odds_axes.set_title(translate("fan_chart", "reserve run out\n(share of paths)").replace("\n", " "),
                                 fontsize=10, loc="left")
        self.odds_axes.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: percent(v, 0)))
        self.odds_axes.set_ylim(0, 1)
        self.odds_axes.grid(alpha=0.3)
        self.axes.grid(alpha=0.3)
        self.odds_axes.xaxis.set_major_locator(MaxNLocator(integer=True))
        self.axes.axhline(0.0, color="#888888", lw=0.8)
        # the reserve usually falls from the left: the top right and bottom left are free
        self.text = self.axes.text(0.99, 0.98, "", transform=self.axes.transAxes, va="top", ha="right",
                                   fontsize=9, color="#444444")

    def update(self, result: Stochastic, reform: int | None, indicator: str = "reserve_ratio") -> None:
        """Draw the baseline (`result.fans[0]`) and, where given, `result.fans[reform]`."""
        for band in self._bands:
            band.remove()
        self._bands = []
        fans = [result.fans[0]] + ([result.fans[reform]] if reform else [])
        scale = 100.0 if indicator in PERCENT_INDICATORS else 1.0
        low = high = 0.0
        for k, fan in enumerate(fans):
            colour = (BASELINE_COLOUR, REFORM_COLOUR)[k]
            values = fan.percentiles[indicator] * scale
            years = fan.years
            outer = self.axes.fill_between(years, values[0], values[-1], color=colour, alpha=0.12, lw=0)
            inner = self.axes.fill_between(years, values[1], values[-2], color=colour, alpha=0.25, lw=0)
            self._bands += [outer, inner]
            self._medians[k].set_data(years, values[PERCENTILES.index(50)])
            self._medians[k].set_label(translate("fan_chart", "{name} (median)").format(name=scenario_name(fan.name)))
            self._deterministic[k].set_data(years, fan.deterministic[indicator] * scale)
            self._odds[k].set_data(years, fan.probability_depleted)
            finite = values[np.isfinite(values)]
            if finite.size:
                low, high = min(low, finite.min()), max(high, finite.max())
        for k in range(len(fans), 2):
            for line in (self._medians[k], self._deterministic[k], self._odds[k]):
                line.set_data([], [])
        name = translate("fan_chart", INDICATORS[indicator][0])
        # the unit on a line of its own, as in the panel below: in one line, a French or Spanish
        # label ran past its panel into the lower one's ("Coeficiente de reserva (años de gasto)")
        self.axes.set_ylabel(indicator_text(indicator, "\n"))
        self.axes.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: number(v, 0 if scale > 1 else 1)))
        pad = 0.05 * (high - low or 1.0)
        self.axes.set_ylim(low - pad, high + pad)
        self.axes.set_xlim(fans[0].years[0], fans[0].years[-1])
        self.axes.set_title(translate("fan_chart", "{name}: 5-95 % and 25-75 % of {paths} economic paths, median "
                                      "(dashed: deterministic)").format(name=name, paths=number(result.paths)),
                            fontsize=10, loc="left")
        handles = [h for h in self._medians if len(h.get_xdata())]
        self.axes.legend(handles=handles, loc="lower left", fontsize=9, frameon=False)
        self.text.set_text("\n".join(depletion_sentence(fan) for fan in fans))
        self.figure.canvas.draw_idle()
