"""Wages, prices, returns, employment and GDP by year (spec 3).

One economy is normally shared by all scenarios (arrays of length T). Stochastic paths and
the economic sensitivity tests give each scenario its own rates: `with_deviations` makes an
economy whose rate, index and GDP arrays are `(n, T)` (employment stays shared), computed by
the same operations, so a zero deviation gives the shared economy's numbers bit for bit.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

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
    real_growth: np.ndarray  # g, what deviations are added to
    gdp_per_wage_index: np.ndarray  # GDP / WI: the employment-driven part of GDP

    @property
    def per_scenario(self) -> bool:
        """Whether each scenario has its own rates (arrays `(n, T)`)."""
        return self.inflation.ndim == 2

    def select(self, scenarios: slice) -> "Economy":
        """The economy of a subset of the scenarios (itself where it is shared)."""
        if not self.per_scenario:
            return self
        return replace(self, **{name: getattr(self, name)[scenarios] for name in PER_SCENARIO})

    def index_before(self, which: str, steps_back: np.ndarray) -> np.ndarray:
        """WI or PI at `t0 - steps_back` (spec 3: compounded back at the base-year rate);
        `(n, steps)` where each scenario has its own rates."""
        rate = (self.wage_growth if which == "wages" else self.inflation)[..., 0]
        steps = np.asarray(steps_back, dtype=float)
        return (1.0 + rate) ** (-steps) if np.ndim(rate) == 0 else (1.0 + rate[:, None]) ** (-steps[None])

    def extended_index(self, method: str, back: int) -> np.ndarray:
        """A revaluation index (`none`: 1, `wages`: WI, `prices`: PI) at the years
        `t0 - back .. t0 + H`, the years before `t0` compounded back as `index_before` does;
        `(n, back + T)` where each scenario has its own rates."""
        if method == "none":
            return np.ones(self.wage_index.shape[:-1] + (back + len(self.years),))
        series = self.wage_index if method == "wages" else self.price_index
        return np.concatenate((self.index_before(method, np.arange(back, 0, -1)), series), axis=-1)

    def with_deviations(self, deviations: "RateDeviations") -> "Economy":
        """Each scenario's economy: these rates plus its deviations `(n, T)` in every year."""
        inflation = self.inflation + deviations.inflation
        real_growth = self.real_growth + deviations.real_wage_growth
        return _economy(self.years, inflation, real_growth, self.investment_return + deviations.investment_return,
                        self.unemployment, self.employment, self.gdp_per_wage_index)


PER_SCENARIO = ("inflation", "wage_growth", "investment_return", "wage_index", "price_index", "gdp", "real_growth")


@dataclass(frozen=True)
class RateDeviations:
    """Additions `(n, T)` to the inflation, real wage growth and investment return paths."""

    inflation: np.ndarray
    real_wage_growth: np.ndarray
    investment_return: np.ndarray


def _economy(years: np.ndarray, inflation: np.ndarray, real_growth: np.ndarray, investment_return: np.ndarray,
             unemployment: np.ndarray, employment: np.ndarray, gdp_base: np.ndarray) -> Economy:
    """Indices and GDP from the rates, along the last axis (years) of any shape."""
    wage_growth = (1.0 + real_growth) * (1.0 + inflation) - 1.0
    first = np.ones(wage_growth.shape[:-1] + (1,))
    wage_index = np.cumprod(np.concatenate((first, 1.0 + wage_growth[..., 1:]), axis=-1), axis=-1)
    price_index = np.cumprod(np.concatenate((first, 1.0 + inflation[..., 1:]), axis=-1), axis=-1)
    return Economy(years, inflation, wage_growth, investment_return, unemployment, wage_index, price_index,
                   employment, gdp_base * wage_index, real_growth, gdp_base)


def project_economy(scheme: Scheme, population: np.ndarray, years: np.ndarray) -> Economy:
    unemployment = scheme.unemployment_rate.at(years)
    employment = population * scheme.lfpr[None] * (1.0 - unemployment)[:, None, None]
    total = employment.sum(axis=(1, 2))
    gdp_base = scheme.gdp * (total / total[0] if total[0] > 0 else np.ones_like(total))  # GDP / WI
    return _economy(years, scheme.inflation.at(years), scheme.real_wage_growth.at(years),
                    scheme.investment_return.at(years), unemployment, employment, gdp_base)
