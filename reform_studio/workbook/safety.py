"""Checks made on an input file before openpyxl touches it.

Users send what they have: old .xls files, password-protected workbooks, .xlsb, LibreOffice
.ods, CSV exports, half-copied downloads. Each is recognised by its content (magic bytes
and zip members; the extension only flavours the message) and refused with one sentence
that says what to do. A valid zip is also inspected before parsing, so a zip bomb is refused
from its directory alone, without inflating anything.
"""
from __future__ import annotations

import codecs
import re
import zipfile
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator

from reform_studio.engine.errors import InputError

OLE2_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")  # .xls, and encrypted (password) .xlsx
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
ENCRYPTION_MARK = "EncryptionInfo".encode("utf-16-le")
MAX_TOTAL_BYTES = 200 * 2**20  # uncompressed; a real input workbook is well under 5 MB
MAX_MEMBERS = 10_000
LARGE_MEMBER_BYTES = 2**20
MAX_RATIO = 100  # uncompressed / compressed, for members above LARGE_MEMBER_BYTES
# openpyxl reads a sheet's <dimension> when it opens a workbook; where there is none it parses
# the whole sheet (about 1 MB/s), so a large sheet must declare it before its data
UNDECLARED_SHEET_BYTES = 2**20
_DIMENSION = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(dimension|sheetData)[\s>/]")
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
SAVE_AS = "open it in Excel and save it as an Excel Workbook (.xlsx)"


@contextmanager
def open_checked(path: Path) -> Iterator[BinaryIO]:
    """The file opened for reading (never writing), once it looks like a safe .xlsx/.xlsm."""
    if path.is_dir():
        raise _refuse(path, "is a folder, not a workbook file")
    try:
        stream = open(path, "rb")
    except OSError as exc:
        reason = "was not found" if isinstance(exc, FileNotFoundError) else \
            f"cannot be opened ({exc.strerror or exc}); if it is open in Excel, close it there"
        raise _refuse(path, reason) from None
    with stream:
        _check_content(path, stream)
        stream.seek(0)
        yield stream


def _refuse(path: Path, what: str) -> InputError:
    return InputError(f"'{path.name}' {what}.", source=path.name)


def _check_content(path: Path, stream: BinaryIO) -> None:
    head = stream.read(8)
    if not head:
        raise _refuse(path, f"is empty (0 bytes): {SAVE_AS} again")
    if head == OLE2_MAGIC:
        raise _refuse(path, _ole2_kind(stream))
    if not head.startswith(ZIP_MAGICS):
        raise _refuse(path, _non_zip_kind(path, head + stream.read(4096)))
    stream.seek(0)
    try:
        with zipfile.ZipFile(stream) as archive:
            infos = archive.infolist()
            _check_members(path, archive, infos)
    except zipfile.BadZipFile:
        raise _refuse(path, "is damaged or incomplete (perhaps a download or copy that did not "
                            f"finish): copy it again, or {SAVE_AS}") from None


def _ole2_kind(stream: BinaryIO) -> str:
    """An OLE2 file holding 'EncryptionInfo' is an .xlsx saved with a password."""
    stream.seek(0)
    if ENCRYPTION_MARK in stream.read(8 * 2**20):
        return ("is protected with a password (encrypted), so it cannot be read: open it in "
                "Excel, remove the password (File > Info > Protect Workbook) and save it as .xlsx")
    return ("is an Excel 97-2003 workbook (.xls), which Reform Studio does not read: "
            f"{SAVE_AS}")


def _non_zip_kind(path: Path, start: bytes) -> str:
    suffix = path.suffix.lower()
    try:  # incremental: a character cut at the end of the sample is not an error
        codecs.getincrementaldecoder("utf-8")().decode(start, final=False)
        is_text = b"\x00" not in start
    except UnicodeDecodeError:
        is_text = False
    if is_text or suffix in (".csv", ".txt", ".tsv"):
        return ("is a text (CSV) file, not a workbook: open it in Excel, arrange it as the "
                "template, and save it as an Excel Workbook (.xlsx)")
    named = f" despite its {suffix} name" if suffix else ""
    return f"is not an Excel workbook (.xlsx){named}: {SAVE_AS}"


def _check_members(path: Path, archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    names = {info.filename for info in infos}
    if "xl/workbook.bin" in names:
        raise _refuse(path, "is an Excel Binary Workbook (.xlsb), which Reform Studio does not "
                            f"read: {SAVE_AS}")
    if "mimetype" in names and archive.read("mimetype")[:100].startswith(ODS_MIMETYPE):
        raise _refuse(path, "is an OpenDocument spreadsheet (.ods): open it in LibreOffice or "
                            "Excel and save it as an Excel Workbook (.xlsx)")
    if "xl/workbook.xml" not in names:
        raise _refuse(path, f"is a zip archive but not an Excel workbook: {SAVE_AS}")
    if len(infos) > MAX_MEMBERS:
        raise _refuse(path, f"holds {len(infos):,} parts, far more than any workbook; it is "
                            "refused for safety")
    total = sum(info.file_size for info in infos)
    if total > MAX_TOTAL_BYTES:
        raise _refuse(path, f"would unpack to {total / 2**20:,.0f} MB, more than the "
                            f"{MAX_TOTAL_BYTES // 2**20} MB an input workbook may take; it is "
                            "refused for safety: keep only the input sheets")
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > LARGE_MEMBER_BYTES and ratio > MAX_RATIO:
            raise _refuse(path, f"has a part ({info.filename}) compressed {ratio:,.0f} to 1, "
                                "which only a 'zip bomb' does; it is refused for safety")
    for info in infos:
        if info.filename.startswith("xl/worksheets/") and \
                info.file_size > UNDECLARED_SHEET_BYTES and not _declares_size(archive, info):
            raise _refuse(path, f"has a large sheet part ({info.filename}, "
                                f"{info.file_size / 2**20:,.0f} MB) that does not declare its "
                                f"size, as files saved by Excel do: {SAVE_AS}")


def _declares_size(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Whether the sheet's <dimension> comes before its <sheetData>, in its first 64 KB."""
    with archive.open(info) as part:
        head = part.read(65536)
    first = _DIMENSION.search(head)
    return first is not None and first.group(1) == b"dimension"
