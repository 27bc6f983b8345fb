"""`project` and `project_many` (spec 2-8).

Demography and the economy do not depend on a reform, so they are computed once per scheme
and kept while the scheme lives (the window re-projects the same scheme on every slider
move). The insured population, awards and pensions in payment are arrays shaped
`(scenario, year, sex, age)`: retirement, contributors and awards have closed forms over all
years; credited service and pensions in payment are the two recurrences that step through
the years. The finances and indicators follow from yearly totals.
"""
from __future__ import annotations

import weakref
from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np
import pandas as pd

from reform_studio.engine import benefits, finance, insured
from reform_studio.engine.demography import mortality_rates, project_population
from reform_studio.engine.economy import Economy, project_economy
from reform_studio.engine.indicators import indicator_table
from reform_studio.engine.insured import InsuredBase, insured_base
from reform_studio.engine.paths import ScenarioPaths, scenario_paths
from reform_studio.engine.reform import Reform
from reform_studio.engine.results import INDICATORS, Projection
from reform_studio.engine.scheme import Scheme

Progress = Callable[[float], None]
CHUNK = 64  # scenarios projected together: a batch of thousands stays within memory
# Awards fall between the pensionable ages now and a year ago, which are 40..80 (spec 9).
# A fixed band keeps every sum the same length, so a batch is bit-identical to single runs.
AWARD_AGES = slice(40, 81)
Cancelled = Callable[[], bool]


class ProjectionCancelled(Exception):
    """Raised when the `cancelled` callback says a newer request made this one useless."""


@dataclass(frozen=True)
class Base:
    """What every scenario of one scheme shares."""

    years: np.ndarray
    survival: np.ndarray  # (T, 2, 101): 1 - q
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
        covered = insured_base(scheme, population, economy)
        if covered.dropped_contributors > 0:
            warnings.append(
                f"{covered.dropped_contributors:,.0f} base-year contributors above employment or at or "
                "above the pensionable age were dropped.")
        base = Base(years, 1.0 - q, population, economy, covered,
                    benefits.ReferenceWages(covered.wage_profile, economy), tuple(warnings))
        _BASES[scheme] = base
    return base


def population_by_age(scheme: Scheme) -> pd.DataFrame:
    """Population at 1 January by year (index), sex and single age (columns), for pyramids.

    The same for every reform: no lever changes demography.
    """
    population = scheme_base(scheme).population
    columns = pd.MultiIndex.from_product([("male", "female"), range(population.shape[-1])], names=["sex", "age"])
    return pd.DataFrame(population.reshape(len(population), -1), index=pd.Index(scheme.years, name="year"),
                        columns=columns)


def project(scheme: Scheme, reform: Reform | None = None, progress: Progress | None = None) -> Projection:
    """Project the baseline (no reform) or one reform applied to it."""
    return project_many(scheme, [reform or Reform()], progress)[0]


def project_many(scheme: Scheme, reforms: Sequence[Reform], progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> list[Projection]:
    """Project several reforms in one vectorised pass; identical to projecting each alone.

    Scenarios go through in chunks so that a batch of thousands stays within memory;
    `progress(fraction)` is called after each chunk and `cancelled()` checked before it.
    """
    base = scheme_base(scheme)
    paths = scenario_paths(scheme, reforms)
    n = len(reforms)
    totals: dict[str, list[np.ndarray]] = {}
    for start in range(0, n, CHUNK):
        if cancelled is not None and cancelled():
            raise ProjectionCancelled()
        part = _run(scheme, base, paths.select(slice(start, start + CHUNK)))
        for key, value in part.items():
            totals.setdefault(key, []).append(value)
        if progress is not None:
            progress(min(n, start + CHUNK) / n)
    joined = {key: np.concatenate(parts) for key, parts in totals.items()}
    return _projections(reforms, scheme, base, paths, joined)


def _run(scheme: Scheme, base: Base, paths: ScenarioPaths) -> dict[str, np.ndarray]:
    """Yearly totals `(n, T)` of contributors, insured wages, pensioners, pensions, awards."""
    eco, ins = base.economy, base.insured
    retire_at = insured.retirement_ages(paths.pensionable_age)
    contrib = insured.contributors(ins, retire_at, paths.coverage_extension)
    survivors = insured.survivors(contrib, base.survival)
    previous, now = retire_at[:, :-1, :, None], retire_at[:, 1:, :, None]
    ages = AWARD_AGES
    service = insured.credited_service(np.asarray(scheme.service, float), contrib, survivors,
                                       paths.contribution_density, ages)
    head_count = contrib.sum(axis=(2, 3))
    insured_wages = np.einsum("ntsx,sx->nt", contrib, ins.wage_profile) * eco.wage_index
    average_wage = np.divide(insured_wages, head_count, out=np.zeros_like(head_count), where=head_count > 0)
    entrants = np.zeros(service.shape)
    band = insured.AGE[ages]
    entrants[:, 1:] = np.where((band >= now) & (band <= previous), survivors[:, 1:, :, ages], 0.0)
    reference = base.reference_wages.lookup(paths.reference_period, paths.revaluation, ages)
    awards = benefits.award_amounts(paths.accrual_rate, service, reference, paths.maximum_replacement_rate,
                                    paths.minimum_pension_to_avg_wage, average_wage)
    growth = 1.0 + (paths.indexation_wage_share * eco.wage_growth
                    + (1.0 - paths.indexation_wage_share) * eco.inflation)
    count, amount = benefits.pensions_in_payment(np.asarray(scheme.pensioners, float),
                                                 np.asarray(scheme.pensioners, float) * scheme.pensions,
                                                 base.survival, growth, entrants, awards, ages)
    out = {
        "contributors": head_count,
        "insured_wages": insured_wages,
        "pensioners": count.sum(axis=(2, 3)),
        "expenditure": amount.sum(axis=(2, 3)),
        "new_pensioners": entrants.sum(axis=(2, 3)),
    }
    if paths.bp_in_force.any():
        out["bp_beneficiaries"], out["bp_cost"] = benefits.basic_pension(
            base.population, count, eco.gdp, paths.bp_in_force, paths.bp_age, paths.bp_level,
            paths.bp_pension_tested, paths.bp_take_up, paths.bp_admin_share)
    else:
        out["bp_beneficiaries"] = out["bp_cost"] = np.zeros_like(head_count)
    return out


def _projections(reforms: Sequence[Reform], scheme: Scheme, base: Base, paths: ScenarioPaths,
                 totals: dict[str, np.ndarray]) -> list[Projection]:
    table, gap = indicator_table(scheme.initial_reserve, base.population, base.economy, paths, totals)
    index = pd.Index(base.years, name="year")
    columns = pd.Index(INDICATORS[1:])
    reserve = columns.get_loc("reserve")
    results = []
    for n, reform in enumerate(reforms):
        frame = pd.DataFrame(table[n], index=index, columns=columns, copy=False)
        summary = {"gap": float(gap[n]) if np.isfinite(gap[n]) else None,
                   "depletion_year": finance.depletion_year(base.years, table[n, :, reserve])}
        results.append(Projection(name=reform.name, indicators=frame, summary=summary, warnings=base.warnings))
    return results
