"""The by-year sheets: one per scenario with every indicator, and the grouped ones (Differences).

Years run across and indicators down, as in an actuarial report's annex: a scenario fits one
printed page. Every year is in the sheet, but only the printed years show (the base year,
every fifth then every tenth year, the milestones, the last year and the year the reserve
runs out); the others are collapsed column groups that a click on '+' opens. Numbers are
written as they come out of the engine (fractions stay fractions, shown with a % format),
so that whoever re-reads the workbook gets the projection's own values.
"""
from __future__ import annotations

import math
from copy import copy
from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from reform_studio.engine.reform import Reform
from reform_studio.engine.results import INDICATORS, Projection
from reform_studio.i18n import QT_TRANSLATE_NOOP, translate
from reform_studio.workbook import export_format as fmt

HEADER_ROW = 3
FIRST_YEAR_COLUMN = 2
DIFFERENCE_INDICATORS = ("reserve", "reserve_ratio", "payg_cost_rate", "contribution_rate",
                         "replacement_rate", "system_dependency_ratio", "expenditure_to_gdp")
# A scenario sheet's indicators under the headings an actuary reads them by (each once);
# the headings are said in the current language where written.
THEMES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("export_scenarios", "Population and members"), (
        "population", "population_65_plus", "old_age_dependency_ratio", "employed",
                                "contributors", "pensioners", "system_dependency_ratio")),
    (QT_TRANSLATE_NOOP("export_scenarios", "Wages, rules and pensions"), (
        "average_wage", "average_insurable_wage", "wage_bill", "contribution_rate",
                                   "pensionable_age_male", "pensionable_age_female", "average_pension",
                                   "replacement_rate", "new_pensioners", "share_qualifying",
                                   "new_pension_replacement_rate")),
    (QT_TRANSLATE_NOOP("export_scenarios", "Income, expenditure and reserve"), (
        "contribution_income", "state_subsidy", "investment_income",
                                         "expenditure", "admin_expenses", "reserve", "payg_cost_rate",
                                         "reserve_ratio", "gdp", "expenditure_to_gdp")),
    (QT_TRANSLATE_NOOP("export_scenarios", "Benefit branches and the basic pension (paid by the state)"), (
        "old_age_pensioners", "old_age_expenditure", "disability_pensioners", "new_disability_pensioners",
        "disability_expenditure", "survivor_pensioners", "orphan_pensioners", "survivor_expenditure",
        "lump_sum_expenditure", "basic_pension_beneficiaries", "basic_pension_cost", "basic_pension_cost_to_gdp")),
)
HEADING_FONT = Font(bold=True)


@dataclass(frozen=True)
class Column:
    """One line of a by-year table (a column of the engine's output): its label and numbers."""

    header: str
    values: np.ndarray
    number_format: str


@dataclass(frozen=True)
class Group:
    """Lines under one banded heading (a scenario's name, or a theme)."""

    name: str
    columns: Sequence[Column]


@dataclass(frozen=True)
class ByYear:
    """Where a by-year table's numbers sit, so that charts can point at them."""

    title: str
    years: tuple[int, ...]
    rows: tuple[tuple[int, ...], ...]  # each group's lines' rows

    @property
    def last_column(self) -> int:
        return FIRST_YEAR_COLUMN + len(self.years) - 1


@dataclass(frozen=True)
class DataSheet:
    """Where one scenario's numbers sit, so that charts can point at them."""

    title: str
    name_cell: str  # absolute reference of the cell holding the scenario name
    table: ByYear
    indicators: tuple[str, ...]  # in the order of the table's rows

    def row(self, indicator: str) -> int:
        flat = [r for rows in self.table.rows for r in rows]
        return flat[self.indicators.index(indicator)]


def write_scenario(wb: Workbook, projection: Projection, reform: Reform, currency: str, number: int) -> DataSheet:
    """A sheet with every indicator by year, under the themes, labelled with its unit."""
    ws = wb.create_sheet(fmt.sheet_title(projection.name, wb.sheetnames))
    note = reform.description or (
        translate("export_scenarios", "The workbook as read, with its legislated schedule.") if not reform.levers
        else translate("export_scenarios", "See the {sheet} sheet for the levers.").format(
            sheet=fmt.sheet_name("Assumptions")))
    frame = projection.indicators
    years = [int(y) for y in frame.index]
    groups = []
    for theme, indicators in THEMES:
        lines = []
        for indicator in indicators:
            values = frame[indicator].to_numpy(dtype=float)
            scale = fmt.scale_for(indicator, values)
            lines.append(Column(fmt.header(indicator, currency, scale), values, fmt.level_format(indicator, scale)))
        groups.append(Group(translate("export_scenarios", theme), lines))
    table = write_groups(ws, projection.name, note, years, groups,
                         fmt.printed_years(years, [projection.depletion_year]), pages_tall=1)
    return DataSheet(ws.title, "$A$1", table, tuple(i for _, theme in THEMES for i in theme))


def write_groups(ws: Worksheet, title: str, note: str, years: Sequence[int], groups: Sequence[Group],
                 printed: Iterable[int], pages_tall: int = 0) -> ByYear:
    """Title, note, the years across, then each group's heading and lines; `printed` years
    show, the others are collapsed column groups. Printed one page wide, `pages_tall` down."""
    shown = set(printed)
    fmt.put(ws, 1, 1, title).font = fmt.TITLE_FONT
    fmt.put(ws, 2, 1, note)  # wrapped once the widths are known
    year = translate("export_scenarios", "Year")
    ws.append([year, *years])
    last_column = FIRST_YEAR_COLUMN + len(years) - 1
    columns = range(FIRST_YEAR_COLUMN, last_column + 1)
    for column in columns:
        ws.cell(row=HEADER_ROW, column=column).number_format = fmt.WHOLE
    fmt.style_header(ws, HEADER_ROW, 1, last_column)
    ws.cell(row=HEADER_ROW, column=1).alignment = Alignment(horizontal="left", vertical="center")
    widths = np.full(len(years), 4.0)  # a year's digits
    label_width = len(year)
    rows = []
    row = HEADER_ROW  # counted here: the worksheet's max_row walks every cell
    for group in groups:
        row += 1
        heading = fmt.put(ws, row, 1, group.name)
        heading.font = HEADING_FONT  # runs on over the empty cells beside it
        heading.fill = fmt.GROUP_FILL
        for column in columns:
            ws.cell(row=row, column=column)._style = copy(heading._style)  # a style set once, not hashed again
        group_rows = []
        for line in group.columns:
            row += 1
            values = np.asarray(line.values, dtype=float)
            fmt.put(ws, row, 1, line.header)  # text stays text, whatever it starts with
            style = None
            for column, value in zip(columns, values.tolist()):
                cell = ws.cell(row=row, column=column, value=value if math.isfinite(value) else None)
                if style is None:
                    cell.number_format = line.number_format
                    style = cell._style
                else:
                    cell._style = copy(style)
            widths = np.maximum(widths, fmt.shown_widths(values, line.number_format))
            label_width = max(label_width, len(line.header))
            group_rows.append(row)
        rows.append(tuple(group_rows))
    _year_columns(ws, years, shown, widths)
    ws.column_dimensions["A"].width = label_width + 2.0
    printed_width = label_width + 2.0 + sum(w + 2.0 for w, y in zip(widths, years) if y in shown)
    fmt.note_row(ws, 2, note, last_column, math.ceil(0.9 * len(note) / printed_width))  # wrapped within the page
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=FIRST_YEAR_COLUMN)
    ws.print_area = f"A1:{get_column_letter(last_column)}{row}"
    if pages_tall and fmt.points_down(ws) * fmt.READABLE_SCALE > pages_tall * fmt.PAGE_HEIGHT_POINTS:
        pages_tall = 0  # a long note: two pages rather than type under 8 pt
    fmt.print_setup(ws, f"{HEADER_ROW}:{HEADER_ROW}", pages_tall=pages_tall)
    return ByYear(ws.title, tuple(years), tuple(rows))


def _year_columns(ws: Worksheet, years: Sequence[int], shown: set[int], widths: np.ndarray) -> None:
    """Each year's width; the years not printed hidden in collapsed outline groups, their '+'
    on the printed year after them."""
    hidden_before = False
    for n, year in enumerate(years):
        dimension = ws.column_dimensions[get_column_letter(FIRST_YEAR_COLUMN + n)]
        dimension.width = float(widths[n]) + 2.0
        if year in shown:
            dimension.collapsed = hidden_before
            hidden_before = False
        else:
            dimension.hidden = True
            dimension.outline_level = 1
            hidden_before = True


def write_differences(ws: Worksheet, projections: Sequence[Projection], currency: str) -> None:
    """Each reform minus the baseline, by year, a block of key indicators a reform (pp for rates)."""
    baseline = projections[0]
    diffs = {p.name: {i: (p.indicators[i] - baseline.indicators[i]).to_numpy(dtype=float) * fmt.diff_scale(i)
                      for i in DIFFERENCE_INDICATORS} for p in projections[1:]}
    # one scale a line across reforms, so that the blocks read alike
    scales = {i: fmt.scale_for(i, [d[i] for d in diffs.values()]) if diffs else fmt.UNITS_SCALE
              for i in DIFFERENCE_INDICATORS}
    groups = [Group(name, [Column(fmt.diff_header(i, currency, scales[i]), values[i], fmt.diff_format(i, scales[i]))
                           for i in DIFFERENCE_INDICATORS])
              for name, values in diffs.items()]
    money = sorted({scales[i].unit(currency) for i in DIFFERENCE_INDICATORS if fmt.kind(i) == "money"})
    years = [int(y) for y in baseline.indicators.index]
    write_groups(ws, translate("export_scenarios", "Differences from the baseline (reform minus baseline)"),
                 translate("export_scenarios", "Rates in percentage points ({pp}), money in {money}, the reserve ratio "
                                               "as a multiple of a year's expenditure; a dash where the difference "
                                               "rounds to nothing.").format(pp=fmt.pp_unit(),
                                                                            money=fmt.and_list(money)),
                 years, groups, fmt.printed_years(years, [baseline.depletion_year]))


GLOSSARY_HEADERS = (QT_TRANSLATE_NOOP("export_scenarios", "Column"), QT_TRANSLATE_NOOP("export_scenarios", "Label"),
                    QT_TRANSLATE_NOOP("export_scenarios", "Unit"), QT_TRANSLATE_NOOP("export_scenarios", "Meaning"))


GLOSSARY_WIDTHS = (28.0, 30.0, 16.0, 95.0)


def _lines(text: str, width: float) -> int:
    """The lines `text` takes wrapped in a column `width` characters wide (at about 1.15
    characters of body text a width unit)."""
    return max(1, math.ceil(len(text) / (1.15 * width)))


def write_glossary(ws: Worksheet, currency: str) -> None:
    """What each line of a scenario sheet is: label, unit, meaning and its name in CSV and JSON."""
    title = translate("export_scenarios", "Indicators: the lines of the scenario sheets")
    fmt.put(ws, 1, 1, title).font = fmt.TITLE_FONT
    note = translate("export_scenarios", "'Column': the name in the CSV and JSON output (spec 8 and 16). Large "
                                         "numbers of persons and money are shown in thousands to trillions: each "
                                         "line says which.")
    fmt.note_row(ws, 2, note, len(GLOSSARY_HEADERS), _lines(note, sum(GLOSSARY_WIDTHS)))
    header_row = 4
    for c, title in enumerate(GLOSSARY_HEADERS, start=1):
        fmt.put(ws, header_row, c, translate("export_scenarios", title))
    for r, indicator in enumerate(INDICATORS[1:], start=header_row + 1):
        text = fmt.text(indicator)
        values = (indicator, text.label, fmt.unit(indicator, currency), text.meaning)
        for c, value in enumerate(values, start=1):
            fmt.put(ws, r, c, value).alignment = Alignment(wrap_text=True, vertical="top")
        lines = max(_lines(v, w) for v, w in zip(values, GLOSSARY_WIDTHS))
        if lines > 1:  # a longer label or meaning (French, Spanish) wraps: its row grows with it
            ws.row_dimensions[r].height = fmt.DEFAULT_ROW_POINTS * lines
    fmt.style_header(ws, header_row, 1, len(GLOSSARY_HEADERS))
    fmt.add_table(ws, "IndicatorsTable", header_row, header_row + len(INDICATORS) - 1, len(GLOSSARY_HEADERS))
    fmt.set_widths(ws, dict(enumerate(GLOSSARY_WIDTHS, start=1)))
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    fmt.print_setup(ws, f"{header_row}:{header_row}")
