"""The by-year sheets: one per scenario with every spec-8 indicator, and the Differences.

Numbers are written as they come out of the engine (fractions stay fractions, shown with a
% format), so that whoever re-reads the workbook gets the projection's own values.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

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
    """A sheet with 'year' and every indicator in spec order, units in the headers."""
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
        fmt.put(ws, HEADER_ROW, column, fmt.header(indicator, currency))
        values = frame[indicator].to_numpy(dtype=float)
        columns.append((values, fmt.level_format(indicator)))
        widths[column] = fmt.header_width(indicator, values, fmt.level_format(indicator))
    fmt.append_by_year(ws, years, columns)
    last = HEADER_ROW + len(years)
    fmt.style_header(ws, HEADER_ROW, 1, len(INDICATORS))
    ws.row_dimensions[HEADER_ROW].height = 45
    fmt.add_table(ws, f"ScenarioTable{number}", HEADER_ROW, last, len(INDICATORS))
    fmt.set_widths(ws, widths)
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=2)
    fmt.print_setup(ws, f"{HEADER_ROW}:{HEADER_ROW}", pages_wide=2)
    return DataSheet(ws.title, "$A$1", HEADER_ROW + 1, last)


def write_differences(ws: Worksheet, projections: Sequence[Projection], currency: str) -> None:
    """Each reform minus the baseline, by year, in blocks of key indicators (pp for rates)."""
    fmt.put(ws, 1, 1, "Differences from the baseline (reform minus baseline)").font = fmt.TITLE_FONT
    fmt.put(ws, 2, 1, f"Rates in percentage points (pp), money in {currency or 'currency'}, the reserve "
                      "ratio as a multiple of a year's expenditure.").font = fmt.NOTE_FONT
    group_row, header_row = 3, 4
    baseline = projections[0].indicators
    years = [int(y) for y in baseline.index]
    fmt.put(ws, header_row, 1, "year")
    widths = {1: 8.0}
    columns = []
    column = 2
    for projection in projections[1:]:
        first = column
        fmt.put(ws, group_row, first, projection.name)
        for indicator in DIFFERENCE_INDICATORS:
            values = (projection.indicators[indicator] - baseline[indicator]).to_numpy(dtype=float)
            values = values * fmt.diff_scale(indicator)
            fmt.put(ws, header_row, column, f"{indicator} ({fmt.diff_unit(indicator, currency)})")
            columns.append((values, fmt.diff_format(indicator)))
            widths[column] = fmt.header_width(indicator, values, fmt.diff_format(indicator))
            column += 1
        ws.merge_cells(start_row=group_row, start_column=first, end_row=group_row, end_column=column - 1)
        for c in range(first, column):
            ws.cell(row=group_row, column=c).fill = fmt.GROUP_FILL
            ws.cell(row=group_row, column=c).border = fmt.GROUP_BORDER
        ws.cell(row=group_row, column=first).alignment = Alignment(horizontal="center")
    fmt.append_by_year(ws, years, columns)
    last_col = max(column - 1, 1)
    fmt.style_header(ws, header_row, 1, last_col)
    ws.row_dimensions[header_row].height = 45
    ws.auto_filter.ref = f"A{header_row}:{get_column_letter(last_col)}{header_row + len(years)}"
    fmt.set_widths(ws, widths)
    ws.freeze_panes = ws.cell(row=header_row + 1, column=2)
    fmt.print_setup(ws, f"{group_row}:{header_row}", pages_wide=max(1, len(projections) - 1))
