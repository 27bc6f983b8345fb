"""`project` and `project_many`: the one loop over years (spec 2-8).

Demography and the economy do not depend on a reform, so they are computed once per scheme
and kept while the scheme lives (the window re-projects the same scheme on every slider
move). The insured population, awards and pensions in payment are arrays shaped
`(scenario, sex, age)` advanced one year at a time; the finances follow from yearly totals.
"""
from __future__ import annotations

import weakref
from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np
import pandas as pd

from reform_studio.engine import benefits, finance
from reform_studio.engine.demography import mortality_rates, project_population
from reform_studio.engine.economy import Economy, project_economy
from reform_studio.engine.insured import InsuredBase, age_retired, contributors, credited_service, insured_base
from reform_studio.engine.paths import ScenarioPaths, scenario_paths
from reform_studio.engine.reform import Reform
from reform_studio.engine.results import INDICATORS, Projection
from reform_studio.engine.scheme import Scheme

Progress = Callable[[float], None]


@dataclass(frozen=True)
class Base:
    """What every scenario of one scheme shares."""

    years: np.ndarray
    mortality: np.ndarray  # (T, 2, 101)
    population: np.ndarray  # (T, 2, 101)
    economy: Economy
    insured: InsuredBase
    reference_wages: benefits.ReferenceWages
    warnings: tuple[str, ...]


_BASES: "weakref.WeakKeyDictionary[Scheme, Base]" = weakref.WeakKeyDictionary()


def scheme_base(scheme: Scheme) -> Base:
    """The reform-independent part of a projection, computed once per scheme object."""
    base = _BASES.get(scheme)
    if base is None:
        years = scheme.years
        q = mortality_rates(scheme, years)
        population, warnings = project_population(scheme, q, years)
        economy = project_economy(scheme, population, years)
        insured = insured_base(scheme, population, economy)
        if insured.dropped_contributors > 0:
            warnings.append(
                f"{insured.dropped_contributors:,.0f} base-year contributors above employment or at or "
                "above the pensionable age were dropped.")
        base = Base(years, q, population, economy, insured,
                    benefits.ReferenceWages(insured.wage_profile, economy), tuple(warnings))
        _BASES[scheme] = base
    return base


def project(scheme: Scheme, reform: Reform | None = None, progress: Progress | None = None) -> Projection:
    """Project the baseline (no reform) or one reform applied to it."""
    return project_many(scheme, [reform or Reform()], progress)[0]


def project_many(scheme: Scheme, reforms: Sequence[Reform], progress: Progress | None = None) -> list[Projection]:
    """Project several reforms in one vectorised pass; identical to projecting each alone."""
    base = scheme_base(scheme)
    paths = scenario_paths(scheme, reforms)
    totals = _run_years(scheme, base, paths, progress)
    return [_projection(reform.name, scheme, base, paths, totals, n) for n, reform in enumerate(reforms)]


def _run_years(scheme: Scheme, base: Base, paths: ScenarioPaths, progress: Progress | None) -> dict[str, np.ndarray]:
    """Advance contributors, service and pensioners year by year; return yearly totals `(n, T)`."""
    n, T = paths.contribution_rate.shape
    eco, ins = base.economy, base.insured
    ages = np.arange(base.population.shape[-1])
    retired = np.broadcast_to(ages >= ins.base_age[:, None], (n, 2, ages.size)).copy()
    contrib = contributors(ins, 0, retired, paths.coverage_extension[:, 0])
    service = np.broadcast_to(np.asarray(scheme.service, float), contrib.shape).copy()
    count = np.broadcast_to(np.asarray(scheme.pensioners, float), contrib.shape).copy()
    amount = count * np.asarray(scheme.pensions, float)
    out = {key: np.zeros((n, T)) for key in ("contributors", "insured_wages", "pensioners",
                                             "expenditure", "new_pensioners", "bp_beneficiaries", "bp_cost")}
    indexation = (paths.indexation_wage_share * eco.wage_growth
                  + (1.0 - paths.indexation_wage_share) * eco.inflation)
    for k in range(T):
        if k > 0:
            survival = 1.0 - base.mortality[k - 1]
            was, retired = age_retired(retired, paths.pensionable_age[:, :, k])
            new_contrib = contributors(ins, k, retired, paths.coverage_extension[:, k])
            awarded = retired & ~was
            new_service = credited_service(service, contrib, survival, paths.contribution_density[:, k - 1],
                                           new_contrib)
            count, amount = benefits.age_pensions(count, amount, survival, indexation[:, k])
            if awarded.any():
                _award(k, base, paths, awarded, contrib, service, survival, new_contrib, count, amount, out)
            contrib, service = new_contrib, new_service
        wages = (contrib * ins.wage_profile).sum(axis=2).sum(axis=1) * eco.wage_index[k]
        out["contributors"][:, k] = contrib.sum(axis=(1, 2))
        out["insured_wages"][:, k] = wages
        out["pensioners"][:, k] = count.sum(axis=(1, 2))
        out["expenditure"][:, k] = amount.sum(axis=(1, 2))
        if paths.bp_in_force[:, k].any():
            out["bp_beneficiaries"][:, k], out["bp_cost"][:, k] = benefits.basic_pension(
                base.population[k], count, eco.gdp[k], paths.bp_in_force[:, k], paths.bp_age[:, k],
                paths.bp_level[:, k], paths.bp_pension_tested[:, k], paths.bp_take_up[:, k],
                paths.bp_admin_share[:, k])
        if progress is not None:
            progress((k + 1) / T)
    return out


def _award(k: int, base: Base, paths: ScenarioPaths, awarded: np.ndarray, contrib: np.ndarray,
           service: np.ndarray, survival: np.ndarray, new_contrib: np.ndarray, count: np.ndarray,
           amount: np.ndarray, out: dict[str, np.ndarray]) -> None:
    """Add the cohorts retiring at 1 January of year index k to the pensioners, in place."""
    entrants = np.zeros_like(contrib)
    entrants[..., 1:] = contrib[..., :-1] * survival[..., :-1]
    service_at_award = np.zeros_like(service)
    service_at_award[..., 1:] = service[..., :-1] + paths.contribution_density[:, k - 1, None, None]
    wage_profile = base.insured.wage_profile
    covered = new_contrib.sum(axis=(1, 2))
    with np.errstate(divide="ignore", invalid="ignore"):
        average_wage = np.where(covered > 0, (new_contrib * wage_profile).sum(axis=(1, 2)) / covered, 0.0)
    average_wage = average_wage * base.economy.wage_index[k]
    reference = base.reference_wages.at(k, paths.reference_period[:, k], paths.revaluation[:, k])
    award = benefits.award_amounts(paths.accrual_rate[:, k], service_at_award, reference,
                                   paths.maximum_replacement_rate[:, k],
                                   paths.minimum_pension_to_avg_wage[:, k], average_wage)
    entrants = np.where(awarded, entrants, 0.0)
    count += entrants
    amount += entrants * award
    out["new_pensioners"][:, k] = entrants.sum(axis=(1, 2))


def _projection(name: str, scheme: Scheme, base: Base, paths: ScenarioPaths,
                totals: dict[str, np.ndarray], n: int) -> Projection:
    """Spec-8 indicators of scenario n from the yearly totals."""
    eco = base.economy
    ratio = finance.ratio
    rate = paths.contribution_rate[n]
    wage_bill = paths.contribution_density[n] * totals["insured_wages"][n]
    contributions = rate * wage_bill
    expenditure = totals["expenditure"][n]
    admin = paths.admin_cost_rate[n] * contributions
    subsidy = paths.state_subsidy_rate[n] * expenditure
    reserve, investment = finance.reserve_path(
        scheme.initial_reserve, eco.investment_return, contributions[None], subsidy[None],
        expenditure[None], admin[None])
    reserve, investment = reserve[0], investment[0]
    gap = finance.general_average_premium(scheme.initial_reserve, eco.investment_return, expenditure[None],
                                          subsidy[None], paths.admin_cost_rate[n][None], wage_bill[None])[0]
    pop = base.population
    population = pop.sum(axis=(1, 2))
    old = pop[:, :, 65:].sum(axis=(1, 2))
    working = pop[:, :, 15:65].sum(axis=(1, 2))
    contributors_n = totals["contributors"][n]
    pensioners = totals["pensioners"][n]
    average_wage = ratio(totals["insured_wages"][n], contributors_n)
    average_pension = ratio(expenditure, pensioners)
    columns = {
        "population": population,
        "population_65_plus": old,
        "old_age_dependency_ratio": ratio(old, working),
        "employed": eco.employment.sum(axis=(1, 2)),
        "contributors": contributors_n,
        "pensioners": pensioners,
        "new_pensioners": totals["new_pensioners"][n],
        "system_dependency_ratio": ratio(pensioners, contributors_n),
        "average_wage": average_wage,
        "wage_bill": wage_bill,
        "average_pension": average_pension,
        "replacement_rate": ratio(average_pension, average_wage),
        "contribution_rate": rate,
        "pensionable_age_male": paths.pensionable_age[n, 0],
        "pensionable_age_female": paths.pensionable_age[n, 1],
        "contribution_income": contributions,
        "expenditure": expenditure,
        "admin_expenses": admin,
        "state_subsidy": subsidy,
        "investment_income": investment,
        "reserve": reserve,
        "payg_cost_rate": ratio(expenditure + admin, wage_bill),
        "reserve_ratio": ratio(reserve, expenditure + admin),
        "gdp": eco.gdp,
        "expenditure_to_gdp": ratio(expenditure, eco.gdp),
        "basic_pension_beneficiaries": totals["bp_beneficiaries"][n],
        "basic_pension_cost": totals["bp_cost"][n],
        "basic_pension_cost_to_gdp": ratio(totals["bp_cost"][n], eco.gdp),
    }
    frame = pd.DataFrame(columns, index=pd.Index(base.years, name="year"))[list(INDICATORS[1:])]
    summary = {"gap": float(gap) if np.isfinite(gap) else None,
               "depletion_year": finance.depletion_year(base.years, reserve)}
    return Projection(name=name, indicators=frame, summary=summary, warnings=base.warnings)
