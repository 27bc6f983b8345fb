"""The window's Assumptions panel, fan chart and tornado (issue 13, item 4)."""
from __future__ import annotations

import pytest

from reform_studio.charts.fan_chart import depletion_sentence
from reform_studio.engine.assumptions import Assumptions, apply
from reform_studio.gui.uncertainty_view import UncertaintyView, appendices, projected_scheme

TIMEOUT = 60_000


@pytest.fixture
def view(window) -> UncertaintyView:
    found = window.findChild(UncertaintyView)
    yield found
    found.jobs.wait()


def test_the_panel_gives_one_variant_for_baseline_and_reforms(qtbot, window, view):
    assert projected_scheme(window) is window.document.scheme
    view.panel.boxes["inflation"].setValue(1.0)
    view.panel.boxes["mortality"].setValue(0.9)
    assert view.assumptions == Assumptions(inflation=0.01, mortality=0.9)
    assert projected_scheme(window) is apply(window.document.scheme, view.assumptions)
    view.panel.reset.click()
    assert view.assumptions.is_default and projected_scheme(window) is window.document.scheme
    assert all(box.toolTip() for box in view.panel.boxes.values())


def test_fan_and_tornado_are_computed_off_the_gui_thread_and_drawn(qtbot, window, view):
    view.show()
    view.paths.setValue(100)
    with qtbot.waitSignal(view.jobs.finished, timeout=TIMEOUT):
        view.fan_run.run.click()
        assert view.fan_run.cancel.isEnabled()  # the window stays live while it runs
    assert view.stochastic is not None and view.stochastic.paths == 100
    assert view.stochastic.fans[0].name == "Baseline"
    assert view.fan_run.bar.value() == 100 and not view.fan_run.cancel.isEnabled()
    assert depletion_sentence(view.stochastic.fans[0]).split(":")[0] == "Baseline"
    assert "chance that the reserve runs out" in view.fan_run.status.text()
    with qtbot.waitSignal(view.jobs.finished, timeout=TIMEOUT):
        view.tornado_run.run.click()
    assert view.sensitivity is not None and len(view.sensitivity.tests) == 7
    assert view.tornado.axes.get_yticklabels()
    assert [title for title, _ in appendices(window)] == ["Sensitivity", "Stochastic"]


def test_cancel_stops_the_run_and_reports_nothing(qtbot, window, view):
    view.paths.setValue(5000)
    view.fan_run.run.click()
    view.fan_run.cancel.click()
    view.jobs.wait()
    qtbot.wait(50)
    assert view.stochastic is None and view.fan_run.status.text() == "Cancelled."
    assert view.fan_run.run.isEnabled()
