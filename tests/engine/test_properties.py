"""Properties every projection must have, whatever the levers (hypothesis)."""
from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reform_studio.engine.projection import project, project_many
from reform_studio.engine.reform import BasicPensionLever, Lever, Reform
from reform_studio.engine.scheme import YearPath, frozen_array

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
FROM_YEAR = st.integers(2026, 2060)


def rate_lever(low: float, high: float):
    return st.builds(lambda v, y, step: Lever(v, from_year=y, step=step),
                     st.floats(low, high), FROM_YEAR, st.none() | st.floats(0.0005, 0.05))


def age_lever():
    return st.builds(lambda v, y, n: Lever(v, from_year=y, years_per_step=n),
                     st.integers(55, 70), FROM_YEAR, st.none() | st.integers(1, 4))


LEVERS = st.fixed_dictionaries({}, optional={
    "contribution_rate": rate_lever(0.0, 0.4),
    "accrual_rate": rate_lever(0.0, 0.03),
    "minimum_pension_to_avg_wage": rate_lever(0.0, 0.6),
    "maximum_replacement_rate": rate_lever(0.0, 1.0),
    "indexation_wage_share": rate_lever(0.0, 1.0),
    "admin_cost_rate": rate_lever(0.0, 0.1),
    "state_subsidy_rate": rate_lever(0.0, 0.5),
    "contribution_density": rate_lever(0.3, 1.0),
    "pensionable_age_male": age_lever(),
    "pensionable_age_female": age_lever(),
    "reference_period_years": st.builds(lambda v: Lever(v), st.integers(1, 40)),
    "revaluation": st.builds(lambda v: Lever(v), st.sampled_from(["none", "prices", "wages"])),
    "coverage_extension": st.builds(lambda v, y, extra: Lever(v, from_year=y, full_by_year=y + extra),
                                    st.floats(0, 1), FROM_YEAR, st.integers(0, 20)),
    "basic_pension": st.builds(BasicPensionLever, st.booleans(), st.integers(55, 75), st.floats(0, 0.3),
                               st.sampled_from(["universal", "pension_tested"]), st.floats(0, 1),
                               st.floats(0, 0.2), FROM_YEAR),
})


@SETTINGS
@given(levers=LEVERS)
def test_outputs_are_finite_and_counts_non_negative(example1_scheme, levers):
    result = project(example1_scheme, Reform("random", levers)).indicators
    assert np.isfinite(result.to_numpy()).all()
    counts = ["population", "employed", "contributors", "pensioners", "new_pensioners",
              "basic_pension_beneficiaries", "expenditure", "wage_bill"]
    assert (result[counts] >= 0).all().all()


@SETTINGS
@given(low=st.floats(0.0, 0.3), extra=st.floats(0.001, 0.1), levers=LEVERS)
def test_a_higher_contribution_rate_never_lowers_a_reserve(example1_scheme, low, extra, levers):
    levers = {k: v for k, v in levers.items() if k != "contribution_rate"}
    lower = Reform("lower", {**levers, "contribution_rate": Lever(low)})
    higher = Reform("higher", {**levers, "contribution_rate": Lever(low + extra)})
    a, b = project_many(example1_scheme, [lower, higher])
    assert (b.indicators["reserve"] >= a.indicators["reserve"] - 1e-6 * a.indicators["reserve"].abs()).all()


@pytest.mark.parametrize("fixture", ["example1_scheme", "example2_scheme"])
def test_contribution_rate_equal_to_gap_empties_the_reserve_at_the_horizon(fixture, request):
    scheme = request.getfixturevalue(fixture)
    gap = project(scheme).summary["gap"]
    balanced = project(replace(scheme, contribution_rate=gap)).indicators
    scale = balanced["expenditure"].max()
    assert abs(balanced["reserve"].iloc[-1]) < 1e-6 * scale
    assert balanced["reserve"].abs().max() > 1e3 * abs(balanced["reserve"].iloc[-1])


def test_no_deaths_births_or_migration_conserve_the_population(example2_scheme):
    zero = frozen_array(np.zeros((2, 101)))
    scheme = replace(example2_scheme, qx=zero, qx_by_year=MappingProxyType({}), tfr=None, tfr_start=0.0,
                     tfr_target=0.0, tfr_target_year=2050, net_migration=YearPath.constant(0.0))
    population = project(scheme).indicators["population"]
    np.testing.assert_allclose(population, population.iloc[0], rtol=1e-12)


@SETTINGS
@given(batch=st.lists(LEVERS, min_size=1, max_size=5))
def test_project_many_equals_project_one_by_one(example1_scheme, batch):
    reforms = [Reform(f"r{i}", levers) for i, levers in enumerate(batch)]
    together = project_many(example1_scheme, reforms)
    for reform, result in zip(reforms, together):
        alone = project(example1_scheme, reform)
        assert result.name == reform.name
        np.testing.assert_array_equal(result.indicators.to_numpy(), alone.indicators.to_numpy())
        assert result.summary == alone.summary


def test_batches_larger_than_a_chunk_match_single_runs(example1_scheme):
    reforms = [Reform(f"r{i}", {"contribution_rate": Lever(0.1 + i / 1000)}) for i in range(70)]
    results = project_many(example1_scheme, reforms)
    last = project(example1_scheme, reforms[-1])
    np.testing.assert_array_equal(results[-1].indicators.to_numpy(), last.indicators.to_numpy())
