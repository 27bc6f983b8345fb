"""No lost work: the recovery file survives a killed process, and saves are all-or-nothing."""
from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from reform_studio.engine.reform import Lever
from reform_studio.gui import settings
from reform_studio.gui.recovery import lock_path, recovery_path

ROOT = Path(__file__).resolve().parents[2]

# Runs the real application (app.main) and, once the sample is open, moves one lever.
CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from reform_studio.engine.reform import Lever
from reform_studio.gui import app

def edit():
    windows = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow"]
    if not windows or windows[0].document.current < 0:
        QTimer.singleShot(50, edit)
        return
    windows[0].document.set_lever("contribution_rate", Lever(0.2345))

app.make_app([])
QTimer.singleShot(0, edit)
sys.exit(app.main([]))
"""


def answer(monkeypatch, button: QMessageBox.StandardButton) -> list:
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(title)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def new_window(qtbot):
    from reform_studio.gui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win, before_close_func=lambda w: w.document.undo_stack.setClean())
    win.show()
    return win


def test_recovery_file_follows_every_change_and_goes_when_clean(qtbot, window):
    path = window.recovery.path
    assert not path.exists()  # the freshly loaded sample is clean
    window.document.set_current(1)
    window.document.set_lever("accrual_rate", Lever(0.0234))
    qtbot.waitUntil(path.exists, timeout=5_000)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["reforms"][1]["levers"]["accrual_rate"] == {"value": 0.0234}
    assert data["shown"] == [s.shown for s in window.document.scenarios]
    assert data["workbook"] == str(window.document.source_path)
    window.document.set_shown(1, False)
    qtbot.waitUntil(lambda: json.loads(path.read_text(encoding="utf-8"))["shown"][1] is False, timeout=5_000)
    while window.document.undo_stack.canUndo():
        window.document.undo_stack.undo()
    qtbot.waitUntil(lambda: not path.exists(), timeout=5_000)


def test_a_clean_quit_removes_the_recovery_file(qtbot, window, monkeypatch):
    window.document.add_reform()
    window.recovery.write_now()
    path = window.recovery.path
    assert path.exists() and lock_path(path).exists()
    asked = answer(monkeypatch, QMessageBox.StandardButton.Discard)
    assert window.close()
    assert asked == ["Unsaved reforms"] and not path.exists() and not lock_path(path).exists()


def test_a_killed_session_is_offered_and_restored(qtbot, tmp_path, data_folder, monkeypatch):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               PYTHONPATH=str(ROOT), **{settings.DATA_FOLDER_VARIABLE: str(data_folder)})
    child = subprocess.Popen([sys.executable, "-c", CHILD], env=env, cwd=ROOT,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    def copies():
        return list(data_folder.glob("recovery-*.json"))

    try:
        deadline = time.monotonic() + 120
        while not copies():
            assert child.poll() is None, child.stderr.read().decode()
            assert time.monotonic() < deadline, "the app never wrote its recovery file"
            time.sleep(0.1)
        time.sleep(0.2)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(30)
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    path, = copies()
    assert lock_path(path).exists()  # the killed process could not remove its lock: it is stale

    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    win = new_window(qtbot)
    with qtbot.waitSignal(win.runner.finished, timeout=20_000):
        win.start_session()
    assert asked == ["Restore unsaved reforms?"]
    doc = win.document
    assert doc.scenarios[0].reform.levers["contribution_rate"].value == 0.2345
    assert win.isWindowModified() and not doc.undo_stack.isClean()
    assert [s.shown for s in doc.scenarios][:2] == [True, True]
    assert not path.exists() and not lock_path(path).exists()  # the orphan is taken over...
    assert win.recovery.path.exists()  # ...by this window's own copy: still unsaved, kept until saved or quit


def test_declining_the_restore_deletes_the_file(qtbot, window, monkeypatch):
    doc = window.document
    names = [s.reform.name for s in doc.scenarios]
    doc.add_reform()
    window.recovery.write_now()
    crashed = window.recovery.path
    window.recovery.lock.unlock()  # pretend that session crashed (its lock gone); this one starts afresh
    doc.undo_stack.setClean()
    window.recovery._timer.stop()  # a crashed window removes nothing while the new one reads its workbook
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    assert crashed.exists()
    win = new_window(qtbot)
    with qtbot.waitSignal(win.runner.finished, timeout=20_000):
        win.start_session()
    assert asked == ["Restore unsaved reforms?"]
    assert [s.reform.name for s in win.document.scenarios] == names
    assert not crashed.exists() and not win.isWindowModified()


def test_a_broken_recovery_file_is_dropped_without_asking(qtbot, window, monkeypatch):
    recovery_path().write_text("{not json", encoding="utf-8")
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert not window.recovery.offer()
    assert asked == [] and not recovery_path().exists()


@pytest.fixture
def saved(window, tmp_path) -> Path:
    """A scenario file already saved, then a change not yet saved."""
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "reforms.json"
    assert window.files._write_scenarios(path)
    window.document.add_reform()
    return path


def refuse_writes(folder: Path, monkeypatch) -> None:
    """Make `folder` read-only; as root (CI) chmod stops nothing, so the rename fails instead."""
    folder.chmod(0o500)
    if os.access(folder, os.W_OK):
        folder.chmod(0o700)
        monkeypatch.setattr(os, "replace", lambda *a, **k: (_ for _ in ()).throw(
            PermissionError(errno.EACCES, "Permission denied")))


def test_saving_into_a_read_only_folder_says_so_and_keeps_the_old_file(window, saved, dialogs_shown, monkeypatch):
    before = saved.read_bytes()
    refuse_writes(saved.parent, monkeypatch)
    try:
        assert not window.files.save_scenarios()
    finally:
        saved.parent.chmod(0o700)
    (kind, title, text), = dialogs_shown
    assert (kind, title) == ("failure", "Scenarios not saved")
    assert "read-only" in text and "left unchanged" in text
    assert saved.read_bytes() == before
    assert [p.name for p in saved.parent.iterdir()] == ["reforms.json"]
    assert window.isWindowModified()


def test_a_full_disk_says_so_and_keeps_the_old_file(window, saved, dialogs_shown, monkeypatch):
    before = saved.read_bytes()

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    assert not window.files.save_scenarios()
    (kind, title, text), = dialogs_shown
    assert kind == "failure" and "disk is full" in text
    assert saved.read_bytes() == before
    assert [p.name for p in saved.parent.iterdir()] == ["reforms.json"]
    assert window.isWindowModified()
