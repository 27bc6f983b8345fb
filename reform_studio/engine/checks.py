"""What the engine says about a scheme's plausibility, and what it refuses to return.

The reader keeps every input within a plausible range; within those ranges some
combinations still deserve a word (everyone dying within the year, ages counted twice), and
an input at the edge of its range can still carry the arithmetic past what a float holds. A
projection with an infinite or undefined number is refused with the quantity, the year and
the inputs that feed it, rather than printed as `null` or drawn as nothing.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np

from reform_studio.engine.errors import InputError, Problem
from reform_studio.engine.scheme import Scheme
from reform_studio.engine.sentences import QT_TRANSLATE_NOOP, Sentence

# Ratios reported as null where their denominator is 0 (spec 8 and 16); every other
# indicator is a count, an amount or a rate and must be a finite number.
MAY_BE_NULL = frozenset({
    "old_age_dependency_ratio", "system_dependency_ratio", "average_wage", "average_pension",
    "replacement_rate", "payg_cost_rate", "reserve_ratio", "expenditure_to_gdp", "basic_pension_cost_to_gdp",
    "share_qualifying", "new_pension_replacement_rate", "average_insurable_wage",
})
# The inputs that feed each family of indicators, for the message when one overflows.
SOURCES = (
    (("population", "old_age", "employed"), "the population, mortality, fertility and migration inputs"),
    (("reserve", "investment_income"), "initial_reserve and investment_return"),
    (("gdp", "basic_pension"), "gdp, real_wage_growth and inflation"),
    (("contribution", "wage", "average_wage", "average_insurable"),
     "the Contributors sheet's wages, real_wage_growth and inflation"),
)
OTHER_SOURCES = ("the Pensioners sheet's pensions, the wages, real_wage_growth, inflation and "
                 "indexation_wage_share")


def plausibility_warnings(scheme: Scheme) -> list[str]:
    """Sentences about inputs that are allowed but unlikely to be meant."""
    warnings = []
    for s, sex in enumerate(("men", "women")):
        if np.all(scheme.qx[s] >= 1.0):
            warnings.append(f"Every base-year qx of {sex} is 1: all of them die within the year.")
        worst = float(np.min(scheme.mortality_improvement[s]))
        if worst <= -0.05:
            warnings.append(f"Mortality of {sex} worsens by up to {-100 * worst:.0f} % a year after the last "
                            "mortality anchor: check the improvement rates.")
    with np.errstate(over="ignore"):  # an overflow is refused later, with the indicators
        insured = float(np.sum(np.asarray(scheme.contributors) * scheme.wages))
    if insured > scheme.gdp:
        warnings.append(f"The base-year insured wages ({insured:,.0f}) exceed GDP ({scheme.gdp:,.0f}): are GDP "
                        "and the wages in the same currency unit (not thousands or millions)?")
    warnings += overfull_ages(scheme)
    return warnings


def overfull_ages(scheme: Scheme) -> list[str]:
    """Spec 16: base-year ages where contributors and old-age and disability pensioners
    outnumber the people alive, a sign that a workbook counts someone twice."""
    members = np.asarray(scheme.contributors) + scheme.pensioners + scheme.disability.pensioners
    warnings = []
    for s, sex in enumerate(("men", "women")):
        ages = np.nonzero(members[s] > scheme.population[s] * (1 + 1e-9))[0]
        if ages.size:
            listed = ", ".join(map(str, ages[:8])) + (f" and {ages.size - 8} more" if ages.size > 8 else "")
            warnings.append(f"Base-year contributors plus old-age and disability pensioners exceed the "
                            f"population of {sex} at age{'s' if ages.size > 1 else ''} {listed}.")
    return warnings


def refuse_non_finite(table: np.ndarray, gap: np.ndarray, names: Sequence[str], years: np.ndarray,
                      scenarios: Sequence[str]) -> None:
    """Raise an InputError naming the first scenario, quantity and year that is not a number.

    `table` is `(scenario, year, indicator)`; a ratio may be NaN (null), never infinite.
    """
    allowed_nan = np.array([name in MAY_BE_NULL for name in names])
    bad = np.isinf(table) | (np.isnan(table) & ~allowed_nan)
    problems = []
    for n in np.nonzero(bad.any(axis=(1, 2)))[0]:
        year, column = map(int, np.argwhere(bad[n])[0])
        name = names[column]
        problems.append(Problem(Sentence(
            QT_TRANSLATE_NOOP("engine", "in '{scenario}' the projection overflows: {quantity} is not a finite "
                                        "number from {year}. The inputs that feed it are {inputs}: one of them is "
                                        "far outside what a real scheme has."),
            scenario=scenarios[n], quantity=name.replace("_", " "), year=int(years[year]), inputs=_sources(name))))
    for n in np.nonzero(np.isinf(gap))[0]:
        problems.append(Problem(Sentence(
            QT_TRANSLATE_NOOP("engine", "in '{scenario}' the general average premium is infinite: check "
                                        "initial_reserve and investment_return."),
            scenario=scenarios[n])))
    if problems:
        raise InputError(problems)


def _sources(name: str) -> str:
    for prefixes, inputs in SOURCES:
        if name.startswith(prefixes):
            return inputs
    return OTHER_SOURCES
