"""A template-version-2 workbook (spec 9 and 16) as plain contents, then written with openpyxl
or handed to the reader in memory: key sheets as Parameter | Value | Unit | Notes, age and
year tables with their exact headers.

Why contents first: the costing needs the Scheme of fifty workbooks in seconds, and writing
and reading back an xlsx costs a quarter of a second a country. The reader's own checks and
assembly run on the very values the writer writes (`_clean`), so a costing from memory
equals the workbook's basic-pension lever by construction (tests/costing/test_built_country.py
also compares the two Schemes array by array).
"""
from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Sequence

from openpyxl import Workbook
from openpyxl.styles import Font

from reform_studio.engine.scheme import Scheme
from reform_studio.i18n import SOURCE_LANGUAGE, language, translate
from reform_studio.workbook import reader
from reform_studio.workbook.atomic import write_atomically
from reform_studio.workbook.cells import norm
from reform_studio.workbook.grid import Book, Sheet, trim
from reform_studio.workbook.layout import ALL_SHEETS

KeyRow = tuple[str, object, str, str]
HEADER_FONT = Font(bold=True)
FITTED_MAX = 60  # the widest a fitted column grows; longer notes run on into the empty cells beside
KNOWN = {norm(name) for name in ALL_SHEETS}


@dataclass(frozen=True)
class SheetContents:
    """One sheet as written: header, rows of plain values, column widths."""

    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]
    widths: tuple[int, ...] = ()


def _clean(value: object) -> object:
    """Plain Python numbers (openpyxl rejects numpy scalars) with 10 significant digits."""
    if type(value) is not float and hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float):
        return float(f"{value:.10g}")
    return value


def _sheet(title: str, header: Sequence[str], rows: Iterable[Sequence[object]],
           widths: Sequence[int] = (), fitted: Sequence[int] = ()) -> SheetContents:
    """`fitted`: the columns that, in a translation, are widened to their longest text (French
    and Spanish run longer than English, and a text beside a filled cell is cut); English keeps
    the widths the shipped samples were built with."""
    contents = SheetContents(title, tuple(header), tuple(tuple(_clean(v) for v in row) for row in rows), tuple(widths))
    if language() == SOURCE_LANGUAGE:
        return contents
    columns = list(zip(contents.header, *contents.rows))
    longest = {c: max(len(str(v)) for v in columns[c] if v is not None) for c in fitted}
    return replace(contents, widths=tuple(max(w, min(FITTED_MAX, longest[c] + 2)) if c in longest else w
                                          for c, w in enumerate(contents.widths)))


def key_sheet(title: str, rows: Sequence[KeyRow]) -> SheetContents:
    """`Parameter | Value` as the spec names them (the reader finds the header by them), then the
    unit and notes in the current language."""
    return _sheet(title, ("Parameter", "Value", translate("country_workbook", "Unit"),
                          translate("country_workbook", "Notes")), rows, (34, 18, 22, 100), fitted=(2,))


def table(title: str, header: Sequence[str], rows: Iterable[Sequence[object]],
          fitted: Sequence[int] = ()) -> SheetContents:
    return _sheet(title, header, rows, [14] * len(header), fitted)


def text_sheet(title: str, lines: Sequence[tuple[str, str]]) -> SheetContents:
    return _sheet(title, (translate("country_workbook", "Item"), translate("country_workbook", "Source or method")),
                  lines, (30, 140), fitted=(0,))


def workbook(sheets: Sequence[SheetContents]) -> Workbook:
    """The openpyxl workbook of `sheets` (bold headers, frozen header row, column widths)."""
    wb = Workbook()
    wb.remove(wb.active)
    for contents in sheets:
        ws = wb.create_sheet(contents.title)
        ws.append(list(contents.header))
        for cell in ws[1]:
            cell.font = HEADER_FONT
        for row in contents.rows:
            ws.append(list(row))
        ws.freeze_panes = "A2"
        for i, width in enumerate(contents.widths):
            ws.column_dimensions[chr(ord("A") + i)].width = width
    return wb


def read(sheets: Sequence[SheetContents], name: str) -> Scheme:
    """The Scheme the reader makes of `sheets` once written: the known sheets as the reader's
    grid (`source.load_book` keeps the same ones), then the reader's checks and assembly
    (`reader.read_scheme` after loading). An `InputError` lists any problem, as from a file."""
    book = Book({norm(s.title): Sheet(s.title, trim([s.header, *s.rows])) for s in sheets if norm(s.title) in KNOWN},
                tuple(s.title for s in sheets))
    return reader.scheme_from_book(book, name, name)


FIXED_STAMP = "2025-01-01T00:00:00Z"


def save(wb: Workbook, path: Path) -> Path:
    """Save completely or not at all (`write_atomically`), with fixed timestamps (document
    properties and zip entries), so that rebuilding from the same data gives the same bytes
    and git shows no spurious change."""
    return write_atomically(path, lambda temp: _save_fixed(wb, temp))


def _save_fixed(wb: Workbook, path: Path) -> None:
    wb.save(path)
    with zipfile.ZipFile(path) as source:
        entries = [(info.filename, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, content in entries:
            if name == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*",
                                 rb"\g<1>" + FIXED_STAMP.encode(), content)
            target.writestr(zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0)), content,
                            compress_type=zipfile.ZIP_DEFLATED)
