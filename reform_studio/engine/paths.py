"""Year paths of every scheme parameter, for a batch of scenarios (spec 7).

The baseline path is the workbook's value, changed by its Schedule sheet; each reform's
path starts from it and follows the reform's levers and phase-ins. Arrays are shaped
`(scenario, year)`, so a batch of reforms is projected in one pass.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Sequence

import numpy as np

from reform_studio.engine.errors import InputError, Problem
from reform_studio.engine.parameters import PENSIONABLE_AGE_LEVERS, RATE_LEVERS, YEAR_STEP_LEVERS
from reform_studio.engine.reform import BasicPensionLever, Lever, Reform
from reform_studio.engine.scheme import REVALUATION_METHODS, TARGETING, BasicPension, Scheme
from reform_studio.engine.sentences import QT_TRANSLATE_NOOP, Sentence, joined


@dataclass(frozen=True)
class ScenarioPaths:
    """Every parameter by scenario and year: shape `(n, T)`; ages `(n, 2, T)`."""

    contribution_rate: np.ndarray
    accrual_rate: np.ndarray
    minimum_pension_to_avg_wage: np.ndarray  # 0 where no minimum pension is set
    maximum_replacement_rate: np.ndarray  # +inf where no maximum is set
    contribution_ceiling_to_avg_wage: np.ndarray  # +inf where no ceiling is set
    old_age_grant_rate: np.ndarray
    survivor_share: np.ndarray
    indexation_wage_share: np.ndarray
    admin_cost_rate: np.ndarray
    state_subsidy_rate: np.ndarray
    contribution_density: np.ndarray
    pensionable_age: np.ndarray  # (n, 2, T) integers
    minimum_service_years: np.ndarray  # (n, T) integers: the qualifying period MQ
    reference_period: np.ndarray  # (n, T) integers
    revaluation: np.ndarray  # (n, T) index into REVALUATION_METHODS
    coverage_extension: np.ndarray  # lambda(t)
    bp_in_force: np.ndarray  # bool
    bp_age: np.ndarray
    bp_level: np.ndarray
    bp_pension_tested: np.ndarray  # bool
    bp_take_up: np.ndarray
    bp_admin_share: np.ndarray

    def select(self, scenarios: slice) -> "ScenarioPaths":
        """The paths of a subset of the scenarios."""
        return ScenarioPaths(**{f.name: getattr(self, f.name)[scenarios] for f in fields(self)})


def baseline_rate(scheme: Scheme, name: str, years: np.ndarray) -> np.ndarray:
    """`pbase(t)`: the workbook's value, or a Schedule row's from its year until the next."""
    value = getattr(scheme, name)
    if value is None:  # an optional rule the workbook does not set
        value = 0.0 if name == "minimum_pension_to_avg_wage" else np.inf
    path = np.full(years.shape, float(value))
    for year, scheduled in scheme.schedule.get(name, ()):
        path[years >= year] = scheduled
    return path


def _phased(base: np.ndarray, value: float, start: int, reach: np.ndarray | None,
            years: np.ndarray) -> np.ndarray:
    """From `start` on, `value`, or the baseline moved towards it by at most `reach`."""
    if reach is None:
        target = np.full(years.shape, value)
    else:
        gap = value - base
        target = base + np.sign(gap) * np.minimum(np.abs(gap), reach)
    return np.where(years >= start, target, base)


def rate_path(base: np.ndarray, lever: Lever, years: np.ndarray, base_year: int) -> np.ndarray:
    """Spec 7 rate lever: the value from `from_year`, or moved towards it by `step` a year."""
    start = lever.start(base_year)
    reach = None if lever.step is None else lever.step * (years - start + 1)
    return _phased(base, float(lever.value), start, reach, years)


def age_path(base: np.ndarray, lever: Lever, years: np.ndarray, base_year: int) -> np.ndarray:
    """Spec 7 age lever: the value from `from_year`, or one year per `years_per_step`."""
    start = lever.start(base_year)
    reach = None if lever.years_per_step is None else (years - start) // lever.years_per_step + 1
    return _phased(base, int(lever.value), start, reach, years).astype(int)


def _from_year_path(base: np.ndarray, lever: Lever | None, value, years: np.ndarray,
                    base_year: int) -> np.ndarray:
    if lever is None:
        return base
    return np.where(years >= lever.start(base_year), value, base)


def coverage_path(lever: Lever | None, years: np.ndarray, base_year: int) -> np.ndarray:
    """`lambda(t)`: the share of the uncovered brought in, reached linearly by full_by_year."""
    if lever is None:
        return np.zeros(years.shape)
    start = lever.start(base_year)
    full = lever.full_by_year if lever.full_by_year is not None else start
    return lever.value * np.clip((years - start + 1) / (full - start + 1), 0.0, 1.0)


def resolve_basic_pension(baseline: BasicPension | None, lever: BasicPensionLever) -> BasicPension:
    """The basic pension a lever puts in force: its own fields, the rest from the baseline."""
    base = baseline if baseline is not None and baseline.enabled else None
    values = {}
    for key in ("enabled", "age", "level_to_gdp_per_capita", "targeting", "take_up", "admin_share"):
        given = getattr(lever, key)
        if given is not None:
            values[key] = given
        elif base is not None:
            values[key] = getattr(base, key)
    values.setdefault("enabled", True)
    if values["enabled"]:
        missing = [k for k in ("age", "level_to_gdp_per_capita") if k not in values]
        if missing:
            raise InputError(Problem(Sentence(
                QT_TRANSLATE_NOOP("engine", "{fields} required: the baseline has no basic pension to take them from"),
                fields=joined(missing, QT_TRANSLATE_NOOP("engine", "{first} and {then}"))), lever="basic_pension"))
    return BasicPension(**values, from_year=lever.from_year)


def _basic_pension_paths(scheme: Scheme, reform: Reform, years: np.ndarray) -> list[np.ndarray]:
    in_force = np.zeros(years.shape, bool)
    fields = [np.zeros(years.shape) for _ in range(5)]  # age, level, tested, take-up, admin

    def apply(bp: BasicPension, mask: np.ndarray) -> None:
        in_force[mask] = bp.enabled
        if bp.enabled:
            for arr, value in zip(fields, (bp.age, bp.level_to_gdp_per_capita,
                                           TARGETING.index(bp.targeting) == 1, bp.take_up,
                                           bp.admin_share)):
                arr[mask] = value

    if scheme.basic_pension is not None and scheme.basic_pension.enabled:
        start = scheme.basic_pension.from_year or scheme.base_year
        apply(scheme.basic_pension, years >= start)
    lever = reform.levers.get("basic_pension")
    if isinstance(lever, BasicPensionLever):
        apply(resolve_basic_pension(scheme.basic_pension, lever), years >= lever.start(scheme.base_year))
    return [in_force] + fields


def scenario_paths(scheme: Scheme, reforms: Sequence[Reform]) -> ScenarioPaths:
    """Resolve each reform against the baseline into `(scenario, year)` arrays."""
    years = scheme.years
    t0 = scheme.base_year
    baseline = {name: baseline_rate(scheme, name, years) for name in RATE_LEVERS + YEAR_STEP_LEVERS}
    period = np.full(years.shape, scheme.reference_period_years, dtype=int)
    method = np.full(years.shape, REVALUATION_METHODS.index(scheme.revaluation), dtype=int)
    basic = _basic_pension_paths(scheme, Reform(), years)
    columns: dict[str, list[np.ndarray]] = {}

    def add(name: str, path: np.ndarray) -> None:
        columns.setdefault(name, []).append(path)

    for reform in reforms:
        reform.check_against(scheme)
        levers = reform.levers
        for name in RATE_LEVERS:
            lever = levers.get(name)
            add(name, baseline[name] if lever is None else rate_path(baseline[name], lever, years, t0))
        whole_years = {name: baseline[name].astype(int) if levers.get(name) is None
                       else age_path(baseline[name].astype(int), levers[name], years, t0)
                       for name in YEAR_STEP_LEVERS}
        add("pensionable_age", np.stack([whole_years[name] for name in PENSIONABLE_AGE_LEVERS]))
        add("minimum_service_years", whole_years["minimum_service_years"])
        lever = levers.get("reference_period_years")
        add("reference_period", _from_year_path(period, lever, lever and lever.value, years, t0))
        lever = levers.get("revaluation")
        add("revaluation", _from_year_path(
            method, lever, lever and REVALUATION_METHODS.index(lever.value), years, t0))
        add("coverage_extension", coverage_path(levers.get("coverage_extension"), years, t0))
        bp = basic if "basic_pension" not in levers else _basic_pension_paths(scheme, reform, years)
        for name, path in zip(("bp_in_force", "bp_age", "bp_level", "bp_pension_tested",
                               "bp_take_up", "bp_admin_share"), bp):
            add(name, path)
    paths = ScenarioPaths(**{name: np.stack(arrs) for name, arrs in columns.items()})
    _check_reference_period(paths, reforms, years)
    return paths


def _check_reference_period(paths: ScenarioPaths, reforms: Sequence[Reform], years: np.ndarray) -> None:
    """Spec 7: the reference period may not exceed `R - 15` for either sex in any year."""
    problems = []
    too_long = paths.reference_period[:, None, :] > paths.pensionable_age - 15
    for n, reform in enumerate(reforms):
        bad = np.nonzero(too_long[n].any(axis=0))[0]
        if bad.size:
            year = int(years[bad[0]])
            problems.append(Problem(Sentence(
                QT_TRANSLATE_NOOP("engine", "in '{reform}' the reference period of {period} years is longer than "
                                            "the pensionable age minus 15 in {year}"),
                reform=reform.name, period=paths.reference_period[n, bad[0]], year=year),
                lever="reference_period_years"))
    if problems:
        raise InputError(problems)
