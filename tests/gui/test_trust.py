"""The window never shows a wrong number (issue 10 items 1-4): reforms belong to their
workbook, the lever panel always shows the reform projected, a broken start shows an empty
state, and scenario files remember which reforms are drawn."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from reform_studio.engine.reform import Lever, Reform
from reform_studio.gui.widgets.lever_rows import NumberRow, baseline_value
from reform_studio.samples import reform_paths, sample_path
from reform_studio.scenarios import load_reform, read_scenario_set, save_scenarios
from tests.conftest import example_files
from tests.gui.conftest import settle

SHOTS = Path(__file__).resolve().parents[2] / "build" / "screens"


def answer(monkeypatch, kind: str, button: QMessageBox.StandardButton, record: list | None = None) -> None:
    def box(parent, title, text, *args, **kwargs):
        if record is not None:
            record.append((title, text))
        return button
    monkeypatch.setattr(QMessageBox, kind, box)


def sample_names(name: str) -> list[str]:
    return [load_reform(p).name for p in reform_paths(name)]


def assert_panel_shows_current(window) -> None:
    """Every lever row shows the reform being projected (or the baseline where it leaves a lever)."""
    doc, panel = window.document, window.levers
    reform = doc.current_reform
    assert reform is not None
    assert reform.name in panel.heading.text()
    for name, row in panel.rows.items():
        lever = reform.levers.get(name)
        assert row.lever == lever, name
        assert row.marker.isHidden() == (lever is None), name
        if isinstance(row, NumberRow):
            value = lever.value if lever is not None else baseline_value(row.spec, doc.scheme)
            shown = row.spin.value()
            expected = row.spin.minimum() if value is None else value * row.scale
            assert shown == pytest.approx(expected, abs=10 ** -getattr(row.spin, 'decimals', lambda: 0)()), name
    changed = len(reform.levers)
    assert (f"({changed} changed)" in panel.reset_all.text()) == bool(changed)


# -- 1. reforms belong to their workbook ---------------------------------------------------------
def test_opening_another_workbook_closes_the_reforms_and_a_sample_brings_its_own(window, qtbot):
    doc = window.document
    assert [s.reform.name for s in doc.scenarios] == sample_names("kenya")
    assert window.open_path(sample_path("italy"))
    settle(qtbot, window)
    assert [s.reform.name for s in doc.scenarios] == sample_names("italy")
    assert doc.undo_stack.isClean() and doc.scenarios_path is None
    assert_panel_shows_current(window)
    path = example_files("example3")[0]
    assert window.open_path(path)
    settle(qtbot, window)
    assert doc.scenarios == () and doc.current == -1 and doc.source_path == path
    assert not window.levers.isEnabled()


def test_unsaved_reforms_are_saved_discarded_or_kept_before_another_workbook(window, qtbot, monkeypatch,
                                                                             tmp_path):
    doc = window.document
    doc.set_lever("contribution_rate", Lever(0.2))
    other = example_files("example3")[0]
    asked: list = []
    answer(monkeypatch, "question", QMessageBox.StandardButton.Cancel, asked)
    assert not window.open_path(other)
    assert "kenya.xlsx" in asked[-1][1] and "example3.xlsx" in asked[-1][1]
    assert doc.source_path == sample_path() and doc.current_reform.levers["contribution_rate"].value == 0.2
    # Save: the reforms go to a file for kenya.xlsx, then the new workbook opens without them
    saved = tmp_path / "kenya_reforms.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    answer(monkeypatch, "question", QMessageBox.StandardButton.Save)
    assert window.open_path(other)
    assert read_scenario_set(saved).workbook == "kenya.xlsx"
    assert doc.source_path == other and doc.scenarios == ()
    # Discard: nothing written, the reforms go
    assert window.open_path(sample_path())
    doc.set_lever("contribution_rate", Lever(0.2))
    answer(monkeypatch, "question", QMessageBox.StandardButton.Discard)
    assert window.open_path(other)
    assert doc.scenarios == () and doc.undo_stack.isClean()
    settle(qtbot, window)


def foreign_file(tmp_path: Path, levers: dict) -> Path:
    path = tmp_path / "for_kenya.json"
    path.write_text(json.dumps({"format": "reform-studio-scenarios", "version": 1, "workbook": "kenya.xlsx",
                                "reforms": [{"name": "Kenya plan", "levers": levers}]}), encoding="utf-8")
    return path


def test_a_scenario_file_for_another_workbook_warns_and_lists_the_levers_that_no_longer_fit(
        window, qtbot, monkeypatch, tmp_path, problems_shown):
    doc = window.document
    assert window.open_path(sample_path("italy"))
    settle(qtbot, window)
    italy = doc.reforms()
    path = foreign_file(tmp_path, {
        "contribution_rate": {"value": 0.2, "from_year": doc.scheme.base_year},
        "maximum_replacement_rate": {"value": 0.9},
        "contribution_ceiling_to_avg_wage": {"value": 2.0, "step": 0.1},
        "reference_period_years": {"value": 60}})
    warned: list = []
    answer(monkeypatch, "warning", QMessageBox.StandardButton.Cancel, warned)
    assert not window.files.open_scenarios(path)
    title, text = warned[-1]
    assert "kenya.xlsx" in text and "italy.xlsx" in text
    assert f"must be after the base year {doc.scheme.base_year}" in text
    assert "a step needs a" in text and "reference period of 60 years" in text
    assert "were not opened" in text and doc.reforms() == italy  # levers that cannot apply: never opened
    answer(monkeypatch, "warning", QMessageBox.StandardButton.Open)
    assert not window.files.open_scenarios(path)
    assert doc.reforms() == italy


def test_a_reference_period_too_long_for_the_ages_is_refused_on_the_same_workbook_too(window, tmp_path,
                                                                                      problems_shown):
    path = save_scenarios(tmp_path / "s.json", [Reform("Long", {"reference_period_years": Lever(50)})],
                          workbook="kenya.xlsx")  # Kenya's pensionable age is 60: at most 45 years
    before = window.document.reforms()
    assert not window.files.open_scenarios(path)
    assert "reference period of 50 years" in str(problems_shown[-1][2][0])
    assert window.document.reforms() == before


def test_a_fitting_scenario_file_for_another_workbook_opens_only_when_the_user_agrees(window, qtbot, monkeypatch,
                                                                                       tmp_path):
    doc = window.document
    assert window.open_path(sample_path("italy"))
    settle(qtbot, window)
    path = foreign_file(tmp_path, {"contribution_rate": {"value": 0.15}})
    warned: list = []
    answer(monkeypatch, "warning", QMessageBox.StandardButton.Cancel, warned)
    assert not window.files.open_scenarios(path) and warned
    assert "Kenya plan" not in [r.name for r in doc.reforms()]
    answer(monkeypatch, "warning", QMessageBox.StandardButton.Open)
    assert window.files.open_scenarios(path)
    assert [r.name for r in doc.reforms()] == ["Kenya plan"]
    settle(qtbot, window)
    assert_panel_shows_current(window)


def test_a_scenario_file_of_the_same_workbook_opens_without_a_question(window, qtbot, tmp_path, dialogs_shown):
    path = save_scenarios(tmp_path / "s.json", [Reform("Mine", {"contribution_rate": Lever(0.14)})],
                          workbook="kenya.xlsx")
    assert window.files.open_scenarios(path)
    assert not [d for d in dialogs_shown if d[0] == "warning"]
    settle(qtbot, window)


def test_recovered_reforms_are_not_put_on_another_workbook(window, qtbot, tmp_path, dialogs_shown):
    from reform_studio.gui.recovery import Recovered

    before = window.document.reforms()
    recovered = Recovered([Reform("Lost", {"contribution_rate": Lever(0.3)})], [True], 0,
                          tmp_path / "gone.xlsx", None)
    assert not window.recovery.restore(recovered)
    assert window.document.reforms() == before
    assert any("gone.xlsx" in d[2] for d in dialogs_shown if d[0] == "warning")


# -- 2. the lever panel shows the reform projected ---------------------------------------------------
def test_the_lever_panel_equals_the_current_reform_after_every_command(window, qtbot, tmp_path, monkeypatch):
    doc = window.document
    doc.set_current(0)
    doc.set_lever("contribution_rate", Lever(0.2))
    assert_panel_shows_current(window)
    # File › Open scenarios with row 0 selected before and after (the reported case)
    path = save_scenarios(tmp_path / "other.json", [Reform("Loaded", {"pensionable_age_male": Lever(63)}),
                                                   Reform("Second", {"accrual_rate": Lever(0.025)})],
                          workbook="kenya.xlsx")
    doc.undo_stack.setClean()
    assert window.files.open_scenarios(path)
    assert doc.current == 0
    assert_panel_shows_current(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    commands = [
        ("add", lambda: doc.add_reform()),
        ("set", lambda: doc.set_lever("contribution_rate", Lever(0.18))),
        ("select 0", lambda: doc.set_current(0)),
        ("duplicate", lambda: doc.duplicate(0)),
        ("rename", lambda: doc.rename(doc.current, "Renamed")),
        ("reset", lambda: doc.reset_all()),
        ("select 1", lambda: doc.set_current(1)),
        ("delete", lambda: doc.delete(0)),
        ("undo", doc.undo_stack.undo), ("undo", doc.undo_stack.undo), ("undo", doc.undo_stack.undo),
        ("undo", doc.undo_stack.undo), ("redo", doc.undo_stack.redo), ("redo", doc.undo_stack.redo),
        ("redo", doc.undo_stack.redo), ("select 0", lambda: doc.set_current(0)),
        ("reopen", lambda: window.files.open_scenarios(path)),
    ]
    for label, command in commands:
        command()
        assert_panel_shows_current(window), label
    settle(qtbot, window)


def test_the_lever_panel_follows_a_solve_applied(qtbot, window):
    from reform_studio.gui.solve_dialog import SolveTools

    tools = window.findChild(SolveTools)
    dialog = tools.open_solve("contribution_rate")
    dialog.target.setEditText("reserve>=0")
    with qtbot.waitSignal(dialog.jobs.finished, timeout=30_000):
        dialog.solve_button.click()
    if dialog.apply_button.isEnabled():
        dialog.apply()
    assert_panel_shows_current(window)
    window.document.undo_stack.undo()
    assert_panel_shows_current(window)
    dialog.jobs.wait()
    tools.frontier.jobs.wait()
    settle(qtbot, window)


# -- 3. a broken workbook at start ----------------------------------------------------------------
@pytest.fixture
def broken_start(qtbot, tmp_path, problems_shown):
    from reform_studio.gui.main_window import MainWindow

    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook")
    win = MainWindow()
    qtbot.addWidget(win, before_close_func=lambda w: w.document.undo_stack.setClean())
    win.show()
    with qtbot.waitSignal(win.sessionStarted, timeout=20_000):
        win.start_session(broken)  # read off the GUI thread
    qtbot.waitUntil(lambda: bool(problems_shown), timeout=20_000)
    yield win
    win.runner.wait()


def test_a_broken_workbook_at_start_shows_an_empty_state_that_invites_opening_one(broken_start, problems_shown):
    win = broken_start
    assert win.document.scheme is None
    _title, intro, _problems = problems_shown[-1]
    assert "broken.xlsx" in intro and "stays open" not in intro and "No workbook is open" in intro
    assert win.pages.currentWidget() is win.empty_state and win.empty_state.isVisible()
    assert {"open", "kenya", "italy"} <= set(win.empty_state.buttons)
    assert not win.levers.isEnabled() and not win.scenario_panel.isEnabled()
    assert all(row.marker.isHidden() for row in win.levers.rows.values())
    assert not any(group.isVisible() for group in win.levers.groups.values())  # no levers "at 0"
    assert "No workbook is open" in win.levers.heading.text()
    texts = {a.text(): a.isEnabled() for a in win.findChildren(QAction)}
    for needs in ("&Export comparison workbook…", "Export chart &image…", "&Add reform", "Save scenarios &as…",
                  "&Presentation mode", "O&pen scenarios…", "Solve for a &target…"):
        assert texts[needs] is False, needs
    assert texts["&Open workbook…"]
    SHOTS.mkdir(parents=True, exist_ok=True)
    win.grab().save(str(SHOTS / "empty_state.png"))


def test_nothing_fails_without_a_scheme(broken_start, dialogs_shown, monkeypatch):
    win = broken_start
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("no file dialog"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: pytest.fail("no file dialog"))
    win.levers.rows["contribution_rate"].edited.emit("contribution_rate", Lever(0.2), "")  # a lever moved
    win.levers.resetAll.emit()
    win.document.add_reform()
    win.files.export_comparison()
    win.files.export_chart()
    win.files.export_chart_data()
    assert not win.files.save_scenarios_as()
    win.files.open_scenarios_dialog()
    win.set_presentation(True)
    win.set_presentation(False)
    assert win.document.scenarios == ()
    assert not [d for d in dialogs_shown if d[0] == "error"]


def test_the_empty_state_opens_a_sample_with_its_reforms(broken_start, qtbot):
    win = broken_start
    with qtbot.waitSignal(win.runner.finished, timeout=30_000):
        win.empty_state.buttons["kenya"].click()
        qtbot.waitUntil(lambda: win.document.scheme is not None, timeout=20_000)
    assert win.pages.currentWidget() is not win.empty_state
    assert [s.reform.name for s in win.document.scenarios] == sample_names("kenya")
    assert win.levers.isEnabled() and win.scenario_panel.isEnabled()
    assert all(a.isEnabled() for a in win.findChildren(QAction) if a.text() == "&Add reform")
    assert_panel_shows_current(win)
    settle(qtbot, win)


# -- 4. scenario files remember which reforms are drawn ------------------------------------------------
def test_scenario_files_remember_the_drawn_reforms_and_the_current_one(window, qtbot, tmp_path, monkeypatch):
    doc = window.document
    flags = [False, True, False, True, True] + [False] * (len(doc.scenarios) - 5)
    for index, shown in enumerate(flags):
        doc.set_shown(index, shown)
    doc.set_current(3)
    path = tmp_path / "drawn.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    assert window.files.save_scenarios_as()
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["shown"] == flags and data["current"] == 3
    doc.set_shown(0, True)
    doc.set_shown(4, False)
    doc.set_current(0)
    doc.undo_stack.setClean()
    assert window.files.open_scenarios(path)
    assert [s.shown for s in doc.scenarios] == flags and doc.current == 3
    settle(qtbot, window)
    assert [s.reform.name for s in window.drawn] == [doc.scenarios[i].reform.name for i in (1, 3, 4)]
    assert_panel_shows_current(window)


def test_older_scenario_files_without_the_drawn_reforms_still_load(window, qtbot, tmp_path):
    path = tmp_path / "old.json"
    reforms = [Reform(f"R{i}", {"contribution_rate": Lever(0.13 + i / 100)}) for i in range(5)]
    path.write_text(json.dumps({"format": "reform-studio-scenarios", "version": 1,
                                "reforms": [r.to_dict() for r in reforms]}), encoding="utf-8")
    assert window.files.open_scenarios(path)
    assert [s.shown for s in window.document.scenarios] == [True, True, True, True, False]
    assert window.document.current == 0
    settle(qtbot, window)
    # a recorded selection that does not fit the reforms is ignored, not an error
    data = json.loads(path.read_text(encoding="utf-8"))
    data.update(shown=[True], current=9)
    path.write_text(json.dumps(data), encoding="utf-8")
    loaded = read_scenario_set(path)
    assert loaded.shown is None and loaded.current == 0


def test_a_broken_start_still_restores_unsaved_reforms_on_their_own_workbook(qtbot, tmp_path, data_folder,
                                                                             monkeypatch, problems_shown):
    from reform_studio.gui.main_window import MainWindow
    from reform_studio.scenarios import scenarios_to_json

    data_folder.mkdir(parents=True, exist_ok=True)
    copy = data_folder / "recovery-1-0123abcd.json"
    copy.write_text(scenarios_to_json([Reform("Unsaved", {"contribution_rate": Lever(0.16)})],
                                      workbook=str(sample_path()), shown=[True], current=0), encoding="utf-8")
    answer(monkeypatch, "question", QMessageBox.StandardButton.Yes)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook")
    win = MainWindow()
    qtbot.addWidget(win, before_close_func=lambda w: w.document.undo_stack.setClean())
    win.show()
    win.start_session(broken)
    qtbot.waitUntil(lambda: win.document.source_path == sample_path(), timeout=20_000)
    assert [r.name for r in win.document.reforms()] == ["Unsaved"] and not win.document.undo_stack.isClean()
    assert win.pages.currentWidget() is not win.empty_state
    assert_panel_shows_current(win)
    settle(qtbot, win)
    win.runner.wait()


def test_sample_reforms_are_the_open_samples_own(qtbot, window, tmp_path):
    """The sample reforms loaded are those of the sample that is open (Kenya's were applied to
    any workbook), and none for a copy of a sample elsewhere."""
    with qtbot.waitSignal(window.runner.finished, timeout=20_000):
        assert window.open_path(sample_path("italy"))
    window.load_sample_reforms()
    settle(qtbot, window)
    assert [r.name for r in window.document.reforms()] == [load_reform(p).name for p in reform_paths("italy")]
    copy = tmp_path / "kenya.xlsx"
    copy.write_bytes(sample_path("kenya").read_bytes())
    with qtbot.waitSignal(window.runner.finished, timeout=20_000):
        assert window.open_path(copy)
    window.load_sample_reforms()
    assert window.document.reforms() == []
