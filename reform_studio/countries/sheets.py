"""Write one template-version-2 workbook (spec 9 and 16) with openpyxl: key sheets as
Parameter | Value | Unit | Notes, age and year tables with their exact headers."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Iterable, Sequence

from openpyxl import Workbook
from openpyxl.styles import Font

from reform_studio.workbook.atomic import write_atomically

KeyRow = tuple[str, object, str, str]
HEADER_FONT = Font(bold=True)


def _clean(value: object) -> object:
    """Plain Python numbers (openpyxl rejects numpy scalars) with 10 significant digits."""
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float):
        return float(f"{value:.10g}")
    return value


def _sheet(wb: Workbook, title: str, header: Sequence[str], rows: Iterable[Sequence[object]],
           widths: Sequence[int] = ()) -> None:
    ws = wb.create_sheet(title)
    ws.append(list(header))
    for cell in ws[1]:
        cell.font = HEADER_FONT
    for row in rows:
        ws.append([_clean(v) for v in row])
    ws.freeze_panes = "A2"
    for i, width in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = width


def add_key_sheet(wb: Workbook, title: str, rows: Sequence[KeyRow]) -> None:
    _sheet(wb, title, ("Parameter", "Value", "Unit", "Notes"), rows, (34, 18, 22, 100))


def add_table(wb: Workbook, title: str, header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    _sheet(wb, title, header, rows, [14] * len(header))


def add_text_sheet(wb: Workbook, title: str, lines: Sequence[tuple[str, str]]) -> None:
    _sheet(wb, title, ("Item", "Source or method"), lines, (30, 140))


def new_workbook() -> Workbook:
    wb = Workbook()
    wb.remove(wb.active)
    return wb


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
