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
from reform_studio.engine.sentences import QT_TRANSLATE_NOOP, Sentence, figure, percentage

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


# by sex (men, women): a sentence names the sex whole, as French and Spanish agree words with it
_ALL_DIE = (QT_TRANSLATE_NOOP("engine", "Every base-year qx of men is 1: all of them die within the year."),
            QT_TRANSLATE_NOOP("engine", "Every base-year qx of women is 1: all of them die within the year."))
_WORSENS = (QT_TRANSLATE_NOOP("engine", "Mortality of men worsens by up to {rate} a year after the last mortality "
                                        "anchor: check the improvement rates."),
            QT_TRANSLATE_NOOP("engine", "Mortality of women worsens by up to {rate} a year after the last mortality "
                                        "anchor: check the improvement rates."))
_OVERFULL = ((QT_TRANSLATE_NOOP("engine", "Base-year contributors plus old-age and disability pensioners exceed the "
                                          "population of men at age {ages}."),
              QT_TRANSLATE_NOOP("engine", "Base-year contributors plus old-age and disability pensioners exceed the "
                                          "population of men at ages {ages}.")),
             (QT_TRANSLATE_NOOP("engine", "Base-year contributors plus old-age and disability pensioners exceed the "
                                          "population of women at age {ages}."),
              QT_TRANSLATE_NOOP("engine", "Base-year contributors plus old-age and disability pensioners exceed the "
                                          "population of women at ages {ages}.")))


def plausibility_warnings(scheme: Scheme) -> list[Sentence]:
    """Sentences about inputs that are allowed but unlikely to be meant."""
    warnings = []
    for s in range(2):
        if np.all(scheme.qx[s] >= 1.0):
            warnings.append(Sentence(_ALL_DIE[s]))
        worst = float(np.min(scheme.mortality_improvement[s]))
        if worst <= -0.05:
            warnings.append(Sentence(_WORSENS[s], rate=percentage(-worst, ".0f")))
    with np.errstate(over="ignore"):  # an overflow is refused later, with the indicators
        insured = float(np.sum(np.asarray(scheme.contributors) * scheme.wages))
    if insured > scheme.gdp:
        warnings.append(Sentence(
            QT_TRANSLATE_NOOP("engine", "The base-year insured wages ({insured}) exceed GDP ({gdp}): are GDP and the "
                                        "wages in the same currency unit (not thousands or millions)?"),
            insured=figure(insured, ",.0f"), gdp=figure(scheme.gdp, ",.0f")))
    warnings += overfull_ages(scheme)
    return warnings


def overfull_ages(scheme: Scheme) -> list[Sentence]:
    """Spec 16: base-year ages where contributors and old-age and disability pensioners
    outnumber the people alive, a sign that a workbook counts someone twice."""
    members = np.asarray(scheme.contributors) + scheme.pensioners + scheme.disability.pensioners
    warnings = []
    for s in range(2):
        ages = np.nonzero(members[s] > scheme.population[s] * (1 + 1e-9))[0]
        if ages.size:
            listed = ", ".join(map(str, ages[:8]))
            if ages.size > 8:
                listed = Sentence(QT_TRANSLATE_NOOP("engine", "{ages} and {count} more"), ages=listed,
                                  count=ages.size - 8)
            warnings.append(Sentence(_OVERFULL[s][ages.size > 1], ages=listed))
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
