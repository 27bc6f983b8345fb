"""What the window remembers between sessions (QSettings): recent workbooks and geometry.

Files the window keeps for itself (the log, the recovery file) live in `data_folder()`.
"""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

ORGANIZATION = "Reform Studio"
APPLICATION = "Reform Studio"
MAX_RECENT = 10
DATA_FOLDER_VARIABLE = "REFORM_STUDIO_DATA_DIR"


def data_folder() -> Path:
    """The per-user application data folder (created); `REFORM_STUDIO_DATA_DIR` overrides it,
    so tests and a second, separate session can keep their files apart."""
    override = os.environ.get(DATA_FOLDER_VARIABLE)
    folder = Path(override) if override else Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def settings() -> QSettings:
    """The application's settings; tests redirect them with QSettings.setPath."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def recent_files() -> list[Path]:
    value = settings().value("recent_workbooks", [])
    if isinstance(value, str):  # QSettings returns a lone string for a one-item list
        value = [value]
    return [Path(v) for v in value or []]


def add_recent(path: Path) -> list[Path]:
    """Put `path` first in the recent list (at most ten, no duplicates) and return the list."""
    path = Path(path).resolve()
    paths = [path] + [p for p in recent_files() if p != path]
    paths = paths[:MAX_RECENT]
    settings().setValue("recent_workbooks", [str(p) for p in paths])
    return paths


def clear_recent() -> None:
    settings().setValue("recent_workbooks", [])


def save_window(geometry: QByteArray, state: QByteArray) -> None:
    store = settings()
    store.setValue("window/geometry", geometry)
    store.setValue("window/state", state)


def window_geometry() -> tuple[QByteArray | None, QByteArray | None]:
    store = settings()
    return store.value("window/geometry"), store.value("window/state")


def last_directory() -> str:
    return str(settings().value("last_directory", str(Path.home())))


def set_last_directory(path: Path) -> None:
    settings().setValue("last_directory", str(Path(path).parent))
