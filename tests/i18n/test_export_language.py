"""The comparison workbook's main sheets and the CSV files in French and Spanish (issue 14).

The same comparison (Kenya's sample with a basic pension, a later pension age and wider
coverage, so that every sentence, the branch charts and the basic-pension lines appear) is
built in English, French and Spanish and read back as a recipient would: every text cell of
the Summary, Charts, Differences, scenario and Indicators sheets must differ from the English
one unless it is data (scenario and scheme names, reform descriptions, spec names, currency)
or a word the languages share; every number must be the English export's, cell by cell.
A string added to those sheets without `translate` fails here.
"""
from __future__ import annotations

import io
import re
from datetime import datetime

import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
import openpyxl  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402

from reform_studio import i18n  # noqa: E402
from reform_studio.charts.scenario_chart import ScenarioChart, Series  # noqa: E402
from reform_studio.charts.specs import CHART_BY_KEY  # noqa: E402
from reform_studio.cli import main  # noqa: E402
from reform_studio.engine.projection import project_many  # noqa: E402
from reform_studio.engine.reform import Reform  # noqa: E402
from reform_studio.engine.results import INDICATORS  # noqa: E402
from reform_studio.samples import sample_path  # noqa: E402
from reform_studio.scenarios import load_reform  # noqa: E402
from reform_studio.workbook import export  # noqa: E402
from reform_studio.workbook import export_format as fmt  # noqa: E402
from reform_studio.workbook.csv_export import write_indicator_csvs, write_series_csv  # noqa: E402
from reform_studio.workbook.reader import read_scheme  # noqa: E402

LANGUAGES = ("fr", "es")
REFORMS = ("kenya_basic_pension.json", "kenya_raise_pension_age.json", "kenya_coverage_extension.json")
OURS = ("Summary", "Charts", "Differences", "Indicators")  # with the scenario sheets; the others are appendices'
# words the three languages write alike (besides data): units and a French noun
SHARED = {"%", "Population"}
EXCEL_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


class _Fixed(datetime):
    @classmethod
    def now(cls, tz=None):
        return datetime(2026, 12, 4, 12, 0, 0).astimezone()


@pytest.fixture(scope="module")
def comparison():
    """(scheme, projections, reforms) of the comparison, projected once for the module."""
    scheme = read_scheme(sample_path("kenya"))
    reforms = [Reform(name="Baseline")] + [load_reform(sample_path("kenya").parent / "reforms" / r) for r in REFORMS]
    return scheme, project_many(scheme, reforms), reforms


@pytest.fixture(scope="module")
def books(comparison):
    """{language: (workbook in memory, workbook saved and read back)}, built in each language."""
    scheme, projections, reforms = comparison
    out = {}
    patch = pytest.MonkeyPatch()
    patch.setattr(export, "datetime", _Fixed)
    try:
        for language in ("en", *LANGUAGES):
            i18n.set_language(language)
            built = export.build_comparison(scheme, projections, reforms, "kenya.xlsx", "ab" * 32,
                                            sources=(("Population", "UN WPP 2024."),), illustrative=True)
            stream = io.BytesIO()
            built.save(stream)
            stream.seek(0)
            out[language] = built, openpyxl.load_workbook(stream)
    finally:
        i18n.set_language("en")
        patch.undo()
    return out


def _pairs(books, language):
    """(English sheet, translated sheet) of every sheet, by position (both have the same order)."""
    english, translated = books["en"][1], books[language][1]
    assert len(english.worksheets) == len(translated.worksheets)
    return list(zip(english.worksheets, translated.worksheets))


def _data(comparison) -> set[str]:
    """Texts that are the user's or the spec's, in every language."""
    scheme, projections, reforms = comparison
    names = {p.name for p in projections[1:]} | {r.description for r in reforms if r.description}
    return names | {scheme.scheme_name, scheme.country, scheme.currency, *INDICATORS}


def _is_text(value) -> bool:
    return isinstance(value, str) and value.strip() != ""


@pytest.mark.parametrize("language", LANGUAGES)
def test_sheet_titles_are_translated_and_excel_safe(books, comparison, language) -> None:
    english = books["en"][1].sheetnames
    titles = books[language][1].sheetnames
    i18n.set_language(language)
    for name in ("Summary", "Charts", "Differences", "Shares of GDP", "Assumptions", "Indicators"):
        assert fmt.sheet_name(name) in titles and fmt.sheet_name(name) != name
    baseline = titles[english.index("Baseline")]
    assert baseline == {"fr": "Scénario de référence", "es": "Escenario base"}[language]
    for title in titles:
        assert len(title.encode("utf-16-le")) // 2 <= 31 and not EXCEL_FORBIDDEN.search(title)
    assert len({t.lower() for t in titles}) == len(titles)


@pytest.mark.parametrize("language", LANGUAGES)
def test_numbers_equal_the_english_export_cell_by_cell(books, language) -> None:
    counted = 0
    pp = {"fr": " pt", "es": " pp"}[language]
    for english, translated in _pairs(books, language):
        for row_en, row_tr in zip(english.iter_rows(), translated.iter_rows(), strict=True):
            for a, b in zip(row_en, row_tr, strict=True):
                if isinstance(a.value, (int, float)) and not isinstance(a.value, bool):
                    assert b.value == a.value, (translated.title, b.coordinate)
                    counted += 1
                    if '" pp"' in a.number_format:  # a difference of rates: only the unit changes
                        assert b.number_format == a.number_format.replace(" pp", pp)
                    else:
                        assert b.number_format == a.number_format, (translated.title, b.coordinate)
                else:
                    assert not isinstance(b.value, (int, float)) or isinstance(b.value, bool), \
                        (translated.title, b.coordinate)
    assert counted > 10_000


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_cell_of_the_main_sheets_is_translated(books, comparison, language) -> None:
    """Fails on a cell left in English: a new string written without `translate`."""
    data = _data(comparison)
    baseline = {"fr": "Scénario de référence", "es": "Escenario base"}[language]
    left = []
    checked = 0
    for english, translated in _pairs(books, language):
        is_scenario = english.cell(row=3, column=1).value == "Year" and english.title not in (
            "Differences", "Shares of GDP")
        if english.title not in OURS and not is_scenario:
            continue  # an appendix (Shares of GDP, Assumptions, Standards): tested with its writer
        for row_en, row_tr in zip(english.iter_rows(), translated.iter_rows()):
            for a, b in zip(row_en, row_tr):
                if not _is_text(a.value):
                    continue
                checked += 1
                if a.value == "Baseline":
                    assert b.value == baseline
                elif b.value == a.value and a.value not in data | SHARED:
                    left.append((english.title, a.coordinate, a.value))
    assert checked > 300
    assert not left, left


@pytest.mark.parametrize("language", LANGUAGES)
def test_sentences_say_numbers_in_the_language(books, language) -> None:
    summary = books[language][1].worksheets[0]
    text = "\n".join(str(c.value) for c in summary["A"] if isinstance(c.value, str))
    assert re.search(r"\d,\d %", text.replace("\u00a0", " ").replace("\u202f", " "))  # '19,4 %'
    assert not re.search(r"\d\.\d %", text)  # never the English '19.4 %'
    word = {"fr": "million de bénéficiaires", "es": "millones de beneficiarios"}[language]
    assert word in text  # the basic pension's beneficiaries, with the noun the language joins
    if language == "fr":
        assert "«\u00a0Raise the pension age to 65\u00a0»" in text
    else:
        assert "«Raise the pension age to 65»" in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_page_header_footer_and_print_titles(books, language) -> None:
    footer = {"fr": "Page &P sur &N", "es": "Página &P de &N"}[language]
    for english, translated in _pairs(books, language):
        assert translated.oddFooter.center.text == footer
        assert translated.oddHeader.left.text != english.oddHeader.left.text
        assert translated.oddHeader.right.text != english.oddHeader.right.text
        assert translated.print_title_rows == english.print_title_rows


def _chart_texts(chart) -> list[str]:
    def said(title):
        return "".join(r.t for p in title.tx.rich.p for r in (p.r or [])) if title is not None else None
    texts = [said(chart.title), said(chart.x_axis.title), said(chart.y_axis.title)]
    return texts + [s.tx.v for s in chart.series if s.tx is not None and s.tx.v]


@pytest.mark.parametrize("language", LANGUAGES)
def test_chart_titles_axes_and_legends_are_translated(books, language) -> None:
    english = books["en"][0].worksheets[1]._charts
    translated = books[language][0].worksheets[1]._charts
    assert len(english) == len(translated) >= 6
    for a, b in zip(english, translated):
        for x, y in zip(_chart_texts(a), _chart_texts(b), strict=True):
            assert (x is None) == (y is None)
            assert x is None or x != y, x
    # the scenario lines still take their names from the scenario sheets' title cells
    refs = [s.tx.strRef.f for s in translated[0].series if s.tx is not None and s.tx.strRef is not None]
    baseline = {"fr": "'Scénario de référence'!$A$1", "es": "'Escenario base'!$A$1"}[language]
    assert refs[0] == baseline


def _long_labels_fit(ws) -> None:
    """Column A of a by-year sheet is as wide as its longest line label, in any language (a
    group's heading runs on over the empty cells beside it)."""
    labels = [a.value for a, b in ws.iter_rows(min_row=4, max_col=2) if isinstance(b.value, (int, float))]
    assert ws.column_dimensions["A"].width >= max(map(len, labels))


@pytest.mark.parametrize("language", LANGUAGES)
def test_label_columns_are_as_wide_as_the_longer_words(books, language) -> None:
    wb = books[language][1]
    i18n.set_language(language)
    _long_labels_fit(wb[fmt.sheet_name("Differences")])
    _long_labels_fit(wb[{"fr": "Scénario de référence", "es": "Escenario base"}[language]])


def test_english_sheet_names_and_units_are_unchanged(books) -> None:
    """English as before: the spec's sheet names, 'pp', 'billion KES'."""
    wb = books["en"][1]
    assert wb.sheetnames[:4] == ["Summary", "Charts", "Differences", "Shares of GDP"]
    assert wb.sheetnames[-2:] == ["Assumptions", "Indicators"]
    differences = wb["Differences"]
    units = {c.value for c in differences["A"] if isinstance(c.value, str)}
    assert "PAYG cost rate (pp)" in units


@pytest.mark.parametrize("language", LANGUAGES)
def test_chart_data_csv_headers_in_the_language_with_the_same_numbers(comparison, tmp_path, language) -> None:
    """The window's File › Export chart data: headers in the window's language, numbers as in English."""
    _, projections, _ = comparison

    def frame() -> pd.DataFrame:
        chart = ScenarioChart(CHART_BY_KEY["cost_rate"], currency="KES")
        FigureCanvasAgg(chart.figure)
        chart.update([Series(i18n.translate("main_window", "Baseline"), "#222222", projections[0])])
        return chart.export_frame()

    english = write_series_csv(tmp_path / "en.csv", frame())
    i18n.set_language(language)
    translated = write_series_csv(tmp_path / f"{language}.csv", frame())
    read_en, read_tr = (pd.read_csv(p, index_col=0, encoding="utf-8-sig") for p in (english, translated))
    assert read_tr.shape == read_en.shape
    assert not set(read_tr.columns) & set(read_en.columns)
    assert read_tr.index.name != read_en.index.name
    np.testing.assert_array_equal(read_tr.to_numpy(), read_en.to_numpy())


@pytest.mark.parametrize("language", LANGUAGES)
def test_indicator_csvs_stay_the_specs_in_every_language(comparison, tmp_path, language) -> None:
    """`run --csv` files are for programs: spec-8 names and decimal points, byte for byte as in English."""
    _, projections, _ = comparison
    english = write_indicator_csvs(tmp_path / "en", projections[:2])
    i18n.set_language(language)
    translated = write_indicator_csvs(tmp_path / language, projections[:2])
    assert [p.name for p in translated] == [p.name for p in english]
    for a, b in zip(english, translated):
        assert a.read_bytes() == b.read_bytes()


@pytest.mark.parametrize("language", LANGUAGES)
def test_run_export_in_the_language(tmp_path, capsys, language) -> None:
    """`reform-studio run … --export out.xlsx --language fr|es` writes the translated workbook."""
    out = tmp_path / f"out_{language}.xlsx"
    reform = sample_path("kenya").parent / "reforms" / "kenya_raise_pension_age.json"
    assert main(["run", str(sample_path("kenya")), "--reform", str(reform), "--export", str(out),
                 "--language", language, "--horizon", "30"]) == 0
    i18n.set_language(language)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[:3] == [fmt.sheet_name(n) for n in ("Summary", "Charts", "Differences")]
    assert wb.worksheets[0]["A4"].value == {"fr": "Principaux constats", "es": "Principales conclusiones"}[language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_summary_header_words_fit_their_columns(books, language) -> None:
    """No header word of the Summary's tables is broken mid-word: its column widens for a longer
    French or Spanish word ('remplacement'), and stays 12.5 characters otherwise."""
    summary = books[language][1].worksheets[0]
    widened = 0
    for row in summary.iter_rows(min_col=2):
        for cell in row:
            if isinstance(cell.value, str) and cell.font.b and cell.fill.fgColor.rgb.endswith("1F4E79"):
                width = summary.column_dimensions[cell.column_letter].width
                assert all(fmt.bold_width(word) <= width for word in cell.value.split()), cell.value
                widened += width > 12.5
    assert widened or language == "es"  # French 'remplacement' widens its column
    english = books["en"][1].worksheets[0]
    assert {english.column_dimensions[c].width for c in "BCDEFGHI"} == {12.5}
