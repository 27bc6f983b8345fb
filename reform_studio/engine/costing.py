"""The cost of a non-contributory basic pension in many countries at once: spec 7's basic
pension without a contributory scheme around it, so that a ministry can ask "what would a
pension for everyone over 65 cost here, and in our neighbours?" before building a workbook.

Arrays carry a leading country axis: population `(c, T, 2, 101)` at 1 January, GDP `(c, T)`
in local currency. The formula is the workbook's own (spec 7), so that one country's costing
equals the basic-pension lever of that country's workbook:

    BPC(t) = (1 + admin) * b(t) * take_up * eligible(t)

with `b(t) = level * GDP(t) / Ptot(t)` or, for a benefit fixed in purchasing power, an amount
in local currency indexed to prices. Where a country's figure is unknown (no GDP, no
published government expenditure) the arrays hold NaN, never a guess.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

DAYS_PER_YEAR = 365.0  # the World Bank's and the ILO's convention for amounts a day


@dataclass(frozen=True)
class BasicPensionCost:
    """One basic pension's figures by country and year `(c, T)`; NaN where not known."""

    beneficiaries: np.ndarray  # persons
    benefit: np.ndarray  # a year, local currency
    cost: np.ndarray  # local currency, administration included
    cost_to_gdp: np.ndarray
    cost_to_government_expenditure: np.ndarray


def eligible(population: np.ndarray, age: int) -> np.ndarray:
    """Persons at or above `age` `(c, T)`: the universal pension's eligible."""
    return population[..., age:].sum(axis=(-2, -1))


def benefit_from_gdp_share(level: float, gdp: np.ndarray, population: np.ndarray) -> np.ndarray:
    """`level * GDP / Ptot` `(c, T)`: a benefit that keeps its share of income per head."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return level * gdp / population.sum(axis=(-2, -1))


def benefit_from_ppp(per_day: float, lcu_per_dollar: np.ndarray, price_index: np.ndarray) -> np.ndarray:
    """`per_day * 365 * PPP * PI(t)` `(c, T)`: an amount in international (PPP) dollars a day,
    converted at each country's base-year PPP factor (local currency per dollar `(c,)`) and
    indexed to prices (`PI(t0) = 1`), so that it buys the same basket in every year."""
    return per_day * DAYS_PER_YEAR * np.asarray(lcu_per_dollar, float)[:, None] * price_index


def basic_pension_cost(eligible_persons: np.ndarray, gdp: np.ndarray, benefit: np.ndarray, take_up: float,
                       admin_share: float, expenditure_to_gdp: np.ndarray | None = None) -> BasicPensionCost:
    """Beneficiaries, cost and its ratios to GDP and to general government expenditure
    (`expenditure_to_gdp` `(c, T)` as a share, NaN where not published). `eligible_persons`
    is `eligible(...)` for a universal pension, or those without a contributory pension."""
    beneficiaries = take_up * eligible_persons
    cost = (1.0 + admin_share) * benefit * beneficiaries
    with np.errstate(divide="ignore", invalid="ignore"):
        to_gdp = np.where(gdp > 0, cost / gdp, np.nan)
        spending = np.full_like(to_gdp, np.nan) if expenditure_to_gdp is None else expenditure_to_gdp
        to_spending = np.where(spending > 0, to_gdp / spending, np.nan)
    return BasicPensionCost(beneficiaries, benefit, cost, to_gdp, to_spending)
