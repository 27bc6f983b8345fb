"""Printing a sheet whose native charts sit beside its tables (the Sensitivity and Stochastic
appendices): too wide for one readable page, so it prints in columns of pages split by manual
breaks, at one fixed scale at which the widest of them fits across, and with row breaks that
never cut a chart or a block kept together. A fixed scale, not 'fit to page': Excel ignores
manual breaks when it fits. The page header and footer come from `export_format.finish_print`."""
from __future__ import annotations

import math
from collections.abc import Sequence

from openpyxl.chart._chart import ChartBase
from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import coordinate_to_tuple
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from reform_studio.workbook import export_format as fmt

PIXELS_PER_CM = 96 / 2.54
DEFAULT_WIDTH = 8.43  # a column without a width of its own, in Excel's characters
LAST_ROW = 1048575  # a column break runs down the whole sheet


def _width(ws: Worksheet, column: int) -> float | None:
    """The column's own width, in Excel's characters; None where it has none."""
    dimension = ws.column_dimensions.get(get_column_letter(column))
    return dimension.width if dimension is not None and dimension.customWidth else None


def column_pixels(ws: Worksheet, column: int) -> float:
    width = _width(ws, column)
    return 7 * (DEFAULT_WIDTH if width is None else width) + 5


def row_points(ws: Worksheet, row: int) -> float:
    return ws.row_dimensions[row].height or fmt.DEFAULT_ROW_POINTS


def chart_cells(ws: Worksheet, chart: ChartBase) -> tuple[int, int, int, int]:
    """The cells a chart anchored at a cell covers (first column, first row, last column, last
    row): its size in cm against the columns' widths (7 px a character plus 5) and the rows'
    heights (4/3 px a point)."""
    first_row, first_column = coordinate_to_tuple(chart.anchor)
    column, room = first_column, chart.width * PIXELS_PER_CM - column_pixels(ws, first_column)
    while room > 0:
        column += 1
        room -= column_pixels(ws, column)
    row, room = first_row, chart.height * PIXELS_PER_CM - row_points(ws, first_row) * 4 / 3
    while room > 0:
        row += 1
        room -= row_points(ws, row) * 4 / 3
    return first_column, first_row, column, row


def print_in_pages(ws: Worksheet, page_columns: Sequence[int], keep: Sequence[tuple[int, int]],
                   title_rows: tuple[int, int] | None = None, title_column: bool = False) -> None:
    """Landscape A4 pages across then down: `page_columns` are the last columns of each column of
    pages but the last (which ends with the last chart); with `title_column`, column A is repeated
    on each page across; rows `keep[i][0]` to `keep[i][1]` stay on one page where a page holds
    them; `title_rows` (first, last) repeat at the top of every page unless that takes more pages. Sets the print area over the
    cells and charts."""
    last_column = max([ws.max_column, *(chart_cells(ws, c)[2] for c in ws._charts)])
    last_row = max([ws.max_row, *(chart_cells(ws, c)[3] for c in ws._charts)])
    # the columns under the charts get Excel's default width, said: LibreOffice would take its own
    fmt.set_widths(ws, {c: DEFAULT_WIDTH for c in range(1, last_column + 1) if _width(ws, c) is None})
    fmt.print_setup(ws)
    if title_column:
        ws.print_title_cols = "A:A"
    starts = [1, *(c + 1 for c in page_columns)]
    ends = [*page_columns, last_column]
    title = column_pixels(ws, 1) if title_column else 0.0
    widest = max(sum(column_pixels(ws, c) for c in range(a, b + 1)) + (title if a > 1 else 0)
                 for a, b in zip(starts, ends)) * 0.75
    largest = int(100 * min(1.0, fmt.PAGE_WIDTH_POINTS / widest))
    scales = range(largest, min(largest, math.ceil(100 * fmt.READABLE_SCALE)) - 1, -1)

    def paged(rows: tuple[int, int] | None) -> tuple[bool, int, bool, int, tuple[int, int] | None, list[int]]:
        """With `rows` repeated, at a scale where 11 pt text is still 8 pt on paper: whether a
        kept block runs over a page, the pages down, and the scale, rows and breaks."""
        titles = sum(row_points(ws, r) for r in range(rows[0], rows[1] + 1)) if rows else 0.0
        pages = {percent: _row_breaks(ws, last_row, keep, 100 * fmt.PAGE_HEIGHT_POINTS / percent, titles)
                 for percent in scales}
        scale = min(scales, key=lambda percent: (pages[percent][0], len(pages[percent][1])))  # the largest of the best
        over, breaks = pages[scale]
        return over, len(breaks), rows is None, scale, rows, breaks

    # every kept block on a page where one can be, then the fewest pages, then the title rows repeated
    _, _, _, scale, rows, breaks = min(paged(rows) for rows in ([title_rows] if title_rows else []) + [None])
    if rows:
        ws.print_title_rows = f"{rows[0]}:{rows[1]}"
    ws.row_breaks.brk = []
    ws.col_breaks.brk = []
    for row in breaks:
        ws.row_breaks.append(Break(id=row))
    for column in page_columns:
        ws.col_breaks.append(Break(id=column, max=LAST_ROW))
    ws.print_area = f"A1:{get_column_letter(last_column)}{last_row}"
    ws.sheet_properties.pageSetUpPr.fitToPage = False
    ws.page_setup.scale = scale
    ws.page_setup.pageOrder = "overThenDown"  # a block's table, then its charts


def _row_breaks(ws: Worksheet, last_row: int, keep: Sequence[tuple[int, int]], room: float,
                titles: float) -> tuple[bool, list[int]]:
    """The last row of each page but the last: rows fill a page in turn, a kept block whole; the
    pages after the first hold `titles` points less (the repeated rows). First, whether some
    page runs over (a kept block taller than a page, which the program then cuts)."""
    together = {first: last for first, last in keep}
    breaks: list[int] = []
    used, row, over = 0.0, 1, False
    while row <= last_row:
        end = together.get(row, row)
        height = sum(row_points(ws, r) for r in range(row, end + 1))
        if used and used + height > room - (titles if breaks else 0.0):
            breaks.append(row - 1)
            used = 0.0
        used += height
        over = over or used > room - (titles if breaks else 0.0)
        row = end + 1
    return over, breaks
