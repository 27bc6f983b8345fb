"""How the comparison workbook looks: units, number formats, safe text, print setup.

Kept apart from the sheet builders so that every sheet formats a rate, an amount or a header
the same way, and so that the formula-injection guard lives in exactly one function.
"""
from __future__ import annotations

import math
import numbers
import re
import textwrap
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

import numpy as np
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

# Numbers keep full precision in the cells; these formats round them as an actuary presents
# them: rates to 0.1 % (differences to 0.1 pp), money in thousands, millions or billions with
# the unit in the header, and a difference that rounds to nothing shown as an en dash, never
# "-0.0". Both signs get an explicit condition and write their own sign: a conditional section
# shows no minus of its own (LibreOffice and Excel alike), and the catch-all is the dash.
DASH = "\u2013"
PERCENT = "0.0%"
INPUT_PERCENT = "0.00%"  # inputs as the workbook gives them (an accrual rate of 2.25 %)
PP = f'[>=0.05]+0.0" pp";[<=-0.05]-0.0" pp";"{DASH}"'
AMOUNT = "#,##0"
SIGNED_AMOUNT = f'[>=0.5]+#,##0;[<=-0.5]-#,##0;"{DASH}"'
RATIO = "0.0"
SIGNED_RATIO = f'[>=0.05]+0.0;[<=-0.05]-0.0;"{DASH}"'
WHOLE = "0"
SIGNED_WHOLE = f'+0;-0;"{DASH}"'

# The window's colours (reform_studio.charts.style and .specs; the layers forbid importing
# them here): the baseline dark grey, each reform in turn, and the expenditure branches.
BASELINE_COLOUR = "222222"
REFORM_COLOURS = ("1F77B4", "D62728", "2CA02C", "FF7F0E", "9467BD", "8C564B", "E377C2", "17BECF")
BRANCH_COLOURS = ("1F4E79", "E08A1E", "2E8B57", "7B4F9E")  # old age, disability, survivors, lump sums
BASIC_PENSION_COLOUR = "7F7F7F"


def scenario_colour(index: int) -> str:
    """The colour of scenario `index` (0 is the baseline), as the window draws it."""
    return BASELINE_COLOUR if index == 0 else REFORM_COLOURS[(index - 1) % len(REFORM_COLOURS)]


@dataclass(frozen=True)
class MoneyScale:
    """How a column of money is shown: the word in its header and the number formats."""

    word: str  # "", "thousand", "million" or "billion"
    divisor: float
    commas: str  # the format's trailing commas, each dividing by 1,000

    def unit(self, currency: str) -> str:
        currency = currency or "currency"
        return f"{self.word} {currency}" if self.word else currency

    @property
    def level(self) -> str:
        return f"#,##0.0{self.commas}" if self.word else AMOUNT

    @property
    def diff(self) -> str:
        if not self.word:
            return SIGNED_AMOUNT
        half = 0.05 * self.divisor
        return f'[>={half:.0f}]+#,##0.0{self.commas};[<=-{half:.0f}]-#,##0.0{self.commas};"{DASH}"'


_SCALES = (MoneyScale("billion", 1e9, ",,,"), MoneyScale("million", 1e6, ",,"), MoneyScale("thousand", 1e3, ","))
UNITS_SCALE = MoneyScale("", 1.0, "")


def money_scale(values: Any) -> MoneyScale:
    """Billions where the largest amount reaches 10 billion, millions from 10 million,
    thousands from 10,000, else units: at most four or five digits before the decimal point
    where it matters, and never a difference 'to the unit' of a fund worth billions."""
    array = np.asarray(values, dtype=float).ravel()
    finite = np.abs(array[np.isfinite(array)])
    widest = float(finite.max()) if finite.size else 0.0
    return next((s for s in _SCALES if widest >= 10 * s.divisor), UNITS_SCALE)


@dataclass(frozen=True)
class IndicatorText:
    """How one spec indicator is shown: a label a minister reads, its kind and what it means.

    The kind decides the unit in the header and the number format; `meaning` is the line
    the Indicators sheet gives, so a reader never needs the spec to read a column.
    """

    label: str
    kind: str  # persons, rate, money, years or multiple
    meaning: str


_TEXTS: dict[str, IndicatorText] = {
    "population": IndicatorText("Population", "persons", "Residents at 1 January."),
    "population_65_plus": IndicatorText("Population aged 65+", "persons", "Residents aged 65 and over."),
    "old_age_dependency_ratio": IndicatorText("Old-age dependency ratio", "rate",
                                              "Population aged 65+ over population aged 15 to 64."),
    "employed": IndicatorText("Employed", "persons", "Labour force less the unemployed."),
    "contributors": IndicatorText("Contributors", "persons", "Active members paying contributions."),
    "pensioners": IndicatorText("Pensioners, all branches", "persons",
                                "Old-age, disability, spouse and orphan pensioners in payment."),
    "new_pensioners": IndicatorText("New old-age pensioners", "persons",
                                    "Old-age pensions awarded in the year to members who qualify."),
    "system_dependency_ratio": IndicatorText("System dependency ratio", "rate",
                                             "Pensioners (all branches) over contributors."),
    "average_wage": IndicatorText("Average wage", "money", "Average gross wage of contributors."),
    "wage_bill": IndicatorText("Insurable wage bill", "money",
                               "Wages contributions are paid on (below the ceiling, times density)."),
    "average_pension": IndicatorText("Average old-age pension", "money",
                                     "Old-age pension expenditure over old-age pensioners."),
    "replacement_rate": IndicatorText("Replacement rate", "rate", "Average old-age pension over the average wage."),
    "contribution_rate": IndicatorText("Contribution rate", "rate", "Share of the insurable wage paid in."),
    "pensionable_age_male": IndicatorText("Pensionable age, men", "years", "Age of award of old-age pensions."),
    "pensionable_age_female": IndicatorText("Pensionable age, women", "years", "Age of award of old-age pensions."),
    "contribution_income": IndicatorText("Contribution income", "money", "Contribution rate times the wage bill."),
    "expenditure": IndicatorText("Benefit expenditure", "money",
                                 "Old-age, disability and survivors' pensions and lump sums paid."),
    "admin_expenses": IndicatorText("Administrative expenses", "money", "Cost of running the scheme."),
    "state_subsidy": IndicatorText("State subsidy", "money", "Transfer from the state budget."),
    "investment_income": IndicatorText("Investment income", "money", "Return on the reserve."),
    "reserve": IndicatorText("Reserve at year end", "money", "Fund at 31 December; negative once exhausted."),
    "payg_cost_rate": IndicatorText("PAYG cost rate", "rate",
                                    "Benefit and administrative expenditure over the insurable wage bill."),
    "reserve_ratio": IndicatorText("Reserve ratio", "multiple",
                                   "Reserve over the year's benefit and administrative expenditure."),
    "gdp": IndicatorText("GDP", "money", "Gross domestic product, nominal."),
    "expenditure_to_gdp": IndicatorText("Benefit expenditure to GDP", "rate",
                                        "Scheme benefit expenditure over GDP (the basic pension apart)."),
    "basic_pension_beneficiaries": IndicatorText("Basic pension beneficiaries", "persons",
                                                 "People paid the non-contributory basic pension."),
    "basic_pension_cost": IndicatorText("Basic pension cost", "money",
                                        "Benefits and delivery cost, paid by the state budget."),
    "basic_pension_cost_to_gdp": IndicatorText("Basic pension cost to GDP", "rate", "Basic pension cost over GDP."),
    "old_age_pensioners": IndicatorText("Old-age pensioners", "persons", "Old-age pensioners in payment."),
    "old_age_expenditure": IndicatorText("Old-age pension expenditure", "money",
                                         "Old-age pensions paid, without old-age grants."),
    "disability_pensioners": IndicatorText("Disability pensioners", "persons", "Disability pensioners in payment."),
    "new_disability_pensioners": IndicatorText("New disability pensioners", "persons",
                                               "Disability pensions awarded in the year."),
    "disability_expenditure": IndicatorText("Disability pension expenditure", "money", "Disability pensions paid."),
    "survivor_pensioners": IndicatorText("Spouse pensioners", "persons",
                                         "Widows and widowers paid a survivor's pension."),
    "orphan_pensioners": IndicatorText("Orphan pensioners", "persons", "Orphans paid a pension."),
    "survivor_expenditure": IndicatorText("Survivors' pension expenditure", "money",
                                          "Spouse and orphan pensions paid."),
    "lump_sum_expenditure": IndicatorText("Lump sums", "money",
                                          "Old-age grants to members short of the qualifying period, "
                                          "and funeral grants."),
    "share_qualifying": IndicatorText("Share qualifying for a pension", "rate",
                                      "New old-age pensioners over all members reaching the pensionable "
                                      "age in the year; empty where no one does."),
    "new_pension_replacement_rate": IndicatorText("Replacement rate, new pensions", "rate",
                                                  "Average new old-age pension over the average wage; "
                                                  "empty where no one is awarded one."),
    "average_insurable_wage": IndicatorText("Average insurable wage", "money",
                                            "Insurable wage bill per contributor (wages capped at the ceiling)."),
}
_LEVEL_FORMAT = {"persons": AMOUNT, "rate": PERCENT, "money": AMOUNT, "years": WHOLE, "multiple": RATIO}
_DIFF_FORMAT = {"persons": SIGNED_AMOUNT, "rate": PP, "money": SIGNED_AMOUNT, "years": SIGNED_WHOLE,
                "multiple": SIGNED_RATIO}


HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
GROUP_FILL = PatternFill("solid", fgColor="D9E1F2")
TITLE_FONT = Font(bold=True, size=14)
SUBTITLE_FONT = Font(bold=True, size=12)
NOTE_FONT = Font(italic=True, color="595959")
_THIN = Side(style="thin", color="8EA9DB")
GROUP_BORDER = Border(bottom=_THIN, left=_THIN, right=_THIN, top=_THIN)
_PAGE_WIDTH_UNITS = 160.0
HEADER_LINES = 3
_INJECTION_START = ("=", "+", "-", "@")
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def text(indicator: str) -> IndicatorText:
    """The label, kind and meaning of a spec indicator; KeyError for a name the export lacks."""
    return _TEXTS[indicator]


def kind(indicator: str) -> str:
    return text(indicator).kind


def label(indicator: str) -> str:
    return text(indicator).label


def unit(indicator: str, currency: str, scale: MoneyScale = UNITS_SCALE) -> str:
    """The unit written in a header: the currency for money ('million KES' where shown in
    millions), '%' for fractions shown as %."""
    return {"persons": "persons", "rate": "%", "money": scale.unit(currency), "years": "years",
            "multiple": "× expenditure"}[kind(indicator)]


def header(indicator: str, currency: str, scale: MoneyScale = UNITS_SCALE) -> str:
    """'Label (unit)': what a column of levels is headed."""
    return f"{label(indicator)} ({unit(indicator, currency, scale)})"


def diff_header(indicator: str, currency: str, scale: MoneyScale = UNITS_SCALE) -> str:
    """'Label (unit)' for a column of differences, rates in pp."""
    return f"{label(indicator)} ({diff_unit(indicator, currency, scale)})"


def level_format(indicator: str, scale: MoneyScale = UNITS_SCALE) -> str:
    return scale.level if kind(indicator) == "money" else _LEVEL_FORMAT[kind(indicator)]


def diff_format(indicator: str, scale: MoneyScale = UNITS_SCALE) -> str:
    return scale.diff if kind(indicator) == "money" else _DIFF_FORMAT[kind(indicator)]


def scale_for(indicator: str, values: Any) -> MoneyScale:
    """The money scale of a column of `indicator` (units for anything but money)."""
    return money_scale(values) if kind(indicator) == "money" else UNITS_SCALE


def diff_scale(indicator: str) -> float:
    """Rates are compared in percentage points, so their differences are scaled by 100."""
    return 100.0 if kind(indicator) == "rate" else 1.0


def diff_unit(indicator: str, currency: str, scale: MoneyScale = UNITS_SCALE) -> str:
    return "pp" if kind(indicator) == "rate" else unit(indicator, currency, scale)


def number(value: Any) -> float | int | None:
    """A plain Python number for a cell; NaN, infinities and None become an empty cell."""
    if value is None:
        return None
    if isinstance(value, numbers.Integral):
        return int(value)
    as_float = float(value)
    return as_float if math.isfinite(as_float) else None


def clean_text(raw: str) -> str:
    """Text without the control characters that make openpyxl raise (or break a chart's XML)."""
    return ILLEGAL_CHARACTERS_RE.sub("", raw)


def put(ws: Worksheet, row: int, column: int, value: Any, fmt: str | None = None) -> Cell:
    """Write one cell: text is always stored as text (never a formula), numbers as numbers."""
    cell = ws.cell(row=row, column=column)
    if isinstance(value, str):
        value = clean_text(value)
        cell.value = value
        if value.startswith(_INJECTION_START):
            # openpyxl turns a leading '=' into a formula; force a string and tell Excel too.
            cell.data_type = "s"
            cell.quotePrefix = True
    elif isinstance(value, bool):
        cell.value = "yes" if value else "no"
    else:
        cell.value = number(value)
    if fmt is not None:
        cell.number_format = fmt
    return cell


SHEET_TITLE_UNITS = 31  # Excel counts UTF-16 code units: an emoji takes two
_REGIONAL_INDICATORS = "".join(map(chr, range(0x1F1E6, 0x1F200)))


def _utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _cut_to_units(text: str, units: int) -> str:
    """The longest start of `text` within `units` UTF-16 units (a character is never split,
    nor left with a dangling joiner or variation selector)."""
    out, used = [], 0
    for char in text:
        size = 2 if ord(char) > 0xFFFF else 1
        if used + size > units:
            break
        out.append(char)
        used += size
    cut = "".join(out)
    if len(cut) < len(text):  # cut short: no half emoji sequence at the end
        cut = cut.rstrip("\u200d\ufe0e\ufe0f")
        flags = len(cut) - len(cut.rstrip(_REGIONAL_INDICATORS))
        if flags % 2:  # a flag is two regional indicators
            cut = cut[:-1]
    return cut.rstrip()


def sheet_title(name: str, taken: Iterable[str]) -> str:
    """An Excel-safe, unique sheet name: no []:*?/\\ characters, at most 31 UTF-16 units (as
    Excel counts: 31 emoji are 62), unique without regard to case."""
    clean = re.sub(r"\s+", " ", clean_text(name))  # no tabs or line breaks
    clean = _BAD_SHEET_CHARS.sub("_", clean).strip().strip("'") or "Scenario"
    used = {t.lower() for t in taken} | {"history"}  # Excel reserves 'History'

    candidate = _cut_to_units(clean, SHEET_TITLE_UNITS).strip("'") or "Scenario"
    n = 2
    while candidate.lower() in used:
        suffix = f" ({n})"
        candidate = (_cut_to_units(clean, SHEET_TITLE_UNITS - len(suffix)).strip("'") or "Scenario") + suffix
        n += 1
    return candidate


def style_header(ws: Worksheet, row: int, first: int, last: int) -> None:
    for column in range(first, last + 1):
        cell = ws.cell(row=row, column=column)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")


def add_table(ws: Worksheet, name: str, first_row: int, last_row: int, last_col: int,
              first_col: int = 1) -> None:
    """An Excel table (filter buttons, banded rows) over a block whose first row is the header.

    Table names share Excel's namespace of defined names, not sheet names; the callers end
    them in 'Table' so that none can clash with a name or read as a cell reference.
    """
    ref = f"{get_column_letter(first_col)}{first_row}:{get_column_letter(last_col)}{max(last_row, first_row + 1)}"
    table = Table(displayName=name, ref=ref)
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
    ws.add_table(table)


MAX_COLUMNS_A_PAGE = 12  # besides the year, which repeats on every page


def pages_across(widths: dict[int, float]) -> int:
    """Pages a by-year sheet is printed across, so that it prints at about 80 % or larger.

    A landscape A4 page holds about 130 width units at 100 %, so 160 a page is about 80 %;
    and at most 12 columns a page besides the year column, which repeats on every page.
    """
    by_width = math.ceil(sum(widths.values()) / _PAGE_WIDTH_UNITS)
    by_count = math.ceil(max(len(widths) - 1, 0) / MAX_COLUMNS_A_PAGE)
    return max(1, by_width, by_count)


def set_widths(ws: Worksheet, widths: dict[int, float]) -> None:
    for column, width in widths.items():
        ws.column_dimensions[get_column_letter(column)].width = width


def number_width(values: Iterable[Any], fmt: str) -> float:
    """A column width that fits the widest number as Excel will display it."""
    array = np.asarray(list(values) if not isinstance(values, np.ndarray) else values, dtype=float)
    finite = np.abs(array[np.isfinite(array)])
    widest = float(finite.max()) if finite.size else 0.0
    if fmt in (PERCENT, PP):
        digits = len(f"{widest * (100 if fmt == PERCENT else 1):,.1f}") + 3
    elif fmt in (RATIO, SIGNED_RATIO):
        digits = len(f"{widest:,.1f}") + 1
    else:
        last = fmt.split(";")[0]
        commas = len(last) - len(last.rstrip(","))
        digits = len(f"{widest / 1000 ** commas:,.1f}") + 1
    return max(8.0, digits + 2.0)


def header_width(title: str, values: Iterable[Any], number_format: str) -> float:
    """Wide enough for the numbers and for the whole header in at most three lines.

    Header rows are three lines high (45 pt); the header wraps at its spaces, so the width
    is the narrowest at which no word breaks and three lines suffice, plus room for bold.
    """
    words = max(map(len, title.split()), default=0)
    width = next(w for w in range(words, len(title) + 1) if len(textwrap.wrap(title, w)) <= HEADER_LINES)
    return max(number_width(values, number_format), min(width * 1.1 + 2.0, 30.0))


def append_by_year(ws: Worksheet, years: Sequence[int], columns: Sequence[tuple[np.ndarray, str]]) -> None:
    """Append one row per year after the sheet's last row: the year, then each column's value.

    Bulk `append` of plain floats (NaN as None, an empty cell) is several times faster than
    writing cell by cell, which matters for five scenarios over 150 years.
    """
    first = ws.max_row + 1
    block = np.column_stack([np.asarray(values, dtype=float) for values, _ in columns] or
                            [np.empty((len(years), 0))])
    cells = block.astype(object)
    cells[~np.isfinite(block)] = None
    for year, row in zip(years, cells.tolist()):
        ws.append([int(year), *row])
    formats = [WHOLE, *(number_format for _, number_format in columns)]
    for row in ws.iter_rows(min_row=first, max_row=first + len(years) - 1, max_col=len(formats)):
        for cell, number_format in zip(row, formats):
            cell.number_format = number_format


def print_setup(ws: Worksheet, title_rows: str | None = None, pages_wide: int = 1,
                orientation: str = "landscape") -> None:
    """Landscape A4, columns fitted to `pages_wide` pages, header rows and 'year' on each page.

    Wide by-year sheets get more than one page across, so that the numbers stay legible on
    paper; the year column (A) is then repeated on every page.
    """
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = pages_wide
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5
    ws.oddFooter.center.text = "&A, page &P of &N"
    if title_rows:
        ws.print_title_rows = title_rows
    if pages_wide > 1:
        ws.print_title_cols = "A:A"
