"""The blank template: every spec-9 sheet, annotated, validated, and readable as it stands."""
from __future__ import annotations

import openpyxl
import pytest

from reform_studio.workbook import read_scheme, write_template
from reform_studio.workbook.atomic import ExportError
from reform_studio.workbook.layout import ALL_SHEETS, OPTIONAL_SHEETS


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return write_template(tmp_path_factory.mktemp("tpl") / "template.xlsx")


def test_template_reads_back_as_a_valid_scheme(template):
    s = read_scheme(template)
    assert (s.base_year, s.horizon, s.scheme_name) == (2025, 50, "Example pension scheme")
    assert (s.pensionable_age_male, s.pensionable_age_female) == (62, 60)
    assert s.contribution_rate == 0.18 and s.maximum_replacement_rate is None
    assert s.basic_pension is None and s.migration_profile is None and dict(s.schedule) == {}
    assert s.population.sum() > 0 and s.population[0, 100] > 0
    assert s.contributors[0, 61] > 0 and s.contributors[0, 62] == 0
    assert s.pensioners[1, 60] > 0 and s.pensioners[1, 59] == 0
    assert abs(s.asfr.sum() - 1.9) < 1e-4


def _rules(ws):
    return {(dv.type, dv.operator, dv.formula1, dv.formula2): str(dv.sqref)
            for dv in ws.data_validations.dataValidation}


def test_data_validation_on_rates_and_ages(template):
    book = openpyxl.load_workbook(template)
    scheme = _rules(book["Scheme"])
    rates = scheme["decimal", "between", "0", "1"].split()
    assert "B7" in rates and "B10" in rates  # contribution_rate, accrual_rate
    assert scheme["whole", "between", "40", "80"].split() == ["B8", "B9"]
    for name in ("Mortality", "Labour"):
        cells = _rules(book[name])["decimal", "between", "0", "1"]
        assert set(cells.split()) == {"B2:B102", "C2:C102"}
    schedule = _rules(book["Schedule"])
    assert schedule["decimal", "between", "0", "1"] == "B2:B201"
    assert set(schedule["whole", "between", "40", "80"].split()) == {"C2:C201", "D2:D201"}
    counts = _rules(book["Population"])["decimal", "greaterThanOrEqual", "0", None]
    assert set(counts.split()) == {"B2:B102", "C2:C102"}


def test_every_sheet_with_bold_frozen_header_and_marked_optional(template):
    book = openpyxl.load_workbook(template)
    assert book.sheetnames == ["Read me", *ALL_SHEETS]
    for name in ALL_SHEETS:
        ws = book[name]
        assert ws.freeze_panes == "A2" and ws.cell(1, 1).font.b, name
        assert ws.column_dimensions["A"].width >= 8
        notes = [c.value for c in ws[1]
                 if isinstance(c.value, str) and c.value.startswith("Optional")]
        assert bool(notes) == (name in OPTIONAL_SHEETS), name
    assert [c.value for c in book["Scheme"][1]] == ["Parameter", "Value", "Unit", "Notes"]
    ages = [r[0] for r in book["Population"].iter_rows(min_row=2, values_only=True)]
    assert ages == list(range(100)) + ["100+"]


def test_written_atomically_over_an_existing_file(tmp_path):
    target = tmp_path / "t.xlsx"
    target.write_bytes(b"old")
    write_template(target)
    assert openpyxl.load_workbook(target).sheetnames[1] == "Scheme"
    assert [p.name for p in tmp_path.iterdir()] == ["t.xlsx"]


def test_missing_folder_is_refused_without_writing(tmp_path):
    with pytest.raises(ExportError):
        write_template(tmp_path / "nowhere" / "t.xlsx")
    assert list(tmp_path.iterdir()) == []
