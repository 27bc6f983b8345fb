"""The Qt binding must not release Python's singletons (None, True, False) on every call.

PySide6 6.12.0 on Python 3.11 takes one reference from None on each `processEvents()` and one
from True/False on each signal emission; after a few thousand the interpreter aborts
("Fatal Python error: none_dealloc") — in a long session, in a slider drag, at exit. This test
fails on such a binding, so that the pin in pyproject.toml is never lifted to one by accident.
"""
from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QObject, Signal  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

CALLS = 500


class _Sender(QObject):
    said = Signal(int, object)


def _drift(call) -> dict[str, int]:
    before = {name: sys.getrefcount(value) for name, value in (("None", None), ("True", True), ("False", False))}
    for _ in range(CALLS):
        call()
    return {name: sys.getrefcount(value) - before[name]
            for name, value in (("None", None), ("True", True), ("False", False))}


def test_process_events_keeps_its_references(qapp):
    drift = _drift(QApplication.processEvents)
    assert all(change > -CALLS // 2 for change in drift.values()), drift


def test_a_signal_emission_keeps_its_references(qapp):
    sender = _Sender()
    heard = []
    sender.said.connect(lambda n, value: heard.append(n))
    drift = _drift(lambda: sender.said.emit(1, None))
    assert len(heard) == CALLS
    assert all(change > -CALLS // 2 for change in drift.values()), drift
