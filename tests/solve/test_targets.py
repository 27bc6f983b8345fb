"""Target expressions: the listed forms read, anything else is an InputError."""
from __future__ import annotations

import pytest

from reform_studio.engine.errors import InputError
from reform_studio.engine.targets import EXAMPLES, Target, margin, parse_target
from reform_studio.engine.projection import project


@pytest.mark.parametrize("text, expected", [
    ("reserve>=0", Target("reserve", 0.0, None)),
    ("reserve>=0@2075", Target("reserve", 0.0, 2075)),
    (" reserve >= 1e9 @ 2060 ", Target("reserve", 1e9, 2060)),
    ("reserve_ratio>=2@2050", Target("reserve_ratio", 2.0, 2050)),
    ("payg_balance@2040", Target("payg_balance", 0.0, 2040)),
    ("payg_balance", Target("payg_balance", 0.0, None)),
    ("gap<=contribution_rate", Target("gap", 0.0, None)),
    ("GAP <= contribution_rate", Target("gap", 0.0, None)),
    ("replacement_rate>=0.4@2060", Target("replacement_rate", 0.4, 2060)),
    ("replacement_rate>=40%@2060", Target("replacement_rate", 0.4, 2060)),
])
def test_listed_forms_are_read(text, expected):
    assert parse_target(text) == expected


@pytest.mark.parametrize("text", EXAMPLES)
def test_a_target_reads_back_from_its_text(text):
    assert parse_target(str(parse_target(text))) == parse_target(text)


@pytest.mark.parametrize("text", [
    "", "reserve", "reserve>0", "reserve<=0", "reserve>=zero", "reserve>=0@20", "reserve>=0@2075@2080",
    "payg_balance>=0", "gap<=0.2", "gap>=contribution_rate", "replacement_rate>=0.4@", "solvency",
    "reserve>=5%", "reserve>=nan", "reserve>=inf"])
def test_garbage_is_an_input_error(text):
    with pytest.raises(InputError):
        parse_target(text)


def test_a_non_text_target_is_an_input_error():
    with pytest.raises(InputError):
        parse_target(None)


def test_a_target_year_outside_the_horizon_is_an_input_error():
    with pytest.raises(InputError, match="outside the projection years"):
        Target("reserve_ratio", 2.0, 2200).resolve(2025, 2100)


def test_point_targets_default_to_the_last_year_and_reserve_to_the_whole_horizon():
    assert Target("payg_balance").resolve(2025, 2100).year == 2100
    assert Target("reserve").resolve(2025, 2100).year is None


def test_margin_is_non_negative_exactly_when_the_target_holds(example1_scheme):
    baseline = project(example1_scheme)  # depletes in 2049
    frame = baseline.indicators
    assert margin(baseline, Target("reserve")) < 0
    assert margin(baseline, Target("reserve", 0.0, 2048)) >= 0
    balance = frame["contribution_income"] - frame["expenditure"] - frame["admin_expenses"]
    for year in (2030, 2040, 2060):
        holds = balance.loc[year] >= 0
        assert (margin(baseline, Target("payg_balance", 0.0, year)) >= 0) == holds
        ratio_holds = frame.at[year, "reserve_ratio"] >= 1.5
        assert (margin(baseline, Target("reserve_ratio", 1.5, year)) >= 0) == ratio_holds
    gap_holds = baseline.summary["gap"] <= frame["contribution_rate"].iloc[-1]
    assert (margin(baseline, Target("gap")) >= 0) == gap_holds
