"""The workbook's known sheets as plain grids of values, read once with openpyxl.

Reading everything up front in read-only mode (`iter_rows(values_only=True)`) is an order of
magnitude faster than random cell access, and it bounds the work: at most `MAX_ROWS` rows of
`MAX_COLS` columns per sheet, so a hostile million-row sheet costs no more than a real one.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass

from reform_studio.workbook.cells import is_blank, norm

MAX_ROWS = 10_000
MAX_COLS = 64
MAX_TEXT = 32_767  # Excel's own limit for one cell: anything longer was not made by Excel


@dataclass(frozen=True)
class Sheet:
    """One sheet's values; `rows[0]` is Excel row 1, rows hold at most `MAX_COLS` values."""

    title: str
    rows: tuple[tuple[object, ...], ...]

    def value(self, row: int, col: int) -> object:
        """The value at a 1-based (row, column), None outside the used range."""
        if row < 1 or row > len(self.rows):
            return None
        values = self.rows[row - 1]
        return values[col - 1] if 0 < col <= len(values) else None

    def row_is_blank(self, row: int, cols: list[int]) -> bool:
        return all(is_blank(self.value(row, c)) for c in cols)


@dataclass(frozen=True)
class Book:
    """The sheets the reader knows, by normalised name, plus every sheet title seen."""

    sheets: dict[str, Sheet]
    titles: tuple[str, ...]

    def get(self, name: str) -> Sheet | None:
        return self.sheets.get(norm(name))

    def near_miss(self, name: str) -> str | None:
        """A sheet title that is probably `name` mistyped ('Mortality by year')."""
        wanted = _squash(name)
        unknown = [t for t in self.titles if norm(t) not in self.sheets]
        for title in unknown:
            if difflib.SequenceMatcher(None, _squash(title), wanted).ratio() >= 0.85:
                return title
        return None


def _squash(name: str) -> str:
    return "".join(ch for ch in norm(name) if ch.isalnum())


def trim(rows: list[tuple[object, ...]]) -> tuple[tuple[object, ...], ...]:
    """Drop trailing blank cells of each row and trailing blank rows (formatting leftovers)."""
    out = []
    for values in rows:
        end = len(values)
        while end and is_blank(values[end - 1]):
            end -= 1
        out.append(tuple(values[:end]))
    while out and not out[-1]:
        out.pop()
    return tuple(out)
