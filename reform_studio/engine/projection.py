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
from dataclasses import dataclass, fields, replace
from typing import Callable, Sequence

import numpy as np
import pandas as pd

from reform_studio.engine import benefits, finance, insured
from reform_studio.engine.assumptions import Assumptions
from reform_studio.engine.assumptions import apply as apply_assumptions
from reform_studio.engine.checks import plausibility_warnings, refuse_non_finite
from reform_studio.engine.classes import ClassReferenceWages, MemberClasses, capped_wages, earnings_factors, \
    service_factors
from reform_studio.engine.disability import disability_pensions
from reform_studio.engine.distinct import distinct_rows
from reform_studio.engine.old_age import AWARD_AGES, old_age_awards
from reform_studio.engine.survivors import deaths, survivor_pensions
from reform_studio.engine.demography import mortality_rates, project_population
from reform_studio.engine.economy import Economy, RateDeviations, project_economy
from reform_studio.engine.indicators import indicator_table
from reform_studio.engine.insured import InsuredBase, insured_base
from reform_studio.engine.memory import keep_freed_memory
from reform_studio.engine.paths import ScenarioPaths, scenario_paths
from reform_studio.engine.reform import Reform
from reform_studio.engine.results import INDICATORS, Projection
from reform_studio.engine.scheme import Scheme
from reform_studio.engine.sentences import QT_TRANSLATE_NOOP, Sentence, figure

Progress = Callable[[float], None]
CHUNK = 64  # scenarios projected together: a batch of thousands stays within memory
CLASS_CHUNK = 8  # fewer where member classes multiply the arrays by up to 50 (8 measured fastest)
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
    classes: MemberClasses
    wages: np.ndarray  # (T, 2, 101) W = W0x · WI
    warnings: tuple[str, ...]


_BASES: "weakref.WeakKeyDictionary[Scheme, Base]" = weakref.WeakKeyDictionary()


def scheme_base(scheme: Scheme) -> Base:
    """The reform-independent part of a projection, computed once per scheme object."""
    base = _BASES.get(scheme)
    if base is None:
        years = scheme.years
        q = mortality_rates(scheme, years)
        with np.errstate(over="ignore", invalid="ignore"):  # an overflow is refused with the indicators
            population, warnings = project_population(scheme, q, years)
            economy = project_economy(scheme, population, years)
        covered = insured_base(scheme, population, economy)
        if covered.dropped_contributors > 0:
            warnings.append(Sentence(
                QT_TRANSLATE_NOOP("engine", "{count} base-year contributors above employment or at or above the "
                                            "pensionable age were dropped."),
                count=figure(covered.dropped_contributors, ",.0f")))
        warnings += plausibility_warnings(scheme)
        base = Base(years, 1.0 - q, population, economy, covered,
                    benefits.ReferenceWages(covered.wage_profile, economy),
                    MemberClasses(earnings_factors(scheme.wage_dispersion), service_factors(scheme.service_spread)),
                    covered.wage_profile[None] * economy.wage_index[:, None, None], tuple(warnings))
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
    Reforms that carry assumptions are projected, batch by batch, on the varied scheme.
    """
    groups: dict[Assumptions, list[int]] = {}
    for n, reform in enumerate(reforms):
        groups.setdefault(reform.assumptions, []).append(n)
    if list(groups) in ([], [Assumptions()]):
        return _project_batch(scheme, reforms, progress, cancelled)
    results: list[Projection | None] = [None] * len(reforms)
    done = 0
    for assumptions, members in groups.items():
        def part(fraction: float, before: int = done, size: int = len(members)) -> None:
            if progress is not None:
                progress((before + fraction * size) / len(reforms))

        batch = _project_batch(apply_assumptions(scheme, assumptions), [reforms[n] for n in members], part,
                               cancelled)
        for n, projection in zip(members, batch):
            results[n] = projection
        done += len(members)
    return results  # type: ignore[return-value]  # every slot filled


def _project_batch(scheme: Scheme, reforms: Sequence[Reform], progress: Progress | None,
                   cancelled: Cancelled | None) -> list[Projection]:
    batch = project_batch(scheme, reforms, None, progress, cancelled)
    return _projections(reforms, batch)


@dataclass(frozen=True)
class Batch:
    """A batch's indicators `(n, T, column)` in INDICATORS[1:] order and GAP `(n,)`."""

    years: np.ndarray
    table: np.ndarray
    gap: np.ndarray
    warnings: tuple[str, ...]


def project_batch(scheme: Scheme, reforms: Sequence[Reform], deviations: RateDeviations | None = None,
                  progress: Progress | None = None, cancelled: Cancelled | None = None) -> Batch:
    """The reforms (their assumptions aside) as arrays, optionally each under its own economy:
    the workbook's rates plus `deviations` (n, T), one row per reform (stochastic paths, the
    economic sensitivity tests). Refuses non-finite results as `project_many` does."""
    keep_freed_memory()
    base = scheme_base(scheme)
    paths = scenario_paths(scheme, reforms)
    economy = base.economy if deviations is None else base.economy.with_deviations(deviations)
    rows, copies = _distinct_flows(paths, deviations)
    flows = paths.select(rows)
    flow_economy = economy.select(rows)
    n = len(rows)
    totals: dict[str, list[np.ndarray]] = {}
    chunk = CHUNK if base.classes.count == 1 else CLASS_CHUNK
    for start in range(0, n, chunk):
        if cancelled is not None and cancelled():
            raise ProjectionCancelled()
        part_base = base if deviations is None else _with_economy(base, flow_economy.select(slice(start, start + chunk)))
        with np.errstate(over="ignore", invalid="ignore"):  # judged once, by refuse_non_finite
            part = _run(scheme, part_base, flows.select(slice(start, start + chunk)))
        for key, value in part.items():
            totals.setdefault(key, []).append(value)
        if progress is not None:
            progress(min(n, start + chunk) / n)
    joined = {key: np.concatenate(parts)[copies] for key, parts in totals.items()}
    with np.errstate(over="ignore", invalid="ignore"):
        table, gap = indicator_table(scheme.initial_reserve, base.population, economy, paths, joined)
    refuse_non_finite(table, gap, INDICATORS[1:], base.years, [r.name for r in reforms])
    return Batch(base.years, table, gap, base.warnings)


FINANCE_ONLY = ("contribution_rate", "admin_cost_rate", "state_subsidy_rate")  # move money, not people


def _distinct_flows(paths: ScenarioPaths, deviations: RateDeviations | None) -> tuple[np.ndarray, np.ndarray]:
    """The scenarios whose flows must be projected, and for each scenario the one it copies.

    Scenarios that differ only in the contribution rate, the administration costs, the
    subsidy or the investment return (which move the reserve, not a contribution base or a
    pension) share their flows: the candidates of a solve for the contribution rate, and the
    sensitivity tests of the return, cost no projection of their own.
    """
    n = len(paths.contribution_rate)
    columns = [np.asarray(getattr(paths, f.name), float).reshape(n, -1) for f in fields(paths)
               if f.name not in FINANCE_ONLY]
    if deviations is not None:
        columns += [deviations.inflation, deviations.real_wage_growth]
    return distinct_rows(np.concatenate(columns, axis=1))


def _with_economy(base: Base, economy: Economy) -> Base:
    """The base of a chunk whose scenarios each have their own economy."""
    return replace(base, economy=economy, reference_wages=base.reference_wages.with_economy(economy),
                   wages=base.insured.wage_profile * economy.wage_index[..., None, None])


def _run(scheme: Scheme, base: Base, paths: ScenarioPaths) -> dict[str, np.ndarray]:
    """Yearly totals `(n, T)` of contributors, wages, beneficiaries and spending by branch."""
    eco, ins = base.economy, base.insured
    q = 1.0 - base.survival
    retire_at = insured.retirement_ages(paths.pensionable_age)
    contrib = insured.contributors(ins, retire_at, paths.coverage_extension)
    survivors = insured.survivors(contrib, base.survival)
    at_award, service = insured.credited_service(np.asarray(scheme.service, float), contrib, survivors,
                                                 paths.contribution_density)
    head_count = contrib.sum(axis=(2, 3))
    insured_wages = np.einsum("ntsx,sx->nt", contrib, ins.wage_profile) * eco.wage_index
    average_wage = np.divide(insured_wages, head_count, out=np.zeros_like(head_count), where=head_count > 0)
    limited = np.isfinite(paths.contribution_ceiling_to_avg_wage)
    ceiling = np.full_like(average_wage, np.inf)  # K = c·AW where a ceiling is set (0 with no contributors)
    ceiling[limited] = paths.contribution_ceiling_to_avg_wage[limited] * average_wage[limited]
    members = insured.Insured(contrib, survivors, retire_at, at_award, service, average_wage, ceiling)
    # no award is made above the highest pensionable age (retire_at never exceeds it)
    reference = ClassReferenceWages(base.reference_wages, eco, ins.wage_profile, base.classes.z, ceiling,
                                    int(paths.pensionable_age.max()))
    growth = 1.0 + (paths.indexation_wage_share * eco.wage_growth
                    + (1.0 - paths.indexation_wage_share) * eco.inflation)
    awards = old_age_awards(members, paths, base.classes, reference)
    count, amount = benefits.pensions_in_payment(np.asarray(scheme.pensioners, float),
                                                 np.asarray(scheme.pensioners, float) * scheme.pensions,
                                                 base.survival, growth, awards.count, awards.amount, AWARD_AGES)
    covered = insured_wages
    if limited.any():
        capped = capped_wages(contrib, base.wages, base.classes.z, ceiling)
        covered = np.where(limited.any(axis=1)[:, None], capped, insured_wages)
    zero = np.zeros_like(head_count)
    out = {
        "contributors": head_count,
        "insured_wages": insured_wages,
        "covered_wages": covered,
        "old_age_pensioners": count.sum(axis=(2, 3)),
        "old_age_expenditure": amount.sum(axis=(2, 3)),
        "new_pensioners": awards.count.sum(axis=(2, 3)),
        "new_pension_amount": awards.amount.sum(axis=(2, 3)),
        "awarded": awards.awarded,
        "old_age_grants": awards.grants,
        "disability_pensioners": zero, "new_disability_pensioners": zero, "disability_expenditure": zero,
        "survivor_pensioners": zero, "orphan_pensioners": zero, "survivor_expenditure": zero,
        "funeral_grants": zero,
    }
    holders = count
    disabled = None
    if scheme.disability.in_use:
        dis = disability_pensions(scheme.disability, q, growth, members, paths, base.classes, reference)
        disabled = (dis.count, dis.amount, dis.mortality)
        holders = holders + dis.count
        out.update(disability_pensioners=dis.count.sum(axis=(2, 3)), new_disability_pensioners=dis.new,
                   disability_expenditure=dis.amount.sum(axis=(2, 3)))
    if scheme.survivors.in_use(bool((paths.survivor_share > 0).any())):
        died = deaths(scheme.survivors, members, paths, q, base.wages, scheme.disability.future_service_credit,
                      (count, amount), disabled)
        paid = survivor_pensions(scheme.survivors, q, growth, paths, died)
        holders = holders + paid.spouses
        out.update(survivor_pensioners=paid.spouses.sum(axis=(2, 3)), orphan_pensioners=paid.orphans.sum(axis=2),
                   survivor_expenditure=paid.spouse_amount.sum(axis=(2, 3)) + paid.orphan_amount.sum(axis=2))
    if scheme.funeral_grant_to_avg_wage > 0:
        died_now = (contrib + count) * q + (0.0 if disabled is None else disabled[0] * disabled[2])
        out["funeral_grants"] = scheme.funeral_grant_to_avg_wage * average_wage * died_now.sum(axis=(2, 3))
    if paths.bp_in_force.any():
        out["bp_beneficiaries"], out["bp_cost"] = benefits.basic_pension(
            base.population, holders, eco.gdp, paths.bp_in_force, paths.bp_age, paths.bp_level,
            paths.bp_pension_tested, paths.bp_take_up, paths.bp_admin_share)
    else:
        out["bp_beneficiaries"] = out["bp_cost"] = zero
    return out


def _projections(reforms: Sequence[Reform], batch: Batch) -> list[Projection]:
    index = pd.Index(batch.years, name="year")
    columns = pd.Index(INDICATORS[1:])
    reserve = columns.get_loc("reserve")
    results = []
    for n, reform in enumerate(reforms):
        frame = pd.DataFrame(batch.table[n], index=index, columns=columns, copy=False)
        gap = batch.gap[n]
        summary = {"gap": float(gap) if np.isfinite(gap) else None,
                   "depletion_year": finance.depletion_year(batch.years, batch.table[n, :, reserve])}
        results.append(Projection(name=reform.name, indicators=frame, summary=summary, warnings=batch.warnings))
    return results
