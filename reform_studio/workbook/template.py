"""`write_template(path)`: a blank, annotated input workbook (template version 2).

Laid out from the same tables the reader checks against (`layout`), with example values
that form a small valid scheme, so a user can open it, see what each cell wants, replace the
numbers and run it. Excel data validation stops the commonest slips (18 for 0.18, an age of
650) as they are typed; the reader still checks everything, since validation is advisory.

What explains the workbook (notes, units, comments, the Read me, validation messages, the
example labels) is written in the current language (`i18n.language()`); sheet names, keys, the
column headers the reader reads and the example data are the spec's in every language, so a
template filled in in French or Spanish reads with any reader.
"""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from reform_studio.i18n import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, language, translate
from reform_studio.i18n.parameters import Word, words
from reform_studio.workbook import layout, template_data
from reform_studio.workbook.atomic import write_atomically
from reform_studio.workbook.cells import show_number

YEAR_ROWS = 200  # rows prepared (validated) for year tables
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
OPTIONAL_TAB = "A6A6A6"
_VALIDATIONS = {
    "rate": dict(type="decimal", operator="between", formula1="0", formula2="1",
                 error=QT_TRANSLATE_NOOP("template", "Write a fraction between 0 and 1: 0.18 for 18 %.")),
    "age": dict(type="whole", operator="between", formula1="40", formula2="80",
                error=QT_TRANSLATE_NOOP("template", "A pensionable age is a whole number from 40 to 80.")),
    "count": dict(type="decimal", operator="greaterThanOrEqual", formula1="0",
                  error=QT_TRANSLATE_NOOP("template", "This cannot be negative.")),
}
# Excel's message on a refused entry, by (whole number, low end refused): the bounds here, the
# reason in the reader's message, since Excel shows at most 225 characters
_BOUNDS_ERRORS = {
    (False, False): QT_TRANSLATE_NOOP("template", "Write a number from {low} up to {high}."),
    (True, False): QT_TRANSLATE_NOOP("template", "Write a whole number from {low} up to {high}."),
    (False, True): QT_TRANSLATE_NOOP("template", "Write a number above {low} up to {high}."),
    (True, True): QT_TRANSLATE_NOOP("template", "Write a whole number above {low} up to {high}."),
}
_FORMATS = {"rate": "0.0#####", "count": "#,##0.##"}
Validation = str | layout.Bounded

SHEET_NOTES = {  # what each sheet holds, said on the Read me and (optional sheets) beside the table
    layout.SCHEME: QT_TRANSLATE_NOOP(
        "template", "Labels, scheme rules in force in the base year, reserve, basic pension; optional (version 2): "
                    "spread of earnings and service, contribution ceiling, qualifying period and old-age grant, "
                    "disability and survivors' terms, funeral grant."),
    layout.ECONOMY: QT_TRANSLATE_NOOP("template", "GDP in the base year and annual economic assumptions."),
    layout.ECONOMY_BY_YEAR: QT_TRANSLATE_NOOP(
        "template", "Year paths for inflation, real_wage_growth, investment_return, unemployment_rate: keep only "
                    "the columns you give year by year and remove those keys from the Economy sheet. Every cell "
                    "filled."),
    layout.DEMOGRAPHY: QT_TRANSLATE_NOOP(
        "template", "Fertility, sex ratio at birth, mortality improvement, net migration."),
    layout.DEMOGRAPHY_BY_YEAR: QT_TRANSLATE_NOOP(
        "template", "Year paths for tfr, net_migration, sex_ratio_at_birth: a tfr column replaces the keys tfr, "
                    "tfr_target and tfr_target_year; remove from Demography every key given here."),
    "Population": QT_TRANSLATE_NOOP(
        "template", "Persons at 1 January of the base year, by age (100 = 100 and over)."),
    "Mortality": QT_TRANSLATE_NOOP(
        "template", "qx: probability of dying before next 1 January. Optional columns improvement_male and "
                    "improvement_female (annual rates by age) replace the Demography improvement keys."),
    layout.MORTALITY_BY_YEAR: QT_TRANSLATE_NOOP(
        "template", "Life tables for later anchor years (after the base year): ages 0 to 100 for each year "
                    "listed, rows in any order."),
    "Fertility": QT_TRANSLATE_NOOP("template", "Age-specific fertility rates, ages 15 to 49, any scale."),
    "Labour": QT_TRANSLATE_NOOP("template", "Labour-force participation rates by age (blank = 0)."),
    "Contributors": QT_TRANSLATE_NOOP(
        "template", "Contributors, annual insurable wages and past credited service in the base year (blank = 0)."),
    "Pensioners": QT_TRANSLATE_NOOP(
        "template", "Pensioners and average annual pensions in the base year (blank = 0). Optional groups of "
                    "columns, each given whole or not at all: disability pensioners and pensions; spouses "
                    "(survivors) and their pensions, by the spouse's own age; orphans and their pension (no sex), "
                    "below orphan_age_limit."),
    "Disability": QT_TRANSLATE_NOOP(
        "template", "Probability that a contributor becomes disabled within the year, by age and sex (blank = 0); "
                    "the Scheme keys disability_* set the pension's terms."),
    "Survivors": QT_TRANSLATE_NOOP(
        "template", "By the age and sex of a contributor or pensioner who dies: probability of leaving an entitled "
                    "spouse, average number of entitled orphans and their average age (whole years below "
                    "orphan_age_limit); blank = 0. The Scheme keys survivor_share and orphan_share set the "
                    "pensions."),
    "Migration": QT_TRANSLATE_NOOP(
        "template", "Age and sex profile of net migrants, any scale (blank = 0); needed when net_migration is not "
                    "0."),
    layout.SCHEDULE: QT_TRANSLATE_NOOP(
        "template", "Legislated changes: a row's values hold from its year (after the base year) until the next "
                    "row; keep only the columns you change, fill every cell."),
    layout.STOCHASTIC: QT_TRANSLATE_NOOP(
        "template", "Volatility of inflation, real wage growth and the investment return for stochastic "
                    "projections (reform-studio stochastic, the fan chart): standard deviations around the paths, "
                    "AR(1) autocorrelations and correlations of the annual shocks; empty keys take the defaults "
                    "shown."),
    layout.SENSITIVITY_TESTS: QT_TRANSLATE_NOOP(
        "template", "The sensitivity tests (reform-studio sensitivity, the tornado): the low and high setting of "
                    "each assumption, shifts as fractions and factors as multipliers; empty keys take the "
                    "standard set shown."),
}


def write_template(path: str | os.PathLike) -> Path:
    """Write the template to `path` atomically (a temporary file, then a rename)."""
    return write_atomically(Path(path), _write)


def _write(target: Path) -> None:
    book = Workbook()
    book.remove(book.active)
    _read_me(book.create_sheet(translate("template", "Read me")))
    data = _example_tables()
    for name in layout.ALL_SHEETS:
        ws = book.create_sheet(name)
        if name in layout.KEY_SHEETS:
            _key_sheet(ws, layout.KEY_SHEETS[name])
        elif name in layout.ANALYSIS_KEY_SHEETS:
            _key_sheet(ws, layout.ANALYSIS_KEY_SHEETS[name])
        elif name == layout.MORTALITY_BY_YEAR:
            _year_sheet(ws, ("Year", "Age"), layout.MORTALITY.columns)
        elif name in _YEAR_TABLES:
            _year_sheet(ws, ("Year",), _YEAR_TABLES[name].columns)
        else:
            _age_sheet(ws, _AGE_TABLES[name], data.get(name))
        if name in layout.OPTIONAL_SHEETS:
            ws.sheet_properties.tabColor = OPTIONAL_TAB
            _note(ws, translate("template", "Optional sheet. {note}").format(note=_sheet_note(name)))
    book.save(target)


_YEAR_TABLES = {t.sheet: t for t in (layout.ECONOMY_YEARS, layout.DEMOGRAPHY_YEARS,
                                     layout.SCHEDULE_YEARS)}
_AGE_TABLES = {t.sheet: t for t in layout.AGE_TABLES}


def _example_tables() -> dict[str, dict[str, np.ndarray]]:
    """Example columns by sheet and header; Migration is left blank (no migration)."""
    pop, qx, lfpr = template_data.population(), template_data.qx(), template_data.lfpr()
    insured, retired = template_data.insured(), template_data.pensioners()
    disabled, survivors = template_data.disability_stock(), template_data.survivor_stock()
    widowhood = template_data.survivor_rates()

    def by_sex(prefix: str, values: np.ndarray) -> dict[str, np.ndarray]:
        return {f"{prefix}male": values[0], f"{prefix}female": values[1]}

    return {
        "Population": {"Male": pop[0], "Female": pop[1]},
        "Mortality": by_sex("qx_", qx),
        "Fertility": {"asfr": template_data.asfr()},
        "Labour": by_sex("lfpr_", lfpr),
        "Contributors": {**by_sex("contributors_", insured["contributors"]),
                         **by_sex("wage_", insured["wage"]),
                         **by_sex("service_", insured["service"])},
        "Pensioners": {**by_sex("pensioners_", retired["pensioners"]),
                       **by_sex("pension_", retired["pension"]),
                       **by_sex("disability_pensioners_", disabled["pensioners"]),
                       **by_sex("disability_pension_", disabled["pension"]),
                       **by_sex("survivors_", survivors["spouses"]),
                       **by_sex("survivor_pension_", survivors["spouse_pension"]),
                       "orphans": survivors["orphans"],
                       "orphan_pension": survivors["orphan_pension"]},
        "Disability": by_sex("incidence_", template_data.incidence()),
        "Survivors": {**by_sex("married_", widowhood["married"]),
                      **by_sex("orphans_", widowhood["orphans"]),
                      **by_sex("orphan_age_", widowhood["age"])},
    }


def _header(ws: Worksheet, titles: list[str], widths: list[int]) -> None:
    ws.append(titles)
    for col, width in enumerate(widths, start=1):
        cell = ws.cell(1, col)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "A2"


def _excel_number(value: float) -> str:
    """A bound as Excel reads it in a rule: 1000000000000 rather than 1e+12."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _rule(validation: Validation, cell_range: str) -> dict[str, str]:
    """The data-validation settings for `validation` on `cell_range`. Excel's `between`
    includes both ends, so a range whose low end is refused (`above_low`, the ceiling's
    0 < c <= 10) gets a formula on the range's first cell, which Excel moves along the range."""
    if isinstance(validation, str):
        settings = dict(_VALIDATIONS[validation])
        return {**settings, "error": translate("template", settings["error"])}
    low, high = _excel_number(validation.low), _excel_number(validation.high)
    error = translate("template", _BOUNDS_ERRORS[validation.whole, validation.above_low]).format(
        low=show_number(validation.low), high=show_number(validation.high))
    if validation.above_low:
        first = cell_range.split(":")[0]
        whole = f",INT({first})={first}" if validation.whole else ""
        return dict(type="custom", formula1=f"AND(ISNUMBER({first}),{first}>{low},"
                                            f"{first}<={high}{whole})", error=error)
    return dict(type="whole" if validation.whole else "decimal", operator="between",
                formula1=low, formula2=high, error=error)


def _number_format(validation: Validation) -> str:
    if isinstance(validation, str):
        return _FORMATS.get(validation, "General")
    return validation.number_format or ("0" if validation.whole else "0.0#####")


def _validate(ws: Worksheet, validation: Validation, ranges: list[str]) -> None:
    """One rule over all `ranges`, or one a range where the rule's formula names a cell."""
    if not validation or not ranges:
        return
    by_formula = isinstance(validation, layout.Bounded) and validation.above_low
    for group in ([r] for r in ranges) if by_formula else [ranges]:
        rule = DataValidation(allow_blank=True, showErrorMessage=True,
                              errorTitle="Reform Studio", **_rule(validation, group[0]))
        ws.add_data_validation(rule)
        for cell_range in group:
            rule.add(cell_range)


def _validate_columns(ws: Worksheet, columns: tuple[layout.Column, ...], first: int,
                      last_row: int) -> None:
    """One validation rule per kind, covering rows 2..last_row of its columns."""
    ranges: dict[Validation, list[str]] = {}
    for col, column in enumerate(columns, start=first):
        letter = get_column_letter(col)
        ranges.setdefault(layout.validation_rule(column), []).append(
            f"{letter}2:{letter}{last_row}")
    for kind, cell_ranges in ranges.items():
        _validate(ws, kind, cell_ranges)


def _note(ws: Worksheet, text: str) -> None:
    """A note in the header row, two columns right of the table, where the reader ignores it."""
    col = ws.max_column + 2
    cell = ws.cell(1, col, text)
    cell.font = Font(italic=True, color="595959")
    ws.column_dimensions[get_column_letter(col)].width = 90


def _sheet_note(name: str) -> str:
    return translate("template", SHEET_NOTES[name])


def _key_sheet(ws: Worksheet, specs: tuple[layout.KeySpec, ...]) -> None:
    """`Parameter | Value` as the spec names them (the reader finds the header by them), then
    the unit and notes in the user's language."""
    units = [words(spec.unit) if spec.unit else None for spec in specs]
    _header(ws, ["Parameter", "Value", translate("template", "Unit"), translate("template", "Notes")],
            [40, 18, _fitted(units, 20), 70])
    ranges: dict[Validation, list[str]] = {}
    for spec, unit in zip(specs, units):
        example = spec.example.said() if isinstance(spec.example, Word) else spec.example
        ws.append([spec.name, example, unit, words(spec.note, spec.values) if spec.note else None])
        row = ws.max_row
        if not spec.required:
            ws.cell(row, 1).font = Font(italic=True)
        validation = layout.validation_rule(spec)
        if validation:
            ranges.setdefault(validation, []).append(f"B{row}")
            ws.cell(row, 2).number_format = _number_format(validation)
    for kind, cell_ranges in ranges.items():
        _validate(ws, kind, cell_ranges)


def _age_sheet(ws: Worksheet, table: layout.AgeTable,
               data: dict[str, np.ndarray] | None) -> None:
    """The table's columns, plus each optional group the examples fill (Mortality's
    improvement columns would replace the Demography keys, so they stay out)."""
    columns = table.columns + tuple(
        column for group in table.optional_groups
        if data is not None and all(c.header in data for c in group) for column in group)
    headers = [c.header for c in columns]
    _header(ws, ["Age"] + headers, [8] + [18] * len(headers))
    for col, column in enumerate(columns, start=2):
        if column.note:
            ws.cell(1, col).comment = Comment(words(column.note), "Reform Studio", width=300, height=110)
    for i, age in enumerate(table.ages):
        label = "100+" if age == 100 else age
        values = [None if data is None else float(data[h][i]) for h in headers]
        ws.append([label] + values)
    last = len(table.ages) + 1
    ws.cell(last, 1).alignment = Alignment(horizontal="right")
    _validate_columns(ws, columns, 2, last)
    for col, column in enumerate(columns, start=2):
        for row in range(2, last + 1):
            ws.cell(row, col).number_format = _number_format(layout.validation_rule(column))


def _year_sheet(ws: Worksheet, keys: tuple[str, ...], columns: tuple[layout.Column, ...]) -> None:
    _header(ws, list(keys) + [c.header for c in columns], [8] * len(keys) + [22] * len(columns))
    _validate_columns(ws, columns, len(keys) + 1, YEAR_ROWS + 1)


def _fitted(texts: list[str | None], least: int) -> int:
    """A column width that shows the longest of `texts` whole (French and Spanish run longer
    than English), and at least `least`."""
    return max(least, min(48, max((len(t) for t in texts if t), default=0) + 2))


def _read_me(ws: Worksheet) -> None:
    lines = [
        translate("template", "Reform Studio input workbook, template version {version}").format(
            version=layout.TEMPLATE_VERSION),
        translate("template", "Replace the example values with your scheme's. Rates are fractions (0.18 = 18 %); "
                              "money is in the scheme's currency per year; ages run 0 to 100 (100 = 100 and over)."),
        translate("template", "Key sheets hold Parameter | Value rows; keys in italics are optional (an empty value "
                              "= not given). Grey tabs are optional sheets: leave them empty if not needed."),
        translate("template", "Everything added in version 2 (the optional Scheme keys from wage_dispersion on, the "
                              "Disability and Survivors sheets, the extra Pensioners columns) is optional: a "
                              "version-1 workbook reads unchanged. Hover over a column header for what it means."),
    ]
    if language() != SOURCE_LANGUAGE:  # what an English reader needs no telling
        lines.append(translate(
            "template", "Sheet names, keys (column A of the key sheets) and column headers stay in English, as the "
                        "specification writes them, so that the workbook reads in every language: do not translate "
                        "them. The notes and comments explain them."))
    header = (translate("template", "Sheet"), translate("template", "Required?"), translate("template", "Content"))
    rows = [(name, translate("template", "optional") if name in layout.OPTIONAL_SHEETS
             else translate("template", "required"), _sheet_note(name)) for name in layout.ALL_SHEETS]
    for values in [(line, None, None) for line in lines] + [(None, None, None), header] + rows:
        ws.append(list(values))
    ws.cell(1, 1).font = Font(bold=True, size=14)
    for col in range(1, 4):
        ws.cell(len(lines) + 2, col).font = Font(bold=True)
    widths = (22, _fitted([header[1]] + [row[1] for row in rows], 12), 110)
    for col, width in zip("ABC", widths):
        ws.column_dimensions[col].width = width
