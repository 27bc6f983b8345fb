"""Re-reading an export the way a recipient would: openpyxl for cells, pandas for tables."""
from __future__ import annotations

import math

import openpyxl


def as_written(x: float) -> float:
    """What an .xlsx written by openpyxl holds for x: 16 significant digits ('%.16g')."""
    return float("%.16g" % x)


def same_number(cell_value, expected) -> bool:
    """Exact equality with the written value; an empty cell for a null (NaN/None)."""
    if expected is None or (isinstance(expected, float) and math.isnan(expected)):
        return cell_value is None
    return cell_value is not None and float(cell_value) == as_written(float(expected))


def load(path):
    return openpyxl.load_workbook(path)


HEADER_ROW = 3  # a by-year sheet: title, note, then the years across


def by_year(ws) -> tuple[list[int], dict[str, list], list[str]]:
    """A by-year sheet read back: its years, {line label: values by year} and the headings (a
    heading is a label with no number beside it)."""
    years = [c.value for c in ws[HEADER_ROW]][1:]
    lines: dict[str, list] = {}
    headings: list[str] = []
    for label, *values in ws.iter_rows(min_row=HEADER_ROW + 1, values_only=True):
        if all(v is None for v in values):
            headings.append(label)
        else:
            lines[label] = values
    return years, lines, headings


def row_of(ws, label: str, after: int = HEADER_ROW) -> int:
    return next(c.row for c in ws["A"] if c.value == label and c.row > after)
