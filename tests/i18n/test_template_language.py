"""The blank template and a country's workbook in French and Spanish: every note, unit, comment
and message in the language, while sheet names, keys, the headers the reader reads and the data
stay the spec's, so that a workbook written in any language reads the same with any reader."""
from __future__ import annotations

import dataclasses
from collections.abc import Mapping

import numpy as np
import openpyxl
import pytest

from reform_studio import i18n
from reform_studio.cli import main
from reform_studio.countries import data
from reform_studio.countries.builder import build_country_workbook
from reform_studio.countries.defaults import ILLUSTRATIVE, illustrative
from reform_studio.countries.economy import long_run_rates
from reform_studio.engine.projection import project
from reform_studio.engine.sensitivity import STANDARD_TESTS
from reform_studio.engine.stochastic import Volatility
from reform_studio.i18n.assumptions import MARKED as ASSUMPTION_WORDS
from reform_studio.i18n.country_data import MARKED as COUNTRY_WORDS
from reform_studio.i18n.country_data import said
from reform_studio.i18n.parameters import CONTEXT, Word
from reform_studio.workbook import layout, read_scheme, write_template
from reform_studio.workbook.cells import CellError, show_number

TRANSLATED = ("fr", "es")
LABELS = ("country", "scheme_name")  # the example's labels, said in the language


def _all_specs() -> list[layout.KeySpec]:
    return [spec for table in (*layout.KEY_SHEETS.values(), *layout.ANALYSIS_KEY_SHEETS.values()) for spec in table]


def _all_columns() -> list[layout.Column]:
    tables = (*layout.AGE_TABLES, layout.ECONOMY_YEARS, layout.DEMOGRAPHY_YEARS, layout.SCHEDULE_YEARS)
    return [column for table in tables
            for column in (*table.columns, *(c for group in getattr(table, "optional_groups", ()) for c in group))]


# what the reader reads or the example holds as data: the same text in every language
SPEC_NAMES = ({"Parameter", "Value", "Age", "Year", "100+", "EXC", "wages", "universal"} | set(layout.ALL_SHEETS)
              | {spec.name for spec in _all_specs()} | {column.header for column in _all_columns()})


def _in_every_language(folder, name: str, write) -> dict:
    """The workbook `write(path)` writes, once in each language, by language."""
    paths = {code: folder / f"{name}_{code}.xlsx" for code in ("en", *TRANSLATED)}
    for code, path in paths.items():
        i18n.set_language(code)
        write(path)
    i18n.set_language("en")
    return paths


@pytest.fixture(scope="module")
def templates(tmp_path_factory):
    return _in_every_language(tmp_path_factory.mktemp("templates"), "template", write_template)


def _same(a: object, b: object) -> bool:
    """Equal, arrays and nested dataclasses compared element by element."""
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        return np.array_equal(a, b)
    if dataclasses.is_dataclass(a) and type(a) is type(b):
        return all(_same(getattr(a, f.name), getattr(b, f.name)) for f in dataclasses.fields(a))
    if isinstance(a, (tuple, list)) and isinstance(b, (tuple, list)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, Mapping) and isinstance(b, Mapping):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    return a == b


def _differences(a: object, b: object, ignore: tuple[str, ...] = ()) -> list[str]:
    return [f.name for f in dataclasses.fields(a)
            if f.name not in ignore and not _same(getattr(a, f.name), getattr(b, f.name))]


@pytest.mark.parametrize("code", TRANSLATED)
def test_a_translated_template_reads_as_the_same_scheme(templates, code):
    english, translated = read_scheme(templates["en"]), read_scheme(templates[code])
    assert _differences(english, translated, LABELS) == []
    i18n.set_language(code)
    for label in LABELS:
        example = layout.SCHEME_SPECS[label].example
        assert getattr(translated, label) == example.said() != getattr(english, label)
    i18n.set_language("en")
    a, b = project(english).indicators, project(translated).indicators
    assert a.equals(b)


def _texts(ws) -> dict[str, str]:
    """Every text of a sheet: cell values, header comments and data-validation messages (the
    last two keyed with a space, and always explanations)."""
    out = {c.coordinate: c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    out |= {f"{c.coordinate} comment": c.comment.text for row in ws.iter_rows() for c in row if c.comment}
    out |= {f"{rule.sqref} error": rule.error for rule in ws.data_validations.dataValidation}
    return out


def _read_me_rows(ws, skip: int | None = None) -> list[tuple]:
    rows = [r for r in ws.iter_rows(values_only=True)]
    return rows if skip is None else rows[:skip] + rows[skip + 1:]


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_text_but_the_spec_names_is_in_the_language(templates, code):
    english, translated = openpyxl.load_workbook(templates["en"]), openpyxl.load_workbook(templates[code])
    assert translated.sheetnames[1:] == english.sheetnames[1:] == list(layout.ALL_SHEETS)
    assert translated.sheetnames[0] != english.sheetnames[0] == "Read me"
    compared = 0
    for name in layout.ALL_SHEETS:
        ours, theirs = _texts(english[name]), _texts(translated[name])
        assert ours.keys() == theirs.keys(), name
        explained = ("C", "D") if name in {**layout.KEY_SHEETS, **layout.ANALYSIS_KEY_SHEETS} else ()
        for where, text in ours.items():
            if text in SPEC_NAMES and not where.startswith(explained) and " " not in where:
                assert theirs[where] == text, (name, where)
            else:
                assert theirs[where] != text, (name, where, text)
                compared += 1
    # the Read me: the same rows, and one more in a translation saying what stays English
    ours, theirs = _read_me_rows(english.worksheets[0]), _read_me_rows(translated.worksheets[0], skip=4)
    assert len(theirs) == len(ours)
    for our_row, their_row in zip(ours, theirs):
        for text, translation in zip(our_row, their_row):
            if text is None or text in SPEC_NAMES:
                assert translation == text
            else:
                assert translation != text
                compared += 1
    assert compared > 200


@pytest.mark.parametrize("code", TRANSLATED)
def test_numbers_in_the_notes_follow_the_language(templates, code):
    """A French or Spanish spreadsheet takes 0,015: the defaults the notes quote are written so."""
    ws = openpyxl.load_workbook(templates[code])[layout.STOCHASTIC]
    notes = {ws.cell(r, 1).value: ws.cell(r, 4).value for r in range(2, ws.max_row + 1)}
    i18n.set_language(code)
    default = show_number(Volatility().sd["inflation"])
    i18n.set_language("en")
    assert "," in default and notes["inflation_sd"].endswith(default)


def test_every_word_of_the_layout_is_translated():
    """A key, column, range or sensitivity test added without its words marked for the catalogue
    (or marked but not yet translated) fails here, whichever language lacks it."""
    words = {spec.unit for spec in _all_specs()} | {spec.note for spec in _all_specs()} | {
        column.note for column in _all_columns()}
    words.discard("")
    examples = [spec.example for spec in _all_specs() if isinstance(spec.example, Word)]
    assert len(words) > 60 and len(examples) == 2
    assert {test.label for test in STANDARD_TESTS} <= ASSUMPTION_WORDS
    reasons = {item.parse.reason for item in (*_all_specs(), *_all_columns())
               if isinstance(item.parse, layout.Bounded) and item.parse.reason}
    assert len(reasons) > 15
    for code in TRANSLATED:
        i18n.set_language(code)
        missing = [text for text in words if i18n.translate(CONTEXT, text) == text]
        missing += [example.text for example in examples if example.said() == example.text]
        missing += [reason for reason in reasons if i18n.translate("layout", reason) == reason]
        assert missing == [], code


@pytest.mark.parametrize("code", TRANSLATED)
def test_a_range_refused_by_the_reader_says_why_in_the_language(code):
    """The reader's message for a value out of a plausible range ends with the range's reason,
    in the language, its numbers in the language's conventions."""
    i18n.set_language(code)
    with pytest.raises(CellError) as refused:
        layout.GDP_RANGE(10, "gdp")
    assert str(refused.value).endswith(i18n.translate("layout", layout.GDP_RANGE.reason))
    with pytest.raises(CellError) as refused:
        layout.DEMOGRAPHY_KEYS[3].parse(105, "sex_ratio_at_birth")  # males per 100 females
    assert show_number(1.05) in str(refused.value) and "1.05" not in str(refused.value)


def test_template_command_writes_the_language(tmp_path, capsys):
    path = tmp_path / "modele.xlsx"
    assert main(["template", str(path), "--language", "fr"]) == 0
    capsys.readouterr()
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[0] == i18n.translate("template", "Read me")
    assert book["Scheme"]["C1"].value == i18n.translate("template", "Unit") != "Unit"
    i18n.set_language("en")
    assert read_scheme(path).contribution_rate == layout.SCHEME_SPECS["contribution_rate"].example


# ---- a country's workbook (reform-studio new) ----

SMALL = "TUV"  # a small island: quick to build, every sheet present


@pytest.fixture(scope="module")
def countries(tmp_path_factory):
    return _in_every_language(tmp_path_factory.mktemp("countries"), SMALL,
                              lambda path: build_country_workbook(SMALL, path=path))


@pytest.mark.parametrize("code", TRANSLATED)
def test_a_translated_country_workbook_reads_and_projects_the_same(countries, code):
    english, translated = read_scheme(countries["en"]), read_scheme(countries[code])
    assert _differences(english, translated, ("scheme_name",)) == []
    assert translated.scheme_name != english.scheme_name  # the illustrative scheme's name, said in the language
    assert project(english).indicators.equals(project(translated).indicators)


def _explains(sheet: str, cell) -> bool:
    """Whether a country workbook's cell is an explanation (said in the language) rather than a
    spec name or data: units (but currency codes) and notes of the key sheets and the scheme's name, the Sources
    sheet but for rows named by a sheet, the Checklist but for its column of sheet names."""
    if sheet in layout.KEY_SHEETS:  # a unit that is a currency code is data
        return (cell.column > 2 and not cell.value.isupper()) or (sheet, cell.coordinate) == ("Scheme", "B3")
    if sheet == "Sources":
        return not (cell.column == 1 and set(cell.value.split(", ")) <= set(layout.ALL_SHEETS))
    return sheet == "Checklist" and (cell.column != 2 or cell.row == 1)


@pytest.mark.parametrize("code", TRANSLATED)
def test_a_country_workbooks_notes_are_in_the_language(countries, code):
    english, translated = openpyxl.load_workbook(countries["en"]), openpyxl.load_workbook(countries[code])
    assert translated.sheetnames == english.sheetnames
    compared = 0
    for ws in english.worksheets:
        for cell in (cell for row in ws.iter_rows() for cell in row):
            translation = translated[ws.title][cell.coordinate].value
            if not (isinstance(cell.value, str) and _explains(ws.title, cell)):
                assert translation == cell.value, (ws.title, cell.coordinate)
            else:
                assert translation != cell.value, (ws.title, cell.coordinate)
                compared += 1
    assert compared > 60


def test_every_word_of_the_country_data_is_marked():
    """A source or a default added to countries/data.py or defaults.py without its words marked
    in i18n/country_data.py fails here."""
    country = data.find_country(SMALL)
    sample = illustrative(country, 2025, long_run_rates(country), 1000.0, 0.01, 0.01)
    words = {text for row in data.SOURCES for text in row} | {ILLUSTRATIVE, sample.scheme_name, sample.description}
    assert words <= COUNTRY_WORDS
    for code in TRANSLATED:
        i18n.set_language(code)
        assert [text for text in words if said(text) == text] == [], code


def test_the_windows_new_template_follows_the_windows_language(qapp, qtbot, tmp_path, monkeypatch):
    """File › New workbook from template in a French window writes the French template."""
    from PySide6.QtCore import QSettings, QStandardPaths
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from reform_studio.gui import language, settings
    from reform_studio.gui.main_window import MainWindow
    from reform_studio.i18n import numbers

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    QStandardPaths.setTestModeEnabled(True)
    monkeypatch.setenv(settings.DATA_FOLDER_VARIABLE, str(tmp_path / "data"))
    target = tmp_path / "modele.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    language.apply(qapp, "fr")
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        window.files.new_from_template()
        assert openpyxl.load_workbook(target).sheetnames[0] == i18n.translate("template", "Read me") != "Read me"
    finally:
        language.apply(qapp, "en")
        numbers.follow(None)  # the window followed the machine's number conventions
