"""What a projection gives back: indicators by year and a two-number summary (spec 8)."""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

INDICATORS: tuple[str, ...] = (
    "year", "population", "population_65_plus", "old_age_dependency_ratio", "employed",
    "contributors", "pensioners", "new_pensioners", "system_dependency_ratio", "average_wage",
    "wage_bill", "average_pension", "replacement_rate", "contribution_rate",
    "pensionable_age_male", "pensionable_age_female", "contribution_income", "expenditure",
    "admin_expenses", "state_subsidy", "investment_income", "reserve", "payg_cost_rate",
    "reserve_ratio", "gdp", "expenditure_to_gdp", "basic_pension_beneficiaries",
    "basic_pension_cost", "basic_pension_cost_to_gdp",
    # model version 2 (spec 16)
    "old_age_pensioners", "old_age_expenditure", "disability_pensioners", "new_disability_pensioners",
    "disability_expenditure", "survivor_pensioners", "orphan_pensioners", "survivor_expenditure",
    "lump_sum_expenditure", "share_qualifying", "new_pension_replacement_rate", "average_insurable_wage",
)

# The benefit branches of spec 16 in the order they stack, each with what it is called: one
# list for the window's charts and the export's sheets, which may not import each other.
EXPENDITURE_BRANCHES: tuple[tuple[str, str], ...] = (
    ("old_age_expenditure", "Old-age pensions"),
    ("disability_expenditure", "Disability pensions"),
    ("survivor_expenditure", "Survivors' pensions"),
    ("lump_sum_expenditure", "Lump sums"),
)
PENSIONER_BRANCHES: tuple[tuple[str, str], ...] = (
    ("old_age_pensioners", "Old-age pensioners"),
    ("disability_pensioners", "Disability pensioners"),
    ("survivor_pensioners", "Spouses"),
    ("orphan_pensioners", "Orphans"),
)


@dataclass(frozen=True)
class Projection:
    """One scenario's results.

    `indicators` is indexed by year and holds every spec-8 and spec-16 column but `year`; a ratio whose
    denominator is 0 is NaN (null in JSON). Every column is float64, pensionable ages too
    (whole numbers), so that a scenario's table is one block and batches stay fast. `summary` has `gap` and `depletion_year`
    (None where the reserve never goes negative). `warnings` are plain sentences.
    """

    name: str
    indicators: pd.DataFrame
    summary: dict
    warnings: tuple[str, ...] = field(default=())

    @property
    def gap(self) -> float:
        return self.summary["gap"]

    @property
    def depletion_year(self) -> int | None:
        return self.summary["depletion_year"]
