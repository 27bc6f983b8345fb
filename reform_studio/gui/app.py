"""Start the window: `main(argv)` (argv without the program name; an optional workbook path).

The application installs an exception hook: an unexpected error is written to a log file
and shown in a dialog, and the session carries on, so no one loses an afternoon's reforms.
"""
from __future__ import annotations

import importlib.resources
import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

# The window needs pandas (through the engine) and matplotlib in any case. Loaded before
# PySide6 they load ~0.4 s faster: once PySide6 is in, every import passes its import hook.
import matplotlib.figure  # noqa: F401, I001

import reform_studio.engine.projection  # noqa: F401
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from reform_studio.gui import dialogs, settings

RESOURCES = Path(str(importlib.resources.files("reform_studio.resources")))
log = logging.getLogger("reform_studio")


def log_path() -> Path:
    """The log file, under the per-user application data folder."""
    return settings.data_folder() / "reform-studio.log"


def setup_logging() -> Path:
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
    return path


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
    style = RESOURCES / "style.qss"
    if style.is_file():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def main(argv: list[str]) -> int:
    """Open the window with `argv[0]` (a workbook) or the default sample; return the exit code."""
    app = make_app(argv)
    setup_logging()
    sys.excepthook = excepthook
    from reform_studio.gui.main_window import MainWindow

    window = MainWindow()
    window.show()
    # the window appears at once; the workbook is read and projected right after
    QTimer.singleShot(0, lambda: window.start_session(Path(argv[0]) if argv else None))
    return app.exec()
