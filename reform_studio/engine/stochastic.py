"""Stochastic projections: economic paths drawn around the deterministic assumptions.

Each path adds to inflation, real wage growth and the investment return a deviation that
follows a first-order vector autoregression with a diagonal coefficient matrix (each rate
an AR(1)) and correlated normal shocks (methodology section 17, with the equations). The
deviations are 0 in the base year, which is known, and drawn from their stationary
distribution from the next year on. All paths of a scenario are projected as one batch
(`project_batch`), and every scenario sees the same paths (common random numbers), so that
a reform's fan differs from the baseline's by the reform, not by the draw.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any, Callable, Sequence

import numpy as np

from reform_studio.engine.assumptions import apply
from reform_studio.engine.economy import RateDeviations
from reform_studio.engine.errors import InputError, Problem
from reform_studio.engine.projection import Cancelled, project_batch
from reform_studio.engine.reform import Reform
from reform_studio.engine.results import INDICATORS
from reform_studio.engine.scheme import Scheme
from reform_studio.engine.sentences import QT_TRANSLATE_NOOP, Sentence, figure

RATES = ("inflation", "real_wage_growth", "investment_return")
PERCENTILES = (5, 25, 50, 75, 95)
REPORTED = ("reserve_ratio", "payg_cost_rate", "reserve_to_gdp")
RATE_FLOOR = -0.99  # a drawn rate is kept above -100 % (1 + rate > 0), where the model has meaning
MAX_PATHS = 100_000
COLUMNS = INDICATORS[1:]


@dataclass(frozen=True)
class Volatility:
    """The stochastic settings: the workbook's Stochastic sheet, or these documented defaults.

    `sd`: the stationary standard deviation of each rate around its deterministic path
    (fractions a year); `autocorrelation`: the AR(1) coefficient φ; `correlation`: between the
    annual shocks of two rates, keyed by the pair in RATES order.
    """

    sd: dict[str, float] = field(default_factory=lambda: {
        "inflation": 0.015, "real_wage_growth": 0.015, "investment_return": 0.06})
    autocorrelation: dict[str, float] = field(default_factory=lambda: {
        "inflation": 0.6, "real_wage_growth": 0.5, "investment_return": 0.1})
    correlation: dict[tuple[str, str], float] = field(default_factory=lambda: {
        ("inflation", "real_wage_growth"): -0.3, ("inflation", "investment_return"): 0.3,
        ("real_wage_growth", "investment_return"): 0.2})

    def __post_init__(self) -> None:
        problems = []
        for rate in RATES:
            if not 0 <= self.sd[rate] <= 0.5:
                problems.append(Problem(Sentence(
                    QT_TRANSLATE_NOOP("engine", "the standard deviation of {rate} must be from 0 to 0.5"),
                    rate=rate)))
            if not -0.99 <= self.autocorrelation[rate] <= 0.99:
                problems.append(Problem(Sentence(
                    QT_TRANSLATE_NOOP("engine", "the autocorrelation of {rate} must be from -0.99 to 0.99"),
                    rate=rate)))
        if not problems and not _positive_semidefinite(self.correlation_matrix):
            problems.append(Problem(Sentence(
                QT_TRANSLATE_NOOP("engine", "the correlations of the shocks are not a possible correlation matrix "
                                            "(e.g. two rates strongly correlated with a third but not with each "
                                            "other)"))))
        if problems:
            raise InputError(problems)

    @property
    def correlation_matrix(self) -> np.ndarray:
        matrix = np.eye(len(RATES))
        for (a, b), value in self.correlation.items():
            i, j = RATES.index(a), RATES.index(b)
            matrix[i, j] = matrix[j, i] = value
        return matrix

    @property
    def shock_covariance(self) -> np.ndarray:
        """`Σε = D R D`, `D = diag(σ_i √(1 − φ_i²))`: shocks that give each rate its stationary sd."""
        sd = np.array([self.sd[r] for r in RATES])
        phi = np.array([self.autocorrelation[r] for r in RATES])
        scale = sd * np.sqrt(1.0 - phi ** 2)
        return self.correlation_matrix * np.outer(scale, scale)

    @property
    def stationary_covariance(self) -> np.ndarray:
        """`Σ_ij = Σε_ij / (1 − φ_i φ_j)`: the covariance of the deviations themselves."""
        phi = np.array([self.autocorrelation[r] for r in RATES])
        return self.shock_covariance / (1.0 - np.outer(phi, phi))

    def to_dict(self) -> dict[str, Any]:
        return {"sd": dict(self.sd), "autocorrelation": dict(self.autocorrelation),
                "correlation": {f"{a}/{b}": v for (a, b), v in self.correlation.items()}}


def _positive_semidefinite(matrix: np.ndarray) -> bool:
    return bool(np.linalg.eigvalsh(matrix).min() >= -1e-12)


def _factor(covariance: np.ndarray) -> np.ndarray:
    """A matrix `L` with `L Lᵀ = covariance` (symmetric square root: also for a singular one,
    such as zero volatility, where a Cholesky factor does not exist)."""
    values, vectors = np.linalg.eigh(covariance)
    return vectors * np.sqrt(np.clip(values, 0.0, None))


def draw_deviations(volatility: Volatility, paths: int, years: int, seed: int) -> RateDeviations:
    """Deviations `(paths, years)` of each rate: 0 in the base year, then the VAR(1)
    `d_t = Φ d_{t-1} + ε_t`, `ε_t ~ N(0, Σε)`, started from its stationary distribution.

    The same seed gives the same numbers; with every sd 0 every deviation is exactly 0.
    """
    rng = np.random.default_rng(seed)
    normals = rng.standard_normal((years - 1, paths, len(RATES)))
    phi = np.array([volatility.autocorrelation[r] for r in RATES])
    shock = _factor(volatility.shock_covariance)
    start = _factor(volatility.stationary_covariance)
    out = np.zeros((len(RATES), paths, years))
    if years > 1:
        current = normals[0] @ start.T
        out[:, :, 1] = current.T
        for t in range(2, years):
            current = phi * current + normals[t - 1] @ shock.T
            out[:, :, t] = current.T
    return RateDeviations(*out)


@dataclass(frozen=True)
class Fan:
    """One scenario's distribution over the paths."""

    name: str
    years: np.ndarray
    percentiles: dict[str, np.ndarray]  # indicator -> (len(PERCENTILES), T)
    probability_depleted: np.ndarray  # (T,): share of paths whose reserve ran out by each year
    gap: np.ndarray  # (len(PERCENTILES),)
    gap_mean: float | None
    deterministic: dict[str, np.ndarray]  # indicator -> (T,): the projection without deviations

    def to_dict(self) -> dict[str, Any]:
        def listed(values: np.ndarray) -> list[float | None]:
            return [float(v) if np.isfinite(v) else None for v in values]

        out: dict[str, Any] = {"name": self.name, "years": [int(y) for y in self.years]}
        for indicator in REPORTED:
            out[indicator] = {f"p{p}": listed(self.percentiles[indicator][k]) for k, p in enumerate(PERCENTILES)}
        out["probability_depleted"] = listed(self.probability_depleted)
        out["gap"] = {f"p{p}": listed(self.gap[k:k + 1])[0] for k, p in enumerate(PERCENTILES)}
        out["gap"]["mean"] = self.gap_mean
        out["deterministic"] = {indicator: listed(values) for indicator, values in self.deterministic.items()}
        return out

    def chance_depleted_before(self, year: int) -> float:
        """The share of paths whose reserve runs out before `year` (0 before the first year)."""
        earlier = self.years < year
        return float(self.probability_depleted[earlier][-1]) if earlier.any() else 0.0


@dataclass(frozen=True)
class Stochastic:
    paths: int
    seed: int
    volatility: Volatility
    fans: tuple[Fan, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"paths": self.paths, "seed": self.seed, "volatility": self.volatility.to_dict(),
                "percentiles": list(PERCENTILES), "scenarios": [fan.to_dict() for fan in self.fans]}


def _reported(table: np.ndarray) -> dict[str, np.ndarray]:
    """`(..., T)` of each reported indicator from a `(..., T, column)` table."""
    reserve, gdp = table[..., COLUMNS.index("reserve")], table[..., COLUMNS.index("gdp")]
    with np.errstate(divide="ignore", invalid="ignore"):
        to_gdp = np.where(gdp != 0, reserve / np.where(gdp != 0, gdp, 1.0), np.nan)
    return {"reserve_ratio": table[..., COLUMNS.index("reserve_ratio")],
            "payg_cost_rate": table[..., COLUMNS.index("payg_cost_rate")], "reserve_to_gdp": to_gdp}


def _percentiles(values: np.ndarray) -> np.ndarray:
    """Percentiles over the paths (axis 0), ignoring nulls; null where every path is null."""
    out = np.full((len(PERCENTILES),) + values.shape[1:], np.nan)
    known = ~np.isnan(values).all(axis=0)
    if known.any():
        out[..., known] = np.nanpercentile(values[..., known], PERCENTILES, axis=0)
    return out


def run_stochastic(scheme: Scheme, reforms: Sequence[Reform], paths: int, seed: int,
                   volatility: Volatility | None = None, progress: Callable[[float], None] | None = None,
                   cancelled: Cancelled | None = None) -> Stochastic:
    """Fans of the baseline and each reform (each under its own assumptions, if any)."""
    if not 1 <= paths <= MAX_PATHS:
        raise InputError(Sentence(
            QT_TRANSLATE_NOOP("engine", "the number of paths must be from 1 to {most}, not {paths}"),
            most=figure(MAX_PATHS, ",d"), paths=paths))
    volatility = volatility or Volatility()
    deviations = draw_deviations(volatility, paths, len(scheme.years), seed)
    fans = []
    for k, reform in enumerate(reforms):
        varied = apply(scheme, reform.assumptions)
        floored = _floored(varied, deviations)

        def part(fraction: float, done: int = k) -> None:
            if progress is not None:
                progress((done + fraction) / len(reforms))

        batch = project_batch(varied, [reform] * paths, floored, part, cancelled)
        central = project_batch(varied, [reform])
        reported = _reported(batch.table)
        reserve = batch.table[..., COLUMNS.index("reserve")]
        depleted = np.maximum.accumulate(reserve < 0, axis=1).mean(axis=0)
        gap = batch.gap[np.isfinite(batch.gap)]
        fans.append(Fan(reform.name, batch.years, {name: _percentiles(values) for name, values in reported.items()},
                        depleted, np.percentile(gap, PERCENTILES) if gap.size else np.full(len(PERCENTILES), np.nan),
                        float(gap.mean()) if gap.size else None,
                        {name: values[0] for name, values in _reported(central.table).items()}))
    return Stochastic(paths, seed, volatility, tuple(fans))


def _floored(scheme: Scheme, deviations: RateDeviations) -> RateDeviations:
    """Deviations that keep every drawn rate above RATE_FLOOR (unchanged where they do)."""
    years = scheme.years
    out = {}
    for f in fields(deviations):
        base = getattr(scheme, f.name).at(years)
        value = getattr(deviations, f.name)
        out[f.name] = np.where(base + value < RATE_FLOOR, RATE_FLOOR - base, value)
    return replace(deviations, **out)


def volatility_from_keys(values: dict[str, float]) -> Volatility:
    """A Volatility from the Stochastic sheet's keys (absent keys keep the defaults)."""
    default = Volatility()
    sd = {r: values.get(f"{r}_sd", default.sd[r]) for r in RATES}
    phi = {r: values.get(f"{r}_autocorrelation", default.autocorrelation[r]) for r in RATES}
    correlation = {pair: values.get(f"correlation_{pair[0]}_{pair[1]}", value)
                   for pair, value in default.correlation.items()}
    return Volatility(sd, phi, correlation)

