"""Members who differ within a cohort: earnings and service classes, and the ceiling (spec 11).

A cohort is spread over 10 earnings classes × 5 service classes of equal weight. Where the
workbook sets no spread (`wage_dispersion = 0`, `service_spread = 0`) every class equals the
cohort, so one class stands for all of them: the same results, version 1's bit for bit, and
no cost. The ceiling caps each class's wage in the wage bill and in the reference wage;
scenarios without one keep the uncapped version-1 arithmetic.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from statistics import NormalDist

import numpy as np

from reform_studio.engine.benefits import MAX_PERIOD, ReferenceWages
from reform_studio.engine.distinct import distinct_rows
from reform_studio.engine.economy import Economy
from reform_studio.engine.scheme import REVALUATION_METHODS

EARNINGS_CLASSES = 10
SERVICE_CLASSES = 5
OFFSET = MAX_PERIOD + 1  # index of the base year in the extended year axis (t0-81 .. t0+H)
# Every award, old-age or disability, is made at an age up to the highest pensionable age
# (80), so the capped wage history is only ever read below it.
HISTORY_AGES = 81


def earnings_factors(dispersion: float) -> np.ndarray:
    """`z_j = e_j / mean(e)`, `e_j = exp(sd · Φ⁻¹((j - ½)/10))`: a lognormal cut in ten."""
    if dispersion == 0:
        return np.ones(1)
    quantiles = [NormalDist().inv_cdf((j - 0.5) / EARNINGS_CLASSES) for j in range(1, EARNINGS_CLASSES + 1)]
    e = np.exp(dispersion * np.array(quantiles))
    return e / e.mean()


def service_factors(spread: float) -> np.ndarray:
    """`y_k = 1 + h(2k - 6)/5`: from 1 - 4h/5 to 1 + 4h/5 of the cohort's service."""
    if spread == 0:
        return np.ones(1)
    k = np.arange(1, SERVICE_CLASSES + 1)
    return 1.0 + spread * (2 * k - 6) / SERVICE_CLASSES


@dataclass(frozen=True)
class MemberClasses:
    """The class factors of one scheme: `z` (earnings) and `y` (service)."""

    z: np.ndarray
    y: np.ndarray

    @property
    def count(self) -> int:
        return len(self.z) * len(self.y)


def capped_wages(contrib: np.ndarray, wages: np.ndarray, z: np.ndarray, ceiling: np.ndarray) -> np.ndarray:
    """`Σ_{s,x} C · mean_j min(z_j W, K)` by scenario and year: insured wages under the ceiling.

    `wages` is `W[t, s, x]`, the cohort's average wage."""
    limit = ceiling[:, :, None, None]
    insurable = np.zeros(contrib.shape)
    for zj in z:
        insurable += np.minimum(zj * wages, limit)
    return np.einsum("ntsx,ntsx->nt", contrib, insurable) / len(z)


class RunningSums:
    """`S[r, u, s, a, j]`: Σ along the cohort's diagonal up to year `u` (of the extended axis)
    and age `a` of `min(z_j · W0x[s, a'] · ratio[r, u'], ceiling[r, u'])`, for rows `r`.

    The years up to and including the base year (`u <= OFFSET`) are summed once per distinct
    row of their own, and the later years continue from the base year's sums (copied as their
    first year); both in one buffer, sex, age and class innermost, so that a cell's classes and
    the next age's lie together.
    """

    def __init__(self, profile: np.ndarray, z: np.ndarray, ratio: np.ndarray, ceiling: np.ndarray,
                 row_of: np.ndarray):
        head = OFFSET + 1
        starts, self._start_of = distinct_rows(np.concatenate((ratio[:, :head], ceiling[:, :head]), axis=1))
        rows, years = ratio.shape
        self._shape = (2, profile.shape[1], len(z))  # (sex, age, class) of one year
        block = int(np.prod(self._shape))
        self._split = len(starts) * head * block
        self._buffer = np.empty(self._split + rows * (years - head + 1) * block)
        before = self._buffer[:self._split].reshape((len(starts), head) + self._shape)
        after = self._buffer[self._split:].reshape((rows, years - head + 1) + self._shape)
        self._head, self._after_years, self._row_of = head, years - head + 1, row_of
        self._fill(before, profile, z, ratio[starts, :head], ceiling[starts, :head])
        after[:, 0] = before[self._start_of, -1]
        self._fill(after[:, 1:], profile, z, ratio[:, head:], ceiling[:, head:], after[:, 0])

    @staticmethod
    def _fill(out: np.ndarray, profile: np.ndarray, z: np.ndarray, ratio: np.ndarray, ceiling: np.ndarray,
              previous: np.ndarray | None = None) -> None:
        """The running sums over the years of `ratio` and `ceiling` (rows, years), continuing
        `previous` (the sums of the year before) where given."""
        np.multiply(profile[None, None, :, :, None] * ratio[:, :, None, None, None], z, out=out)
        np.minimum(out, ceiling[:, :, None, None, None], out=out)
        if previous is not None:
            out[:, 0, :, 1:] += previous[:, :, :-1]
        for u in range(1, out.shape[1]):  # one contiguous block a year
            out[:, u, :, 1:] += out[:, u - 1, :, :-1]

    def at(self, scenario_row: np.ndarray, year: np.ndarray, sex: np.ndarray, age: np.ndarray) -> np.ndarray:
        """`S` at year `year` of the extended axis, `(cells, J)`, for capped scenarios' rows."""
        row = self._row_of[scenario_row]
        ages = self._shape[1]
        later = year >= self._head - 1
        first_later = self._split // self._shape[2]  # the row of the later years' first entry
        index = ((row * self._after_years + year - (self._head - 1)) * 2 + sex) * ages + age + first_later
        if not later.all():  # an award's latest year is always a later one, its earliest not always
            index = np.where(later, index, ((self._start_of[row] * self._head + year) * 2 + sex) * ages + age)
        return self._buffer.reshape(-1, self._shape[2])[index]


@dataclass(frozen=True)
class Cells:
    """Award cells gathered from `(scenario, year, sex, age)` arrays: one entry per cohort awarded.

    `age` is the age at 1 January of the award year (`y + 1`), `period` the reference period.
    """

    scenario: np.ndarray
    year: np.ndarray
    sex: np.ndarray
    age: np.ndarray
    period: np.ndarray
    method: np.ndarray

    def take(self, chosen: np.ndarray) -> "Cells":
        return Cells(*(getattr(self, f.name)[chosen] for f in fields(self)))


class ClassReferenceWages:
    """`RW_j(n)` for gathered award cells, one column per earnings class.

    Without a ceiling, `RW_j = z_j · RW` from the version-1 tables. With one, each past wage
    is capped by the ceiling of the year it was earned, `min(z_j W[y+1-m, t-m], K(t-m))`, so
    the sum over the last `n` years is a difference of running sums along each cohort's
    diagonal, tabulated once per chunk for the scenarios that set a ceiling.
    """

    def __init__(self, tables: ReferenceWages, economy: Economy, wage_profile: np.ndarray, z: np.ndarray,
                 ceiling: np.ndarray, oldest: int = HISTORY_AGES):
        self._tables = tables
        self._ages = min(oldest, HISTORY_AGES)  # an award at age x reads the history up to x - 1
        self._economy = economy
        self._wage_profile = wage_profile
        self._z = z
        self._capped = np.isfinite(ceiling).any(axis=1)  # scenarios that set a ceiling
        self._ceiling = ceiling  # K(t) by scenario and year; +inf where none is set
        self._sums: dict[int, np.ndarray] = {}

    def _extended_ceiling(self) -> np.ndarray:
        """`K(u)` for `u = t0-81 .. t0+H`; before `t0`, `K(t0)·WI(u)` (spec 11)."""
        k = self._ceiling[self._capped]
        before = self._economy.index_before("wages", np.arange(OFFSET, 0, -1))
        start = k[:, :1] * (before[self._capped] if self._economy.per_scenario else before[None])
        return np.concatenate((start, k), axis=1)

    def _running_sums(self, code: int) -> "RunningSums":
        """Σ over each cohort's diagonal up to `(u, a)` of `min(z_j W, K)/IX`, for each distinct
        row of wage history and ceiling among the capped scenarios.

        Scenarios with the same history share a table (reforms that leave the ceiling and the
        contributors alone), and the years before the base year, where every path of a
        stochastic batch has the same indices, are summed once for the rows that share them.
        """
        found = self._sums.get(code)
        if found is None:
            wage_index = self._economy.extended_index("wages", OFFSET)
            index = self._economy.extended_index(REVALUATION_METHODS[code], OFFSET)
            if self._economy.per_scenario:  # each capped scenario's own indices: (n', U)
                wage_index, index = wage_index[self._capped], index[self._capped]
            ceiling = self._extended_ceiling() / index  # (n', U), in money of the revaluation index
            ratio = np.broadcast_to(wage_index / index, ceiling.shape)
            rows, row_of = distinct_rows(np.concatenate((ratio, ceiling), axis=1))
            found = self._sums[code] = RunningSums(self._wage_profile[:, :self._ages], self._z, ratio[rows],
                                                   ceiling[rows], row_of)
        return found

    def at(self, cells: Cells) -> np.ndarray:
        """`RW_j` for each cell: shape `(cells, J)`, rising with `j` (to rounding)."""
        capped = self._capped[cells.scenario]
        if not capped.any():
            return self._plain_at(cells)
        if capped.all():
            return self._capped_at(cells)
        out = np.empty((len(cells.year), len(self._z)))
        out[~capped] = self._plain_at(cells.take(~capped))
        out[capped] = self._capped_at(cells.take(capped))
        return out

    def _plain_at(self, cells: Cells) -> np.ndarray:
        rw = self._tables.at(cells.method, cells.year, cells.period, cells.sex, cells.age, cells.scenario)
        return rw[:, None] * self._z[None]

    def _capped_at(self, cells: Cells) -> np.ndarray:
        """`(IX(t)/n) · (S[t-1, y] - S[t-1-n, y-n])` from the running sums `S` along the diagonal."""
        row = (np.cumsum(self._capped) - 1)[cells.scenario]  # scenario -> row among the capped ones
        out = np.empty((len(cells.year), len(self._z)))
        for code in np.unique(cells.method).tolist():
            pick = cells.method == code
            part = cells if pick.all() else cells.take(pick)
            sums = self._running_sums(code)
            n = row if part is cells else row[pick]
            latest = sums.at(n, part.year - 1 + OFFSET, part.sex, part.age - 1)
            first_age = part.age - 1 - part.period
            earlier = sums.at(n, part.year - 1 - part.period + OFFSET, part.sex, np.maximum(first_age, 0))
            earlier[first_age < 0] = 0.0
            # Rounding may put a class a hair below the one under it where both are capped:
            # class_awards reads the classes in order, and an ulp either way is no error.
            index = self._economy.extended_index(REVALUATION_METHODS[code], 0)
            now = index[part.scenario, part.year] if self._economy.per_scenario else index[part.year]
            value = (latest - earlier) * (now / part.period)[:, None]
            if part is cells:
                return value
            out[pick] = value
        return out
