"""Readable numbers for axes, tables and hover read-outs.

Every chart axis and every key figure goes through these few functions so that a number
reads the same on screen, in the exported image and in the copied table.
"""
from __future__ import annotations

import math
from typing import Callable

from matplotlib.ticker import FuncFormatter

Format = Callable[[float], str]

_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k"))


def _missing(value: float | None) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def percent(value: float | None, decimals: int = 1) -> str:
    """A fraction as a percentage: 0.153 -> '15.3 %'."""
    return "–" if _missing(value) else f"{value * 100:.{decimals}f} %"


def persons(value: float | None) -> str:
    """A head count in millions or thousands: 2_300_000 -> '2.30 m'."""
    if _missing(value):
        return "–"
    if abs(value) >= 1e6:
        return f"{value / 1e6:.2f} m"
    if abs(value) >= 1e3:
        return f"{value / 1e3:.0f} k"
    return f"{value:.0f}"


def money(value: float | None, currency: str = "") -> str:
    """An amount scaled to bn/m: 16.8e9 -> '16.8 bn KES'."""
    if _missing(value):
        return "–"
    suffix = f" {currency}" if currency else ""
    for scale, name in _SCALES:
        if abs(value) >= scale:
            return f"{value / scale:,.1f} {name}{suffix}"
    return f"{value:,.0f}{suffix}"


def points(value: float | None, decimals: int = 2) -> str:
    """A difference of two fractions in percentage points, signed: 0.0123 -> '+1.23 pp'; a
    difference that rounds to nothing reads '0.00 pp', never '-0.00 pp'."""
    if _missing(value):
        return "–"
    shown = round(value * 100, decimals)
    return f"{shown:+.{decimals}f} pp" if shown else f"{0:.{decimals}f} pp"


def years_of_expenditure(value: float | None) -> str:
    """The reserve ratio: reserve over a year's expenditure, in years; "depleted" once the
    reserve is negative (a debt over expenditure is no number of years of anything)."""
    if _missing(value):
        return "–"
    return "depleted" if value < 0 else f"{value:.1f} yrs"


def year(value: float | None) -> str:
    return "never" if _missing(value) else f"{int(value)}"


def axis_formatter(kind: str, currency: str = "") -> FuncFormatter:
    """Tick labels for a value axis of the given `kind` (see `AXIS_KINDS`)."""
    return FuncFormatter(lambda v, _pos: _tick(kind, v, currency))


def _tick(kind: str, value: float, currency: str) -> str:
    if kind == "percent":
        return f"{value * 100:.3g} %"
    if kind == "pp":
        return f"{value * 100:+.3g} pp" if round(value * 100, 6) else "0"
    if kind == "persons":
        return f"{value / 1e6:.3g} m" if abs(value) >= 1e5 or value == 0 else f"{value / 1e3:.3g} k"
    if kind == "money":
        for scale, name in _SCALES[:3]:
            if abs(value) >= scale:
                return f"{value / scale:,.4g} {name}"
        return f"{value:,.0f}"
    if kind == "years":
        return f"{value:.3g}"
    return f"{value:.3g}"


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
