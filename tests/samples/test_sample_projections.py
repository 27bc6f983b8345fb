"""The sample workbooks read without error and their projections tell the intended story:
a young Kenyan scheme whose reserve grows for decades, an ageing Italian one under pressure,
and reforms that move the results the way an actuary would expect."""
from __future__ import annotations

import numpy as np
import pytest

from tests.samples.conftest import SAMPLES

STOCKS = ("population", "employed", "contributors", "pensioners", "wage_bill", "contribution_income",
          "expenditure", "reserve", "gdp", "average_wage", "average_pension")


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_reads_with_its_base_year_and_paths(schemes, name):
    scheme = schemes[name]
    assert scheme.base_year == 2025 and scheme.horizon == 75
    assert scheme.tfr is not None and len(scheme.qx_by_year) == 14
    assert scheme.migration_profile is not None


@pytest.mark.parametrize("name", SAMPLES)
def test_projections_are_finite_and_positive(runs, name):
    for label, projection in runs[name].items():
        table = projection.indicators
        assert list(table.index) == list(range(2025, 2101)), label
        assert np.isfinite(table[list(STOCKS)].to_numpy()).all(), label
        assert (table[[c for c in STOCKS if c != "reserve"]] > 0).all().all(), label
        assert np.isfinite(projection.gap) and 0 < projection.gap < 1, label


def test_kenya_young_scheme_builds_a_reserve_that_runs_down_decades_out(runs):
    base = runs["kenya"]["Baseline"]
    table = base.indicators
    assert (table.loc[2025:2035, "reserve"] > 0).all()
    assert table["old_age_dependency_ratio"].iloc[-1] > 2 * table["old_age_dependency_ratio"].iloc[0]
    old_age_dependency = table["old_age_pensioners"] / table["contributors"]
    assert old_age_dependency[2025] < 0.05 < old_age_dependency[2100]
    assert base.depletion_year is not None and base.depletion_year >= 2050
    assert base.gap > table.loc[2025, "contribution_rate"]


def test_italy_ageing_scheme_is_under_pressure_but_not_bankrupt_at_once(runs):
    base = runs["italy"]["Baseline"]
    table = base.indicators
    assert table.loc[2025, "reserve"] > 0
    assert table.loc[2050, "old_age_dependency_ratio"] > table.loc[2025, "old_age_dependency_ratio"] + 0.15
    assert 0.08 < table.loc[2025, "expenditure_to_gdp"] < 0.16
    assert table.loc[2045, "payg_cost_rate"] > table.loc[2025, "payg_cost_rate"]
    assert base.depletion_year is not None and 2030 <= base.depletion_year <= 2070
    assert base.gap > table.loc[2025, "contribution_rate"]


def test_reforms_move_the_results_the_expected_way(runs):
    kenya, italy = runs["kenya"], runs["italy"]
    assert kenya["raise_pension_age"].gap < kenya["Baseline"].gap
    assert kenya["price_indexation"].gap < kenya["Baseline"].gap
    assert (kenya["raise_contributions"].indicators["reserve"] >= kenya["Baseline"].indicators["reserve"]).all()
    assert (kenya["raise_contributions"].depletion_year or 2101) > kenya["Baseline"].depletion_year
    assert (kenya["coverage_extension"].indicators.loc[2040:, "contributors"]
            > kenya["Baseline"].indicators.loc[2040:, "contributors"]).all()
    basic = kenya["basic_pension"].indicators
    assert (basic.loc[2027:, "basic_pension_cost"] > 0).all() and basic.loc[2026, "basic_pension_cost"] == 0
    assert kenya["basic_pension"].indicators["reserve"].equals(kenya["Baseline"].indicators["reserve"])
    qualifying = kenya["qualifying_period"].indicators
    assert kenya["qualifying_period"].gap < kenya["Baseline"].gap
    assert (qualifying.loc[2030:, "lump_sum_expenditure"]
            > kenya["Baseline"].indicators.loc[2030:, "lump_sum_expenditure"]).all()
    survivors = italy["survivor_share"].indicators
    assert (survivors.loc[2028:, "survivor_expenditure"]
            < italy["Baseline"].indicators.loc[2028:, "survivor_expenditure"]).all()
    assert italy["survivor_share"].gap < italy["Baseline"].gap
    for label in ("raise_pension_age", "career_average", "more_financing"):
        assert italy[label].gap < italy["Baseline"].gap, label
        assert (italy[label].depletion_year or 2101) > italy["Baseline"].depletion_year, label
