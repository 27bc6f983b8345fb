"""Graduation of 5-year age groups to single ages, monotone so that no count goes negative.

The method is a monotone cubic Hermite spline (PCHIP, Fritsch-Carlson derivatives as in
scipy's `PchipInterpolator`) through the cumulative counts at the group boundaries: the
cumulative curve passes through every boundary, so each group's total is preserved exactly,
and it never decreases, so no single age gets a negative count. numpy only.
"""
from __future__ import annotations

import numpy as np


def _pchip_slopes(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Fritsch-Carlson derivatives at the knots (harmonic mean inside, 3-point ends), for
    curves along the last axis of `y`."""
    h = np.diff(x)
    delta = np.diff(y, axis=-1) / h
    d = np.zeros_like(y)
    left, right = delta[..., :-1], delta[..., 1:]
    w1 = 2 * h[1:] + h[:-1]
    w2 = h[1:] + 2 * h[:-1]
    same = left * right > 0
    harmonic = (np.divide(w1, left, out=np.ones_like(left), where=same)
                + np.divide(w2, right, out=np.ones_like(right), where=same))
    d[..., 1:-1] = np.where(same, (w1 + w2) / harmonic, 0.0)
    d[..., 0] = _end_slope(h[0], h[1], delta[..., 0], delta[..., 1])
    d[..., -1] = _end_slope(h[-1], h[-2], delta[..., -1], delta[..., -2])
    return d


def _end_slope(h0: float, h1: float, m0: np.ndarray, m1: np.ndarray) -> np.ndarray:
    d = ((2 * h0 + h1) * m0 - h0 * m1) / (h0 + h1)
    d = np.where(np.sign(d) != np.sign(m0), 0.0, d)
    return np.where((np.sign(m0) != np.sign(m1)) & (np.abs(d) > np.abs(3 * m0)), 3 * m0, d)


def pchip(x: np.ndarray, y: np.ndarray, at: np.ndarray) -> np.ndarray:
    """Evaluate the monotone cubic through (x, y) at points `at` inside [x0, xn]; `y` may
    hold several curves along leading axes."""
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
    return h00 * y[..., k] + h10 * h * d[..., k] + h01 * y[..., k + 1] + h11 * h * d[..., k + 1]


def _cumulative(group_totals: np.ndarray) -> np.ndarray:
    totals = np.asarray(group_totals, float)
    return np.concatenate([np.zeros(totals.shape[:-1] + (1,)), np.cumsum(totals, axis=-1)], axis=-1)


def graduate(group_totals: np.ndarray, starts: np.ndarray, end: int) -> np.ndarray:
    """Split non-negative totals of consecutive age groups [starts[i], starts[i+1]) (the
    last ending at `end`) into single-age values for ages starts[0] .. end-1."""
    if np.any(np.asarray(group_totals) < 0):
        raise ValueError("graduation needs non-negative group totals")
    return np.maximum(graduate_signed(group_totals, starts, end), 0.0)


def graduate_signed(group_totals: np.ndarray, starts: np.ndarray, end: int) -> np.ndarray:
    """The same spline for totals of either sign (net migrants): the cumulative curve still
    passes through every boundary, so group totals are kept; no floor, since a flow may be
    negative; where the cumulative turns, PCHIP's flat turning point keeps the shape calm.
    Several curves at once along leading axes (every period and sex of a country)."""
    knots = np.append(np.asarray(starts, float), float(end))
    return np.diff(pchip(knots, _cumulative(group_totals), np.arange(int(knots[0]), end + 1)), axis=-1)


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
    residual is then scaled out group by group, so totals are kept exactly. Vectorised over
    leading axes of `group_totals` (a country's patterns of every period in one go: the
    iterations, not the periods, are what a fit costs)."""
    totals = np.asarray(group_totals, float)
    starts = np.asarray(starts, int)
    widths = np.diff(np.append(starts, end))
    ages = np.arange(starts[0], end) + 0.5
    group = np.searchsorted(starts, ages, side="right") - 1
    weights = linear_weights(ages, starts + widths / 2).T     # knots -> ages
    in_group = np.equal.outer(group, np.arange(len(starts))).astype(float)  # ages -> groups
    knots = totals / widths
    for _ in range(iterations):
        achieved = np.maximum(knots @ weights, 0.0) @ in_group
        knots = knots + (totals - achieved) / widths
    curve = np.maximum(knots @ weights, 0.0)
    achieved = curve @ in_group
    scale = np.divide(totals, achieved, out=np.zeros_like(totals), where=achieved > 0)
    return curve * scale[..., group]


def linear_weights(at: np.ndarray, x: np.ndarray) -> np.ndarray:
    """(len(at), len(x)) weights of the piecewise-linear curve through knots at `x`, extended
    linearly beyond the first and last knot: the curve at `at` is weights @ knot values."""
    k = np.clip(np.searchsorted(x, at, side="right") - 1, 0, len(x) - 2)
    share = (at - x[k]) / (x[k + 1] - x[k])
    out = np.zeros((len(at), len(x)))
    rows = np.arange(len(at))
    out[rows, k] = 1 - share
    out[rows, k + 1] = share
    return out
