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
BASE_YEAR = 2025
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
    past_coverage_decline: tuple[float, float]    # per year back: share of a retiring cohort
                                                  # awarded a pension, relative to the next one
    past_service_decline: float                   # per year back: service at award, relative
    first_award_year: int | None                  # no pensions awarded before (None: always)
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


def growth(sample: Sample) -> tuple[float, float, float]:
    """Nominal wage growth, pension indexation and the revaluation index's growth (spec 3,
    5 and 6), constant because the samples give the economy as keys."""
    e, r = sample.economy, sample.rules
    wage = (1 + e["real_wage_growth"]) * (1 + e["inflation"]) - 1
    theta = float(r["indexation_wage_share"])
    indexation = theta * wage + (1 - theta) * e["inflation"]
    revaluation = {"none": 0.0, "prices": e["inflation"], "wages": wage}[str(r["revaluation"])]
    return wage, indexation, revaluation


def next_awards(sample: Sample, counts: np.ndarray, wage: np.ndarray, service: np.ndarray,
                service_factor: float = 1.0) -> np.ndarray:
    """(2,) the award of spec 5 to the cohort aged R-1 now, at 1 January of next year, with
    its service at award times `service_factor`.

    This is the yardstick the base-year pensions are built from: whatever the base year
    says people are paid must be what the rules would have paid them.
    """
    r = sample.rules
    w, _, ix = growth(sample)
    n = int(r["reference_period_years"])
    awards = np.zeros(2)
    for s, age in enumerate(pensionable_ages(sample)):
        # W[s, R-k, t0+1-k] * IX(t0+1)/IX(t0+1-k), with W(u) = W0 * (1+w)^(u-t0)
        past = [wage[s, age - k] * (1 + w) ** (1 - k) * (1 + ix) ** k for k in range(1, n + 1)]
        reference = float(np.mean(past))
        credited = (service[s, age - 1] + float(r["contribution_density"])) * service_factor
        amount = float(r["accrual_rate"]) * credited * reference
        if "maximum_replacement_rate" in r:
            amount = min(amount, float(r["maximum_replacement_rate"]) * reference)
        if "minimum_pension_to_avg_wage" in r:
            average = (counts * wage).sum() / counts.sum() * (1 + w)
            amount = max(amount, float(r["minimum_pension_to_avg_wage"]) * average)
        awards[s] = amount
    return awards


def pensioners(sample: Sample, population: np.ndarray, counts: np.ndarray, wage: np.ndarray,
               service: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Base-year pensioners and average pensions, as the rules would have awarded them.

    A pensioner aged x >= R was awarded k = x - R + 1 years before next year's award, at
    age R, and has been indexed k - 1 times since. Of their cohort, the share awarded is
    today's share contributing at R-1 (the next award's), lower by `past_coverage_decline`
    a year back; their service is lower by `past_service_decline` a year back. With the
    economy's constant growth every wage, the average wage and so the award scale with the
    wage index, so the award then is today's formula on the shorter service, deflated.
    No cohort awarded before `first_award_year` draws a pension. Nobody below R is a
    pensioner: the engine does not model early retirement, so a base-year early retiree
    would be counted again when the contributors of their age reach R.
    """
    w, iota, _ = growth(sample)
    n_pens, amounts = np.zeros((2, 101)), np.zeros((2, 101))
    for s, age in enumerate(pensionable_ages(sample)):
        retiring = counts[s, age - 1] / population[s, age - 1]
        for x in range(age, 101):
            k = x - age + 1
            if sample.first_award_year is not None and BASE_YEAR + 1 - k < sample.first_award_year:
                break
            award = next_awards(sample, counts, wage, service, (1 - sample.past_service_decline) ** k)[s]
            n_pens[s, x] = np.floor(population[s, x] * retiring * (1 - sample.past_coverage_decline[s]) ** k)
            amounts[s, x] = round(award * (1 + iota) ** (k - 1) / (1 + w) ** k)
    return n_pens, np.where(n_pens > 0, amounts, 0.0)


def base_expenditure(counts: np.ndarray, amounts: np.ndarray) -> float:
    return float((counts * amounts).sum())
