"""Example tables for the blank template: a small, synthetic but coherent population.

The numbers only have to look like a real scheme and read back as a valid Scheme, so they
come from textbook shapes rather than data: a Gompertz-Makeham life table, a young stable
population growing 1.5 % a year, a bell-shaped fertility schedule, and a maturing scheme
covering half of the employed but, being younger than its members, a quarter of the people
above the pensionable ages of the example keys. The version-2 tables follow the same idea:
disablement rising exponentially with age, marriage and orphans peaking in mid-life, stocks
that are small shares of the population.

Together with the example keys the template is a roughly balanced scheme, so that a new
user's first run is not a crisis: its cost rises from about 12 % of the wage bill as it
matures and the population ages, the general average premium is within a point or two of
the 18 % contribution rate and the reserve lasts some 45 years (tests/workbook hold it to
that).
"""
from __future__ import annotations

import numpy as np

AGES = np.arange(101)
PENSIONABLE_AGES = (65, 63)  # the template's example keys, male and female
TFR = 2.6  # the template's example key tfr (the Fertility sheet's scale)
BIRTHS = 12_000.0
GROWTH = 0.015
COVERAGE = 0.5  # share of the employed who contribute
PENSIONER_COVERAGE = 0.25  # share of the people above the pensionable ages drawing a pension
ORPHAN_AGE_LIMIT = 18  # the template's example key


def qx() -> np.ndarray:
    """(2, 101) Gompertz-Makeham probabilities of dying, higher at age 0 and for men."""
    hazard = np.array([0.0004 + 0.00004 * np.exp(0.092 * AGES),
                       0.0003 + 0.000022 * np.exp(0.095 * AGES)])
    q = 1 - np.exp(-hazard)
    q[:, 0] = (0.022, 0.018)
    q[:, 1] = (0.002, 0.0016)
    return np.round(np.minimum(q, 1.0), 6)


def population() -> np.ndarray:
    """(2, 101) persons: a stable population from the life table, 105 boys per 100 girls."""
    survivors = np.cumprod(np.hstack([np.ones((2, 1)), 1 - qx()[:, :-1]]), axis=1)
    births = BIRTHS * np.array([[1.05 / 2.05], [1 / 2.05]]) * (1 + GROWTH) ** -AGES
    pop = births * survivors
    pop[:, 100] = pop[:, 100] / qx()[:, 100]  # the open age group holds every survivor
    return np.round(pop)


def asfr() -> np.ndarray:
    """(35,) births per woman at ages 15..49, a bell around 29 summing to the example TFR."""
    ages = np.arange(15, 50)
    shape = np.exp(-0.5 * ((ages - 29) / 6.0) ** 2)
    return np.round(TFR * shape / shape.sum(), 6)


def lfpr() -> np.ndarray:
    """(2, 101) labour-force participation: entry from 15, plateau, exit towards 75."""
    rise = np.clip((AGES - 15) / 10, 0, 1)
    fall = np.clip((75 - AGES) / 15, 0, 1)
    return np.round(np.array([0.85, 0.70])[:, None] * rise * fall, 4)


def insured() -> dict[str, np.ndarray]:
    """Contributors, wages and past service by sex and age, below the pensionable ages."""
    working = np.array([AGES < age for age in PENSIONABLE_AGES])
    contributors = np.round(population() * lfpr() * 0.93 * COVERAGE * working)
    wage = 6_000 + 8_000 * np.clip((AGES - 18) / 30, 0, 1)
    wages = np.array([wage, 0.85 * wage]) * (contributors > 0)
    service = np.round(np.maximum(0, AGES - 20) * 0.7 * (contributors > 0), 1)
    return {"contributors": contributors, "wage": np.round(wages, 2), "service": service}


def pensioners() -> dict[str, np.ndarray]:
    """Pensioners and average pensions at and above the pensionable ages."""
    retired = np.array([AGES >= age for age in PENSIONABLE_AGES])
    counts = np.round(population() * PENSIONER_COVERAGE * retired)
    pensions = np.array([4_800.0, 4_000.0])[:, None] * retired
    return {"pensioners": counts, "pension": pensions}


def incidence() -> np.ndarray:
    """(2, 101) disablement rates of contributors, from 18 to the pensionable age: 0.0008
    at 20, about 0.008 at 60, women's 15 % lower."""
    rate = 0.0008 * np.exp(0.058 * (AGES - 20)) * np.array([[1.0], [0.85]])
    working = np.array([(AGES >= 18) & (AGES < age) for age in PENSIONABLE_AGES])
    return np.round(rate * working, 6)


def disability_stock() -> dict[str, np.ndarray]:
    """Disability pensioners (up to 2.5 % of the covered population) and their pensions."""
    share = COVERAGE * 0.05 * np.clip((AGES - 20) / 40, 0, 1)
    counts = np.round(population() * share)
    pensions = np.array([3_600.0, 3_000.0])[:, None] * (counts > 0)
    return {"pensioners": counts, "pension": pensions}


def survivor_rates() -> dict[str, np.ndarray]:
    """By the deceased's age and sex: an entitled spouse (up to 0.8 for men, 0.7 for women),
    entitled orphans (up to about 1.2 around 38 for fathers, 35 for mothers) and their age."""
    adult = np.clip((AGES - 18) / 12, 0, 1)
    old = np.clip((AGES - 65) / 35, 0, 1)
    married = np.array([0.8 * adult * (1 - 0.5 * old), 0.7 * adult * (1 - 0.7 * old)])
    parents = np.array([1.2 * np.exp(-0.5 * ((AGES - peak) / 9) ** 2) * (AGES >= 20)
                        for peak in (38, 35)])
    ages = np.array([np.clip(np.round(0.7 * (AGES - start)), 0, ORPHAN_AGE_LIMIT - 1)
                     for start in (25, 22)]) * (parents > 0)
    return {"married": np.round(married, 4), "orphans": np.round(parents, 4), "age": ages}


def survivor_stock() -> dict[str, np.ndarray]:
    """Spouses drawing a pension, mostly widows from 35 up (by 80, two in five of the women
    the scheme covers), and orphans below the limit."""
    widowed = np.clip((AGES - 35) / 45, 0, 1)
    spouses = np.round(population() * PENSIONER_COVERAGE * np.array([[0.1], [0.4]]) * widowed)
    orphans = np.round(population().sum(axis=0) * COVERAGE * 0.01 * (AGES < ORPHAN_AGE_LIMIT))
    return {"spouses": spouses,
            "spouse_pension": np.array([2_000.0, 2_400.0])[:, None] * (spouses > 0),
            "orphans": orphans, "orphan_pension": 900.0 * (orphans > 0)}
