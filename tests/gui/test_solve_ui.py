"""Solve for a target from the window, apply it as one undo step, and draw the frontier."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QFileDialog, QMenu

from reform_studio.engine.projection import project
from reform_studio.engine.reform import Lever
from reform_studio.engine.solve import frontier
from reform_studio.engine.targets import margin, parse_target
from reform_studio.gui.solve_dialog import SolveDialog, SolveTools
from reform_studio.gui.widgets.frontier_panel import x_values
from tests.gui.conftest import settle

TIMEOUT = 30_000


@pytest.fixture
def tools(window) -> SolveTools:
    found = window.findChild(SolveTools)  # the window installs the solver itself
    yield found
    found.dialog.jobs.wait()
    found.frontier.jobs.wait()


def solved(qtbot, dialog: SolveDialog, target: str) -> None:
    dialog.target.setEditText(target)
    assert dialog.solve_button.isEnabled()
    with qtbot.waitSignal(dialog.jobs.finished, timeout=TIMEOUT):
        dialog.solve_button.click()


def test_the_row_button_solves_the_contribution_rate_and_apply_is_one_undo_step(qtbot, window, tools):
    doc = window.document
    doc.set_current(0)
    before = doc.current_reform
    window.levers.rows["contribution_rate"].solve.click()
    dialog = tools.dialog
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.lever.currentData() == "contribution_rate"
    solved(qtbot, dialog, "reserve>=0")
    result = dialog.result
    assert result.met and result.lever == "contribution_rate"
    assert f"{100 * result.value:.2f} %" in dialog.headline.text()
    assert dialog.message.text() == result.message
    assert dialog.cells[2][1].text() != "never"  # the sample reform runs out of money; the answer does not
    assert dialog.cells[2][2].text() == "never"
    count = doc.undo_stack.count()
    assert dialog.apply_button.isEnabled()
    dialog.apply_button.click()
    assert doc.undo_stack.count() == count + 1
    applied = doc.current_reform
    assert applied.levers["contribution_rate"].value == result.value
    assert margin(project(doc.scheme, applied), parse_target("reserve>=0")) >= 0
    assert not dialog.apply_button.isEnabled() and "Ctrl+Z" in dialog.state.text()
    assert window.levers.rows["contribution_rate"].spin.value() == pytest.approx(100 * result.value)
    window.undo_action.trigger()
    assert doc.current_reform == before
    assert margin(project(doc.scheme, doc.current_reform), parse_target("reserve>=0")) < 0
    settle(qtbot, window)


def test_both_pensionable_ages_apply_as_one_undo_step(qtbot, window, tools):
    doc = window.document
    doc.set_current(0)
    before = doc.current_reform
    dialog = tools.open_solve("pensionable_age")
    solved(qtbot, dialog, "reserve>=0")
    result = dialog.result
    assert result.met and isinstance(result.value, int)
    assert f"{result.value} years" in dialog.headline.text()
    count = doc.undo_stack.count()
    dialog.apply()
    assert doc.undo_stack.count() == count + 1
    levers = doc.current_reform.levers
    assert levers["pensionable_age_male"].value == levers["pensionable_age_female"].value == result.value
    doc.undo_stack.undo()
    assert doc.current_reform == before
    settle(qtbot, window)


def test_an_answer_for_a_reform_since_edited_cannot_be_applied(qtbot, window, tools):
    doc = window.document
    doc.set_current(0)
    dialog = tools.open_solve("contribution_rate")
    solved(qtbot, dialog, "reserve>=0")
    assert dialog.apply_button.isEnabled()
    doc.set_lever("accrual_rate", Lever(0.03))
    assert not dialog.apply_button.isEnabled() and "solve again" in dialog.state.text()
    doc.undo_stack.undo()
    assert dialog.apply_button.isEnabled()
    settle(qtbot, window)


def test_solving_for_the_baseline_adds_a_reform(qtbot, window, tools):
    doc = window.document
    doc.set_current(-1)
    count = len(doc.scenarios)
    dialog = tools.open_solve("contribution_rate")
    assert dialog.apply_button.text() == "Add as new reform" and "baseline" in dialog.editing.text()
    solved(qtbot, dialog, "reserve>=0")
    dialog.apply()
    assert len(doc.scenarios) == count + 1
    assert doc.current_reform.levers["contribution_rate"].value == dialog.result.value
    assert "Ctrl+Z" in dialog.state.text()
    doc.undo_stack.undo()
    assert len(doc.scenarios) == count
    settle(qtbot, window)


@pytest.mark.parametrize("text, words", [("reserve>>0", "cannot read the target"),
                                         ("reserve>=0@2300", "outside the projection years"),
                                         ("replacement_rate>=40%@1990", "outside the projection years")])
def test_a_bad_target_shows_the_error_and_disables_solve(window, tools, text, words):
    dialog = tools.open_solve()
    dialog.target.setEditText(text)
    assert dialog.error.isVisible() and words in dialog.error.text()
    assert not dialog.solve_button.isEnabled()
    dialog.target.setEditText("reserve>=0")
    assert not dialog.error.isVisible() and dialog.solve_button.isEnabled()


def test_the_year_field_and_the_target_text_follow_each_other(window, tools):
    dialog = tools.open_solve()
    dialog.target.setEditText("reserve_ratio>=2@2050")
    assert dialog.year.value() == 2050 and dialog.year_label.text() == "In year"
    dialog.year.setValue(2060)
    assert dialog.target.currentText() == "reserve_ratio>=2@2060"
    dialog.year.setValue(dialog.year.minimum())
    assert dialog.target.currentText() == "reserve_ratio>=2"
    dialog.target.setEditText("reserve>=0")
    assert dialog.year_label.text() == "Through year" and dialog.year.value() == dialog.year.minimum()


def test_the_menus_open_the_dialog_and_the_frontier(window, tools):
    actions = {a.text(): a for menu in window.menuBar().findChildren(QMenu) for a in menu.actions()}
    solve = actions["Solve for a &target…"]
    assert solve.shortcut().toString() == "Ctrl+Shift+T"
    solve.trigger()
    assert tools.dialog.isVisible()
    toggle = actions["&Frontier"]
    assert toggle.shortcut().toString() == "Ctrl+Shift+F" and not tools.frontier_dock.isVisible()
    toggle.trigger()
    assert tools.frontier_dock.isVisible()


def test_the_frontier_panel_draws_the_engine_frontier_and_exports_it(qtbot, window, tools, tmp_path, monkeypatch):
    doc = window.document
    doc.set_current(0)
    panel = tools.frontier
    with qtbot.waitSignal(panel.jobs.finished, timeout=TIMEOUT):
        tools.show_frontier()
    assert (panel.lever_x, panel.lever_y, panel.target.currentText()) == \
        ("pensionable_age", "contribution_rate", "reserve>=0")
    xs = x_values(doc.scheme, doc.current_reform, "pensionable_age")
    assert 20 <= len(xs) <= 40
    expected = frontier(doc.scheme, doc.current_reform, "pensionable_age", xs, "contribution_rate", "reserve>=0")
    line = panel.chart.ax.lines[0]
    np.testing.assert_allclose(line.get_xdata(), xs)
    np.testing.assert_allclose(line.get_ydata(), expected["contribution_rate"].to_numpy())
    current = panel.chart.ax.lines[3]
    assert list(current.get_xdata()) == [60] and list(current.get_ydata()) == [pytest.approx(0.12)]

    with qtbot.waitSignal(panel.jobs.finished, timeout=TIMEOUT):  # an edit of the reform moves the point
        doc.set_lever("contribution_rate", Lever(0.2))
    assert list(panel.chart.ax.lines[3].get_ydata()) == [pytest.approx(0.2)]

    with qtbot.waitSignal(panel.jobs.finished, timeout=TIMEOUT):  # x a rate: about 30 values
        panel.x_combo.setCurrentIndex(panel.x_combo.findData("contribution_rate"))
    assert panel.lever_y != "contribution_rate" and len(panel.frame) == 30

    target = tmp_path / "frontier"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), "PNG image (*.png)"))
    panel.export_button.click()
    written = target.with_suffix(".png").read_bytes()
    assert written[:8] == b"\x89PNG\r\n\x1a\n" and len(written) > 10_000
    panel.export_image(tmp_path / "frontier.svg")
    assert b"<svg" in (tmp_path / "frontier.svg").read_bytes()[:500]
    settle(qtbot, window)


def test_a_bad_frontier_target_shows_the_error(qtbot, window, tools):
    panel = tools.frontier
    with qtbot.waitSignal(panel.jobs.finished, timeout=TIMEOUT):
        tools.show_frontier()
    panel.target.setEditText("gap<=")
    assert panel.error.isVisible() and "cannot read the target" in panel.error.text()
    with qtbot.waitSignal(panel.jobs.finished, timeout=TIMEOUT):
        panel.target.setEditText("gap<=contribution_rate")
    assert not panel.error.isVisible() and panel.frame.attrs["target"].startswith("gap<=contribution_rate")


def test_a_newer_job_cancels_the_older_one_and_only_its_result_arrives(qtbot):
    import threading

    from reform_studio.engine.projection import ProjectionCancelled
    from reform_studio.gui.jobs import JobRunner

    runner = JobRunner()
    started, stopped = threading.Event(), []

    def slow(cancelled):
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        stopped.append(True)
        raise ProjectionCancelled()

    outcomes = []
    runner.finished.connect(lambda request_id, result: outcomes.append((request_id, result)))
    runner.failed.connect(lambda request_id, message: outcomes.append((request_id, message)))
    first = runner.submit(slow)
    assert started.wait(5)
    with qtbot.waitSignal(runner.finished, timeout=TIMEOUT):
        second = runner.submit(lambda cancelled: "answer")
    assert stopped and outcomes == [(second, "answer")] and first != second
    with qtbot.waitSignal(runner.failed, timeout=TIMEOUT):
        runner.submit(lambda cancelled: parse_target("nonsense"))
    assert "cannot read the target" in outcomes[-1][1]
    qtbot.waitUntil(lambda: not runner.busy)
