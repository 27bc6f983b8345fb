"""Properties every projection must have, whatever the levers and branches (hypothesis)."""
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
from tests.engine.v2_schemes import with_branches

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
    "contribution_ceiling_to_avg_wage": st.builds(lambda v, y: Lever(v, from_year=y), st.floats(0.5, 6), FROM_YEAR),
    "minimum_service_years": st.builds(lambda v, y, n: Lever(v, from_year=y, years_per_step=n),
                                       st.integers(0, 35), FROM_YEAR, st.none() | st.integers(1, 3)),
    "old_age_grant_rate": rate_lever(0.0, 0.3),
    "survivor_share": rate_lever(0.0, 1.0),
})
# Ratios reported as null by design where their denominator is 0 (spec 8 and 16).
MAY_BE_NULL = ["share_qualifying", "new_pension_replacement_rate"]
BRANCHES = st.fixed_dictionaries({
    "dispersion": st.sampled_from([0.0, 0.3, 0.8, 1.5]), "spread": st.sampled_from([0.0, 0.5, 1.0]),
    "ceiling": st.none() | st.floats(0.8, 5.0), "qualifying": st.integers(0, 30), "grant": st.floats(0, 0.2),
    "incidence": st.floats(0, 0.02), "share": st.floats(0, 1), "orphan_share": st.floats(0, 0.5),
    "funeral": st.floats(0, 1)})


@SETTINGS
@given(branches=BRANCHES, levers=LEVERS)
def test_outputs_are_finite_and_counts_non_negative(example1_scheme, branches, levers):
    result = project(with_branches(example1_scheme, **branches), Reform("random", levers)).indicators
    assert np.isfinite(result.drop(columns=MAY_BE_NULL).to_numpy()).all()
    assert result[MAY_BE_NULL].iloc[0].isna().all()  # nobody is awarded in the base year
    counts = ["population", "employed", "contributors", "pensioners", "new_pensioners",
              "basic_pension_beneficiaries", "expenditure", "wage_bill", "old_age_pensioners",
              "disability_pensioners", "new_disability_pensioners", "survivor_pensioners", "orphan_pensioners",
              "old_age_expenditure", "disability_expenditure", "survivor_expenditure", "lump_sum_expenditure"]
    assert (result[counts] >= 0).all().all()
    share = result["share_qualifying"].dropna()
    assert ((share >= 0) & (share <= 1 + 1e-12)).all()


@SETTINGS
@given(low=st.floats(0.0, 0.3), extra=st.floats(0.001, 0.1), levers=LEVERS)
def test_a_higher_contribution_rate_never_lowers_a_reserve(example1_scheme, low, extra, levers):
    levers = {k: v for k, v in levers.items() if k != "contribution_rate"}
    lower = Reform("lower", {**levers, "contribution_rate": Lever(low)})
    higher = Reform("higher", {**levers, "contribution_rate": Lever(low + extra)})
    a, b = project_many(example1_scheme, [lower, higher])
    assert (b.indicators["reserve"] >= a.indicators["reserve"] - 1e-6 * a.indicators["reserve"].abs()).all()


@pytest.mark.parametrize("fixture", ["example1_scheme", "example2_scheme", "every_branch"])
def test_contribution_rate_equal_to_gap_empties_the_reserve_at_the_horizon(fixture, request, example1_scheme):
    scheme = with_branches(example1_scheme) if fixture == "every_branch" else request.getfixturevalue(fixture)
    gap = project(scheme).summary["gap"]
    balanced = project(replace(scheme, contribution_rate=gap)).indicators
    scale = balanced["expenditure"].max()
    assert abs(balanced["reserve"].iloc[-1]) < 1e-6 * scale
    assert balanced["reserve"].abs().max() > 1e3 * abs(balanced["reserve"].iloc[-1])


def _pair(scheme, lever: str, low, high, **others):
    """Projections of one reform at a lower and a higher setting of `lever`."""
    a, b = project_many(scheme, [Reform("low", {**others, lever: Lever(low)}),
                                 Reform("high", {**others, lever: Lever(high)})])
    return a.indicators, b.indicators


@SETTINGS
@given(branches=BRANCHES, low=st.floats(0, 0.6), extra=st.floats(0.01, 0.4))
def test_a_higher_minimum_pension_never_lowers_expenditure(example1_scheme, branches, low, extra):
    scheme = with_branches(example1_scheme, **branches)
    a, b = _pair(scheme, "minimum_pension_to_avg_wage", low, min(1.0, low + extra))
    assert (b["expenditure"] >= a["expenditure"] * (1 - 1e-12)).all()


def test_the_minimum_pension_acts_on_members_who_differ(example1_scheme):
    """With one average member per cohort a floor below the average award did nothing; with
    classes the lowest earners are lifted, so every step of the floor costs something."""
    scheme = with_branches(example1_scheme, dispersion=0.6)
    floors = [0.0, 0.2, 0.4, 0.5, 0.6]
    results = project_many(scheme, [Reform(f"{f}", {"minimum_pension_to_avg_wage": Lever(f)}) for f in floors])
    spending = [r.indicators["expenditure"].iloc[-1] for r in results]
    gaps = [r.summary["gap"] for r in results]
    assert all(later > earlier for earlier, later in zip(spending, spending[1:]))
    assert all(later > earlier for earlier, later in zip(gaps, gaps[1:]))


@SETTINGS
@given(branches=BRANCHES, low=st.integers(0, 30), extra=st.integers(1, 15))
def test_a_longer_qualifying_period_never_raises_new_pensioners(example1_scheme, branches, low, extra):
    scheme = with_branches(example1_scheme, **branches)
    a, b = _pair(scheme, "minimum_service_years", low, min(50, low + extra))
    assert (b["new_pensioners"] <= a["new_pensioners"] * (1 + 1e-12)).all()
    assert (b["share_qualifying"].fillna(0) <= a["share_qualifying"].fillna(0) + 1e-12).all()


@SETTINGS
@given(branches=BRANCHES, ceiling=st.floats(0.3, 8))
def test_a_ceiling_never_raises_the_wage_bill(example1_scheme, branches, ceiling):
    scheme = with_branches(example1_scheme, **{**branches, "ceiling": None})
    free = project(scheme).indicators
    capped = project(scheme, Reform("ceiling", {"contribution_ceiling_to_avg_wage": Lever(ceiling)})).indicators
    assert (capped["wage_bill"] <= free["wage_bill"] * (1 + 1e-12)).all()
    if ceiling < 1:  # below the average wage some wages are always above it
        assert capped["wage_bill"].iloc[-1] < free["wage_bill"].iloc[-1]


@SETTINGS
@given(branches=BRANCHES, start=st.integers(2026, 2060))
def test_a_survivor_share_of_zero_awards_no_new_spouse_pensions(example1_scheme, branches, start):
    scheme = with_branches(example1_scheme, **branches)
    none = project(scheme, Reform("no survivors", {"survivor_share": Lever(0.0, from_year=start)})).indicators
    spouses = none["survivor_pensioners"]
    # From then on the base stock and earlier awards only die out: the count never rises again.
    assert (spouses.loc[start:].diff().dropna() <= 1e-9 * spouses.max()).all()
    if branches["share"] > 0.05:
        assert project(scheme).indicators["survivor_pensioners"].iloc[-1] > spouses.iloc[-1]


def test_no_deaths_births_or_migration_conserve_the_population(example2_scheme):
    zero = frozen_array(np.zeros((2, 101)))
    scheme = replace(example2_scheme, qx=zero, qx_by_year=MappingProxyType({}), tfr=None, tfr_start=0.0,
                     tfr_target=0.0, tfr_target_year=2050, net_migration=YearPath.constant(0.0))
    population = project(scheme).indicators["population"]
    np.testing.assert_allclose(population, population.iloc[0], rtol=1e-12)


@SETTINGS
@given(branches=st.none() | BRANCHES, batch=st.lists(LEVERS, min_size=1, max_size=5))
def test_project_many_equals_project_one_by_one(example1_scheme, branches, batch):
    scheme = example1_scheme if branches is None else with_branches(example1_scheme, **branches)
    reforms = [Reform(f"r{i}", levers) for i, levers in enumerate(batch)]
    together = project_many(scheme, reforms)
    for reform, result in zip(reforms, together):
        alone = project(scheme, reform)
        assert result.name == reform.name
        np.testing.assert_array_equal(result.indicators.to_numpy(), alone.indicators.to_numpy())
        assert result.summary == alone.summary


@pytest.mark.parametrize("branches", [False, True])
def test_batches_larger_than_a_chunk_match_single_runs(example1_scheme, branches):
    scheme = with_branches(example1_scheme) if branches else example1_scheme
    reforms = [Reform(f"r{i}", {"contribution_rate": Lever(0.1 + i / 1000), "accrual_rate": Lever(0.01 + i / 100_000)})
               for i in range(70)]
    results = project_many(scheme, reforms)
    last = project(scheme, reforms[-1])
    np.testing.assert_array_equal(results[-1].indicators.to_numpy(), last.indicators.to_numpy())


@pytest.mark.parametrize("branches", [False, True])
def test_scenarios_sharing_their_flows_match_single_runs(example1_scheme, branches):
    """Reforms that differ only in the contribution rate, administration costs or subsidy are
    projected once for their flows (engine/projection._distinct_flows): each still equals its
    own projection, and its finances follow its own rates."""
    scheme = with_branches(example1_scheme) if branches else example1_scheme
    reforms = [Reform("c", {"contribution_rate": Lever(0.2)}), Reform("a", {"admin_cost_rate": Lever(0.05)}),
               Reform("s", {"state_subsidy_rate": Lever(0.1)}), Reform("both", {"contribution_rate": Lever(0.2),
                                                                              "accrual_rate": Lever(0.012)})]
    together = project_many(scheme, [Reform("Baseline")] + reforms)
    for reform, result in zip(reforms, together[1:]):
        np.testing.assert_array_equal(result.indicators.to_numpy(), project(scheme, reform).indicators.to_numpy())
    baseline, higher = together[0].indicators, together[1].indicators
    np.testing.assert_array_equal(higher["expenditure"], baseline["expenditure"])
    assert (higher["contribution_income"].iloc[1:] > baseline["contribution_income"].iloc[1:]).all()
