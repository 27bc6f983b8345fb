"""Every edit is undoable; slider drags merge; reforms are added, copied, renamed, deleted."""
from __future__ import annotations

import logging

from reform_studio.charts.style import MAX_SHOWN_REFORMS
from reform_studio.engine.reform import Lever, Reform
from reform_studio.gui import app, dialogs
from reform_studio.gui.runner import ProjectionRunner
from tests.gui.conftest import settle


def test_undo_and_redo_a_lever_edit(window):
    doc = window.document
    doc.set_current(0)
    before = doc.current_reform
    doc.set_lever("accrual_rate", Lever(0.025))
    assert doc.current_reform.levers["accrual_rate"].value == 0.025 and window.isWindowModified()
    window.undo_action.trigger()
    assert doc.current_reform == before and not window.isWindowModified()
    window.redo_action.trigger()
    assert doc.current_reform.levers["accrual_rate"].value == 0.025
    assert window.levers.rows["accrual_rate"].spin.value() == 2.5


def test_consecutive_slider_moves_merge_into_one_undo_step(window):
    doc = window.document
    doc.set_current(1)
    row = window.levers.rows["contribution_rate"]
    start = row.slider.value()
    count = doc.undo_stack.count()
    for step in range(1, 6):
        row.slider.setValue(start + step)
    assert doc.undo_stack.count() == count + 1
    doc.undo_stack.undo()
    assert "contribution_rate" not in doc.current_reform.levers or \
        doc.current_reform.levers["contribution_rate"] == doc.scenarios[1].reform.levers.get("contribution_rate")
    assert row.slider.value() == start


def test_reset_one_lever_and_all_levers(window):
    doc = window.document
    doc.set_current(0)
    doc.set_lever("accrual_rate", Lever(0.025))
    window.levers.rows["accrual_rate"].reset.click()
    assert "accrual_rate" not in doc.current_reform.levers
    assert doc.current_reform.levers  # the sample reform's own levers stay
    window.levers.reset_all.click()
    assert not doc.current_reform.levers
    doc.undo_stack.undo()
    assert doc.current_reform.levers


def test_add_duplicate_rename_delete_and_undo(window):
    doc = window.document
    names = [s.reform.name for s in doc.scenarios]
    doc.add_reform()
    assert doc.scenarios[-1].reform.name == "Reform" and doc.current == len(names)
    doc.duplicate(0)
    assert doc.scenarios[-1].reform.name == f"{names[0]} (copy)"
    assert doc.scenarios[-1].reform.levers == doc.scenarios[0].reform.levers
    window.scenario_panel.model.setData(window.scenario_panel.model.index(0), "Renamed")
    assert doc.scenarios[0].reform.name == "Renamed"
    doc.delete(0)
    assert doc.scenarios[0].reform.name == names[1]
    for _ in range(4):
        doc.undo_stack.undo()
    assert [s.reform.name for s in doc.scenarios] == names


def test_at_most_four_reforms_are_drawn(qtbot, window):
    doc = window.document
    while len(doc.scenarios) < 6:
        doc.add_reform()
    results = [doc.set_shown(i, True) for i in range(len(doc.scenarios))]
    assert results.count(False) == len(doc.scenarios) - MAX_SHOWN_REFORMS
    assert len(doc.shown()) == MAX_SHOWN_REFORMS
    settle(qtbot, window)
    assert len(window.drawn) == MAX_SHOWN_REFORMS
    assert window.key_figures.model.columnCount() == 3 + 2 * MAX_SHOWN_REFORMS


def test_runner_drops_stale_results(qtbot, window):
    runner = ProjectionRunner()
    scheme = window.document.scheme
    received = []
    runner.finished.connect(lambda request_id, projections: received.append((request_id, projections)))
    ids = [runner.request(scheme, [Reform("R", {"contribution_rate": Lever(0.10 + i / 100)})]) for i in range(5)]
    qtbot.waitUntil(lambda: bool(received) and received[-1][0] == ids[-1], timeout=20_000)
    runner.wait()
    assert [r for r, _ in received] == [ids[-1]]
    assert received[-1][1][0].indicators["contribution_rate"].iloc[-1] == 0.14


def test_excepthook_logs_and_shows_the_error(window, monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, summary, details, path: shown.append((summary, path)))
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        app.excepthook(type(exc), exc, exc.__traceback__)
    (summary, path), = shown
    assert summary == "RuntimeError: boom"
    for handler in logging.getLogger("reform_studio").handlers:
        handler.flush()
    assert "boom" in path.read_text()
    assert window.isVisible()


def test_recent_files_are_remembered(window, sample):
    from reform_studio.gui import settings

    assert settings.recent_files()[0] == sample.resolve()
    window.menuBar()  # the menu is filled when shown
    from reform_studio.gui.menus import _fill_recent

    _fill_recent(window)
    assert window.recent_menu.actions()[0].text() == f"&1 {sample.name}"  # Alt-free: 1 opens it
