"""Parts openpyxl parses whole, made too large with random content that keeps the compression
ratio under the zip-bomb check (issue 11, item 8): cell styles, shared strings, defined
names, the list of parts, any other part, and all of them together. Each is refused from a
streaming pass before openpyxl parses it, with a sentence naming the file and the part, in
seconds and bounded memory; a workbook under every limit is still read.
"""
from __future__ import annotations

import random
import re
import zipfile

import pytest

from reform_studio.workbook import safety
from reform_studio.workbook.reader import read_scheme
from tests.workbook.test_archives import example_parts, refused, write_zip

MAIN = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
STRINGS_TYPE = (b"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings"
                b"+xml")


def _noise(rng: random.Random, n: int) -> bytes:
    return rng.randbytes(n // 2 + 1).hex().encode()[:n]


def _with_xfs(parts: dict[str, bytes], count: int, rng: random.Random) -> None:
    xfs = b"".join(b'<xf numFmtId="%d" fontId="0" fillId="0" borderId="0" applyAlignment="1">'
                   b'<alignment indent="%d"/></xf>' % (rng.randrange(200), rng.randrange(250))
                   for _ in range(count))
    # after the workbook's own formats, so that its cells keep theirs
    parts["xl/styles.xml"] = parts["xl/styles.xml"].replace(b"</cellXfs>", xfs + b"</cellXfs>")


def _with_fonts(parts: dict[str, bytes], count: int, rng: random.Random) -> None:
    fonts = b"".join(b'<font><sz val="%d"/><color rgb="FF%s"/><name val="F%s"/></font>'
                     % (rng.randrange(6, 72), _noise(rng, 6), _noise(rng, 8))
                     for _ in range(count))
    parts["xl/styles.xml"] = re.sub(rb"(<fonts[^>]*>)", lambda m: m.group(1) + fonts,
                                    parts["xl/styles.xml"], count=1)


def _with_strings(parts: dict[str, bytes], count: int, length: int, rng: random.Random,
                  name: str = "xl/sharedStrings.xml") -> None:
    parts[name] = (b"<sst " + MAIN + b">"
                   + b"".join(b"<si><t>%s</t></si>" % _noise(rng, length) for _ in range(count))
                   + b"</sst>")
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", b'<Override PartName="/%s" ContentType="%s"/></Types>'
        % (name.encode(), STRINGS_TYPE))


def _with_names(parts: dict[str, bytes], count: int, length: int, rng: random.Random) -> None:
    names = b"".join(b'<definedName name="n%s">Scheme!$A$%d</definedName>'
                     % (_noise(rng, length), rng.randrange(1, 999)) for _ in range(count))
    book = re.sub(rb"<definedNames>.*?</definedNames>", b"", parts["xl/workbook.xml"], flags=re.S)
    parts["xl/workbook.xml"] = book.replace(b"</sheets>",
                                            b"</sheets><definedNames>" + names + b"</definedNames>")


def _with_overrides(parts: dict[str, bytes], count: int, length: int,
                    rng: random.Random) -> None:
    more = b"".join(b'<Override PartName="/x/%s.xml" ContentType="application/xml"/>'
                    % _noise(rng, length) for _ in range(count))
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"</Types>",
                                                                        more + b"</Types>")


def _custom(count: int, rng: random.Random) -> bytes:
    return (b'<Properties xmlns="urn:x">'
            + b"".join(b"<p>%s</p>" % _noise(rng, 8) for _ in range(count)) + b"</Properties>")


def _build(tmp_path, name: str, change) -> object:
    parts = example_parts()
    change(parts, random.Random(name))
    path = write_zip(tmp_path / f"{name}.xlsx", parts)
    with zipfile.ZipFile(path) as archive:  # random content: never a "zip bomb" refusal
        for info in archive.infolist():
            if info.file_size > safety.LARGE_MEMBER_BYTES:
                assert info.file_size / info.compress_size < safety.MAX_RATIO
    return path


# --- styles ------------------------------------------------------------------------------

@pytest.mark.parametrize("count", [25_001, 80_000, 200_000])
def test_too_many_cell_formats_are_refused(tmp_path, count):
    path = _build(tmp_path, f"xfs{count}", lambda p, rng: _with_xfs(p, count, rng))
    message = refused(path, "cell styles (xl/styles.xml) too large", "template")
    assert "over 50,000 XML elements" in message or "over the 8 MB" in message


@pytest.mark.parametrize("count", [12_501, 60_000])
def test_too_many_fonts_are_refused(tmp_path, count):
    path = _build(tmp_path, f"fonts{count}", lambda p, rng: _with_fonts(p, count, rng))
    refused(path, "cell styles (xl/styles.xml) too large")


@pytest.mark.parametrize("mb", [9, 20])
def test_a_styles_part_over_its_size_is_refused(tmp_path, mb):
    """Few elements, one enormous number format."""
    def change(parts, rng):
        code = _noise(rng, mb * 2**20)
        parts["xl/styles.xml"] = re.sub(
            rb"(<styleSheet[^>]*>)", lambda m: m.group(1) + b'<numFmts count="1"><numFmt '
            b'numFmtId="200" formatCode="' + code + b'"/></numFmts>', parts["xl/styles.xml"],
            count=1)
    refused(_build(tmp_path, f"style{mb}mb", change), "cell styles (xl/styles.xml)",
            "over the 8 MB")


# --- shared strings ------------------------------------------------------------------------

@pytest.mark.parametrize("count,length", [(150_001, 4), (400_000, 20), (1_000_000, 2)])
def test_too_many_shared_strings_are_refused(tmp_path, count, length):
    path = _build(tmp_path, f"sst{count}",
                  lambda p, rng: _with_strings(p, count, length, rng))
    refused(path, "shared strings (the text of its cells) (xl/sharedStrings.xml) too large")


def test_shared_strings_over_their_size_are_refused(tmp_path):
    path = _build(tmp_path, "sst-size", lambda p, rng: _with_strings(p, 1500, 24_000, rng))
    refused(path, "shared strings", "over the 32 MB")


@pytest.mark.parametrize("disguise", ["xl/worksheets/strings.xml", "xl/media/image1.png",
                                      "xl/SharedStrings.xml"])
def test_shared_strings_under_another_name_are_bounded_too(tmp_path, disguise):
    """openpyxl finds the shared strings by their content type, whatever the part's name."""
    path = _build(tmp_path, "disguised",
                  lambda p, rng: _with_strings(p, 200_000, 6, rng, disguise))
    refused(path, f"shared strings (the text of its cells) ({disguise}) too large")


# --- defined names and the list of parts ---------------------------------------------------------

@pytest.mark.parametrize("count,length", [(30_001, 6), (120_000, 12)])
def test_too_many_defined_names_are_refused(tmp_path, count, length):
    path = _build(tmp_path, f"names{count}", lambda p, rng: _with_names(p, count, length, rng))
    refused(path, "sheet list and defined names (xl/workbook.xml) too large", "Name Manager")


def test_defined_names_over_their_size_are_refused(tmp_path):
    path = _build(tmp_path, "long-names", lambda p, rng: _with_names(p, 2000, 5000, rng))
    refused(path, "sheet list and defined names", "over the 8 MB")


@pytest.mark.parametrize("count,length", [(25_001, 8), (60_000, 16)])
def test_too_many_entries_in_the_list_of_parts_are_refused(tmp_path, count, length):
    path = _build(tmp_path, f"types{count}",
                  lambda p, rng: _with_overrides(p, count, length, rng))
    refused(path, "list of parts ([Content_Types].xml) too large")


def test_a_list_of_parts_over_its_size_is_refused(tmp_path):
    path = _build(tmp_path, "types-size", lambda p, rng: _with_overrides(p, 10_000, 300, rng))
    refused(path, "list of parts ([Content_Types].xml) too large", "over the 2 MB")


# --- any other part, and all of them together -----------------------------------------------

@pytest.mark.parametrize("name", ["docProps/custom.xml", "docProps/core.xml",
                                  "xl/_rels/workbook.xml.rels",
                                  "xl/worksheets/_rels/sheet1.xml.rels"])
def test_any_other_part_with_too_many_elements_is_refused(tmp_path, name):
    def change(parts, rng):
        parts[name] = _custom(100_001 + rng.randrange(50_000), rng)
    refused(_build(tmp_path, "other", change), f"a part ({name}) too large")


@pytest.mark.parametrize("parts_count", [7, 25])
def test_many_parts_each_under_its_limit_are_refused_together(tmp_path, parts_count):
    def change(parts, rng):
        for i in range(parts_count):
            parts[f"customXml/item{i}.xml"] = _custom(95_000, rng)
    refused(_build(tmp_path, f"many{parts_count}", change), "outside its sheets")


# --- under every limit, still read ----------------------------------------------------------

def test_a_workbook_under_every_limit_is_read(tmp_path):
    def change(parts, rng):
        _with_xfs(parts, 10_000, rng)
        _with_strings(parts, 50_000, 12, rng)
        _with_names(parts, 5_000, 8, rng)
        _with_overrides(parts, 2_000, 8, rng)
    scheme = read_scheme(_build(tmp_path, "busy", change))
    assert scheme.base_year > 2000
