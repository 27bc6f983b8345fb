"""Time the window offscreen: cold start with the sample, and slider change -> charts redrawn.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_gui.py

Prints `METRIC window_shown <s> s` and `METRIC cold_start <s> s`: from the process start
(Linux: the kernel's start time; elsewhere the script's first line) until the window is shown,
and until it shows the sample's charts drawn (the way `reform-studio gui` starts: window
first, then the workbook read off the GUI thread and projected), and `METRIC start_longest_stall
<ms> ms`: the longest the GUI thread was busy in one go between the two (the window cannot
repaint or answer meanwhile; the workbook read no longer counts there). Then `METRIC slider_redraw_median|p95 <ms> ms`:
a lever slider moved until the projection has run and the visible chart and the key figures
are redrawn, over `MOVES` values none of which was projected before (a cached result would
time the cache, not the projection), and `METRIC slider_full_redraws <n>`: how many of those
moves redrew the whole chart (ticks, text) instead of blitting its lines.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time


def process_age() -> float:
    """Seconds since this process started (interpreter start-up included where the OS says)."""
    try:
        ticks = int(open("/proc/self/stat").read().rsplit(")", 1)[1].split()[19])
        uptime = float(open("/proc/uptime").read().split()[0])
        return uptime - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.perf_counter() - START


START = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("REFORM_STUDIO_DATA_DIR", tempfile.mkdtemp())
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from reform_studio.gui.app import make_app  # noqa: E402  (loads numpy, pandas and matplotlib first)

import numpy as np  # noqa: E402
from PySide6.QtCore import QSettings, QTimer  # noqa: E402

QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())

MOVES = 60


def drag_values(start: int, moves: int, low: int, high: int) -> list[int]:
    """A drag up from `start` one step at a time, then down from below it: every value new."""
    up = list(range(start + 1, min(high, start + moves // 2) + 1))
    down = list(range(start - 1, max(low, start - moves) - 1, -1))[:moves - len(up)]
    values = up + down
    if len(values) < moves or len(set(values)) != len(values) or start in values:
        raise ValueError("the slider has too few values for a drag over new ones")
    return values


def wait_for(app, condition, timeout: float = 30.0) -> float:
    """Process events until `condition()`; the longest single pass of the event loop, in ms."""
    deadline = time.perf_counter() + timeout
    longest = 0.0
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not finish in time")
        begin = time.perf_counter()
        app.processEvents()
        longest = max(longest, time.perf_counter() - begin)
    return longest * 1000


def main() -> None:
    app = make_app([])
    from reform_studio.gui.main_window import MainWindow

    window = MainWindow()
    window.show()
    QTimer.singleShot(0, window.start_session)  # as app.main does
    app.processEvents()
    print(f"METRIC window_shown {process_age():.2f} s")
    chart = window.charts.views["reserve"].chart
    stall = wait_for(app, lambda: not window.runner.busy and chart.frames > 0 and len(window.drawn) == 2)
    print(f"METRIC cold_start {process_age():.2f} s")
    print(f"METRIC start_longest_stall {stall:.0f} ms")

    window.document.set_current(0)
    row = window.levers.rows["contribution_rate"]
    slider = row.slider
    values = drag_values(slider.value(), MOVES, slider.minimum(), slider.maximum())
    full_draws = []
    chart.figure.canvas.mpl_connect("draw_event", lambda _event: full_draws.append(1))
    timings = []
    for value in values:  # 0.1 point a step, 3 points up and 3 down: never a value seen before
        frames = chart.frames
        begin = time.perf_counter()
        slider.setValue(value)
        wait_for(app, lambda: chart.frames > frames and not window.runner.busy)
        timings.append((time.perf_counter() - begin) * 1000)
    print(f"METRIC slider_redraw_median {np.median(timings):.1f} ms")
    print(f"METRIC slider_redraw_p95 {np.percentile(timings, 95):.1f} ms")
    print(f"METRIC slider_full_redraws {len(full_draws)}")
    window.document.undo_stack.setClean()
    window.close()


if __name__ == "__main__":
    main()
