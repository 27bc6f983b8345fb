"""File › Export comparison workbook in a French or Spanish window writes the workbook in the
window's language: the window and the command line call the same writer, which follows
i18n.language()."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import openpyxl  # noqa: E402
import pytest  # noqa: E402

pytest.importorskip("PySide6")
from PySide6.QtCore import QSettings, QStandardPaths  # noqa: E402
from PySide6.QtWidgets import QFileDialog  # noqa: E402

from reform_studio.gui import language, settings  # noqa: E402
from reform_studio.samples import sample_path  # noqa: E402


@pytest.fixture(autouse=True)
def isolated(tmp_path, qapp, monkeypatch):
    """Settings, log and recovery file of this test only; English again afterwards."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QStandardPaths.setTestModeEnabled(True)
    monkeypatch.setenv(settings.DATA_FOLDER_VARIABLE, str(tmp_path / "app-data"))
    monkeypatch.setenv("LC_ALL", "C")
    yield
    language.apply(qapp, "en")


@pytest.mark.parametrize(("code", "summary", "findings", "baseline"), [
    ("fr", "Synthèse", "Principaux constats", "Scénario de référence"),
    ("es", "Resumen", "Principales conclusiones", "Escenario base"),
])
def test_the_windows_export_speaks_its_language(qapp, qtbot, tmp_path, monkeypatch, code, summary, findings,
                                                baseline) -> None:
    from reform_studio.gui.main_window import MainWindow

    language.apply(qapp, code)
    window = MainWindow()
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    window.show()
    with qtbot.waitSignal(window.runner.finished, timeout=20_000):
        assert window.open_path(sample_path())
    target = tmp_path / "comparaison.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    window.files.export_comparison()
    window.runner.wait()
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames[0] == summary and baseline in wb.sheetnames
    assert wb[summary]["A4"].value == findings
