"""Readable numbers for axes, tables and hover read-outs.

Every chart axis and every key figure goes through these few functions so that a number
reads the same on screen, in the exported image and in the copied table.
"""
from __future__ import annotations

import math
from typing import Callable

from matplotlib.ticker import FuncFormatter

from reform_studio.i18n import SOURCE_LANGUAGE, language, translate
from reform_studio.i18n.numbers import NBSP, conventions, number, written

Format = Callable[[float], str]


def _missing(value: float | None) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def with_unit(figure: str, unit: str) -> str:
    """A figure and its unit: a space in English as the product always wrote it, a no-break
    space in French and Spanish (the unit never wraps away from its number)."""
    return figure + (" " if language() == SOURCE_LANGUAGE else NBSP) + unit


def _scale(value: float, smallest: float = 1e3, largest: float = 1e12) -> tuple[float, str]:
    """The language's word for the largest power of a thousand `value` reaches (in `smallest`
    to `largest`): 'bn' in English, 'Md' in French, 'mil M' in Spanish for 10^9 (numbers.py)."""
    for scale, name in conventions().scales:
        if smallest <= scale <= largest and abs(value) >= scale:
            return scale, name
    return 1.0, ""


def signed(value: float, decimals: int) -> str:
    """A change, always with its sign ('+0.0', '-1.5'; '+1,5' in French), as the key figures
    write changes."""
    return written(f"{value:+,.{decimals}f}")


def percent(value: float | None, decimals: int = 1) -> str:
    """A fraction as a percentage: 0.153 -> '15.3 %', '15,3 %'."""
    if _missing(value):
        return "–"
    return number(value * 100, decimals) + conventions().percent + "%"


def persons(value: float | None) -> str:
    """A head count in millions or thousands: 2_300_000 -> '2.30 m', '2,30 M'."""
    if _missing(value):
        return "–"
    if abs(value) >= 1e6:
        return with_unit(number(value / 1e6, 2), _scale(1e6, 1e6, 1e6)[1])
    if abs(value) >= 1e3:
        return with_unit(number(value / 1e3, 0), _scale(1e3, 1e3, 1e3)[1])
    return number(value, 0)


def money(value: float | None, currency: str = "") -> str:
    """An amount scaled: 16.8e9 -> '16.8 bn KES', '16,8 Md KES', '16,8 mil M KES'."""
    if _missing(value):
        return "–"
    scale, name = _scale(value)
    figure = number(value / scale, 1) if name else number(value, 0)
    text = with_unit(figure, name) if name else figure
    return with_unit(text, currency) if currency else text


def points(value: float | None, decimals: int = 2) -> str:
    """A difference of two fractions in percentage points, signed: 0.0123 -> '+1.23 pp'; a
    difference that rounds to nothing reads '0.00 pp', never '-0.00 pp'."""
    if _missing(value):
        return "–"
    shown = round(value * 100, decimals)
    unit = translate("formatters", "pp")
    return with_unit(("+" if shown > 0 else "") + number(shown, decimals), unit) if shown else with_unit(
        number(0, decimals), unit)


def years_of_expenditure(value: float | None) -> str:
    """The reserve ratio: reserve over a year's expenditure, in years; "depleted" once the
    reserve is negative (a debt over expenditure is no number of years of anything)."""
    if _missing(value):
        return "–"
    return translate("formatters", "depleted") if value < 0 else with_unit(number(value, 1),
                                                                        translate("formatters", "yrs"))


def year(value: float | None) -> str:
    return translate("formatters", "never") if _missing(value) else f"{int(value)}"


def axis_formatter(kind: str, currency: str = "") -> FuncFormatter:
    """Tick labels for a value axis of the given `kind` (see `AXIS_KINDS`), in the language
    current when the tick is drawn: '12,5 %' in French."""
    return FuncFormatter(lambda v, _pos: _tick(kind, v, currency))


def _tick(kind: str, value: float, currency: str) -> str:
    if kind == "percent":
        return written(f"{value * 100:.3g}") + conventions().percent + "%"
    if kind == "pp":
        return with_unit(written(f"{value * 100:+.3g}"), translate("formatters", "pp")) if round(value * 100, 6) else "0"
    if kind == "persons":
        if abs(value) >= 1e5 or value == 0:
            return with_unit(written(f"{value / 1e6:.3g}"), _scale(1e6, 1e6, 1e6)[1])
        return with_unit(written(f"{value / 1e3:.3g}"), _scale(1e3, 1e3, 1e3)[1])
    if kind == "money":
        scale, name = _scale(value, 1e6)
        scaled = value / scale  # beyond the language's largest word (French Md): whole numbers
        return with_unit(written(f"{scaled:,.4g}" if abs(scaled) < 1e4 else f"{scaled:,.0f}"), name) if name else written(
            f"{value:,.0f}")
    return written(f"{value:.3g}")


VALUE_FORMATS: dict[str, Callable[..., str]] = {
    "percent": percent,
    "pp": points,
    "persons": persons,
    "money": money,
    "years": years_of_expenditure,
}


def value_text(kind: str, value: float | None, currency: str = "") -> str:
    """One value with its unit, as shown in read-outs and tables."""
    if kind == "money":
        return money(value, currency)
    return VALUE_FORMATS[kind](value)
