"""Recovery copies: unsaved reforms kept on disk so that a crash loses no work.

A few hundred milliseconds after every change, the window writes its reforms (names,
levers, which are drawn, the workbook they belong to) to its own recovery copy in the
per-user data folder, atomically: `recovery-<pid>-<token>.json`, one per window session,
so two windows (or two instances) never write, offer or delete each other's copy. The copy
is a scenario file with a few extra keys, so it can also be opened by hand with File › Open
scenarios. While the reforms are saved (the undo stack is clean) there is nothing to
recover and the copy is removed; a clean quit removes it too.

Each session holds a lock (`QLockFile`, `<copy>.lock`) for as long as it runs. A new window
offers only copies whose lock is stale, i.e. whose process is gone (killed, crashed, power
cut), or copies without a lock (left by an older version): a copy whose owner still runs is
live and is never offered or deleted. While a window asks about an orphaned copy, and until
its reforms are restored, it holds that copy's lock, so two windows starting together do not
both offer it.

Reforms made for another workbook than the one open are restored on that workbook only: it is
read off the GUI thread as every other open is (progress, Cancel), and the reforms are put on
it once `FileActions.readEnded` says it opened; where it did not, the copy is kept for the
next start.
"""
from __future__ import annotations

import json
import logging
import os
import re
import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QLockFile, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from reform_studio.engine.errors import InputError
from reform_studio.engine.reform import Reform
from reform_studio.gui import settings
from reform_studio.scenarios import read_json, scenario_set_of, scenarios_to_json
from reform_studio.workbook.atomic import ExportError, write_atomically

if TYPE_CHECKING:
    from reform_studio.gui.document import Document
    from reform_studio.gui.main_window import MainWindow

RECOVERY_NAME = "recovery.json"  # the single copy of older versions; offered once, like an orphan
SESSION_PATTERN = re.compile(r"^recovery(-\d+-[0-9a-f]{8})?\.json$")
DELAY_MS = 300  # a slider drag writes once, when it pauses
translate = QCoreApplication.translate
log = logging.getLogger("reform_studio")


def recovery_path() -> Path:
    """The recovery copy of older versions (one for all windows)."""
    return settings.data_folder() / RECOVERY_NAME


def session_path(folder: Path) -> Path:
    """A new window session's own recovery copy in `folder`."""
    return folder / f"recovery-{os.getpid()}-{secrets.token_hex(4)}.json"


def lock_path(copy: Path) -> Path:
    return copy.with_name(copy.name + ".lock")


def make_lock(copy: Path) -> QLockFile:
    """The lock of a recovery copy: stale only where its process is gone, never by age (a
    window stays open for days)."""
    lock = QLockFile(str(lock_path(copy)))
    lock.setStaleLockTime(0)
    return lock


def recovery_copies(folder: Path) -> list[Path]:
    """Every recovery copy in `folder`, newest first."""
    try:
        copies = [p for p in folder.iterdir() if SESSION_PATTERN.match(p.name) and p.is_file()]
    except OSError:
        return []

    def modified(path: Path) -> float:
        try:
            return path.stat().st_mtime
        except OSError:
            return 0.0
    return sorted(copies, key=modified, reverse=True)


@dataclass(frozen=True)
class Recovered:
    """What a recovery file holds."""

    reforms: list[Reform]
    shown: list[bool]
    current: int
    workbook: Path | None
    scenarios_path: Path | None


def recovery_json(document: "Document") -> str:
    source = document.source_path
    payload = json.loads(scenarios_to_json(document.reforms(), workbook=str(source) if source else None,
                                           shown=[s.shown for s in document.scenarios], current=document.current))
    payload["scenarios_path"] = str(document.scenarios_path) if document.scenarios_path else None
    return json.dumps(payload, indent=1, ensure_ascii=False, allow_nan=False)


def read_recovery(path: Path) -> Recovered:
    """The recovered session; an InputError where the file is not a usable scenario file."""
    data = read_json(path)
    loaded = scenario_set_of(data, path)  # the same reading as File › Open scenarios
    reforms = loaded.reforms
    shown = loaded.shown if loaded.shown is not None else [True] * len(reforms)
    workbook, scenarios_path = data.get("workbook"), data.get("scenarios_path")
    return Recovered(reforms, shown, loaded.current, Path(workbook) if isinstance(workbook, str) else None,
                     Path(scenarios_path) if isinstance(scenarios_path, str) else None)


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("recovery file not removed: %s", exc)


@dataclass(frozen=True)
class _Waiting:
    """A restore waiting for its workbook to be read: the reforms, and the copy they came
    from with its lock (held until the restore is over)."""

    recovered: Recovered
    copy: Path | None
    lock: QLockFile | None


class RecoveryKeeper(QObject):
    """Keeps this window's recovery copy in step with its document, under its own lock."""

    offerEnded = Signal(bool)  # the offer of orphaned copies is over: reforms restored (True) or not

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.document = window.document
        self._queue: list[Path] = []  # the orphaned copies still to offer, newest first
        self._waiting: _Waiting | None = None
        self._cancelled: Path | None = None  # the workbook whose read the user cancelled
        window.files.readCancelled.connect(self._read_cancelled)
        window.files.readEnded.connect(self._workbook_read)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.write_now)
        stack = self.document.undo_stack
        stack.indexChanged.connect(self.schedule)
        stack.cleanChanged.connect(self.schedule)
        self.document.scenariosReset.connect(self.schedule)
        self.document.schemeChanged.connect(self.schedule)
        self._failed = False
        self.folder: Path | None = None
        self.path: Path | None = None
        self.lock: QLockFile | None = None
        try:
            self.folder = settings.data_folder()
            self.path = session_path(self.folder)
            self.lock = make_lock(self.path)
            if not self.lock.tryLock(0):
                raise OSError(f"cannot create the lock file {lock_path(self.path)} ({self.lock.error().name})")
        except OSError as exc:  # a read-only or missing data folder: the window works, unprotected
            log.warning("automatic recovery is off: %s", exc)
            self.path, self.lock = None, None

    @property
    def enabled(self) -> bool:
        return self.path is not None

    def schedule(self, *_args) -> None:
        if self.enabled:
            self._timer.start()

    def write_now(self) -> None:
        """Write this window's copy now (or remove it where everything is saved)."""
        self._timer.stop()
        if self.path is None:
            return
        if self.document.undo_stack.isClean():
            _remove(self.path)
            return
        try:
            write_atomically(self.path, lambda temp, text=recovery_json(self.document):
                             temp.write_text(text, encoding="utf-8"))
            self._failed = False
        except (ExportError, OSError) as exc:
            log.warning("recovery file not written: %s", exc)
            if not self._failed:  # say it once, not after every slider step
                self.window.statusBar().showMessage(
                    translate("recovery", "Your reforms could not be copied for recovery (the application data "
                              "folder cannot be written); save them with File › Save scenarios."), 15000)
            self._failed = True

    def discard(self) -> None:
        """A clean quit: this window's copy goes and its lock is released."""
        self._timer.stop()
        if self.path is not None:
            _remove(self.path)
        if self.lock is not None:
            self.lock.unlock()
        if self._waiting is not None and self._waiting.lock is not None:  # not restored: offered next time
            self._waiting.lock.unlock()

    # -- copies left by sessions that ended without quitting -------------------------------------
    def offer(self) -> bool:
        """Where a session ended without quitting, ask to restore its reforms; True where they
        were restored, or are being restored on their own workbook (read off the GUI thread).
        `offerEnded` says when the offer is over, and how.

        The newest orphaned copy is offered first; one that is declined is deleted, the next
        is offered. After a restore the others are kept for the next window to offer."""
        if self._waiting is not None:  # an offer is under way
            return True
        self._queue = [] if self.folder is None else [c for c in recovery_copies(self.folder) if c != self.path]
        return self._offer_next()

    def _offer_next(self) -> bool:
        while self._queue:
            copy = self._queue.pop(0)
            lock = make_lock(copy)
            if not lock.tryLock(0):  # its window still runs (or another window is offering it)
                continue
            try:
                recovered = self._accepted(copy)
            except BaseException:
                lock.unlock()
                raise
            if recovered is None:
                lock.unlock()  # removes the lock file
                continue
            if self.restore(recovered, copy, lock):
                if self._waiting is None:
                    self.offerEnded.emit(True)
                return True
        self.offerEnded.emit(False)
        return False

    def _accepted(self, copy: Path) -> Recovered | None:
        """The copy's reforms where the user wants them back; None where the copy is unusable
        or declined (either way it is removed)."""
        try:
            recovered = read_recovery(copy)
        except (InputError, OSError) as exc:
            log.warning("recovery file %s unusable, removed: %s", copy.name, exc)
            _remove(copy)
            return None
        count = len(recovered.reforms)
        when = _saved_at(copy)
        closed = (translate("recovery", "A Reform Studio window did not close normally (its last copy was made "
                            "on {when}).").format(when=when) if when
                  else translate("recovery", "A Reform Studio window did not close normally."))
        if recovered.workbook:
            changed = (translate("recovery", "{count} reform for {workbook} had changes that were not saved.")
                       if count == 1 else translate("recovery", "{count} reforms for {workbook} had changes that "
                                                    "were not saved.")).format(count=count,
                                                                               workbook=recovered.workbook.name)
        else:
            changed = (translate("recovery", "{count} reform had changes that were not saved.") if count == 1
                       else translate("recovery", "{count} reforms had changes that were not saved.")).format(
                count=count)
        answer = QMessageBox.question(
            self.window, translate("recovery", "Restore unsaved reforms?"),
            f"{closed} {changed}\n\n" + translate("recovery", "Restore them in this window? (No discards them.)"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            _remove(copy)
            return None
        return recovered

    def restore(self, recovered: Recovered, copy: Path | None = None, lock: QLockFile | None = None) -> bool:
        """Load the recovered reforms as unsaved changes, on the workbook they were made for.
        Where another is open, that workbook is read first, off the GUI thread, and the reforms
        are put on it when the read ends (`_workbook_read`): True, the restore is under way.
        Where it cannot be opened they are not restored (never projected on another scheme):
        False, and the user is told. Once restored, `copy` (where they came from) is removed;
        `lock` (the copy's) is released when the restore is over, either way."""
        doc = self.document
        workbook = recovered.workbook
        if workbook is not None and not _is_open(workbook, doc.source_path):
            if not workbook.is_file():
                self._not_restored(workbook)
                return self._ended(False, copy, lock)
            self._waiting = _Waiting(recovered, copy, lock)
            self.window.files.read_workbook(workbook, remember=False)
            return True
        if doc.scheme is None:
            return self._ended(False, copy, lock)
        self._put(recovered)
        return self._ended(True, copy, lock)

    def _workbook_read(self, path: Path, opened: bool) -> None:
        """A read is over: where it is the workbook a restore waits for and it opened, the
        reforms go on it; otherwise (failed, cancelled, or another workbook opened instead)
        they are not restored and the next orphaned copy, if any, is offered."""
        waiting, cancelled = self._waiting, self._cancelled
        self._cancelled = None
        if waiting is None:
            return
        self._waiting = None
        workbook = waiting.recovered.workbook
        restored = opened and path == workbook and _is_open(workbook, self.document.source_path)
        if restored:
            self._put(waiting.recovered)
        else:
            self._not_restored(workbook, cancelled=cancelled == workbook)
        if self._ended(restored, waiting.copy, waiting.lock):
            self.offerEnded.emit(True)
        else:
            self._offer_next()

    def _put(self, recovered: Recovered) -> None:
        doc = self.document
        doc.set_scenarios(recovered.reforms, recovered.scenarios_path, shown=recovered.shown,
                          current=recovered.current)
        doc.undo_stack.resetClean()  # unsaved: the title shows it and quitting asks to save
        self.window._update_title()
        self.write_now()  # now this window's own copy holds them

    def _read_cancelled(self, path: Path) -> None:
        self._cancelled = path

    def _not_restored(self, workbook: Path, cancelled: bool = False) -> None:
        said = (translate("recovery", "Opening {name} was cancelled, so the unsaved reforms made for it were not "
                          "restored; they are offered again the next time Reform Studio starts.") if cancelled
                else translate("recovery", "The unsaved reforms were made for {name}, which cannot be opened "
                               "({path}). They belong to that workbook, so they were not restored here; they are "
                               "offered again the next time Reform Studio starts."))
        QMessageBox.warning(self.window, translate("recovery", "Reforms not restored"),
                            said.format(name=workbook.name, path=workbook))

    @staticmethod
    def _ended(restored: bool, copy: Path | None, lock: QLockFile | None) -> bool:
        if restored and copy is not None:
            _remove(copy)
        if lock is not None:
            lock.unlock()  # removes the lock file; a copy kept is offered again at the next start
        return restored


def _is_open(workbook: Path, source: Path | None) -> bool:
    return source is not None and workbook.resolve() == source.resolve()


def _saved_at(copy: Path) -> str:
    try:
        stamp = datetime.fromtimestamp(copy.stat().st_mtime)
    except (OSError, ValueError, OverflowError):
        return ""
    # the date and time as the window's language writes them (QLocale's default is set with it)
    return QLocale().toString(QDateTime(stamp), "d MMMM yyyy, HH:mm")
