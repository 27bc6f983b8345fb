"""Time the window offscreen: cold start with the sample, and slider change -> charts redrawn.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_gui.py

Prints `METRIC cold_start <s> s` (process start until the window shows the sample's results),
and `METRIC slider_redraw_median|p95 <ms> ms` (a lever slider moved until the projection has
run and the visible chart and the key figures are redrawn).
"""
from __future__ import annotations

import os
import sys
import tempfile
import time

START = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from PySide6.QtCore import QSettings  # noqa: E402

QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())

import numpy as np  # noqa: E402

from reform_studio.gui.app import default_workbook, make_app  # noqa: E402

MOVES = 60


def wait_for(app, condition, timeout: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not finish in time")
        app.processEvents()


def main() -> None:
    app = make_app([])
    from reform_studio.gui.main_window import MainWindow

    window = MainWindow()
    window.show()
    window.open_path(default_workbook())
    window.load_sample_reforms()
    chart = window.charts.views["reserve"].chart
    wait_for(app, lambda: not window.runner.busy and chart.frames > 0 and len(window.drawn) == 2)
    print(f"METRIC cold_start {time.perf_counter() - START:.2f} s")

    window.document.set_current(0)
    row = window.levers.rows["contribution_rate"]
    start = row.slider.value()
    timings = []
    for move in range(MOVES):
        frames = chart.frames
        begin = time.perf_counter()
        row.slider.setValue(start + (move % 10) - 5)  # a drag back and forth over 1 point
        wait_for(app, lambda: chart.frames > frames and not window.runner.busy)
        timings.append((time.perf_counter() - begin) * 1000)
    print(f"METRIC slider_redraw_median {np.median(timings):.1f} ms")
    print(f"METRIC slider_redraw_p95 {np.percentile(timings, 95):.1f} ms")
    window.document.undo_stack.setClean()
    window.close()


if __name__ == "__main__":
    main()
