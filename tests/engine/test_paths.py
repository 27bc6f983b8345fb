"""Lever phase-ins and the baseline Schedule (spec 7)."""
from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType

import numpy as np
import pytest

from reform_studio.engine.errors import InputError
from reform_studio.engine.paths import age_path, coverage_path, rate_path, scenario_paths
from reform_studio.engine.reform import Lever, Reform

YEARS = np.arange(2025, 2036)


def test_rate_without_step_jumps_at_from_year():
    path = rate_path(np.full(YEARS.shape, 0.14), Lever(0.18, from_year=2028), YEARS, 2025)
    assert path.tolist() == [0.14] * 3 + [0.18] * 8


def test_rate_step_moves_towards_value_and_stops_there():
    path = rate_path(np.full(YEARS.shape, 0.14), Lever(0.16, from_year=2027, step=0.005), YEARS, 2025)
    np.testing.assert_allclose(path, [0.14, 0.14, 0.145, 0.15, 0.155, 0.16, 0.16, 0.16, 0.16, 0.16, 0.16])


def test_rate_step_downwards():
    path = rate_path(np.full(YEARS.shape, 0.018), Lever(0.015, from_year=2030, step=0.001), YEARS, 2025)
    np.testing.assert_allclose(path[4:9], [0.018, 0.017, 0.016, 0.015, 0.015])


def test_age_steps_one_year_every_n_years():
    path = age_path(np.full(YEARS.shape, 62), Lever(65, from_year=2027, years_per_step=2), YEARS, 2025)
    assert path.tolist() == [62, 62, 63, 63, 64, 64, 65, 65, 65, 65, 65]


def test_age_can_fall():
    path = age_path(np.full(YEARS.shape, 62), Lever(60, from_year=2026), YEARS, 2025)
    assert path.tolist() == [62] + [60] * 10


def test_coverage_reaches_value_linearly_by_full_by_year():
    path = coverage_path(Lever(0.25, from_year=2027, full_by_year=2030), YEARS, 2025)
    np.testing.assert_allclose(path[:7], [0, 0, 0.0625, 0.125, 0.1875, 0.25, 0.25])


def test_coverage_default_full_at_from_year():
    assert coverage_path(Lever(0.4), YEARS, 2025).tolist() == [0.0] + [0.4] * 10


def test_schedule_holds_until_next_row_and_reforms_phase_from_it(example1_scheme):
    scheme = replace(example1_scheme, schedule=MappingProxyType({
        "contribution_rate": ((2030, 0.15), (2040, 0.17)),
        "pensionable_age_male": ((2035, 63),)}))
    reform = Reform("r", {"contribution_rate": Lever(0.18, from_year=2038, step=0.01)})
    paths = scenario_paths(scheme, [Reform(), reform])
    years = scheme.years
    base, reformed = paths.contribution_rate
    assert base[years == 2029][0] == 0.14 and base[years == 2030][0] == 0.15 and base[years == 2045][0] == 0.17
    # 2038: base 0.15 -> 0.16; 2039: 0.17 (capped at 0.18 - not reached); 2040: base 0.17 -> 0.18
    np.testing.assert_allclose(reformed[(years >= 2038) & (years <= 2041)], [0.16, 0.17, 0.18, 0.18])
    assert paths.pensionable_age[0, 0, years == 2034][0] == 62
    assert paths.pensionable_age[0, 0, years == 2035][0] == 63


def test_reference_period_longer_than_age_minus_15_is_refused(example1_scheme):
    reform = Reform("short careers", {"pensionable_age_female": Lever(50), "reference_period_years": Lever(40)})
    with pytest.raises(InputError, match="reference period"):
        scenario_paths(example1_scheme, [reform])


def test_step_on_a_maximum_the_baseline_does_not_set_is_refused(example2_scheme):
    reform = Reform("cap", {"maximum_replacement_rate": Lever(0.5, step=0.1)})
    with pytest.raises(InputError, match="maximum_replacement_rate"):
        scenario_paths(example2_scheme, [reform])


def test_from_year_not_after_base_year_is_refused(example1_scheme):
    reform = Reform("past", {"accrual_rate": Lever(0.02, from_year=2025)})
    with pytest.raises(InputError, match="from_year 2025 must be after the base year 2025"):
        scenario_paths(example1_scheme, [reform])


def test_basic_pension_lever_without_age_needs_a_baseline_one(example1_scheme):
    reform = Reform.from_dict({"name": "bp", "levers": {"basic_pension": {"level_to_gdp_per_capita": 0.1}}})
    with pytest.raises(InputError, match="age"):
        scenario_paths(example1_scheme, [reform])


def test_v2_levers_have_their_own_paths(example4_scheme):
    """The qualifying period steps like an age; the ceiling steps like a rate from the baseline's."""
    t0 = example4_scheme.base_year
    reform = Reform("r", {"minimum_service_years": Lever(25, from_year=t0 + 3, years_per_step=2),
                          "contribution_ceiling_to_avg_wage": Lever(1.6, from_year=t0 + 2, step=0.1),
                          "survivor_share": Lever(0.5, from_year=t0 + 1),
                          "old_age_grant_rate": Lever(0.15)})
    base, paths = (scenario_paths(example4_scheme, [Reform(), reform]).select(slice(k, k + 1)) for k in (0, 1))
    assert base.minimum_service_years[0, :8].tolist() == [20] * 8
    assert paths.minimum_service_years[0, :10].tolist() == [20, 20, 20, 21, 21, 22, 22, 23, 23, 24]
    np.testing.assert_allclose(paths.contribution_ceiling_to_avg_wage[0, :6], [2.3, 2.3, 2.2, 2.1, 2.0, 1.9])
    assert base.survivor_share[0, 0] == 0.0 and paths.survivor_share[0, 1] == 0.5
    np.testing.assert_allclose(base.old_age_grant_rate[0, :2], [0.1, 0.1])
    np.testing.assert_allclose(paths.old_age_grant_rate[0, :2], [0.1, 0.15])


def test_no_ceiling_in_the_baseline_is_an_infinite_one(example1_scheme):
    reform = Reform("r", {"contribution_ceiling_to_avg_wage": Lever(3.0, from_year=2030)})
    paths = scenario_paths(example1_scheme, [reform])
    years = example1_scheme.years
    assert np.isinf(paths.contribution_ceiling_to_avg_wage[0, years < 2030]).all()
    assert (paths.contribution_ceiling_to_avg_wage[0, years >= 2030] == 3.0).all()
