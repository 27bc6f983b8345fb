"""The illustrative scheme assumptions of each sample, and the age tables built from them.

Everything here that is not read from WPP or WDI is an illustrative assumption: plausible
in size for the country, labelled as such in the workbook's Notes column, never an
official statistic. Age profiles are given at a few knot ages and interpolated linearly
to single ages.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

AGES = np.arange(101)
Knots = tuple[tuple[int, float, float], ...]      # (age, male, female)


@dataclass(frozen=True)
class Sample:
    """One sample scheme: identity, data keys and illustrative assumptions."""

    key: str
    country: str
    m49: int
    iso3: str
    scheme_name: str
    currency: str
    description: str
    gdp_growth_2024_2025: tuple[float, float]     # nominal GDP growth assumed for 2024, 2025
    economy: dict[str, float]
    rules: dict[str, object]
    reserve_years_of_expenditure: float
    lfpr: Knots
    coverage: Knots                               # share of the employed who contribute
    average_wage: float                           # annual, average over base contributors
    wage_profile: Knots                           # relative wage by age
    service_entry_age: int
    service_density: float                        # past contribution density
    service_cap: float | None
    pensioner_share: Knots                        # pensioners / population by age
    pension_at: tuple[int, float, float]          # (age, male, female) average annual pension
    pension_decline_per_year_of_age: float
    mortality_improvement_after_anchors: float
    notes: dict[str, str] = field(default_factory=dict)


def knots_to_ages(knots: Knots) -> np.ndarray:
    """(2, 101) values, linear between knots, the end values held beyond them except that
    ages below the first knot are 0."""
    ages = np.array([k[0] for k in knots], float)
    out = np.zeros((2, 101))
    for s in range(2):
        values = np.array([k[1 + s] for k in knots], float)
        out[s] = np.interp(AGES, ages, values)
        out[s, AGES < ages[0]] = 0.0
    return out


def pensionable_ages(sample: Sample) -> tuple[int, int]:
    return int(sample.rules["pensionable_age_male"]), int(sample.rules["pensionable_age_female"])


def employed(sample: Sample, population: np.ndarray) -> np.ndarray:
    """Base-year employment, spec 3: P * lfpr * (1 - u)."""
    return population * knots_to_ages(sample.lfpr) * (1 - sample.economy["unemployment_rate"])


def contributors(sample: Sample, population: np.ndarray) -> np.ndarray:
    """Whole contributors by age: coverage share of the employed, none at or above the
    pensionable age."""
    out = np.floor(employed(sample, population) * np.clip(knots_to_ages(sample.coverage), 0, 1))
    for s, age in enumerate(pensionable_ages(sample)):
        out[s, age:] = 0
    return out


def wages(sample: Sample, counts: np.ndarray) -> np.ndarray:
    """Annual insurable wages by age for ages 15 .. pensionable age - 1, scaled so that the
    contributor-weighted average equals `average_wage`."""
    profile = knots_to_ages(sample.wage_profile)
    for s, age in enumerate(pensionable_ages(sample)):
        profile[s, age:] = 0
    profile[:, :15] = 0
    scale = sample.average_wage * counts.sum() / (counts * profile).sum()
    return np.round(profile * scale, 0)


def past_service(sample: Sample, counts: np.ndarray) -> np.ndarray:
    """Credited years by age: density x years since the entry age, capped, never more than
    age - 15, and only where there are contributors."""
    years = sample.service_density * np.maximum(AGES - sample.service_entry_age, 0)
    if sample.service_cap is not None:
        years = np.minimum(years, sample.service_cap)
    years = np.minimum(years, np.maximum(AGES - 15, 0))
    return np.where(counts > 0, np.round(np.broadcast_to(years, counts.shape), 2), 0.0)


def pensioners(sample: Sample, population: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pensioner counts (share of the population by age) and average annual pensions
    (falling with age: older cohorts retired on lower wages)."""
    counts = np.floor(population * knots_to_ages(sample.pensioner_share))
    age0, male, female = sample.pension_at
    decline = (1 - sample.pension_decline_per_year_of_age) ** np.maximum(AGES - age0, 0)
    amounts = np.round(np.stack([male * decline, female * decline]), 0)
    return counts, np.where(counts > 0, amounts, 0.0)


def base_expenditure(sample: Sample, population: np.ndarray) -> float:
    counts, amounts = pensioners(sample, population)
    return float((counts * amounts).sum())
