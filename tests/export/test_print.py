"""How the comparison prints: every sheet set up for A4 (orientation, a fit or a fixed scale at
which the text is at least 8 pt, a print area, repeated header rows, a page header and footer),
the years the by-year tables print, no number or label wider than its column, the brief's
charts inside its print area; and, where LibreOffice is installed, the pages of the Kenya
sample with all its reforms as a user prints them."""
from __future__ import annotations

import json
import math
import re
import shutil
import subprocess
import textwrap
from collections import Counter

import pytest
from openpyxl.utils import range_boundaries
from openpyxl.utils.cell import coordinate_to_tuple

from reform_studio.engine.projection import project_many
from reform_studio.engine.reform import Reform
from reform_studio.samples import sample_path
from reform_studio.workbook import read_scheme
from reform_studio.workbook.export import build_comparison, write_comparison
from tests.export.helpers import HEADER_ROW, load

FONT_POINTS = 11  # the workbook's body text (Calibri 11)
READABLE_POINTS = 8
TABLE_SHEETS_START = 2
LETTER = 0.9  # after Summary and Charts, every sheet is a table with a header row


@pytest.fixture(scope="module")
def kenya(tmp_path_factory):
    """The Kenya sample and every one of its reforms, exported and read back."""
    source = sample_path("kenya")
    scheme = read_scheme(source)
    files = sorted(source.parent.joinpath("reforms").glob("kenya*.json"))
    reforms = [Reform(name="Baseline")] + [Reform.from_dict(json.loads(f.read_text()), f.stem) for f in files]
    projections = project_many(scheme, reforms)
    path = tmp_path_factory.mktemp("kenya") / "kenya comparison.xlsx"
    write_comparison(path, scheme, projections, reforms, source_path=source)
    return path, scheme, projections


@pytest.fixture
def example(tmp_path, scheme, projections, reforms):
    path = tmp_path / "example.xlsx"
    write_comparison(path, scheme, projections, reforms)
    return path


def _page_points(ws) -> tuple[float, float]:
    """The printable width and height of the sheet's page, in points."""
    long, short = 11.69 * 72, 8.27 * 72
    width, height = (long, short) if ws.page_setup.orientation == "landscape" else (short, long)
    margins = ws.page_margins
    return width - 72 * (margins.left + margins.right), height - 72 * (margins.top + margins.bottom)


def _column_points(width: float | None) -> float:
    return 0.75 * (7 * (width if width is not None else 8.43) + 5)  # Excel: 7 px a character, 5 px padding


def _hidden_columns(ws) -> set[int]:
    return {c for d in ws.column_dimensions.values() if d.hidden for c in range(d.min, d.max + 1)}


def _width(ws, column: int) -> float | None:
    return next((d.width for d in ws.column_dimensions.values()
                 if d.min is not None and d.min <= column <= d.max and d.customWidth), None)


def _print_area(ws) -> tuple[int, int, int, int]:
    area = ws.print_area if isinstance(ws.print_area, str) else ws.print_area[0]
    return range_boundaries(area.split("!")[-1].replace("$", ""))


def _scale(ws) -> float:
    """The print scale, as Excel works it out from the sheet's page setup."""
    page_width, page_height = _page_points(ws)
    first_col, first_row, last_col, last_row = _print_area(ws)
    hidden = _hidden_columns(ws)
    across = sum(_column_points(_width(ws, c)) for c in range(first_col, last_col + 1) if c not in hidden)
    down = sum(ws.row_dimensions[r].height or 15 for r in range(first_row, last_row + 1))
    if not ws.sheet_properties.pageSetUpPr.fitToPage:
        scale = ws.page_setup.scale / 100
        assert across * scale <= page_width + 1, (ws.title, across, scale)  # one page wide
        breaks = [b.id for b in ws.row_breaks.brk]
        for top, bottom in zip([first_row - 1, *breaks], [*breaks, last_row]):
            page = sum(ws.row_dimensions[r].height or 15 for r in range(top + 1, bottom + 1))
            assert page * scale <= page_height + 1, (ws.title, top, bottom)  # each page holds its rows
        return scale
    scale = min(1.0, ws.page_setup.fitToWidth * page_width / across)
    if ws.page_setup.fitToHeight:
        scale = min(scale, ws.page_setup.fitToHeight * page_height / down)
    return scale


def test_every_sheet_is_set_up_for_print(kenya):
    path, scheme, _ = kenya
    wb = load(path)
    for n, ws in enumerate(wb.worksheets):
        setup = ws.page_setup
        assert setup.orientation == "landscape" and int(setup.paperSize) == int(ws.PAPERSIZE_A4), ws.title
        assert ws.print_area, ws.title
        if ws.sheet_properties.pageSetUpPr.fitToPage:
            assert setup.fitToWidth == 1, ws.title  # one page wide: no table split across pages
        if n >= TABLE_SHEETS_START:
            assert ws.print_title_rows, ws.title  # the header row on every page
        assert FONT_POINTS * _scale(ws) >= READABLE_POINTS, (ws.title, _scale(ws))
        assert scheme.scheme_name in ws.oddHeader.left.text and ws.oddHeader.right.text.startswith("Exported 20")
        assert ws.oddFooter.left.text == "&A" and ws.oddFooter.center.text == "Page &P of &N"
    # the tables a scenario prints on: one page
    for ws in wb.worksheets[4:-2]:
        assert ws.page_setup.fitToHeight == 1, ws.title


def _years_shown(ws) -> list[int]:
    hidden = _hidden_columns(ws)
    years = [c.value for c in ws[HEADER_ROW]][1:]
    return [year for column, year in enumerate(years, start=2) if column not in hidden]


def test_the_years_a_scenario_prints(example, projections):
    """The base year, every fifth year to 25 years out, every tenth after, the Summary's
    milestones (2050, 2075, 2100), the last year and the year the reserve is exhausted."""
    wb = load(example)
    regular = [2025, 2030, 2035, 2040, 2045, 2050, 2060, 2070, 2075, 2080, 2090, 2100]
    assert projections[0].depletion_year == 2049 and projections[1].depletion_year == 2086
    assert _years_shown(wb["Baseline"]) == sorted(regular + [2049])
    assert _years_shown(wb[projections[1].name]) == sorted(regular + [2086])
    assert _years_shown(wb["Differences"]) == _years_shown(wb["Shares of GDP"]) == sorted(regular + [2049])
    ws = wb["Baseline"]
    # every year is still in the sheet, in collapsed groups that '+' opens
    assert [c.value for c in ws[HEADER_ROW]][1:] == list(range(2025, 2101))
    for dimension in ws.column_dimensions.values():
        if dimension.hidden:
            assert dimension.outline_level == 1
    after_2026_to_2029 = next(d for d in ws.column_dimensions.values() if d.min <= 7 <= d.max)  # 2030 in G
    assert after_2026_to_2029.collapsed and not after_2026_to_2029.hidden


def _shown(value, number_format: str) -> str:
    """A number as its format shows it: conditional sections, %, trailing commas (÷ 1,000),
    decimals and literal text."""
    sections = number_format.split(";")
    if sections[0].startswith("[>="):
        threshold = float(re.match(r"\[>=([-\d.]+)\]", sections[0]).group(1))
        section = sections[0] if value >= threshold else sections[1] if value <= -threshold else sections[2]
    else:
        section = sections[0] if value >= 0 or len(sections) == 1 else sections[1]
    section = re.sub(r"^\[[^\]]*\]", "", section)
    literal = "".join(re.findall(r'"([^"]*)"', section))
    body = re.sub(r'"[^"]*"', "", section)
    if not re.search(r"[0#]", body):
        return literal
    x = abs(value) * (100 if "%" in body else 1) / 1000 ** (len(body.rstrip("%")) - len(body.rstrip("%").rstrip(",")))
    decimals = len(body.split(".")[1].rstrip(",%")) if "." in body else 0
    sign = "+" if body.startswith("+") else "-" if value < 0 else ""
    return f"{sign}{x:,.{decimals}f}{'%' if '%' in body else ''}{literal}"


def _merged_width(ws, cell) -> float:
    for merged in ws.merged_cells.ranges:
        if cell.coordinate in merged:
            return sum(_width(ws, c) or 8.43 for c in range(merged.min_col, merged.max_col + 1))
    return _width(ws, cell.column) or 8.43


def test_no_cell_is_narrower_than_its_text(kenya):
    """Numbers never show as ###; a label either fits, runs on over empty cells or wraps onto
    lines its row has room for."""
    wb = load(kenya[0])
    for ws in wb.worksheets:
        first_col, first_row, last_col, last_row = _print_area(ws)
        hidden = _hidden_columns(ws)
        for row in ws.iter_rows(min_row=first_row, max_row=last_row, min_col=first_col, max_col=last_col):
            for cell in row:
                if cell.value is None or cell.column in hidden or type(cell).__name__ == "MergedCell":
                    continue
                width = _merged_width(ws, cell)
                if isinstance(cell.value, (int, float)):
                    text = _shown(cell.value, cell.number_format)
                    assert len(text) <= width, (ws.title, cell.coordinate, text, width)
                    continue
                text = str(cell.value)
                # a letter of Calibri is about 0.9 of the digit a width unit is; bold 10 % wider
                bold = LETTER * (1.1 if cell.font and cell.font.b else 1.0)
                if cell.alignment.wrap_text:
                    lines = sum(len(textwrap.wrap(part, max(1, int(width / bold)))) or 1 for part in text.split("\n"))
                    height = ws.row_dimensions[cell.row].height
                    assert height is None or lines * 15 <= height * 1.34 + 1, (ws.title, cell.coordinate, text)
                    continue
                if len(text) * bold <= width + 1:
                    continue
                room = width  # text runs on over the empty cells to its right, within the print area
                for column in range(cell.column + 1, last_col + 1):
                    if room >= len(text) * bold or ws.cell(row=cell.row, column=column).value is not None:
                        break
                    room += (_width(ws, column) or 8.43) if column not in hidden else 0
                assert room >= len(text) * bold - 1, (ws.title, cell.coordinate, text, room)


def test_the_brief_s_charts_are_inside_its_print_area(kenya):
    """Read in memory: openpyxl does not read a chart's size back from a file."""
    _, scheme, projections = kenya
    ws = build_comparison(scheme, projections, [Reform(name=p.name) for p in projections])["Charts"]
    _, first_row, last_col, last_row = _print_area(ws)
    column_px = [7 * (_width(ws, c) or 8.43) + 5 for c in range(1, last_col + 1)]
    breaks = [b.id for b in ws.row_breaks.brk]
    assert len(ws._charts) == 6  # four lines, the baseline by branch and every scenario in one year
    for chart in ws._charts:
        column, top_row = coordinate_to_tuple(chart.anchor)[::-1]  # in memory the anchor is its cell
        left = sum(column_px[:column - 1])
        right = left + chart.width / 2.54 * 96
        bottom_row = top_row + math.ceil(chart.height / 2.54 * 96 / 20) - 1
        assert right <= sum(column_px) + 1, (chart.title, right, sum(column_px))
        assert first_row <= top_row and bottom_row <= last_row, (top_row, bottom_row, last_row)
        assert not any(top_row <= b < bottom_row for b in breaks), (top_row, bottom_row, breaks)  # not cut


def _sheet_of_each_page(pdf) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    return re.findall(r"^\s*(\S.*?)\s{2,}Page \d+ of \d+\s*$", text, re.MULTILINE)


@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice (soffice) or poppler (pdftotext) is not installed")
def test_pages_as_printed(kenya, tmp_path):
    """Printed by LibreOffice: the brief on its first 6 pages at most, a page a scenario, about
    25 pages in all (was 87)."""
    path, _, projections = kenya
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                   check=True, capture_output=True, timeout=300)
    sheets = _sheet_of_each_page(tmp_path / (path.stem + ".pdf"))
    counts = Counter(sheets)
    assert sheets[:counts["Summary"] + counts["Charts"]] == ["Summary"] * counts["Summary"] + ["Charts"] * counts["Charts"]
    assert counts["Summary"] + counts["Charts"] <= 6, counts
    assert all(counts[name] == 1 for name in load(path).sheetnames[4:4 + len(projections)]), counts
    assert len(sheets) <= 25, counts
