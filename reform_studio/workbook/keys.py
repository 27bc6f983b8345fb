"""Key sheets (Scheme, Economy, Demography): `Parameter | Value` rows in columns A and B.

The header row is optional and further columns (Unit, Notes) are ignored. A key with an
empty value counts as not given; whether it was required depends on other sheets (a `tfr`
column in DemographyByYear replaces the tfr keys), so the reader decides that afterwards
with `missing`. A key that is almost a known one ('contribution rate') is reported, since
otherwise it would be silently dropped; other unknown rows (titles, comments) are ignored.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from reform_studio.engine.errors import Problem
from reform_studio.i18n import translate
from reform_studio.workbook.cells import CellError, cell_ref, is_blank, norm, show
from reform_studio.workbook.grid import Sheet
from reform_studio.workbook.layout import KeySpec


@dataclass(frozen=True)
class Entry:
    """A key that was given: its checked value and the cell holding it."""

    value: object
    cell: str


@dataclass
class KeyValues:
    """What one key sheet gives, with enough positions to point at any key in a message."""

    sheet: str
    entries: dict[str, Entry] = field(default_factory=dict)
    value_cells: dict[str, str] = field(default_factory=dict)  # every key row seen
    failed: set[str] = field(default_factory=set)  # given, but its value was refused
    free_cell: str = "A1"
    sheet_found: bool = True

    def given(self, name: str) -> bool:
        return name in self.entries

    def absent(self, name: str) -> bool:
        """Not given and not already reported (as a wrong value or a missing sheet)."""
        return self.sheet_found and name not in self.entries and name not in self.failed

    def get(self, name: str, default: object = None) -> object:
        entry = self.entries.get(name)
        return default if entry is None else entry.value

    def cell(self, name: str) -> str:
        """Where a key's value is, or where a missing key should go."""
        return self.value_cells.get(name, self.free_cell)

    def missing(self, name: str, why: str = "") -> Problem:
        where = (translate("keys", "its value in {cell} is empty").format(cell=self.cell(name))
                 if name in self.value_cells else
                 translate("keys", "add a row with it in column A, for example in {cell}").format(cell=self.free_cell))
        return Problem(translate("keys", "the key '{name}' is required{why}: {where}.").format(
            name=name, why=why, where=where), self.sheet, self.cell(name))

    def not_allowed(self, name: str, reason: str) -> Problem:
        return Problem(translate("keys", "the key '{name}' must not be given here: {reason}; leave its value empty "
                                         "or delete the row.").format(name=name, reason=reason),
                       self.sheet, self.cell(name))


def read_keys(sheet: Sheet, specs: tuple[KeySpec, ...], elsewhere: dict[str, str],
              problems: list[Problem]) -> KeyValues:
    """Check every key row of `sheet`; `elsewhere` maps keys of other key sheets to them."""
    by_name = {spec.name: spec for spec in specs}
    out = KeyValues(sheet.title, free_cell=cell_ref(len(sheet.rows) + 1, 1))
    seen: dict[str, str] = {}
    first_row = True
    for r in range(1, len(sheet.rows) + 1):
        raw_key = sheet.value(r, 1)
        if is_blank(raw_key):
            continue
        key, header = norm(raw_key), first_row and norm(raw_key) == "parameter"
        first_row = False
        if header:
            continue
        where = cell_ref(r, 1)
        if key in seen:
            problems.append(Problem(translate("keys", "the key '{key}' appears again (first in {cell}): keep one "
                                                      "row.").format(key=key, cell=seen[key]), sheet.title, where))
            continue
        seen[key] = where
        spec = by_name.get(key)
        if spec is None:
            _unknown(key, raw_key, by_name, elsewhere, sheet.title, where, problems)
            continue
        out.value_cells[key] = cell_ref(r, 2)
        raw = sheet.value(r, 2)
        if is_blank(raw):
            continue
        try:
            out.entries[key] = Entry(spec.parse(raw, key), cell_ref(r, 2))
        except CellError as exc:
            problems.append(Problem(str(exc), sheet.title, cell_ref(r, 2)))
            out.failed.add(key)
    return out


def _unknown(key: str, raw_key: object, by_name: dict[str, KeySpec], elsewhere: dict[str, str],
             sheet: str, where: str, problems: list[Problem]) -> None:
    if key in elsewhere:
        problems.append(Problem(translate("keys", "the key '{key}' belongs on sheet '{sheet}': move it there.").format(
            key=key, sheet=elsewhere[key]), sheet, where))
        return
    close = difflib.get_close_matches(key, list(by_name), n=1, cutoff=0.85)
    if close:
        problems.append(Problem(translate("keys", "'{text}' is not a key of this sheet: did you mean '{key}'?").format(
            text=show(raw_key), key=close[0]), sheet, where))
