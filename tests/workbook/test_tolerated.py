"""What users' workbooks really look like and the reader accepts: numbers typed as text,
stray spaces, blank rows, shuffled ages, titles above tables, saved formulas, .xlsm."""
from __future__ import annotations

import zipfile

import openpyxl
import pytest

from reform_studio.engine.errors import InputError
from reform_studio.workbook import read_scheme
from tests.workbook.builders import EXAMPLE1, age_row, edited, set_key


def test_numbers_stored_as_text(tmp_path):
    def change(book):
        set_key(book, "Scheme", "contribution_rate", " 0.18 ")
        set_key(book, "Economy", "gdp", "210,567,000,000")
        set_key(book, "Scheme", "accrual_rate", "1.8%")
        book["Population"].cell(age_row(0), 2, "1,234")
        book["Population"].cell(age_row(1), 2, "5e3")
    s = read_scheme(edited(EXAMPLE1, tmp_path / "t.xlsx", change))
    assert s.contribution_rate == 0.18 and s.gdp == 210_567_000_000
    assert s.accrual_rate == pytest.approx(0.018)
    assert s.population[0, :2].tolist() == [1234, 5000]


def test_spaces_blank_rows_shuffled_ages_and_a_title_row(tmp_path):
    def change(book):
        ws = book["Labour"]
        rows = [list(r) for r in ws.iter_rows(values_only=True)]
        ws.delete_rows(1, ws.max_row)
        ws.append(["Labour force participation (source: survey)"])  # a title above the table
        ws.append(["  Age ", "LFPR_male  ", " lfpr_female"])
        for values in reversed(rows[1:]):
            ws.append(values)
            if values[0] % 10 == 0:
                ws.append([None, None, None])
    s = read_scheme(edited(EXAMPLE1, tmp_path / "t.xlsx", change))
    expected = read_scheme(EXAMPLE1)
    assert (s.lfpr == expected.lfpr).all()


def _rezip(source, target, change_parts):
    with zipfile.ZipFile(source) as archive:
        parts = {n: archive.read(n) for n in archive.namelist()}
    change_parts(parts)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return target


def test_formula_with_a_saved_value_is_read(tmp_path):
    base = edited(EXAMPLE1, tmp_path / "base.xlsx", lambda b: None)

    def change(parts):
        sheet = "xl/worksheets/sheet2.xml"  # Economy
        parts[sheet] = parts[sheet].replace(b"<v>0.03</v>", b"<f>0.01*3</f><v>0.03</v>")
        assert b"<f>" in parts[sheet]
    s = read_scheme(_rezip(base, tmp_path / "f.xlsx", change))
    assert s.inflation.values == (0.03,)


def test_xlsm_is_read_and_its_macros_ignored(tmp_path):
    base = edited(EXAMPLE1, tmp_path / "base.xlsx", lambda b: None)

    def change(parts):
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
            b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            b"application/vnd.ms-excel.sheet.macroEnabled.main+xml").replace(
            b"</Types>", b'<Default Extension="bin" ContentType="application/'
                         b'vnd.ms-office.vbaProject"/></Types>')
        assert b"sheet.macroEnabled.main" in parts["[Content_Types].xml"]
        parts["xl/vbaProject.bin"] = b"\xd0\xcf\x11\xe0 not really a macro"
    path = _rezip(base, tmp_path / "macro.xlsm", change)
    assert read_scheme(path).base_year == 2025


def test_content_wins_over_the_extension(tmp_path):
    path = tmp_path / "really_xlsx.xls"
    path.write_bytes(EXAMPLE1.read_bytes())
    assert read_scheme(path).base_year == 2025


def test_total_size_guard(tmp_path, monkeypatch):
    from reform_studio.workbook import safety
    monkeypatch.setattr(safety, "MAX_TOTAL_BYTES", 10_000)
    with pytest.raises(InputError, match="would unpack to"):
        read_scheme(EXAMPLE1)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(InputError, match="'nope.xlsx' was not found"):
        read_scheme(tmp_path / "nope.xlsx")
    with pytest.raises(InputError, match="is a folder"):
        read_scheme(tmp_path)


def test_defusedxml_is_active():
    assert openpyxl.xml.DEFUSEDXML is True


def test_merged_cells_and_hidden_rows(tmp_path):
    """A merged notes block and hidden rows are layout, not data: values read as saved."""
    def change(book):
        scheme = book["Scheme"]
        scheme.merge_cells("D2:D6")
        scheme["D2"] = "Labels from the ministry's register"
        scheme.row_dimensions[8].hidden = True
        population = book["Population"]
        for row in range(10, 20):
            population.row_dimensions[row].hidden = True
    s = read_scheme(edited(EXAMPLE1, tmp_path / "t.xlsx", change))
    expected = read_scheme(EXAMPLE1)
    assert s.pensionable_age_male == expected.pensionable_age_male
    assert (s.population == expected.population).all()


def test_merged_cells_inside_a_table_are_reported(tmp_path):
    """Merging two ages' values leaves the second blank: a required table names that cell."""
    def change(book):
        book["Mortality"].merge_cells("B12:B13")
    with pytest.raises(InputError) as info:
        read_scheme(edited(EXAMPLE1, tmp_path / "t.xlsx", change))
    assert "Mortality" in str(info.value) and "B13" in str(info.value)
