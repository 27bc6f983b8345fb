"""The comparison workbook's Stochastic sheet: for each scenario, percentiles by year of the
reserve ratio, the PAYG cost rate and the reserve as % of GDP, the probability that the
reserve has run out, the GAP's distribution, and native charts of the fan and the probability.

Its words are the fan chart's (catalogue context `fan_chart`) where the window has them."""
from __future__ import annotations

from collections.abc import Callable

from openpyxl.chart import LineChart, Reference, Series
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from reform_studio.engine.assumptions import LABELS as ASSUMPTION_LABELS
from reform_studio.engine.stochastic import PERCENTILES, REPORTED, Fan, Stochastic
from reform_studio.i18n import QT_TRANSLATE_NOOP, translate
from reform_studio.i18n.assumptions import label
from reform_studio.i18n.numbers import number, written
from reform_studio.report import scenario_name
from reform_studio.workbook import export_format as fmt
from reform_studio.workbook.export_wrap import fit_row, fit_width
from reform_studio.workbook.print_pages import chart_cells, print_in_pages

CONTEXT = "export_stochastic"
TITLE = QT_TRANSLATE_NOOP("export_stochastic", "Stochastic")
# indicator -> (name, unit, number format); name and unit are the fan chart's words
LABELS = {"reserve_ratio": (QT_TRANSLATE_NOOP("fan_chart", "Reserve ratio"),
                            QT_TRANSLATE_NOOP("fan_chart", "years of spending"), fmt.RATIO),
          "payg_cost_rate": (QT_TRANSLATE_NOOP("fan_chart", "PAYG cost rate"),
                             QT_TRANSLATE_NOOP("fan_chart", "% of the wage bill"), fmt.PERCENT),
          "reserve_to_gdp": (QT_TRANSLATE_NOOP("fan_chart", "Reserve"), QT_TRANSLATE_NOOP("fan_chart", "% of GDP"),
                             fmt.PERCENT)}
BAND_COLOURS = {5: "9DC3E6", 25: "2E75B6", 50: "1F1F1F", 75: "2E75B6", 95: "9DC3E6"}
CHART_COLUMNS = 9  # columns a chart spans


def _chart(ws: Worksheet, title: str, y_title: str, y_format: str, first_row: int, last_row: int,
           columns: list[tuple[int, str, str, bool]]) -> LineChart:
    """Lines for `(column, name, colour, thick)` against the years in column A."""
    chart = LineChart()
    chart.title = title
    chart.y_axis.title = y_title
    chart.y_axis.number_format = y_format
    chart.x_axis.title = translate("export_stochastic", "Year")
    chart.x_axis.tickLblPos = "low"
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.legend.position = "b"
    chart.width, chart.height = 16, 8
    for column, name, colour, thick in columns:
        series = Series(Reference(ws, min_col=column, min_row=first_row, max_row=last_row), title=name)
        series.smooth = False
        series.marker.symbol = "none"
        series.graphicalProperties.line.solidFill = colour
        series.graphicalProperties.line.width = 28575 if thick else 12700
        chart.series.append(series)
    chart.set_categories(Reference(ws, min_col=1, min_row=first_row, max_row=last_row))
    span = last_row - first_row + 1
    chart.x_axis.tickLblSkip = chart.x_axis.tickMarkSkip = 10 if span > 40 else 5
    return chart


def _titles() -> list[str]:
    """The headers of a scenario's table by year."""
    titles = [translate("export_stochastic", "Year")]
    for indicator in REPORTED:
        said, unit = (translate("fan_chart", text) for text in LABELS[indicator][:2])
        titles += [f"{said} ({unit}) p{p}" for p in PERCENTILES]
        titles.append(translate("export_stochastic", "{name} deterministic").format(name=said))
    titles.append(translate("export_stochastic", "Probability the reserve has run out"))
    return titles


def _block(ws: Worksheet, fan: Fan, row: int, titles: list[str], widths: dict[int, float]) -> int:
    """One scenario's tables and charts from `row`; the next free row."""
    name = scenario_name(fan.name)
    fmt.put(ws, row, 1, name).font = fmt.SUBTITLE_FONT
    gap_row = row + 1
    fmt.put(ws, gap_row, 1, translate("tornado", "GAP"))
    for k, p in enumerate(PERCENTILES):
        fmt.put(ws, gap_row, 2 + 2 * k, f"p{p}")
        fmt.put(ws, gap_row, 3 + 2 * k, fan.gap[k], fmt.INPUT_PERCENT)
    fmt.put(ws, gap_row, 2 + 2 * len(PERCENTILES), translate("export_stochastic", "mean"))
    fmt.put(ws, gap_row, 3 + 2 * len(PERCENTILES), fan.gap_mean, fmt.INPUT_PERCENT)
    header = gap_row + 1
    for column, text in enumerate(titles, start=1):
        fmt.put(ws, header, column, text)
    fmt.style_header(ws, header, 1, len(titles))
    fit_row(ws, header, widths, least=3)  # the titles wrap on three lines or more
    first = header + 1
    for t, year in enumerate(fan.years):
        r = first + t
        fmt.put(ws, r, 1, int(year), fmt.WHOLE)
        column = 2
        for indicator in REPORTED:
            number_format = LABELS[indicator][2]
            for k in range(len(PERCENTILES)):
                fmt.put(ws, r, column, fan.percentiles[indicator][k, t], number_format)
                column += 1
            fmt.put(ws, r, column, fan.deterministic[indicator][t], number_format)
            column += 1
        fmt.put(ws, r, column, fan.probability_depleted[t], fmt.PERCENT)
    last = first + len(fan.years) - 1
    anchor = len(titles) + 2
    median = translate("export_stochastic", "median")
    ratio_columns = [(2 + k, median if p == 50 else f"p{p}", BAND_COLOURS[p], p == 50)
                     for k, p in enumerate(PERCENTILES)]
    ws.add_chart(_chart(ws, translate("export_stochastic", "{name}: reserve ratio, percentiles").format(name=name),
                        translate("fan_chart", "years of spending"), "0.0", first, last, ratio_columns),
                 f"{get_column_letter(anchor)}{first}")  # below the header, which each printed page repeats
    ws.add_chart(_chart(ws, translate("export_stochastic", "{name}: probability the reserve has run out").format(
                            name=name),
                        translate("export_stochastic", "share of paths"), "0%", first, last,
                        [(len(titles), translate("export_stochastic", "probability"), "C00000", False)]),
                 f"{get_column_letter(anchor)}{first + 17}")
    return last + 3


def _settings(result: Stochastic) -> str:
    """'inflation sd 1.5 pt, autocorrelation 0.6; ...': the volatility of each rate drawn."""
    vol = result.volatility
    said = [translate("export_stochastic", "{rate} sd {sd} pt, autocorrelation {autocorrelation}").format(
        rate=label(ASSUMPTION_LABELS[rate]), sd=number(100 * vol.sd[rate], 1),
        autocorrelation=written(f"{vol.autocorrelation[rate]:g}")) for rate in vol.sd]
    return translate("export_stochastic", "; ", "between two rates' settings").join(said)


def write_stochastic(ws: Worksheet, result: Stochastic) -> None:
    ws.title = translate(CONTEXT, TITLE)  # whoever made the sheet named it in English
    fmt.put(ws, 1, 1, translate("export_stochastic", "Stochastic projections")).font = fmt.TITLE_FONT
    note = translate("export_stochastic", "{paths} economic paths (seed {seed}), the same for every "
                                          "scenario: {settings}. Percentiles over the paths in each year; "
                                          "'run out' = the reserve was negative at the end of that year or "
                                          "an earlier one.").format(
        paths=number(result.paths), seed=result.seed, settings=_settings(result))
    titles = _titles()
    widths = {1: 8, **{k: fit_width([text], 11) for k, text in enumerate(titles[1:], start=2)}}
    fmt.set_widths(ws, widths)
    row = 4
    for fan in result.fans:
        row = _block(ws, fan, row, titles, widths)
    ws.freeze_panes = "B4"
    _print(ws, note, widths)


def _print(ws: Worksheet, note: str, widths: dict[int, float]) -> None:
    """Two pages across: the year, the reserve ratio and the PAYG cost rate; then the reserve as %
    of GDP, the probability and the charts, the year repeated. A scenario's name, GAP, header and
    charts on one page; the header repeated on the pages after (every scenario's is the same)."""
    first_page = 1 + 2 * (len(PERCENTILES) + 1)
    # wrapped over the first page's columns, not cut at its edge
    fmt.note_row(ws, 2, note, first_page, lines=1 + int(len(note) / sum(widths[k] for k in range(1, first_page + 1))))
    charts = [chart_cells(ws, chart) for chart in ws._charts]
    header = charts[0][1] - 1  # a block: its name, its GAP, its header, then the years the charts start beside
    keep = [(ratio[1] - 3, probability[3]) for ratio, probability in zip(charts[::2], charts[1::2])]
    print_in_pages(ws, [first_page], keep, title_rows=(header, header), title_column=True)


def sheet_writer(result: Stochastic) -> Callable[[Worksheet], None]:
    """The appendix writer `write_comparison(..., appendices=[(TITLE, writer)])` takes."""
    return lambda ws: write_stochastic(ws, result)
