"""The tornado: how far each assumption, varied alone, moves one indicator of the current
reform, bars sorted by swing (the widest on top), with the baseline's range beside it.

Qt-free: embed `figure` in any canvas, or save it.
"""
from __future__ import annotations

import math

import numpy as np
from matplotlib.figure import Figure

from reform_studio.charts.style import BASELINE_COLOUR, REFORM_COLOURS
from reform_studio.engine.sensitivity import Sensitivity
from reform_studio.i18n import QT_TRANSLATE_NOOP, translate
from reform_studio.i18n.assumptions import label as label_of, setting
from reform_studio.i18n.numbers import number
from reform_studio.report import scenario_name

# name -> (label, unit, step after the base year or None, scale); label and unit marked for the catalogue
INDICATORS = {
    "gap": (QT_TRANSLATE_NOOP("tornado", "GAP"), QT_TRANSLATE_NOOP("tornado", "% of insurable wages"), None, 100.0),
    "depletion_year": (QT_TRANSLATE_NOOP("tornado", "Year the reserve runs out"), QT_TRANSLATE_NOOP("tornado", "year"),
                       None, 1.0),
    "payg_cost_rate": (QT_TRANSLATE_NOOP("tornado", "PAYG cost rate"), QT_TRANSLATE_NOOP("tornado", "% of the wage bill"),
                       50, 100.0),
    "reserve_ratio": (QT_TRANSLATE_NOOP("tornado", "Reserve ratio"), QT_TRANSLATE_NOOP("tornado", "years of spending"),
                      50, 1.0),
}
LOW_COLOUR, HIGH_COLOUR = "#9DC3E6", REFORM_COLOURS[0]
# the legend's names of the two settings of an assumption
SIDES = {"low": QT_TRANSLATE_NOOP("tornado", "low"), "high": QT_TRANSLATE_NOOP("tornado", "high")}


def indicator_label(result: Sensitivity, indicator: str) -> str:
    return indicator_text(indicator, result.base_year + INDICATORS[indicator][2]
                          if INDICATORS[indicator][2] is not None else None)


def indicator_text(indicator: str, year: int | None = None) -> str:
    """'PAYG cost rate in 2075 (% of the wage bill)' in the current language; without a year,
    '(+50 years)' where the indicator is read some years on."""
    label, unit, step, _ = INDICATORS[indicator]
    label, unit = translate("tornado", label), translate("tornado", unit)
    if step is None:
        return f"{label} ({unit})"
    if year is None:
        return translate("tornado", "{label} (+{step} years) ({unit})").format(label=label, step=step, unit=unit)
    return translate("tornado", "{label} in {year} ({unit})").format(label=label, year=year, unit=unit)


def _same(value: float, central: float) -> bool:
    """No visible effect: equal but for rounding."""
    return math.isclose(value, central, rel_tol=1e-9, abs_tol=1e-12)


class TornadoChart:
    """Horizontal bars from the central value to the low and the high setting, for the reform;
    the baseline's low-high range as a thin grey bar under each."""

    def __init__(self) -> None:
        self.figure = Figure(figsize=(8, 5), layout="constrained")
        self.axes = self.figure.subplots()

    def update(self, result: Sensitivity, scenario: int, indicator: str = "gap") -> None:
        label, _unit, step, scale = INDICATORS[indicator]
        label = translate("tornado", label)
        year = result.base_year + step if step is not None else None
        ax = self.axes
        ax.clear()
        rows = result.swings(scenario, indicator, year)
        central = result.central[scenario].value(indicator, year)
        base_rows = {test: (low, high) for test, low, high in result.swings(0, indicator, year)}
        ys = np.arange(len(rows))[::-1]
        missing, shown = [], [] if central is None else [central * scale]
        for y, (test, low, high) in zip(ys, rows):
            if low is None or high is None or central is None:
                missing.append(label_of(test.label))
                continue
            if _same(low, central) and _same(high, central):
                ax.annotate(translate("tornado", "no effect"), (central * scale, y + 0.1), fontsize=8, va="center", xytext=(4, 0),
                            textcoords="offset points", color="#666666")
            for value, colour, side in ((low, LOW_COLOUR, "low"), (high, HIGH_COLOUR, "high")):
                if _same(value, central):
                    continue
                ax.barh(y + 0.1, (value - central) * scale, left=central * scale, height=0.5, color=colour,
                        label=translate("tornado", SIDES[side]))
                ax.annotate(setting(test, side), (value * scale, y + 0.1), fontsize=8, va="center",
                            ha="left" if value > central else "right", xytext=(3 if value > central else -3, 0),
                            textcoords="offset points")
                shown.append(value * scale)
            b_low, b_high = base_rows[test]
            if scenario != 0 and b_low is not None and b_high is not None:
                ax.barh(y - 0.3, (b_high - b_low) * scale, left=b_low * scale, height=0.15, color=BASELINE_COLOUR,
                        alpha=0.5, label=translate("tornado", "baseline's range"))
                shown += [b_low * scale, b_high * scale]
        if shown:
            low_x, high_x = min(shown), max(shown)
            pad = 0.12 * (high_x - low_x or 1.0)
            ax.set_xlim(low_x - pad, high_x + pad)
        if central is not None:
            ax.axvline(central * scale, color="#444444", lw=1)
        ax.set_yticks(ys, [label_of(test.label) for test, _, _ in rows])
        ax.set_xlabel(indicator_label(result, indicator))
        name = scenario_name(result.names[scenario])
        ax.set_title(translate("tornado", "{name}: {indicator} with each assumption varied alone (central {value})").format(
            name=name, indicator=label, value="–" if central is None else number(central * scale, 1)),
            fontsize=10, loc="left")
        handles, labels = ax.get_legend_handles_labels()
        unique = dict(zip(labels, handles))
        if unique:
            ax.legend(unique.values(), unique.keys(), loc="lower right", fontsize=8, frameon=False)
        if missing:
            ax.text(0.99, 0.01, translate("tornado", "not reached within the horizon: {tests}").format(
                tests=", ".join(missing)), transform=ax.transAxes,
                    ha="right", va="bottom", fontsize=8, color="#666666")
        ax.grid(axis="x", alpha=0.3)
        self.figure.canvas.draw_idle()
