"""Sensitivity tests (issue 13, item 2): the set, the figures, the command and the sheet."""
from __future__ import annotations

import json

import openpyxl
import pytest

from reform_studio.cli import main
from reform_studio.engine.assumptions import Assumptions
from reform_studio.engine.errors import InputError
from reform_studio.engine.projection import project_many
from reform_studio.engine.reform import Reform
from reform_studio.engine.sensitivity import (STANDARD_TESTS, AssumptionTest, Figures, parse_tests, run_sensitivity,
                                              keyed_tests)
from reform_studio.samples import reform_paths, sample_path
from reform_studio.scenarios import load_reform
from reform_studio.workbook import read_scheme
from reform_studio.workbook.reader import read_sensitivity_tests
from tests.uncertainty.helpers import edited_workbook


@pytest.fixture(scope="module")
def kenya():
    return read_scheme(sample_path("kenya"))


@pytest.fixture(scope="module")
def result(kenya):
    reform = load_reform(next(p for p in reform_paths("kenya") if "pension_age" in p.name))
    return run_sensitivity(kenya, [Reform("Baseline"), reform])


def test_the_standard_set_is_each_assumption_alone_low_and_high():
    assert [(t.assumption, t.low, t.high) for t in STANDARD_TESTS] == [
        ("real_wage_growth", -0.01, 0.01), ("investment_return", -0.01, 0.01), ("inflation", -0.01, 0.01),
        ("unemployment_rate", -0.02, 0.02), ("tfr", 0.8, 1.2), ("mortality", 0.85, 1.15),
        ("net_migration", 0.0, 2.0)]


def figures_alone(scheme, reform):
    """The figures read from a projection of one scenario on its own."""
    [alone] = project_many(scheme, [reform])
    table = alone.indicators
    years = [y for y in (2050, 2075, 2100) if y in table.index]
    return Figures(alone.summary["gap"], alone.summary["depletion_year"],
                   {y: float(table.at[y, "payg_cost_rate"]) for y in years},
                   {y: float(table.at[y, "reserve_ratio"]) for y in years})


def test_each_variant_is_the_projection_under_that_assumption(kenya, result):
    """Economic tests run batched, each scenario with its own rates: the same numbers, bit
    for bit, as each variant projected alone on the varied workbook."""
    reform = load_reform(next(p for p in reform_paths("kenya") if "pension_age" in p.name))
    for k, test in enumerate(result.tests):
        for j, side in enumerate(("low", "high")):
            assert result.varied[k][j][0] == figures_alone(kenya, Reform("v", assumptions=test.variant(side)))
            assert result.varied[k][j][1] == figures_alone(
                kenya, Reform("v", reform.levers, assumptions=test.variant(side)))
    assert result.central[0] == figures_alone(kenya, Reform("Baseline"))
    assert list(result.central[0].payg_cost_rate) == [2050, 2075, 2100]


def test_lower_return_and_higher_mortality_move_the_gap_as_an_actuary_expects(result):
    by_name = {t.assumption: k for k, t in enumerate(result.tests)}
    for n in range(len(result.names)):
        central = result.central[n].gap
        low_return, high_return = (result.varied[by_name["investment_return"]][j][n].gap for j in (0, 1))
        assert low_return > central > high_return
        longer_lives, shorter_lives = (result.varied[by_name["mortality"]][j][n].gap for j in (0, 1))
        assert longer_lives > central > shorter_lives


def test_swings_are_sorted_largest_first(result):
    rows = result.swings(1, "gap")
    swings = [abs(high - low) for _, low, high in rows]
    assert swings == sorted(swings, reverse=True) and swings[0] > 0
    assert {t for t, _, _ in rows} == set(result.tests)


def test_a_reforms_own_assumptions_stay_and_the_test_adds_to_them(kenya):
    low_growth = Reform("Low growth", assumptions=Assumptions(inflation=0.01))
    tests = (AssumptionTest("inflation", -0.01, 0.01),)
    result = run_sensitivity(kenya, [Reform("Baseline"), low_growth], tests)
    baseline = run_sensitivity(kenya, [Reform("Baseline")], tests)
    assert result.varied[0][0][1] == baseline.central[0]  # +1 pt then -1 pt: the workbook's


@pytest.mark.parametrize("data, words", [
    ({"tests": [{"assumption": "wages", "low": 0, "high": 1}]}, ["test 1 must be"]),
    ({"tests": [{"assumption": "tfr", "low": -1, "high": 1.2}]}, ["test 1 (low)", "factor"]),
    ({"tests": []}, ["at least one test"]),
    ({"set": []}, ["a sensitivity file must be"]),
])
def test_bad_test_files_are_named(data, words):
    with pytest.raises(InputError) as caught:
        parse_tests(data)
    for word in words:
        assert word in str(caught.value)


def test_the_command_writes_json_and_a_sensitivity_sheet(tmp_path, capsys):
    out, book = tmp_path / "s.json", tmp_path / "s.xlsx"
    tests = tmp_path / "tests.json"
    tests.write_text(json.dumps({"tests": [{"assumption": "investment_return", "low": -0.02, "high": 0.02},
                                           {"assumption": "tfr", "low": 0.9, "high": 1.1}]}))
    reform = next(p for p in reform_paths("kenya") if "pension_age" in p.name)
    code = main(["sensitivity", str(sample_path("kenya")), "--reform", str(reform), "--tests", str(tests),
                 "--json", str(out), "--export", str(book)])
    assert code == 0
    printed = capsys.readouterr().out
    assert "investment return -2.0 pt" in printed and "fertility (TFR) ×1.1" in printed
    data = json.loads(out.read_text())
    assert [s["name"] for s in data["scenarios"]] == ["Baseline", load_reform(reform).name]
    assert len(data["scenarios"][1]["variants"]) == 4
    first = data["scenarios"][0]["variants"][0]
    assert first["assumption"] == "investment_return" and first["side"] == "low" and first["value"] == -0.02
    assert set(first["payg_cost_rate"]) == {"2050", "2075", "2100"}
    sheet = openpyxl.load_workbook(book)["Sensitivity"]
    cells = [c.value for row in sheet.iter_rows() for c in row]
    assert "Baseline" in cells and "central" in cells
    assert len(sheet._charts) == 2
    gaps = [row[2].value for row in sheet.iter_rows(min_row=1) if row[0].value == "central"]
    assert gaps == pytest.approx([s["central"]["gap"] for s in data["scenarios"]])


def test_the_command_refuses_a_bad_tests_file_with_one_sentence(tmp_path, capsys):
    tests = tmp_path / "tests.json"
    tests.write_text(json.dumps({"tests": [{"assumption": "mortality", "low": 0.8}]}))
    assert main(["sensitivity", str(sample_path("kenya")), "--tests", str(tests)]) == 2
    err = capsys.readouterr().err
    assert "tests.json" in err and "test 1" in err and "Traceback" not in err


def test_a_sensitivity_tests_sheet_replaces_the_standard_settings(tmp_path, capsys):
    def add_sheet(book):
        sheet = book.create_sheet("SensitivityTests")
        sheet.append(["Parameter", "Value"])
        sheet.append(["inflation_low", -0.02])
        sheet.append(["mortality_low", 1.0])
        sheet.append(["mortality_high", 1.0])  # both neutral: not tested

    workbook = edited_workbook(tmp_path, add_sheet)
    tests = keyed_tests(read_sensitivity_tests(workbook))
    by_name = {t.assumption: t for t in tests}
    assert by_name["inflation"] == AssumptionTest("inflation", -0.02, 0.01)
    assert "mortality" not in by_name and len(tests) == len(STANDARD_TESTS) - 1
    assert keyed_tests({}) == STANDARD_TESTS
    out = tmp_path / "s.json"
    assert main(["sensitivity", str(workbook), "--json", str(out)]) == 0
    assert [t["assumption"] for t in json.loads(out.read_text())["tests"]] == [t.assumption for t in tests]

    def bad_sheet(book):
        sheet = book.create_sheet("SensitivityTests")
        sheet.append(["Parameter", "Value"])
        sheet.append(["tfr_low", -1])

    assert main(["sensitivity", str(edited_workbook(tmp_path, bad_sheet))]) == 2
    assert "SensitivityTests" in capsys.readouterr().err


def test_the_printed_table_says_depleted_not_a_negative_reserve_ratio(capsys):
    assert main(["sensitivity", str(sample_path("kenya"))]) == 0
    central = next(line for line in capsys.readouterr().out.splitlines() if line.strip().startswith("central"))
    assert central.split()[-2:] == ["depleted", "depleted"]  # Kenya's reserve runs out in 2063
