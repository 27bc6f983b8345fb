"""File menu actions that write files: template and comparison workbook."""
from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

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


def menu_action(window, text: str):
    return next(a for menu in window.menuBar().findChildren(QMenu) for a in menu.actions() if a.text() == text)


def test_export_chart_data_writes_the_chart_on_screen_as_csv(window, tmp_path, monkeypatch):
    import numpy as np
    import pandas as pd

    target = tmp_path / "reserve.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.charts.setCurrentIndex(list(window.charts.views).index("cost_rate"))
    menu_action(window, "Export chart &data (CSV)…").trigger()
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads the names right
    frame = pd.read_csv(target, index_col=0, encoding="utf-8-sig")
    assert frame.index.name == "Year" and frame.index[0] == window.document.scheme.base_year
    column = "PAYG cost rate – Baseline (%)"
    np.testing.assert_allclose(frame[column], window.projections[0].indicators["payg_cost_rate"] * 100)
    reform = window.drawn[0].reform.name
    assert f"Contribution rate – {reform} (%)" in frame.columns
    assert "Chart data written" in window.statusBar().currentMessage()


def test_export_pyramid_data_and_a_failed_write(window, tmp_path, monkeypatch, dialogs_shown):
    import pandas as pd

    charts = window.charts
    charts.setCurrentIndex(list(charts.views).index("pyramid"))
    chart = charts.current_view().chart
    target = tmp_path / "pyramid.csv"
    assert window.files.export_chart_data_to(chart, target)
    frame = pd.read_csv(target, index_col=0, encoding="utf-8-sig")
    year, later = window.document.scheme.base_year, charts.pyramid_year.value()
    assert list(frame.columns) == [f"Men {year} (persons)", f"Women {year} (persons)",
                                   f"Men {later} (persons)", f"Women {later} (persons)"]
    assert frame.index[-1] == "100+" and frame.iloc[0, 0] == chart.population[0, 0]
    assert not window.files.export_chart_data_to(chart, tmp_path / "missing" / "p.csv")
    (kind, title, text), = dialogs_shown
    assert title == "Chart data not exported" and "does not exist" in text
