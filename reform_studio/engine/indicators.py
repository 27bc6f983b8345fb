"""Spec-8 and spec-16 indicators for a batch of scenarios, from yearly totals: arrays `(n, T)`."""
from __future__ import annotations

import numpy as np

from reform_studio.engine import finance
from reform_studio.engine.economy import Economy
from reform_studio.engine.paths import ScenarioPaths
from reform_studio.engine.results import INDICATORS


def indicator_table(initial_reserve: float, population: np.ndarray, economy: Economy,
                    paths: ScenarioPaths, totals: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Every indicator but `year` as `(n, T, column)` in spec order, and the GAP by scenario."""
    ratio = finance.ratio
    wage_bill = paths.contribution_density * totals["covered_wages"]
    contributions = paths.contribution_rate * wage_bill
    lump_sums = totals["old_age_grants"] + totals["funeral_grants"]
    expenditure = (totals["old_age_expenditure"] + totals["disability_expenditure"]
                   + totals["survivor_expenditure"] + lump_sums)
    admin = paths.admin_cost_rate * contributions
    subsidy = paths.state_subsidy_rate * expenditure
    reserve, investment = finance.reserve_path(initial_reserve, economy.investment_return, contributions,
                                               subsidy, expenditure, admin)
    gap = finance.general_average_premium(initial_reserve, economy.investment_return, expenditure, subsidy,
                                          paths.admin_cost_rate, wage_bill)
    shape = wage_bill.shape
    persons = population.sum(axis=(1, 2))
    old = population[:, :, 65:].sum(axis=(1, 2))
    working_age = population[:, :, 15:65].sum(axis=(1, 2))
    contributors = totals["contributors"]
    old_age = totals["old_age_pensioners"]
    pensioners = (old_age + totals["disability_pensioners"] + totals["survivor_pensioners"]
                  + totals["orphan_pensioners"])
    average_wage = ratio(totals["insured_wages"], contributors)
    average_pension = ratio(totals["old_age_expenditure"], old_age)
    new_pensioners = totals["new_pensioners"]
    columns = {
        "population": persons,
        "population_65_plus": old,
        "old_age_dependency_ratio": ratio(old, working_age),
        "employed": economy.employment.sum(axis=(1, 2)),
        "contributors": contributors,
        "pensioners": pensioners,
        "new_pensioners": new_pensioners,
        "system_dependency_ratio": ratio(pensioners, contributors),
        "average_wage": average_wage,
        "wage_bill": wage_bill,
        "average_pension": average_pension,
        "replacement_rate": ratio(average_pension, average_wage),
        "contribution_rate": paths.contribution_rate,
        "pensionable_age_male": paths.pensionable_age[:, 0],
        "pensionable_age_female": paths.pensionable_age[:, 1],
        "contribution_income": contributions,
        "expenditure": expenditure,
        "admin_expenses": admin,
        "state_subsidy": subsidy,
        "investment_income": investment,
        "reserve": reserve,
        "payg_cost_rate": ratio(expenditure + admin, wage_bill),
        "reserve_ratio": ratio(reserve, expenditure + admin),
        "gdp": economy.gdp,
        "expenditure_to_gdp": ratio(expenditure, economy.gdp),
        "basic_pension_beneficiaries": totals["bp_beneficiaries"],
        "basic_pension_cost": totals["bp_cost"],
        "basic_pension_cost_to_gdp": ratio(totals["bp_cost"], economy.gdp),
        "old_age_pensioners": old_age,
        "old_age_expenditure": totals["old_age_expenditure"],
        "disability_pensioners": totals["disability_pensioners"],
        "new_disability_pensioners": totals["new_disability_pensioners"],
        "disability_expenditure": totals["disability_expenditure"],
        "survivor_pensioners": totals["survivor_pensioners"],
        "orphan_pensioners": totals["orphan_pensioners"],
        "survivor_expenditure": totals["survivor_expenditure"],
        "lump_sum_expenditure": lump_sums,
        # null in any year in which no one is awarded an old-age pension (spec 16, as the
        # worked examples read it), including a year whose retiring members all fall short
        "share_qualifying": ratio(new_pensioners, np.where(new_pensioners > 0, totals["awarded"], 0.0)),
        "new_pension_replacement_rate": ratio(ratio(totals["new_pension_amount"], new_pensioners), average_wage),
        "average_insurable_wage": ratio(wage_bill, paths.contribution_density * contributors),
    }
    table = np.empty(shape + (len(INDICATORS) - 1,))
    for j, name in enumerate(INDICATORS[1:]):
        table[..., j] = columns[name]
    return table, gap
