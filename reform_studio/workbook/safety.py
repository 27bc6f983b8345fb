"""Checks made on an input file before openpyxl touches it.

Users send what they have: old .xls files, password-protected workbooks, .xlsb, LibreOffice
.ods, CSV exports, half-copied downloads. Each is recognised by its content (magic bytes
and zip members; the extension only flavours the message) and refused with one sentence
that says what to do. The file must be a regular file (not a folder, a named pipe or a
device) and is read whole, once, with a hard cap, so what is checked is what is parsed.
A valid zip is then inspected before parsing: a zip bomb is refused from its directory
alone; duplicate part names, encrypted parts and compressions Excel never writes are
refused; and every part is inflated once in a streaming pass (checking its CRC and
counting its XML elements) so that a damaged stream, or a part openpyxl would parse whole
(styles, shared strings, defined names, the list of parts) that is too large, is refused
before openpyxl spends minutes and gigabytes on it.
"""
from __future__ import annotations

import codecs
import io
import os
import re
import stat
import struct
import zipfile
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator

from defusedxml import ElementTree as SafeTree

from reform_studio.engine.errors import InputError
from reform_studio.i18n import QT_TRANSLATE_NOOP, translate
from reform_studio.i18n.numbers import number

OLE2_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")  # .xls, and encrypted (password) .xlsx
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
ENCRYPTION_MARK = "EncryptionInfo".encode("utf-16-le")
MAX_FILE_BYTES = 100 * 2**20  # the file as stored; a real input workbook is well under 5 MB
MAX_TOTAL_BYTES = 200 * 2**20  # uncompressed
MAX_MEMBERS = 10_000
LARGE_MEMBER_BYTES = 2**20
MAX_RATIO = 100  # uncompressed / compressed, for members above LARGE_MEMBER_BYTES
# openpyxl reads a sheet's <dimension> when it opens a workbook; where there is none it parses
# the whole sheet (about 1 MB/s), so a large sheet must declare it before its data
UNDECLARED_SHEET_BYTES = 2**20
_DIMENSION = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(dimension|sheetData)[\s>/]")
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
# English here, translated where a sentence is made (`translate("safety", SAVE_AS)`)
SAVE_AS = QT_TRANSLATE_NOOP("safety", "open it in Excel and save it as an Excel Workbook (.xlsx)")
DAMAGED = QT_TRANSLATE_NOOP("safety", "is damaged or uses a compression Excel does not write: open it in Excel "
                                      "and save it again as .xlsx")
KINDS = (QT_TRANSLATE_NOOP("safety", "workbook"), QT_TRANSLATE_NOOP("safety", "reform"))
EXCEL_COMPRESSIONS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, NotImplementedError,
               ValueError, struct.error, OSError, KeyError)
CHUNK = 2**20


@dataclass(frozen=True)
class PartLimit:
    """What openpyxl parses whole from one part, and how much of it an input workbook may
    have: uncompressed bytes and XML elements (counted as closing tags, an upper bound)."""

    what: str
    max_bytes: int | None
    max_elements: int | None
    advice: str = SAVE_AS


# openpyxl costs about 30 µs per style element, 15 per defined name and 4 per shared string
# element, so each limit below costs at most a few seconds to parse (spread over all parts,
# at most MAX_PARSED_ELEMENTS); real workbooks are far below every one of them
MANIFEST = PartLimit(QT_TRANSLATE_NOOP("safety", "a list of parts"), 2 * 2**20, 25_000)
WORKBOOK = PartLimit(QT_TRANSLATE_NOOP("safety", "a sheet list and defined names"), 8 * 2**20, 30_000,
                     QT_TRANSLATE_NOOP("safety", "delete the names it does not need (Formulas > Name Manager) and "
                                                 "save it again"))
STYLES = PartLimit(QT_TRANSLATE_NOOP("safety", "cell styles"), 8 * 2**20, 50_000,
                   QT_TRANSLATE_NOOP("safety", "copy the input sheets into a new workbook made from the template "
                                               "(File > New workbook from template, or reform-studio template), "
                                               "which has few styles"))
STRINGS = PartLimit(QT_TRANSLATE_NOOP("safety", "shared strings (the text of its cells)"), 32 * 2**20, 300_000,
                    QT_TRANSLATE_NOOP("safety", "keep only the input sheets and save it again"))
OTHER = PartLimit(QT_TRANSLATE_NOOP("safety", "a part"), None, 100_000)
SHEET = PartLimit("sheet", None, None)  # read row by row, at most MAX_ROWS rows (grid.py)
MAX_PARSED_ELEMENTS = 600_000  # over every part openpyxl parses whole
_STRINGS_TYPE = "spreadsheetml.sharedStrings+xml"
_WORKBOOK_TYPES = (".main+xml",)  # sheet.main, sheet.macroEnabled.main, template.main, …
_WORKSHEET_TYPE = "spreadsheetml.worksheet+xml"


# --- reading a file: a regular file, with a hard cap ------------------------------------

def read_regular_file(path: Path, limit: int, kind: str = "file") -> bytes:
    """The bytes of the regular file at `path`, at most `limit` of them, or an InputError.

    A folder, a named pipe (FIFO), a socket or a device (/dev/zero, a terminal) is refused
    from its status before it is opened, so nothing blocks or reads without end; the file is
    opened without blocking (a pipe swapped in after the check cannot hang either), checked
    again, and read with a hard cap, whatever size it claims. `kind` names the file in the
    sentences ("workbook", "reform": one of `KINDS`).
    """
    path = Path(path)
    try:
        status = os.stat(path)
    except OSError as exc:
        raise _open_failure(path, exc) from None
    _require_regular(path, status.st_mode, kind)
    if status.st_size > limit:  # a regular file's size is known: no need to read it
        raise _too_big(path, limit, kind)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise _open_failure(path, exc) from None
    with os.fdopen(fd, "rb") as stream:
        _require_regular(path, os.fstat(stream.fileno()).st_mode, kind)
        try:
            data = stream.read(limit + 1)
        except OSError as exc:
            raise _open_failure(path, exc) from None
    if len(data) > limit:
        raise _too_big(path, limit, kind)
    return data


def _too_big(path: Path, limit: int, kind: str) -> InputError:
    return _refuse(path, translate("safety", "is larger than the {size} a {kind} may be; it is refused for "
                                             "safety").format(size=_size(limit), kind=translate("safety", kind)))


def _require_regular(path: Path, mode: int, kind: str) -> None:
    if stat.S_ISDIR(mode):
        raise _refuse(path, translate("safety", "is a folder, not a {kind} file").format(kind=translate("safety", kind)))
    if not stat.S_ISREG(mode):
        what = (translate("safety", "a named pipe (FIFO)") if stat.S_ISFIFO(mode) else
                translate("safety", "a device") if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else
                translate("safety", "a socket") if stat.S_ISSOCK(mode) else translate("safety", "a special file"))
        raise _refuse(path, translate("safety", "is {what}, not a regular file: save the {kind} as a file and give the "
                                                "path of that file").format(what=what, kind=translate("safety", kind)))


def _open_failure(path: Path, exc: OSError) -> InputError:
    if isinstance(exc, FileNotFoundError):
        return _refuse(path, translate("safety", "was not found"))
    return _refuse(path, translate("safety", "cannot be opened ({reason}); if it is open in Excel, close it "
                                             "there").format(reason=exc.strerror or exc))


def _size(n: int) -> str:
    return translate("safety", "{count} MB").format(count=number(n / 2**20)) if n >= 2**20 else \
        translate("safety", "{count} KB").format(count=number(n / 2**10))


def _save_as() -> str:
    return translate("safety", SAVE_AS)


# --- the workbook -----------------------------------------------------------------------

@contextmanager
def open_checked(path: Path) -> Iterator[BinaryIO]:
    """The file's content (read once, in memory), once it looks like a safe .xlsx/.xlsm."""
    path = Path(path)
    stream = io.BytesIO(read_regular_file(path, MAX_FILE_BYTES, "workbook"))
    _check_content(path, stream)
    stream.seek(0)
    yield stream


def _refuse(path: Path, what: str) -> InputError:
    return InputError(translate("safety", "'{name}' {what}.").format(name=path.name, what=what), source=path.name)


def _check_content(path: Path, stream: BinaryIO) -> None:
    head = stream.read(8)
    if not head:
        raise _refuse(path, translate("safety", "is empty (0 bytes): {advice} again").format(advice=_save_as()))
    if head == OLE2_MAGIC:
        raise _refuse(path, _ole2_kind(stream))
    if not head.startswith(ZIP_MAGICS):
        raise _refuse(path, _non_zip_kind(path, head + stream.read(4096)))
    stream.seek(0)
    try:
        archive = zipfile.ZipFile(stream)
        infos = archive.infolist()
    except _ZIP_ERRORS:
        raise _refuse(path, translate("safety", "is damaged or incomplete (perhaps a download or copy that did not "
                                                "finish): copy it again, or {advice}").format(advice=_save_as())) from None
    with archive:
        _check_members(path, archive, infos)


def _ole2_kind(stream: BinaryIO) -> str:
    """An OLE2 file holding 'EncryptionInfo' is an .xlsx saved with a password."""
    stream.seek(0)
    if ENCRYPTION_MARK in stream.read(8 * 2**20):
        return translate("safety", "is protected with a password (encrypted), so it cannot be read: open it in "
                                   "Excel, remove the password (File > Info > Protect Workbook) and save it as .xlsx")
    return translate("safety", "is an Excel 97-2003 workbook (.xls), which Reform Studio does not read: "
                               "{advice}").format(advice=_save_as())


def _non_zip_kind(path: Path, start: bytes) -> str:
    suffix = path.suffix.lower()
    try:  # incremental: a character cut at the end of the sample is not an error
        codecs.getincrementaldecoder("utf-8")().decode(start, final=False)
        is_text = b"\x00" not in start
    except UnicodeDecodeError:
        is_text = False
    if is_text or suffix in (".csv", ".txt", ".tsv"):
        return translate("safety", "is a text (CSV) file, not a workbook: open it in Excel, arrange it as the "
                                   "template, and save it as an Excel Workbook (.xlsx)")
    if suffix:
        return translate("safety", "is not an Excel workbook (.xlsx) despite its {suffix} name: {advice}").format(
            suffix=suffix, advice=_save_as())
    return translate("safety", "is not an Excel workbook (.xlsx): {advice}").format(advice=_save_as())


def _check_members(path: Path, archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    names = {info.filename for info in infos}
    if "xl/workbook.bin" in names:
        raise _refuse(path, translate("safety", "is an Excel Binary Workbook (.xlsb), which Reform Studio does not "
                                                "read: {advice}").format(advice=_save_as()))
    if len(infos) > MAX_MEMBERS:
        raise _refuse(path, translate("safety", "holds {count} parts, far more than any workbook; it is refused for "
                                                "safety").format(count=number(len(infos))))
    for info in infos:
        if info.flag_bits & 0x1 or info.compress_type not in EXCEL_COMPRESSIONS:
            raise _refuse(path, translate("safety", DAMAGED))
    try:
        if "mimetype" in names and _head(archive, "mimetype").startswith(ODS_MIMETYPE):
            raise _refuse(path, translate("safety", "is an OpenDocument spreadsheet (.ods): open it in LibreOffice or "
                                                    "Excel and save it as an Excel Workbook (.xlsx)"))
    except InputError:
        raise
    except _ZIP_ERRORS:
        raise _refuse(path, translate("safety", DAMAGED)) from None
    if "xl/workbook.xml" not in names:
        raise _refuse(path, translate("safety", "is a zip archive but not an Excel workbook: {advice}").format(
            advice=_save_as()))
    _check_unique(path, infos)
    total = sum(info.file_size for info in infos)
    if total > MAX_TOTAL_BYTES:
        raise _refuse(path, translate("safety", "would unpack to {size}, more than the {limit} an input workbook may "
                                                "take; it is refused for safety: keep only the input sheets").format(
            size=_size(total), limit=_size(MAX_TOTAL_BYTES)))
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > LARGE_MEMBER_BYTES and ratio > MAX_RATIO:
            raise _refuse(path, translate("safety", "has a part ({part}) compressed {ratio} to 1, which only a 'zip "
                                                    "bomb' does; it is refused for safety").format(
                part=info.filename, ratio=number(ratio)))
    try:
        limits = _part_limits(path, archive, infos)
        _stream_parts(path, archive, infos, limits)
        for info in infos:
            if info.filename.startswith("xl/worksheets/") and \
                    info.file_size > UNDECLARED_SHEET_BYTES and not _declares_size(archive, info):
                raise _refuse(path, translate("safety", "has a large sheet part ({part}, {size}) that does not "
                                                        "declare its size, as files saved by Excel do: {advice}").format(
                    part=info.filename, size=_size(info.file_size), advice=_save_as()))
    except InputError:
        raise
    except _ZIP_ERRORS:
        raise _refuse(path, translate("safety", DAMAGED)) from None


def _head(archive: zipfile.ZipFile, name: str) -> bytes:
    with archive.open(name) as part:
        return part.read(100)


def _check_unique(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    """Two parts with one name (part names are compared ignoring case, as Office does) make
    the content ambiguous: each program may read a different one."""
    seen: dict[str, str] = {}
    for info in infos:
        key = info.filename.lower()
        if key in seen:
            names = info.filename if seen[key] == info.filename else translate("safety", "{part} and {other}").format(
                part=info.filename, other=seen[key])
            raise _refuse(path, translate("safety", "holds two parts named {names}, so its content is ambiguous (each "
                                                    "program may read a different one); it is refused: {advice} "
                                                    "again").format(names=names, advice=_save_as()))
        seen[key] = info.filename


def _part_limits(path: Path, archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]
                 ) -> dict[str, PartLimit]:
    """The limit of every part: by the content type the list of parts gives it (as openpyxl
    finds the workbook and the shared strings), else by its name."""
    limits = {info.filename: SHEET if _is_sheet_name(info.filename) else OTHER for info in infos}
    limits["xl/styles.xml"] = STYLES
    limits["xl/sharedStrings.xml"] = STRINGS
    limits["xl/workbook.xml"] = WORKBOOK
    manifest = next((i for i in infos if i.filename == "[Content_Types].xml"), None)
    if manifest is None:
        return limits  # openpyxl refuses such a file itself
    _stream_parts(path, archive, [manifest], {manifest.filename: MANIFEST})
    try:
        root = SafeTree.fromstring(archive.read(manifest))
    except Exception:  # noqa: BLE001 - openpyxl reports the broken manifest in its own words
        return limits
    for element in root:
        name = element.get("PartName", "").lstrip("/")
        kind = element.get("ContentType", "")
        if not name or name not in limits:
            continue
        if _STRINGS_TYPE in kind:
            limits[name] = STRINGS
        elif kind.endswith(_WORKBOOK_TYPES):
            limits[name] = WORKBOOK
        elif limits[name] is SHEET and _WORKSHEET_TYPE not in kind:
            limits[name] = OTHER
    limits[manifest.filename] = MANIFEST
    return limits


def _is_sheet_name(name: str) -> bool:
    return name.startswith("xl/worksheets/") and name.endswith(".xml") and "/_rels/" not in name


def _stream_parts(path: Path, archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo],
                  limits: dict[str, PartLimit]) -> None:
    """Inflate every part once, in chunks (zipfile checks each CRC at the end), and refuse a
    part over its limit of bytes or XML elements as soon as the count passes it."""
    parsed = 0
    for info in infos:
        limit = limits.get(info.filename, OTHER)
        if limit.max_bytes is not None and info.file_size > limit.max_bytes:
            raise _too_large(path, info, limit, translate("safety", "{size}, over the {limit} an input workbook may "
                                                                    "have").format(size=_size(info.file_size),
                                                                                   limit=_size(limit.max_bytes)))
        elements, tail = 0, b""
        with archive.open(info) as part:
            while chunk := part.read(CHUNK):
                if limit is SHEET:  # read row by row later, bounded there: only the CRC here
                    continue
                window = tail + chunk  # a tag cut between two chunks is counted once
                elements += window.count(b"</") + window.count(b"/>")
                tail = chunk[-1:]
                if limit.max_elements is not None and elements > limit.max_elements:
                    raise _too_large(path, info, limit, translate(
                        "safety", "over {count} XML elements; an input workbook needs far fewer").format(
                        count=number(limit.max_elements)))
        if limit is not SHEET:
            parsed += elements
            if parsed > MAX_PARSED_ELEMENTS:
                raise _refuse(path, translate("safety", "holds more than {count} XML elements outside its sheets "
                                                        "(styles, names, text and other parts), far more than any "
                                                        "input workbook; it is refused for safety: {advice}").format(
                    count=number(MAX_PARSED_ELEMENTS), advice=_save_as()))


def _too_large(path: Path, info: zipfile.ZipInfo, limit: PartLimit, detail: str
               ) -> InputError:
    return _refuse(path, translate("safety", "has {what} ({part}) too large to read safely ({detail}): "
                                             "{advice}").format(what=translate("safety", limit.what), part=info.filename,
                                                                detail=detail, advice=translate("safety", limit.advice)))


def _declares_size(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Whether the sheet's <dimension> comes before its <sheetData>, in its first 64 KB."""
    with archive.open(info) as part:
        head = part.read(65536)
    first = _DIMENSION.search(head)
    return first is not None and first.group(1) == b"dimension"
