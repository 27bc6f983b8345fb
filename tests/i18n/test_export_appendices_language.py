"""The comparison workbook's appendix sheets and the costing workbook in French and Spanish
(issue 14, item 3): written in each language and read back, every text the sheets write is
translated (data, spec keys and a few words the languages share aside), the numbers are the
English export's cell by cell, and text carries numbers in the language's conventions."""
from __future__ import annotations

import io
import re
from dataclasses import fields

import numpy as np
import openpyxl
import pandas as pd
import pytest

from reform_studio import i18n
from reform_studio.engine.projection import project_many
from reform_studio.engine.reform import Reform
from reform_studio.engine.scheme import Scheme
from reform_studio.engine.sensitivity import STANDARD_TESTS, run_sensitivity
from reform_studio.engine.stochastic import run_stochastic
from reform_studio.samples import reform_paths, sample_path
from reform_studio.scenarios import load_reform
from reform_studio.workbook import export_sensitivity, export_stochastic, read_scheme
from reform_studio.workbook.export import build_comparison, read_source_notes
from reform_studio.workbook.export_costing import write_costing
from reform_studio.workbook.export_standards import standards_appendix

LANGUAGES = ("fr", "es")
# the sheets of this part, by their English names (the others are the main workbook's)
APPENDICES = ("Standards", "Sensitivity", "Stochastic")
SHEETS = APPENDICES + ("Assumptions", "Shares of GDP")
REFORMS = ("pension_age", "basic_pension", "contributions")  # a phase-in by years, a basic pension, a step
# words a French or Spanish reader writes as the English one does (the same word in both
# languages, or a code)
SHARED = {
    "fr": {"inflation", "Convention", "Article", "description", "Sources", "ISO3"},
    "es": {"central", "ISO3"},
}
EXCEL_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
# text that is data or a name from the spec, the same in every language: keys (the Assumptions
# sheet's items, a rule's item) and single-word field names
SPEC_KEY = re.compile(r"[a-z][a-z0-9]*(_[a-z0-9]+)+")
SPEC_WORDS = {f.name for f in fields(Scheme)} | {"orphans"}
NOT_WORDS = re.compile(r"[\d.,:+\-T ]*|p\d+|C1\d\d|[0-9a-f]{64}|\S+\.xlsx")


def _reforms() -> list[Reform]:
    paths = reform_paths("kenya")
    return [Reform("Baseline")] + [load_reform(next(p for p in paths if key in p.name)) for key in REFORMS]


@pytest.fixture(scope="module")
def inputs():
    scheme = read_scheme(sample_path("kenya"))
    reforms = _reforms()
    projections = project_many(scheme, reforms)
    return (scheme, reforms, projections, run_sensitivity(scheme, reforms, STANDARD_TESTS[:2]),
            run_stochastic(scheme, reforms[:2], 20, 7))


def _comparison(inputs) -> openpyxl.Workbook:
    scheme, reforms, projections, sensitivity, stochastic = inputs
    appendices = [standards_appendix(scheme, reforms, projections),
                  (export_sensitivity.TITLE, export_sensitivity.sheet_writer(sensitivity)),
                  (export_stochastic.TITLE, export_stochastic.sheet_writer(stochastic))]
    sources, _ = read_source_notes(sample_path("kenya"))
    return build_comparison(scheme, projections, reforms, "kenya.xlsx", "ab" * 32, sources=sources,
                            appendices=appendices)


@pytest.fixture(scope="module")
def books(inputs):
    """In each language: the comparison workbook's sheet names, and this part's sheets as
    written (for their charts) and as read back from the file, keyed by their English names
    (the sheets come in the same order in every language). The other sheets are left out of the
    file, to read it back fast."""
    out = {}
    try:
        for code in ("en",) + LANGUAGES:
            i18n.set_language(code)
            book = _comparison(inputs)
            names = book.sheetnames
            order = out["en"][0] if out else names
            written = {name: book[names[order.index(name)]] for name in SHEETS}
            for sheet in [s for s in book.worksheets if s not in written.values()]:
                book.remove(sheet)
            stream = io.BytesIO()
            book.save(stream)
            reread = openpyxl.load_workbook(io.BytesIO(stream.getvalue()))
            out[code] = (names, written, {name: reread[sheet.title] for name, sheet in written.items()})
    finally:
        i18n.set_language("en")
    return out


def _sheets(books, code: str) -> dict[str, openpyxl.worksheet.worksheet.Worksheet]:
    """This part's sheets read back from the file written in `code`."""
    return books[code][2]


def _data(inputs) -> set[str]:
    """Texts that are the workbook's or the reforms' own (names, descriptions, sources)."""
    scheme, reforms, *_ = inputs
    sources, _ = read_source_notes(sample_path("kenya"))
    return ({scheme.country, scheme.scheme_name, scheme.currency, scheme.revaluation, "kenya.xlsx"}
            | {r.name for r in reforms[1:]} | {r.description for r in reforms[1:]}
            | {text for row in sources for text in row})


def _left_in_english(english: str, said: object, code: str, data: set[str]) -> bool:
    return (said == english and english not in data and english not in SHARED[code]
            and not SPEC_KEY.fullmatch(english) and english not in SPEC_WORDS and not NOT_WORDS.fullmatch(english))


@pytest.mark.parametrize("code", LANGUAGES)
def test_appendix_sheets_are_named_in_the_language_and_excel_takes_the_names(books, code):
    english, said = books["en"][0], books[code][0]
    assert len(said) == len(english)
    for name in APPENDICES:
        title = said[english.index(name)]
        assert title != name and len(title) <= 31 and not EXCEL_FORBIDDEN.search(title), title


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_text_cell_is_translated_and_every_number_is_the_english_one(books, inputs, code):
    data = _data(inputs)
    english = _sheets(books, "en")
    left, texts = [], 0
    for name, sheet in _sheets(books, code).items():
        ours = english[name]
        assert (sheet.max_row, sheet.max_column) == (ours.max_row, ours.max_column), name
        for row in ours.iter_rows():
            for cell in row:
                other = sheet[cell.coordinate]
                if isinstance(cell.value, str):
                    texts += 1
                    assert isinstance(other.value, str), (name, cell.coordinate)
                    if _left_in_english(cell.value, other.value, code, data):
                        left.append(f"{name}!{cell.coordinate}: {cell.value}")
                else:
                    # numbers stay numbers, the same; a rate shown as a rate in every language
                    assert other.value == cell.value, (name, cell.coordinate)
                    if '"' not in cell.number_format:  # a unit written in the format is the language's
                        assert other.number_format == cell.number_format, (name, cell.coordinate)
    assert texts > 300
    assert not left, "left in English:\n" + "\n".join(left)


@pytest.mark.parametrize("code", LANGUAGES)
def test_numbers_in_text_use_the_decimal_comma(books, inputs, code):
    """A setting, a path or an age table's peak reads '1,5 pt', '5,49 %', '2,873 (2030)': no
    English decimal point in a text the sheets word (data and version numbers aside)."""
    data = _data(inputs)
    english = _sheets(books, "en")
    worded = [(name, cell.coordinate, cell.value) for name, sheet in _sheets(books, code).items()
              for row in sheet.iter_rows() for cell in row
              if isinstance(cell.value, str) and cell.value not in data and english[name][cell.coordinate].value
              not in data and not re.fullmatch(r"[\d.]+|\d{4}-.*", cell.value)]
    point = r"\d\.\d" if code == "fr" else r"\d\.(?!\d{3}(\D|$))\d"  # Spanish groups thousands with a point
    assert not [w for w in worded if re.search(point, w[2])]
    commas = [w for w in worded if re.search(r"\d,\d", w[2])]
    assert {name for name, _, _ in commas} >= {"Sensitivity", "Stochastic", "Assumptions"}


@pytest.mark.parametrize("code", LANGUAGES)
def test_native_charts_speak_the_language(books, code):
    def words(sheets) -> list[str]:
        out = []
        for name in ("Sensitivity", "Stochastic"):
            for chart in sheets[name]._charts:
                out.append("".join(r.t for p in chart.title.tx.rich.p for r in p.r))
                for axis in (chart.x_axis, chart.y_axis):
                    if axis.title is not None:
                        out.append("".join(r.t for p in axis.title.tx.rich.p for r in p.r))
                out += [s.tx.v for s in chart.series if s.tx is not None and not s.tx.v.startswith("p")]
        return out

    english, said = words(books["en"][1]), words(books[code][1])
    assert len(english) == len(said) > 10
    assert not [(e, s) for e, s in zip(english, said) if e == s]


@pytest.fixture(scope="module")
def costing_books(tmp_path_factory):
    """The costing workbook in each language from one ranked table (countries.costing's columns)."""
    ranked = pd.DataFrame({"Rank": [1, 2], "Country": ["Niger", "Senegal"], "ISO3": ["NER", "SEN"],
                           "Currency": ["XOF", "XOF"], "Beneficiaries": [1.2e6, 8e5], "Benefit a year": [1.5e5, 2e5],
                           "Cost": [2e11, 1.7e11], "Cost % of GDP": [1.5, 1.1],
                           "Cost % of government expenditure": [7.0, np.nan], "Cost % of GDP in 2040": [1.9, 1.3]})
    frame = pd.DataFrame([[1.0, 2.0], [3.0, 4.0]], index=pd.Index(["Niger", "Senegal"], name="Country"),
                         columns=pd.Index([2025, 2026], name="Year"))
    by_year = {title: frame for title in ("Cost % of GDP", "Cost % of government expenditure",
                                          "Cost, local currency", "Beneficiaries")}
    out = {}
    try:
        for code in ("en",) + LANGUAGES:
            i18n.set_language(code)
            path = write_costing(tmp_path_factory.mktemp(code) / "costing.xlsx", "A basic pension.", ranked, 2025,
                                 by_year, [("Niger", "A note.")], "A source.")
            out[code] = openpyxl.load_workbook(path)
    finally:
        i18n.set_language("en")
    return out


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_costing_workbook_is_in_the_language_with_the_same_numbers(costing_books, code):
    english, said = costing_books["en"], costing_books[code]
    assert len(said.sheetnames) == len(english.sheetnames)
    data = {"Niger", "Senegal", "NER", "SEN", "XOF", "A basic pension.", "A note.", "A source."} | SHARED[code]
    for ours, theirs in zip(english.worksheets, said.worksheets):
        assert theirs.title != ours.title and len(theirs.title) <= 31 and not EXCEL_FORBIDDEN.search(theirs.title)
        for row in ours.iter_rows():
            for cell in row:
                other = theirs[cell.coordinate].value
                if isinstance(cell.value, str):
                    assert other != cell.value or cell.value in data, (ours.title, cell.coordinate, other)
                else:
                    assert other == cell.value, (ours.title, cell.coordinate)
    chart = said.worksheets[0]._charts[0]
    assert "".join(r.t for p in chart.title.tx.rich.p for r in p.r) != "Cost as % of GDP, 2025"
