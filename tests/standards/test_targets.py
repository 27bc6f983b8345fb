"""`c102` and `c128` as solver and frontier targets, alone or beside a financial target."""
from __future__ import annotations

import pytest

from reform_studio.engine.errors import InputError
from reform_studio.engine.reform import Lever, Reform
from reform_studio.engine.solve import frontier, solve
from reform_studio.engine.targets import Target, parse_target


@pytest.mark.parametrize("text, kind, standards", [
    ("c102", "standards", ("c102",)),
    ("reserve>=0 & c102", "reserve", ("c102",)),
    (" Payg_Balance@2040 & C128 & c102 ", "payg_balance", ("c128", "c102")),
])
def test_conventions_join_a_financial_target_with_an_ampersand(text, kind, standards):
    target = parse_target(text)
    assert (target.kind, target.standards) == (kind, standards)
    assert parse_target(str(target)) == target


@pytest.mark.parametrize("text", ["c103", "reserve>=0 & payg_balance@2040", "& c102", "reserve>=0 &"])
def test_anything_else_is_refused(text):
    with pytest.raises(InputError):
        parse_target(text)


def test_the_lowest_accrual_rate_within_c102_and_c128(plain):
    # 30 years at the average wage: 40 % / 30 = 1.333 % and 45 % / 30 = 1.5 %, on the 0.01-point grid
    assert solve(plain, None, "accrual_rate", "c102").value == pytest.approx(0.0134)
    assert solve(plain, None, "accrual_rate", "c128").value == pytest.approx(0.0150)


def test_a_financial_target_within_c102_says_which_article_fails(plain):
    cut = Reform("Cut accrual", {"accrual_rate": Lever(0.012, from_year=2030)})
    alone = solve(plain, cut, "contribution_rate", "reserve>=0")
    assert alone.met
    within = solve(plain, cut, "contribution_rate", "reserve>=0 & c102")
    assert not within.met
    assert "C102 Article 28 not met from 2030" in within.message and "36.0 %" in within.message
    kept = solve(plain, None, "contribution_rate", "reserve>=0 & c102")
    assert kept.met and kept.value == pytest.approx(solve(plain, None, "contribution_rate", "reserve>=0").value)


def test_the_frontier_takes_a_convention_as_a_constraint(plain):
    line = frontier(plain, None, "minimum_service_years", [10, 15, 16], "accrual_rate", "c102")
    assert line.loc[10, "accrual_rate"] == pytest.approx(0.0134)
    assert line.loc[15, "accrual_rate"] == pytest.approx(0.0134)
    assert line.loc[16].isna().all()  # a qualifying period above 15 years fails C102 Article 29 at any accrual


def test_the_target_keeps_its_conventions_when_its_year_changes():
    assert parse_target("reserve>=0 & c128").with_year(2050) == Target("reserve", 0.0, 2050, ("c128",))


def test_a_convention_may_be_held_to_one_branch(branches):
    # invalidity: 1.5 % × (15 + 0.5 × 27) = 42.75 % < C128's 50 %, so all of C128 fails while its old-age Part holds
    target = parse_target("c128:old_age")
    assert target.conventions() == [("C128", "old_age")]
    assert not solve(branches, None, "survivor_share", "c128").met
    assert solve(branches, None, "survivor_share", "c128:old_age").met
    assert "every old-age check of C128 is met" in target.describe(2100)
