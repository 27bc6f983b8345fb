"""Income, expenditure, the reserve and the general average premium (spec 6)."""
from __future__ import annotations

import numpy as np


def reserve_path(initial: float, ret: np.ndarray, contributions: np.ndarray, subsidy: np.ndarray,
                 expenditure: np.ndarray, admin: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """`F(t)` and investment income; flows earn half a year's return, a deficit costs the same.

    `F(t) = F(t-1)(1+i) + net(1+i/2)` unrolled: `F(t) = Π(1+i) · (F0 + Σ net(1+i/2)/Π(1+i))`.
    """
    net = contributions + subsidy - expenditure - admin
    growth = np.cumprod(1.0 + ret, axis=-1)
    reserve = growth * (initial + np.cumsum(net * (1.0 + ret / 2.0) / growth, axis=-1))
    previous = np.concatenate((np.full(net.shape[:-1] + (1,), float(initial)), reserve[..., :-1]), axis=-1)
    return reserve, ret * previous + ret / 2.0 * net


def general_average_premium(initial: float, ret: np.ndarray, expenditure: np.ndarray,
                            subsidy: np.ndarray, admin_rate: np.ndarray,
                            wage_bill: np.ndarray) -> np.ndarray:
    """The constant contribution rate that leaves no reserve at the horizon's end.

    `GAP = (Σ (EXP - SUB)·v - F(t0-1)) / Σ (1 - a)·WB·v`, `v(t) = (1 + i/2) / Π(1 + i)`.
    """
    v = (1.0 + ret / 2.0) / np.cumprod(1.0 + ret, axis=-1)
    cost = ((expenditure - subsidy) * v).sum(axis=1) - initial
    base = ((1.0 - admin_rate) * wage_bill * v).sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(base != 0, cost / base, np.nan)


def depletion_year(years: np.ndarray, reserve: np.ndarray) -> int | None:
    """The first year whose year-end reserve is negative, or None."""
    negative = np.nonzero(reserve < 0)[0]
    return int(years[negative[0]]) if negative.size else None


def ratio(numerator: np.ndarray, denominator: np.ndarray) -> np.ndarray:
    """A ratio that is NaN (reported as null) where the denominator is 0."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(denominator != 0, numerator / np.where(denominator != 0, denominator, 1.0), np.nan)
