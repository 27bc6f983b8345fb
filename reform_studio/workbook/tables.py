"""Age tables (one row per age) and year tables (one row per year), found by header text.

The header row is the first of the sheet's first ten rows that has the table's key column
('Age' or 'Year'), so a title line above a table does no harm. Columns the table does not
know are ignored (Notes, sources, working columns); rows blank in every column the table
reads are skipped, wherever they are.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Iterator

import numpy as np

from reform_studio.engine.errors import Problem
from reform_studio.i18n import translate
from reform_studio.workbook import cells
from reform_studio.workbook.cells import CellError, cell_ref, is_blank, norm
from reform_studio.workbook.grid import Sheet
from reform_studio.workbook.layout import AgeTable, Column, YearTable

HEADER_SEARCH_ROWS = 10


def find_header(sheet: Sheet, key: str, problems: list[Problem]) -> int | None:
    """The row holding the header `key` ('Age' or 'Year'), or None after reporting it."""
    for r in range(1, min(len(sheet.rows), HEADER_SEARCH_ROWS) + 1):
        if any(norm(v) == norm(key) for v in sheet.rows[r - 1]):
            return r
    problems.append(Problem(translate("tables", "no header row with a column '{key}' was found in the first {rows} "
                                                "rows: the table starts with a row of column names.").format(
        key=key, rows=HEADER_SEARCH_ROWS), sheet.title, "A1"))
    return None


def locate(sheet: Sheet, header: int, names: list[str], problems: list[Problem]) -> dict[str, int]:
    """Column numbers of the headers in `names` that are present (repeats reported)."""
    wanted = {norm(n): n for n in names}
    found: dict[str, int] = {}
    for c, raw in enumerate(sheet.rows[header - 1], start=1):
        name = wanted.get(norm(raw))
        if name is None:
            continue
        if name in found:
            problems.append(Problem(translate("tables", "the column '{name}' appears again (first in {first}): keep "
                                                        "one.").format(name=name, first=cell_ref(header, found[name])),
                                    sheet.title, cell_ref(header, c)))
        else:
            found[name] = c
    return found


def _require(sheet: Sheet, header: int, names: list[str], found: dict[str, int],
             problems: list[Problem], why: str = "") -> bool:
    absent = [n for n in names if n not in found]
    free = cell_ref(header, len(sheet.rows[header - 1]) + 1)
    for name in absent:
        problems.append(Problem(translate("tables", "there is no column headed '{name}'{why}: add it to the header "
                                                    "row (for example in {free}).").format(name=name, why=why, free=free),
                                sheet.title, free))
    return not absent


def _together(names: list[str]) -> str:
    """Why a column of an optional group is required once another of the group is given."""
    return translate("tables", ", and the columns {names} go together (give all or none)").format(
        names=", ".join(names))


def _rows(sheet: Sheet, header: int, cols: list[int]) -> Iterator[int]:
    """Data rows below the header that are not blank in the columns read."""
    for r in range(header + 1, len(sheet.rows) + 1):
        if not sheet.row_is_blank(r, cols):
            yield r


def age_ranges(numbers: list[int]) -> str:
    """'3, 7-9' for [3, 7, 8, 9]: a readable list of ages (missing, or wrong for a rule)."""
    parts, start = [], None
    for i, n in enumerate(numbers):
        if start is None:
            start = n
        if i + 1 == len(numbers) or numbers[i + 1] != n + 1:
            parts.append(str(start) if start == n else f"{start}-{n}")
            start = None
    return ", ".join(parts)


def _key_cell(sheet: Sheet, r: int, col: int, what: str, parse, problems: list[Problem]):
    """The checked key (`what`: 'age' or 'year') of row `r`, or None after reporting what is wrong."""
    raw = sheet.value(r, col)
    if is_blank(raw):
        problems.append(Problem(translate("tables", "this row has values but no age.") if what == "age" else
                                translate("tables", "this row has values but no year."), sheet.title,
                                cell_ref(r, col)))
        return None
    try:
        return parse(raw, translate("tables", "the age") if what == "age" else translate("tables", "the year"))
    except CellError as exc:
        problems.append(Problem(str(exc), sheet.title, cell_ref(r, col)))
        return None


def _keyed_rows(sheet: Sheet, rows: Iterable[int], col: int, what: str, parse,
                problems: list[Problem], seen: dict[int, str]) -> Iterator[tuple[int, int]]:
    """Rows whose key (age or year) is readable and new, with that key; every other row is
    reported (no key, an unreadable key, a key seen before). `seen` maps keys to their cells."""
    for r in rows:
        key = _key_cell(sheet, r, col, what, parse, problems)
        if key is None:
            continue
        if key in seen:
            again = (translate("tables", "the age {key} appears again (first in {first}): each age appears once.")
                     if what == "age" else
                     translate("tables", "the year {key} appears again (first in {first}): each year appears once."))
            problems.append(Problem(again.format(key=key, first=seen[key]), sheet.title, cell_ref(r, col)))
            continue
        seen[key] = cell_ref(r, col)
        yield r, key


def _fill(sheet: Sheet, r: int, col: int, column: Column, what: str, blank_is_zero: bool,
          problems: list[Problem]) -> float | None:
    """The checked value of one cell, or None after reporting what is wrong with it."""
    raw = sheet.value(r, col)
    if is_blank(raw) and blank_is_zero:
        return 0.0
    if is_blank(raw):
        problems.append(Problem(translate("tables", "{what} is empty: every cell of this table needs a value.").format(
            what=what), sheet.title, cell_ref(r, col)))
        return None
    try:
        return float(column.parse(raw, what))
    except CellError as exc:
        problems.append(Problem(str(exc), sheet.title, cell_ref(r, col)))
        return None


@dataclass(frozen=True)
class AgeColumns:
    """The columns an age table gives, as arrays over its ages, with the cell of every value
    so that rules spanning sheets (the orphan age limit) can point at one."""

    sheet: str
    arrays: dict[str, np.ndarray]
    columns: dict[str, int]  # header -> column number
    rows: dict[int, int]  # age -> row number

    def __contains__(self, name: str) -> bool:
        return name in self.arrays

    def __getitem__(self, name: str) -> np.ndarray:
        return self.arrays[name]

    def cell(self, name: str, age: int) -> str:
        return cell_ref(self.rows[age], self.columns[name])


def read_age_table(sheet: Sheet, table: AgeTable, problems: list[Problem]) -> AgeColumns | None:
    """One array over `table.ages` per column present; None where the layout is unusable
    (a required column missing, or an optional group of columns given in part)."""
    header = find_header(sheet, "Age", problems)
    if header is None:
        return None
    optional = [column for group in table.optional_groups for column in group]
    found = locate(sheet, header, ["Age"] + [c.header for c in table.columns + tuple(optional)],
                   problems)
    usable = _require(sheet, header, ["Age"] + [c.header for c in table.columns], found, problems)
    for group in table.optional_groups:
        names = [c.header for c in group]
        if 0 < sum(n in found for n in names) < len(names):
            usable = _require(sheet, header, names, found, problems, _together(names)) and usable
    if not usable:
        return None
    columns = [c for c in table.columns + tuple(optional) if c.header in found]
    low, high = table.ages.start, table.ages.stop - 1
    out = {c.header: np.zeros(len(table.ages)) for c in columns}
    seen: dict[int, str] = {}
    row_of: dict[int, int] = {}
    age_col = found["Age"]
    rows = _rows(sheet, header, [age_col] + [found[c.header] for c in columns])
    for r, age in _keyed_rows(sheet, rows, age_col, "age",
                              lambda raw, what: cells.age_label(raw, what, low, high), problems, seen):
        row_of[age] = r
        for column in columns:
            value = _fill(sheet, r, found[column.header], column, translate("tables", "{column} at age {age}").format(
                column=column.header, age=age), table.blank_is_zero, problems)
            out[column.header][age - low] = 0.0 if value is None else value
    missing = [a for a in table.ages if a not in seen]
    if missing:
        sentence = (translate("tables", "ages {ages} are missing: every age from {low} to {high} appears once{note}.")
                    if len(missing) > 1 else
                    translate("tables", "age {ages} is missing: every age from {low} to {high} appears once{note}."))
        problems.append(Problem(sentence.format(ages=age_ranges(missing), low=low, high=high,
                                                note=" (100 = 100+)" if high == 100 else ""),
                                sheet.title, cell_ref(header, age_col)))
    return AgeColumns(sheet.title, out, {c.header: found[c.header] for c in columns}, row_of)


def _years_after(after: int | None):
    """A year parser that also refuses years not after `after` (tables of later years only)."""
    def parse(raw: object, what: str) -> int:
        year = cells.year(raw, what)
        if after is not None and year <= after:
            raise CellError(translate("tables", "the year {year} is not after the base year {base}: this table holds "
                                                "later years only.").format(year=year, base=after))
        return year
    return parse


@dataclass(frozen=True)
class YearColumns:
    """The columns a year table gives, as (year, value) pairs in year order, with cells."""

    sheet: str
    values: dict[str, tuple[tuple[int, float], ...]] = field(default_factory=dict)
    cells: dict[tuple[str, int], str] = field(default_factory=dict)

    def __contains__(self, name: str) -> bool:
        return name in self.values


def read_year_table(sheet: Sheet, table: YearTable, after: int | None,
                    problems: list[Problem]) -> YearColumns:
    """Each column present with at least one row; years must be after `after` if given."""
    header = find_header(sheet, "Year", problems)
    if header is None:
        return YearColumns(sheet.title)
    found = locate(sheet, header, ["Year"] + [c.header for c in table.columns], problems)
    if not _require(sheet, header, ["Year"], found, problems):
        return YearColumns(sheet.title)
    year_col = found["Year"]
    present = [c for c in table.columns if c.header in found]
    data_rows = list(_rows(sheet, header, [year_col] + [found[c.header] for c in present]))
    # a column left blank in every row is not given (the template lists them all)
    columns = [c for c in present if not all(is_blank(sheet.value(r, found[c.header]))
                                             for r in data_rows)]
    rows: dict[str, list[tuple[int, float]]] = {c.header: [] for c in columns}
    where: dict[tuple[str, int], str] = {}
    seen: dict[int, str] = {}

    for r, year in _keyed_rows(sheet, data_rows, year_col, "year", _years_after(after), problems, seen):
        for column in columns:
            value = _fill(sheet, r, found[column.header], column, translate("tables", "{column} for {year}").format(
                column=column.header, year=year), False, problems)
            if value is not None:  # a refused cell is reported once, not checked again
                rows[column.header].append((year, value))
                where[column.header, year] = cell_ref(r, found[column.header])
    return YearColumns(sheet.title, {name: tuple(sorted(pairs)) for name, pairs in rows.items()
                                     if pairs}, where)


def read_mortality_by_year(sheet: Sheet, qx_columns: tuple[Column, ...], after: int | None,
                           problems: list[Problem]) -> dict[int, np.ndarray]:
    """Later anchor life tables: year -> (2, 101) qx, each year with every age once."""
    header = find_header(sheet, "Year", problems)
    if header is None:
        return {}
    names = ["Year", "Age"] + [c.header for c in qx_columns]
    found = locate(sheet, header, names, problems)
    if not _require(sheet, header, names, found, problems):
        return {}
    tables: dict[int, np.ndarray] = {}
    seen: dict[tuple[int, int], str] = {}
    first_row: dict[int, str] = {}

    parse_year = _years_after(after)
    for r in _rows(sheet, header, [found[n] for n in names]):
        year = _key_cell(sheet, r, found["Year"], "year", parse_year, problems)
        age = _key_cell(sheet, r, found["Age"], "age",
                        lambda raw, what: cells.age_label(raw, what, 0, 100), problems)
        if year is None or age is None:
            continue
        where = cell_ref(r, found["Age"])
        if (year, age) in seen:
            problems.append(Problem(translate("tables", "age {age} of {year} appears again (first in {first}): each "
                                                        "year and age appears once.").format(
                age=age, year=year, first=seen[year, age]), sheet.title, where))
            continue
        seen[year, age] = where
        first_row.setdefault(year, cell_ref(r, found["Year"]))
        qx = tables.setdefault(year, np.zeros((2, 101)))
        for sex, column in enumerate(qx_columns):
            value = _fill(sheet, r, found[column.header], column, translate(
                "tables", "{column} for {year} at age {age}").format(column=column.header, year=year, age=age),
                False, problems)
            qx[sex, age] = 0.0 if value is None else value
    for year, where in first_row.items():
        missing = [a for a in range(101) if (year, a) not in seen]
        if missing:
            sentence = (translate("tables", "the year {year} lacks ages {ages}: every year listed needs ages 0 to 100.")
                        if len(missing) > 1 else
                        translate("tables", "the year {year} lacks age {ages}: every year listed needs ages 0 to 100."))
            problems.append(Problem(sentence.format(year=year, ages=age_ranges(missing)), sheet.title, where))
    return tables
