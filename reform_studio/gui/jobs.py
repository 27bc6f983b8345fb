"""Any engine call off the GUI thread, newest request wins (projections, solver, frontier).

A job is any function of a `cancelled` callback: a newer request makes the older one's
callback say True, so a job still queued is skipped and a running batch stops at its next
chunk (`ProjectionCancelled`) instead of finishing work nobody will see.
"""
from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from reform_studio.engine.errors import InputError
from reform_studio.engine.projection import Cancelled, ProjectionCancelled
from reform_studio.i18n.problems import describe

Job = Callable[[Cancelled], object]
_CANCELLED = object()  # the error slot's value for a job that stopped because it went stale
UNEXPECTED = ("an unexpected error ({kind}) stopped the calculation; the details are in the log file. "
              "Undo the last change (Ctrl+Z) or reset the reform's levers.")
log = logging.getLogger("reform_studio")


class _Relay(QObject):
    """Lives in the GUI thread; the worker's emit is queued to it."""

    done = Signal(int, object, object)  # request id, result, error text / _CANCELLED / None


class _Task(QRunnable):
    def __init__(self, relay: _Relay, request_id: int, job: Job, cancelled: Cancelled):
        super().__init__()
        self.relay, self.request_id, self.job, self.cancelled = relay, request_id, job, cancelled

    def run(self) -> None:
        if self.cancelled():
            self.relay.done.emit(self.request_id, None, _CANCELLED)
            return
        try:
            result = self.job(self.cancelled)
        except ProjectionCancelled:
            self.relay.done.emit(self.request_id, None, _CANCELLED)
        except ValueError as exc:  # InputError and the engine's refusals: a sentence for the user
            self.relay.done.emit(self.request_id, None, describe(exc) if isinstance(exc, InputError) else str(exc))
        except Exception as exc:  # never crash the worker thread: a sentence for the user, the traceback to the log
            log.error("calculation failed", exc_info=True)
            self.relay.done.emit(self.request_id, None, UNEXPECTED.format(kind=type(exc).__name__))
        else:
            self.relay.done.emit(self.request_id, result, None)


class JobRunner(QObject):
    """`submit(job)` runs `job(cancelled)` in a worker; only the newest job's outcome is
    reported, as `finished(id, result)` or `failed(id, message)`."""

    finished = Signal(int, object)
    failed = Signal(int, str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._latest = 0
        self._pending = 0

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def submit(self, job: Job) -> int:
        self._latest += 1
        request_id = self._latest
        self._pending += 1
        self._pool.start(_Task(self._relay, request_id, job, lambda: request_id != self._latest))
        return request_id

    def cancel(self) -> None:
        """Make every submitted job stale: it stops early and reports nothing."""
        self._latest += 1

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the worker is idle (for tests and closing)."""
        return self._pool.waitForDone(msecs)

    def _on_done(self, request_id: int, result: object, error: object) -> None:
        self._pending -= 1
        if request_id != self._latest or error is _CANCELLED:
            return
        if error is None:
            self.finished.emit(request_id, result)
        else:
            self.failed.emit(request_id, str(error))
