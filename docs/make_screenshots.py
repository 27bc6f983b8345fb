"""Render the window and each chart to docs/screenshots/*.png (offscreen, default sample).

    QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py
    QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py --language fr

With `--language fr` (or `es`, `en`) the window speaks that language and the main window, the
presentation mode and the solve dialog are written to docs/screenshots/fr/ at 1280 x 720, the
smallest screen the window must fit with French and Spanish words 15-30 % longer than the
English ones: look at them for a clipped label or button. Numbers are in the language's own
conventions there (no country: LC_ALL=C.UTF-8).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ARGS = argparse.ArgumentParser(description=__doc__.splitlines()[0])
ARGS.add_argument("--language", choices=("en", "fr", "es"),
                  help="the window, presentation mode and solve dialog in this language at 1280 x 720")
LANGUAGE = ARGS.parse_args().language
if LANGUAGE:  # before the application reads them
    os.environ["REFORM_STUDIO_LANGUAGE"] = LANGUAGE
    os.environ["LC_ALL"] = "C.UTF-8"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("REFORM_STUDIO_DATA_DIR", tempfile.mkdtemp())  # no recovery file among the user's
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reform_studio.gui.app import make_app  # noqa: E402

from PySide6.QtCore import QSettings  # noqa: E402

QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())

OUT = ROOT / "docs" / "screenshots" / (LANGUAGE or "")
SIZE = (1280, 720) if LANGUAGE else (1440, 900)


def settle(app, window) -> None:
    window.runner.wait()
    for _ in range(30):
        app.processEvents()
    window.charts.current_view().canvas.draw()
    app.processEvents()


def solve_dialog(app, window) -> None:
    """The solve dialog with an answer: the contribution rate that keeps the reserve positive."""
    from reform_studio.gui.solve_dialog import SolveTools

    dialog = window.findChild(SolveTools).open_solve("contribution_rate")
    dialog.target.setEditText("reserve>=0")
    dialog.start_solve()
    while dialog.jobs.busy:
        app.processEvents()
        time.sleep(0.01)
    for _ in range(30):
        app.processEvents()
    dialog.grab().save(str(OUT / "solve_dialog.png"))
    dialog.close()


def main() -> None:
    app = make_app([])
    from reform_studio.gui.main_window import MainWindow

    OUT.mkdir(parents=True, exist_ok=True)
    window = MainWindow()
    window.resize(*SIZE)
    window.show()
    window.start_session()
    while window.files.reading is not None or window.document.scheme is None:  # the sample is read off the GUI thread
        app.processEvents()
        time.sleep(0.01)
    doc = window.document
    doc.set_current(1)
    settle(app, window)
    window.grab().save(str(OUT / "main_window.png"))
    if LANGUAGE:
        return language_shots(app, window)
    # the branch stacks and the lever list with a reform that exercises version 2: the sample's
    # longer qualifying period with an old-age grant (lump sums appear), drawn and edited
    qualifying = next(i for i, s in enumerate(doc.scenarios) if "minimum_service_years" in s.reform.levers)
    doc.set_shown(qualifying, True)
    doc.set_current(qualifying)
    doc.undo_stack.clear()  # the toolbar's Undo would name this set-up step
    settle(app, window)
    window.levers.widget().grab().save(str(OUT / "levers.png"))
    for index, key in enumerate(window.charts.views):
        window.charts.setCurrentIndex(index)
        settle(app, window)
        window.charts.current_view().grab().save(str(OUT / f"chart_{key}.png"))
    window.charts.setCurrentIndex(0)
    window.set_presentation(True)
    window.showNormal()  # the offscreen screen is small: show the presentation layout at 1600 x 900
    window.resize(1600, 900)
    settle(app, window)
    window.grab().save(str(OUT / "presentation_mode.png"))
    window.set_presentation(False)
    doc.undo_stack.setClean()
    window.close()
    print("\n".join(sorted(p.name for p in OUT.glob("*.png"))))


def language_shots(app, window) -> None:
    """Presentation mode and the solve dialog at 1280 x 720, after the main window."""
    window.set_presentation(True)
    window.showNormal()
    window.resize(*SIZE)
    settle(app, window)
    window.grab().save(str(OUT / "presentation_mode.png"))
    window.set_presentation(False)
    window.resize(*SIZE)
    settle(app, window)
    solve_dialog(app, window)
    window.document.undo_stack.setClean()
    window.close()
    print("\n".join(sorted(str(p.relative_to(ROOT)) for p in OUT.glob("*.png"))))


if __name__ == "__main__":
    main()
