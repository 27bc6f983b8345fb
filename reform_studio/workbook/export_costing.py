"""The costing workbook (`reform-studio costing --export`, the window's Export): the ranked
table with a native bar chart of the cost as % of GDP, one sheet per series by year, and the
notes and sources, so that a ministry can paste the table into a note and re-draw the chart
in its own style without the application.

Plain data in (a ranked DataFrame, frames by year), no knowledge of countries: the layers
put the country data above this package. The frames' column names and titles are keys (English);
the sheets say them in the current language (`said`), the description and notes as given.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Mapping, Sequence

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from reform_studio.i18n import QT_TRANSLATE_NOOP, translate
from reform_studio.workbook import export_format as fmt
from reform_studio.workbook.atomic import write_atomically
from reform_studio.workbook.export_wrap import fit_row

CONTEXT = "export_costing"
TITLE = QT_TRANSLATE_NOOP("export_costing", "Costing")
# the ranked table's columns and the by-year frames' titles (countries.costing), as written
WORDS = frozenset((
    QT_TRANSLATE_NOOP("export_costing", "Rank"), QT_TRANSLATE_NOOP("export_costing", "Country"),
    QT_TRANSLATE_NOOP("export_costing", "ISO3"), QT_TRANSLATE_NOOP("export_costing", "Currency"),
    QT_TRANSLATE_NOOP("export_costing", "Beneficiaries"), QT_TRANSLATE_NOOP("export_costing", "Benefit a year"),
    QT_TRANSLATE_NOOP("export_costing", "Cost"), QT_TRANSLATE_NOOP("export_costing", "Cost % of GDP"),
    QT_TRANSLATE_NOOP("export_costing", "Cost % of government expenditure"),
    QT_TRANSLATE_NOOP("export_costing", "Cost, local currency"),
    QT_TRANSLATE_NOOP("export_costing", "Notes and sources"), QT_TRANSLATE_NOOP("export_costing", "Sources"), TITLE,
))
IN_YEAR = re.compile(r"Cost % of GDP in (\d+)")
TABLE_ROW = 4  # the ranked table's header row (title, description and a blank row above it)
BAR_COLOUR = "1F4E79"
CHART_WIDTH_CM = 18.0
ROW_CM = 0.55  # a bar's height: the chart grows with the countries so every name is legible
FORMATS = {"Rank": fmt.WHOLE, "Beneficiaries": fmt.AMOUNT, "Benefit a year": fmt.AMOUNT, "Cost": fmt.AMOUNT}
MAX_SHEET_TITLE = 31
PERCENT_IN_PERCENT = "0.00"  # the table holds percentages in percent (0.87 for 0.87 %)


def write_costing(path: Path, description: str, ranked: pd.DataFrame, year: int,
                  by_year: Mapping[str, pd.DataFrame], notes: Sequence[tuple[str, str]], sources: str) -> Path:
    """Write the workbook atomically; return the path written."""
    book = Workbook()
    ws = book.active
    ws.title = said(TITLE)
    _ranked_sheet(ws, description, ranked, year)
    for title, frame in by_year.items():
        _year_sheet(book.create_sheet(said(title)[:MAX_SHEET_TITLE]), title, frame)
    _notes_sheet(book.create_sheet(said("Notes and sources")), notes, sources)
    return write_atomically(path, book.save)


def said(key: str) -> str:
    """A column name, frame title or word of this workbook in the current language (a key it
    does not know, as it is)."""
    found = IN_YEAR.fullmatch(key)
    if found:
        return translate("export_costing", "Cost % of GDP in {year}").format(year=found[1])
    return translate(CONTEXT, key) if key in WORDS else key


def header_with_unit(column: str) -> str:
    """A ranked table's column as its header says it, with its unit where it has one
    ('Beneficiaries (persons)'): the workbook's and the costing window's table alike."""
    unit = (translate("export_costing", "persons") if column == "Beneficiaries" else
            translate("export_costing", "local currency") if column in ("Benefit a year", "Cost") else "")
    return f"{said(column)} ({unit})" if unit else said(column)


def _ranked_sheet(ws: Worksheet, description: str, ranked: pd.DataFrame, year: int) -> None:
    ws["A1"] = translate("export_costing", "Cost of a basic pension in {year}, countries ranked by cost as % of "
                                           "GDP").format(year=year)
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = description
    headers = list(ranked.columns)
    for k, header in enumerate(headers, start=1):
        cell = ws.cell(TABLE_ROW, k, header_with_unit(header))
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for r, row in enumerate(ranked.itertuples(index=False), start=TABLE_ROW + 1):
        for k, (header, value) in enumerate(zip(headers, row), start=1):
            cell = ws.cell(r, k, _cell_value(value))
            if "%" in header:
                cell.number_format = PERCENT_IN_PERCENT
            elif header in FORMATS:
                cell.number_format = FORMATS[header]
    widths = dict(enumerate((6, 30, 6, 9, 14, 14, 18, 12, 16, 14), start=1))
    fmt.set_widths(ws, widths)
    fit_row(ws, TABLE_ROW, widths, least=3)  # the headers wrap on three lines, French ones on four
    ws.freeze_panes = ws.cell(TABLE_ROW + 1, 3)
    if len(ranked):
        ws.add_chart(_bar_chart(ws, ranked, year), f"{get_column_letter(len(headers) + 2)}{TABLE_ROW}")


def _cell_value(value: object) -> object:
    """Numbers as numbers; an unknown as an empty cell, never 'nan'."""
    if isinstance(value, (float, np.floating)):
        return float(value) if np.isfinite(value) else None
    if isinstance(value, np.integer):
        return int(value)
    return value


def _bar_chart(ws: Worksheet, ranked: pd.DataFrame, year: int) -> BarChart:
    """Horizontal bars of the cost as % of GDP, dearest on top, read from the table's cells."""
    column = list(ranked.columns).index("Cost % of GDP") + 1
    last = TABLE_ROW + len(ranked)
    chart = BarChart()
    chart.type = "bar"
    chart.title = translate("export_costing", "Cost as % of GDP, {year}").format(year=year)
    chart.add_data(Reference(ws, min_col=column, max_col=column, min_row=TABLE_ROW, max_row=last),
                   titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=2, max_col=2, min_row=TABLE_ROW + 1, max_row=last))
    chart.series[0].graphicalProperties.solidFill = BAR_COLOUR
    chart.x_axis.scaling.orientation = "maxMin"  # rank 1 on top, as in the table
    chart.y_axis.crosses = "max"  # which keeps the % axis at the bottom
    chart.y_axis.title = translate("specs", "% of GDP")
    chart.y_axis.number_format = "0.0"
    chart.y_axis.scaling.min = 0
    chart.legend = None
    chart.gapWidth = 40
    chart.width = CHART_WIDTH_CM
    chart.height = max(7.5, 2.5 + ROW_CM * len(ranked))
    chart.x_axis.delete = False  # openpyxl >= 3.1 hides axes unless told
    chart.y_axis.delete = False
    return chart


def _year_sheet(ws: Worksheet, title: str, frame: pd.DataFrame) -> None:
    ws.cell(1, 1, translate("export_costing", "{title}, by year").format(title=said(title))).font = Font(bold=True)
    ws.cell(2, 1, said("Country")).font = Font(bold=True)
    for k, year in enumerate(frame.columns, start=2):
        ws.cell(2, k, int(year)).font = Font(bold=True)
    number = PERCENT_IN_PERCENT if "%" in title else fmt.AMOUNT
    for r, (name, values) in enumerate(frame.iterrows(), start=3):
        ws.cell(r, 1, name)
        for k, value in enumerate(values, start=2):
            ws.cell(r, k, _cell_value(value)).number_format = number
    ws.column_dimensions["A"].width = 30
    ws.freeze_panes = "B3"


def _notes_sheet(ws: Worksheet, notes: Sequence[tuple[str, str]], sources: str) -> None:
    ws.cell(1, 1, translate("export_costing", "What each country's figures assume (docs/methodology.md explains the "
                                     "method)")).font = Font(bold=True)
    for r, (name, text) in enumerate(notes, start=2):
        ws.cell(r, 1, name)
        ws.cell(r, 2, text).alignment = Alignment(wrap_text=True, vertical="top")
    row = len(notes) + 3
    ws.cell(row, 1, said("Sources")).font = Font(bold=True)
    for k, paragraph in enumerate(sources.split("\n\n"), start=row + 1):
        ws.cell(k, 2, paragraph).alignment = Alignment(wrap_text=True, vertical="top")
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 110
