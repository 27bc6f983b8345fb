"""Key figures and sentences come from projections without any Qt."""
from __future__ import annotations

from reform_studio.charts.key_figures import key_figure_table, key_figures, reform_sentence
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
