"""Single-age probabilities of dying on the spec's 1-January basis from WPP's abridged central
death rates nmx (ages 0, 1-4, 5-9, ..., 95-99, 100+).

Why fitted this way: a projection reproduces WPP only if each 5-year group loses what WPP's
rates say it loses. Spreading a group's hazard 5 x nmx over its years (constant force)
understates deaths where the force rises steeply within the group (85+ came out 5-20 % too
high by 2075), so here the single-year forces are chosen so that every group's life-table
central death rate, deaths over person-years, equals WPP's nmx.

1. Age 0: 1q0 from m0 with the Coale-Demeny (West) a0 (Preston, Heuveline and Guillot 2001,
   table 3.3): q0 = m0/(1+(1-a0)m0); L0 = l1 + a0 (l0 - l1).
2. Ages 1-99: a force constant within each single year, log-linear between knots at the group
   mid-points and m100+ at 102.5 (extended linearly below the first); the group knots are scaled,
   until sum(d)/sum(L) over the group equals nmx (50 rounds: residual below 1e-9).
3. Lx = dx / mu_x; the open group 100+ has the constant force m100+, so T100 = l100 / m100+.
4. The spec's qx = 1 - L(x+1)/L(x) for x = 0..99 (L100 of the single year 100-101) and
   q100 = 1 - exp(-m100+) (= T101/T100 at constant force).
"""
from __future__ import annotations

import numpy as np

from reform_studio.countries.graduation import linear_weights

GROUP_STARTS = np.array([1] + list(range(5, 100, 5)))   # groups 1-4, 5-9, ..., 95-99
GROUP_WIDTHS = np.diff(np.append(GROUP_STARTS, 100))
GROUP_OF_AGE = np.searchsorted(GROUP_STARTS, np.arange(1, 100), side="right") - 1
IN_GROUP = np.equal.outer(GROUP_OF_AGE, np.arange(len(GROUP_STARTS))).astype(float)   # ages 1..99 -> groups
# log-knots -> log-forces at ages 1.5..99.5, linear between knots and below the first
FORCE_WEIGHTS = linear_weights(np.arange(1, 100) + 0.5, np.append(GROUP_STARTS + GROUP_WIDTHS / 2, 102.5)).T
ITERATIONS = 50


def infant_a0(m0: np.ndarray, male: bool) -> np.ndarray:
    """Coale-Demeny a0 (West), as tabulated by Preston et al. (2001)."""
    low = 0.045 + 2.684 * m0 if male else 0.053 + 2.800 * m0
    return np.where(m0 >= 0.107, 0.330 if male else 0.350, low)


def _forces(knots: np.ndarray) -> np.ndarray:
    """Single-year forces 1..99 from log-knots at the group mid-points and, last, the open
    group's rate at 102.5 (so the force keeps rising through the 90s)."""
    return np.exp(knots @ FORCE_WEIGHTS)


def _group_rates(mu: np.ndarray) -> np.ndarray:
    """Life-table central death rate of each group: deaths / person-years within it."""
    survival = np.exp(-np.cumsum(mu, axis=-1))
    l_start = np.concatenate([np.ones(mu.shape[:-1] + (1,)), survival[..., :-1]], axis=-1)
    deaths = l_start - survival
    years = deaths / mu
    return (deaths @ IN_GROUP) / (years @ IN_GROUP), l_start, years


def _table(nmx: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Single-year person-years L0..L100 (radix 1, L100 of the year 100-101), l100 and m100+."""
    nmx = np.asarray(nmx, float)
    if nmx.shape[-2:] != (2, 22) or np.any(nmx <= 0):
        raise ValueError("need 22 positive abridged death rates for each sex")
    target = nmx[..., 1:-1]
    knots = np.log(nmx[..., 1:])
    for _ in range(ITERATIONS):
        achieved = _group_rates(_forces(knots))[0]
        knots[..., :-1] += np.log(target / achieved)
    mu = _forces(knots)
    _, l_start, years = _group_rates(mu)
    l1 = 1 - _infant(nmx[..., 0])[0]
    m_open = nmx[..., -1]
    big_l = np.empty(nmx.shape[:-1] + (101,))
    big_l[..., 0] = infant_person_years(nmx[..., 0])
    big_l[..., 1:100] = l1[..., None] * years
    l100 = l1 * l_start[..., -1] * np.exp(-mu[..., -1])
    big_l[..., 100] = l100 * (1 - np.exp(-m_open)) / m_open
    return big_l, l100, m_open


def spec_qx(nmx: np.ndarray) -> np.ndarray:
    """qx (..., 2, 101) on the spec's 1-January basis from nmx (..., 2, 22), sex 0 male;
    vectorised over leading axes, since a country needs one table per anchor year."""
    big_l, _, m_open = _table(nmx)
    qx = np.empty_like(big_l)
    qx[..., :100] = 1 - big_l[..., 1:] / big_l[..., :-1]
    qx[..., 100] = 1 - np.exp(-m_open)
    return qx


def life_expectancy(nmx: np.ndarray) -> np.ndarray:
    """e0 (..., 2) of the fitted table, T0 / l0: checked against WPP's published e0."""
    big_l, l100, m_open = _table(nmx)
    return big_l[..., :100].sum(axis=-1) + l100 / m_open


def _infant(m0: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(q0, a0) by sex (..., 2)."""
    a0 = np.stack([infant_a0(m0[..., 0], True), infant_a0(m0[..., 1], False)], axis=-1)
    return m0 / (1 + (1 - a0) * m0), a0


def infant_person_years(m0: np.ndarray) -> np.ndarray:
    """L0 per birth (..., 2): the share of a year's births alive at the year's end, since births
    spread over the year survive on average as long as the person-years of age 0."""
    q0, a0 = _infant(m0)
    return 1 - q0 + a0 * q0
