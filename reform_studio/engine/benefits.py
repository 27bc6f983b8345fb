"""New pensions, pensions in payment and the basic pension (spec 5-7).

Arrays are shaped `(scenario, year, sex, age)`.
"""
from __future__ import annotations

import numpy as np

from reform_studio.engine.economy import Economy
from reform_studio.engine.scheme import REVALUATION_METHODS

MAX_PERIOD = 80


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

    def _index(self, method: str) -> np.ndarray:
        """The index at years `t0 - MAX_PERIOD .. t0 + H` (1 throughout for `none`)."""
        if method == "none":
            return np.ones(MAX_PERIOD + len(self._economy.years))
        before = np.arange(MAX_PERIOD, 0, -1)
        series = self._economy.wage_index if method == "wages" else self._economy.price_index
        return np.concatenate((self._economy.index_before(method, before), series))

    def _table(self, code: int) -> np.ndarray:
        """`[t, N-1, s, a]`: N × RW for awards in year index t, for every N up to MAX_PERIOD."""
        table = self._tables.get(code)
        if table is None:
            index = self._index(REVALUATION_METHODS[code])
            wages = self._index("wages")
            now = MAX_PERIOD + np.arange(len(self._economy.years))
            past = now[:, None] - np.arange(1, MAX_PERIOD + 1)[None, :]  # (T, j)
            factors = wages[past] * index[now][:, None] / index[past]
            table = np.cumsum(factors[:, :, None, None] * self._shifted[None], axis=1)
            self._tables[code] = table
        return table

    def lookup(self, periods: np.ndarray, methods: np.ndarray, ages: slice) -> np.ndarray:
        """`RW[n, t, s, a]` at the given ages, per scenario's reference period and revaluation."""
        years = np.arange(periods.shape[1])
        out = np.empty(periods.shape + (2, ages.stop - ages.start))
        for code in np.unique(methods).tolist():
            table = self._table(code)[years, periods - 1, :, ages] / periods[..., None, None]
            if (methods == code).all():
                return table
            out = np.where((methods == code)[..., None, None], table, out)
        return out


def award_amounts(accrual: np.ndarray, service: np.ndarray, reference_wage: np.ndarray,
                  max_rr: np.ndarray, min_pct: np.ndarray, average_wage: np.ndarray) -> np.ndarray:
    """`A = accrual × service × RW`, capped at `maxrr × RW`, then floored at `minpct × AW`.

    Rates are `(n, T)`; a maximum of +inf means none is set.
    """
    amount = accrual[..., None, None] * service * reference_wage
    capped = np.isfinite(max_rr)
    if capped.any():
        cap = np.where(capped, max_rr, 0.0)[..., None, None] * reference_wage
        amount = np.where(capped[..., None, None], np.minimum(amount, cap), amount)
    return np.maximum(amount, (min_pct * average_wage)[..., None, None])


def pensions_in_payment(count: np.ndarray, total: np.ndarray, survival: np.ndarray, growth: np.ndarray,
                        entrants: np.ndarray, awards: np.ndarray, ages: slice) -> tuple[np.ndarray, np.ndarray]:
    """Pensioners and their total annual pensions at 1 January of every year.

    Each year survivors age one year (99 and 100 pooled), pensions rise by the indexation
    `growth[n, t]` (1 + iota), and the year's new pensioners (given at `ages`) join with
    their awards.
    """
    n, T = entrants.shape[:2]
    stock = np.empty((2, n, T, 2, survival.shape[-1]))
    stock[0, :, 0], stock[1, :, 0] = count, total
    added = np.stack((entrants, entrants * awards))
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
    (pension-tested, `max(0, P - N)` by sex and age).
    """
    ages = np.arange(population.shape[-1])
    old = ages >= age[..., None]  # (n, T, x)
    universal = (population.sum(axis=1)[None] * old).sum(axis=-1)
    uncovered = (np.maximum(0.0, population[None] - pensioners).sum(axis=2) * old).sum(axis=-1)
    eligible = np.where(tested > 0.5, uncovered, universal)
    beneficiaries = np.where(in_force, take_up * eligible, 0.0)
    benefit = level * gdp / population.sum(axis=(1, 2))
    return beneficiaries, (1.0 + admin_share) * benefit * beneficiaries
