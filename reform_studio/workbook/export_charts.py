"""Native Excel charts that point at the workbook's own sheets, so they stay live in Excel.

Each line chart draws the baseline and every reform on the same axes, one colour per
scenario throughout the workbook; the PAYG cost rate chart adds each scenario's contribution
rate as a dashed line of the same colour, which is how an actuary reads the financing gap.
Below them, one stacked area chart per scenario splits benefit expenditure by branch.
"""
from __future__ import annotations

import math
from typing import Sequence

from openpyxl.chart import AreaChart, LineChart, Reference, Series
from openpyxl.chart.data_source import StrRef
from openpyxl.chart.legend import LegendEntry
from openpyxl.chart.series import SeriesLabel
from openpyxl.chart.text import RichText, Text
from openpyxl.chart.title import Title
from openpyxl.drawing.text import CharacterProperties, Paragraph, ParagraphProperties, RegularTextRun
from openpyxl.utils import quote_sheetname
from openpyxl.workbook import Workbook
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from reform_studio.workbook import export_format as fmt
from reform_studio.workbook.export_branches import BranchSheet
from reform_studio.workbook.export_scenarios import DataSheet

# (title, y-axis title, y-axis number format, [(indicator, dashed)]); an indicator in
# SHARE_OF_GDP is drawn from the Shares of GDP sheet, any other from the scenario sheets.
SHARE_OF_GDP = ("reserve", "basic_pension_cost")
CHARTS: tuple[tuple[str, str, str, tuple[tuple[str, bool], ...]], ...] = (
    ("Reserve at year end, % of GDP", "% of GDP", "0%", (("reserve", False),)),
    ("PAYG cost rate and contribution rate (dashed)", "% of insurable wages", "0%",
     (("payg_cost_rate", False), ("contribution_rate", True))),
    ("Benefit expenditure, all branches, % of GDP", "% of GDP", "0.0%", (("expenditure_to_gdp", False),)),
    ("Replacement rate: average pension over average wage", "% of the average wage", "0%",
     (("replacement_rate", False),)),
)
BASIC_PENSION_TITLE = "Benefit expenditure and the basic pension's cost (dashed), % of GDP"
BASELINE_WIDTH, REFORM_WIDTH = 28575, 19050  # 2.25 pt and 1.5 pt in EMU: the baseline stands out
WIDTH_CM, HEIGHT_CM = 16.5, 9.0
ANCHORS = ("A3", "I3", "A21", "I21")  # 8 default columns and 18 rows are just over one chart
CHART_ROWS = 18  # rows one chart takes, with a small gap
BRANCH_HEADING_ROW = 39  # the branch charts start on a new page, two rows of two per page
BRANCH_Y_TITLE = "% of GDP"


def write_charts(ws: Worksheet, sheets: Sequence[DataSheet], branches: BranchSheet, currency: str) -> None:
    """Four line charts in a 2 x 2 grid, one line (or two) per scenario; then the branch charts."""
    wb = ws.parent
    fmt.put(ws, 1, 1, "Baseline and reforms (data: the scenario sheets and the "
                      f"'{branches.title}' sheet)").font = fmt.TITLE_FONT
    for (title, y_title, y_format, lines), anchor in zip(CHARTS, ANCHORS):
        if lines[0][0] == "expenditure_to_gdp" and any(branches.basic_pension):
            title, lines = BASIC_PENSION_TITLE, lines + (("basic_pension_cost", True),)
        chart = _line_chart(wb, sheets, branches, title, y_title.format(currency=currency or "currency"),
                            y_format, lines)
        ws.add_chart(chart, anchor)
    if len(branches.in_use) > 1:
        _branch_charts(ws, branches)
    fmt.print_setup(ws)


def _branch_charts(ws: Worksheet, branches: BranchSheet) -> None:
    """One stacked area chart per scenario, on one scale so that their heights compare.

    Drawn only where a branch besides old age pays anything: otherwise the stack is the
    'Benefit expenditure' line above. Branches paying nothing in any scenario are left out,
    so every chart has the same legend and colours.
    """
    ws.row_breaks.append(Break(id=BRANCH_HEADING_ROW - 1))
    fmt.put(ws, BRANCH_HEADING_ROW, 1, "Benefit expenditure by branch, % of GDP (data: the "
                                       f"'{branches.title}' sheet; the same scale in every chart)").font = fmt.SUBTITLE_FONT
    top = _nice_ceiling(branches.highest)
    for n in range(len(branches.scenarios)):
        chart_row, side = divmod(n, 2)
        row = BRANCH_HEADING_ROW + 1 + CHART_ROWS * chart_row
        if chart_row and chart_row % 2 == 0:
            ws.row_breaks.append(Break(id=row - 1))
        ws.add_chart(_branch_chart(ws.parent, branches, n, top), f"{ANCHORS[side][0]}{row}")


def _branch_chart(wb: Workbook, branches: BranchSheet, scenario: int, top: float | None) -> AreaChart:
    chart = AreaChart()
    chart.grouping = "stacked"
    data = wb[branches.title]
    for branch in branches.in_use:
        column = branches.column(scenario, branch)
        series = Series(Reference(data, min_col=column, max_col=column,
                                  min_row=branches.first_row, max_row=branches.last_row))
        series.tx = SeriesLabel(v=branch.label)
        series.graphicalProperties.solidFill = branch.colour
        series.graphicalProperties.line.solidFill = "FFFFFF"  # a thin white edge between layers
        series.graphicalProperties.line.width = 6350  # 0.5 pt in EMU
        chart.series.append(series)
    years = Reference(data, min_col=1, max_col=1, min_row=branches.first_row, max_row=branches.last_row)
    _axes(chart, fmt.clean_text(branches.scenarios[scenario][0]), BRANCH_Y_TITLE, "0.0%", years)
    chart.y_axis.scaling.min = 0
    if top is not None:
        chart.y_axis.scaling.max = top
    return chart


def _nice_ceiling(x: float) -> float | None:
    """The smallest of 1, 2, 2.5, 5 or 10 times a power of ten at or above `x` (None for 0)."""
    if not x > 0 or not math.isfinite(x):
        return None
    magnitude = 10.0 ** math.floor(math.log10(x))
    return next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= x * (1 - 1e-12))


def _axes(chart: LineChart | AreaChart, title: str, y_title: str, y_format: str, years: Reference) -> None:
    """Title, axis titles and formats, legend below, a year label every 5 or 10 years."""
    chart.title = _title(title)
    chart.width, chart.height = WIDTH_CM, HEIGHT_CM
    chart.y_axis.title = y_title
    chart.y_axis.number_format = y_format
    chart.x_axis.title = "Year"
    chart.x_axis.tickLblPos = "low"  # below the plot even when the reserve goes negative
    chart.legend.position = "b"
    # openpyxl >= 3.1 marks axes deleted by default; Excel then draws no axes at all.
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.set_categories(years)
    span = years.max_row - years.min_row + 1
    chart.x_axis.tickLblSkip = 10 if span > 40 else 5
    chart.x_axis.tickMarkSkip = chart.x_axis.tickLblSkip


def _line_chart(wb: Workbook, sheets: Sequence[DataSheet], branches: BranchSheet, title: str, y_title: str,
                y_format: str, lines: tuple[tuple[str, bool], ...]) -> LineChart:
    chart = LineChart()
    for n, sheet in enumerate(sheets):
        colour = fmt.scenario_colour(n)
        for indicator, dashed in lines:
            if indicator == "basic_pension_cost" and not branches.basic_pension[n]:
                continue  # a line at zero for every scenario without one says nothing
            if indicator in SHARE_OF_GDP:
                ws, column = wb[branches.title], branches.extra_column(n, indicator)
                first, last = branches.first_row, branches.last_row
            else:
                ws, column = wb[sheet.title], sheet.column(indicator)
                first, last = sheet.first_row, sheet.last_row
            values = Reference(ws, min_col=column, max_col=column, min_row=first, max_row=last)
            series = Series(values)
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
    first = sheets[0]
    years = Reference(wb[first.title], min_col=1, max_col=1, min_row=first.first_row, max_row=first.last_row)
    _axes(chart, title, y_title, y_format, years)
    return chart


def _title(text: str) -> Title:
    """A 12 pt bold title: Excel's default 18 pt wraps our titles at this chart size."""
    font = CharacterProperties(sz=1200, b=True)
    paragraph = Paragraph(pPr=ParagraphProperties(defRPr=font), r=[RegularTextRun(rPr=font, t=text)])
    return Title(tx=Text(rich=RichText(p=[paragraph])), overlay=False)


def _label(sheet: DataSheet, dashed: bool, indicator: str = "") -> SeriesLabel:
    """The series name: the scenario name cell of its sheet (the dashed twin is not in the legend)."""
    if dashed:
        return SeriesLabel(v=fmt.label(indicator).lower() if indicator else "contribution rate")
    return SeriesLabel(strRef=StrRef(f"{quote_sheetname(sheet.title)}!{sheet.name_cell}"))
