"""The scheme assumptions of a built workbook (a bundled sample's or a country's defaults),
and the age tables built from them.

Everything here that is not read from the shipped data is an assumption: plausible in size
for the country, labelled as such in the workbook's Notes column, never an official
statistic. Age profiles are given at a few knot ages and interpolated linearly to single
ages.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

AGES = np.arange(101)
Knots = tuple[tuple[int, float, float], ...]      # (age, male, female)


@dataclass(frozen=True)
class Sample:
    """One scheme to build: identity, data keys and assumptions (`economy` holds the long-run
    rates, which also stand for the past when base-year pensions are reconstructed)."""

    key: str
    country: str
    m49: int
    iso3: str
    scheme_name: str
    currency: str
    description: str
    economy: dict[str, float]
    rules: dict[str, object]
    reserve_years_of_expenditure: float
    lfpr: Knots
    coverage: Knots                               # share of the employed who contribute
    average_wage: float                           # annual, average over base contributors
    wage_profile: Knots                           # relative wage by age
    service_entry_age: int
    service_density: float | tuple[float, float]  # past contribution density (or men, women)
    service_cap: float | None
    past_coverage_decline: tuple[float, float]    # per year back: share of a retiring cohort
                                                  # awarded a pension, relative to the next one
    past_service_decline: float                   # per year back: service at award, relative
    first_award_year: int | None                  # no pensions awarded before (None: always)
    past_population_growth: float                 # a year, for deaths in other cohorts
    disability_incidence: Knots                   # per contributor per year (spec 13)
    married: Knots                                # P(leaving an entitled spouse), by the deceased
    mortality_improvement_after_anchors: float
    notes: tuple[tuple[str, str], ...] = ()       # (item, text): how to read the results
    base_year: int = 2025


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
    """Credited years by age: density (one for both sexes, or men's and women's) x years
    since the entry age, capped, never more than age - 15, and only where there are
    contributors."""
    density = np.broadcast_to(np.asarray(sample.service_density, float).reshape(-1, 1), (2, 1))
    years = density * np.maximum(AGES - sample.service_entry_age, 0)
    if sample.service_cap is not None:
        years = np.minimum(years, sample.service_cap)
    years = np.minimum(years, np.maximum(AGES - 15, 0))
    return np.where(counts > 0, np.round(years, 2), 0.0)


def pensioners(sample: Sample, population: np.ndarray, rules) -> tuple[np.ndarray, np.ndarray]:
    """Base-year old-age pensioners and average pensions, as `rules` (awards.Rules) would
    have awarded them.

    A pensioner aged x >= R was awarded k = x - R + 1 years before next year's award, at
    age R, and has been indexed k - 1 times since. Of their cohort, the share awarded is
    today's share contributing at R-1 (the next award's), lower by `past_coverage_decline`
    a year back, times the share of member classes that qualified; their service is lower
    by `past_service_decline` a year back. No cohort awarded before `first_award_year`
    draws a pension. Nobody below R is a pensioner: the engine does not model early
    retirement, so a base-year early retiree would be counted again when the contributors
    of their age reach R.
    """
    n_pens, amounts = np.zeros((2, 101)), np.zeros((2, 101))
    for s, age in enumerate(pensionable_ages(sample)):
        retiring = rules.counts[s, age - 1] / population[s, age - 1]
        for x in range(age, 101):
            k = x - age + 1
            if not awarded_since_start(sample, k):
                break
            qualifying, award = rules.old_age(s, (1 - sample.past_service_decline) ** k)
            n_pens[s, x] = np.floor(population[s, x] * retiring * past(sample, s, k) * qualifying)
            amounts[s, x] = round(rules.in_base_year(award, k))
    return n_pens, np.where(n_pens > 0, amounts, 0.0)


def past(sample: Sample, sex: int, years_back: int) -> float:
    """Members k years back relative to today's: the scheme covered fewer then."""
    return (1 - sample.past_coverage_decline[sex]) ** years_back


def awarded_since_start(sample: Sample, years_before_next: int) -> bool:
    """Whether an award made k years before next year's fell after the scheme began paying."""
    return sample.first_award_year is None or sample.base_year + 1 - years_before_next >= sample.first_award_year


def base_expenditure(counts: np.ndarray, amounts: np.ndarray) -> float:
    return float((counts * amounts).sum())
