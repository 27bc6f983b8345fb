"""Single-age probabilities of dying on the 1-January basis of the spec, from WPP's
abridged central death rates nmx (ages 0, 1-4, 5-9, ..., 95-99, 100+).

Steps (documented in sample_data/README.md):
1. 1q0 and 4q1 from m with the Coale-Demeny separation factors (Preston, Heuveline and
   Guillot 2001, table 3.3): nqx = n*m/(1+(n-a)*m); from age 5 a constant force within the
   group, 5qx = 1 - exp(-5m) (the a = n/2 formula overstates deaths at the high rates of
   ages 90+, where it would even exceed the open group's rate).
2. The cumulative hazard of each group, -ln(1-nqx), is spread over its single years by a
   force of mortality that is log-linear between group mid-points; the knots are adjusted
   until every group's cumulative hazard is reproduced, then the small residual is scaled
   out, so the abridged survival lx at 1, 5, 10, ..., 100 is exact.
3. Person-years: L0 = l1 + a0*(l0-l1); Lx = (lx-lx+1)/mu_x (constant force within a year);
   the open group 100+ has the constant force m100+.
4. The spec's qx = 1 - L(x+1)/L(x) for x = 0..99 and q100 = 1 - T101/T100 = 1 - exp(-m100+).
"""
from __future__ import annotations

import numpy as np

GROUP_STARTS = np.array([1] + list(range(5, 100, 5)))   # groups 1-4, 5-9, ..., 95-99
GROUP_WIDTHS = np.diff(np.append(GROUP_STARTS, 100))


def infant_a0(m0: float, male: bool) -> float:
    """Coale-Demeny a0 (West), as tabulated by Preston et al. (2001)."""
    if m0 >= 0.107:
        return 0.330 if male else 0.350
    return 0.045 + 2.684 * m0 if male else 0.053 + 2.800 * m0


def child_a1(m0: float, male: bool) -> float:
    """Coale-Demeny 4a1 (West)."""
    if m0 >= 0.107:
        return 1.352 if male else 1.361
    return 1.651 - 2.816 * m0 if male else 1.522 - 1.518 * m0


def _group_hazards(nmx: np.ndarray, male: bool) -> tuple[float, float, np.ndarray]:
    """1q0, a0 and the cumulative hazard of each group 1-4 .. 95-99."""
    m0 = nmx[0]
    a0 = infant_a0(m0, male)
    q0 = m0 / (1 + (1 - a0) * m0)
    m = nmx[1:-1]
    hazards = GROUP_WIDTHS * m
    a1 = child_a1(m0, male)
    hazards[0] = -np.log1p(-4 * m[0] / (1 + (4 - a1) * m[0]))
    return q0, a0, hazards


def single_age_force(group_hazard: np.ndarray, m_open: float, iterations: int = 50) -> np.ndarray:
    """Force of mortality for single years 1..99, log-linear between knots and reproducing
    each group's cumulative hazard."""
    ages = np.arange(1, 100) + 0.5
    mids = GROUP_STARTS + GROUP_WIDTHS / 2
    knot_x = np.append(mids, 102.5)
    target = group_hazard / GROUP_WIDTHS
    knot_y = np.log(np.append(target, m_open))
    group_of_age = np.searchsorted(GROUP_STARTS, np.arange(1, 100), side="right") - 1
    for _ in range(iterations):
        mu = np.exp(_interp_extrapolate(ages, knot_x, knot_y))
        achieved = np.bincount(group_of_age, weights=mu) / GROUP_WIDTHS
        knot_y[:-1] += np.log(target / achieved)
    mu = np.exp(_interp_extrapolate(ages, knot_x, knot_y))
    achieved = np.bincount(group_of_age, weights=mu) / GROUP_WIDTHS
    return mu * (target / achieved)[group_of_age]


def _interp_extrapolate(at: np.ndarray, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Linear interpolation, extended linearly beyond the first knot."""
    out = np.interp(at, x, y)
    below = at < x[0]
    slope = (y[1] - y[0]) / (x[1] - x[0])
    out[below] = y[0] + slope * (at[below] - x[0])
    return out


def spec_qx(nmx: np.ndarray, male: bool) -> np.ndarray:
    """Probabilities of dying between two 1 Januaries, ages 0..100 (100 = 100+), from the
    22 abridged rates nmx (0, 1, 5, ..., 95, 100+)."""
    nmx = np.asarray(nmx, float)
    if nmx.shape != (22,) or np.any(nmx <= 0):
        raise ValueError("need 22 positive abridged death rates")
    q0, a0, hazards = _group_hazards(nmx, male)
    m_open = nmx[-1]
    mu = single_age_force(hazards, m_open)
    l = np.empty(101)
    l[0] = 1.0
    l[1] = 1 - q0
    l[2:] = l[1] * np.exp(-np.cumsum(mu))
    big_l = np.empty(101)
    big_l[0] = l[1] + a0 * (l[0] - l[1])
    big_l[1:100] = (l[1:100] - l[2:101]) / mu
    big_l[100] = l[100] * (1 - np.exp(-m_open)) / m_open
    qx = np.empty(101)
    qx[:100] = 1 - big_l[1:] / big_l[:-1]
    qx[100] = 1 - np.exp(-m_open)
    return qx


def life_expectancy(nmx: np.ndarray, male: bool) -> float:
    """e0 of the single-age table (T0/l0); the build prints it next to WPP's e0."""
    nmx = np.asarray(nmx, float)
    q0, a0, hazards = _group_hazards(nmx, male)
    mu = single_age_force(hazards, nmx[-1])
    l1 = 1 - q0
    l = l1 * np.exp(-np.concatenate([[0.0], np.cumsum(mu)]))      # l1 .. l100
    return float(l1 + a0 * q0 + ((l[:-1] - l[1:]) / mu).sum() + l[-1] / nmx[-1])
