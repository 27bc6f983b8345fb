"""Key figures and sentences come from projections without any Qt."""
from __future__ import annotations

import pytest

from reform_studio.charts.key_figures import (branch_sentence, expenditure_sentence, key_figure_table, key_figures,
                                             reform_sentence)
from reform_studio.engine.results import Projection


def test_table_has_baseline_reform_and_change(projections):
    base, reform = projections[0], projections[1]
    rows = key_figure_table(2025, 75, base, [reform])
    depletion = rows[0]
    assert depletion[:3] == ["Reserve depletion year", "year", str(base.depletion_year)]
    assert depletion[3] == str(reform.depletion_year)
    assert depletion[4] == f"{reform.depletion_year - base.depletion_year:+d} yrs"
    labels = [r[0] for r in rows]
    assert "PAYG cost rate 2050" in labels and "Reserve ratio 2100" in labels
    assert all(len(r) == 5 for r in rows)


def test_rows_beyond_the_horizon_are_left_out():
    labels = [f.label for f in key_figures(2025, 30)]
    assert "PAYG cost rate 2050" in labels and "PAYG cost rate 2075" not in labels


def test_sentences(projections):
    base, reform = projections[0], projections[1]
    text = reform_sentence("A", base, reform)
    assert text == (f"A: the reserve lasts until {reform.depletion_year} instead of {base.depletion_year}, "
                    f"and the GAP falls from {base.gap * 100:.1f} % to {reform.gap * 100:.1f} % of insurable wages.")
    never = Projection("N", reform.indicators, {"gap": reform.gap, "depletion_year": None})
    assert "never exhausted instead of running out in" in reform_sentence("N", base, never)
    assert "now runs out in" in reform_sentence("B", never, base)


def test_the_sentence_names_the_branch_that_drives_expenditure(projections, branch_projections):
    base, age = projections[0], projections[1]
    old, new = (p.indicators.at[2050, "expenditure"] for p in (base, age))
    saved = (base.indicators.at[2050, "old_age_expenditure"] - age.indicators.at[2050, "old_age_expenditure"]) \
        / age.indicators.at[2050, "gdp"]
    assert expenditure_sentence(base, age, 2050) == (
        f"Expenditure in 2050 is {(1 - new / old) * 100:.0f} % lower, mostly old-age pensions "
        f"({-saved * 100:+.2f} % of GDP).")
    survivors = expenditure_sentence(branch_projections[0], branch_projections[1], 2051)
    assert "higher, mostly survivors' pensions (+" in survivors
    assert branch_sentence(base, age) == expenditure_sentence(base, age, 2050)  # 25 years after the base year


def test_branches_moving_the_other_way_are_said_too(class_projections):
    """A longer qualifying period saves on old-age pensions and pays more old-age grants."""
    base, longer = class_projections[0], class_projections[2]
    text = expenditure_sentence(base, longer, 2049)
    assert "lower, mostly old-age pensions (-" in text and text.endswith(", while lump sums add 0.41 % of GDP.")


@pytest.mark.parametrize("when", [2050, 1900])
def test_no_sentence_where_expenditure_stays_or_is_unknown(projections, when):
    assert expenditure_sentence(projections[0], projections[0], when) == ""


def test_a_sentence_under_a_heading_leaves_the_name_out(projections):
    base, reform = projections[0], projections[1]
    named = reform_sentence("R", base, reform)
    bare = reform_sentence("", base, reform)
    assert named.startswith("R: the reserve") and bare.startswith("The reserve")
    assert named[len("R: the"):] == bare[len("The"):]
