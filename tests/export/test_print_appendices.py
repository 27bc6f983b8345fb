"""How the Sensitivity and Stochastic appendix sheets print, in English and French: landscape
A4 at one fixed scale at which every column of pages fits across and 11 pt text is still 8 pt,
each native chart inside the print area and on one page (no row or column break through it),
every page's rows fitting down, and the page header and footer the other sheets have.

Read in memory: openpyxl does not read a chart's size back from a file."""
from __future__ import annotations

import io
import shutil
import subprocess

import openpyxl
import pytest
from openpyxl.utils import range_boundaries
from openpyxl.utils.cell import coordinate_to_tuple

from reform_studio import i18n
from reform_studio.engine.projection import project_many
from reform_studio.engine.reform import Reform
from reform_studio.engine.sensitivity import STANDARD_TESTS, run_sensitivity
from reform_studio.engine.stochastic import run_stochastic
from reform_studio.i18n import translate
from reform_studio.samples import reform_paths, sample_path
from reform_studio.scenarios import load_reform
from reform_studio.workbook import export_sensitivity, export_stochastic, read_scheme
from reform_studio.workbook.export import build_comparison

PAGE_WIDTH, PAGE_HEIGHT = 11.69 * 72, 8.27 * 72  # landscape A4, points
READABLE_SCALE = 8 / 11
CHARTS = {"Sensitivity": 4, "Stochastic": 2 * 4}  # a tornado a scenario; a fan and a probability a scenario


@pytest.fixture(scope="module")
def inputs():
    scheme = read_scheme(sample_path("kenya"))
    paths = reform_paths("kenya")
    reforms = [Reform("Baseline")] + [load_reform(p) for p in paths[:3]]
    return scheme, reforms, project_many(scheme, reforms)


@pytest.fixture(scope="module", params=["en", "fr"])
def sheets(request, inputs):
    """The two appendix sheets of a comparison written in the language, by their English names."""
    scheme, reforms, projections = inputs
    i18n.set_language(request.param)
    try:
        appendices = [(export_sensitivity.TITLE, export_sensitivity.sheet_writer(
                          run_sensitivity(scheme, reforms, STANDARD_TESTS[:3]))),
                      (export_stochastic.TITLE, export_stochastic.sheet_writer(
                          run_stochastic(scheme, reforms, 20, 7)))]
        book = build_comparison(scheme, projections, reforms, appendices=appendices)
        footer = translate("export_format", "Page {page} of {pages}").format(page="&P", pages="&N")
        yield (request.param, scheme, footer,
               {name: book[translate(module.CONTEXT, module.TITLE)]
                for name, module in (("Sensitivity", export_sensitivity), ("Stochastic", export_stochastic))})
    finally:
        i18n.set_language("en")


def _column_px(ws, column: int) -> float:
    dimension = ws.column_dimensions.get(ws.cell(row=1, column=column).column_letter)
    width = dimension.width if dimension is not None and dimension.customWidth else 8.43
    return 7 * width + 5  # Excel: 7 px a character, 5 px padding


def _row_pt(ws, row: int) -> float:
    return ws.row_dimensions[row].height or 15


def _chart_box(ws, chart) -> tuple[int, int, int, int]:
    """First column, first row, last column and last row the chart covers (96 px an inch)."""
    top, left = coordinate_to_tuple(chart.anchor)  # in memory the anchor is its cell
    right, px = left, _column_px(ws, left)
    while px < chart.width / 2.54 * 96:
        right += 1
        px += _column_px(ws, right)
    bottom, px = top, _row_pt(ws, top) * 4 / 3
    while px < chart.height / 2.54 * 96:
        bottom += 1
        px += _row_pt(ws, bottom) * 4 / 3
    return left, top, right, bottom


def _area(ws) -> tuple[int, int, int, int]:
    area = ws.print_area if isinstance(ws.print_area, str) else ws.print_area[0]
    return range_boundaries(area.split("!")[-1].replace("$", ""))


def _title_column_px(ws) -> float:
    return _column_px(ws, 1) if ws.print_title_cols else 0.0


def _title_rows_pt(ws) -> float:
    if not ws.print_title_rows:
        return 0.0
    first, last = (int(x) for x in ws.print_title_rows.replace("$", "").split(":"))
    return sum(_row_pt(ws, r) for r in range(first, last + 1))


def _printable(ws) -> tuple[float, float]:
    margins = ws.page_margins
    return PAGE_WIDTH - 72 * (margins.left + margins.right), PAGE_HEIGHT - 72 * (margins.top + margins.bottom)


@pytest.mark.parametrize("name", ["Sensitivity", "Stochastic"])
def test_set_up_for_a4_landscape_with_the_workbook_s_header_and_footer(sheets, name):
    code, scheme, footer, by_name = sheets
    ws = by_name[name]
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)
    assert ws.print_area
    assert scheme.scheme_name in ws.oddHeader.left.text and ws.oddHeader.right.text
    assert ws.oddFooter.left.text == "&A" and ws.oddFooter.center.text == footer
    assert (footer == "Page &P of &N") == (code == "en")
    # a fixed scale, so that the manual breaks hold in Excel, and text no smaller than 8 pt
    assert not ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.scale / 100 >= READABLE_SCALE - 0.01


@pytest.mark.parametrize("name", ["Sensitivity", "Stochastic"])
def test_every_column_of_pages_fits_across_and_every_page_down(sheets, name):
    ws = sheets[3][name]
    scale = ws.page_setup.scale / 100
    width, height = _printable(ws)
    first_col, first_row, last_col, last_row = _area(ws)
    column_breaks = [b.id for b in ws.col_breaks.brk]
    assert column_breaks, "the charts beside the tables print on a page of their own"
    for n, (left, right) in enumerate(zip([first_col - 1, *column_breaks], [*column_breaks, last_col])):
        across = sum(_column_px(ws, c) for c in range(left + 1, right + 1)) + (_title_column_px(ws) if n else 0)
        assert across * 0.75 * scale <= width + 1, (name, left, right, across)
    row_breaks = [b.id for b in ws.row_breaks.brk]
    for n, (top, bottom) in enumerate(zip([first_row - 1, *row_breaks], [*row_breaks, last_row])):
        down = sum(_row_pt(ws, r) for r in range(top + 1, bottom + 1)) + (_title_rows_pt(ws) if n else 0)
        assert down * scale <= height + 1, (name, top, bottom, down)


@pytest.mark.parametrize("name", ["Sensitivity", "Stochastic"])
def test_every_chart_is_inside_the_print_area_and_on_one_page(sheets, name):
    ws = sheets[3][name]
    first_col, first_row, last_col, last_row = _area(ws)
    row_breaks = [b.id for b in ws.row_breaks.brk]
    column_breaks = [b.id for b in ws.col_breaks.brk]
    assert len(ws._charts) == CHARTS[name]
    for chart in ws._charts:
        left, top, right, bottom = _chart_box(ws, chart)
        assert first_col <= left and right <= last_col, (name, chart.anchor, right, last_col)
        assert first_row <= top and bottom <= last_row, (name, chart.anchor, bottom, last_row)
        assert not any(top <= b < bottom for b in row_breaks), (name, chart.anchor, row_breaks)
        assert not any(left <= b < right for b in column_breaks), (name, chart.anchor, column_breaks)
        # the chart's columns have a width of their own: LibreOffice would take another default
        assert all(ws.column_dimensions[ws.cell(row=1, column=c).column_letter].customWidth
                   for c in range(left, right + 1))


def test_a_sensitivity_block_prints_whole(sheets):
    """A scenario's table, its tornado and its chart start on the same page, each block on one."""
    ws = sheets[3]["Sensitivity"]
    breaks = [b.id for b in ws.row_breaks.brk]
    # a block starts with the scenario's name, alone on its row
    starts = [c.row for c in ws["A"] if c.row > 3 and c.value and ws.cell(c.row, 2).value is None]
    assert len(starts) == CHARTS["Sensitivity"]
    for start, end in zip(starts, [*starts[1:], ws.max_row + 1]):
        assert not any(start <= b < end - 1 for b in breaks), (start, end, breaks)


@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice (soffice) or poppler (pdftotext) is not installed")
def test_the_charts_are_on_paper(sheets, tmp_path):
    """Printed by LibreOffice (the two sheets alone): every chart, its title and legend, is on a
    page of its sheet (before, the charts lay outside the print area and never printed)."""
    code, _, _, by_name = sheets
    book = next(iter(by_name.values())).parent
    path = tmp_path / "appendices.xlsx"
    kept = {ws.title for ws in by_name.values()}
    copy = openpyxl.load_workbook(io.BytesIO(_saved(book)))
    for ws in [w for w in copy.worksheets if w.title not in kept]:
        copy.remove(ws)
    copy.save(path)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                   check=True, capture_output=True, timeout=300)
    text = subprocess.run(["pdftotext", "-raw", str(path.with_suffix(".pdf")), "-"], check=True,
                          capture_output=True, text=True).stdout
    pages = [" ".join(page.split()) for page in text.split("\f")]
    for name, ws in by_name.items():
        for chart in ws._charts:
            title = "".join(r.t for p in chart.title.tx.rich.p for r in p.r)
            legend = chart.series[-1].tx.v
            on = [page for page in pages if " ".join(title.split()) in page]
            assert on and all(ws.title in page and legend in page for page in on), (code, name, title)


def _saved(book) -> bytes:
    stream = io.BytesIO()
    book.save(stream)
    return stream.getvalue()
