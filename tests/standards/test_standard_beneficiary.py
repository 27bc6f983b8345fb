"""The standard beneficiaries' benefits against hand computations (issue 16, item 1)."""
from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from reform_studio.engine.projection import project_many
from reform_studio.engine.reform import Lever, Reform
from reform_studio.engine.standards import standard_beneficiaries
from tests.standards.conftest import INFLATION, REAL_GROWTH

WAGE_GROWTH = (1 + INFLATION) * (1 + REAL_GROWTH) - 1


def found(scheme, *reforms):
    reforms = list(reforms) or [Reform("Baseline")]
    return standard_beneficiaries(scheme, reforms, project_many(scheme, reforms)), reforms


def test_wages_revaluation_gives_thirty_years_times_the_accrual_rate(plain):
    result, _ = found(plain)
    assert result.old_age[0] == pytest.approx(np.full(20, 30 * 0.015), rel=1e-12)
    assert result.years[0] == plain.base_year + 1


def test_prices_revaluation_loses_the_real_wage_growth_of_the_reference_period(plain):
    scheme = replace(plain, revaluation="prices", reference_period_years=10)
    result, _ = found(scheme)
    # W(t-m)/W(t) · PI(t)/PI(t-m) = (1 + g)^-m with constant rates, before t0 as after
    expected = 0.015 * 30 * np.mean([(1 + REAL_GROWTH) ** -m for m in range(1, 11)])
    assert result.old_age[0] == pytest.approx(np.full(20, expected), rel=1e-12)


def test_no_revaluation_loses_the_nominal_wage_growth(plain):
    result, _ = found(replace(plain, revaluation="none", reference_period_years=5))
    expected = 0.015 * 30 * np.mean([(1 + WAGE_GROWTH) ** -m for m in range(1, 6)])
    assert result.old_age[0] == pytest.approx(np.full(20, expected), rel=1e-12)


def under_ceiling(scheme, ceiling, earnings=1.0):
    """The standard beneficiaries with a ceiling `ceiling × AW`, the average wage, and by hand the
    30-year old-age share of a man who always earned `earnings × AW` (wages revaluation, 10 years)."""
    scheme = replace(scheme, contribution_ceiling_to_avg_wage=ceiling)
    reforms = [Reform("Baseline")]
    [projection] = project_many(scheme, reforms)
    result = standard_beneficiaries(scheme, reforms, [projection])
    aw = projection.indicators["average_wage"].to_numpy()
    wi = (1 + WAGE_GROWTH) ** np.arange(-80, len(aw))  # the wage index from t0-80, WI(t0) = 1

    def cap(u):  # K(u); before t0 the ceiling follows K(t0)·WI(u)
        return ceiling * (aw[u] if u >= 0 else aw[0] * wi[80 + u])

    expected = [0.015 * 30 * np.mean([min(earnings * aw[t] * wi[80 + t - m] / wi[80 + t], cap(t - m))
                                      * wi[80 + t] / wi[80 + t - m] for m in range(1, 11)]) / (earnings * aw[t])
                for t in range(1, len(aw))]
    return result, aw, expected


def test_a_ceiling_below_the_average_wage_caps_each_past_wage(plain):
    result, _, expected = under_ceiling(plain, 0.8)
    assert result.old_age[0] == pytest.approx(expected, rel=1e-12)
    assert max(expected) < 0.015 * 30  # the ceiling bites


def test_without_a_ceiling_a_high_one_changes_nothing(plain):
    low, _ = found(plain)
    high, _ = found(replace(plain, contribution_ceiling_to_avg_wage=3.0))
    assert high.old_age == pytest.approx(low.old_age, rel=1e-12)


def test_the_maximum_replacement_rate_caps_and_the_minimum_pension_floors(plain):
    capped, _ = found(replace(plain, accrual_rate=0.02, maximum_replacement_rate=0.5))
    assert capped.old_age[0] == pytest.approx(np.full(20, 0.5), rel=1e-12)
    floored, _ = found(replace(plain, accrual_rate=0.01, minimum_pension_to_avg_wage=0.35))
    assert floored.old_age[0] == pytest.approx(np.full(20, 0.35), rel=1e-12)
    both, _ = found(replace(plain, accrual_rate=0.02, maximum_replacement_rate=0.3, minimum_pension_to_avg_wage=0.35))
    assert both.old_age[0] == pytest.approx(np.full(20, 0.35), rel=1e-12)  # the floor wins over the cap


def test_a_qualifying_period_beyond_thirty_years_leaves_the_standard_beneficiary_nothing(plain):
    result, _ = found(plain, Reform("Long", {"minimum_service_years": Lever(31, from_year=2030)}))
    years = result.years
    assert result.old_age[0][years < 2030] == pytest.approx(0.45)
    assert np.all(result.old_age[0][years >= 2030] == 0)
    assert result.by_item["old_age_qualifying_period"][0][years >= 2030] == pytest.approx(31)


def test_invalidity_counts_fifteen_years_and_the_credited_years_to_the_pensionable_age(branches):
    result, _ = found(branches)
    # 15 years + 0.5 × (62 - 35) credited years, reference wage over min(10, 20) years revalued with wages
    assert result.invalidity[0] == pytest.approx(np.full(20, 0.015 * (15 + 0.5 * 27)), rel=1e-12)


def test_survivors_share_the_breadwinners_earned_pension_with_two_orphans(branches):
    scheme = replace(branches, indexation_wage_share=1.0)  # indexed once with wages: back to the award year's wage
    result, _ = found(scheme)
    shares = 0.6 + 2 * 0.2
    earned = 0.015 * (15 + 0.5 * (62 - 34))
    assert result.survivors[0] == pytest.approx(np.full(20, shares * earned), rel=1e-12)


def test_a_breadwinner_short_of_the_qualifying_period_leaves_no_survivors_pension(branches):
    scheme = replace(branches, survivors=replace(branches.survivors, min_service_years=16))
    result, _ = found(scheme)
    assert np.all(result.survivors[0] == 0)


def test_indexation_with_prices_keeps_pensions_in_payment_up_with_the_lower_of_prices_and_wages(plain):
    result, _ = found(replace(plain, indexation_wage_share=0.0))
    assert result.by_item["pension_adjustment"][0] == pytest.approx(1.0, rel=1e-12)
    wages, _ = found(replace(plain, indexation_wage_share=1.0))
    assert wages.by_item["pension_adjustment"][0] == pytest.approx((1 + WAGE_GROWTH) / (1 + INFLATION), rel=1e-12)


def test_a_reform_with_other_assumptions_is_judged_under_its_own_economy(plain):
    from reform_studio.engine.assumptions import Assumptions
    from reform_studio.engine.standards import check_standards

    scheme = replace(plain, revaluation="prices", reference_period_years=10)
    reforms = [Reform("Baseline"), Reform("Faster wages", assumptions=Assumptions(real_wage_growth=0.01))]
    base, faster = check_standards(scheme, reforms, project_many(scheme, reforms))
    growth = {"Baseline": REAL_GROWTH, "Faster wages": REAL_GROWTH + 0.01}
    for name, checks in zip(growth, (base, faster)):
        [old_age] = [c for c in checks if c.rule.item == "old_age_replacement_rate" and c.rule.convention == "C102"]
        expected = 0.015 * 30 * np.mean([(1 + growth[name]) ** -m for m in range(1, 11)])
        assert old_age.values == pytest.approx(np.full(20, expected), rel=1e-9)


def test_the_skilled_wage_check_sees_a_ceiling_the_average_wage_does_not(plain):
    # C102 Article 65(3): a ceiling must let a man earning the skilled wage (125 % of the average,
    # Article 65(6)(d)) reach the line. Ceiling 1.1 × AW, wages revaluation, 30 × 1.5 %:
    result, _, expected = under_ceiling(plain, 1.1, earnings=1.25)
    assert result.by_item["old_age_skilled_wage_rate"][0] == pytest.approx(expected, rel=1e-12)
    assert max(expected) < 0.40  # about 45 % × 1.1 / 1.25 = 39.6 %: below C102's line
    assert expected == pytest.approx(np.full(20, 0.45 * 1.1 / 1.25), rel=2e-2)
    assert result.old_age[0] == pytest.approx(np.full(20, 0.45), rel=2e-2)  # the average wage is barely touched


def test_the_skilled_wage_gets_no_help_from_a_floor_set_on_the_average_wage(plain):
    # accrual 1 %, minimum pension 35 % of AW: at AW the floor gives 35 %; at 125 % of AW the
    # formula gives 30 × 1 % = 30 % of his wage (37.5 % of AW, above the floor)
    result, _ = found(replace(plain, accrual_rate=0.01, minimum_pension_to_avg_wage=0.35))
    assert result.old_age[0] == pytest.approx(np.full(20, 0.35), rel=1e-12)
    assert result.by_item["old_age_skilled_wage_rate"][0] == pytest.approx(np.full(20, 0.30), rel=1e-12)
    plain_rates, _ = found(plain)  # no ceiling, floor or cap: the same share at any wage
    assert plain_rates.by_item["old_age_skilled_wage_rate"] == pytest.approx(plain_rates.old_age, rel=1e-12)


def test_survivors_of_a_breadwinner_above_the_ceiling_share_his_capped_wage(branches):
    # ceiling 0.8 × AW: Bs = 1.5 % × (15 + 0.5 × 28) × min(W(t-1), K(t-1)), W(t-1) = AW(t)/(1 + w),
    # K(t-1) = 0.8 AW(t-1); indexed once with wages; over AW(t)
    result, aw, _ = under_ceiling(replace(branches, indexation_wage_share=1.0), 0.8)
    earned = 0.015 * (15 + 0.5 * (62 - 34))
    expected = [(0.6 + 2 * 0.2) * earned * min(aw[t] / (1 + WAGE_GROWTH), 0.8 * aw[t - 1]) * (1 + WAGE_GROWTH) / aw[t]
                for t in range(1, len(aw))]
    assert result.survivors[0] == pytest.approx(expected, rel=1e-12)
    assert max(expected) < (0.6 + 2 * 0.2) * earned * 0.81  # the ceiling bites


def test_invalidity_with_prices_revaluation_loses_the_real_growth_of_twenty_years_at_most(branches):
    # reference period 25 years, but min(25, 35 - 15) = 20 for a man disabled at 35
    scheme = replace(branches, revaluation="prices", reference_period_years=25)
    result, _ = found(scheme)
    expected = 0.015 * (15 + 0.5 * 27) * np.mean([(1 + REAL_GROWTH) ** -m for m in range(1, 21)])
    assert result.invalidity[0] == pytest.approx(np.full(20, expected), rel=1e-12)


def test_with_full_credit_five_years_give_the_invalid_and_the_survivors_what_fifteen_do(branches):
    # future-service credit 1, accrual 0.9 %, men's age 62: invalid at 35 after 15 years or at 25
    # after 5, both 0.9 % × 42 = 37.8 %; dead at 34 or 24: 0.9 % × 43 × (0.6 + 2 × 0.2), wage-indexed
    scheme = replace(branches, accrual_rate=0.009, indexation_wage_share=1.0,
                     disability=replace(branches.disability, future_service_credit=1.0))
    result, _ = found(scheme)
    for item in ("invalidity_replacement_rate", "invalidity_five_year_rate"):
        assert result.by_item[item][0] == pytest.approx(np.full(20, 0.009 * 42), rel=1e-12)
    for item in ("survivor_replacement_rate", "survivor_five_year_rate"):
        assert result.by_item[item][0] == pytest.approx(np.full(20, 0.009 * 43), rel=1e-12)
    # half the credit: 5 years give 1.5 % × (5 + 0.5 × 37) = 35.25 %, 15 years 42.75 %
    half, _ = found(branches)
    assert half.by_item["invalidity_five_year_rate"][0] == pytest.approx(np.full(20, 0.015 * 23.5), rel=1e-12)
