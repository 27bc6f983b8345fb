"""Issue 11, items 9, 10, 12, 13: the window under hostile conditions.

Two windows keep their own recovery copies; scenarios are never saved over the workbook;
users read sentences, not tracebacks or temporary file names; an export cleans up what a
killed one left; chart data uses the list separator Excel expects.
"""
from __future__ import annotations

import errno
import logging
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog, QMessageBox

from reform_studio.engine.reform import Lever
from reform_studio.gui.recovery import lock_path, recovery_json
from reform_studio.samples import sample_path

ROOT = Path(__file__).resolve().parents[2]
RAW = ("[Errno", ".tmp", "Traceback")

# Holds a recovery copy's lock, as a running window does, until killed.
HOLDER = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
assert lock.tryLock(0)
print("locked", flush=True)
time.sleep(600)
"""


def answer(monkeypatch, button: QMessageBox.StandardButton) -> list:
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append((title, text))
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def new_window(qtbot, start: bool = True):
    from reform_studio.gui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win, before_close_func=lambda w: w.document.undo_stack.setClean())
    win.show()
    if start:
        with qtbot.waitSignal(win.runner.finished, timeout=20_000):
            win.start_session()
    return win


def save_as(monkeypatch, target: Path, chosen: str = "") -> list:
    """Answer the next save dialogs with `target`; return what each dialog was offered."""
    offered = []

    def dialog(parent, caption, start, filters="", selected="", *args, **kwargs):
        offered.append((filters, selected))
        return str(target), chosen or selected
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    return offered


# -- item 9: one recovery copy per window, under a lock ----------------------------------------
def test_a_second_window_neither_offers_nor_deletes_the_first_windows_copy(qtbot, window, monkeypatch):
    window.document.set_lever("contribution_rate", Lever(0.2345))
    window.recovery.write_now()
    first = window.recovery.path
    assert first.exists() and lock_path(first).exists()
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)  # the answer that used to delete it
    second = new_window(qtbot)
    assert asked == []  # the first window is alive: nothing "did not close normally"
    assert first.exists() and '"value": 0.2345' in first.read_text(encoding="utf-8")
    second.document.add_reform()
    second.recovery.write_now()
    assert second.recovery.path != first and second.recovery.path.exists()
    assert first.exists()  # each window writes only its own
    second.recovery.discard()  # the second quits cleanly...
    assert first.exists() and lock_path(first).exists()  # ...and takes nothing of the first with it


def held_copy(folder: Path, text: str) -> tuple[Path, subprocess.Popen]:
    """A recovery copy whose lock another (live) process holds."""
    copy = folder / "recovery-999999-0badc0de.json"
    copy.write_text(text, encoding="utf-8")
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(lock_path(copy))], stdout=subprocess.PIPE,
                             env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert child.stdout.readline().strip() == b"locked"
    return copy, child


def test_a_live_processes_copy_is_kept_and_offered_once_that_process_is_killed(qtbot, window, monkeypatch,
                                                                              data_folder):
    doc = window.document
    doc.set_lever("contribution_rate", Lever(0.2345))
    text = recovery_json(doc)
    doc.undo_stack.undo()
    copy, child = held_copy(data_folder, text)
    try:
        asked = answer(monkeypatch, QMessageBox.StandardButton.No)
        assert not window.recovery.offer()
        assert asked == [] and copy.exists()  # its window still runs elsewhere
    finally:
        child.kill()  # kill -9: the lock file stays behind, stale
        child.wait(30)
        child.stdout.close()
    assert lock_path(copy).exists()
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert window.recovery.offer()
    (title, question), = asked
    assert title == "Restore unsaved reforms?" and "did not close normally" in question
    assert doc.scenarios[0].reform.levers["contribution_rate"].value == 0.2345
    assert not copy.exists() and not lock_path(copy).exists()  # taken over by this window's own copy
    assert window.recovery.path.exists()


def test_a_copy_left_by_a_killed_window_is_offered_to_the_next_one(qtbot, window, monkeypatch, data_folder):
    """The lock of a killed process is stale at once, however young (no 30 s wait)."""
    window.document.set_lever("contribution_rate", Lever(0.2345))
    text = recovery_json(window.document)
    copy, child = held_copy(data_folder, text)
    child.kill()
    child.wait(30)
    child.stdout.close()
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    assert not window.recovery.offer()
    assert len(asked) == 1 and not copy.exists() and not lock_path(copy).exists()  # declined: it goes
    assert lock_path(window.recovery.path).exists()  # this window's own lock stays


# -- item 10: scenarios never replace the workbook ------------------------------------------------
@pytest.fixture
def own_workbook(window, tmp_path, qtbot) -> Path:
    """The window's workbook is a copy the test may lose (never the packaged sample)."""
    path = tmp_path / "book" / "scheme.xlsx"
    path.parent.mkdir()
    shutil.copy(sample_path(), path)
    with qtbot.waitSignal(window.runner.finished, timeout=20_000):
        assert window.open_path(path)
    window.document.add_reform()
    return path


@pytest.mark.parametrize("spelling", ["same", "dotted", "symlink"])
def test_save_scenarios_as_onto_the_open_workbook_is_refused(window, own_workbook, monkeypatch, dialogs_shown,
                                                             spelling):
    before = own_workbook.read_bytes()
    target = {"same": own_workbook, "dotted": own_workbook.parent / ".." / "book" / own_workbook.name,
              "symlink": own_workbook.parent / "link.json"}[spelling]
    if spelling == "symlink":
        target.symlink_to(own_workbook)
    save_as(monkeypatch, target)
    assert not window.files.save_scenarios_as()
    (kind, title, text), = dialogs_shown
    assert (kind, title) == ("failure", "Scenarios not saved")
    assert "scheme.xlsx" in text and "the workbook that is open" in text and "another file name" in text
    assert own_workbook.read_bytes() == before
    assert window.isWindowModified() and window.document.scenarios_path is None


def test_scenarios_are_not_saved_as_a_spreadsheet(window, own_workbook, tmp_path, monkeypatch, dialogs_shown):
    other = tmp_path / "budget.xlsx"
    other.write_bytes(b"someone else's workbook")
    for target in (other, tmp_path / "new.xlsx"):
        save_as(monkeypatch, target)
        assert not window.files.save_scenarios_as()
    assert other.read_bytes() == b"someone else's workbook" and not (tmp_path / "new.xlsx").exists()
    texts = [text for _kind, _title, text in dialogs_shown]
    assert "would replace that file" in texts[0] and "budget.json" in texts[0]
    assert "ending in .json" in texts[1] and "would replace" not in texts[1]


def test_a_scenario_name_without_suffix_gets_json(window, tmp_path, monkeypatch):
    save_as(monkeypatch, tmp_path / "reforms")
    assert window.files.save_scenarios_as()
    assert (tmp_path / "reforms.json").is_file() and window.document.scenarios_path.name == "reforms.json"


def test_chart_data_and_images_are_not_written_over_the_open_workbook(window, own_workbook, dialogs_shown):
    before = own_workbook.read_bytes()
    chart = window.charts.current_view().chart
    assert not window.files.export_chart_data_to(chart, own_workbook)
    window.files.export_chart_to(chart, own_workbook)
    assert own_workbook.read_bytes() == before
    assert [title for _kind, title, _text in dialogs_shown] == ["Chart data not exported", "Chart not exported"]


# -- item 12: a sentence in the status bar, the traceback in the log ----------------------------
def test_an_unexpected_projection_error_is_a_sentence_and_logged(qtbot, window, monkeypatch, caplog):
    from reform_studio.gui import runner

    def broken(scheme, reform, *args, **kwargs):
        raise ZeroDivisionError("float division by zero")

    monkeypatch.setattr(runner, "project", broken)
    caplog.set_level(logging.ERROR, logger="reform_studio")
    with qtbot.waitSignal(window.runner.failed, timeout=20_000):
        window.document.set_lever("contribution_rate", Lever(0.2222))
    message = window.statusBar().currentMessage()
    assert message.startswith("This reform cannot be projected: an unexpected error")
    assert not any(sign in message for sign in ("Traceback", 'File "', "line ")), message
    assert "log file" in message and "\n" not in message
    record, = [r for r in caplog.records if r.exc_info]
    assert record.exc_info[0] is ZeroDivisionError


# -- item 13: plain sentences, stale temporaries, the list separator ---------------------------
def test_a_read_only_drive_is_a_sentence_naming_the_users_file(window, tmp_path, monkeypatch, dialogs_shown):
    """The campaign's case: the rename fails, then so does the clean-up, and the raw error
    of the clean-up (naming the temporary file) used to reach the dialog."""
    from reform_studio.workbook import atomic

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    def cleanup(temp):
        raise OSError(errno.EROFS, "Read-only file system", str(temp))

    monkeypatch.setattr(os, "replace", read_only)
    monkeypatch.setattr(atomic, "_remove", cleanup)
    target = tmp_path / "comparison.xlsx"
    save_as(monkeypatch, target)
    window.files.export_comparison()
    (kind, title, text), = dialogs_shown
    assert title == "Comparison not exported"
    assert "comparison.xlsx" in text and "read-only" in text and "Choose another folder" in text
    assert not any(sign in text for sign in RAW), text


@pytest.mark.parametrize("code, words", [(errno.ENOSPC, "disk is full"), (errno.ENAMETOOLONG, "name is too long"),
                                         (errno.EACCES, "open in another program"), (errno.EIO, "input/output")])
def test_every_write_failure_is_a_sentence(window, tmp_path, monkeypatch, dialogs_shown, code, words):
    def fail(*args, **kwargs):
        raise OSError(code, os.strerror(code), str(tmp_path / ".reforms.0badc0de.tmp.json"))

    monkeypatch.setattr(os, "replace", fail)
    assert not window.files._write_scenarios(tmp_path / "reforms.json")
    chart = window.charts.current_view().chart
    assert not window.files.export_chart_data_to(chart, tmp_path / "chart.csv")
    window.files.export_chart_to(chart, tmp_path / "chart.png")
    texts = [text for _kind, _title, text in dialogs_shown]
    assert len(texts) == 3
    for text, name in zip(texts, ("reforms.json", "chart.csv", "chart.png")):
        assert name in text and words in text.lower() and not any(sign in text for sign in RAW), text
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "app-data") == []


def test_an_export_cleans_up_what_a_killed_export_left(window, tmp_path, monkeypatch):
    folder = tmp_path / "shared"
    folder.mkdir()
    hour_ago = time.time() - 2 * 3600
    stale = [folder / ".comparison.b5502443.tmp.xlsx", folder / ".reforms.0badc0de.tmp.json",
             folder / ".Contributions.1234abcd.tmp.csv"]
    kept = [folder / ".comparison.cafebabe.tmp.xlsx",  # young: an export running elsewhere
            folder / ".notes.tmp.xlsx", folder / "draft.12345678.tmp.xlsx",  # not our pattern
            folder / ".budget.xlsx"]
    for path in stale + kept:
        path.write_bytes(b"partial")
    for path in stale + kept[1:]:
        os.utime(path, (hour_ago, hour_ago))
    save_as(monkeypatch, folder / "comparison.xlsx")
    window.files.export_comparison()
    assert (folder / "comparison.xlsx").is_file()
    assert sorted(p.name for p in folder.iterdir()) == sorted([p.name for p in kept] + ["comparison.xlsx"])


@pytest.fixture
def set_locale():
    """Pretend the user's regional settings are another country's (put back afterwards)."""
    before = QLocale()
    yield lambda language, country: QLocale.setDefault(QLocale(language, country))
    QLocale.setDefault(before)


@pytest.fixture
def german_locale(set_locale):
    set_locale(QLocale.Language.German, QLocale.Country.Germany)


def test_chart_data_uses_semicolons_where_excel_expects_them(window, tmp_path, monkeypatch, german_locale):
    from reform_studio.gui.files import CSV_COMMA, CSV_SEMICOLON

    target = tmp_path / "chart.csv"
    offered = save_as(monkeypatch, target)
    window.files.export_chart_data()
    (filters, selected), = offered
    assert selected == CSV_SEMICOLON and CSV_COMMA in filters  # the choice is in the dialog
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Year;") and ";" in lines[1] and "," in lines[1] and "." not in lines[1]
    message = window.statusBar().currentMessage()
    assert "semicolon-separated with decimal commas" in message  # says which

    offered = save_as(monkeypatch, target, chosen=CSV_COMMA)  # the user picks commas once...
    window.files.export_chart_data()
    assert target.read_text(encoding="utf-8-sig").splitlines()[0].startswith("Year,")
    assert "comma-separated with decimal points" in window.statusBar().currentMessage()
    offered = save_as(monkeypatch, target)
    window.files.export_chart_data()
    assert offered[0][1] == CSV_COMMA  # ...and is offered them next time


def test_chart_data_uses_commas_with_a_decimal_point(window, tmp_path, monkeypatch, set_locale):
    from reform_studio.gui.files import CSV_COMMA

    set_locale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    offered = save_as(monkeypatch, tmp_path / "chart.csv")
    window.files.export_chart_data()
    assert offered[0][1] == CSV_COMMA
    assert (tmp_path / "chart.csv").read_text(encoding="utf-8-sig").startswith("Year,")


def test_a_31_emoji_reform_name_exports_with_valid_unique_sheet_titles(window, tmp_path, monkeypatch):
    import openpyxl

    doc = window.document
    for n, name in enumerate(["😀" * 31, "😀" * 30 + "😃"]):
        doc.rename(n, name)
    assert [s.reform.name for s in doc.scenarios][:2] == ["😀" * 31, "😀" * 30 + "😃"]
    target = tmp_path / "emoji.xlsx"
    save_as(monkeypatch, target)
    window.files.export_comparison()
    titles = openpyxl.load_workbook(target, read_only=True).sheetnames
    assert all(len(t.encode("utf-16-le")) // 2 <= 31 for t in titles), titles
    assert len({t.lower() for t in titles}) == len(titles)
    emoji = [t for t in titles if "😀" in t]
    assert emoji == ["😀" * 15, "😀" * 13 + " (2)"]
