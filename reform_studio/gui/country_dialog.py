"""File › New from country…: choose a country from the shipped data, see its population
pyramid and main figures, and write its workbook (what `reform-studio new` writes), which
then opens through the window's normal open path.

The list is the data's catalogue in a table model behind a QSortFilterProxyModel, filtered
on every column as the user types (name, ISO3, region, income group). The preview reads the
shipped data only (the base year's 5-year groups, graduated to single ages as the builder
does, and the latest GDP and informality rates): a few milliseconds. Building the workbook
(fitting the demography to WPP, writing twenty sheets) takes seconds, so it runs in a
JobRunner worker while a busy bar shows, and the window then reads the file it wrote.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QSize, \
    QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, \
    QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMainWindow, QProgressBar, QSplitter, QTableView, QVBoxLayout, \
    QWidget

from reform_studio.charts.formatters import money, percent, persons
from reform_studio.charts.pyramid import PyramidChart
from reform_studio.countries import data
from reform_studio.countries.economy import base_gdp
from reform_studio.countries.demography import single_population
from reform_studio.countries.groups import said
from reform_studio.gui import settings
from reform_studio.gui.jobs import JobRunner
from reform_studio.gui.views import add_action, menu
from reform_studio.i18n import QT_TRANSLATE_NOOP
from reform_studio.i18n.numbers import number

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
# the list's columns and the scheme choices, marked for the catalogue and translated where shown
COLUMNS = (("name", QT_TRANSLATE_NOOP("country_dialog", "Country or area")), ("iso3", "ISO3"),
           ("region", QT_TRANSLATE_NOOP("country_dialog", "World Bank region")),
           ("income_group", QT_TRANSLATE_NOOP("country_dialog", "Income group")))
SCHEMES = (("illustrative", QT_TRANSLATE_NOOP("country_dialog", "Illustrative contributory scheme (defaults to replace)")),
           ("none", QT_TRANSLATE_NOOP("country_dialog", "No contributory scheme (for a non-contributory pension)")))
GROUPED = ("region", "income_group")  # World Bank groups, said in the language (countries.groups)
FILTER_ROLE = Qt.ItemDataRole.UserRole + 1  # what the search matches: the text shown and the English name
# the list's share of the dialog's width: the countries' names are its widest column
LIST_SHARE = 0.58
OLD_AGE = 65
ERROR_STYLE = "color: #b00020;"


class CatalogueModel(QAbstractTableModel):
    """The shipped countries and areas, one row each; the Country object under UserRole."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.frame = data.catalogue().fillna("")
        self.countries = data.countries()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.frame)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, FILTER_ROLE):
            key = COLUMNS[index.column()][0]
            value = str(self.frame.iloc[index.row()][key])
            if role == Qt.ItemDataRole.ToolTipRole:
                return str(self.countries[index.row()])
            shown = (said(value) if key in GROUPED else value) if value else translate("country_dialog", "not classified")
            # the search finds a group by its English name too (the README's, the command line's)
            return f"{shown} {value}" if role == FILTER_ROLE else shown
        if role == Qt.ItemDataRole.UserRole:
            return self.countries[index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("country_dialog", COLUMNS[section][1])
        return None


def figures(country: data.Country, base_year: int) -> tuple[np.ndarray, list[tuple[str, str]]]:
    """The preview: single-age population (2, 101) of the base year and the main figures as
    (label, text) rows, each with its unit and source year."""
    population = single_population(data.population_groups(country, base_year)).astype(float)
    total = population.sum()
    rows = [(translate("country_dialog", "Population"), translate("country_dialog", "{people} ({year}, UN WPP 2024)").format(people=persons(total), year=base_year)),
            (translate("country_dialog", "Aged {age} and over").format(age=OLD_AGE),
             translate("country_dialog", "{share} of the population").format(share=percent(population[:, OLD_AGE:].sum() / total))),
            (translate("country_dialog", "World Bank group"), "{}; {}".format(said(country.region) if country.region else translate("country_dialog", "no region"),
                                                   said(country.income_group) if country.income_group else translate("country_dialog", "no income group")))]
    # the base year's GDP as the workbook will have it: WDI carried forward, else the WEO, else a placeholder
    amount, currency, source, _placeholder = base_gdp(country, base_year, total)
    rows.append((translate("country_dialog", "GDP"), translate("country_dialog", "{amount} in {year}: {source}").format(
        amount=money(amount, currency), year=base_year, source=source)))
    gdp = data.gdp(country)["gdp_lcu"].dropna()
    if not gdp.empty:
        year = int(gdp.index[-1])
        ppp = data.gdp(country)["gdp_per_capita_ppp"].get(year)
        if ppp is not None and np.isfinite(ppp):
            rows.append((translate("country_dialog", "GDP per head"), translate("country_dialog", "{amount} international (PPP) dollars a year ({year}, WDI)").format(
                amount=number(ppp), year=year)))
    informal = data.informality(country)
    rows.append((translate("country_dialog", "Informal employment"), translate("country_dialog", "no ILOSTAT rate: a default is used") if informal is None else
                 translate("country_dialog", "{share} of employment ({year}, ILOSTAT)").format(
                     share=percent(informal["informal_rate_total"], 0), year=int(informal["year"]))))
    covered = bool(data.catalogue().set_index("iso3").at[country.iso3, "has_weo"])
    rows.append(("IMF WEO", translate("country_dialog", "growth, inflation and government expenditure to 2029") if covered
                 else translate("country_dialog", "not covered: long-run defaults")))
    return population, rows


class CountryDialog(QDialog):
    """Search, preview, choose base year and scheme, Save as…; the window opens what was built."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window_ = window
        self.setObjectName("countryDialog")
        self.setWindowTitle(translate("country_dialog", "New workbook from country data"))
        self.jobs = JobRunner(self)
        self.jobs.finished.connect(self._built)
        self.jobs.failed.connect(self._failed)
        self.model = CatalogueModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)  # every column: 'MWI', 'Sub-Saharan', 'Low income' all work
        self.proxy.setFilterRole(FILTER_ROLE)

        self.search = QLineEdit()
        self.search.setObjectName("countrySearch")
        self.search.setPlaceholderText(translate("country_dialog", "Search: name, ISO3, region or income group"))
        self.search.setToolTip(translate("country_dialog", "Type part of a name, an ISO3 code, a World Bank region "
                                         "or an income group; the list keeps the matches (Down moves into the list)."))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.list = QTableView()
        self.list.setObjectName("countryList")
        self.list.setModel(self.proxy)
        self.list.setSortingEnabled(True)
        self.list.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.verticalHeader().setVisible(False)
        # every column as wide as its widest text, header included, in any language (a stretched
        # name column was squeezed to "…" by the groups' columns): the list scrolls sideways
        # rather than cut a name or a group
        self.list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.setWordWrap(False)
        self.list.setToolTip(translate("country_dialog", "The 236 countries and areas of UN WPP 2024; click a column to sort."))
        self.list.selectionModel().currentRowChanged.connect(lambda *_: self._preview())
        self.list.doubleClicked.connect(lambda *_: self.save_as())

        self.base_year = QComboBox()
        for year in reversed(data.POPULATION_YEARS):
            self.base_year.addItem(str(year), year)
        self.base_year.setToolTip(translate("country_dialog", "Base year of the workbook: a year the UN population is shipped for."))
        self.base_year.currentIndexChanged.connect(lambda *_: self._preview())
        self.scheme = QComboBox()
        for key, text in SCHEMES:
            self.scheme.addItem(translate("country_dialog", text), key)
        self.scheme.setToolTip(translate("country_dialog", "Illustrative: a default contributory scheme, listed on "
                                         "the Checklist sheet to replace. None: demography and economy only, to cost "
                                         "a non-contributory pension."))
        options = QFormLayout()
        options.addRow(translate("country_dialog", "&Base year:"), self.base_year)
        options.addRow(translate("country_dialog", "&Scheme:"), self.scheme)

        self.chart = PyramidChart(Figure(figsize=(5, 4), layout="constrained"))
        self.canvas = FigureCanvasQTAgg(self.chart.figure)
        self.canvas.setMinimumSize(320, 260)
        self.canvas.setToolTip(translate("country_dialog", "Population by single age and sex in the base year (UN WPP 2024, graduated)."))
        self.facts = QLabel()
        self.facts.setObjectName("countryFigures")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.setToolTip(translate("country_dialog", "The main figures of the shipped data for this country, with their sources."))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.busy.setToolTip(translate("country_dialog", "Fitting the demography to the UN projection and writing the workbook."))
        self.message = QLabel("")
        self.message.setWordWrap(True)

        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.list, 1)
        left.addLayout(options)
        self.heading = QLabel()
        self.heading.setObjectName("countryHeading")
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(self.canvas, 1)
        right.addWidget(self.facts)
        panes = QSplitter()
        for layout in (left, right):
            holder = QWidget()
            holder.setLayout(layout)
            panes.addWidget(holder)
        panes.setStretchFactor(0, 1)
        panes.setStretchFactor(1, 1)
        panes.setChildrenCollapsible(False)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(translate("country_dialog", "&Save as…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setToolTip(translate("country_dialog", "Choose where to write the workbook, build it and open it (Ctrl+S)."))
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.clicked.connect(self.save_as)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(translate("country_dialog", "Close without writing (Esc)."))
        bottom = QHBoxLayout()
        bottom.addWidget(self.busy)
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(panes, 1)
        layout.addLayout(bottom)
        self.panes = panes
        self.fit_to(((window.screen() or self.screen()).availableGeometry().size()))
        self.search.setFocus()
        self.list.selectRow(0)

    def fit_to(self, screen: QSize) -> None:
        """As wide as the list's columns and the preview need, within `screen` (the available
        room; 1280 x 720 at the least), the list taking `LIST_SHARE` of it."""
        width, height = min(1400, screen.width() - 80), min(700, screen.height() - 60)
        self.resize(width, height)
        self.panes.setSizes([round(width * LIST_SHARE), round(width * (1 - LIST_SHARE))])

    def country(self) -> data.Country | None:
        index = self.list.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if self.proxy.rowCount() and not self.list.currentIndex().isValid():
            self.list.selectRow(0)
        self._preview()

    def _preview(self) -> None:
        country = self.country()
        self.save_button.setEnabled(country is not None and not self.jobs.busy)
        if country is None:
            self.facts.setText(translate("country_dialog", "No country matches the search."))
            return
        year = int(self.base_year.currentData())
        population, rows = figures(country, year)
        self.heading.setText(translate("country_dialog", "<b>{name}</b> ({iso3}, M49 {m49}, currency {currency})").format(
            name=country.name, iso3=country.iso3, m49=country.m49, currency=country.currency or translate("country_dialog", "not known")))
        self.chart.update(population, str(year))
        self.facts.setText("<table>" + "".join(f"<tr><td><b>{label}</b>&nbsp;&nbsp;</td><td>{text}</td></tr>"
                                               for label, text in rows) + "</table>")

    def save_as(self) -> None:
        country = self.country()
        if country is None or self.jobs.busy:
            return
        suggestion = Path(settings.last_directory()) / f"{country.name.split(' (')[0].replace(' ', '_')}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, translate("country_dialog", "Write the country's workbook"), str(suggestion),
                                              translate("country_dialog", "Excel workbook (*.xlsx)"))
        if path:
            self.build_to(Path(path))

    def build_to(self, path: Path) -> None:
        """Build the chosen country's workbook into `path` in the worker."""
        from reform_studio.countries.builder import build

        refusal = self.window_.files.refusal(path, translate("country_dialog", "a new workbook"))
        if refusal:
            self._say(refusal, error=True)
            return
        country, year, scheme = self.country(), int(self.base_year.currentData()), self.scheme.currentData()
        self.busy.setVisible(True)
        self.save_button.setEnabled(False)
        self._say(translate("country_dialog", "Building {name} ({year}, {scheme})…").format(name=country.name, year=year,
                                                                  scheme=translate("country_dialog", dict(SCHEMES)[scheme])))
        self.jobs.submit(lambda cancelled: build(country, year, scheme).save(path))

    def _built(self, _request: int, path: Path) -> None:
        self.busy.setVisible(False)
        self.save_button.setEnabled(True)
        settings.set_last_directory(path)
        self.accept()
        self.window_.files.read_workbook(path)

    def _failed(self, _request: int, message: str) -> None:
        self.busy.setVisible(False)
        self.save_button.setEnabled(True)
        self._say(message, error=True)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")


def install_new_from_country(window: QMainWindow) -> None:
    """File › New from country… (Ctrl+Shift+N), beside New workbook from template."""
    file_menu = menu(window, "fileMenu")
    action = QAction(translate("country_dialog", "New from &country…"), window)
    action.setObjectName("newFromCountryAction")
    action.triggered.connect(lambda: CountryDialog(window).open())
    add_action(window, file_menu, action, "Ctrl+Shift+N",
               translate("country_dialog", "Write a complete workbook for any country from the UN, World Bank, ILO and IMF data shipped "
                 "with the application, then open it."))
    first_separator = next((a for a in file_menu.actions() if a.isSeparator()), None)
    if first_separator is not None:  # with the other New entries, not after Quit
        file_menu.removeAction(action)
        file_menu.insertAction(first_separator, action)
