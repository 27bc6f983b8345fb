"""Projections as the command line shows and writes them: a text table in the current language
and the spec's JSON (whose names and numbers are the spec's, in any language)."""
from __future__ import annotations

import math
from typing import Any, Sequence

import numpy as np

from reform_studio.engine.reform import Reform
from reform_studio.engine.results import INDICATORS, Projection
from reform_studio.i18n import translate
from reform_studio.i18n.numbers import number, percent

WHOLE_NUMBERS = {"year", "pensionable_age_male", "pensionable_age_female"}
MILESTONES = (25, 50, 75)


def _number(value: float, whole: bool) -> Any:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return None
    return int(value) if whole else float(value)


def scenario_json(projection: Projection) -> dict[str, Any]:
    """One scenario in the spec-10 layout; NaN and infinity become null."""
    frame = projection.indicators
    indicators: dict[str, list] = {"year": [int(y) for y in frame.index]}
    for name in INDICATORS[1:]:
        whole = name in WHOLE_NUMBERS
        indicators[name] = [_number(v, whole) for v in frame[name].to_numpy(dtype=float)]
    gap = projection.summary.get("gap")
    return {"name": projection.name, "indicators": indicators,
            "summary": {"gap": _number(gap, False) if gap is not None else None,
                        "depletion_year": projection.summary.get("depletion_year")}}


def projections_json(base_year: int, projections: Sequence[Projection], model_version: str) -> dict[str, Any]:
    return {"model_version": model_version, "base_year": int(base_year),
            "scenarios": [scenario_json(p) for p in projections]}


def milestone_years(base_year: int, last_year: int) -> list[int]:
    """Base year + 25, + 50 and + 75, as far as the horizon reaches."""
    return [base_year + m for m in MILESTONES if base_year + m <= last_year]


def _times(value: float) -> str:
    """The reserve ratio in years; "depleted" once the reserve is negative (as in the window)."""
    if not np.isfinite(value):
        return "–"
    return translate("formatters", "depleted") if value < 0 else number(value, 1) + "×"


def scenario_name(name: str) -> str:
    """A scenario's name for the reader: the baseline's in the current language (its name in
    the JSON stays the spec's 'Baseline'); a reform's as its file gives it."""
    return translate("report", "Baseline") if name == Reform.name else name


def summary_text(projection: Projection, base_year: int, currency: str = "") -> str:
    """A readable block for one scenario: depletion year, GAP, cost rate and reserve ratio."""
    frame = projection.indicators
    years = milestone_years(base_year, int(frame.index[-1]))
    depletion = projection.summary.get("depletion_year")
    lines = [scenario_name(projection.name),
             "  " + translate("report", "reserve depleted in: {year}").format(
                 year=depletion if depletion is not None else translate("report", "not within the horizon")),
             "  " + translate("report", "general average premium (GAP): {rate} of insurable wages").format(
                 rate=percent(projection.summary.get("gap")))]
    if years:
        rows = ((translate("report", "PAYG cost rate"), "payg_cost_rate", percent),
                (translate("report", "contribution rate"), "contribution_rate", percent),
                (translate("report", "reserve ratio (years)"), "reserve_ratio", _times))
        width = max(26, *(len(label) + 2 for label, _, _ in rows))
        lines.append("  " + "".ljust(width) + "".join(f"{y:>10}" for y in years))
        for label, column, fmt in rows:
            lines.append("  " + label.ljust(width) + "".join(f"{fmt(frame.at[y, column]):>10}" for y in years))
    return "\n".join(lines)
