"""solve(): the value found meets the target, one grid step less ambitious does not, and
unsolvable targets come back as such instead of being looped on."""
from __future__ import annotations

import pytest

import reform_studio
import reform_studio.engine.solve as solve_module
from reform_studio.engine.errors import InputError
from reform_studio.engine.projection import ProjectionCancelled, project
from reform_studio.engine.reform import Lever, Reform
from reform_studio.engine.solve import RATE_STEP, current_value, solve, with_value
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
    ("kenya", "pensionable_age_female", "reserve>=0", +1),
    ("kenya", "accrual_rate", "replacement_rate>=0.4@2060", +1),
    ("example1_scheme", "accrual_rate", "replacement_rate>=0.4@2060", +1),
    ("kenya", "contribution_rate", "reserve_ratio>=2@2050", +1),
    ("kenya", "indexation_wage_share", "reserve>=0@2090", -1),
]


@pytest.mark.parametrize("scheme_name, lever, target, helps", CASES)
def test_solved_value_meets_and_one_step_less_does_not(request, scheme_name, lever, target, helps):
    scheme = request.getfixturevalue(scheme_name)
    result = solve(scheme, None, lever, target)
    assert result.met
    assert margin(result.projection, result.target) >= 0
    assert meets(scheme, Reform(), lever, result.value, target)
    step = 1 if lever.startswith("pensionable_age") else RATE_STEP
    assert not meets(scheme, Reform(), lever, result.value - helps * step, target)
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
    assert result.value == 75  # the end of the range that comes closest
    assert calls == [2]
    assert result.message.startswith("Even a pensionable age for women of 75 leaves the reserve negative in ")
    assert result.message.endswith(f"{result.projection.summary['depletion_year']}.")


def test_unreachable_replacement_rate(kenya):
    result = solve(kenya, None, "contribution_rate", "replacement_rate>=0.9@2060")
    assert not result.met
    assert "leaves the replacement rate at" in result.message


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
    result = solve(kenya, None, "pensionable_age_male", "replacement_rate>=0.3@2060")
    assert result.met
    assert "across the range searched" in result.message or "at any" in result.message


def test_lever_without_effect_keeps_the_current_value(kenya):
    result = solve(kenya, None, "contribution_rate", "replacement_rate>=0.1@2060")
    assert result.met and result.value == pytest.approx(0.12)
    assert "at any contribution rate from 0.00 % to 40.00 %" in result.message


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
    assert len(calls) <= 14 and max(calls) <= 3  # at most log2(4001) rounds of a few candidates
    if not result.met:
        assert result.value == 0.40 and result.message.startswith("Even a contribution rate of 40.00 %")
    elif result.value > 0:
        assert meets(example1_scheme, Reform(), "contribution_rate", result.value, target)
        assert not meets(example1_scheme, Reform(), "contribution_rate", result.value - RATE_STEP, target)


def test_a_cancelled_solve_stops(example1_scheme):
    with pytest.raises(ProjectionCancelled):
        solve(example1_scheme, None, "contribution_rate", "reserve>=0", cancelled=lambda: True)
