"""Small helpers that copy a valid workbook and change a few cells, for reader tests."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import openpyxl
from openpyxl.workbook import Workbook

from tests.conftest import EXAMPLES

EXAMPLE1 = EXAMPLES / "example1.xlsx"
EXAMPLE2 = EXAMPLES / "example2.xlsx"
EXAMPLE3 = EXAMPLES / "example3.xlsx"  # template version 2: disability, survivors, funeral grant
EXAMPLE4 = EXAMPLES / "example4.xlsx"  # template version 2: classes, ceiling, qualifying period


def edited(base: Path, target: Path, change: Callable[[Workbook], None]) -> Path:
    """Save a copy of `base` at `target` after `change` edits it (the base is untouched)."""
    book = openpyxl.load_workbook(base)
    change(book)
    book.save(target)
    return target


def key_row(book: Workbook, sheet: str, key: str) -> int:
    ws = book[sheet]
    for row in range(1, ws.max_row + 1):
        if str(ws.cell(row, 1).value).strip().lower() == key:
            return row
    raise KeyError(key)


def set_key(book: Workbook, sheet: str, key: str, value: object) -> None:
    """Give `key` a value, adding the row at the end when the sheet lacks it."""
    ws = book[sheet]
    try:
        row = key_row(book, sheet, key)
    except KeyError:
        row = ws.max_row + 1
        ws.cell(row, 1, key)
    ws.cell(row, 2).value = value


def delete_key(book: Workbook, sheet: str, key: str) -> None:
    book[sheet].delete_rows(key_row(book, sheet, key))


def age_row(age: int, first_age: int = 0) -> int:
    """Excel row of `age` in an age table with its header in row 1."""
    return age - first_age + 2


def add_sheet(book: Workbook, name: str, rows: list[list[object]]) -> None:
    ws = book.create_sheet(name)
    for values in rows:
        ws.append(values)


def column_of(book: Workbook, sheet: str, header: str) -> int:
    """Column number of `header` in row 1 of `sheet`."""
    for cell in book[sheet][1]:
        if str(cell.value).strip().lower() == header:
            return cell.column
    raise KeyError(header)


def delete_column(book: Workbook, sheet: str, header: str) -> None:
    book[sheet].delete_cols(column_of(book, sheet, header))
