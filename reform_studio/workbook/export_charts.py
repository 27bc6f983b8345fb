"""Native Excel charts that point at the workbook's own sheets, so they stay live in Excel.

Each line chart draws the baseline and every reform on the same axes, one colour per
scenario throughout the workbook; the PAYG cost rate chart adds each scenario's contribution
rate as a dashed line of the same colour, which is how an actuary reads the financing gap.
Then the baseline's benefit expenditure by branch, and every scenario's in one year.
"""
from __future__ import annotations

from typing import Sequence

from openpyxl.chart import AreaChart, BarChart, Reference, ScatterChart, Series
from openpyxl.chart.data_source import StrRef
from openpyxl.chart.legend import LegendEntry
from openpyxl.chart.series import SeriesLabel
from openpyxl.chart.text import RichText, Text
from openpyxl.chart.title import Title
from openpyxl.drawing.text import CharacterProperties, Paragraph, ParagraphProperties, RegularTextRun
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook import Workbook
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from reform_studio.i18n import QT_TRANSLATE_NOOP, translate
from reform_studio.workbook import export_format as fmt
from reform_studio.workbook.export_branches import BranchSheet
from reform_studio.workbook.export_scenarios import FIRST_YEAR_COLUMN, HEADER_ROW, DataSheet

# (title, y-axis title, y-axis number format, [(indicator, dashed)]); an indicator in
# SHARE_OF_GDP is drawn from the Shares of GDP sheet, any other from the scenario sheets.
# Titles are said in the current language where drawn.
SHARE_OF_GDP = ("reserve", "basic_pension_cost")
CHARTS: tuple[tuple[str, str, str, tuple[tuple[str, bool], ...]], ...] = (
    (QT_TRANSLATE_NOOP("export_charts", "Reserve at year end, % of GDP"),
     QT_TRANSLATE_NOOP("export_charts", "% of GDP"), "0%", (("reserve", False),)),
    (QT_TRANSLATE_NOOP("export_charts", "PAYG cost rate and contribution rate (dashed)"),
     QT_TRANSLATE_NOOP("export_charts", "% of insurable wages"), "0%",
     (("payg_cost_rate", False), ("contribution_rate", True))),
    (QT_TRANSLATE_NOOP("export_charts", "Benefit expenditure, all branches, % of GDP"),
     QT_TRANSLATE_NOOP("export_charts", "% of GDP"), "0.0%", (("expenditure_to_gdp", False),)),
    (QT_TRANSLATE_NOOP("export_charts", "Replacement rate: average pension over average wage"),
     QT_TRANSLATE_NOOP("export_charts", "% of the average wage"), "0%", (("replacement_rate", False),)),
)
BASIC_PENSION_TITLE = QT_TRANSLATE_NOOP("export_charts", "Benefit expenditure and the basic pension's cost (dashed), "
                                                         "% of GDP")
BASELINE_WIDTH, REFORM_WIDTH = 28575, 19050  # 2.25 pt and 1.5 pt in EMU: the baseline stands out
# A landscape A4 page at 100 %: 16 default columns (64 px) are 27.1 cm, 33 rows of 20 px are
# 17.5 cm; a line chart spans the width and half the height, two a page, its legend on the
# right where seven long scenario names fit without squeezing the plot.
COLUMNS = 16
DEFAULT_WIDTH = 8.43  # 64 px in Excel; written out, so that LibreOffice does not take its own
WIDTH_CM, HEIGHT_CM = 27.0, 8.4
CHART_ROWS = 16
PAGE_ROWS = 1 + 2 * CHART_ROWS
HALF_WIDTH_CM = 13.4  # the branch charts, side by side
BRANCH_Y_TITLE = QT_TRANSLATE_NOOP("export_charts", "% of GDP")


def write_charts(ws: Worksheet, sheets: Sequence[DataSheet], branches: BranchSheet, currency: str,
                 year: int) -> None:
    """The brief's charts: four line charts, two a page, one line (or two) a scenario; then, where
    some branch besides old age pays, the baseline by branch and every scenario's branches in
    `year`. Printed at 100 % with a page break after each pair; the print area holds them all."""
    wb = ws.parent
    fmt.put(ws, 1, 1, translate("export_charts", "Baseline and reforms (data: the scenario sheets and the '{sheet}' "
                                                 "sheet)").format(sheet=branches.title)).font = fmt.TITLE_FONT
    for n, (title, y_title, y_format, lines) in enumerate(CHARTS):
        if lines[0][0] == "expenditure_to_gdp" and any(branches.basic_pension):
            title, lines = BASIC_PENSION_TITLE, lines + (("basic_pension_cost", True),)
        page, half = divmod(n, 2)
        ws.add_chart(_line_chart(wb, sheets, branches, _said(title), _said(y_title), y_format, lines),
                     f"A{2 + page * PAGE_ROWS + half * CHART_ROWS}")
        if n % 2 and n + 1 < len(CHARTS):
            ws.row_breaks.append(Break(id=(page + 1) * PAGE_ROWS))
    last_row = PAGE_ROWS * ((len(CHARTS) + 1) // 2)
    if len(branches.in_use) > 1:
        last_row = _branch_charts(ws, branches, year, last_row)
    fmt.set_widths(ws, {c: DEFAULT_WIDTH for c in range(1, COLUMNS + 1)})  # as Excel's default, said
    ws.print_area = f"A1:{get_column_letter(COLUMNS)}{last_row}"
    fmt.print_setup(ws)
    ws.sheet_properties.pageSetUpPr.fitToPage = False  # at 100 %: the page breaks hold in Excel too
    ws.page_setup.scale = 100


def _branch_charts(ws: Worksheet, branches: BranchSheet, year: int, after: int) -> int:
    """A page: the baseline's expenditure by branch over time (stacked areas), each scenario's
    in `year` (stacked columns) and that chart's numbers below it. Branches paying nothing in
    any scenario are left out, so both charts have the same legend and colours. Returns the
    page's last row."""
    ws.row_breaks.append(Break(id=after))
    heading = after + 1
    fmt.put(ws, heading, 1, translate("export_charts", "Benefit expenditure by branch, % of GDP (data: the '{sheet}' "
                                                       "sheet and the table below)").format(
        sheet=branches.title)).font = fmt.SUBTITLE_FONT
    ws.add_chart(_branch_area(ws.parent, branches), f"A{heading + 1}")
    table_row = heading + 2 + CHART_ROWS
    _branch_table(ws, branches, year, table_row)
    ws.add_chart(_branch_columns(ws, branches, year, table_row), f"I{heading + 1}")
    return table_row + len(branches.scenarios)


def _branch_table(ws: Worksheet, branches: BranchSheet, year: int, row: int) -> None:
    """Each scenario's branches in `year`, % of GDP: what the bar chart draws. The name takes
    five columns and each branch two, merged, so that the labels read whole."""
    data = ws.parent[branches.title]
    column = FIRST_YEAR_COLUMN + branches.table.years.index(year)
    spans = [(1, TABLE_FIRST_VALUE - 1, translate("export_charts", "{year}, % of GDP").format(year=year), None)]
    spans += [(TABLE_FIRST_VALUE + TABLE_SPAN * k, TABLE_FIRST_VALUE + TABLE_SPAN * (k + 1) - 1, b.said, b)
              for k, b in enumerate(branches.in_use)]
    for first, last, label, _ in spans:
        fmt.put(ws, row, first, label)
        ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)
    fmt.style_header(ws, row, 1, spans[-1][1])
    ws.row_dimensions[row].height = 30  # two lines: a merged cell does not grow with its text
    for n, name in enumerate(branches.scenarios, start=row + 1):
        for first, last, _, branch in spans:
            value = name if branch is None else data.cell(row=branches.row(n - row - 1, branch), column=column).value
            fmt.put(ws, n, first, value, None if branch is None else fmt.PERCENT)
            ws.merge_cells(start_row=n, start_column=first, end_row=n, end_column=last)


TABLE_FIRST_VALUE, TABLE_SPAN = 6, 2


def _branch_area(wb: Workbook, branches: BranchSheet) -> AreaChart:
    """The baseline's benefit expenditure by branch, stacked, by year."""
    chart = AreaChart()
    chart.grouping = "stacked"
    data = wb[branches.title]
    for branch in branches.in_use:
        row = branches.row(0, branch)
        series = Series(Reference(data, min_col=FIRST_YEAR_COLUMN, max_col=branches.table.last_column,
                                  min_row=row, max_row=row))
        series.tx = SeriesLabel(v=branch.said)
        _fill(series, branch.colour)
        chart.series.append(series)
    years = Reference(data, min_col=FIRST_YEAR_COLUMN, max_col=branches.table.last_column,
                      min_row=HEADER_ROW, max_row=HEADER_ROW)
    _frame(chart, translate("export_charts", "{scenario}: by branch").format(
        scenario=fmt.clean_text(branches.scenarios[0])), _said(BRANCH_Y_TITLE), "0.0%", HALF_WIDTH_CM)
    chart.set_categories(years)
    chart.x_axis.tickLblSkip = chart.x_axis.tickMarkSkip = 10 if len(branches.table.years) > 40 else 5
    chart.y_axis.scaling.min = 0
    return chart


def _branch_columns(ws: Worksheet, branches: BranchSheet, year: int, table_row: int) -> BarChart:
    """Every scenario's benefit expenditure by branch in `year`: stacked bars, from the table,
    listed top down as the table lists them, their long names level beside them."""
    chart = BarChart()
    chart.type = "bar"
    chart.grouping = "stacked"
    chart.overlap = 100
    last = table_row + len(branches.scenarios)
    for k, branch in enumerate(branches.in_use):
        column = TABLE_FIRST_VALUE + TABLE_SPAN * k
        series = Series(Reference(ws, min_col=column, max_col=column, min_row=table_row + 1, max_row=last))
        series.tx = SeriesLabel(v=branch.said)
        _fill(series, branch.colour)
        chart.series.append(series)
    _frame(chart, translate("export_charts", "Every scenario in {year}").format(year=year), _said(BRANCH_Y_TITLE),
           "0.0%", HALF_WIDTH_CM, x_title=None)
    chart.set_categories(Reference(ws, min_col=1, max_col=1, min_row=table_row + 1, max_row=last))
    chart.x_axis.scaling.orientation = "maxMin"  # the baseline on top
    chart.x_axis.tickLblPos = "nextTo"
    chart.y_axis.scaling.min = 0
    return chart


def _said(text: str) -> str:
    """A title marked above (QT_TRANSLATE_NOOP) in the current language."""
    return translate("export_charts", text)


def _fill(series: Series, colour: str) -> None:
    series.graphicalProperties.solidFill = colour
    series.graphicalProperties.line.solidFill = "FFFFFF"  # a thin white edge between layers
    series.graphicalProperties.line.width = 6350  # 0.5 pt in EMU


def _frame(chart: ScatterChart | AreaChart | BarChart, title: str, y_title: str, y_format: str,
           width: float = WIDTH_CM, x_title: str | None = QT_TRANSLATE_NOOP("export_scenarios", "Year")) -> None:
    """Title, axis titles and formats, the legend beside a full-width chart (below a half-width
    one), data in collapsed (hidden) year columns drawn too."""
    chart.title = _title(title)
    chart.width, chart.height = width, HEIGHT_CM
    chart.y_axis.title = y_title
    chart.y_axis.number_format = y_format
    chart.x_axis.title = translate("export_scenarios", x_title) if x_title else None
    chart.x_axis.tickLblPos = "low"  # below the plot even when the reserve goes negative
    chart.legend.position = "r" if width == WIDTH_CM else "b"
    chart.visible_cells_only = False  # the years between the printed ones are hidden columns
    # openpyxl >= 3.1 marks axes deleted by default; Excel then draws no axes at all.
    chart.x_axis.delete = False
    chart.y_axis.delete = False


def _line_chart(wb: Workbook, sheets: Sequence[DataSheet], branches: BranchSheet, title: str, y_title: str,
                y_format: str, lines: tuple[tuple[str, bool], ...]) -> ScatterChart:
    """Lines over a numeric year axis (a scatter chart): a label every ten years, in Excel and
    LibreOffice alike, where a category axis's label spacing is not read by every program."""
    chart = ScatterChart(scatterStyle="line")
    first = sheets[0]
    years = Reference(wb[first.title], min_col=FIRST_YEAR_COLUMN, max_col=first.table.last_column,
                      min_row=HEADER_ROW, max_row=HEADER_ROW)
    for n, sheet in enumerate(sheets):
        colour = fmt.scenario_colour(n)
        for indicator, dashed in lines:
            if indicator == "basic_pension_cost" and not branches.basic_pension[n]:
                continue  # a line at zero for every scenario without one says nothing
            if indicator in SHARE_OF_GDP:
                ws, row, table = wb[branches.title], branches.extra_row(n, indicator), branches.table
            else:
                ws, row, table = wb[sheet.title], sheet.row(indicator), sheet.table
            series = Series(Reference(ws, min_col=FIRST_YEAR_COLUMN, max_col=table.last_column,
                                      min_row=row, max_row=row), xvalues=years)
            series.tx = _label(sheet, dashed, indicator)
            series.smooth = False
            series.marker.symbol = "none"
            series.graphicalProperties.line.solidFill = colour
            series.graphicalProperties.line.width = BASELINE_WIDTH if n == 0 else REFORM_WIDTH
            if dashed:
                series.graphicalProperties.line.dashStyle = "dash"
                # the title says what dashed means; one legend entry per scenario is enough
                chart.legend.legendEntry.append(LegendEntry(idx=len(chart.series), delete=True))
            chart.series.append(series)
    _frame(chart, title, y_title, y_format)
    chart.x_axis.scaling.min, chart.x_axis.scaling.max = first.table.years[0], first.table.years[-1]
    chart.x_axis.majorUnit = 10 if len(first.table.years) > 40 else 5
    chart.x_axis.number_format = "0"
    return chart


def _title(text: str) -> Title:
    """A 12 pt bold title: Excel's default 18 pt wraps our titles at this chart size."""
    font = CharacterProperties(sz=1200, b=True)
    paragraph = Paragraph(pPr=ParagraphProperties(defRPr=font), r=[RegularTextRun(rPr=font, t=text)])
    return Title(tx=Text(rich=RichText(p=[paragraph])), overlay=False)


def _label(sheet: DataSheet, dashed: bool, indicator: str) -> SeriesLabel:
    """The series name: the scenario name cell of its sheet (the dashed twin is not in the legend)."""
    if dashed:
        return SeriesLabel(v=fmt.label(indicator).lower())
    return SeriesLabel(strRef=StrRef(f"{quote_sheetname(sheet.title)}!{sheet.name_cell}"))
