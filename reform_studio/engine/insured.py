"""Insured population: coverage, contributors, retirement status and credited service (spec 4-5)."""
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

    base_age: np.ndarray  # Rb[s]
    exposed: np.ndarray  # (T, 2, 101)
    coverage: np.ndarray  # (2, 101)
    wage_profile: np.ndarray  # W0x[s, x]
    dropped_contributors: float


def insured_base(scheme: Scheme, population: np.ndarray, economy: Economy) -> InsuredBase:
    rb = scheme.pensionable_age_base
    below = AGE[None, :] < rb[:, None]
    last_working = np.clip(np.minimum(AGE[None, :], rb[:, None] - 1), 0, 100)
    sexes = np.arange(2)[:, None]
    emp0 = economy.employment[0]
    with np.errstate(divide="ignore", invalid="ignore"):
        cov0 = np.where(emp0 > 0, np.minimum(1.0, scheme.contributors / emp0), 0.0)
    cov0 = np.where(below, cov0, 0.0)
    dropped = float(np.where(below, np.maximum(0.0, scheme.contributors - emp0), scheme.contributors).sum())
    lfpr_at = scheme.lfpr[sexes, last_working]
    exposed = np.where(below[None], economy.employment,
                       population * lfpr_at[None] * (1.0 - economy.unemployment)[:, None, None])
    return InsuredBase(
        base_age=rb,
        exposed=exposed,
        coverage=cov0[sexes, last_working],
        wage_profile=np.asarray(scheme.wages)[sexes, last_working],
        dropped_contributors=dropped,
    )


def contributors(base: InsuredBase, k: int, retired: np.ndarray, extension: np.ndarray) -> np.ndarray:
    """`C[n, s, x]` in year index k: exposed × extended coverage, 0 for retired cohorts."""
    cov = base.coverage + (1.0 - base.coverage) * extension[:, None, None]
    return np.where(retired, 0.0, base.exposed[k] * cov)


def age_retired(retired: np.ndarray, pensionable_age: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Retirement status a year on, before and after applying the new pensionable age.

    A cohort once retired stays retired; one not yet retired retires when its age reaches
    the pensionable age of the new year (`pensionable_age` is `(n, 2)`). Returns the status
    carried over (`was`) and the new status; their difference is the cohorts awarded now.
    """
    was = np.empty_like(retired)
    was[..., 0] = False
    was[..., 1:] = retired[..., :-1]
    was[..., -1] |= retired[..., -1]
    return was, was | (AGE >= pensionable_age[..., None])


def credited_service(service: np.ndarray, contrib: np.ndarray, survival: np.ndarray,
                     density: np.ndarray, contrib_next: np.ndarray) -> np.ndarray:
    """`Sv[t+1]`: last year's service plus the density, diluted by entrants without credits."""
    survivors = contrib[..., :-1] * survival[..., :-1]
    nxt_c = contrib_next[..., 1:]
    with np.errstate(divide="ignore", invalid="ignore"):
        keep = np.where(nxt_c > 0, np.minimum(1.0, survivors / nxt_c), 1.0)
    out = np.zeros_like(service)
    out[..., 1:] = (service[..., :-1] + density[:, None, None]) * keep
    return out
