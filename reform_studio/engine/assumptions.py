"""Assumption variants: the same scheme under other economic or demographic assumptions.

A variant is data (a reform file's `assumptions` block, a sensitivity test, the window's
Assumptions panel) and `apply` turns it into another immutable `Scheme`, so the projection
itself never learns about variants and a variant equals the workbook edited by hand:

- `shift` adds to the rate's path in every year (`real_wage_growth`, `investment_return`,
  `inflation`, `unemployment_rate`);
- `tfr.factor` multiplies the TFR path, `net_migration.factor` multiplies `NM(t)`;
- `mortality.factor` multiplies every `q[s, x, t]`, capped at 1.
"""
from __future__ import annotations

import math
import weakref
from dataclasses import dataclass, fields, replace
from types import MappingProxyType
from typing import Any

import numpy as np

from reform_studio.engine.demography import mortality_rates
from reform_studio.engine.errors import InputError, Problem
from reform_studio.engine.scheme import Scheme, YearPath, frozen_array
from reform_studio.engine.sentences import QT_TRANSLATE_NOOP, Sentence, figure, word

SHIFTS = ("real_wage_growth", "investment_return", "inflation", "unemployment_rate")
FACTORS = ("tfr", "mortality", "net_migration")
NAMES = SHIFTS + FACTORS
SHIFT_LIMIT = 0.5  # ±50 points: beyond it a shift is a typing slip (1 for 0.01)
FACTOR_LIMIT = 10.0
LABELS = {"real_wage_growth": "real wage growth", "investment_return": "investment return",
          "inflation": "inflation", "unemployment_rate": "unemployment rate", "tfr": "fertility (TFR)",
          "mortality": "mortality", "net_migration": "net migration"}
VARIANTS_KEPT = 32  # varied schemes cached per scheme (each keeps its demography and economy)


@dataclass(frozen=True)
class Assumptions:
    """Shifts (added, fractions per year) and factors (multiplied); the defaults change nothing."""

    real_wage_growth: float = 0.0
    investment_return: float = 0.0
    inflation: float = 0.0
    unemployment_rate: float = 0.0
    tfr: float = 1.0
    mortality: float = 1.0
    net_migration: float = 1.0

    @property
    def is_default(self) -> bool:
        return self == Assumptions()

    def changed(self) -> dict[str, float]:
        """The assumptions that differ from the workbook's, by name."""
        default = Assumptions()
        return {f.name: getattr(self, f.name) for f in fields(self)
                if getattr(self, f.name) != getattr(default, f.name)}

    def combined(self, other: "Assumptions") -> "Assumptions":
        """Both variants at once: shifts add, factors multiply."""
        values = {name: getattr(self, name) + getattr(other, name) for name in SHIFTS}
        values.update({name: getattr(self, name) * getattr(other, name) for name in FACTORS})
        return Assumptions(**values)

    def to_dict(self) -> dict[str, dict[str, float]]:
        """The file form, with only the assumptions that change something."""
        return {name: {"shift" if name in SHIFTS else "factor": value} for name, value in self.changed().items()}

    def describe(self) -> str:
        """A short label such as 'inflation +1.0 pt, mortality ×0.85' ('as in the workbook')."""
        parts = [f"{LABELS[name]} {value * 100:+.1f} pt" if name in SHIFTS else f"{LABELS[name]} ×{value:g}"
                 for name, value in self.changed().items()]
        return ", ".join(parts) or "as in the workbook"

    @classmethod
    def from_dict(cls, data: Any) -> "Assumptions":
        """A reform file's `assumptions` block; every faulty entry is named in one InputError."""
        if not isinstance(data, dict):
            raise InputError(Problem(Sentence(
                QT_TRANSLATE_NOOP("engine", "'assumptions' must be an object of assumption name to setting"))))
        problems: list[Problem] = []
        values: dict[str, float] = {}
        for name, raw in data.items():
            if name not in NAMES:
                problems.append(Problem(Sentence(
                    QT_TRANSLATE_NOOP("engine", "unknown assumption {name} (known: {known})"),
                    name=f"{name!r:.60}", known=", ".join(NAMES))))
                continue
            key = "shift" if name in SHIFTS else "factor"
            if not isinstance(raw, dict) or set(raw) != {key}:
                problems.append(Problem(Sentence(
                    QT_TRANSLATE_NOOP("engine", 'assumption \'{name}\' must be {{"{key}": number}}'),
                    name=name, key=key)))
                continue
            value = raw[key]
            low, high = (-SHIFT_LIMIT, SHIFT_LIMIT) if key == "shift" else (0.0, FACTOR_LIMIT)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
                    or not low <= value <= high:
                problems.append(Problem(Sentence(
                    QT_TRANSLATE_NOOP("engine", "assumption '{name}': {key} must be a number from {low} to {high}, "
                                                "not {value}"),
                    name=name, key=key, low=figure(low), high=figure(high), value=f"{value!r:.40}")))
                continue
            values[name] = float(value)
        if problems:
            raise InputError(problems)
        return cls(**values)


def _shifted(path: YearPath, shift: float) -> YearPath:
    return path if shift == 0 else YearPath(path.years, tuple(v + shift for v in path.values))


def _scaled(path: YearPath, factor: float) -> YearPath:
    return path if factor == 1 else YearPath(path.years, tuple(v * factor for v in path.values))


def _check_rates(scheme: Scheme, assumptions: Assumptions) -> None:
    """Refuse a shift that takes a rate where the model has no meaning (1 + rate ≤ 0, an
    unemployment rate outside 0..1), naming the assumption and the first such year."""
    problems = []
    years = scheme.years
    for name in SHIFTS:
        if getattr(assumptions, name) == 0:
            continue
        path = getattr(scheme, name).at(years)
        bad = (path < 0) | (path >= 1) if name == "unemployment_rate" else path <= -1
        if bad.any():
            k = int(np.argmax(bad))
            template = (
                QT_TRANSLATE_NOOP("engine", "assumption '{name}': the shift {shift} takes the {label} to {value} in "
                                            "{year}, outside what the model can use (0 to below 1)")
                if name == "unemployment_rate" else
                QT_TRANSLATE_NOOP("engine", "assumption '{name}': the shift {shift} takes the {label} to {value} in "
                                            "{year}, outside what the model can use (above -1)"))
            problems.append(Problem(Sentence(template, name=name, shift=figure(getattr(assumptions, name), "+g"),
                                             label=word(LABELS[name], "assumptions"), value=figure(path[k]),
                                             year=int(years[k]))))
    if problems:
        raise InputError(problems)


def _mortality(scheme: Scheme, factor: float) -> dict[str, Any]:
    """Every projection year made an anchor holding `min(1, factor · q)`, so that the varied
    scheme's `q[s, x, t]` is exactly the capped product (interpolating between capped anchors
    would not be)."""
    years = scheme.years
    q = np.minimum(1.0, mortality_rates(scheme, years) * factor)
    anchors = {int(year): frozen_array(q[k]) for k, year in enumerate(years[1:], start=1)}
    return {"qx": frozen_array(q[0]), "qx_by_year": MappingProxyType(anchors)}


def varied(scheme: Scheme, assumptions: Assumptions) -> Scheme:
    """The scheme under `assumptions`; the scheme itself where they change nothing.

    Made for the scheme's horizon: change the horizon first, then vary.
    """
    if assumptions.is_default:
        return scheme
    changes: dict[str, Any] = {name: _shifted(getattr(scheme, name), getattr(assumptions, name)) for name in SHIFTS}
    _check_rates(replace(scheme, **changes), assumptions)
    changes["net_migration"] = _scaled(scheme.net_migration, assumptions.net_migration)
    if assumptions.tfr != 1:
        if scheme.tfr is not None:
            changes["tfr"] = _scaled(scheme.tfr, assumptions.tfr)
        else:
            changes["tfr_start"] = scheme.tfr_start * assumptions.tfr
            changes["tfr_target"] = scheme.tfr_target * assumptions.tfr
    if assumptions.mortality != 1:
        changes.update(_mortality(scheme, assumptions.mortality))
    return replace(scheme, **changes)


_VARIANTS: "weakref.WeakKeyDictionary[Scheme, dict[Assumptions, Scheme]]" = weakref.WeakKeyDictionary()


def apply(scheme: Scheme, assumptions: Assumptions) -> Scheme:
    """`varied`, kept per scheme: the window re-projects one variant on every slider move, and
    the engine's demography and economy are cached on the varied scheme object."""
    if assumptions.is_default:
        return scheme
    kept = _VARIANTS.setdefault(scheme, {})
    result = kept.pop(assumptions, None)
    if result is None:
        result = varied(scheme, assumptions)
    kept[assumptions] = result  # most recently used last
    while len(kept) > VARIANTS_KEPT:
        del kept[next(iter(kept))]
    return result
