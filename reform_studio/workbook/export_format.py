"""How the comparison workbook looks: units, number formats, safe text, print setup.

Kept apart from the sheet builders so that every sheet formats a rate, an amount or a header
the same way, and so that the formula-injection guard lives in exactly one function.
"""
from __future__ import annotations

import math
import numbers
import re
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

import numpy as np
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from reform_studio.i18n import QT_TRANSLATE_NOOP, translate

# Numbers keep full precision in the cells; these formats round them as an actuary presents
# them: rates to 0.1 % (differences to 0.1 pp), money in thousands, millions or billions with
# the unit in the header, and a difference that rounds to nothing shown as an en dash, never
# "-0.0". Both signs get an explicit condition and write their own sign: a conditional section
# shows no minus of its own (LibreOffice and Excel alike), and the catch-all is the dash.
DASH = "\u2013"
PERCENT = "0.0%"
INPUT_PERCENT = "0.00%"  # inputs as the workbook gives them (an accrual rate of 2.25 %)
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


def said(text: str) -> str:
    """A word of this module's tables (marked with QT_TRANSLATE_NOOP) in the current language."""
    return translate("export_format", text)


def pp_unit() -> str:
    """Percentage points as the language abbreviates them: 'pp', French 'pt' (the window's word)."""
    return translate("formatters", "pp")


def pp_format() -> str:
    """Differences of rates in percentage points, the unit in the language (Excel writes the
    number in the reader's own convention; only the unit is ours)."""
    unit = pp_unit().replace('"', "")
    return f'[>=0.05]+0.0" {unit}";[<=-0.05]-0.0" {unit}";"{DASH}"'


# The sheets `export.build_comparison` creates, named in the current language by `sheet_name`
# (an appendix names its own). Excel-safe in every language: at most 31 characters, none of []:*?/\.
SHEET_NAMES = (QT_TRANSLATE_NOOP("export_format", "Summary"), QT_TRANSLATE_NOOP("export_format", "Charts"),
               QT_TRANSLATE_NOOP("export_format", "Differences"), QT_TRANSLATE_NOOP("export_format", "Shares of GDP"),
               QT_TRANSLATE_NOOP("export_format", "Assumptions"), QT_TRANSLATE_NOOP("export_format", "Indicators"))


def sheet_name(text: str) -> str:
    """One of `SHEET_NAMES` as the tab shows it (a sentence naming a sheet uses this too)."""
    return said(text)


def and_list(items: Sequence[str]) -> str:
    """'a, b and c' in the current language."""
    items = list(items)
    if len(items) < 2:
        return "".join(items)
    return translate("export_format", "{items} and {last}").format(items=", ".join(items[:-1]), last=items[-1])


def scenario_colour(index: int) -> str:
    """The colour of scenario `index` (0 is the baseline), as the window draws it."""
    return BASELINE_COLOUR if index == 0 else REFORM_COLOURS[(index - 1) % len(REFORM_COLOURS)]


@dataclass(frozen=True)
class MoneyScale:
    """How a column of money (or of persons) is shown: the word in its header and the formats."""

    word: str  # "", "thousand", "million", "billion" or "trillion" (the English word: see `unit`)
    divisor: float
    commas: str  # the format's trailing commas, each dividing by 1,000
    decimals: str = ".0"  # persons in thousands are whole: ""

    def unit(self, currency: str) -> str:
        """'million KES', 'millions KES', 'millones de KES': the scale in the language's words."""
        currency = currency or translate("export_format", "currency")
        return said(_MONEY_UNITS[self.word]).format(currency=currency) if self.word else currency

    @property
    def level(self) -> str:
        return f"#,##0{self.decimals}{self.commas}" if self.word else AMOUNT

    @property
    def diff(self) -> str:
        if not self.word:
            return SIGNED_AMOUNT
        half = (0.05 if self.decimals else 0.5) * self.divisor
        body = f"#,##0{self.decimals}{self.commas}"
        return f'[>={half:.0f}]+{body};[<=-{half:.0f}]-{body};"{DASH}"'


# French headers say 'milliards FCFA' as numbers.py's 'Md FCFA'; 10^12 is 'milliers de milliards' and
# Spanish 'billones' (its own word for 10^12, never the English billion)
_MONEY_UNITS = {"thousand": QT_TRANSLATE_NOOP("export_format", "thousand {currency}"),
                "million": QT_TRANSLATE_NOOP("export_format", "million {currency}"),
                "billion": QT_TRANSLATE_NOOP("export_format", "billion {currency}"),
                "trillion": QT_TRANSLATE_NOOP("export_format", "trillion {currency}")}
_SCALES = (MoneyScale("trillion", 1e12, ",,,,"), MoneyScale("billion", 1e9, ",,,"),
           MoneyScale("million", 1e6, ",,"), MoneyScale("thousand", 1e3, ","))
UNITS_SCALE = MoneyScale("", 1.0, "")
THOUSAND_PERSONS = MoneyScale("thousand", 1e3, ",", "")


def money_scale(values: Any) -> MoneyScale:
    """Trillions where the largest amount reaches 10 trillion, billions from 10 billion,
    millions from 10 million, thousands from 10,000, else units; then a step smaller while the
    first year's amount would show as less than 1 and the largest still under a million: a
    nominal line over 75 years grows a few hundredfold, and its first years must not read
    '0.1'. Never a difference 'to the unit' of a fund worth billions."""
    array = np.asarray(values, dtype=float).ravel()
    widest = _widest(array)
    scales = [s for s in _SCALES if widest >= 10 * s.divisor] + [UNITS_SCALE]
    nonzero = array[np.isfinite(array) & (array != 0)]
    first = abs(float(nonzero[0])) if nonzero.size and np.ndim(values) == 1 else widest
    while len(scales) > 1 and first < scales[0].divisor and widest < 1e6 * scales[1].divisor:
        scales.pop(0)
    return scales[0]


def persons_scale(values: Any) -> MoneyScale:
    """Thousands of persons from a million (a population to the person is false precision)."""
    return THOUSAND_PERSONS if _widest(values) >= 1e6 else UNITS_SCALE


def _widest(values: Any) -> float:
    array = np.asarray(values, dtype=float).ravel()
    finite = np.abs(array[np.isfinite(array)])
    return float(finite.max()) if finite.size else 0.0


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
    "population": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "Population"), "persons",
        QT_TRANSLATE_NOOP("export_format", "Residents at 1 January.")),
    "population_65_plus": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "Population aged 65+"), "persons",
        QT_TRANSLATE_NOOP("export_format", "Residents aged 65 and over.")),
    "old_age_dependency_ratio": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "Old-age dependency ratio"), "rate",
        QT_TRANSLATE_NOOP("export_format", "Population aged 65+ over population aged 15 to 64.")),
    "employed": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "Employed"), "persons",
        QT_TRANSLATE_NOOP("export_format", "Labour force less the unemployed.")),
    "contributors": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "Contributors"), "persons",
        QT_TRANSLATE_NOOP("export_format", "Active members paying contributions.")),
    "pensioners": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "Pensioners, all branches"), "persons",
        QT_TRANSLATE_NOOP("export_format", "Old-age, disability, spouse and orphan pensioners in payment.")),
    "new_pensioners": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "New old-age pensioners"), "persons",
        QT_TRANSLATE_NOOP("export_format", "Old-age pensions awarded in the year to members who qualify.")),
    "system_dependency_ratio": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "System dependency ratio"), "rate",
        QT_TRANSLATE_NOOP("export_format", "Pensioners (all branches) over contributors.")),
    "average_wage": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "Average wage"), "money",
        QT_TRANSLATE_NOOP("export_format", "Average gross wage of contributors.")),
    "wage_bill": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "Insurable wage bill"), "money",
        QT_TRANSLATE_NOOP("export_format", "Wages contributions are paid on (below the ceiling, times density).")),
    "average_pension": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "Average old-age pension"), "money",
        QT_TRANSLATE_NOOP("export_format", "Old-age pension expenditure over old-age pensioners.")),
    "replacement_rate": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "Replacement rate"), "rate",
        QT_TRANSLATE_NOOP("export_format", "Average old-age pension over the average wage.")),
    "contribution_rate": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "Contribution rate"), "rate",
        QT_TRANSLATE_NOOP("export_format", "Share of the insurable wage paid in.")),
    "pensionable_age_male": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "Pensionable age, men"), "years",
        QT_TRANSLATE_NOOP("export_format", "Age of award of old-age pensions.")),
    "pensionable_age_female": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "Pensionable age, women"), "years",
        QT_TRANSLATE_NOOP("export_format", "Age of award of old-age pensions.")),
    "contribution_income": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "Contribution income"), "money",
        QT_TRANSLATE_NOOP("export_format", "Contribution rate times the wage bill.")),
    "expenditure": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "Benefit expenditure"), "money",
        QT_TRANSLATE_NOOP("export_format", "Old-age, disability and survivors' pensions and lump sums paid.")),
    "admin_expenses": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "Administrative expenses"), "money",
        QT_TRANSLATE_NOOP("export_format", "Cost of running the scheme.")),
    "state_subsidy": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "State subsidy"), "money",
        QT_TRANSLATE_NOOP("export_format", "Transfer from the state budget.")),
    "investment_income": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "Investment income"), "money",
        QT_TRANSLATE_NOOP("export_format", "Return on the reserve.")),
    "reserve": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "Reserve at year end"), "money",
        QT_TRANSLATE_NOOP("export_format", "Fund at 31 December; negative once exhausted.")),
    "payg_cost_rate": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "PAYG cost rate"), "rate",
        QT_TRANSLATE_NOOP("export_format", "Benefit and administrative expenditure over the insurable wage bill.")),
    "reserve_ratio": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "Reserve ratio"), "multiple",
        QT_TRANSLATE_NOOP("export_format", "Reserve over the year's benefit and administrative expenditure.")),
    "gdp": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "GDP"), "money",
        QT_TRANSLATE_NOOP("export_format", "Gross domestic product, nominal.")),
    "expenditure_to_gdp": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "Benefit expenditure to GDP"), "rate",
        QT_TRANSLATE_NOOP("export_format", "Scheme benefit expenditure over GDP (the basic pension apart).")),
    "basic_pension_beneficiaries": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "Basic pension beneficiaries"), "persons",
        QT_TRANSLATE_NOOP("export_format", "People paid the non-contributory basic pension.")),
    "basic_pension_cost": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "Basic pension cost"), "money",
        QT_TRANSLATE_NOOP("export_format", "Benefits and delivery cost, paid by the state budget.")),
    "basic_pension_cost_to_gdp": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "Basic pension cost to GDP"), "rate",
        QT_TRANSLATE_NOOP("export_format", "Basic pension cost over GDP.")),
    "old_age_pensioners": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "Old-age pensioners"), "persons",
        QT_TRANSLATE_NOOP("export_format", "Old-age pensioners in payment.")),
    "old_age_expenditure": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "Old-age pension expenditure"), "money",
        QT_TRANSLATE_NOOP("export_format", "Old-age pensions paid, without old-age grants.")),
    "disability_pensioners": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "Disability pensioners"), "persons",
        QT_TRANSLATE_NOOP("export_format", "Disability pensioners in payment.")),
    "new_disability_pensioners": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "New disability pensioners"), "persons",
        QT_TRANSLATE_NOOP("export_format", "Disability pensions awarded in the year.")),
    "disability_expenditure": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "Disability pension expenditure"), "money",
        QT_TRANSLATE_NOOP("export_format", "Disability pensions paid.")),
    "survivor_pensioners": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "Spouse pensioners"), "persons",
        QT_TRANSLATE_NOOP("export_format", "Widows and widowers paid a survivor's pension.")),
    "orphan_pensioners": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "Orphan pensioners"), "persons",
        QT_TRANSLATE_NOOP("export_format", "Orphans paid a pension.")),
    "survivor_expenditure": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "Survivors' pension expenditure"), "money",
        QT_TRANSLATE_NOOP("export_format", "Spouse and orphan pensions paid.")),
    "lump_sum_expenditure": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "Lump sums"), "money",
        QT_TRANSLATE_NOOP("export_format", "Old-age grants to members short of the qualifying period, and funeral "
                                           "grants.")),
    "share_qualifying": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "Share qualifying for a pension"), "rate",
        QT_TRANSLATE_NOOP("export_format", "New old-age pensioners over all members reaching the pensionable age in "
                                           "the year; empty where no one does.")),
    "new_pension_replacement_rate": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "Replacement rate, new pensions"), "rate",
        QT_TRANSLATE_NOOP("export_format", "Average new old-age pension over the average wage; empty where no one "
                                           "is awarded one.")),
    "average_insurable_wage": IndicatorText(
        QT_TRANSLATE_NOOP("export_format", "Average insurable wage"), "money",
        QT_TRANSLATE_NOOP("export_format", "Insurable wage bill per contributor (wages capped at the ceiling).")),
}
_LEVEL_FORMAT = {"persons": AMOUNT, "rate": PERCENT, "money": AMOUNT, "years": WHOLE, "multiple": RATIO}
_DIFF_FORMAT = {"persons": SIGNED_AMOUNT, "money": SIGNED_AMOUNT, "years": SIGNED_WHOLE, "multiple": SIGNED_RATIO}


HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
GROUP_FILL = PatternFill("solid", fgColor="D9E1F2")
TITLE_FONT = Font(bold=True, size=14)
SUBTITLE_FONT = Font(bold=True, size=12)
NOTE_FONT = Font(italic=True, color="595959")
_THIN = Side(style="thin", color="8EA9DB")
GROUP_BORDER = Border(bottom=_THIN, left=_THIN, right=_THIN, top=_THIN)
HEADER_LINES = 3
_INJECTION_START = ("=", "+", "-", "@")
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def text(indicator: str) -> IndicatorText:
    """The label, kind and meaning of a spec indicator in the current language; KeyError for a
    name the export lacks."""
    english = _TEXTS[indicator]
    return IndicatorText(said(english.label), english.kind, said(english.meaning))


def kind(indicator: str) -> str:
    return _TEXTS[indicator].kind


def label(indicator: str) -> str:
    return text(indicator).label


def unit(indicator: str, currency: str, scale: MoneyScale = UNITS_SCALE) -> str:
    """The unit written in a header: the currency for money ('million KES' where shown in
    millions), '%' for fractions shown as %."""
    what = kind(indicator)
    if what == "money":
        return scale.unit(currency)
    if what == "persons":
        return translate("export_format", "thousand persons") if scale.word else translate("export_format", "persons")
    if what == "years":
        return translate("export_format", "years")
    return "%" if what == "rate" else translate("export_format", "× expenditure")


def header(indicator: str, currency: str, scale: MoneyScale = UNITS_SCALE) -> str:
    """'Label (unit)': what a column of levels is headed."""
    return f"{label(indicator)} ({unit(indicator, currency, scale)})"


def diff_header(indicator: str, currency: str, scale: MoneyScale = UNITS_SCALE) -> str:
    """'Label (unit)' for a column of differences, rates in pp."""
    return f"{label(indicator)} ({diff_unit(indicator, currency, scale)})"


def level_format(indicator: str, scale: MoneyScale = UNITS_SCALE) -> str:
    return scale.level if kind(indicator) in _SCALED else _LEVEL_FORMAT[kind(indicator)]


def diff_format(indicator: str, scale: MoneyScale = UNITS_SCALE) -> str:
    if kind(indicator) == "rate":
        return pp_format()
    return scale.diff if kind(indicator) in _SCALED else _DIFF_FORMAT[kind(indicator)]


_SCALED = ("money", "persons")


def scale_for(indicator: str, values: Any) -> MoneyScale:
    """The scale of a line of `indicator`: money in thousands to trillions, persons in
    thousands from a million, anything else as it is."""
    if kind(indicator) == "money":
        return money_scale(values)
    return persons_scale(values) if kind(indicator) == "persons" else UNITS_SCALE


def diff_scale(indicator: str) -> float:
    """Rates are compared in percentage points, so their differences are scaled by 100."""
    return 100.0 if kind(indicator) == "rate" else 1.0


def diff_unit(indicator: str, currency: str, scale: MoneyScale = UNITS_SCALE) -> str:
    return pp_unit() if kind(indicator) == "rate" else unit(indicator, currency, scale)


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
        cell.value = translate("export_format", "yes") if value else translate("export_format", "no")
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
    fallback = translate("export_format", "Scenario")
    clean = _BAD_SHEET_CHARS.sub("_", clean).strip().strip("'") or fallback
    used = {t.lower() for t in taken} | {"history"}  # Excel reserves 'History'

    candidate = _cut_to_units(clean, SHEET_TITLE_UNITS).strip("'") or fallback
    n = 2
    while candidate.lower() in used:
        suffix = f" ({n})"
        candidate = (_cut_to_units(clean, SHEET_TITLE_UNITS - len(suffix)).strip("'") or fallback) + suffix
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


_NARROW, _WIDE = frozenset("fijlrtI.,;:'()!|"), frozenset("mwMW")


def bold_width(word: str) -> float:
    """The column width, in Excel's characters, that a word needs in bold without a break: an
    estimate by letter ('i' and 't' narrow, 'm' and 'w' wide), padding included."""
    return 1.5 + sum(0.6 if c in _NARROW else 1.5 if c in _WIDE else 1.2 if c.isupper() else 1.0 for c in word)


def set_widths(ws: Worksheet, widths: dict[int, float]) -> None:
    for column, width in widths.items():
        ws.column_dimensions[get_column_letter(column)].width = width


def shown_widths(values: Any, number_format: str) -> np.ndarray:
    """The characters each of `values` takes as `number_format` shows it (sign, thousands
    separators, decimals and unit suffix included); 0 for an empty cell."""
    array = np.asarray(values, dtype=float).ravel()
    pp = pp_format()
    if number_format in (PERCENT, pp, INPUT_PERCENT):
        factor, decimals = (1.0, 1) if number_format == pp else (100.0, 2 if number_format == INPUT_PERCENT else 1)
        suffix = 1 + len(pp_unit()) if number_format == pp else 1
    else:
        body = re.sub(r"^\[[^\]]*\]\+?", "", number_format.split(";")[0])
        commas = len(body) - len(body.rstrip(","))
        factor, suffix = 1000.0 ** -commas, 0
        decimals = len(body.rstrip(",").split(".")[1]) if "." in body else 0
    signed = number_format.startswith(("[>=", "+"))
    return np.array([0 if not math.isfinite(x) else
                     len(f"{abs(x) * factor:,.{decimals}f}") + suffix + (signed or x < 0) for x in array.tolist()])


# Printed by-year tables show these years (the annual ones stay in the sheet, collapsed):
# the base year, every fifth calendar year in the first 25 years (where decisions bite),
# every tenth after, the Summary's milestones, the last year and the year the reserve runs out.
MILESTONES = (25, 50, 75)
NEAR_YEARS = 25


def printed_years(years: Sequence[int], extra: Iterable[int | None] = ()) -> list[int]:
    """The years a by-year table prints, in order: see the comment above."""
    first, last = years[0], years[-1]
    keep = {first, last, *(first + m for m in MILESTONES), *(y for y in extra if y is not None)}
    keep |= {y for y in years if y % (5 if y - first <= NEAR_YEARS else 10) == 0}
    return [y for y in years if y in keep]


def print_setup(ws: Worksheet, title_rows: str | None = None, pages_wide: int = 1,
                orientation: str = "landscape", pages_tall: int = 0) -> None:
    """A4 in `orientation`, fitted to `pages_wide` pages across (and `pages_tall` down, 0 for
    as many as it takes), header rows repeated on each page; the year column too where a
    table runs across pages. The page header and footer come from `finish_print`."""
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = pages_wide
    ws.page_setup.fitToHeight = pages_tall
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.45
    ws.page_margins.header = ws.page_margins.footer = 0.2
    if title_rows:
        ws.print_title_rows = title_rows
    if pages_wide > 1:
        ws.print_title_cols = "A:A"


def note_row(ws: Worksheet, row: int, text: str, last_column: int, lines: int = 2) -> None:
    """A note across a table's columns, wrapped on `lines` lines: not one line running past the
    print area (cut there on paper)."""
    cell = put(ws, row, 1, text)
    cell.font = NOTE_FONT
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_column)
    ws.row_dimensions[row].height = DEFAULT_ROW_POINTS * lines


def finish_print(ws: Worksheet, scheme_label: str, exported: str) -> None:
    """Every printed page says what it is: the scheme and the export date above, the sheet and
    'Page n of m' below (numbered through the whole workbook as printed). A sheet without a
    print area gets its used range, so that a long note running past the table's last column
    does not shrink the print."""
    name = clean_text(scheme_label).replace("&", "&&")  # '&' starts a header code
    heading = (translate("export_format", "Reform comparison: {name}").format(name=name) if name
               else translate("export_format", "Reform comparison"))
    for part, value in ((ws.oddHeader.left, heading),
                        (ws.oddHeader.right, translate("export_format", "Exported {date}").format(date=exported)),
                        (ws.oddFooter.left, "&A"),
                        (ws.oddFooter.center, translate("export_format", "Page {page} of {pages}").format(
                            page="&P", pages="&N"))):
        part.text = value
        part.size = 11  # scaled with the sheet, as the body is: no smaller on paper than the tables
    if not ws.print_area:
        ws.print_area = f"A1:{get_column_letter(max(ws.max_column, 1))}{max(ws.max_row, 1)}"


# Landscape A4 less the margins `print_setup` sets, in points: what a page holds at 100 %.
PAGE_WIDTH_POINTS = 842 - 2 * 0.4 * 72
PAGE_HEIGHT_POINTS = 595 - 2 * 0.45 * 72
DEFAULT_ROW_POINTS = 15.0


def column_points(width: float) -> float:
    """A column's printed width at 100 %, in points (Excel: 7 px a character plus 5 px padding)."""
    return 0.75 * (7 * width + 5)


READABLE_SCALE = 8 / 11  # the smallest print scale at which 11 pt text is still 8 pt on paper


def points_down(ws: Worksheet) -> float:
    """The height of the sheet's rows at 100 %, in points."""
    return sum(ws.row_dimensions[r].height or DEFAULT_ROW_POINTS for r in range(1, ws.max_row + 1))


def fixed_scale(ws: Worksheet, widths: dict[int, float], breaks: Sequence[int]) -> int:
    """Print at the largest scale (at most 100 %) at which the columns fit across and every
    page between the manual `breaks` (the last row of each page but the last) fits down; a
    fixed scale, not 'fit to page', because Excel ignores manual breaks when it fits."""
    across = sum(column_points(w) for w in widths.values())
    ends = [*breaks, ws.max_row]
    starts = [1, *(b + 1 for b in breaks)]
    tallest = max(sum(ws.row_dimensions[r].height or DEFAULT_ROW_POINTS for r in range(a, b + 1))
                  for a, b in zip(starts, ends))
    scale = int(100 * min(1.0, PAGE_WIDTH_POINTS / across, PAGE_HEIGHT_POINTS / tallest))
    ws.sheet_properties.pageSetUpPr.fitToPage = False
    ws.page_setup.scale = scale
    return scale
