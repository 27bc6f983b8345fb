"""Wages, prices, returns, employment and GDP by year (spec 3); shared by all scenarios."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from reform_studio.engine.scheme import Scheme


@dataclass(frozen=True)
class Economy:
    """Economic paths over the projection years `t0..t0+H` (arrays of length T)."""

    years: np.ndarray
    inflation: np.ndarray
    wage_growth: np.ndarray  # nominal: (1+g)(1+pi) - 1
    investment_return: np.ndarray
    unemployment: np.ndarray
    wage_index: np.ndarray  # WI(t0) = 1
    price_index: np.ndarray  # PI(t0) = 1
    employment: np.ndarray  # (T, 2, 101)
    gdp: np.ndarray

    def index_before(self, which: str, steps_back: np.ndarray) -> np.ndarray:
        """WI or PI at `t0 - steps_back` (spec 3: compounded back at the base-year rate)."""
        rate = self.wage_growth[0] if which == "wages" else self.inflation[0]
        return (1.0 + rate) ** (-np.asarray(steps_back, dtype=float))

    def extended_index(self, method: str, back: int) -> np.ndarray:
        """A revaluation index (`none`: 1, `wages`: WI, `prices`: PI) at the years
        `t0 - back .. t0 + H`, the years before `t0` compounded back as `index_before` does."""
        if method == "none":
            return np.ones(back + len(self.years))
        series = self.wage_index if method == "wages" else self.price_index
        return np.concatenate((self.index_before(method, np.arange(back, 0, -1)), series))


def project_economy(scheme: Scheme, population: np.ndarray, years: np.ndarray) -> Economy:
    inflation = scheme.inflation.at(years)
    real_growth = scheme.real_wage_growth.at(years)
    wage_growth = (1.0 + real_growth) * (1.0 + inflation) - 1.0
    unemployment = scheme.unemployment_rate.at(years)
    wage_index = np.cumprod(np.concatenate(([1.0], 1.0 + wage_growth[1:])))
    price_index = np.cumprod(np.concatenate(([1.0], 1.0 + inflation[1:])))
    employment = population * scheme.lfpr[None] * (1.0 - unemployment)[:, None, None]
    total = employment.sum(axis=(1, 2))
    gdp = scheme.gdp * (total / total[0] if total[0] > 0 else np.ones_like(total)) * wage_index
    return Economy(years, inflation, wage_growth, scheme.investment_return.at(years),
                   unemployment, wage_index, price_index, employment, gdp)
