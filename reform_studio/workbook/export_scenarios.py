"""The by-year sheets: one per scenario with every indicator, and the grouped ones (Differences).

Numbers are written as they come out of the engine (fractions stay fractions, shown with a
% format), so that whoever re-reads the workbook gets the projection's own values.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from reform_studio.engine.reform import Reform
from reform_studio.engine.results import INDICATORS, Projection
from reform_studio.workbook import export_format as fmt

HEADER_ROW = 3
DIFFERENCE_INDICATORS = ("reserve", "reserve_ratio", "payg_cost_rate", "contribution_rate",
                         "replacement_rate", "system_dependency_ratio", "expenditure_to_gdp")


@dataclass(frozen=True)
class DataSheet:
    """Where one scenario's numbers sit, so that charts can point at them."""

    title: str
    name_cell: str  # absolute reference of the cell holding the scenario name
    first_row: int
    last_row: int

    def column(self, indicator: str) -> int:
        return INDICATORS.index(indicator) + 1


def write_scenario(wb: Workbook, projection: Projection, reform: Reform, currency: str, number: int) -> DataSheet:
    """A sheet with 'year' and every indicator in spec order, labelled with its unit."""
    ws = wb.create_sheet(fmt.sheet_title(projection.name, wb.sheetnames))
    fmt.put(ws, 1, 1, projection.name).font = fmt.TITLE_FONT
    note = reform.description or ("The workbook as read, with its legislated schedule."
                                  if not reform.levers else "See the Assumptions sheet for the levers.")
    fmt.put(ws, 2, 1, note).font = fmt.NOTE_FONT
    frame = projection.indicators
    years = [int(y) for y in frame.index]
    fmt.put(ws, HEADER_ROW, 1, "year")
    widths = {1: 8.0}
    columns = []
    for column, indicator in enumerate(INDICATORS[1:], start=2):
        values = frame[indicator].to_numpy(dtype=float)
        scale = fmt.scale_for(indicator, values)
        title = fmt.header(indicator, currency, scale)
        fmt.put(ws, HEADER_ROW, column, title)
        columns.append((values, fmt.level_format(indicator, scale)))
        widths[column] = fmt.header_width(title, values, fmt.level_format(indicator, scale))
    fmt.append_by_year(ws, years, columns)
    last = HEADER_ROW + len(years)
    fmt.style_header(ws, HEADER_ROW, 1, len(INDICATORS))
    ws.row_dimensions[HEADER_ROW].height = 15 * fmt.HEADER_LINES
    fmt.add_table(ws, f"ScenarioTable{number}", HEADER_ROW, last, len(INDICATORS))
    fmt.set_widths(ws, widths)
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=2)
    fmt.print_setup(ws, f"{HEADER_ROW}:{HEADER_ROW}", pages_wide=fmt.pages_across(widths))
    return DataSheet(ws.title, "$A$1", HEADER_ROW + 1, last)


@dataclass(frozen=True)
class Column:
    """One column of a grouped by-year sheet: its header and numbers."""

    header: str
    values: np.ndarray
    number_format: str


@dataclass(frozen=True)
class Group:
    """Columns under one banded heading (a scenario's name)."""

    name: str
    columns: Sequence[Column]


GROUP_ROW, GROUP_HEADER_ROW = 3, 4


def write_groups(ws: Worksheet, title: str, note: str, years: Sequence[int], groups: Sequence[Group]) -> list[int]:
    """Title, note, then 'year' and each group's columns under a banded heading; by year.

    Returns each group's first column, so that charts can point at its numbers (which start
    at `GROUP_HEADER_ROW + 1`).
    """
    fmt.put(ws, 1, 1, title).font = fmt.TITLE_FONT
    fmt.put(ws, 2, 1, note).font = fmt.NOTE_FONT
    fmt.put(ws, GROUP_HEADER_ROW, 1, "year")
    widths = {1: 8.0}
    block = []
    firsts = []
    column = 2
    for group in groups:
        firsts.append(column)
        fmt.put(ws, GROUP_ROW, column, group.name)
        for c in group.columns:
            fmt.put(ws, GROUP_HEADER_ROW, column, c.header)
            block.append((c.values, c.number_format))
            widths[column] = fmt.header_width(c.header, c.values, c.number_format)
            column += 1
        ws.merge_cells(start_row=GROUP_ROW, start_column=firsts[-1], end_row=GROUP_ROW, end_column=column - 1)
        for c in range(firsts[-1], column):
            ws.cell(row=GROUP_ROW, column=c).fill = fmt.GROUP_FILL
            ws.cell(row=GROUP_ROW, column=c).border = fmt.GROUP_BORDER
        ws.cell(row=GROUP_ROW, column=firsts[-1]).alignment = Alignment(horizontal="center")
    fmt.append_by_year(ws, years, block)
    last_col = max(column - 1, 1)
    fmt.style_header(ws, GROUP_HEADER_ROW, 1, last_col)
    ws.row_dimensions[GROUP_HEADER_ROW].height = 15 * fmt.HEADER_LINES
    ws.auto_filter.ref = f"A{GROUP_HEADER_ROW}:{get_column_letter(last_col)}{GROUP_HEADER_ROW + len(years)}"
    fmt.set_widths(ws, widths)
    ws.freeze_panes = ws.cell(row=GROUP_HEADER_ROW + 1, column=2)
    fmt.print_setup(ws, f"{GROUP_ROW}:{GROUP_HEADER_ROW}", pages_wide=fmt.pages_across(widths))
    return firsts


def write_differences(ws: Worksheet, projections: Sequence[Projection], currency: str) -> None:
    """Each reform minus the baseline, by year, in blocks of key indicators (pp for rates)."""
    baseline = projections[0].indicators
    diffs = {p.name: {i: (p.indicators[i] - baseline[i]).to_numpy(dtype=float) * fmt.diff_scale(i)
                      for i in DIFFERENCE_INDICATORS} for p in projections[1:]}
    # one scale a column across reforms, so that the blocks read alike
    scales = {i: fmt.scale_for(i, [d[i] for d in diffs.values()]) if diffs else fmt.UNITS_SCALE
              for i in DIFFERENCE_INDICATORS}
    groups = [Group(name, [Column(fmt.diff_header(i, currency, scales[i]), values[i], fmt.diff_format(i, scales[i]))
                           for i in DIFFERENCE_INDICATORS])
              for name, values in diffs.items()]
    money = sorted({scales[i].unit(currency) for i in DIFFERENCE_INDICATORS if fmt.kind(i) == "money"})
    write_groups(ws, "Differences from the baseline (reform minus baseline)",
                 f"Rates in percentage points (pp), money in {' and '.join(money)}, the reserve "
                 "ratio as a multiple of a year's expenditure; a dash where the difference rounds to nothing.",
                 [int(y) for y in baseline.index], groups)


GLOSSARY_HEADERS = ("Column", "Label", "Unit", "Meaning")


def write_glossary(ws: Worksheet, currency: str) -> None:
    """What each column of a scenario sheet is: label, unit, meaning and its name in CSV and JSON."""
    fmt.put(ws, 1, 1, "Indicators: the columns of the scenario sheets").font = fmt.TITLE_FONT
    fmt.put(ws, 2, 1, "'Column' is the indicator's name in the CSV and JSON output of Reform Studio "
                      "(spec sections 8 and 16).").font = fmt.NOTE_FONT
    header_row = 4
    for c, title in enumerate(GLOSSARY_HEADERS, start=1):
        fmt.put(ws, header_row, c, title)
    for r, indicator in enumerate(INDICATORS[1:], start=header_row + 1):
        text = fmt.text(indicator)
        for c, value in enumerate((indicator, text.label, fmt.unit(indicator, currency), text.meaning), start=1):
            fmt.put(ws, r, c, value).alignment = Alignment(wrap_text=True, vertical="top")
    fmt.style_header(ws, header_row, 1, len(GLOSSARY_HEADERS))
    fmt.add_table(ws, "IndicatorsTable", header_row, header_row + len(INDICATORS) - 1, len(GLOSSARY_HEADERS))
    fmt.set_widths(ws, {1: 30.0, 2: 32.0, 3: 16.0, 4: 70.0})
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    fmt.print_setup(ws, f"{header_row}:{header_row}")
