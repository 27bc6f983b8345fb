"""Projections off the GUI thread: one worker, newest request wins.

A slider drag fires many requests; `JobRunner` runs them one at a time and skips every
request that is no longer the newest, so only the newest result arrives. Projections of
unchanged reforms come from a small cache, so a drag recomputes only the reform moved.
"""
from __future__ import annotations

import json
from collections import OrderedDict
from typing import Sequence

from PySide6.QtCore import QObject, Signal

from reform_studio.engine.projection import project
from reform_studio.engine.reform import Reform
from reform_studio.engine.results import Projection
from reform_studio.engine.scheme import Scheme
from reform_studio.gui.jobs import JobRunner

CACHE_SIZE = 64


def reform_key(reform: Reform) -> str:
    """What a projection depends on in a reform: its levers (and name, which labels it)."""
    return json.dumps(reform.to_dict(), sort_keys=True)


class ProjectionRunner(QObject):
    """Call `request(scheme, reforms)`; `finished(id, projections)` comes back for the newest."""

    finished = Signal(int, object)  # request id, list[Projection] in the order requested
    failed = Signal(int, str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._jobs = JobRunner(self)
        self._jobs.finished.connect(self._on_finished)
        self._jobs.failed.connect(self.failed)
        self._scheme: Scheme | None = None  # the scheme the cache belongs to
        self._cache: OrderedDict[str, Projection] = OrderedDict()
        self._requests: dict[int, tuple[Scheme, list[Reform]]] = {}

    @property
    def busy(self) -> bool:
        return self._jobs.busy

    def request(self, scheme: Scheme, reforms: Sequence[Reform]) -> int:
        if scheme is not self._scheme:
            self._scheme = scheme
            self._cache.clear()
        keyed = {reform_key(r): r for r in reforms}
        todo = {key: r for key, r in keyed.items() if key not in self._cache}
        request_id = self._jobs.submit(lambda _cancelled: {key: project(scheme, r) for key, r in todo.items()})
        self._requests = {request_id: (scheme, list(reforms))}  # older requests will not report
        return request_id

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the worker is idle (for tests, benchmarks and quitting)."""
        return self._jobs.wait(msecs)

    def _on_finished(self, request_id: int, results: dict[str, Projection]) -> None:
        scheme, reforms = self._requests.pop(request_id)
        if scheme is not self._scheme:
            return
        for key, projection in results.items():
            self._cache[key] = projection
            self._cache.move_to_end(key)
        for reform in reforms:  # keep what this request shows, however old
            self._cache.move_to_end(reform_key(reform))
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        self.finished.emit(request_id, [self._cache[reform_key(r)] for r in reforms])
