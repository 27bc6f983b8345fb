"""Native Excel line charts that point at the scenario sheets, so they stay live in Excel.

Each chart draws the baseline and every reform on the same axes, one colour per scenario
throughout the workbook; the PAYG cost rate chart adds each scenario's contribution rate
as a dashed line of the same colour, which is how an actuary reads the financing gap.
"""
from __future__ import annotations

from typing import Sequence

from openpyxl.chart import LineChart, Reference, Series
from openpyxl.chart.data_source import StrRef
from openpyxl.chart.legend import LegendEntry
from openpyxl.chart.series import SeriesLabel
from openpyxl.chart.text import RichText, Text
from openpyxl.chart.title import Title
from openpyxl.drawing.text import CharacterProperties, Paragraph, ParagraphProperties, RegularTextRun
from openpyxl.utils import quote_sheetname
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from reform_studio.workbook import export_format as fmt
from reform_studio.workbook.export_scenarios import DataSheet

PALETTE = ("1F4E79", "C0504D", "2E8B57", "E08A1E", "7B4F9E", "2AA5B8", "8C564B", "D4588E")
# (title, y-axis title, y-axis number format, [(indicator, dashed)])
CHARTS: tuple[tuple[str, str, str, tuple[tuple[str, bool], ...]], ...] = (
    ("Reserve at year end", "billion {currency}", "#,##0,,,", (("reserve", False),)),
    ("PAYG cost rate and contribution rate (dashed)", "% of wage bill", "0%",
     (("payg_cost_rate", False), ("contribution_rate", True))),
    ("System dependency ratio", "pensioners per contributor", "0%", (("system_dependency_ratio", False),)),
    ("Pension expenditure", "% of GDP", "0.0%", (("expenditure_to_gdp", False),)),
)
WIDTH_CM, HEIGHT_CM = 16.5, 9.0
ANCHORS = ("A3", "I3", "A21", "I21")  # 8 default columns and 18 rows are just over one chart


def write_charts(ws: Worksheet, sheets: Sequence[DataSheet], currency: str) -> None:
    """Four charts in a 2 x 2 grid on `ws`, each with one line (or two) per scenario."""
    wb = ws.parent
    fmt.put(ws, 1, 1, "Baseline and reforms (data: the scenario sheets)").font = fmt.TITLE_FONT
    for (title, y_title, y_format, lines), anchor in zip(CHARTS, ANCHORS):
        chart = _line_chart(wb, sheets, title, y_title.format(currency=currency or "currency"), y_format, lines)
        ws.add_chart(chart, anchor)
    fmt.print_setup(ws)


def _line_chart(wb: Workbook, sheets: Sequence[DataSheet], title: str, y_title: str, y_format: str,
                lines: tuple[tuple[str, bool], ...]) -> LineChart:
    chart = LineChart()
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
    for n, sheet in enumerate(sheets):
        ws = wb[sheet.title]
        colour = PALETTE[n % len(PALETTE)]
        for indicator, dashed in lines:
            column = sheet.column(indicator)
            values = Reference(ws, min_col=column, max_col=column, min_row=sheet.first_row, max_row=sheet.last_row)
            series = Series(values)
            series.tx = _label(sheet, dashed)
            series.smooth = False
            series.marker.symbol = "none"
            series.graphicalProperties.line.solidFill = colour
            series.graphicalProperties.line.width = 19050  # 1.5 pt in EMU
            if dashed:
                series.graphicalProperties.line.dashStyle = "dash"
                # the title says what dashed means; one legend entry per scenario is enough
                chart.legend.legendEntry.append(LegendEntry(idx=len(chart.series), delete=True))
            chart.series.append(series)
    first = sheets[0]
    years = Reference(wb[first.title], min_col=1, max_col=1, min_row=first.first_row, max_row=first.last_row)
    chart.set_categories(years)
    span = first.last_row - first.first_row + 1
    chart.x_axis.tickLblSkip = 10 if span > 40 else 5
    chart.x_axis.tickMarkSkip = chart.x_axis.tickLblSkip
    return chart


def _title(text: str) -> Title:
    """A 12 pt bold title: Excel's default 18 pt wraps our titles at this chart size."""
    font = CharacterProperties(sz=1200, b=True)
    paragraph = Paragraph(pPr=ParagraphProperties(defRPr=font), r=[RegularTextRun(rPr=font, t=text)])
    return Title(tx=Text(rich=RichText(p=[paragraph])), overlay=False)


def _label(sheet: DataSheet, dashed: bool) -> SeriesLabel:
    """The series name: the scenario name cell of its sheet (the dashed twin is not in the legend)."""
    if dashed:
        return SeriesLabel(v="contribution rate")
    return SeriesLabel(strRef=StrRef(f"{quote_sheetname(sheet.title)}!{sheet.name_cell}"))
