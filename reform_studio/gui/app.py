"""Start the window: `main(argv)` (argv without the program name; an optional workbook path).

The application installs an exception hook: an unexpected error is written to a log file
and shown in a dialog, and the session carries on, so no one loses an afternoon's reforms.
Where the application data folder cannot be written, the window still opens and says that
the log and automatic recovery are off. Where no display can be reached, it does not try:
it says so in one sentence and exits with status 2.
"""
from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import Mapping

# The window needs pandas (through the engine) and matplotlib in any case. Loaded before
# PySide6 they load ~0.4 s faster: once PySide6 is in, every import passes its import hook.
import matplotlib.figure  # noqa: F401, I001

import reform_studio.engine.projection  # noqa: F401
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from reform_studio.assets import resource_folder
from reform_studio.gui import dialogs, identity, language, settings

RESOURCES = resource_folder()
log = logging.getLogger("reform_studio")
NO_DISPLAY = 2  # the exit status where no window can be shown


def display_problem(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> str | None:
    """Why Qt could not open a window here, in one sentence; None where it can try.

    On Linux and the BSDs Qt needs an X11 or Wayland display (DISPLAY or WAYLAND_DISPLAY) unless
    QT_QPA_PLATFORM names a platform; without one, Qt aborts with a hint about missing libraries
    that sends the user the wrong way."""
    if environ.get("QT_QPA_PLATFORM") or not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return ("Reform Studio cannot open its window: no display was found (neither DISPLAY nor "
            "WAYLAND_DISPLAY is set); start it from a desktop session, or set QT_QPA_PLATFORM=offscreen "
            "to run it without a screen.")


def log_path() -> Path:
    """The log file, under the per-user application data folder."""
    return settings.data_folder() / "reform-studio.log"


def setup_logging() -> Path | None:
    """Log to the log file in the data folder; None, with no log file, where that folder cannot
    be created or written (the reason is kept in `log_problem`)."""
    global log_problem
    try:
        path = log_path()
        for handler in [h for h in log.handlers if isinstance(h, logging.FileHandler)]:
            if Path(handler.baseFilename) != path.resolve():  # the data folder moved (tests)
                log.removeHandler(handler)
                handler.close()
        if not any(isinstance(h, logging.FileHandler) for h in log.handlers):
            handler = logging.FileHandler(path, encoding="utf-8")
            handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
            log.addHandler(handler)
            log.setLevel(logging.INFO)
    except OSError as exc:
        log_problem = f"{exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else "")
        return None
    log_problem = None
    return path


log_problem: str | None = None  # why the last setup_logging() could not open the log file


def excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Log the error and show it; Qt keeps running after a slot raised."""
    details = "".join(traceback.format_exception(kind, value, tb))
    path = setup_logging()
    log.error("unexpected error\n%s", details)
    if QApplication.instance() is not None:
        dialogs.show_error(QApplication.activeWindow(), f"{kind.__name__}: {value}", details, path)
    else:
        sys.__excepthook__(kind, value, tb)


def make_app(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(["reform-studio", *argv])
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationDisplayName("Reform Studio")
    language.apply(app, language.chosen())  # before any widget is made, so every text is translated
    identity.set_identity(app)
    style = RESOURCES / "style.qss"
    if style.is_file():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def unprotected_notice(log_file: Path | None, recovery_on: bool) -> str | None:
    """What the user must know where the log or automatic recovery cannot work; None where both do."""
    if log_file is not None and recovery_on:
        return None
    off = ("the log and automatic recovery are" if log_file is None and not recovery_on
           else "the log is" if log_file is None else "automatic recovery is")
    why = f" ({log_problem})" if log_file is None and log_problem else ""
    return (f"The application data folder cannot be written{why}, so {off} off for this session: "
            "save your scenarios with File › Save scenarios before you close the window.")


def show_unprotected(window, notice: str) -> None:
    """Say once in the status bar, and keep a short note in its corner with the full sentence."""
    note = QLabel("⚠ Log and recovery off")
    note.setObjectName("unprotectedNote")
    note.setToolTip(notice)
    window.statusBar().addPermanentWidget(note)
    window.statusBar().showMessage(notice, 60000)
    if sys.stderr is not None:  # None in a Windows gui-script
        print(f"reform-studio: {notice}", file=sys.stderr, flush=True)


def main(argv: list[str]) -> int:
    """Open the window with `argv[0]` (a workbook) or the default sample; return the exit code.

    Where no display can be reached, say so and return NO_DISPLAY without starting Qt."""
    if QApplication.instance() is None:
        problem = display_problem()
        if problem:
            if sys.stderr is not None:
                print(problem, file=sys.stderr, flush=True)
            return NO_DISPLAY
    app = make_app(argv)
    log_file = setup_logging()
    sys.excepthook = excepthook
    from reform_studio.gui.main_window import MainWindow

    window = MainWindow()
    window.show()
    notice = unprotected_notice(log_file, getattr(window.recovery, "enabled", True))

    if notice:  # once the start is over, whose own messages would hide it
        window.sessionStarted.connect(lambda: show_unprotected(window, notice))
    # the window appears at once; the workbook is read (off the GUI thread) and projected right after
    QTimer.singleShot(0, lambda: window.start_session(Path(argv[0]) if argv else None))
    return app.exec()
