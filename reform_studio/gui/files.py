"""Opening and saving: workbooks, scenario files, chart images and the comparison export.

Every failure is reported in a dialog and leaves the session as it was: a workbook with
problems does not replace the scheme that is loaded.
"""
from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from reform_studio.engine.errors import InputError, Problem
from reform_studio.engine.projection import project_many
from reform_studio.engine.reform import Reform
from reform_studio.gui import dialogs, settings
from reform_studio.gui.jobs import JobRunner
from reform_studio.gui.messages import write_failure
from reform_studio.gui.uncertainty_view import projected_scheme
from reform_studio.gui.views import export_appendices
from reform_studio.i18n import QT_TRANSLATE_NOOP
from reform_studio.i18n.sentences import said
from reform_studio.scenarios import lever_misfits, load_reform, read_scenario_set, save_scenarios
from reform_studio.workbook import read_scheme, write_template
from reform_studio.workbook.atomic import ExportError, same_file, write_atomically
from reform_studio.workbook.csv_export import write_series_csv
from reform_studio.workbook.export import remove_stale_temporaries, write_comparison

if TYPE_CHECKING:
    from reform_studio.gui.main_window import MainWindow

translate = QCoreApplication.translate
# file dialogs' filters, marked here and translated where a dialog opens
WORKBOOKS = QT_TRANSLATE_NOOP("files", "Excel workbooks (*.xlsx)")
SCENARIO_FILES = QT_TRANSLATE_NOOP("files", "Reform Studio scenarios (*.json)")
CSV_COMMA = QT_TRANSLATE_NOOP("files", "CSV table, comma-separated, decimal point (*.csv)")
CSV_SEMICOLON = QT_TRANSLATE_NOOP("files", "CSV table, semicolon-separated, decimal comma (*.csv)")
CSV_FILTERS = {",": CSV_COMMA, ";": CSV_SEMICOLON}
CSV_SETTING = "csv_separator"
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm", ".xls", ".xlsb", ".ods", ".csv")
IMAGES = QT_TRANSLATE_NOOP("files", "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)")
PROGRESS_DELAY_MS = 400  # a read this quick needs no progress box


def csv_separator() -> str:
    """The separator for chart data: the user's last choice, else what Excel expects with the
    user's regional settings (a decimal comma goes with semicolons between fields)."""
    chosen = settings.settings().value(CSV_SETTING)
    if chosen in CSV_FILTERS:
        return chosen
    return ";" if QLocale().decimalPoint() == "," else ","


def csv_style(separator: str) -> str:
    return (translate("files", "semicolon-separated with decimal commas") if separator == ";"
            else translate("files", "comma-separated with decimal points"))


def _read(path: Path) -> object:
    """The workbook's Scheme, or the InputError or OSError that says why not (as a value, so
    the same answer comes back from a worker thread as from a direct call)."""
    try:
        return read_scheme(path)
    except (InputError, OSError) as exc:
        return exc


def sample_reforms(path: Path) -> list[Reform]:
    """The illustrative reforms of a bundled sample workbook (none for any other workbook)."""
    from reform_studio.i18n.samples import in_language
    from reform_studio.samples import available, reform_paths, sample_path

    try:
        stem = Path(path).stem.lower()
        if stem not in available() or not same_file(Path(path), sample_path(stem)):
            return []
        return [in_language(load_reform(p)) for p in reform_paths(stem)]
    except (InputError, OSError):
        return []


def stays_open(document) -> str:
    """What remains after a workbook was not opened, as a sentence."""
    if document.scheme is None:
        return translate("files", "No workbook is open: open another workbook, or one of the samples.")
    if document.source_path is None:
        return translate("files", "The scheme stays open.")
    return translate("files", "{name} stays open.").format(name=document.source_path.name)


class FileActions(QObject):
    readStarted = Signal(Path)  # a workbook is being read off the GUI thread
    readEnded = Signal(Path, bool)  # ...and the read is over: opened (True), or refused, failed or cancelled
    readCancelled = Signal(Path)  # the user cancelled the read (readEnded follows, False)

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.document = window.document
        self._reader = JobRunner(self)  # its own worker: a projection never cancels a read
        self._reader.finished.connect(self._workbook_read)
        self._reader.failed.connect(self._workbook_failed)
        self._reading: tuple[Path, bool] | None = None
        self.progress: QProgressDialog | None = None

    # -- workbooks -----------------------------------------------------------------------------
    def open_workbook_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, translate("files", "Open workbook"), settings.last_directory(),
                                              translate("files", WORKBOOKS))
        if path:
            self.read_workbook(Path(path))

    def read_workbook(self, path: Path, remember: bool = True) -> None:
        """Open a workbook (chosen, recent, or at start-up), read off the GUI thread: a large or
        slow file never freezes the window, and after a moment a progress box (with no scheme:
        the empty state) offers to cancel. A cancelled or superseded read is dropped when it
        ends; the scheme loaded before stays open. `readEnded` says when it is over."""
        path = Path(path)
        self._reading = (path, remember)
        self._reader.submit(lambda _cancelled: _read(path))
        self.readStarted.emit(path)
        QTimer.singleShot(PROGRESS_DELAY_MS, self._show_progress)

    @property
    def reading(self) -> Path | None:
        """The workbook being read now, if any."""
        return self._reading[0] if self._reading is not None else None

    def cancel_reading(self) -> None:
        if self._reading is None:
            return
        path = self._reading[0]
        self._reader.cancel()
        self._reading = None
        self._close_progress()
        self.window.statusBar().showMessage(translate("files", "Opening {name} was cancelled. {stays}").format(
            name=path.name, stays=stays_open(self.document)), 8000)
        self.readCancelled.emit(path)
        self.readEnded.emit(path, False)

    def _show_progress(self) -> None:
        # with no scheme, the empty state says what is being read and offers to cancel
        if self._reading is None or self.progress is not None or self.document.scheme is None:
            return
        box = QProgressDialog(translate("files", "Reading {name}…").format(name=self._reading[0].name),
                              translate("files", "Cancel"), 0, 0, self.window)
        box.setWindowTitle(translate("files", "Opening workbook"))
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.canceled.connect(self.cancel_reading)
        box.show()
        self.progress = box

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel_reading)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _workbook_read(self, _request: int, outcome: object) -> None:
        if self._reading is None:
            return
        (path, remember), self._reading = self._reading, None
        self._close_progress()
        self.readEnded.emit(path, self._apply(path, outcome, remember))

    def _workbook_failed(self, _request: int, message: str) -> None:
        if self._reading is None:
            return
        path, self._reading = self._reading[0], None
        self._close_progress()
        dialogs.show_failure(self.window, translate("files", "Cannot open workbook"),
                             translate("files", "{name} was not opened: {message}").format(name=path.name, message=message)
                             + f"\n\n{stays_open(self.document)}")
        self.readEnded.emit(path, False)

    def open_workbook(self, path: Path, remember: bool = True) -> bool:
        """Load a workbook now, on this thread (`MainWindow.open_path`: scripts and tests; the
        window itself reads off the GUI thread with `read_workbook`); on any problem show them
        all and keep the current scheme."""
        path = Path(path)
        return self._apply(path, _read(path), remember)

    def _apply(self, path: Path, outcome: object, remember: bool) -> bool:
        if isinstance(outcome, InputError):
            count = len(outcome.problems)
            said = (translate("files", "<b>{name}</b> was not opened: {count} problem to fix.") if count == 1
                    else translate("files", "<b>{name}</b> was not opened: {count} problems to fix."))
            dialogs.show_problems(self.window, translate("files", "Workbook problems"),
                                  said.format(name=path.name, count=count) + f" {stays_open(self.document)}",
                                  outcome.problems)
            return False
        if isinstance(outcome, OSError):
            dialogs.show_problems(self.window, translate("files", "Cannot open workbook"),
                                  translate("files", "<b>{name}</b> could not be read.").format(name=path.name)
                                  + f" {stays_open(self.document)}", [Problem(outcome.strerror or str(outcome))])
            return False
        if not self.release_reforms(path):
            self.window.statusBar().showMessage(translate("files", "{name} was not opened. {stays}").format(
                name=path.name, stays=stays_open(self.document)), 8000)
            return False
        scheme = outcome
        self.document.set_scheme(scheme, path, sample_reforms(path), shown=2)
        self.window._update_title()
        if remember:
            settings.add_recent(path)
            settings.set_last_directory(path)
        self.window.statusBar().showMessage(translate("files", "Opened {name}: {scheme}, {country}").format(
            name=path.name, scheme=scheme.scheme_name, country=scheme.country), 8000)
        return True

    def new_from_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.window, translate("files", "New workbook from template"),
                                              str(Path(settings.last_directory()) / "new_scheme.xlsx"),
                                              translate("files", WORKBOOKS))
        if not path:
            return
        refusal = self.refusal(Path(path), translate("files", "the template"))
        if refusal:
            dialogs.show_failure(self.window, translate("files", "Template not written"), refusal)
            return
        try:
            remove_stale_temporaries(Path(path).parent)
            write_template(Path(path))
        except (ExportError, OSError) as exc:
            dialogs.show_failure(self.window, translate("files", "Template not written"), write_failure(exc, Path(path)))
            return
        answer = QMessageBox.question(self.window, translate("files", "Template written"), translate(
            "files", "The template was written to {path}.\nOpen it in your spreadsheet program now?").format(path=path))
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    # -- scenarios -----------------------------------------------------------------------------
    def open_scenarios_dialog(self) -> None:
        if self.needs_scheme() or not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(self.window, translate("files", "Open scenarios"), settings.last_directory(),
                                              SCENARIO_FILES)
        if path:
            self.open_scenarios(Path(path))

    def open_scenarios(self, path: Path) -> bool:
        """Open a scenario file in place of the reforms. One made for another workbook is
        opened only where the user agrees, told which levers no longer make sense here; one
        whose levers this scheme cannot take at all is refused with them listed."""
        if self.document.scheme is None:
            dialogs.show_failure(self.window, translate("files", "No workbook open"),
                                 translate("files", "Reforms change a scheme: open its workbook first, then its "
                                           "scenarios."))
            return False
        try:
            loaded = read_scenario_set(path)
            reforms = loaded.reforms
            misfits = [Problem(f"{reform.name}: {said(p.message)}", lever=p.lever)
                       for reform in reforms for p in lever_misfits(reform, self.document.scheme)]
            here = self.document.source_path.name if self.document.source_path else None
            if loaded.workbook_name and here and loaded.workbook_name.lower() != here.lower():
                if not self._accept_foreign(Path(path), loaded.workbook_name, here, misfits):
                    self.window.statusBar().showMessage(
                        f"{Path(path).name} was not opened; your reforms are unchanged.", 8000)
                    return False
            if misfits:  # a lever this scheme cannot take: the reform could not be projected
                raise InputError(misfits, source=Path(path).name)
        except InputError as exc:
            dialogs.show_problems(self.window, translate("files", "Scenario file problems"),
                                  translate("files", "<b>{name}</b> was not opened; your reforms are unchanged.").format(
                                      name=Path(path).name), exc.problems)
            return False
        except OSError as exc:
            dialogs.show_problems(self.window, translate("files", "Cannot open scenarios"), Path(path).name,
                                  [Problem(exc.strerror or str(exc))])
            return False
        self.document.set_scenarios(reforms, Path(path), shown=loaded.shown, current=loaded.current)
        self.window._update_title()
        return True

    def _accept_foreign(self, path: Path, made_for: str, here: str, misfits: list[Problem]) -> bool:
        """Ask before opening reforms made for another workbook; True where the user goes on."""
        made = "<p>{}</p>".format(translate(
            "files", "<b>{name}</b> was saved for the workbook <b>{made_for}</b>, not for <b>{here}</b>, which is "
            "open.").format(name=escape(path.name), made_for=escape(made_for), here=escape(here)))
        if misfits:
            listed = "".join(f"<li>{escape(p.message)}</li>" for p in misfits[:12])
            more = ("<li>{}</li>".format(translate("files", "… and {count} more").format(count=len(misfits) - 12))
                    if len(misfits) > 12 else "")
            QMessageBox.warning(
                self.window, translate("files", "Scenarios made for another workbook"),
                "{made}<p>{levers}</p><ul>{listed}{more}</ul><p>{closing}</p>".format(
                    made=made, listed=listed, more=more,
                    levers=translate("files", "These levers no longer make sense for {here}:").format(here=escape(here)),
                    closing=translate("files", "The reforms were not opened; yours are unchanged. Open {made_for} to "
                                      "use them.").format(made_for=escape(made_for))),
                QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.Ok)
            return False
        answer = QMessageBox.warning(
            self.window, translate("files", "Scenarios made for another workbook"),
            "{made}<p>{applied}</p><p>{question}</p>".format(
                made=made, applied=translate("files", "Every lever can be applied here, but its values were chosen "
                                             "for another scheme: a rate or an age that was a change there may be no "
                                             "change, or the opposite one, here."),
                question=translate("files", "Open these reforms on {here} anyway?").format(here=escape(here))),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Open

    def release_reforms(self, path: Path) -> bool:
        """Before `path` replaces the workbook: the reforms made for the workbook open now are
        closed with it, so ask about unsaved changes (save, discard or cancel); True where the
        workbook may be replaced."""
        doc = self.document
        if doc.undo_stack.isClean() or not doc.scenarios:
            return True
        here = doc.source_path.name if doc.source_path else translate("files", "the workbook open now")
        answer = QMessageBox.question(
            self.window, translate("files", "Unsaved reforms"),
            translate("files", "Opening {name} closes the reforms made for {here}: they belong to that workbook. "
                      "They have changes that are not saved. Save them first?").format(name=path.name, here=here),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)  # Enter saves, Esc cancels
        if answer == QMessageBox.StandardButton.Save:
            return self.save_scenarios()
        return answer == QMessageBox.StandardButton.Discard

    def save_scenarios(self) -> bool:
        if self.needs_scheme():
            return False
        if self.document.scenarios_path is None:
            return self.save_scenarios_as()
        return self._write_scenarios(self.document.scenarios_path)

    def save_scenarios_as(self) -> bool:
        if self.needs_scheme():
            return False
        start = self.document.scenarios_path or Path(settings.last_directory()) / "scenarios.json"
        path, _ = QFileDialog.getSaveFileName(self.window, translate("files", "Save scenarios as"), str(start),
                                              translate("files", SCENARIO_FILES))
        if not path:
            return False
        path = Path(path)
        return self._write_scenarios(path if path.suffix else path.with_suffix(".json"))

    def refusal(self, path: Path, what: str) -> str | None:
        """Why `what` must not be written to `path` (the open workbook, or for scenarios any
        spreadsheet), as a sentence; None where it may."""
        source = self.document.source_path
        if source is not None and same_file(path, source):
            which = (translate("files", "{source} is the workbook that is open") if path.name == source.name
                     else translate("files", "{name} leads to {source}, the workbook that is open"))
            return translate("files", "{which}: writing {what} there would replace the scheme's data. It was left "
                             "unchanged; choose another file name.").format(
                which=which.format(source=source.name, name=path.name), what=what)
        return None

    def _write_scenarios(self, path: Path) -> bool:
        source = self.document.source_path.name if self.document.source_path else None
        refusal = self.refusal(path, translate("files", "the scenarios"))
        if refusal is None and path.suffix.lower() in SPREADSHEET_SUFFIXES:
            refusal = (translate("files", "Scenario files are text files ending in .json; saved as {name}, they "
                                 "would not open in a spreadsheet program and would replace that file. Choose a name "
                                 "ending in .json, such as {stem}.json.") if path.exists()
                       else translate("files", "Scenario files are text files ending in .json; saved as {name}, they "
                                      "would not open in a spreadsheet program. Choose a name ending in .json, such "
                                      "as {stem}.json.")).format(name=path.name, stem=path.stem)
        if refusal:
            dialogs.show_failure(self.window, translate("files", "Scenarios not saved"),
                                 translate("files", "Your reforms were not saved. {reason}\n\nThey are still open "
                                           "here.").format(reason=refusal))
            return False
        try:
            remove_stale_temporaries(path.parent)
            save_scenarios(path, self.document.reforms(), workbook=source,
                           shown=[s.shown for s in self.document.scenarios], current=self.document.current)
        except (ExportError, OSError) as exc:
            dialogs.show_failure(self.window, translate("files", "Scenarios not saved"),
                                 translate("files", "Your reforms were not saved. {reason}\n\nThey are still open "
                                           "here; save them to another folder.").format(reason=write_failure(exc, path)))
            return False
        self.document.mark_saved(path)
        self.window._update_title()
        self.window.statusBar().showMessage(translate("files", "Saved {count} reforms to {name}").format(
            count=len(self.document.scenarios), name=path.name), 6000)
        return True

    def maybe_save(self) -> bool:
        """Ask about unsaved reforms; False where the user cancels."""
        if self.document.undo_stack.isClean():
            return True
        answer = QMessageBox.question(
            self.window, translate("files", "Unsaved reforms"),
            translate("files", "Your reforms have changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)  # Enter saves, Esc cancels
        if answer == QMessageBox.StandardButton.Save:
            return self.save_scenarios()
        return answer == QMessageBox.StandardButton.Discard

    def needs_scheme(self) -> bool:
        """True (and the user told why) where no workbook is open: nothing to export or project."""
        if self.document.scheme is not None:
            return False
        self.window.statusBar().showMessage(translate("files", "No workbook is open: open a workbook or a sample first."), 8000)
        return True

    # -- exports -------------------------------------------------------------------------------
    def export_chart(self) -> None:
        if self.needs_scheme():
            return
        view = self.window.charts.current_view()
        start = Path(settings.last_directory()) / f"{self.window.charts.tabText(self.window.charts.currentIndex())}.png"
        path, chosen = QFileDialog.getSaveFileName(self.window, translate("files", "Export chart image"), str(start),
                                                   translate("files", IMAGES))
        if not path:
            return
        path = Path(path)
        if path.suffix.lower() not in (".png", ".svg", ".pdf"):
            path = path.with_suffix("." + chosen.split("*.")[1].rstrip(")"))
        self.export_chart_to(view.chart, path)

    def export_chart_to(self, chart, path: Path) -> None:
        """The chart as an image, written whole or not at all."""
        refusal = self.refusal(path, translate("files", "the chart"))
        if refusal:
            dialogs.show_failure(self.window, translate("files", "Chart not exported"), refusal)
            return
        try:
            remove_stale_temporaries(path.parent)
            write_atomically(path, chart.save)
        except (ExportError, OSError) as exc:
            dialogs.show_failure(self.window, translate("files", "Chart not exported"), write_failure(exc, path))
            return
        self.window.statusBar().showMessage(translate("files", "Chart written to {path}").format(path=path), 6000)

    def export_chart_data(self) -> None:
        if self.needs_scheme():
            return
        charts = self.window.charts
        start = Path(settings.last_directory()) / f"{charts.tabText(charts.currentIndex())}.csv"
        path, chosen = QFileDialog.getSaveFileName(
            self.window, translate("files", "Export chart data"), str(start),
            ";;".join(translate("files", f) for f in CSV_FILTERS.values()),
            translate("files", CSV_FILTERS[csv_separator()]))
        if not path:
            return
        path = Path(path)
        separator = ";" if chosen == translate("files", CSV_SEMICOLON) else ","
        settings.settings().setValue(CSV_SETTING, separator)  # the next export offers the same
        self.export_chart_data_to(charts.current_view().chart, path if path.suffix else path.with_suffix(".csv"),
                                  separator)

    def export_chart_data_to(self, chart, path: Path, separator: str = ",") -> bool:
        """The numbers of a chart as CSV (opens in Excel: byte-order mark, units in the header;
        `separator` ";" with decimal commas where Excel expects them)."""
        refusal = self.refusal(path, translate("files", "the chart data"))
        if refusal:
            dialogs.show_failure(self.window, translate("files", "Chart data not exported"), refusal)
            return False
        try:
            write_series_csv(path, chart.export_frame(), separator)
        except (ExportError, OSError) as exc:
            dialogs.show_failure(self.window, translate("files", "Chart data not exported"), write_failure(exc, path))
            return False
        self.window.statusBar().showMessage(translate("files", "Chart data written to {path}, {style}").format(
            path=path, style=csv_style(separator)), 8000)
        return True

    def export_comparison(self) -> None:
        if self.needs_scheme():
            return
        doc = self.document
        start = Path(settings.last_directory()) / f"{doc.source_path.stem if doc.source_path else 'scheme'}_comparison.xlsx"
        path, _ = QFileDialog.getSaveFileName(self.window, translate("files", "Export comparison workbook"), str(start),
                                              translate("files", WORKBOOKS))
        if not path:
            return
        reforms = [Reform("Baseline")] + doc.reforms()
        scheme = projected_scheme(self.window)
        try:
            projections = project_many(scheme, reforms)
            write_comparison(Path(path), scheme, projections, reforms, doc.source_path,
                             appendices=export_appendices(self.window, scheme, reforms, projections))
        except InputError as exc:
            dialogs.show_problems(self.window, translate("files", "Comparison not exported"),
                                  translate("files", "A reform cannot be projected."), exc.problems)
            return
        except (ExportError, OSError) as exc:
            dialogs.show_failure(self.window, translate("files", "Comparison not exported"), write_failure(exc, Path(path)))
            return
        self.window.statusBar().showMessage(translate("files", "Comparison of {count} reforms written to {path}").format(
            count=len(reforms) - 1, path=path), 8000)
