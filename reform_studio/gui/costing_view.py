"""Analysis › Universal pension costing…: the `reform-studio costing` command in a window.

The inputs on the left (countries or a group, age, benefit as a share of GDP per head or in
PPP dollars a day, targeting, take-up, administration, years), the ranked bars and the table
on the right, Export… for the workbook. Building a country's demography takes a moment, so
the costing runs in a worker (JobRunner) with a busy bar; a country built once stays built
for the session, so changing the level or the age is then immediate. No arithmetic here:
`countries.costing` does it all.
"""
from __future__ import annotations

from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QButtonGroup, QComboBox, QCompleter, QDialog, QDialogButtonBox, QDoubleSpinBox, \
    QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMainWindow, QProgressBar, QPushButton, \
    QRadioButton, QScrollArea, QSpinBox, QSplitter, QTabWidget, QVBoxLayout, QWidget

from reform_studio.charts.costing_chart import CostingChart
from reform_studio.countries import data
from reform_studio.countries.costing import LAST_YEAR, Costing, CostingOptions, cost_countries
from reform_studio.countries.groups import groups, said, select_countries
from reform_studio.engine.parameters import BASIC_PENSION_FIELDS
from reform_studio.engine.projection import ProjectionCancelled
from reform_studio.gui.jobs import JobRunner
from reform_studio.gui.views import add_action, menu
from reform_studio.gui.widgets.tables import CopyTableView, TextTableModel
from reform_studio.i18n.levers import words
from reform_studio.i18n.numbers import number
from reform_studio.workbook.export_costing import header_with_unit

translate = QCoreApplication.translate

DEFAULT_COUNTRIES = "Low income Sub-Saharan Africa"
INPUT_WIDTH = 330
ERROR_STYLE = "color: #b00020;"


def _percent_box(name: str, value: float, tip: str) -> QDoubleSpinBox:
    """A share as a percentage spin box, within the workbook's range for the field."""
    title, unit, low, high, _ = BASIC_PENSION_FIELDS[name]
    box = QDoubleSpinBox()
    box.setRange(100 * low, 100 * high)
    box.setDecimals(1)
    box.setSingleStep(1.0)
    box.setSuffix(" %")
    box.setValue(100 * value)
    box.setToolTip(translate("costing_view", "{tip} ({unit}, {low} to {high} %).").format(tip=tip, unit=words(unit), low=number(100 * low),
                                                                  high=number(100 * high)))
    box.setAccessibleName(words(title))
    return box


class CostingInputs(QWidget):
    """The command's options as controls; `options()` reads them, `countries()` resolves the text."""

    costRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        form = QFormLayout(self)
        self.countries_edit = QLineEdit(DEFAULT_COUNTRIES)
        self.countries_edit.setObjectName("costingCountries")
        self.countries_edit.setToolTip(translate("costing_view", "Countries (names, ISO3 codes or M49 numbers, separated by commas) or a "
                                         "group: a World Bank region or income group, a UN region, or both, e.g. "
                                         "'Low income Sub-Saharan Africa' or 'Lower middle income Southern Asia'."))
        completer = QCompleter([said(name) for name in groups()] + list(data.catalogue()["name"]), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.countries_edit.setCompleter(completer)
        self.countries_edit.returnPressed.connect(self.costRequested)
        form.addRow(translate("costing_view", "&Countries:"), self.countries_edit)

        self.age = QSpinBox()
        low, high = BASIC_PENSION_FIELDS["age"][2:4]
        self.age.setRange(int(low), int(high))
        self.age.setValue(65)
        self.age.setSuffix(translate("costing_view", " years"))
        self.age.setToolTip(translate("costing_view", "Age from which the pension is paid: everyone at or above it is eligible."))
        form.addRow(translate("costing_view", "&Age:"), self.age)

        self.by_gdp = QRadioButton(translate("costing_view", "Share of GDP per head"))
        self.by_gdp.setToolTip(translate("costing_view", "The benefit keeps its share of income per head as the economy grows."))
        self.by_ppp = QRadioButton(translate("costing_view", "PPP dollars a day"))
        self.by_ppp.setToolTip(translate("costing_view", "The benefit buys the same basket in every year: international dollars a day at "
                                 "the prices of the latest World Bank PPP factor, indexed to prices."))
        kind = QButtonGroup(self)
        for button in (self.by_gdp, self.by_ppp):
            kind.addButton(button)
        self.by_gdp.setChecked(True)
        form.addRow(translate("costing_view", "Benefit as:"), self.by_gdp)
        form.addRow("", self.by_ppp)
        self.level = _percent_box("level_to_gdp_per_capita", 0.2, translate("costing_view", "Annual benefit as a share of GDP per head"))
        form.addRow(translate("costing_view", "&Level:"), self.level)
        self.ppp = QDoubleSpinBox()
        self.ppp.setRange(0.1, 100.0)
        self.ppp.setDecimals(2)
        self.ppp.setValue(2.15)
        self.ppp.setPrefix("$ ")
        self.ppp.setSuffix(translate("costing_view", " a day"))
        self.ppp.setToolTip(translate("costing_view", "Benefit in international (PPP) dollars a day per person; 2.15 is the World Bank's "
                              "extreme poverty line (2017 PPP)."))
        form.addRow(translate("costing_view", "&PPP amount:"), self.ppp)
        self.by_gdp.toggled.connect(self._kind_changed)
        self._kind_changed(True)

        self.targeting = QComboBox()
        self.targeting.addItem(translate("costing_view", "Universal"), "universal")
        self.targeting.addItem(translate("costing_view", "Pension-tested"), "pension_tested")
        self.targeting.setToolTip(translate("costing_view", "Universal: everyone at or above the age. Pension-tested: only those without a "
                                    "contributory pension (as projected by each country's built workbook)."))
        form.addRow(translate("costing_view", "&Targeting:"), self.targeting)
        self.take_up = _percent_box("take_up", 1.0, translate("costing_view", "Share of the eligible who claim the pension"))
        form.addRow(translate("costing_view", "Take-&up:"), self.take_up)
        self.admin = _percent_box("admin_share", 0.05, translate("costing_view", "Delivery cost as a share of the benefits paid"))
        form.addRow(translate("costing_view", "Ad&ministration:"), self.admin)

        self.first_year = QComboBox()
        for year in reversed(data.POPULATION_YEARS):
            self.first_year.addItem(str(year), year)
        self.first_year.setToolTip(translate("costing_view", "First year costed: a base year of the shipped UN population."))
        self.last_year = QSpinBox()
        self.last_year.setRange(min(data.POPULATION_YEARS), LAST_YEAR)
        self.last_year.setValue(2075)
        self.last_year.setToolTip(translate("costing_view", "Last year costed (the table also shows the cost in this year)."))
        self.rank_year = QSpinBox()
        self.rank_year.setRange(min(data.POPULATION_YEARS), LAST_YEAR)
        self.rank_year.setValue(max(data.POPULATION_YEARS))
        self.rank_year.setToolTip(translate("costing_view", "Year whose cost ranks the countries in the chart and the table."))
        years = QHBoxLayout()
        years.addWidget(self.first_year)
        years.addWidget(QLabel(translate("costing_view", "to")))
        years.addWidget(self.last_year)
        years_label = QLabel(translate("costing_view", "&Years:"))
        years_label.setBuddy(self.first_year)
        form.addRow(years_label, years)
        form.addRow(translate("costing_view", "&Rank by:"), self.rank_year)

    def _kind_changed(self, by_gdp: bool) -> None:
        self.level.setEnabled(by_gdp)
        self.ppp.setEnabled(not by_gdp)

    def options(self) -> CostingOptions:
        return CostingOptions(age=self.age.value(), level=self.level.value() / 100,
                              ppp_per_day=None if self.by_gdp.isChecked() else self.ppp.value(),
                              targeting=self.targeting.currentData(), take_up=self.take_up.value() / 100,
                              admin_share=self.admin.value() / 100, first_year=int(self.first_year.currentData()),
                              last_year=self.last_year.value())


class CostingView(QDialog):
    """The inputs, a Cost button, the ranked chart and table, and Export…."""

    progressed = Signal(float)  # emitted from the worker: the share of the countries built

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("costingView")
        self.setWindowTitle(translate("costing_view", "Universal pension costing"))
        self.costing: Costing | None = None
        self.runner = JobRunner(self)
        self.runner.finished.connect(self._costed)
        self.runner.failed.connect(self._failed)
        self.exporter = JobRunner(self)
        self.exporter.finished.connect(lambda _id, path: self._say(translate("costing_view", "Wrote {path}.").format(path=path)))
        self.exporter.failed.connect(lambda _id, message: self._say(message, error=True))

        self.inputs = CostingInputs()
        # wide enough for the longest label and choice in the language ("Proporción del PIB por habitante")
        self.inputs.setFixedWidth(max(INPUT_WIDTH, self.inputs.minimumSizeHint().width()))
        self.inputs.costRequested.connect(self.cost)
        self.cost_button = QPushButton(translate("costing_view", "&Cost"))
        self.cost_button.setDefault(True)
        self.cost_button.setToolTip(translate("costing_view", "Cost the pension in every country named (Ctrl+Return). The first costing of "
                                      "a country builds its demography, a second or two each."))
        self.cost_button.clicked.connect(self.cost)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.busy.setToolTip(translate("costing_view", "Building the countries' demography and costing the pension (a country built once "
                               "is kept, also for the next session)."))
        self.progressed.connect(self._progress)
        self.message = QLabel(translate("costing_view", "Name countries or a group, then Cost."))
        self.message.setObjectName("costingMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left = QVBoxLayout()
        left.addWidget(self.inputs)
        left.addWidget(self.cost_button)
        left.addWidget(self.busy)
        left.addWidget(self.message, 1)
        left_widget = QWidget()
        left_widget.setLayout(left)

        self.chart = CostingChart(Figure(figsize=(6, 4), layout="constrained"))
        self.canvas = FigureCanvasQTAgg(self.chart.figure)
        self.canvas.setToolTip(translate("costing_view", "Cost of the pension as % of GDP in the ranking year, dearest on top, coloured "
                                 "by World Bank income group."))
        self.canvas.mpl_connect("motion_notify_event", self._hover)
        self.canvas.mpl_connect("resize_event", lambda _event: self.chart.fit_legend())
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.canvas)
        self.table_model = TextTableModel(self)
        self.table = CopyTableView(self.table_model)
        self.table.setObjectName("costingTable")
        self.tabs = QTabWidget()
        self.tabs.addTab(self.scroll, translate("costing_view", "C&hart"))
        self.tabs.addTab(self.table, translate("costing_view", "&Table"))
        self.tabs.setToolTip(translate("costing_view", "The ranked chart, and the table behind it (Ctrl+C copies it for a spreadsheet)."))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(translate("costing_view", "&Export…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setToolTip(translate("costing_view", "Write a workbook with the ranked table, a chart and every year (Ctrl+E)."))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setToolTip(translate("costing_view", "Close the costing (Esc)."))

        splitter = QSplitter()
        splitter.addWidget(left_widget)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.cost)
        QShortcut(QKeySequence("Ctrl+E"), self, self.export)
        self.resize(1180, 660)

    def cost(self) -> None:
        """Resolve the countries and options here (a typing mistake is told at once), then cost
        them in the worker."""
        try:
            options = self.inputs.options()
            options.check()
            countries = select_countries([self.inputs.countries_edit.text()])
        except ValueError as exc:
            self._say(str(exc), error=True)
            return
        self.busy.setVisible(True)
        self.cost_button.setEnabled(False)
        self._say(translate("costing_view", "Costing {count} countries…").format(count=len(countries)))
        def job(cancelled):
            def progress(fraction: float) -> None:
                if cancelled():  # closed, or a newer costing asked for: stop building
                    raise ProjectionCancelled()
                self.progressed.emit(fraction)

            return cost_countries(countries, options, progress)

        self.busy.setRange(0, 0)
        self.runner.submit(job)

    def _progress(self, fraction: float) -> None:
        self.busy.setRange(0, 100)
        self.busy.setValue(round(100 * fraction))

    def reject(self) -> None:
        """Closing stops a costing still building its countries."""
        self.runner.cancel()
        self._idle()
        super().reject()

    def _costed(self, _request: int, costing: Costing) -> None:
        self._idle()
        self.costing = costing
        year = min(max(self.inputs.rank_year.value(), int(costing.years[0])), int(costing.years[-1]))
        table = costing.ranked_table(year)
        groups_of = {c.iso3: c.income_group for c in costing.countries}
        self.chart.update(list(table["Country"]), list(table["Cost % of GDP"]),
                          [groups_of[c] for c in table["ISO3"]], translate("costing_view", "Cost as % of GDP, {year}").format(year=year))
        self.canvas.setMinimumHeight(self.chart.preferred_height(self.canvas.figure.dpi))
        shown = _in_view_order(table)
        self.table_model.set_rows(_headers(shown), _rows(shown))
        self.table.resizeColumnsToContents()
        self.export_button.setEnabled(True)
        left = "" if not costing.left_out else \
            " " + translate("costing_view", "Left out: {countries}.").format(countries=", ".join(f"{c.name} ({why})" for c, why in costing.left_out))
        self._say(costing.describe() + left)

    def _failed(self, _request: int, message: str) -> None:
        self._idle()
        self._say(message, error=True)

    def _idle(self) -> None:
        self.busy.setVisible(False)
        self.cost_button.setEnabled(True)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")

    def _hover(self, event) -> None:
        self.canvas.setToolTip(self.chart.readout(event.ydata) if event.inaxes is self.chart.ax else "")

    def export(self) -> None:
        if self.costing is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, translate("costing_view", "Export the costing"), "costing.xlsx",
                                              translate("costing_view", "Excel workbook (*.xlsx)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        costing, year = self.costing, self.inputs.rank_year.value()
        year = min(max(year, int(costing.years[0])), int(costing.years[-1]))
        self._say(translate("costing_view", "Writing {path}…").format(path=path))
        self.exporter.submit(lambda cancelled: costing.export(path, year))


def _in_view_order(table):
    """The country first (the table view left-aligns its first column only), then the rest."""
    return table[["Country"] + [c for c in table.columns if c != "Country"]]


def _headers(table) -> list[str]:
    return [header_with_unit(c) for c in table.columns]


def _rows(table) -> list[list[str]]:
    def text(column: str, value) -> str:
        if isinstance(value, str):
            return value
        if value != value:  # NaN: not known
            return translate("costing_view", "n/a")
        return number(value, 2) if "%" in column else number(value, 0)

    return [[text(c, v) for c, v in zip(table.columns, row)] for row in table.itertuples(index=False)]


def install_costing(window: QMainWindow) -> None:
    """Analysis › Universal pension costing… (Ctrl+Shift+U)."""
    holder: dict[str, CostingView] = {}

    def show() -> None:
        view = holder.get("view")
        if view is None:
            view = holder["view"] = CostingView(window)
        view.show()
        view.raise_()
        view.activateWindow()

    action = QAction(translate("costing_view", "&Universal pension costing…"), window)
    action.setObjectName("costingAction")
    action.triggered.connect(show)
    add_action(window, menu(window, "analysisMenu"), action, "Ctrl+Shift+U",
               translate("costing_view", "Cost a universal or pension-tested basic pension in many countries at once, from the shipped "
                 "data."))
