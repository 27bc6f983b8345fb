"""solve(): the value found meets the target, one grid step less ambitious does not, and
unsolvable targets come back as such instead of being looped on."""
from __future__ import annotations

import math

import numpy as np
import pytest

import reform_studio
import reform_studio.engine.solve as solve_module
from reform_studio.engine.errors import InputError
from reform_studio.engine.projection import ProjectionCancelled, project
from reform_studio.engine.reform import Lever, Reform
from reform_studio.engine.solve import (RATE_STEP, SOLVABLE, current_value, solvable_lever, solve, value_grid,
                                        with_value)
from reform_studio.engine.targets import margin, parse_target


def meets(scheme, reform, lever, value, target) -> bool:
    resolved = parse_target(target).resolve(scheme.base_year, int(scheme.years[-1]))
    return margin(project(scheme, with_value(reform, lever, value)), resolved) >= 0


# (scheme fixture, lever, target, +1 where higher values help, -1 where lower ones do)
CASES = [
    ("example1_scheme", "contribution_rate", "reserve>=0", +1),
    ("example1_scheme", "contribution_rate", "reserve_ratio>=2@2050", +1),
    ("example1_scheme", "pensionable_age_male", "reserve>=0@2075", +1),
    ("example1_scheme", "pensionable_age", "payg_balance@2040", +1),
    ("example1_scheme", "accrual_rate", "reserve>=0", -1),
    ("example1_scheme", "accrual_rate", "gap<=contribution_rate", -1),
    ("example1_scheme", "coverage_extension", "reserve_ratio>=2@2050", +1),
    ("kenya", "contribution_rate", "reserve>=0", +1),
    ("kenya", "contribution_rate", "gap<=contribution_rate", +1),
    ("kenya", "pensionable_age_female", "reserve>=0@2070", +1),
    ("kenya", "accrual_rate", "replacement_rate>=0.4@2060", +1),
    ("example1_scheme", "accrual_rate", "replacement_rate>=0.4@2060", +1),
    ("kenya", "contribution_rate", "reserve_ratio>=2@2050", +1),
    ("kenya", "indexation_wage_share", "reserve>=0@2060", -1),
    ("example1_scheme", "pensionable_age_female", "reserve>=0@2085", +1),  # beyond the slider's old 75
    ("italy", "contribution_rate", "gap<=contribution_rate", +1),
    ("italy", "contribution_rate", "payg_balance@2040", +1),  # Italy's state subsidy counts
    ("example4_scheme", "contribution_ceiling_to_avg_wage", "reserve>=0@2045", +1),
    ("example4_scheme", "contribution_ceiling_to_avg_wage", "replacement_rate>=0.3@2060", +1),
    ("example4_no_ceiling", "contribution_ceiling_to_avg_wage", "reserve_ratio>=1@2040", +1),
    ("example4_scheme", "minimum_service_years", "reserve>=0", +1),
    ("example4_scheme", "minimum_service_years", "payg_balance@2040", +1),
    ("example4_scheme", "old_age_grant_rate", "reserve>=0@2045", -1),
    ("example3_scheme", "survivor_share", "reserve_ratio>=1@2040", -1),
    ("example3_scheme", "survivor_share", "reserve>=0@2045", -1),
]


@pytest.mark.parametrize("scheme_name, lever, target, helps", CASES)
def test_solved_value_meets_and_one_step_less_does_not(request, scheme_name, lever, target, helps):
    scheme = request.getfixturevalue(scheme_name)
    result = solve(scheme, None, lever, target)
    assert result.met
    assert margin(result.projection, result.target) >= 0
    assert meets(scheme, Reform(), lever, result.value, target)
    assert not meets(scheme, Reform(), lever, result.value - helps * solvable_lever(lever).step, target)
    assert result.reform == with_value(Reform(), lever, result.value)


def test_spec_example_contribution_rate_that_ends_depletion(example1_scheme):
    assert project(example1_scheme).summary["depletion_year"] == 2049
    result = solve(example1_scheme, None, "contribution_rate", "reserve>=0")
    assert result.met and result.projection.summary["depletion_year"] is None
    assert result.baseline_value == pytest.approx(0.14)
    assert 0.14 < result.value < 0.40
    assert result.value == round(result.value, 4)
    below = project(example1_scheme, with_value(Reform(), "contribution_rate", result.value - RATE_STEP))
    assert below.summary["depletion_year"] is not None
    assert "is needed" in result.message and f"{100 * result.value:.2f} %" in result.message


def test_unsolvable_target_is_reported_not_looped_on(example1_scheme, monkeypatch):
    calls = []
    real = solve_module.project_many
    monkeypatch.setattr(solve_module, "project_many", lambda s, r, **kw: calls.append(len(r)) or real(s, r, **kw))
    result = solve(example1_scheme, None, "pensionable_age_female", "reserve>=0")
    assert not result.met
    assert result.value == 80  # the end of the range that comes closest
    assert calls == [2]
    depletion = result.projection.summary["depletion_year"]
    assert result.message.startswith(f"Even a pensionable age for women of 80 leaves the reserve negative in "
                                     f"{depletion}. Try ")
    assert f"a shorter period (reserve>=0@{depletion - 1} holds), another lever, or two levers" in result.message


def test_unreachable_replacement_rate(kenya):
    result = solve(kenya, None, "contribution_rate", "replacement_rate>=0.9@2060")
    assert not result.met
    assert "leaves the replacement rate at" in result.message
    assert "Try a later year (the reform then has longer to work), another lever" in result.message


def test_unreachable_with_a_phase_in_suggests_a_faster_or_earlier_one(example1_scheme):
    reform = Reform("Phased", {"contribution_rate": Lever(0.16, from_year=2030, step=0.005)})
    result = solve(example1_scheme, reform, "contribution_rate", "reserve_ratio>=50@2040")
    assert not result.met and result.value == 1.0
    assert "Try a faster phase-in, an earlier start than 2030, a later year" in result.message


@pytest.mark.parametrize("target, advice", [
    ("reserve>=1e13@2060", "the reserve is already below the floor in 2025: choose a lower floor."),
    ("replacement_rate>=0.9@2025", "No reform acts before 2026: choose a later year."),
])
def test_what_no_reform_can_change_is_said_so(example1_scheme, target, advice):
    result = solve(example1_scheme, None, "contribution_rate", target)
    assert not result.met and result.message.endswith(advice)


def test_integer_levers_stay_integers(example1_scheme):
    result = solve(example1_scheme, None, "pensionable_age", "reserve>=0@2075")
    assert type(result.value) is int and type(result.baseline_value) is int
    ages = [result.reform.levers[n].value for n in ("pensionable_age_male", "pensionable_age_female")]
    assert ages == [result.value, result.value] and all(type(a) is int for a in ages)
    frame = result.projection.indicators
    assert frame.loc[2030:, ["pensionable_age_male", "pensionable_age_female"]].eq(result.value).all().all()


def test_other_levers_and_the_phase_in_are_kept(example1_scheme):
    reform = Reform("Phased", {
        "contribution_rate": Lever(0.16, from_year=2027, step=0.005),
        "accrual_rate": Lever(0.016),
    })
    result = solve(example1_scheme, reform, "contribution_rate", "reserve>=0")
    assert result.baseline_value == pytest.approx(0.16)
    solved = result.reform.levers["contribution_rate"]
    assert (solved.from_year, solved.step, solved.value) == (2027, 0.005, result.value)
    assert result.reform.levers["accrual_rate"] == Lever(0.016)
    assert result.reform.name == "Phased"
    rates = result.projection.indicators["contribution_rate"]
    assert rates.loc[2026] == pytest.approx(0.14) and rates.loc[2027] == pytest.approx(0.145)


def test_pensionable_age_pair_takes_the_timing_of_the_lever_that_is_set(example1_scheme):
    reform = Reform("Men later", {"pensionable_age_male": Lever(63, from_year=2030, years_per_step=2)})
    solved = with_value(reform, "pensionable_age", 66)
    for name in ("pensionable_age_male", "pensionable_age_female"):
        assert solved.levers[name] == Lever(66, from_year=2030, years_per_step=2)
    assert current_value(example1_scheme, reform, "pensionable_age") == 63


def test_already_met_gives_how_far_the_lever_could_go(kenya):
    result = solve(kenya, None, "contribution_rate", "reserve>=0@2060")
    assert result.met and result.value < result.baseline_value
    assert result.message.startswith("Already met at the current 12.00 %")
    assert "as low as" in result.message


def test_target_met_across_the_whole_range(kenya):
    result = solve(kenya, None, "pensionable_age_male", "replacement_rate>=0.2@2060")
    assert result.met
    assert "across the range searched" in result.message or "at any" in result.message


def test_lever_without_effect_keeps_the_current_value(kenya):
    result = solve(kenya, None, "contribution_rate", "replacement_rate>=0.1@2060")
    assert result.met and result.value == pytest.approx(0.12) and result.reform == Reform()
    assert "at any contribution rate from 0.00 % to 100.00 %" in result.message


@pytest.mark.parametrize("lever", ["reference_period_years", "basic_pension", "", None, "Contribution_rate"])
def test_unknown_lever_is_an_input_error(example1_scheme, lever):
    with pytest.raises(InputError, match="cannot solve for lever"):
        solve(example1_scheme, None, lever, "reserve>=0")


def test_bad_target_is_an_input_error(example1_scheme):
    with pytest.raises(InputError):
        solve(example1_scheme, None, "contribution_rate", "reserve >= lots")
    with pytest.raises(InputError, match="outside the projection years"):
        solve(example1_scheme, None, "contribution_rate", "reserve>=0@2150")


def test_public_api_reexports_solve():
    assert reform_studio.solve is solve


@pytest.mark.parametrize("target", [f"reserve_ratio>={r}@{y}" for r in (0.5, 3, 6) for y in (2035, 2060, 2090)]
                         + [f"reserve>={f:.0f}@2070" for f in (1e9, 5e10, 1e12)])
def test_bracket_invariant_over_many_targets(example1_scheme, monkeypatch, target):
    calls = []
    real = solve_module.project_many
    monkeypatch.setattr(solve_module, "project_many", lambda s, r, **kw: calls.append(len(r)) or real(s, r, **kw))
    result = solve(example1_scheme, None, "contribution_rate", target)
    assert len(calls) <= 15 and max(calls) <= 3  # the two ends, then at most log2(10001) rounds
    if not result.met:
        assert result.value == 1.0 and result.message.startswith("Even a contribution rate of 100.00 %")
    elif result.value > 0:
        assert meets(example1_scheme, Reform(), "contribution_rate", result.value, target)
        assert not meets(example1_scheme, Reform(), "contribution_rate", result.value - RATE_STEP, target)


def test_a_cancelled_solve_stops(example1_scheme):
    with pytest.raises(ProjectionCancelled):
        solve(example1_scheme, None, "contribution_rate", "reserve>=0", cancelled=lambda: True)


def test_ages_are_searched_over_the_spec_range(example1_scheme):
    assert list(value_grid(example1_scheme, Reform(), "pensionable_age")) == list(range(40, 81))
    longer = Reform("Long period", {"reference_period_years": Lever(30)})
    assert value_grid(example1_scheme, longer, "pensionable_age_male")[0] == 45  # spec 7: period <= R - 15
    assert value_grid(example1_scheme, longer, "minimum_service_years")[0] == 0  # not an age


@pytest.mark.parametrize("name", SOLVABLE)
def test_every_lever_is_searched_over_what_the_spec_accepts(name):
    lever = SOLVABLE[name]
    grid = lever.grid
    assert (grid[0], grid[-1]) == ((0.01, 10.0) if lever.spec.kind == "ratio" else
                                   (lever.spec.valid_low, lever.spec.valid_high))
    assert np.allclose(np.diff(grid), lever.step)


@pytest.mark.parametrize("reform", [Reform(), Reform("No subsidy", {"state_subsidy_rate": Lever(0.0)})])
def test_italy_gap_is_reached_by_the_contribution_rate(italy, reform):
    """The GAP does not move with the contribution rate, so the answer is the GAP on the grid;
    without its subsidy Italy's GAP (51 %) is beyond the old 40 % search."""
    gap = project(italy, reform).summary["gap"]
    result = solve(italy, reform, "contribution_rate", "gap<=contribution_rate")
    assert result.met and result.value == pytest.approx(math.ceil(gap / RATE_STEP) * RATE_STEP)
    assert reform.levers == {} or result.value > 0.40


def test_payg_balance_counts_the_state_subsidy(example1_scheme):
    """Contributions plus subsidy meet expenditure plus administration: the rate that does it
    is (EXP - SUB) / ((1 - a) * WB), on the grid; a subsidy lowers it."""
    rates = {}
    for subsidy in (0.0, 0.25):
        reform = Reform("Subsidy", {"state_subsidy_rate": Lever(subsidy)})
        result = solve(example1_scheme, reform, "contribution_rate", "payg_balance@2040")
        row = result.projection.indicators.loc[2040]
        assert row["state_subsidy"] == pytest.approx(subsidy * row["expenditure"])
        admin_share = row["admin_expenses"] / row["contribution_income"]
        needed = (row["expenditure"] - row["state_subsidy"]) / ((1 - admin_share) * row["wage_bill"])
        assert result.value == pytest.approx(math.ceil(needed / RATE_STEP - 1e-6) * RATE_STEP)
        rates[subsidy] = result.value
    assert rates[0.25] < rates[0.0]
    assert rates[0.25] == pytest.approx(0.75 * rates[0.0], abs=RATE_STEP)


def test_values_are_said_in_their_units():
    assert SOLVABLE["contribution_ceiling_to_avg_wage"].says(2.5) == "a contribution ceiling of 2.50 × average wage"
    assert SOLVABLE["minimum_service_years"].says(20) == "a qualifying period of 20 years"
    assert SOLVABLE["minimum_service_years"].text(1) == "1 year"
    assert SOLVABLE["pensionable_age_male"].says(67) == "a pensionable age for men of 67"
    assert SOLVABLE["pensionable_age"].amount(67) == "67 years"
    assert SOLVABLE["old_age_grant_rate"].says(0.05) == \
        "an old-age grant of 5.00 % of the reference wage per year of service"
    assert SOLVABLE["survivor_share"].says(0.5) == "a survivor's pension of 50.00 % of the deceased's pension"
    assert SOLVABLE["contribution_ceiling_to_avg_wage"].amount(math.inf) == "none"


def test_a_ceiling_the_baseline_does_not_set_stands_above_every_ceiling(example4_scheme, example4_no_ceiling):
    assert current_value(example4_no_ceiling, Reform(), "contribution_ceiling_to_avg_wage") == math.inf
    assert current_value(example4_scheme, Reform(), "contribution_ceiling_to_avg_wage") == 2.3
    set_one = with_value(Reform(), "contribution_ceiling_to_avg_wage", 2.5)
    assert current_value(example4_no_ceiling, set_one, "contribution_ceiling_to_avg_wage") == 2.5
    assert current_value(example4_scheme, Reform(), "minimum_service_years") == 20


def test_out_of_reach_the_end_whose_reserve_lasts_longer_is_the_closer(example4_no_ceiling):
    """A lower ceiling may leave a smaller deficit yet run out decades earlier: the answer is
    the end that keeps the reserve longest."""
    lever = "contribution_ceiling_to_avg_wage"
    result = solve(example4_no_ceiling, None, lever, "reserve>=0")
    assert not result.met and result.value in (0.01, 10.0)
    other = project(example4_no_ceiling, with_value(Reform(), lever, 10.01 - result.value))
    assert result.projection.summary["depletion_year"] > other.summary["depletion_year"]


def test_v2_lever_messages_read_well(example4_scheme, example4_no_ceiling):
    ceiling = solve(example4_no_ceiling, None, "contribution_ceiling_to_avg_wage", "reserve>=0@2045")
    assert ceiling.baseline_value == math.inf and ceiling.value == round(ceiling.value, 2)
    assert ceiling.message.startswith("Already met with no contribution ceiling, as now: the reserve stays")
    assert ceiling.message.endswith(f"a contribution ceiling as low as {ceiling.value:.2f} × average wage.")
    qualifying = solve(example4_scheme, None, "minimum_service_years", "reserve>=0")
    assert type(qualifying.value) is int
    assert qualifying.message.startswith(f"A qualifying period of {qualifying.value} years (now 20 years) is needed")
    grant = solve(example4_scheme, None, "old_age_grant_rate", "reserve>=0@2045")
    assert grant.message.endswith(f"an old-age grant as high as {100 * grant.value:.2f} % of the reference wage "
                                  "per year of service.")


def test_a_ceiling_that_makes_no_difference_stays_unset(example4_no_ceiling):
    """No reform acts on the base year: every ceiling ties, and the reform keeps having none."""
    result = solve(example4_no_ceiling, None, "contribution_ceiling_to_avg_wage", "reserve>=0@2024")
    assert result.met and result.value == math.inf and result.reform == Reform()
    assert result.message.endswith("at any contribution ceiling from 0.01 × average wage to 10.00 × average wage.")
