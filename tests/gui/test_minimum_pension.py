"""Where members of a cohort differ (spec 11), the minimum pension lifts the low earners'
pensions even where the cohort's average pension is above it: the slider visibly acts."""
from __future__ import annotations

from dataclasses import replace

import pytest

from reform_studio.charts.scenario_chart import SLOTS
from reform_studio.engine.projection import project
from tests.gui.conftest import settle


def test_the_minimum_pension_slider_moves_the_gap_and_the_charts_when_wages_differ(qtbot, window):
    doc = window.document
    equal = replace(doc.scheme, wage_dispersion=0.0, service_spread=0.0)  # every member the cohort's average
    with qtbot.waitSignal(window.runner.finished, timeout=20_000):
        doc.set_scheme(replace(equal, wage_dispersion=0.6, service_spread=0.6), doc.source_path,
                       doc.reforms(), [s.shown for s in doc.scenarios])  # the same workbook's reforms
    doc.add_reform()  # an empty reform, drawn third
    settle(qtbot, window)
    slot = len(window.drawn)  # the new reform's place among the projections (baseline first)
    window.charts.setCurrentIndex(list(window.charts.views).index("cost_rate"))
    gap_line = window.charts.views["cost_rate"].chart.artists()[2 * SLOTS + slot]  # third line: the GAP
    before = window.projections[slot].gap
    assert window.key_figures.model.rows[1][2 + 2 * slot] == "+0.0 pp"
    row = window.levers.rows["minimum_pension_to_avg_wage"]
    with qtbot.waitSignal(window.runner.finished, timeout=20_000):
        row.spin.setValue(20.0)  # a floor at 20 % of the average wage
    settle(qtbot, window)
    reform = doc.current_reform
    assert reform.levers["minimum_pension_to_avg_wage"].value == pytest.approx(0.2)
    after = window.projections[slot].gap
    assert after > before + 0.001
    assert gap_line.get_ydata()[0] == pytest.approx(after)
    assert window.key_figures.model.rows[1][2 + 2 * slot] != "+0.0 pp"
    # where every member is the cohort's average, the same floor lifts fewer pensions
    equal_effect = project(equal, reform).gap - project(equal).gap
    assert after - before > 1.5 * equal_effect
