"""New pensions, pensions in payment and the basic pension (spec 5-7)."""
from __future__ import annotations

import numpy as np

from reform_studio.engine.economy import Economy
from reform_studio.engine.scheme import REVALUATION_METHODS

MAX_PERIOD = 80


class ReferenceWages:
    """Average revalued wages over the last N years before an award, for every age at once.

    `W[s, a-j, t-j] * IX(t)/IX(t-j)` summed over `j = 1..N`; wages before the base year use
    the wage index compounded back at the base-year growth (spec 3). One cumulative sum per
    revaluation method serves every reference period in the batch.
    """

    def __init__(self, wage_profile: np.ndarray, economy: Economy):
        self._economy = economy
        ages = wage_profile.shape[1]
        shifted = np.zeros((MAX_PERIOD + 1, 2, ages))
        for j in range(1, MAX_PERIOD + 1):
            shifted[j, :, j:] = wage_profile[:, : ages - j]
        self._shifted = shifted  # [j, s, a] = W0x[s, a - j]
        self._index = {m: self._extended(m) for m in REVALUATION_METHODS}
        self._wage_index = self._extended("wages")

    def _extended(self, method: str) -> np.ndarray:
        """The index at years `t0 - MAX_PERIOD .. t0 + H` (1 throughout for `none`)."""
        before = np.arange(MAX_PERIOD, 0, -1)
        if method == "none":
            return np.ones(MAX_PERIOD + len(self._economy.years))
        series = self._economy.wage_index if method == "wages" else self._economy.price_index
        return np.concatenate((self._economy.index_before(method, before), series))

    def at(self, k: int, periods: np.ndarray, methods: np.ndarray) -> np.ndarray:
        """`RW[n, s, a]` for awards at year index k, per scenario's period and method."""
        longest = int(periods.max())
        now = MAX_PERIOD + k
        past = np.arange(now - 1, now - longest - 1, -1)  # t-1 .. t-N in extended positions
        out = np.empty((len(periods),) + self._shifted.shape[1:])
        for code in np.unique(methods):
            index = self._index[REVALUATION_METHODS[code]]
            factors = self._wage_index[past] * index[now] / index[past]
            totals = np.cumsum(self._shifted[1: longest + 1] * factors[:, None, None], axis=0)
            chosen = methods == code
            out[chosen] = totals[periods[chosen] - 1] / periods[chosen][:, None, None]
        return out


def award_amounts(accrual: np.ndarray, service: np.ndarray, reference_wage: np.ndarray,
                  max_rr: np.ndarray, min_pct: np.ndarray, average_wage: np.ndarray) -> np.ndarray:
    """`A = accrual × service × RW`, capped at `maxrr × RW`, then floored at `minpct × AW`."""
    amount = accrual[:, None, None] * service * reference_wage
    capped = np.isfinite(max_rr)[:, None, None]
    cap = np.where(capped, max_rr[:, None, None], 0.0) * reference_wage
    amount = np.where(capped, np.minimum(amount, cap), amount)
    return np.maximum(amount, (min_pct * average_wage)[:, None, None])


def age_pensions(count: np.ndarray, total: np.ndarray, survival: np.ndarray,
                 indexation: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pensioners and their total pensions a year on: deaths out, indexation in, 99 and 100 pooled."""
    survivors = count * survival
    amounts = total * survival * (1.0 + indexation)[:, None, None]
    new_count = np.zeros_like(count)
    new_total = np.zeros_like(total)
    new_count[..., 1:] = survivors[..., :-1]
    new_total[..., 1:] = amounts[..., :-1]
    new_count[..., -1] += survivors[..., -1]
    new_total[..., -1] += amounts[..., -1]
    return new_count, new_total


def basic_pension(population: np.ndarray, pensioners: np.ndarray, gdp: float, in_force: np.ndarray,
                  age: np.ndarray, level: np.ndarray, tested: np.ndarray, take_up: np.ndarray,
                  admin_share: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Beneficiaries and cost `(1 + admin) × level × GDP per head × take-up × eligible`.

    Eligible are everyone at or above the age (universal) or those without a scheme pension
    (pension-tested, `max(0, P - N)` by sex and age). Arguments after `gdp` are per scenario.
    """
    ages = np.arange(population.shape[-1])
    old = ages[None, :] >= age[:, None]  # (n, x)
    universal = (population.sum(axis=0)[None, :] * old).sum(axis=1)
    uncovered = (np.maximum(0.0, population[None] - pensioners).sum(axis=1) * old).sum(axis=1)
    eligible = np.where(tested > 0.5, uncovered, universal)
    beneficiaries = np.where(in_force, take_up * eligible, 0.0)
    benefit = level * gdp / population.sum()
    return beneficiaries, (1.0 + admin_share) * benefit * beneficiaries
