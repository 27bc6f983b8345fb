"""engine.costing by hand: the spec 7 formula on arrays small enough to compute in one's head."""
from __future__ import annotations

import numpy as np

from reform_studio.engine.costing import DAYS_PER_YEAR, basic_pension_cost, benefit_from_gdp_share, \
    benefit_from_ppp, eligible


def _population(per_age: float, countries: int = 2, years: int = 3) -> np.ndarray:
    """Every sex and age holds `per_age` persons times the country number (1, 2, ...)."""
    scale = np.arange(1, countries + 1, dtype=float)[:, None, None, None]
    return np.full((countries, years, 2, 101), per_age) * scale


def test_eligible_counts_both_sexes_from_the_age_up():
    population = _population(10.0)
    # ages 65..100 are 36 ages, two sexes, 10 persons: 720 in country 1, twice that in country 2
    assert np.array_equal(eligible(population, 65), np.array([[720.0] * 3, [1440.0] * 3]))
    assert np.array_equal(eligible(population, 100), np.array([[20.0] * 3, [40.0] * 3]))


def test_benefit_is_the_level_times_gdp_per_head():
    population = _population(1.0, countries=1, years=2)  # 202 persons
    gdp = np.array([[2020.0, 4040.0]])
    assert np.allclose(benefit_from_gdp_share(0.2, gdp, population), [[2.0, 4.0]])


def test_benefit_in_ppp_dollars_a_day_is_converted_and_indexed_to_prices():
    factors = np.array([100.0, 0.5])
    prices = np.array([[1.0, 1.1], [1.0, 1.0]])
    benefit = benefit_from_ppp(2.0, factors, prices)
    assert np.allclose(benefit, [[2 * DAYS_PER_YEAR * 100, 2 * DAYS_PER_YEAR * 100 * 1.1],
                                 [DAYS_PER_YEAR, DAYS_PER_YEAR]])


def test_cost_adds_administration_to_benefits_paid_to_those_who_take_it_up():
    persons = np.array([[1000.0, 2000.0]])
    gdp = np.array([[1e6, 1e6]])
    benefit = np.array([[50.0, 50.0]])
    spending = np.array([[0.25, np.nan]])
    cost = basic_pension_cost(persons, gdp, benefit, take_up=0.8, admin_share=0.05, expenditure_to_gdp=spending)
    assert np.allclose(cost.beneficiaries, [[800.0, 1600.0]])
    assert np.allclose(cost.cost, [[1.05 * 50 * 800, 1.05 * 50 * 1600]])
    assert np.allclose(cost.cost_to_gdp, [[0.042, 0.084]])
    assert np.isclose(cost.cost_to_government_expenditure[0, 0], 0.042 / 0.25)
    assert np.isnan(cost.cost_to_government_expenditure[0, 1])  # not published: unknown, not 0


def test_unknown_gdp_or_expenditure_gives_nan_not_zero():
    cost = basic_pension_cost(np.array([[10.0]]), np.array([[np.nan]]), np.array([[np.nan]]), 1.0, 0.0)
    assert np.isnan(cost.cost[0, 0]) and np.isnan(cost.cost_to_gdp[0, 0])
    assert np.isnan(cost.cost_to_government_expenditure[0, 0])
