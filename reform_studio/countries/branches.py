"""Disability and survivors' branches of the samples (spec 13 and 14): the age tables from
the illustrative assumptions, and base-year stocks that follow from them.

A stock is what the rules would have left today if the scheme's past had been like its
present, scaled back by the sample's past coverage decline (and, for deaths in other
cohorts, its past population growth), with nothing awarded before the scheme began to pay
(`first_award_year`). Base-year mortality stands for the past's. Like every scheme figure
here, these are illustrative assumptions, not statistics.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from reform_studio.countries.awards import Rules
from reform_studio.countries.schemes import AGES, Sample, awarded_since_start, knots_to_ages, past, pensionable_ages


@dataclass(frozen=True)
class Stock:
    """Persons by sex (or, for orphans, by age alone) and their average annual benefit."""

    count: np.ndarray
    amount: np.ndarray


def _averaged(count: np.ndarray, money: np.ndarray) -> Stock:
    whole = np.floor(count)
    amount = np.round(np.divide(money, count, out=np.zeros_like(money), where=count > 0))
    return Stock(whole, np.where(whole > 0, amount, 0.0))


def disability_incidence(sample: Sample) -> np.ndarray:
    """Incidence by age, none at or above the pensionable age (no contributors there)."""
    incidence = knots_to_ages(sample.disability_incidence)
    for s, age in enumerate(pensionable_ages(sample)):
        incidence[s, age:] = 0.0
    return np.round(incidence, 5)


def disabled_mortality(sample: Sample, qx: np.ndarray) -> np.ndarray:
    return np.minimum(1.0, float(sample.rules.get("disability_mortality_factor", 1.0)) * qx)


def disability_stock(sample: Sample, population: np.ndarray, qx: np.ndarray, rules: Rules) -> Stock:
    """Disability pensioners aged x today: those of the cohort disabled at each earlier age y
    while contributing (today's share contributing at y, scaled back), who qualified and
    survived since at the disabled's higher mortality; their award (spec 13) on the
    service they had then, deflated and indexed like an old-age pension."""
    r = sample.rules
    incidence = disability_incidence(sample)
    excess = (1 - disabled_mortality(sample, qx)) / (1 - qx)       # survival relative to everyone's
    count, money = np.zeros((2, 101)), np.zeros((2, 101))
    for s, retire in enumerate(pensionable_ages(sample)):
        for y in np.flatnonzero(incidence[s] * rules.counts[s]):
            n = min(int(r["reference_period_years"]), max(1, int(y) - 14))
            extra = float(r.get("disability_future_service_credit", 0.0)) * max(0, retire - y - 1)
            disabled = rules.counts[s, y] / population[s, y] * incidence[s, y]
            for x in range(y + 1, 101):
                k = x - y
                if not awarded_since_start(sample, k):
                    break
                credited = (rules.service[s, y] + rules.density) * (1 - sample.past_service_decline) ** k
                qualifying, award = rules.award(s, int(y), credited, n,
                                                float(r.get("disability_min_service_years", 0)), extra)
                persons = (population[s, x] * disabled * past(sample, s, k) * qualifying
                           * np.prod(excess[s, y + 1:x]))
                count[s, x] += persons
                money[s, x] += persons * rules.in_base_year(award, k)
    return _averaged(count, money)


def orphans_per_death(sample: Sample, fertility: np.ndarray, tfr: float) -> tuple[np.ndarray, np.ndarray]:
    """Entitled orphans left by one death at each age, and their average age (whole years).

    A mother aged x leaves the children she bore at ages x - c, c = 0 .. limit - 2 (those
    still below the limit a year later), at the base year's fertility; a father's children
    were borne by a mother `spouse_age_difference` years younger.
    """
    limit = int(sample.rules["orphan_age_limit"])
    gap = int(sample.rules["spouse_age_difference"])
    children_ages = np.arange(limit - 1)
    number, age = np.zeros((2, 101)), np.zeros((2, 101))
    for s, shift in enumerate((gap, 0)):
        for x in AGES:
            mother = x - shift - children_ages
            born = np.where((mother >= 15) & (mother <= 49), tfr * fertility[np.clip(mother - 15, 0, 34)], 0.0)
            if born.sum() >= 0.005:
                number[s, x] = round(born.sum(), 3)
                age[s, x] = round(float((born * children_ages).sum() / born.sum()))
    return number, age


@dataclass(frozen=True)
class Deaths:
    """Base-year deaths of members by sex and age, as a share of the population, and the
    benefit `Bs` (spec 14) their survivors' pensions are a share of, in base-year money."""

    rate: np.ndarray
    benefit: np.ndarray


def member_deaths(sample: Sample, population: np.ndarray, qx: np.ndarray, rules: Rules,
                  old_age: Stock, disabled: Stock) -> Deaths:
    r = sample.rules
    share = lambda count: np.divide(count, population, out=np.zeros_like(qx), where=population > 0)  # noqa: E731
    contributing = share(rules.counts)
    entitled = rules.service >= float(r.get("survivor_min_service_years", 0)) - 1e-9
    contributing = np.where(entitled, contributing, 0.0)
    accrued = np.zeros((2, 101))
    for s, retire in enumerate(pensionable_ages(sample)):
        to_go = np.maximum(0, retire - AGES) * float(r.get("disability_future_service_credit", 0.0))
        accrued[s] = (float(r["accrual_rate"]) * (rules.service[s] + to_go)
                      * np.minimum(rules.wage[s], rules.ceiling))
    shares = (contributing * qx, share(old_age.count) * qx,
              share(disabled.count) * disabled_mortality(sample, qx))
    benefits = (accrued, old_age.amount, disabled.amount)
    rate = sum(shares)
    money = sum(share * benefit for share, benefit in zip(shares, benefits))
    return Deaths(rate, np.divide(money, rate, out=np.zeros_like(rate), where=rate > 0))


def _back(sample: Sample, sex: int, years_back: int) -> float:
    """Deaths k years back relative to today's: fewer members and a smaller population."""
    return past(sample, sex, years_back) / (1 + sample.past_population_growth) ** years_back


def _survivor_awards(sample: Sample, population: np.ndarray, deaths: Deaths, per_death: np.ndarray,
                     award_age: np.ndarray, until: int, survival: np.ndarray, share: float,
                     rules: Rules) -> tuple[np.ndarray, np.ndarray]:
    """Survivors alive today and their pensions, by the deceased's sex and the survivor's age.

    For each year back k, the deaths of that year's members (today's, scaled back) leave
    `per_death` survivors aged `award_age` at the award; they age on at `survival` (rows by
    the deceased's sex) while below `until`, with `share × Bs` indexed since.
    """
    count, money = np.zeros((2, 101)), np.zeros((2, 101))
    for s in range(2):
        for x in np.flatnonzero(deaths.rate[s] * per_death[s]):
            start = int(award_age[s, x])
            new = population[s, x] * deaths.rate[s, x] * per_death[s, x]
            for k in range(1, until - start + 1):
                if not awarded_since_start(sample, k):
                    break
                now = start + k - 1
                persons = new * _back(sample, s, k) * np.prod(survival[s, start:now])
                count[s, now] += persons
                money[s, now] += persons * share * rules.survivor_award(deaths.benefit[s, x], k)
    return count, money


def spouse_stock(sample: Sample, population: np.ndarray, qx: np.ndarray, deaths: Deaths,
                 married: np.ndarray, rules: Rules) -> Stock:
    """Spouses by their own sex and age (spec 14: a husband `spouse_age_difference` years
    older than his wife), at their own sex's mortality."""
    gap = int(sample.rules["spouse_age_difference"])
    award_age = np.clip(np.stack([AGES + 1 - gap, AGES + 1 + gap]), 0, 100)
    count, money = _survivor_awards(sample, population, deaths, married, award_age, 101, 1 - qx[::-1],
                                    float(sample.rules["survivor_share"]), rules)
    return _averaged(count[::-1], money[::-1])


def orphan_stock(sample: Sample, population: np.ndarray, qx: np.ndarray, deaths: Deaths,
                 orphans: np.ndarray, orphan_age: np.ndarray, rules: Rules) -> Stock:
    """Orphans by age (both sexes), paid until `orphan_age_limit`, at the mean mortality
    of boys and girls."""
    child = np.broadcast_to(1 - qx.mean(axis=0), qx.shape)
    count, money = _survivor_awards(sample, population, deaths, orphans, orphan_age + 1,
                                    int(sample.rules["orphan_age_limit"]), child,
                                    float(sample.rules["orphan_share"]), rules)
    return _averaged(count.sum(axis=0), money.sum(axis=0))
