"""The comparison workbook's Sensitivity sheet: the valuation report's table of each assumption
varied alone, for every scenario, and a native bar chart of the GAP's swing (a tornado)."""
from __future__ import annotations

from typing import Callable

from openpyxl.chart import BarChart, Reference, Series
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from reform_studio.engine.sensitivity import SIDES, Figures, Sensitivity
from reform_studio.workbook import export_format as fmt

TITLE = "Sensitivity"
PP_CHANGE = '+0.00" pp";-0.00" pp";0.00" pp"'
CHART_ROWS = 18  # rows a chart takes at the default row height


def _figures_row(ws: Worksheet, row: int, label: str, setting: str, figures: Figures, central: Figures) -> None:
    gap_change = None if figures.gap is None or central.gap is None else 100 * (figures.gap - central.gap)
    values = [(label, None), (setting, None), (figures.gap, fmt.INPUT_PERCENT), (gap_change, PP_CHANGE),
              (figures.depletion_year if figures.depletion_year is not None else "none", fmt.WHOLE)]
    values += [(v, fmt.PERCENT) for v in figures.payg_cost_rate.values()]
    values += [(v, fmt.RATIO) for v in figures.reserve_ratio.values()]
    for column, (value, number_format) in enumerate(values, start=1):
        fmt.put(ws, row, column, value, number_format)


def _tornado(ws: Worksheet, result: Sensitivity, scenario: int, row: int, column: int) -> int:
    """The GAP change of each test, sorted by swing, and its bar chart beside; the last row used."""
    central = result.central[scenario].gap
    header = ["Assumption", "Low (pp of GAP)", "High (pp of GAP)"]
    for k, text in enumerate(header):
        fmt.put(ws, row, column + k, text)
    fmt.style_header(ws, row, column, column + 2)
    ws.row_dimensions[row].height = 30  # two lines of header
    rows = result.swings(scenario, "gap")
    for n, (test, low, high) in enumerate(rows, start=1):
        fmt.put(ws, row + n, column, f"{test.label} ({test.setting('low')} / {test.setting('high')})")
        for k, value in enumerate((low, high), start=1):
            change = None if value is None or central is None else 100 * (value - central)
            fmt.put(ws, row + n, column + k, change, PP_CHANGE)
    chart = BarChart()
    chart.type = "bar"  # horizontal: the widest swing on top
    chart.grouping = "clustered"
    chart.overlap = 100
    chart.title = f"{result.names[scenario]}: change of the GAP"
    chart.y_axis.title = "percentage points of the GAP"
    chart.y_axis.number_format = "0.0"
    chart.x_axis.scaling.orientation = "maxMin"  # the first row (largest swing) at the top
    chart.x_axis.tickLblPos = "low"
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.legend.position = "b"
    for k, colour in ((1, "9DC3E6"), (2, "1F4E79")):
        series = Series(Reference(ws, min_col=column + k, min_row=row + 1, max_row=row + len(rows)),
                        title=header[k])
        series.graphicalProperties.solidFill = colour
        chart.series.append(series)
    chart.set_categories(Reference(ws, min_col=column, min_row=row + 1, max_row=row + len(rows)))
    chart.width, chart.height = 16, 8
    ws.add_chart(chart, f"{get_column_letter(column + 4)}{row}")
    return row + max(len(rows), CHART_ROWS)


def write_sensitivity(ws: Worksheet, result: Sensitivity) -> None:
    """Fill the sheet: per scenario a block of central and varied figures, and its tornado."""
    fmt.put(ws, 1, 1, "Sensitivity tests").font = fmt.TITLE_FONT
    fmt.put(ws, 2, 1, "Each assumption varied alone, low and high, the others as in the workbook; the "
                      "same variant for the baseline and every reform. Shifts in percentage points (pt) are "
                      "added in every year; factors (×) multiply the path.").font = fmt.NOTE_FONT
    years = list(result.central[0].payg_cost_rate)
    header = ["Assumption", "Setting", "GAP", "GAP change", "Reserve depleted in"]
    header += [f"PAYG cost rate {y}" for y in years] + [f"Reserve ratio {y} (years)" for y in years]
    row = 4
    for n, name in enumerate(result.names):
        fmt.put(ws, row, 1, name).font = fmt.SUBTITLE_FONT
        row += 1
        first = row
        for k, text in enumerate(header, start=1):
            fmt.put(ws, row, k, text)
        fmt.style_header(ws, row, 1, len(header))
        central = result.central[n]
        _figures_row(ws, row + 1, "central", "as in the workbook", central, central)
        row += 2
        for test, figures in zip(result.tests, result.varied):
            for k, side in enumerate(SIDES):
                _figures_row(ws, row, test.label, test.setting(side), figures[k][n], central)
                row += 1
        end = _tornado(ws, result, n, first, len(header) + 2)
        row = max(row, end + 1) + 1
    widths = {1: 22, 2: 20, 3: 9, 4: 11, 5: 11}
    widths.update({k: 11 for k in range(6, len(header) + 1)})
    widths.update({len(header) + 2: 44, len(header) + 3: 12, len(header) + 4: 12})
    fmt.set_widths(ws, widths)
    ws.freeze_panes = "A4"


def sheet_writer(result: Sensitivity) -> Callable[[Worksheet], None]:
    """The appendix writer `write_comparison(..., appendices=[(TITLE, writer)])` takes."""
    return lambda ws: write_sensitivity(ws, result)
