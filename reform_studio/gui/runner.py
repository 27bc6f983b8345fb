"""Projections off the GUI thread: one worker, newest request wins.

A slider drag fires many requests; while one projection runs only the newest waiting
request is kept, and a result that is no longer the newest is dropped. Projections of
unchanged reforms come from a small cache, so a drag recomputes only the reform moved.
"""
from __future__ import annotations

import json
import traceback
from collections import OrderedDict
from typing import Sequence

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from reform_studio.engine.projection import project
from reform_studio.engine.reform import Reform
from reform_studio.engine.results import Projection
from reform_studio.engine.scheme import Scheme

CACHE_SIZE = 64


def reform_key(reform: Reform) -> str:
    """What a projection depends on in a reform: its levers (and name, which labels it)."""
    return json.dumps(reform.to_dict(), sort_keys=True)


class _Relay(QObject):
    """Lives in the GUI thread; the worker's emit is queued to it."""

    done = Signal(int, object, object)  # request id, {key: Projection}, error text or None


class _Task(QRunnable):
    def __init__(self, relay: _Relay, request_id: int, scheme: Scheme, todo: dict[str, Reform]):
        super().__init__()
        self.relay, self.request_id, self.scheme, self.todo = relay, request_id, scheme, todo

    def run(self) -> None:
        try:
            results = {key: project(self.scheme, reform) for key, reform in self.todo.items()}
        except Exception as exc:  # the reform is refused (e.g. an InputError): report, never crash
            detail = str(exc) if isinstance(exc, ValueError) else traceback.format_exc()
            self.relay.done.emit(self.request_id, {}, detail)
            return
        self.relay.done.emit(self.request_id, results, None)


class ProjectionRunner(QObject):
    """Call `request(scheme, reforms)`; `finished(id, projections)` comes back for the newest."""

    finished = Signal(int, object)  # request id, list[Projection] in the order requested
    failed = Signal(int, str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._latest = 0
        self._running: tuple | None = None
        self._waiting: tuple | None = None
        self._scheme: Scheme | None = None  # the scheme the cache belongs to
        self._cache: OrderedDict[str, Projection] = OrderedDict()

    @property
    def busy(self) -> bool:
        return self._running is not None

    def request(self, scheme: Scheme, reforms: Sequence[Reform]) -> int:
        self._latest += 1
        job = (self._latest, scheme, list(reforms))
        if self._running is None:
            self._start(job)
        else:
            self._waiting = job
        return self._latest

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the worker is idle (for tests, benchmarks and quitting)."""
        return self._pool.waitForDone(msecs)

    def _start(self, job: tuple) -> None:
        request_id, scheme, reforms = job
        if scheme is not self._scheme:
            self._scheme = scheme
            self._cache.clear()
        todo = {reform_key(r): r for r in reforms if reform_key(r) not in self._cache}
        self._running = job
        if not todo:
            self._on_done(request_id, {}, None)
            return
        self._pool.start(_Task(self._relay, request_id, scheme, todo))

    def _on_done(self, request_id: int, results: dict, error: str | None) -> None:
        _, scheme, reforms = self._running
        self._running = None
        for key, projection in results.items() if scheme is self._scheme else ():
            self._cache[key] = projection
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        if request_id == self._latest:
            if error is not None:
                self.failed.emit(request_id, error)
            else:
                self.finished.emit(request_id, [self._cache[reform_key(r)] for r in reforms])
        if self._waiting is not None:
            job, self._waiting = self._waiting, None
            self._start(job)
