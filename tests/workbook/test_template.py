"""The blank template: every spec-9 sheet, annotated, validated, and readable as it stands."""
from __future__ import annotations

import numpy as np
import openpyxl
import pytest

import reform_studio as rs
from reform_studio.cli import main
from reform_studio.workbook import read_scheme, template_data, write_template
from reform_studio.workbook.atomic import ExportError
from reform_studio.workbook.cells import CellError
from reform_studio.workbook.layout import (ALL_SHEETS, KEY_SHEETS, OPTIONAL_SHEETS, SCHEME_SPECS,
                                           Bounded)


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return write_template(tmp_path_factory.mktemp("tpl") / "template.xlsx")


def test_template_reads_back_as_a_valid_scheme(template):
    s = read_scheme(template)
    assert (s.base_year, s.horizon, s.scheme_name) == (2025, 50, "Example pension scheme")
    # the example keys and the example tables agree on the pensionable ages and the tfr
    male, female = template_data.PENSIONABLE_AGES
    assert (s.pensionable_age_male, s.pensionable_age_female) == (male, female) == (65, 63)
    assert s.contribution_rate == 0.18 and s.maximum_replacement_rate is None
    assert s.basic_pension is None and s.migration_profile is None and dict(s.schedule) == {}
    assert s.population.sum() > 0 and s.population[0, 100] > 0
    assert s.contributors[0, male - 1] > 0 and s.contributors[0, male] == 0
    assert s.pensioners[1, female] > 0 and s.pensioners[1, female - 1] == 0
    assert abs(s.asfr.sum() - s.tfr_start) < 1e-4 and s.tfr_start == template_data.TFR


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
    counts = _rules(book["Population"])["decimal", "between", "0", "1000000000"]
    assert set(counts.split()) == {"B2:B102", "C2:C102"}  # the reader's plausible range


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


def test_version2_parts_read_back_with_plausible_examples(template):
    s = read_scheme(template)
    assert (s.wage_dispersion, s.service_spread, s.contribution_ceiling_to_avg_wage) == (0.6, 0.4, 3)
    assert (s.minimum_service_years, s.old_age_grant_rate, s.survivor_share) == (10, 0.1, 0.5)
    d, v = s.disability, s.survivors
    assert (d.min_service_years, d.future_service_credit, d.mortality_factor) == (3, 0.5, 2)
    assert (v.orphan_share, v.orphan_age_limit, v.spouse_age_difference) == (0.2, 18, 3)
    # disablement rises with age, about 0.001 at 20 to 0.01 near the pensionable age
    male = s.pensionable_age_male
    assert 0.0005 < d.incidence[0, 20] < 0.002 and 0.005 < d.incidence[0, male - 1] < 0.015
    assert np.all(np.diff(d.incidence[0, 18:male]) > 0) and d.incidence[0, male] == 0
    assert 0.7 <= v.married[0, 45] <= 0.8 and v.orphans[0, 38] > 1
    assert v.orphan_age.max() < v.orphan_age_limit
    assert v.orphans_paid[:18].all() and not v.orphans_paid[18:].any()
    assert d.pensioners.any() and v.spouses[1].sum() > v.spouses[0].sum()
    insured = s.contributors + s.pensioners + d.pensioners
    assert np.all(insured <= s.population)


def test_version2_keys_and_columns_are_validated_and_annotated(template):
    book = openpyxl.load_workbook(template)
    assert book["Read me"]["A1"].value.endswith("template version 2")
    scheme = book["Scheme"]
    row = {scheme.cell(r, 1).value: r for r in range(2, scheme.max_row + 1)}
    rules = {cell: rule for rule, cells in _rules(scheme).items() for cell in cells.split()}
    assert rules[f"B{row['wage_dispersion']}"] == ("decimal", "between", "0", "2")
    assert rules[f"B{row['orphan_age_limit']}"] == ("whole", "between", "1", "30")
    assert rules[f"B{row['spouse_age_difference']}"] == ("whole", "between", "-20", "20")
    assert rules[f"B{row['survivor_share']}"] == ("decimal", "between", "0", "1")
    assert rules[f"B{row['minimum_service_years']}"] == ("whole", "between", "0", "50")
    assert "typically" in scheme.cell(row["funeral_grant_to_avg_wage"], 4).value
    pensioners = book["Pensioners"]
    headers = [c.value for c in pensioners[1]]
    assert headers[-2:] == ["orphans", "orphan_pension"] and len(headers) == 15
    assert "group of 4" in pensioners["F1"].comment.text
    survivors = _rules(book["Survivors"])
    assert set(survivors["whole", "between", "0", "29"].split()) == {"F2:F102", "G2:G102"}
    assert set(_rules(book["Disability"])["decimal", "between", "0", "1"].split()) == {
        "B2:B102", "C2:C102"}
    assert "typically" in book["Survivors"]["B1"].comment.text
    assert [c.value for c in book["Mortality"][1]][:3] == ["Age", "qx_male", "qx_female"]


def _scheme_rules(book):
    scheme = book["Scheme"]
    row = {scheme.cell(r, 1).value: r for r in range(2, scheme.max_row + 1)}
    rules = {cell: rule for rule, cells in _rules(scheme).items() for cell in cells.split()}
    return {name: rules.get(f"B{r}") for name, r in row.items()}


def test_ceiling_validation_refuses_zero_as_the_reader_does(template):
    """0 < c <= 10: Excel's `between` would let 0 through, so the rule is a formula on the
    cell itself; the reader refuses 0 and accepts 10."""
    book = openpyxl.load_workbook(template)
    scheme = book["Scheme"]
    [cell] = [f"B{r}" for r in range(2, scheme.max_row + 1)
              if scheme.cell(r, 1).value == "contribution_ceiling_to_avg_wage"]
    [rule] = [dv for dv in scheme.data_validations.dataValidation if str(dv.sqref) == cell]
    assert rule.type == "custom" and rule.showErrorMessage and rule.allow_blank
    assert rule.formula1 == f"AND(ISNUMBER({cell}),{cell}>0,{cell}<=10)"
    assert "above 0 up to 10" in rule.error
    ceiling = SCHEME_SPECS["contribution_ceiling_to_avg_wage"].parse
    with pytest.raises(CellError):
        ceiling(0, "c")
    assert ceiling(10, "c") == 10 and ceiling(0.01, "c") == 0.01


def test_horizon_years_and_basic_pension_age_are_validated(template):
    rules = _scheme_rules(openpyxl.load_workbook(template))
    assert rules["horizon"] == ("whole", "between", "10", "150")
    assert rules["basic_pension_age"] == ("whole", "between", "0", "100")
    for name in ("base_year", "basic_pension_from_year"):
        assert rules[name] == ("whole", "between", "1900", "2300"), name
    demography = {cell: rule for rule, cells in _rules(
        openpyxl.load_workbook(template)["Demography"]).items() for cell in cells.split()}
    assert ("whole", "between", "1900", "2300") in demography.values()  # tfr_target_year


def test_every_bounded_key_is_validated_with_the_readers_bounds(template):
    """The template's rule and the reader's check come from one `Bounded`, so they agree at
    both ends, and every key the reader bounds is validated in the template."""
    book = openpyxl.load_workbook(template)
    for sheet, specs in KEY_SHEETS.items():
        scheme = book[sheet]
        row = {scheme.cell(r, 1).value: r for r in range(2, scheme.max_row + 1)}
        covered = {c for dv in scheme.data_validations.dataValidation
                   for c in str(dv.sqref).split()}
        for spec in specs:
            bounds = spec.parse
            if not isinstance(bounds, Bounded):
                continue
            assert f"B{row[spec.name]}" in covered, spec.name
            assert bounds(bounds.high, spec.name) == bounds.high
            # one past each end, relative for the money bounds (1e18 + 1 is 1e18 in a float)
            for outside in (bounds.low - max(1, abs(bounds.low) * 1e-6),
                            bounds.high + max(1, abs(bounds.high) * 1e-6)):
                with pytest.raises(CellError):
                    bounds(outside, spec.name)
            if bounds.above_low:
                with pytest.raises(CellError):
                    bounds(bounds.low, spec.name)
            else:
                assert bounds(bounds.low, spec.name) == bounds.low


def test_template_example_is_a_roughly_balanced_scheme(tmp_path, capsys):
    """A new user's first run: `reform-studio template`, then a projection of it as it stands,
    is a maturing scheme whose reserve lasts decades, not one out of money in four years."""
    path = tmp_path / "first.xlsx"
    assert main(["template", str(path)]) == 0
    capsys.readouterr()
    scheme = rs.load_scheme(path)
    result = rs.project(scheme)
    depletion = result.depletion_year
    assert depletion is None or depletion >= scheme.base_year + 25, depletion
    assert abs(result.gap - scheme.contribution_rate) <= 0.05, result.gap
    ind = result.indicators
    # the reserve is positive and at least a year of spending for the first 25 years
    first = ind.loc[scheme.base_year:scheme.base_year + 24]
    assert (first["reserve"] > 0).all() and (first["reserve_ratio"] >= 1).all()
    # a cost below the contribution rate today, rising as the scheme matures
    cost = ind["payg_cost_rate"]
    assert cost.iloc[0] < scheme.contribution_rate < cost.iloc[-1]
    assert 0.3 <= ind["replacement_rate"].iloc[0] <= 0.7
