"""The script of both executables of the bundle (PyInstaller's entry point; not imported).

Started as `reform-studio-gui` it opens the window alone (the installed package's gui-script);
under any other name it is `reform-studio`, the command line (its console script). On Linux and
macOS the two names are one file (platforms.gui_is_a_link).

Matplotlib keeps its list of the system's fonts in the user's cache folder, one per copy of the
application: PyInstaller's start-up code gives it a new temporary folder on every start, which
costs a scan of every installed font each time (seconds on a laptop with hundreds of fonts).

REFORM_STUDIO_STARTUP_PROBE=FILE (a diagnostic for IT and for the bundle's test and benchmark):
the window writes to FILE the seconds from the process's start until it shows its scheme with
nothing left to compute, then closes. Without it, nothing here touches the window.
"""
from __future__ import annotations

import os
import sys
import time
import zlib
from pathlib import Path

GUI = "reform-studio-gui"  # platforms.GUI (this script cannot import the build tool)
PROBE = "REFORM_STUDIO_STARTUP_PROBE"
POLL_MS = 20


def process_age() -> float:
    """Seconds since the process started (the kernel's count on Linux, else since this script began)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat, open("/proc/uptime", encoding="ascii") as uptime:
            ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
            return float(uptime.read().split()[0]) - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - START


def keep_font_list() -> None:
    """Point matplotlib at a lasting folder under the user's cache, named for this copy's place
    (a copy moved elsewhere never reads a list naming font files it no longer has); where that
    folder cannot be made, the temporary one stays."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    place = f"{zlib.crc32(str(Path(sys.executable).resolve().parent).encode('utf-8')):08x}"
    folder = base / "Reform Studio" / f"matplotlib-{place}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return
    os.environ["MPLCONFIGDIR"] = str(folder)


def watch_start(report: Path) -> None:
    """Make the main window report its start-up time to `report` and quit once its scheme is shown."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    import reform_studio.gui.app  # noqa: F401  (first: it loads numpy, pandas and matplotlib before Qt)
    from reform_studio.gui.main_window import MainWindow

    show = MainWindow.show

    def show_and_watch(window: MainWindow) -> None:
        show(window)
        timer = QTimer(window)

        def ready() -> None:
            if window.document.scheme is not None and not window.runner.busy:
                timer.stop()
                report.write_text(f"{process_age():.3f}\n", encoding="utf-8")
                window.document.undo_stack.setClean()  # nothing to save: close without asking
                QApplication.quit()

        timer.timeout.connect(ready)
        timer.start(POLL_MS)

    MainWindow.show = show_and_watch


def run() -> int:
    if getattr(sys, "frozen", False):
        keep_font_list()
    if os.environ.get(PROBE):
        watch_start(Path(os.environ[PROBE]))
    from reform_studio.__main__ import gui, main

    return gui() if Path(sys.argv[0]).stem.lower() == GUI else main()


START = time.perf_counter()
if __name__ == "__main__":
    sys.exit(run())
