"""Restoring a crashed session whose reforms belong to another workbook reads that workbook
off the GUI thread, like every other open (progress, Cancel, `readEnded`): the window stays
responsive, the reforms arrive on their own workbook as unsaved changes and the recovery copy
goes; where the read fails or is cancelled the copy stays (offered at the next start), the
user is told, and the reforms are never put on another workbook."""
from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from reform_studio.engine.reform import Lever, Reform
from reform_studio.gui import files
from reform_studio.gui.recovery import lock_path
from reform_studio.samples import sample_path
from reform_studio.scenarios import scenarios_to_json
from tests.gui.conftest import settle

ITALY = sample_path("italy")
LOST = [Reform("Recovered plan", {"contribution_rate": Lever(0.2345)}), Reform("Second recovered")]


@pytest.fixture
def held_read(monkeypatch):
    """The worker holds every read until the test lets go (`release.set()`); the threads
    that read are recorded."""
    release = threading.Event()
    readers: list[threading.Thread] = []

    def slow(path):
        readers.append(threading.current_thread())
        release.wait(20)
        return files.read_scheme(path)

    monkeypatch.setattr(files, "_read", slow)
    release.readers = readers
    yield release
    release.set()


@pytest.fixture
def asked(monkeypatch) -> list:
    """Every "restore?" question, answered Yes."""
    titles: list = []

    def question(parent, title, text, *args, **kwargs):
        titles.append(title)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return titles


def orphan(folder: Path, workbook: Path) -> Path:
    """The copy a crashed window left, with reforms made for `workbook` (no lock: its owner is gone)."""
    folder.mkdir(parents=True, exist_ok=True)
    copy = folder / "recovery-999999-0badc0de.json"
    payload = json.loads(scenarios_to_json(LOST, workbook=str(workbook), shown=[True, False], current=1))
    copy.write_text(json.dumps(dict(payload, scenarios_path=None)), encoding="utf-8")
    return copy


def warnings(dialogs_shown) -> list[str]:
    return [text for kind, title, text in dialogs_shown if kind == "warning" and title == "Reforms not restored"]


def test_the_other_workbook_is_read_off_the_gui_thread_and_gets_the_reforms(window, qtbot, data_folder, held_read,
                                                                            asked, dialogs_shown):
    doc = window.document
    kenya = doc.source_path
    copy = orphan(data_folder, ITALY)
    ended: list = []
    window.recovery.offerEnded.connect(ended.append)
    assert window.recovery.offer()  # returns while the worker holds the read
    assert asked == ["Restore unsaved reforms?"]
    assert window.files.reading == ITALY and doc.source_path == kenya  # nothing read on this thread
    assert "Recovered plan" not in [r.name for r in doc.reforms()] and ended == []
    assert copy.exists() and lock_path(copy).exists()  # held while the restore is under way
    ticked: list = []
    QTimer.singleShot(0, lambda: ticked.append(True))
    qtbot.waitUntil(lambda: bool(ticked), timeout=2_000)  # the event loop runs: the window responds...
    qtbot.waitUntil(lambda: window.files.progress is not None and window.files.progress.isVisible(), timeout=5_000)
    assert held_read.readers and threading.main_thread() not in held_read.readers  # ...the read is the worker's

    with qtbot.waitSignal(window.recovery.offerEnded, timeout=20_000) as signal:
        held_read.set()
    assert signal.args == [True] and ended == [True]
    assert doc.source_path == ITALY  # on the workbook they were made for
    assert [r.name for r in doc.reforms()] == [r.name for r in LOST]
    assert doc.reforms()[0].levers["contribution_rate"].value == 0.2345
    assert [s.shown for s in doc.scenarios] == [True, False] and doc.current == 1
    assert not doc.undo_stack.isClean() and window.isWindowModified()  # unsaved changes
    assert not copy.exists() and not lock_path(copy).exists()  # taken over...
    assert window.recovery.path.exists()  # ...by this window's own copy
    assert window.files.progress is None and not warnings(dialogs_shown)
    settle(qtbot, window)


def test_a_cancelled_read_keeps_the_copy_and_the_workbook_open(window, qtbot, data_folder, held_read, asked,
                                                              dialogs_shown):
    doc = window.document
    kenya, before = doc.source_path, doc.reforms()
    copy = orphan(data_folder, ITALY)
    assert window.recovery.offer()
    with qtbot.waitSignal(window.recovery.offerEnded, timeout=5_000) as signal:
        window.files.cancel_reading()  # the progress box's Cancel
    assert signal.args == [False]
    said, = warnings(dialogs_shown)
    assert said.startswith("Opening italy.xlsx was cancelled") and "offered again" in said  # not "cannot be opened"
    held_read.set()
    window.files._reader.wait()
    qtbot.wait(50)
    assert doc.source_path == kenya and doc.reforms() == before  # never put on another workbook
    assert copy.exists() and not lock_path(copy).exists()  # kept, and free for the next start to offer
    assert window.recovery.offer() and asked == ["Restore unsaved reforms?"] * 2


def test_a_workbook_that_fails_to_open_keeps_the_copy(window, qtbot, data_folder, tmp_path, asked, dialogs_shown,
                                                      problems_shown):
    doc = window.document
    kenya, before = doc.source_path, doc.reforms()
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook")
    copy = orphan(data_folder, broken)
    with qtbot.waitSignal(window.recovery.offerEnded, timeout=20_000) as signal:
        assert window.recovery.offer()
    assert signal.args == [False]
    assert any("broken.xlsx" in intro for _title, intro, _problems in problems_shown)  # why it did not open...
    said, = warnings(dialogs_shown)
    assert "broken.xlsx, which cannot be opened" in said  # ...and that the reforms were not restored
    assert doc.source_path == kenya and doc.reforms() == before
    assert copy.exists() and not lock_path(copy).exists()


def test_another_workbook_opened_meanwhile_does_not_get_the_reforms(window, qtbot, data_folder, held_read, asked,
                                                                    dialogs_shown):
    doc = window.document
    kenya = doc.source_path
    copy = orphan(data_folder, ITALY)
    assert window.recovery.offer()
    window.files.read_workbook(kenya)  # the user opens Kenya again before Italy is read
    with qtbot.waitSignal(window.recovery.offerEnded, timeout=20_000) as signal:
        held_read.set()
    assert signal.args == [False] and warnings(dialogs_shown)
    assert doc.source_path == kenya and "Recovered plan" not in [r.name for r in doc.reforms()]
    assert copy.exists() and not lock_path(copy).exists()
    settle(qtbot, window)


def test_the_session_starts_once_the_reforms_are_on_their_workbook(qtbot, data_folder, asked):
    from reform_studio.gui.main_window import MainWindow

    copy = orphan(data_folder, ITALY)
    win = MainWindow()
    qtbot.addWidget(win, before_close_func=lambda w: w.document.undo_stack.setClean())
    win.show()
    with qtbot.waitSignal(win.sessionStarted, timeout=30_000):
        win.start_session()  # the Kenya sample, then the restore reads Italy
    assert asked == ["Restore unsaved reforms?"]
    assert win.document.source_path == ITALY and [r.name for r in win.document.reforms()] == [r.name for r in LOST]
    assert not copy.exists() and win.isWindowModified()
    settle(qtbot, win)
    win.files._reader.wait()
