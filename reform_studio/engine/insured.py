"""Insured population: coverage, contributors, retirement and credited service (spec 4-5).

Arrays are shaped `(scenario, year, sex, age)`. Retirement has a closed form, so
contributors are computed for all years at once; credited service follows each cohort
through time and is the one recurrence here.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from reform_studio.engine.economy import Economy
from reform_studio.engine.scheme import Scheme

AGE = np.arange(101)


@dataclass(frozen=True)
class InsuredBase:
    """Scenario-independent inputs of the contributor equations.

    `exposed[t, s, x]` is employment for ages below the base pensionable age `Rb` and, above
    it, the population at the participation and employment of age `Rb-1`; `coverage[s, x]`
    is base coverage, held at its `Rb-1` value above `Rb`. Their product with the coverage
    extension gives the contributors of any cohort not yet retired.
    """

    exposed: np.ndarray  # (T, 2, 101)
    coverage: np.ndarray  # (2, 101)
    covered: np.ndarray  # exposed × coverage, before any extension
    wage_profile: np.ndarray  # W0x[s, x]
    dropped_contributors: float


def insured_base(scheme: Scheme, population: np.ndarray, economy: Economy) -> InsuredBase:
    rb = scheme.pensionable_age_base
    below = AGE[None, :] < rb[:, None]
    last_working = np.clip(np.minimum(AGE[None, :], rb[:, None] - 1), 0, 100)
    sexes = np.arange(2)[:, None]
    emp0 = economy.employment[0]
    cov0 = np.divide(scheme.contributors, emp0, out=np.zeros_like(emp0), where=(emp0 > 0) & below)
    np.minimum(cov0, 1.0, out=cov0)
    dropped = float(np.where(below, np.maximum(0.0, scheme.contributors - emp0), scheme.contributors).sum())
    lfpr_at = scheme.lfpr[sexes, last_working]
    exposed = np.where(below[None], economy.employment,
                       population * lfpr_at[None] * (1.0 - economy.unemployment)[:, None, None])
    coverage = cov0[sexes, last_working]
    return InsuredBase(
        exposed=exposed,
        coverage=coverage,
        covered=exposed * coverage,
        wage_profile=np.asarray(scheme.wages)[sexes, last_working],
        dropped_contributors=dropped,
    )


def retirement_ages(pensionable_age: np.ndarray) -> np.ndarray:
    """`E[n, t, s]`: cohorts aged `E` or more in year t are retired.

    A cohort aged x in t is retired once `x - (t - t') >= R[t']` for some `t' <= t`, that is
    once `t - x <= max_{t'<=t} (t' - R[t'])`: a running maximum gives every year at once.
    """
    years = np.arange(pensionable_age.shape[-1])
    latest_birth = np.maximum.accumulate(years - pensionable_age, axis=-1)  # (n, 2, T)
    return np.moveaxis(years - latest_birth, -1, 1)  # (n, T, 2)


def contributors(base: InsuredBase, retire_at: np.ndarray, extension: np.ndarray) -> np.ndarray:
    """`C[n, t, s, x]`: exposed × extended coverage for cohorts younger than `retire_at`."""
    active = AGE < retire_at[..., None]
    if not extension.any():
        return base.covered * active
    cov = base.coverage + (1.0 - base.coverage) * extension[:, :, None, None]
    return base.exposed * cov * active


def survivors(contrib: np.ndarray, survival: np.ndarray) -> np.ndarray:
    """`S[n, t, s, x] = C[t-1, x-1] · (1 - q[t-1, x-1])`: last year's contributors, a year older."""
    out = np.zeros_like(contrib)
    out[:, 1:, :, 1:] = contrib[:, :-1, :, :-1] * survival[None, :-1, :, :-1]
    return out


def credited_service(initial: np.ndarray, contrib: np.ndarray, entrants: np.ndarray,
                     density: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """`SA[n, t, s, x] = Sv[t-1, x-1] + d(t-1)`, the service a cohort holds at 1 January of t
    (what awards count), and `Sv[n, t, s, x]` itself (what survivors' benefits count).

    `Sv` carries on along each cohort, diluted where contributors join it without past
    credits: `Sv[t] = SA[t] · min(1, S[t] / C[t])` (1 where `C[t]` = 0); `Sv[t, 0] = 0`.
    """
    keep = np.ones_like(contrib)
    np.divide(entrants, contrib, out=keep, where=contrib > 0)
    np.minimum(keep, 1.0, out=keep)
    at_award = np.zeros_like(contrib)
    service = np.empty_like(contrib)
    service[:, 0] = initial
    for k in range(1, contrib.shape[1]):
        np.add(service[:, k - 1, :, :-1], density[:, k - 1, None, None], out=at_award[:, k, :, 1:])
        np.multiply(at_award[:, k], keep[:, k], out=service[:, k])
    return at_award, service


@dataclass(frozen=True)
class Insured:
    """The insured of a batch of scenarios, as the benefit branches need them `(n, T, 2, 101)`."""

    contributors: np.ndarray  # C
    survivors: np.ndarray  # S[t, x] = C[t-1, x-1](1 - q): last year's contributors alive now
    retire_at: np.ndarray  # (n, T, 2): cohorts this old or older are retired
    at_award: np.ndarray  # SA = Sv[t-1, x-1] + d(t-1)
    service: np.ndarray  # Sv
    average_wage: np.ndarray  # (n, T) AW, gross wages
    ceiling: np.ndarray  # (n, T) K = c·AW, +inf where no ceiling is set
