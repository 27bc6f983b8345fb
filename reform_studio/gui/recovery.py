"""The recovery file: unsaved reforms kept on disk so that a crash loses no work.

A few hundred milliseconds after every change, the window writes its reforms (names,
levers, which are drawn, the workbook they belong to) to `recovery.json` in the per-user
data folder, atomically. The file is a scenario file with a few extra keys, so it can also
be opened by hand with File › Open scenarios. While the reforms are saved (the undo stack
is clean) there is nothing to recover and the file is removed; a clean quit removes it too.
A file found at start-up therefore means the last session ended without quitting: the
window offers to restore it.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from reform_studio.engine.errors import InputError
from reform_studio.engine.reform import Reform
from reform_studio.gui import settings
from reform_studio.scenarios import load_scenarios, read_json, scenarios_to_json
from reform_studio.workbook.atomic import ExportError, write_atomically

if TYPE_CHECKING:
    from reform_studio.gui.document import Document
    from reform_studio.gui.main_window import MainWindow

RECOVERY_NAME = "recovery.json"
DELAY_MS = 300  # a slider drag writes once, when it pauses
log = logging.getLogger("reform_studio")


def recovery_path() -> Path:
    return settings.data_folder() / RECOVERY_NAME


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
    payload = json.loads(scenarios_to_json(document.reforms(), workbook=str(source) if source else None))
    payload["shown"] = [s.shown for s in document.scenarios]
    payload["current"] = document.current
    payload["scenarios_path"] = str(document.scenarios_path) if document.scenarios_path else None
    return json.dumps(payload, indent=1, ensure_ascii=False, allow_nan=False)


def read_recovery(path: Path) -> Recovered:
    """The recovered session; an InputError where the file is not a usable scenario file."""
    reforms = load_scenarios(path)
    data = read_json(path)
    shown = data.get("shown")
    if not (isinstance(shown, list) and len(shown) == len(reforms) and all(isinstance(s, bool) for s in shown)):
        shown = [True] * len(reforms)
    current = data.get("current")
    current = current if isinstance(current, int) and 0 <= current < len(reforms) else 0
    workbook, scenarios_path = data.get("workbook"), data.get("scenarios_path")
    return Recovered(reforms, shown, current, Path(workbook) if isinstance(workbook, str) else None,
                     Path(scenarios_path) if isinstance(scenarios_path, str) else None)


class RecoveryKeeper(QObject):
    """Keeps the recovery file in step with the window's document."""

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.path = recovery_path()
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

    def schedule(self, *_args) -> None:
        self._timer.start()

    def write_now(self) -> None:
        """Write the file now (or remove it where everything is saved)."""
        self._timer.stop()
        if self.document.undo_stack.isClean():
            self._remove()
            return
        try:
            write_atomically(self.path, lambda temp, text=recovery_json(self.document):
                             temp.write_text(text, encoding="utf-8"))
            self._failed = False
        except (ExportError, OSError) as exc:
            log.warning("recovery file not written: %s", exc)
            if not self._failed:  # say it once, not after every slider step
                self.window.statusBar().showMessage(f"Automatic recovery copy not written: {exc}", 15000)
            self._failed = True

    def discard(self) -> None:
        """A clean quit, or the user declined to restore: nothing to recover any more."""
        self._timer.stop()
        self._remove()

    def _remove(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("recovery file not removed: %s", exc)

    def offer(self) -> bool:
        """Where the last session crashed, ask to restore its reforms; True where restored."""
        if not self.path.is_file():
            return False
        try:
            recovered = read_recovery(self.path)
        except InputError as exc:
            log.warning("recovery file unusable, removed: %s", exc)
            self.discard()
            return False
        count = len(recovered.reforms)
        where = f" for {recovered.workbook.name}" if recovered.workbook else ""
        answer = QMessageBox.question(
            self.window, "Restore unsaved reforms?",
            f"Reform Studio did not close normally last time. {count} reform{'s' if count != 1 else ''}"
            f"{where} had changes that were not saved.\n\nRestore them? (No discards them.)",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            self.discard()
            return False
        self.restore(recovered)
        return True

    def restore(self, recovered: Recovered) -> None:
        """Load the recovered reforms as unsaved changes (the workbook too, where it moved on)."""
        doc = self.document
        workbook = recovered.workbook
        if workbook is not None and workbook != doc.source_path and workbook.is_file():
            self.window.files.open_workbook(workbook, remember=False)
        doc.set_scenarios(recovered.reforms, recovered.scenarios_path, shown=recovered.shown)
        doc.set_current(recovered.current)
        doc.undo_stack.resetClean()  # unsaved: the title shows it and quitting asks to save
        self.window._update_title()
        self.write_now()
