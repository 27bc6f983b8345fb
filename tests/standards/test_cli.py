"""`reform-studio standards`: the table, the JSON of issue 16, the Standards sheet, bad input."""
from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

from reform_studio.cli import main
from reform_studio.engine.standards import ITEMS
from reform_studio.samples import sample_path

CUT = {"name": "Cut accrual", "levers": {"accrual_rate": {"value": 0.012, "from_year": 2030}}}


@pytest.fixture
def cut_reform(tmp_path):
    path = tmp_path / "cut.json"
    path.write_text(json.dumps(CUT), encoding="utf-8")
    return path


def test_json_has_every_scenario_and_the_issues_keys(tmp_path, cut_reform, capsys):
    out = tmp_path / "standards.json"
    assert main(["standards", str(sample_path("kenya")), "--reform", str(cut_reform), "--horizon", "20",
                 "--json", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [s["name"] for s in data["scenarios"]] == ["Baseline", "Cut accrual"]
    for scenario in data["scenarios"]:
        assert {c["item"] for c in scenario["checks"]} == set(ITEMS)  # Kenya has both branches
        for check in scenario["checks"]:
            assert {"convention", "article", "item", "required", "value", "met", "first_year_not_met"} <= set(check)
            assert check["convention"] in ("C102", "C128") and isinstance(check["article"], str)
            assert isinstance(check["met"], bool) and isinstance(check["value"], float)
            assert check["met"] == (check["first_year_not_met"] is None)
    baseline, cut = ({(c["convention"], c["item"]): c for c in s["checks"]} for s in data["scenarios"])
    assert baseline[("C102", "old_age_replacement_rate")]["met"]
    old_age = cut[("C102", "old_age_replacement_rate")]
    assert (old_age["met"], old_age["first_year_not_met"], old_age["article"]) == (False, 2030, "28")
    assert old_age["value"] == pytest.approx(0.36)
    by_year = dict(zip(old_age["by_year"]["year"], old_age["by_year"]["value"]))
    assert by_year[2029] == pytest.approx(30 * 0.0225) and by_year[2030] == pytest.approx(0.36)
    assert min(by_year) == 2026 and max(by_year) == 2045  # the award years of a 20-year horizon
    table = capsys.readouterr().out
    assert "Cut accrual" in table and "C102 art. 28" in table and "NOT met" in table


def test_export_has_a_standards_sheet_that_reads_back(tmp_path, cut_reform):
    out = tmp_path / "comparison.xlsx"
    assert main(["standards", str(sample_path("kenya")), "--reform", str(cut_reform), "--horizon", "20",
                 "--export", str(out)]) == 0
    wb = load_workbook(out, read_only=True)
    assert "Standards" in wb.sheetnames
    rows = list(wb["Standards"].iter_rows(min_row=4, values_only=True))
    header, body = rows[0], [r for r in rows[1:] if r[0]]
    assert header[:7] == ("Scenario", "Convention", "Article", "Check", "Item", "Rule", "Required")
    assert len(body) == 2 * 2 * len(ITEMS)
    found = {(r[0], r[1], r[4]): r for r in body}
    row = found[("Cut accrual", "C102", "old_age_replacement_rate")]
    assert row[2] == "28" and (row[5], row[6]) == ("at least", pytest.approx(0.40)) and row[7] == pytest.approx(0.36)
    assert (row[9], row[10]) == ("not met", 2030)
    assert found[("Baseline", "C128", "old_age_replacement_rate")][9] == "met"


@pytest.mark.parametrize("bad", ["missing workbook", "missing reform", "json over the workbook"])
def test_bad_input_exits_2_with_one_sentence(tmp_path, bad, capsys):
    workbook = str(sample_path("kenya"))
    args = {"missing workbook": ["standards", str(tmp_path / "nope.xlsx")],
            "missing reform": ["standards", workbook, "--reform", str(tmp_path / "nope.json")],
            "json over the workbook": ["standards", workbook, "--json", workbook]}[bad]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.startswith("error:") and "Traceback" not in err


def test_the_table_is_followed_by_the_lines_a_reform_crosses(cut_reform, capsys):
    assert main(["standards", str(sample_path("kenya")), "--reform", str(cut_reform), "--horizon", "20"]) == 0
    out = capsys.readouterr().out
    assert ("Cut accrual: the old-age benefit of the standard beneficiary falls to 36 % of the reference wage "
            "from 2030, below the 40 % that C102 requires (Part V, Article 28 and the Schedule to Part XI)") in out


def test_every_comparison_workbook_carries_the_standards_sheet(tmp_path, cut_reform):
    """`run --export` writes the same Standards sheet as `standards --export`."""
    sheets = {}
    for command in ("run", "standards"):
        out = tmp_path / f"{command}.xlsx"
        assert main([command, str(sample_path("kenya")), "--reform", str(cut_reform), "--horizon", "20",
                     "--export", str(out)]) == 0
        book = load_workbook(out, read_only=True)
        sheets[command] = [tuple(row) for row in book["Standards"].iter_rows(min_row=4, values_only=True)]
    assert sheets["run"] == sheets["standards"] and len(sheets["run"]) > 10
