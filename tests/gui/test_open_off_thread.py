"""Opening a workbook from the window reads it off the GUI thread, with a cancel (issue 11)."""
from __future__ import annotations

import threading

from PySide6.QtWidgets import QFileDialog, QPushButton

from tests.conftest import example_files
from tests.gui.conftest import settle


def test_the_open_dialog_reads_off_the_gui_thread(window, qtbot, monkeypatch):
    path = example_files("example3")[0]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    before = window.document.source_path
    window.files.open_workbook_dialog()
    # the call returns at once: the result can only arrive through the event loop
    assert window.document.source_path == before
    qtbot.waitUntil(lambda: window.document.source_path == path, timeout=20_000)
    settle(qtbot, window)
    assert window.document.scheme.country == "Syntheland E3"
    assert "Opened example3.xlsx" in window.statusBar().currentMessage()


def test_a_slow_read_offers_cancel_and_keeps_the_scheme(window, qtbot, monkeypatch):
    from reform_studio.gui import files

    release = threading.Event()

    def slow(path):
        release.wait(20)  # the worker holds the read until the test lets go
        return files.read_scheme(path)

    monkeypatch.setattr(files, "_read", slow)
    before = window.document.scheme
    window.files.read_workbook(example_files("example4")[0])
    qtbot.waitUntil(lambda: window.files.progress is not None and window.files.progress.isVisible(), timeout=5_000)
    window.files.progress.findChild(QPushButton).click()  # the user presses Cancel
    assert window.files.progress is None
    assert "was cancelled. kenya.xlsx stays open" in window.statusBar().currentMessage()
    release.set()
    window.files._reader.wait()
    qtbot.wait(50)
    assert window.document.scheme is before


def test_a_broken_workbook_read_in_the_background_lists_its_problems(window, qtbot, problems_shown, tmp_path):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook at all")
    before = window.document.scheme
    window.files.read_workbook(broken)
    qtbot.waitUntil(lambda: bool(problems_shown), timeout=20_000)
    assert "broken.xlsx" in problems_shown[-1][1] and window.document.scheme is before
