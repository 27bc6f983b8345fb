"""Opening and saving: workbooks, scenario files, chart images and the comparison export.

Every failure is reported in a dialog and leaves the session as it was: a workbook with
problems does not replace the scheme that is loaded.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from reform_studio.engine.errors import InputError, Problem
from reform_studio.engine.projection import project_many
from reform_studio.engine.reform import Reform
from reform_studio.gui import dialogs, settings
from reform_studio.scenarios import load_scenarios, save_scenarios
from reform_studio.workbook import read_scheme, write_template
from reform_studio.workbook.atomic import ExportError
from reform_studio.workbook.csv_export import write_series_csv
from reform_studio.workbook.export import write_comparison

if TYPE_CHECKING:
    from reform_studio.gui.main_window import MainWindow

WORKBOOKS = "Excel workbooks (*.xlsx)"
SCENARIO_FILES = "Reform Studio scenarios (*.json)"
CSV_FILES = "CSV table (*.csv)"
IMAGES = "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"


class FileActions(QObject):
    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.document = window.document

    # -- workbooks -----------------------------------------------------------------------------
    def open_workbook_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, "Open workbook", settings.last_directory(), WORKBOOKS)
        if path:
            self.open_workbook(Path(path))

    def open_workbook(self, path: Path, remember: bool = True) -> bool:
        """Load a workbook; on any problem show them all and keep the current scheme."""
        path = Path(path)
        try:
            scheme = read_scheme(path)
        except InputError as exc:
            dialogs.show_problems(self.window, "Workbook problems",
                                  f"<b>{path.name}</b> was not opened: {len(exc.problems)} problem"
                                  f"{'s' if len(exc.problems) != 1 else ''} to fix. "
                                  "The scheme loaded before stays open.", exc.problems)
            return False
        except OSError as exc:
            dialogs.show_problems(self.window, "Cannot open workbook", f"<b>{path.name}</b> could not be read.",
                                  [Problem(exc.strerror or str(exc))])
            return False
        self.document.set_scheme(scheme, path)
        if remember:
            settings.add_recent(path)
            settings.set_last_directory(path)
        self.window.statusBar().showMessage(f"Opened {path.name}: {scheme.scheme_name}, {scheme.country}", 8000)
        return True

    def new_from_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.window, "New workbook from template",
                                              str(Path(settings.last_directory()) / "new_scheme.xlsx"), WORKBOOKS)
        if not path:
            return
        try:
            write_template(Path(path))
        except (ExportError, OSError) as exc:
            dialogs.show_failure(self.window, "Template not written", str(exc))
            return
        answer = QMessageBox.question(self.window, "Template written",
                                      f"The template was written to {path}.\nOpen it in your spreadsheet program now?")
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    # -- scenarios -----------------------------------------------------------------------------
    def open_scenarios_dialog(self) -> None:
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(self.window, "Open scenarios", settings.last_directory(),
                                              SCENARIO_FILES)
        if path:
            self.open_scenarios(Path(path))

    def open_scenarios(self, path: Path) -> bool:
        try:
            reforms = load_scenarios(path)
            problems = []
            for reform in reforms:
                try:
                    reform.check_against(self.document.scheme)
                except InputError as exc:
                    problems += [Problem(f"{reform.name}: {p.message}", lever=p.lever) for p in exc.problems]
            if problems:
                raise InputError(problems, source=Path(path).name)
        except InputError as exc:
            dialogs.show_problems(self.window, "Scenario file problems",
                                  f"<b>{Path(path).name}</b> was not opened; your reforms are unchanged.", exc.problems)
            return False
        except OSError as exc:
            dialogs.show_problems(self.window, "Cannot open scenarios", Path(path).name,
                                  [Problem(exc.strerror or str(exc))])
            return False
        self.document.set_scenarios(reforms, Path(path))
        self.window._update_title()
        return True

    def save_scenarios(self) -> bool:
        if self.document.scenarios_path is None:
            return self.save_scenarios_as()
        return self._write_scenarios(self.document.scenarios_path)

    def save_scenarios_as(self) -> bool:
        start = self.document.scenarios_path or Path(settings.last_directory()) / "scenarios.json"
        path, _ = QFileDialog.getSaveFileName(self.window, "Save scenarios as", str(start), SCENARIO_FILES)
        return bool(path) and self._write_scenarios(Path(path))

    def _write_scenarios(self, path: Path) -> bool:
        source = self.document.source_path.name if self.document.source_path else None
        try:
            save_scenarios(path, self.document.reforms(), workbook=source)
        except (ExportError, OSError) as exc:
            dialogs.show_failure(self.window, "Scenarios not saved",
                                 f"Your reforms were not saved. {exc}\n\nThey are still open here; "
                                 "save them to another folder.")
            return False
        self.document.mark_saved(path)
        self.window._update_title()
        self.window.statusBar().showMessage(f"Saved {len(self.document.scenarios)} reforms to {path.name}", 6000)
        return True

    def maybe_save(self) -> bool:
        """Ask about unsaved reforms; False where the user cancels."""
        if self.document.undo_stack.isClean():
            return True
        answer = QMessageBox.question(
            self.window, "Unsaved reforms", "Your reforms have changes that are not saved. Save them?",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Save:
            return self.save_scenarios()
        return answer == QMessageBox.StandardButton.Discard

    # -- exports -------------------------------------------------------------------------------
    def export_chart(self) -> None:
        view = self.window.charts.current_view()
        start = Path(settings.last_directory()) / f"{self.window.charts.tabText(self.window.charts.currentIndex())}.png"
        path, chosen = QFileDialog.getSaveFileName(self.window, "Export chart image", str(start), IMAGES)
        if not path:
            return
        path = Path(path)
        if path.suffix.lower() not in (".png", ".svg", ".pdf"):
            path = path.with_suffix("." + chosen.split("*.")[1].rstrip(")"))
        self.export_chart_to(view.chart, path)

    def export_chart_to(self, chart, path: Path) -> None:
        try:
            chart.save(path)
        except (ExportError, OSError) as exc:
            dialogs.show_failure(self.window, "Chart not exported", f"{path} could not be written: {exc}")
            return
        self.window.statusBar().showMessage(f"Chart written to {path}", 6000)

    def export_chart_data(self) -> None:
        charts = self.window.charts
        start = Path(settings.last_directory()) / f"{charts.tabText(charts.currentIndex())}.csv"
        path, _ = QFileDialog.getSaveFileName(self.window, "Export chart data", str(start), CSV_FILES)
        if path:
            path = Path(path)
            self.export_chart_data_to(charts.current_view().chart, path if path.suffix else path.with_suffix(".csv"))

    def export_chart_data_to(self, chart, path: Path) -> bool:
        """The numbers of a chart as CSV (opens in Excel: byte-order mark, units in the header)."""
        try:
            write_series_csv(path, chart.export_frame())
        except (ExportError, OSError) as exc:
            dialogs.show_failure(self.window, "Chart data not exported", str(exc))
            return False
        self.window.statusBar().showMessage(f"Chart data written to {path}", 6000)
        return True

    def export_comparison(self) -> None:
        doc = self.document
        start = Path(settings.last_directory()) / f"{doc.source_path.stem if doc.source_path else 'scheme'}_comparison.xlsx"
        path, _ = QFileDialog.getSaveFileName(self.window, "Export comparison workbook", str(start), WORKBOOKS)
        if not path:
            return
        reforms = [Reform("Baseline")] + doc.reforms()
        try:
            projections = project_many(doc.scheme, reforms)
            write_comparison(Path(path), doc.scheme, projections, reforms, doc.source_path)
        except InputError as exc:
            dialogs.show_problems(self.window, "Comparison not exported", "A reform cannot be projected.", exc.problems)
            return
        except (ExportError, OSError) as exc:
            dialogs.show_failure(self.window, "Comparison not exported", str(exc))
            return
        self.window.statusBar().showMessage(f"Comparison of {len(reforms) - 1} reforms written to {path}", 8000)
