"""GUI tests run offscreen, with settings in a temporary folder and the packaged sample."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings, QStandardPaths  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from reform_studio.gui import dialogs, settings  # noqa: E402
from reform_studio.samples import sample_path  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory):
    """Keep the user's recent files and window layout out of the tests (and vice versa), and
    each test's out of the next: a dock left open by one test must not squeeze the next."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QStandardPaths.setTestModeEnabled(True)
    return folder


@pytest.fixture(autouse=True)
def data_folder(tmp_path, monkeypatch) -> Path:
    """Each test's log and recovery file in its own folder."""
    folder = tmp_path / "app-data"
    monkeypatch.setenv(settings.DATA_FOLDER_VARIABLE, str(folder))
    return folder


@pytest.fixture(autouse=True)
def dialogs_shown(monkeypatch) -> list:
    """No test can hang on a modal message box: each is recorded as (kind, title, text) and
    answered with no button (a question counts as declined). Tests that need an answer
    patch the box again."""
    shown: list = []

    def record(kind):
        def box(parent, title, text, *args, **kwargs):
            shown.append((kind, title, text))
            return QMessageBox.StandardButton.NoButton
        return box

    for kind in ("question", "critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    monkeypatch.setattr(dialogs, "show_failure", lambda parent, title, text: shown.append(("failure", title, text)))
    monkeypatch.setattr(dialogs, "show_error", lambda parent, summary, details, path: shown.append(
        ("error", summary, details)))
    return shown


@pytest.fixture
def problems_shown(monkeypatch) -> list:
    """Record problem dialogs instead of blocking on them."""
    shown: list = []
    monkeypatch.setattr(dialogs, "show_problems", lambda parent, title, intro, problems: shown.append(
        (title, intro, list(problems))))
    return shown


@pytest.fixture
def window(qtbot, problems_shown):
    from reform_studio.gui.main_window import MainWindow

    win = MainWindow()
    # no "save your reforms?" prompt when pytest-qt closes the window
    qtbot.addWidget(win, before_close_func=lambda w: w.document.undo_stack.setClean())
    win.show()
    with qtbot.waitSignal(win.runner.finished, timeout=20_000):
        assert win.open_path(sample_path())
    with qtbot.waitSignal(win.runner.finished, timeout=20_000):
        win.load_sample_reforms()
    yield win
    win.runner.wait()


def settle(qtbot, win) -> None:
    """Wait until no projection is running and the newest result is shown."""
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=20_000)


@pytest.fixture
def sample() -> Path:
    return sample_path()
