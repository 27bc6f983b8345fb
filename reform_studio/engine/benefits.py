"""New pensions, pensions in payment and the basic pension (spec 5-7).

Arrays are shaped `(scenario, year, sex, age)`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from reform_studio.engine.economy import Economy
from reform_studio.engine.scheme import REVALUATION_METHODS

if TYPE_CHECKING:
    from reform_studio.engine.classes import MemberClasses

MAX_PERIOD = 80
CELL_CHUNK = 20_000  # award cells worked out together where each scenario has its own economy
SERVICE_SLACK = 1e-9  # spec 16: a sum of densities a hair short of a threshold still qualifies


class ReferenceWages:
    """Average revalued wages over the last N years before an award, for every age at once.

    `RW[s, a] = (1/N) Σ_{j=1..N} W0x[s, a-j] · WI(t-j) · IX(t)/IX(t-j)`; wages before the
    base year use the wage index compounded back at the base-year growth (spec 3). For each
    revaluation method in use, the running sums over j are tabulated once for every award
    year, so an award is one lookup whatever the reference period.
    """

    def __init__(self, wage_profile: np.ndarray, economy: Economy):
        self._economy = economy
        ages = wage_profile.shape[1]
        shifted = np.zeros((MAX_PERIOD, 2, ages))
        for j in range(1, MAX_PERIOD + 1):
            shifted[j - 1, :, j:] = wage_profile[:, : ages - j]
        self._shifted = shifted  # [j-1, s, a] = W0x[s, a - j]
        self._tables: dict[int, np.ndarray] = {}

    def with_economy(self, economy: Economy) -> "ReferenceWages":
        """The same wage history under another economy (one per scenario, for a chunk)."""
        other = object.__new__(ReferenceWages)
        other._economy, other._shifted, other._tables = economy, self._shifted, {}
        return other

    def _table(self, code: int) -> np.ndarray:
        """`[t, N-1, s, a]`: N × RW for awards in year index t, for every N up to MAX_PERIOD."""
        table = self._tables.get(code)
        if table is None:
            index = self._economy.extended_index(REVALUATION_METHODS[code], MAX_PERIOD)
            wages = self._economy.extended_index("wages", MAX_PERIOD)
            now = MAX_PERIOD + np.arange(len(self._economy.years))
            past = now[:, None] - np.arange(1, MAX_PERIOD + 1)[None, :]  # (T, j)
            factors = wages[past] * index[now][:, None] / index[past]
            table = np.cumsum(factors[:, :, None, None] * self._shifted[None], axis=1)
            self._tables[code] = table
        return table

    def at(self, methods: np.ndarray, years: np.ndarray, periods: np.ndarray, sexes: np.ndarray,
           ages: np.ndarray, scenarios: np.ndarray) -> np.ndarray:
        """`RW` for gathered cells: award year index, reference period, sex and age at award
        (and scenario, read only where each scenario has its own economy)."""
        out = np.empty(len(years))
        for code in np.unique(methods).tolist():
            pick = methods == code
            if self._economy.per_scenario:
                sums = self._cell_sums(code, scenarios[pick], years[pick], periods[pick], sexes[pick], ages[pick])
            else:
                sums = self._table(code)[years[pick], periods[pick] - 1, sexes[pick], ages[pick]]
            out[pick] = sums / periods[pick]
        return out

    def _cell_sums(self, code: int, scenarios: np.ndarray, years: np.ndarray, periods: np.ndarray,
                   sexes: np.ndarray, ages: np.ndarray) -> np.ndarray:
        """N × RW cell by cell from each scenario's own indices: the table's arithmetic (the
        same products summed in the same order), without a table per scenario."""
        index = self._economy.extended_index(REVALUATION_METHODS[code], MAX_PERIOD)  # (n, 80 + T)
        wages = self._economy.extended_index("wages", MAX_PERIOD)
        out = np.empty(len(years))
        for start in range(0, len(years), CELL_CHUNK):  # (cells, j) temporaries stay small
            part = slice(start, start + CELL_CHUNK)
            longest = int(periods[part].max())
            n = scenarios[part][:, None]
            now = MAX_PERIOD + years[part]
            past = now[:, None] - np.arange(1, longest + 1)[None, :]
            factors = wages[n, past] * index[n[:, 0], now][:, None] / index[n, past]
            terms = factors * self._shifted[:longest, sexes[part], ages[part]].T
            out[part] = np.take_along_axis(np.cumsum(terms, axis=1), periods[part][:, None] - 1, axis=1)[:, 0]
        return out


@dataclass(frozen=True)
class ClassAwards:
    """What the member classes of each awarded cohort get (spec 12 and 13), by cell."""

    count: np.ndarray  # qualifying members: heads × (qualifying classes)/50
    amount: np.ndarray  # their total annual pensions: count × mean award of the qualifying classes
    grants: np.ndarray  # lump sums to the members who do not qualify, paid in the award year
    mean_award: np.ndarray  # 0 where nobody qualifies


def class_awards(members: MemberClasses, heads: np.ndarray, service: np.ndarray, credit: np.ndarray,
                 reference: np.ndarray, accrual: np.ndarray, max_rr: np.ndarray, floor: np.ndarray,
                 threshold: np.ndarray, grant_rate: np.ndarray | None) -> ClassAwards:
    """Awards class by class for gathered cells: `reference` is `(cells, J)`, the rest `(cells,)`.

    Class `(j, k)` has service `S_k = y_k × service` and qualifies when `S_k ≥ threshold`
    (less the slack). Its pension is `accrual × (S_k + credit) × RW_j`, capped at
    `max_rr × RW_j` (+inf: no cap), then floored at `floor` (the floor wins); a class that
    does not qualify gets `grant_rate × S_k × RW_j` once instead (old age) or nothing.
    """
    served = members.y[None, :] * service[:, None]  # (c, K)
    qualifies = served >= threshold[:, None] - SERVICE_SLACK
    # RW_j ≥ 0 never falls with j (but for rounding, which moves a sum by an ulp), so min(a·RW_j, m·RW_j) = min(a, m)·RW_j exactly, and the floor
    # lifts the first n_k classes: Σ_j max(b_k·RW_j, F) = n_k·F + b_k·Σ_{j≥n_k} RW_j.
    # That is O(J + K) arithmetic a cell instead of J·K, the same numbers for one class.
    rate = np.minimum(accrual[:, None] * (served + credit[:, None]), max_rr[:, None])  # b_k, (c, K)
    ranked = reference
    if floor.any():
        lifted = np.zeros(rate.shape, dtype=np.intp)  # n_k; a loop over J beats a (c, J, K) temporary
        for j in range(ranked.shape[1]):
            lifted += ranked[:, j, None] * rate < floor[:, None]
        running = np.concatenate((np.zeros((len(ranked), 1)), np.cumsum(ranked, axis=1)), axis=1)
        above = running[:, -1:] - np.take_along_axis(running, lifted, axis=1)
        paid = lifted * floor[:, None] + rate * above  # (c, K): Σ_j over earnings classes
    else:  # n_k = 0: the same sum less nothing, lifted by nothing
        paid = rate * np.cumsum(ranked, axis=1)[:, -1:]
    qualifying = qualifies.sum(axis=1) * len(members.z)
    total = np.where(qualifies, paid, 0.0).sum(axis=1)
    mean = np.divide(total, qualifying, out=np.zeros_like(total), where=qualifying > 0)
    count = heads * (qualifying / members.count)
    grants = np.zeros_like(count)
    if grant_rate is not None and grant_rate.any() and not qualifies.all():
        # Σ over classes that do not qualify of gr·S_k·RW_j = gr · Σ_j RW_j · Σ_{k short} S_k
        short = np.where(qualifies, 0.0, served).sum(axis=1)
        grants = heads / members.count * grant_rate * reference.sum(axis=1) * short
    return ClassAwards(count, count * mean, grants, mean)


def pensions_in_payment(count: np.ndarray, total: np.ndarray, survival: np.ndarray, growth: np.ndarray,
                        new_count: np.ndarray, new_amount: np.ndarray, ages: slice) -> tuple[np.ndarray, np.ndarray]:
    """Pensioners and their total annual pensions at 1 January of every year.

    Each year survivors age one year (99 and 100 pooled), pensions rise by the indexation
    `growth[n, t]` (1 + iota), and the year's new pensioners (given at `ages`) join with
    their pensions. The same recurrence serves old-age, disability and spouses' pensions.
    """
    n, T = new_count.shape[:2]
    stock = np.empty((2, n, T, 2, survival.shape[-1]))
    stock[0, :, 0], stock[1, :, 0] = count, total
    added = np.stack((new_count, new_amount))
    carried = np.empty((2, n) + survival.shape)  # what a year leaves of a count and of a pension
    carried[0] = survival
    carried[1, :, :-1] = survival[None, :-1] * growth[:, 1:, None, None]
    for k in range(1, T):
        previous, current, factor = stock[:, :, k - 1], stock[:, :, k], carried[:, :, k - 1]
        np.multiply(previous[..., :-1], factor[..., :-1], out=current[..., 1:])
        current[..., 0] = 0.0
        current[..., -1] += previous[..., -1] * factor[..., -1]
        current[..., ages] += added[:, :, k]
    return stock[0], stock[1]


def basic_pension(population: np.ndarray, pensioners: np.ndarray, gdp: np.ndarray, in_force: np.ndarray,
                  age: np.ndarray, level: np.ndarray, tested: np.ndarray, take_up: np.ndarray,
                  admin_share: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Beneficiaries and cost `(1 + admin) × level × GDP per head × take-up × eligible`, `(n, T)`.

    Eligible are everyone at or above the age (universal) or those without a scheme pension
    (pension-tested, `max(0, P - N - ND - NS)` by sex and age: `pensioners` holds the sum).
    """
    ages = np.arange(population.shape[-1])
    old = ages >= age[..., None]  # (n, T, x)
    universal = (population.sum(axis=1)[None] * old).sum(axis=-1)
    uncovered = (np.maximum(0.0, population[None] - pensioners).sum(axis=2) * old).sum(axis=-1)
    eligible = np.where(tested > 0.5, uncovered, universal)
    beneficiaries = np.where(in_force, take_up * eligible, 0.0)
    benefit = level * gdp / population.sum(axis=(1, 2))
    return beneficiaries, (1.0 + admin_share) * benefit * beneficiaries
