"""Graduation of 5-year age groups to single ages, monotone so that no count goes negative.

The method is a monotone cubic Hermite spline (PCHIP, Fritsch-Carlson derivatives as in
scipy's `PchipInterpolator`) through the cumulative counts at the group boundaries: the
cumulative curve passes through every boundary, so each group's total is preserved exactly,
and it never decreases, so no single age gets a negative count. numpy only.
"""
from __future__ import annotations

import numpy as np


def _pchip_slopes(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Fritsch-Carlson derivatives at the knots (harmonic mean inside, 3-point ends)."""
    h = np.diff(x)
    delta = np.diff(y) / h
    d = np.zeros_like(y)
    for k in range(1, len(x) - 1):
        if delta[k - 1] * delta[k] > 0:
            w1 = 2 * h[k] + h[k - 1]
            w2 = h[k] + 2 * h[k - 1]
            d[k] = (w1 + w2) / (w1 / delta[k - 1] + w2 / delta[k])
    d[0] = _end_slope(h[0], h[1], delta[0], delta[1])
    d[-1] = _end_slope(h[-1], h[-2], delta[-1], delta[-2])
    return d


def _end_slope(h0: float, h1: float, m0: float, m1: float) -> float:
    d = ((2 * h0 + h1) * m0 - h0 * m1) / (h0 + h1)
    if np.sign(d) != np.sign(m0):
        return 0.0
    if np.sign(m0) != np.sign(m1) and abs(d) > abs(3 * m0):
        return 3 * m0
    return d


def pchip(x: np.ndarray, y: np.ndarray, at: np.ndarray) -> np.ndarray:
    """Evaluate the monotone cubic through (x, y) at points `at` inside [x0, xn]."""
    x = np.asarray(x, float)
    y = np.asarray(y, float)
    at = np.asarray(at, float)
    d = _pchip_slopes(x, y)
    k = np.clip(np.searchsorted(x, at, side="right") - 1, 0, len(x) - 2)
    h = x[k + 1] - x[k]
    t = (at - x[k]) / h
    h00 = 2 * t**3 - 3 * t**2 + 1
    h10 = t**3 - 2 * t**2 + t
    h01 = -2 * t**3 + 3 * t**2
    h11 = t**3 - t**2
    return h00 * y[k] + h10 * h * d[k] + h01 * y[k + 1] + h11 * h * d[k + 1]


def graduate(group_totals: np.ndarray, starts: np.ndarray, end: int) -> np.ndarray:
    """Split non-negative totals of consecutive age groups [starts[i], starts[i+1]) (the
    last ending at `end`) into single-age values for ages starts[0] .. end-1."""
    totals = np.asarray(group_totals, float)
    if np.any(totals < 0):
        raise ValueError("graduation needs non-negative group totals")
    knots = np.append(np.asarray(starts, float), float(end))
    cumulative = np.concatenate([[0.0], np.cumsum(totals)])
    ages = np.arange(int(knots[0]), end + 1)
    single = np.diff(pchip(knots, cumulative, ages))
    return np.maximum(single, 0.0)


def graduate_signed(group_totals: np.ndarray, starts: np.ndarray, end: int) -> np.ndarray:
    """The same spline for totals of either sign (net migrants): the cumulative curve still
    passes through every boundary, so group totals are kept; no floor, since a flow may be
    negative; where the cumulative turns, PCHIP's flat turning point keeps the shape calm."""
    knots = np.append(np.asarray(starts, float), float(end))
    cumulative = np.concatenate([[0.0], np.cumsum(np.asarray(group_totals, float))])
    return np.diff(pchip(knots, cumulative, np.arange(int(knots[0]), end + 1)))


def round_preserving_groups(values: np.ndarray, starts: np.ndarray, targets: np.ndarray) -> np.ndarray:
    """Whole numbers per single age whose sum within each group equals the (whole) group
    target: largest-remainder rounding, so the published group totals survive rounding."""
    out = np.floor(values).astype(np.int64)
    first = int(starts[0])
    bounds = list(np.asarray(starts, int) - first) + [len(values)]
    for g in range(len(bounds) - 1):
        lo, hi = bounds[g], bounds[g + 1]
        short = int(round(targets[g])) - int(out[lo:hi].sum())
        order = np.argsort(-(values[lo:hi] - np.floor(values[lo:hi])), kind="stable")
        for j in order[:max(short, 0)]:
            out[lo + j] += 1
    return out


def graduate_profile(group_totals: np.ndarray, starts: np.ndarray, end: int, iterations: int = 100) -> np.ndarray:
    """A smoother split for age profiles (fertility, migration): a continuous piecewise-linear
    curve through knots at the group mid-points, extended linearly to the outer edges and
    floored at 0, whose knots are adjusted until each group sums to its total; the small
    residual is then scaled out group by group, so totals are kept exactly."""
    totals = np.asarray(group_totals, float)
    starts = np.asarray(starts, int)
    widths = np.diff(np.append(starts, end))
    ages = np.arange(starts[0], end) + 0.5
    group = np.searchsorted(starts, ages, side="right") - 1
    mids = starts + widths / 2
    knots = totals / widths
    for _ in range(iterations):
        curve = _linear_with_ends(ages, mids, knots)
        achieved = np.bincount(group, weights=curve, minlength=len(totals))
        knots = knots + (totals - achieved) / widths
    curve = _linear_with_ends(ages, mids, knots)
    achieved = np.bincount(group, weights=curve, minlength=len(totals))
    scale = np.divide(totals, achieved, out=np.zeros_like(totals), where=achieved > 0)
    return curve * scale[group]


def _linear_with_ends(at: np.ndarray, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    out = np.interp(at, x, y)
    lo, hi = at < x[0], at > x[-1]
    out[lo] = y[0] + (y[1] - y[0]) / (x[1] - x[0]) * (at[lo] - x[0])
    out[hi] = y[-1] + (y[-1] - y[-2]) / (x[-1] - x[-2]) * (at[hi] - x[-1])
    return np.maximum(out, 0.0)
