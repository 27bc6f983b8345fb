"""`reform-studio costing`: the table, the issue's JSON, the workbook with its chart, and bad
input as one sentence with exit status 2."""
from __future__ import annotations

import json

import openpyxl
import pytest

from reform_studio.cli import main
from reform_studio.countries.groups import groups


def test_json_has_the_issues_keys_for_every_country_and_year(sample_bases, tmp_path, capsys):
    out = tmp_path / "costing.json"
    assert main(["costing", "--countries", "Malawi, Niger", "--years", "2025:2035", "--json", str(out)]) == 0
    rows = json.loads(out.read_text())["countries"]
    assert [(r["name"], r["iso3"]) for r in rows] == [("Malawi", "MWI"), ("Niger", "NER")]
    for row in rows:
        assert row["years"] == list(range(2025, 2036))
        for key in ("beneficiaries", "cost", "cost_to_gdp", "cost_to_government_expenditure"):
            assert len(row[key]) == 11 and all(v is None or isinstance(v, float) for v in row[key])
    printed = capsys.readouterr().out
    assert "Malawi" in printed and "% GDP 2025" in printed


def test_a_group_is_costed_whole_and_ranked(sample_bases, capsys):
    assert main(["costing", "--countries", "low-income Sub-Saharan Africa", "--years", "2025:2030"]) == 0
    lines = capsys.readouterr().out.splitlines()
    members = groups()["Low income Sub-Saharan Africa"]
    assert sum(1 for line in lines if line.split() and line.split()[0].isdigit()) == len(members)


def test_export_writes_the_ranked_table_a_chart_and_the_years(sample_bases, tmp_path):
    out = tmp_path / "costing.xlsx"
    assert main(["costing", "--countries", "MWI,NER,SEN", "--years", "2025:2040", "--rank-year", "2030",
                 "--export", str(out)]) == 0
    book = openpyxl.load_workbook(out)
    sheet = book["Costing"]
    assert sheet["A4"].value == "Rank" and sheet["B5"].value in ("Malawi", "Niger", "Senegal")
    shares = [sheet.cell(r, 8).value for r in range(5, 8)]
    assert shares == sorted(shares, reverse=True)
    assert len(sheet._charts) == 1
    years = book["Cost % of GDP"]
    assert years["B2"].value == 2025 and years.cell(2, 17).value == 2040
    assert "World Population Prospects" in " ".join(str(c.value) for c in book["Notes and sources"]["B"] if c.value)


@pytest.mark.parametrize("arguments, words", [
    (["--countries", "Malawee"], "Closest: Malawi"),
    (["--countries", "Malawi", "--age", "90"], "Basic pension age 90 is out of range"),
    (["--countries", "Malawi", "--level", "0.9"], "Basic pension level 0.9 is out of range"),
    (["--countries", "Malawi", "--level-ppp-per-day", "-1"], "PPP dollars"),
    (["--countries", "Malawi", "--level", "0.1", "--level-ppp-per-day", "2"], "not both"),
    (["--countries", "Malawi", "--years", "2030:2050"], "base year"),
    (["--countries", "Malawi", "--rank-year", "2200"], "--rank-year 2200"),
    ([], "Name at least one country")])
def test_bad_input_is_one_sentence_and_exit_2(sample_bases, arguments, words, capsys):
    assert main(["costing", *arguments]) == 2
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err


def test_years_that_are_not_a_span_exit_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["costing", "--countries", "Malawi", "--years", "soon"])
    assert info.value.code == 2 and "FIRST:LAST" in capsys.readouterr().err


def test_groups_are_listed(capsys):
    assert main(["costing", "--groups"]) == 0
    assert "Low income Sub-Saharan Africa (22)" in capsys.readouterr().out.splitlines()
