"""The comparison workbook's Sensitivity sheet: the valuation report's table of each assumption
varied alone, for every scenario, and a native bar chart of the GAP's swing (a tornado).

Its words are the window's where the window has them: the assumptions' labels (catalogue
context `assumptions`), the indicators' names (`tornado`), the baseline's name (`report`);
settings are written with the language's decimal sign ('+1,0 pt', '×0,85')."""
from __future__ import annotations

from collections.abc import Callable

from openpyxl.chart import BarChart, Reference, Series
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from reform_studio.engine.sensitivity import SIDES, AssumptionTest, Figures, Sensitivity
from reform_studio.i18n import QT_TRANSLATE_NOOP, translate
from reform_studio.i18n.assumptions import label, setting
from reform_studio.report import scenario_name
from reform_studio.workbook import export_format as fmt
from reform_studio.workbook.export_wrap import fit_row
from reform_studio.workbook.print_pages import print_in_pages

CONTEXT = "export_sensitivity"
TITLE = QT_TRANSLATE_NOOP("export_sensitivity", "Sensitivity")
CHART_ROWS = 18  # rows a chart takes at the default row height


def pp_change() -> str:
    """A change of the GAP in percentage points, the unit as the language abbreviates it."""
    unit = translate("formatters", "pp")
    return f'+0.00" {unit}";-0.00" {unit}";0.00" {unit}"'


def _figures_row(ws: Worksheet, row: int, name: str, said: str, figures: Figures, central: Figures) -> None:
    gap_change = None if figures.gap is None or central.gap is None else 100 * (figures.gap - central.gap)
    none = translate("export_sensitivity", "none", "no year of depletion")
    values = [(name, None), (said, None), (figures.gap, fmt.INPUT_PERCENT), (gap_change, pp_change()),
              (figures.depletion_year if figures.depletion_year is not None else none, fmt.WHOLE)]
    values += [(v, fmt.PERCENT) for v in figures.payg_cost_rate.values()]
    values += [(v, fmt.RATIO) for v in figures.reserve_ratio.values()]
    for column, (value, number_format) in enumerate(values, start=1):
        fmt.put(ws, row, column, value, number_format)


def _test_label(test: AssumptionTest) -> str:
    """'real wage growth (-1.0 pt / +1.0 pt)': a tornado bar's name."""
    return f"{label(test.label)} ({setting(test, 'low')} / {setting(test, 'high')})"


def _tornado(ws: Worksheet, result: Sensitivity, scenario: int, row: int, column: int) -> int:
    """The GAP change of each test, sorted by swing, and its bar chart beside; the last row used."""
    central = result.central[scenario].gap
    header = [translate("export_sensitivity", "Assumption"), translate("export_sensitivity", "Low (pp of GAP)"),
              translate("export_sensitivity", "High (pp of GAP)")]
    for k, text in enumerate(header):
        fmt.put(ws, row, column + k, text)
    fmt.style_header(ws, row, column, column + 2)
    rows = result.swings(scenario, "gap")
    for n, (test, low, high) in enumerate(rows, start=1):
        fmt.put(ws, row + n, column, _test_label(test))
        for k, value in enumerate((low, high), start=1):
            change = None if value is None or central is None else 100 * (value - central)
            fmt.put(ws, row + n, column + k, change, pp_change())
    chart = BarChart()
    chart.type = "bar"  # horizontal: the widest swing on top
    chart.grouping = "clustered"
    chart.overlap = 100
    chart.title = translate("export_sensitivity", "{name}: change of the GAP").format(
        name=scenario_name(result.names[scenario]))
    chart.y_axis.title = translate("export_sensitivity", "percentage points of the GAP")
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
    ws.title = translate(CONTEXT, TITLE)  # whoever made the sheet named it in English
    fmt.put(ws, 1, 1, translate("export_sensitivity", "Sensitivity tests")).font = fmt.TITLE_FONT
    note = translate("export_sensitivity", "Each assumption varied alone, low and high, the others as in the workbook; "
                                           "the same variant for the baseline and every reform. Shifts in percentage "
                                           "points (pt) are added in every year; factors (×) multiply the path.")
    years = list(result.central[0].payg_cost_rate)
    header = [translate("export_sensitivity", "Assumption"), translate("export_sensitivity", "Setting"),
              translate("tornado", "GAP"), translate("export_sensitivity", "GAP change"),
              translate("export_sensitivity", "Reserve depleted in")]
    header += [translate("export_sensitivity", "PAYG cost rate {year}").format(year=y) for y in years]
    header += [translate("export_sensitivity", "Reserve ratio {year} (years)").format(year=y) for y in years]
    central_words = (translate("export_sensitivity", "central"), translate("assumptions", "as in the workbook"))
    row = 4
    header_rows = []
    blocks = []  # (first, last) row of each scenario's block: printed on one page
    for n, name in enumerate(result.names):
        start = row
        fmt.put(ws, row, 1, scenario_name(name)).font = fmt.SUBTITLE_FONT
        row += 1
        first = row
        header_rows.append(first)
        for k, text in enumerate(header, start=1):
            fmt.put(ws, row, k, text)
        fmt.style_header(ws, row, 1, len(header))
        central = result.central[n]
        _figures_row(ws, row + 1, *central_words, central, central)
        row += 2
        for test, figures in zip(result.tests, result.varied):
            for k, side in enumerate(SIDES):
                _figures_row(ws, row, label(test.label), setting(test, side), figures[k][n], central)
                row += 1
        end = _tornado(ws, result, n, first, len(header) + 2)
        row = max(row, end + 1) + 1
        blocks.append((start, row - 1))
    # the words' columns grow to the longest word (French and Spanish run longer), never narrower than English
    longest = max(len(label(test.label)) for test in result.tests)
    widths = {1: max(22, longest + 2), 2: max(20, len(central_words[1]) + 2), 3: 9, 4: 11, 5: 11}
    widths.update({k: 11 for k in range(6, len(header) + 1)})
    tornado_label = max(len(_test_label(test)) for test in result.tests)
    widths.update({len(header) + 2: max(44, tornado_label + 2), len(header) + 3: 12, len(header) + 4: 12})
    fmt.set_widths(ws, widths)
    for header_row in header_rows:  # the table's and the tornado's headers share the row
        fit_row(ws, header_row, widths)
    # wrapped over the table's page, not cut at its edge
    fmt.note_row(ws, 2, note, len(header), lines=1 + int(len(note) / sum(widths[k] for k in range(1, len(header) + 1))))
    ws.freeze_panes = "A4"
    # the figures on one page, the tornado (its table and chart) on the next
    print_in_pages(ws, [len(header) + 1], blocks)


def sheet_writer(result: Sensitivity) -> Callable[[Worksheet], None]:
    """The appendix writer `write_comparison(..., appendices=[(TITLE, writer)])` takes."""
    return lambda ws: write_sensitivity(ws, result)
