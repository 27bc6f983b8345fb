"""Start-up reads its workbook off the GUI thread, like File › Open (issue 10 item 10): the
window shows its empty state saying what is being read, then the scheme or, where the
workbook cannot be used, the empty state with the problems listed."""
from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QAction

from reform_studio.samples import sample_path
from tests.conftest import example_files
from tests.gui.conftest import settle

SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


@pytest.fixture
def new_window(qtbot):
    from reform_studio.gui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win, before_close_func=lambda w: w.document.undo_stack.setClean())
    win.show()
    yield win
    win.files._reader.wait()
    win.runner.wait()


@pytest.fixture
def held_read(monkeypatch):
    """The worker holds every read until the test lets go (`release.set()`)."""
    from reform_studio.gui import files

    release = threading.Event()

    def slow(path):
        release.wait(20)
        return files.read_scheme(path)

    monkeypatch.setattr(files, "_read", slow)
    yield release
    release.set()


def test_no_argument_reads_the_sample_off_the_gui_thread(qtbot, new_window, held_read):
    win = new_window
    win.start_session()
    # start_session returned while the worker still holds the read: nothing was read on this thread
    assert win.document.scheme is None and win.files.reading == sample_path()
    assert win.pages.currentWidget() is win.empty_state
    assert win.empty_state.reading.isVisible() and "Reading kenya.xlsx" in win.empty_state.reading.text()
    assert "Opening kenya.xlsx" in win.empty_state.title.text()
    assert win.empty_state.cancel.isVisible()
    assert win.files.progress is None  # the empty state says it; no modal box over it
    SHOTS.mkdir(parents=True, exist_ok=True)
    win.grab().save(str(SHOTS / "start-reading.png"))
    held_read.set()
    qtbot.waitUntil(lambda: win.document.scheme is not None, timeout=20_000)
    settle(qtbot, win)
    assert win.document.source_path == sample_path()
    assert len(win.document.scenarios) >= 2 and len(win.drawn) == 2  # the sample's illustrative reforms
    assert win.pages.currentWidget() is not win.empty_state and not win.empty_state.reading.isVisible()
    qtbot.waitUntil(lambda: win.charts.current_view().chart.frames > 0, timeout=20_000)


def test_a_workbook_given_at_start(qtbot, new_window):
    win = new_window
    path = example_files("example3")[0]
    with qtbot.waitSignal(win.sessionStarted, timeout=20_000):
        win.start_session(path)
    qtbot.waitUntil(lambda: win.document.source_path == path, timeout=20_000)
    settle(qtbot, win)
    assert win.document.scheme.country == "Syntheland E3" and win.document.scenarios == ()
    assert "Opened example3.xlsx" in win.statusBar().currentMessage()
    assert all(a.isEnabled() for a in win.findChildren(QAction) if a.text() == "&Export comparison workbook…")


def test_a_broken_workbook_at_start_leaves_the_inviting_empty_state(qtbot, new_window, problems_shown, tmp_path,
                                                                    dialogs_shown):
    win = new_window
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook")
    win.start_session(broken)
    assert win.empty_state.reading.isVisible()
    qtbot.waitUntil(lambda: bool(problems_shown), timeout=20_000)
    _title, intro, _problems = problems_shown[-1]
    assert "broken.xlsx" in intro and "No workbook is open" in intro and "stays open" not in intro
    assert not [d for d in dialogs_shown if "stays open" in d[2]]
    assert win.document.scheme is None and win.pages.currentWidget() is win.empty_state
    assert not win.empty_state.reading.isVisible() and "No workbook is open" in win.empty_state.title.text()
    # the empty state still opens a sample, through the same path
    win.empty_state.buttons["kenya"].click()
    qtbot.waitUntil(lambda: win.document.scheme is not None, timeout=20_000)
    settle(qtbot, win)


def test_cancelling_the_start_up_read_leaves_the_empty_state(qtbot, new_window, held_read):
    win = new_window
    with qtbot.waitSignal(win.sessionStarted, timeout=5_000):
        win.start_session()
        win.empty_state.cancel.click()
    assert win.files.reading is None and not win.empty_state.reading.isVisible()
    assert "was cancelled. No workbook is open" in win.statusBar().currentMessage()
    held_read.set()
    win.files._reader.wait()
    qtbot.wait(50)
    assert win.document.scheme is None  # the cancelled read is dropped when it ends
