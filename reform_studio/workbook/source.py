"""Opening an input workbook with openpyxl, read-only, and turning it into a `Book`.

The file is opened read-only with cached values (`data_only`), so it is never changed and
macros never run. A formula cell saved by a program that does not calculate (no cached
value) would read as empty and silently become 0 in a "blank = 0" table; when the sheets
contain formulas at all, a second pass marks those cells so the reader can say so.
Anything openpyxl cannot parse becomes one `InputError` sentence, never a traceback.
"""
from __future__ import annotations

import re
import zipfile
from itertools import zip_longest
from pathlib import Path
from typing import BinaryIO

import openpyxl
import openpyxl.xml
from defusedxml import DefusedXmlException

from reform_studio.engine.errors import InputError, Problem
from reform_studio.i18n import translate
from reform_studio.i18n.numbers import number
from reform_studio.workbook.cells import FORMULA_WITHOUT_VALUE, cell_ref, norm
from reform_studio.workbook.grid import MAX_COLS, MAX_ROWS, MAX_TEXT, Book, Sheet, trim
from reform_studio.workbook.layout import ALL_SHEETS
from reform_studio.workbook.safety import SAVE_AS

_FORMULA_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]")
_KNOWN = {norm(name) for name in ALL_SHEETS}
MAX_SCAN_BYTES = 16 * 2**20  # larger parts cannot be sheets of at most MAX_ROWS rows we read


def _require_defusedxml() -> None:
    """openpyxl only parses XML safely (no entity expansion) when defusedxml is active."""
    if not openpyxl.xml.DEFUSEDXML:
        raise RuntimeError("defusedxml is not active for openpyxl (is it installed, and is "
                           "OPENPYXL_DEFUSEDXML set to False?): refusing to read workbooks.")


def _has_formulas(stream: BinaryIO) -> bool:
    """Whether any worksheet part of the (already size-checked) zip holds a formula element."""
    stream.seek(0)
    with zipfile.ZipFile(stream) as archive:
        for info in archive.infolist():
            if not info.filename.startswith("xl/worksheets/") or info.file_size > MAX_SCAN_BYTES:
                continue
            with archive.open(info) as part:
                tail = b""
                while chunk := part.read(1 << 20):
                    if _FORMULA_TAG.search(tail + chunk):
                        return True
                    tail = chunk[-32:]
    return False


def _strip(values: tuple) -> tuple:
    """A row without its trailing empty cells (rows come padded to MAX_COLS)."""
    end = len(values)
    while end and values[end - 1] is None:
        end -= 1
    return values[:end]


def _read_grids(stream: BinaryIO, data_only: bool
                ) -> tuple[dict[str, list[tuple]], tuple[str, ...], list[Problem]]:
    """Raw value rows of every known sheet (bounded), all sheet titles, and size problems."""
    stream.seek(0)
    book = openpyxl.load_workbook(stream, read_only=True, data_only=data_only, keep_vba=False,
                                  keep_links=False)
    try:
        grids: dict[str, list[tuple]] = {}
        problems: list[Problem] = []
        titles = tuple(book.sheetnames)
        for sheet in book.worksheets:
            if norm(sheet.title) not in _KNOWN:
                continue
            rows = [_strip(values) for values in sheet.iter_rows(
                max_row=MAX_ROWS + 1, max_col=MAX_COLS, values_only=True)]
            if len(rows) > MAX_ROWS and rows[MAX_ROWS]:
                problems.append(Problem(translate(
                    "source", "the sheet has more than {rows} rows; an input workbook needs a few hundred: remove the "
                              "extra rows.").format(rows=number(MAX_ROWS)), sheet.title, cell_ref(MAX_ROWS + 1, 1)))
            rows = rows[:MAX_ROWS]
            problems += _long_texts(sheet.title, rows)
            grids[sheet.title] = rows
        return grids, titles, problems
    finally:
        book.close()


def _long_texts(title: str, rows: list[tuple]) -> list[Problem]:
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values, start=1):
            if isinstance(value, str) and len(value) > MAX_TEXT:
                return [Problem(translate("source", "the cell holds {count} characters of text, more than Excel "
                                                    "allows in a cell: this is not a workbook made in Excel.").format(
                    count=number(len(value))), title, cell_ref(r, c))]
    return []


def _mark_uncalculated(stream: BinaryIO, grids: dict[str, list[tuple]]) -> None:
    """Put `FORMULA_WITHOUT_VALUE` where a formula cell has no saved value."""
    formulas, _, _ = _read_grids(stream, data_only=False)
    for title, rows in grids.items():
        for r, (cached, written) in enumerate(zip(rows, formulas.get(title, ()))):
            pairs = list(zip_longest(cached, written))
            if any(v is None and w is not None for v, w in pairs):
                rows[r] = tuple(FORMULA_WITHOUT_VALUE if v is None and w is not None else v
                                for v, w in pairs)


def load_book(path: Path, stream: BinaryIO) -> Book:
    """Read the known sheets of the workbook at `path` (open as `stream`) into a Book."""
    _require_defusedxml()
    try:
        grids, titles, problems = _read_grids(stream, data_only=True)
        if problems:
            raise InputError(problems, source=path.name)
        if _has_formulas(stream):
            _mark_uncalculated(stream, grids)
    except InputError:
        raise
    except Exception as exc:  # openpyxl reports broken files with many exception types
        raise _unreadable(path, exc) from None
    return Book(_unique_sheets(path, grids), titles)


def _unreadable(path: Path, exc: Exception) -> InputError:
    """One sentence for a file openpyxl could not parse; entity attacks are named as such."""
    cause: BaseException | None = exc
    while cause is not None and not isinstance(cause, DefusedXmlException):
        cause = cause.__cause__ or cause.__context__
    if cause is not None:
        return InputError(translate("source", "'{file}' contains XML entity or DTD declarations, which an Excel "
                                              "workbook never has; it is refused for safety: {advice}.").format(
            file=path.name, advice=translate("safety", SAVE_AS)), source=path.name)
    reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return InputError(translate("source", "'{file}' could not be read as an Excel workbook ({reason}): "
                                          "{advice}.").format(file=path.name, reason=reason,
                                                               advice=translate("safety", SAVE_AS)), source=path.name)


def _unique_sheets(path: Path, grids: dict[str, list[tuple]]) -> dict[str, Sheet]:
    """Sheets by normalised name; two titles that differ only in case or spaces are refused."""
    sheets: dict[str, Sheet] = {}
    problems = []
    for title, rows in grids.items():
        key = norm(title)
        if key in sheets:
            problems.append(Problem(translate("source", "two sheets are named '{first}' and '{second}': names are "
                                                        "matched ignoring case and spaces, so rename or delete "
                                                        "one.").format(first=sheets[key].title, second=title), title))
        else:
            sheets[key] = Sheet(title, trim(rows))
    if problems:
        raise InputError(problems, source=path.name)
    return sheets
