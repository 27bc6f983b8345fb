"""Equations of spec sections 2-6 checked against their definitions on small cases."""
from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reform_studio.engine import finance
from reform_studio.engine.errors import InputError
from reform_studio.engine.demography import mortality_rates
from reform_studio.engine.insured import retirement_ages
from reform_studio.engine.projection import project, project_many
from reform_studio.engine.reform import Lever, Reform
from reform_studio.engine.scheme import frozen_array


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(55, 70), min_size=2, max_size=30))
def test_retirement_ages_match_the_definition(ages):
    """A cohort aged x in t is retired once x - (t - t') >= R[t'] for some t' <= t."""
    r = np.array(ages)
    closed = retirement_ages(r[None, None, :])[0, :, 0]
    for t in range(len(r)):
        for x in range(40, 101):
            retired = any(x - (t - tp) >= r[tp] for tp in range(t + 1))
            assert retired == (x >= closed[t])


def test_mortality_is_geometric_between_anchors_and_improves_after(example1_scheme):
    later = np.asarray(example1_scheme.qx) * 0.5
    scheme = replace(example1_scheme, qx_by_year=MappingProxyType({2035: frozen_array(later)}))
    q = mortality_rates(scheme, np.array([2025, 2030, 2035, 2040]))
    np.testing.assert_allclose(q[1], np.asarray(scheme.qx) * 0.5 ** 0.5)
    np.testing.assert_allclose(q[2], later)
    improvement = np.asarray(scheme.mortality_improvement)
    np.testing.assert_allclose(q[3], np.minimum(1, later * (1 - improvement) ** 5))


def test_reserve_unrolled_equals_the_recursion():
    rng = np.random.default_rng(1)
    ret = rng.uniform(-0.02, 0.08, 30)
    flows = [rng.uniform(0, 100, (2, 30)) for _ in range(4)]
    reserve, income = finance.reserve_path(500.0, ret, *flows)
    previous = np.full(2, 500.0)
    for k in range(30):
        net = flows[0][:, k] + flows[1][:, k] - flows[2][:, k] - flows[3][:, k]
        expected_income = ret[k] * previous + ret[k] / 2 * net
        previous = previous + net + expected_income
        np.testing.assert_allclose(income[:, k], expected_income, rtol=1e-12, atol=1e-9)
        np.testing.assert_allclose(reserve[:, k], previous, rtol=1e-12)


def test_depletion_year_is_first_negative_reserve():
    years = np.arange(2025, 2030)
    assert finance.depletion_year(years, np.array([5.0, 1.0, -0.1, 2.0, -3.0])) == 2027
    assert finance.depletion_year(years, np.ones(5)) is None


def test_raising_the_age_keeps_cohorts_working_and_cuts_awards(example1_scheme):
    base = project(example1_scheme).indicators
    later = project(example1_scheme, Reform("r", {"pensionable_age_male": Lever(65, from_year=2030)})).indicators
    assert later.at[2030, "new_pensioners"] < base.at[2030, "new_pensioners"]
    assert later.at[2031, "contributors"] > base.at[2031, "contributors"]
    assert (later.loc[2026:2029] == base.loc[2026:2029]).all().all()


def test_lowering_the_age_awards_several_cohorts_at_once(example1_scheme):
    base = project(example1_scheme).indicators
    earlier = project(example1_scheme, Reform("r", {"pensionable_age_male": Lever(59, from_year=2030)})).indicators
    # men aged 59, 60 and 61 in 2030 retire together with the usual women's cohort
    assert earlier.at[2030, "new_pensioners"] > 2.5 * base.at[2030, "new_pensioners"]


def test_contributors_above_employment_are_dropped_with_a_warning(example1_scheme):
    contributors = np.asarray(example1_scheme.contributors).copy()
    contributors[0, 30] *= 50
    contributors[1, 70] = 1000.0  # above the pensionable age
    result = project(replace(example1_scheme, contributors=frozen_array(contributors)))
    assert any("dropped" in w for w in result.warnings)


def test_net_emigration_larger_than_an_age_group_is_clipped_with_a_warning(example2_scheme):
    scheme = replace(example2_scheme, net_migration=replace(example2_scheme.net_migration, values=(-5e7,)))
    result = project(scheme)
    assert any("set to 0" in w for w in result.warnings)
    assert np.isfinite(result.indicators["population"]).all() and (result.indicators["population"] >= 0).all()


def test_population_by_age_sums_to_the_population_indicator(example2_scheme):
    from reform_studio.engine.projection import population_by_age

    table = population_by_age(example2_scheme)
    totals = project(example2_scheme).indicators["population"]
    np.testing.assert_allclose(table.sum(axis=1).to_numpy(), totals.to_numpy(), rtol=1e-12)
    assert table.loc[example2_scheme.base_year, ("female", 30)] == example2_scheme.population[1, 30]


def test_a_cancelled_batch_stops_before_the_next_chunk(example1_scheme):
    import pytest

    from reform_studio.engine.projection import ProjectionCancelled, project_many

    calls = []
    # accrual rates: scenarios that differ only in the contribution rate share one projection of their flows
    reforms = [Reform(f"r{i}", {"accrual_rate": Lever(0.01 + i / 100_000)}) for i in range(130)]
    with pytest.raises(ProjectionCancelled):
        project_many(example1_scheme, reforms, progress=calls.append, cancelled=lambda: len(calls) >= 1)
    assert len(calls) == 1


def test_base_year_ages_counted_twice_are_named_in_a_warning(example1_scheme):
    """Spec 16: contributors plus old-age and disability pensioners above the population."""
    pensioners = np.asarray(example1_scheme.pensioners).copy()
    pensioners[0, 66] = example1_scheme.population[0, 66] * 1.2
    pensioners[1, 70:72] = example1_scheme.population[1, 70:72] * 1.5
    result = project(replace(example1_scheme, pensioners=frozen_array(pensioners)))
    said = [w for w in result.warnings if "exceed the population" in w]
    assert said == ["Base-year contributors plus old-age and disability pensioners exceed the population of men "
                    "at age 66.",
                    "Base-year contributors plus old-age and disability pensioners exceed the population of women "
                    "at ages 70, 71."]
    assert not any("exceed the population" in w for w in project(example1_scheme).warnings)


def test_a_qualifying_period_turns_short_careers_into_grants(example4_scheme):
    """Example 4: members short of 20 years get a lump sum; a longer period means fewer pensions
    and more grants, and with no grant rate nobody short of it is paid at all."""
    t0 = example4_scheme.base_year
    base, longer, no_grant = (r.indicators for r in project_many(example4_scheme, [
        Reform(), Reform("longer", {"minimum_service_years": Lever(30)}),
        Reform("no grant", {"old_age_grant_rate": Lever(0.0)})]))
    later = slice(t0 + 1, None)
    assert (longer["share_qualifying"].loc[later] < base["share_qualifying"].loc[later]).all()
    assert (longer["lump_sum_expenditure"].loc[later] > base["lump_sum_expenditure"].loc[later]).all()
    assert (no_grant["lump_sum_expenditure"] == 0).all()
    assert (base["share_qualifying"].loc[later] < 1).all()


def test_disability_awards_credit_future_service(example3_scheme):
    """Spec 13: a future-service credit raises new disability pensions, not their number."""
    scheme = example3_scheme
    none = replace(scheme, disability=replace(scheme.disability, future_service_credit=0.0))
    full = replace(scheme, disability=replace(scheme.disability, future_service_credit=1.0))
    a, b = project(none).indicators, project(full).indicators
    np.testing.assert_allclose(a["new_disability_pensioners"], b["new_disability_pensioners"], rtol=1e-12)
    assert (b["disability_expenditure"].iloc[1:] > a["disability_expenditure"].iloc[1:]).all()


@pytest.mark.parametrize("change, named", [
    ({"initial_reserve": 1e308}, "initial_reserve and investment_return"),
    ({"wages": "huge"}, "the Contributors sheet's wages"),
    ({"pensions": "huge"}, "the Pensioners sheet's pensions"),
])
def test_an_overflow_is_refused_with_the_inputs_that_feed_it(example1_scheme, change, named):
    """Issue 11: an infinite reserve or wage bill is an error naming its inputs, never `null`."""
    change = {k: frozen_array(np.full((2, 101), 1e306)) if v == "huge" else v for k, v in change.items()}
    with pytest.raises(InputError, match="overflows") as raised:
        project(replace(example1_scheme, **change))
    assert named in str(raised.value) and "'Baseline'" in str(raised.value)


def test_implausible_mortality_is_named_in_a_warning(example1_scheme):
    dying = np.asarray(example1_scheme.qx).copy()
    dying[1] = 1.0
    worsening = np.full((2, 101), -0.2)
    result = project(replace(example1_scheme, qx=frozen_array(dying), mortality_improvement=frozen_array(worsening)))
    assert "Every base-year qx of women is 1: all of them die within the year." in result.warnings
    assert any("Mortality of men worsens by up to 20 % a year" in w for w in result.warnings)


def test_wages_above_gdp_ask_about_units(example1_scheme):
    result = project(replace(example1_scheme, gdp=example1_scheme.gdp / 1000))
    assert any("exceed GDP" in w and "same currency unit" in w for w in result.warnings)
    assert not any("exceed GDP" in w for w in project(example1_scheme).warnings)
