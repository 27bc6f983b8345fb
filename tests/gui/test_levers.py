"""Lever rows come from the engine's table: units, ranges, baselines, phase-in and reset."""
from __future__ import annotations

from dataclasses import replace

import pytest

from reform_studio.engine.parameters import LEVERS
from reform_studio.engine.reform import Lever, Reform
from reform_studio.gui.widgets.levers import LeverPanel
from reform_studio.samples import sample_path
from reform_studio.workbook.reader import read_scheme
from tests.conftest import EXAMPLES


EXAMPLE1 = EXAMPLES / "example1.xlsx"  # the spec's version-1 example


@pytest.fixture(scope="module")
def scheme():
    return read_scheme(sample_path())


def panel_for(qtbot, scheme) -> tuple[LeverPanel, list]:
    """A lever panel showing an empty reform of `scheme`, and the edits it emits."""
    panel = LeverPanel()
    qtbot.addWidget(panel)
    panel.set_scheme(scheme)
    panel.show_reform(Reform("R"))
    edits: list = []
    panel.edited.connect(lambda name, lever, key: edits.append((name, lever)))
    return panel, edits


def test_every_lever_has_a_row_in_its_group(qtbot, scheme):
    panel, _ = panel_for(qtbot, scheme)
    assert list(panel.rows) == [spec.name for spec in LEVERS]
    assert {"Qualifying conditions", "Survivors"} <= set(panel.groups)
    for spec in LEVERS:
        row = panel.rows[spec.name]
        assert row.parentWidget() is panel.groups[spec.group]
        assert spec.help in row.toolTip() and not row.marker.isVisibleTo(row)


def test_no_ceiling_shows_none_and_a_slider_move_sets_a_multiple_of_the_wage(qtbot, scheme):
    panel, edits = panel_for(qtbot, replace(scheme, contribution_ceiling_to_avg_wage=None))
    row = panel.rows["contribution_ceiling_to_avg_wage"]
    assert row.spin.text() == "none" and row.slider.value() == row.slider.maximum()
    assert row.reset.toolTip().endswith("(none)") and not row.phase.isEnabled()
    assert "%" not in row.spin.suffix()
    row.slider.setValue(row.slider.value() - 20)  # 1 × the average wage lower: 4 ×
    assert edits[-1] == ("contribution_ceiling_to_avg_wage", Lever(4.0))
    row.spin.setValue(row.spin.minimum())  # "none" again: back to the baseline
    assert edits[-1] == ("contribution_ceiling_to_avg_wage", None)


def test_a_baseline_ceiling_is_shown_and_phased_in_by_steps_of_the_wage(qtbot, scheme):
    panel, edits = panel_for(qtbot, replace(scheme, contribution_ceiling_to_avg_wage=2.3))
    row = panel.rows["contribution_ceiling_to_avg_wage"]
    assert row.spin.text() == "2.30 ×" and row.spin.specialValueText() == ""
    assert row.spin.minimum() > 0 and row.spin.maximum() == 10  # the model accepts 0 < c <= 10
    assert row.reset.toolTip().endswith("(2.30 ×)") and row.phase.isEnabled()
    panel.show_reform(Reform("R", {"contribution_ceiling_to_avg_wage": Lever(1.8, step=0.1)}))
    assert row.spin.value() == pytest.approx(1.8) and row.phase.value() == pytest.approx(0.1)
    assert row.marker.isVisibleTo(row) and row.phase.isVisibleTo(row)
    row.phase.setValue(0.2)
    assert edits[-1] == ("contribution_ceiling_to_avg_wage", Lever(1.8, step=0.2))
    row.spin.setValue(7.5)  # beyond the slider, within what the model accepts
    assert edits[-1] == ("contribution_ceiling_to_avg_wage", Lever(7.5, step=0.2))
    assert row.slider.value() == row.slider.maximum()


def test_qualifying_period_is_whole_years_phased_in_a_year_at_a_time(qtbot, scheme):
    panel, edits = panel_for(qtbot, replace(scheme, minimum_service_years=10))
    row = panel.rows["minimum_service_years"]
    assert row.spin.value() == 10 and row.spin.suffix() == " yrs"
    assert (row.spin.minimum(), row.spin.maximum()) == (0, 50)
    assert "age" not in row.phase.toolTip()
    row.spin.setValue(20)
    assert edits[-1] == ("minimum_service_years", Lever(20))
    panel.show_reform(Reform("R", {"minimum_service_years": edits[-1][1]}))
    row.phase.setValue(2)
    assert edits[-1] == ("minimum_service_years", Lever(20, years_per_step=2))


@pytest.mark.parametrize("name, attr", [("old_age_grant_rate", 0.1), ("survivor_share", 0.5)])
def test_grant_and_survivor_share_are_percentages_of_the_scheme_value(qtbot, scheme, name, attr):
    panel, edits = panel_for(qtbot, replace(scheme, **{name: attr}))
    row = panel.rows[name]
    assert row.spin.suffix() == " %" and row.spin.value() == pytest.approx(attr * 100)
    row.spin.setValue(attr * 100 + 10)
    assert edits[-1] == (name, Lever(pytest.approx(attr + 0.1)))
    row.spin.setValue(attr * 100)
    assert edits[-1] == (name, None)


def test_pensionable_age_slider_spans_the_model_range(qtbot, scheme):
    panel, edits = panel_for(qtbot, scheme)
    row = panel.rows["pensionable_age_male"]
    row.slider.setValue(0)
    assert edits[-1] == ("pensionable_age_male", Lever(40))


def test_levers_without_effect_on_a_version_1_workbook_are_greyed_with_a_reason(qtbot, scheme):
    """example1 has no Survivors sheet and no qualifying period: the survivor's pension and the
    old-age grant cannot move anything, so they say so instead of looking active; a reform
    that sets a qualifying period makes the grant matter again. Ceilings stay editable."""
    example = read_scheme(EXAMPLE1) if EXAMPLE1.exists() else replace(
        scheme, survivors=replace(scheme.survivors, married=scheme.survivors.married * 0), minimum_service_years=0)
    assert not example.survivors.married.any() and example.minimum_service_years == 0
    panel, _edits = panel_for(qtbot, example)
    panel.show()
    for name in ("survivor_share", "old_age_grant_rate"):
        row = panel.rows[name]
        assert not row.spin.isEnabled() and not row.slider.isEnabled(), name
        assert row.note.isVisibleTo(panel) and "No effect" in row.note.text() and "No effect" in row.toolTip()
    assert "Survivors" in panel.rows["survivor_share"].note.text()
    ceiling = panel.rows["contribution_ceiling_to_avg_wage"]
    assert ceiling.spin.isEnabled() and not ceiling.note.isVisibleTo(panel)
    grant = panel.rows["old_age_grant_rate"]
    panel.show_reform(Reform("R", {"minimum_service_years": Lever(15), "old_age_grant_rate": Lever(0.1)}))
    assert grant.spin.isEnabled() and grant.slider.isEnabled() and not grant.note.isVisibleTo(panel)
    panel.show_reform(Reform("R", {"old_age_grant_rate": Lever(0.1)}))  # the qualifying period undone
    assert not grant.spin.isEnabled() and grant.reset.isEnabled()  # ↺ still removes the grant set


def test_the_default_sample_greys_only_the_grant_and_only_without_a_qualifying_period(qtbot, scheme):
    panel, _edits = panel_for(qtbot, scheme)  # Kenya has survivors but no baseline qualifying period
    assert [name for name, row in panel.rows.items() if row.inert] == ["old_age_grant_rate"]
    panel.show_reform(Reform("R", {"minimum_service_years": Lever(15)}))
    assert all(row.inert is None for row in panel.rows.values())
