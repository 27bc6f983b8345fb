"""File menu actions that write files: template and comparison workbook."""
from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox

from reform_studio.workbook import read_scheme


def test_new_workbook_from_template_writes_a_readable_workbook(window, tmp_path, monkeypatch):
    target = tmp_path / "new.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.files.new_from_template()
    assert read_scheme(target).base_year > 2000


def test_export_comparison_workbook(window, tmp_path, monkeypatch):
    import openpyxl

    target = tmp_path / "comparison.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.files.export_comparison()
    book = openpyxl.load_workbook(target, read_only=True)
    assert len(book.sheetnames) >= 3
    assert "Comparison of" in window.statusBar().currentMessage()
