"""frontier(): each point just meets the target, NaN where no value in range does."""
from __future__ import annotations

import numpy as np
import pytest

from reform_studio.engine.errors import InputError
from reform_studio.engine.projection import project
from reform_studio.engine.reform import Reform
from reform_studio.engine.solve import RATE_STEP, frontier, solve, with_value
from reform_studio.engine.targets import margin, parse_target


def test_each_frontier_point_just_meets_the_target(kenya):
    ages = np.arange(58, 71)
    frame = frontier(kenya, None, "pensionable_age", ages, "contribution_rate", "reserve>=0")
    assert frame.index.name == "pensionable_age" and list(frame.index) == list(ages)
    rates = frame["contribution_rate"]
    assert rates.notna().all()
    assert (np.diff(rates.to_numpy()) < 0).all()  # a later pension age needs less contribution
    assert frame.attrs["feasible"] == "above" and frame.attrs["current"] == (60.0, 0.12)
    target = parse_target("reserve>=0")
    for age in (58, 64, 70):
        reform = with_value(Reform(), "pensionable_age", int(age))
        y = rates.loc[age]
        assert margin(project(kenya, with_value(reform, "contribution_rate", y)), target) >= 0
        assert margin(project(kenya, with_value(reform, "contribution_rate", y - RATE_STEP)), target) < 0


def test_frontier_agrees_with_solve(kenya):
    frame = frontier(kenya, None, "contribution_rate", [0.10, 0.14], "pensionable_age_female", "reserve>=0")
    for rate in (0.10, 0.14):
        single = solve(kenya, with_value(Reform(), "contribution_rate", rate), "pensionable_age_female",
                       "reserve>=0")
        expected = single.value if single.met else np.nan
        assert frame.loc[rate, "pensionable_age_female"] == pytest.approx(expected, nan_ok=True)


def test_unreachable_points_are_nan_and_free_ones_sit_at_the_range_end(example1_scheme):
    frame = frontier(example1_scheme, None, "contribution_rate", [0.02, 0.14, 0.30], "accrual_rate",
                     "reserve>=0@2075")
    accrual = frame["accrual_rate"]
    assert np.isnan(accrual.loc[0.02])  # not even a zero accrual rate saves it
    assert 0 < accrual.loc[0.14] < 0.04
    assert accrual.loc[0.30] == pytest.approx(1.0)  # every accrual rate the spec allows meets it
    assert frame.attrs["feasible"] == "below" and frame.attrs["y_range"] == (0.0, 1.0)


def test_frontier_rejects_overlapping_levers_and_bad_values(example1_scheme):
    with pytest.raises(InputError):
        frontier(example1_scheme, None, "pensionable_age", [60], "pensionable_age_male", "reserve>=0")
    with pytest.raises(InputError):
        frontier(example1_scheme, None, "pensionable_age", [60.5], "contribution_rate", "reserve>=0")
    with pytest.raises(InputError):
        frontier(example1_scheme, None, "contribution_rate", [1.5], "accrual_rate", "reserve>=0")


def test_a_ceiling_is_a_multiple_of_the_average_wage_and_no_ceiling_is_no_point(example4_no_ceiling):
    with pytest.raises(InputError, match="from 0.01 × average wage to 10.00 × average wage"):
        frontier(example4_no_ceiling, None, "contribution_ceiling_to_avg_wage", [0.0, 2.0], "contribution_rate",
                 "reserve>=0")
    frame = frontier(example4_no_ceiling, None, "contribution_ceiling_to_avg_wage", [1.5, 3.0], "contribution_rate",
                     "reserve>=0@2045")
    assert list(frame.index) == [1.5, 3.0]
    assert frame.attrs["current"] is None  # no ceiling: the reform has no place on the chart
