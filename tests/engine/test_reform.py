"""Reform files: every faulty lever is named with its reason (spec 7 and 10)."""
from __future__ import annotations

import pytest

from reform_studio.engine.errors import InputError
from reform_studio.engine.reform import BasicPensionLever, Lever, Reform


def problems(data) -> str:
    with pytest.raises(InputError) as info:
        Reform.from_dict(data)
    return str(info.value)


def test_bare_values_stand_for_value():
    reform = Reform.from_dict({"name": "r", "levers": {"contribution_rate": 0.2, "revaluation": "Prices"}})
    assert reform.levers["contribution_rate"] == Lever(0.2)
    assert reform.levers["revaluation"] == Lever("prices")


def test_round_trip_through_dict():
    data = {"name": "Raise", "description": "d", "levers": {
        "pensionable_age_male": {"value": 65, "from_year": 2027, "years_per_step": 2},
        "coverage_extension": {"value": 0.25, "from_year": 2027, "full_by_year": 2040},
        "basic_pension": {"enabled": True, "age": 65, "level_to_gdp_per_capita": 0.1,
                          "targeting": "pension_tested", "take_up": 0.9, "admin_share": 0.1, "from_year": 2028}}}
    reform = Reform.from_dict(data)
    assert reform.to_dict() == data
    assert isinstance(reform.levers["basic_pension"], BasicPensionLever)


@pytest.mark.parametrize("levers, expected", [
    ({"retirement_age": 65}, "lever 'retirement_age': unknown lever"),
    ({"contribution_rate": "high"}, "lever 'contribution_rate': value 'high' must be a fraction"),
    ({"contribution_rate": 18}, "0.15 for 15 %"),
    ({"contribution_rate": -0.1}, "must be a fraction between 0 and 1"),
    ({"contribution_rate": {"value": 0.2, "step": 0}}, "step 0 must be a number above 0"),
    ({"contribution_rate": {"value": 0.2, "speed": 1}}, "unknown field 'speed'"),
    ({"pensionable_age_male": 64.5}, "must be a whole number of years"),
    ({"pensionable_age_male": -65}, "outside 40..80"),
    ({"pensionable_age_male": {"value": 65, "years_per_step": 0.5}}, "years_per_step 0.5"),
    ({"pensionable_age_male": {"value": 65, "step": 1}}, "unknown field 'step'"),
    ({"revaluation": "gold"}, "must be one of none, prices, wages"),
    ({"accrual_rate": {"value": 0.02, "from_year": "next"}}, "from_year 'next' must be a calendar year"),
    ({"accrual_rate": float("nan")}, "must be a fraction"),
    ({"accrual_rate": 1e308}, "must be a fraction"),
    ({"basic_pension": {"targeting": "means"}}, "targeting 'means'"),
    ({"basic_pension": {"enabled": "yes"}}, "'enabled' must be true or false"),
    ({"basic_pension": 3}, "must be an object"),
    ({"contribution_ceiling_to_avg_wage": 0}, "must be a number above 0 and at most 10"),
    ({"contribution_ceiling_to_avg_wage": 12.5}, "at most 10 (× average wage)"),
    ({"contribution_ceiling_to_avg_wage": {"value": 2, "years_per_step": 1}}, "unknown field 'years_per_step'"),
    ({"minimum_service_years": 51}, "qualifying period 51 is outside 0..50 years"),
    ({"minimum_service_years": 12.5}, "must be a whole number of years"),
    ({"minimum_service_years": {"value": 20, "step": 1}}, "unknown field 'step'"),
    ({"survivor_share": 60}, "0.15 for 15 %"),
    ({"old_age_grant_rate": -0.1}, "must be a fraction between 0 and 1"),
])
def test_faulty_levers_are_named(levers, expected):
    assert expected in problems({"name": "r", "levers": levers})


def test_a_ceiling_step_needs_a_ceiling_in_the_baseline(example1_scheme, example4_scheme):
    reform = Reform.from_dict({"name": "r", "levers": {"contribution_ceiling_to_avg_wage": {"value": 2, "step": 0.1}}})
    with pytest.raises(InputError, match="a step needs a contribution ceiling in the baseline"):
        reform.check_against(example1_scheme)
    reform.check_against(example4_scheme)  # example 4 sets a ceiling of 2.3


def test_all_problems_reported_together():
    text = problems({"name": "r", "other": 1, "levers": {"x": 1, "accrual_rate": 5}})
    assert "3 problems" in text and "unknown key 'other'" in text and "'x'" in text and "accrual_rate" in text


def test_name_defaults_to_given_default():
    assert Reform.from_dict({"levers": {}}, default_name="my_file").name == "my_file"


def test_with_lever_never_mutates():
    reform = Reform("r", {"accrual_rate": Lever(0.02)})
    changed = reform.with_lever("accrual_rate", Lever(0.01)).with_lever("contribution_rate", Lever(0.2))
    assert reform.levers["accrual_rate"].value == 0.02 and "contribution_rate" not in reform.levers
    assert changed.with_lever("accrual_rate", None).levers.keys() == {"contribution_rate"}


def test_a_long_list_of_problems_is_counted_past_fifty():
    """Issue 11: 9,899 error lines for one sheet; the message lists 50 and counts the rest."""
    from reform_studio.engine.errors import Problem

    error = InputError([Problem(f"cell {k} is text", sheet="Population", cell=f"B{k}") for k in range(2, 9901)])
    lines = str(error).splitlines()
    assert lines[0] == "9899 problems:"
    assert len(lines) == 52 and lines[-1] == "  … and 9,849 more like these"
    assert len(error.problems) == 9899
