"""Every number of the export equals the projection it came from."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from reform_studio.engine.results import INDICATORS, Projection
from reform_studio.workbook.export import write_comparison
from reform_studio.workbook.export_format import diff_header, diff_scale, header, scale_for
from reform_studio.workbook.export_scenarios import DIFFERENCE_INDICATORS
from reform_studio.workbook.export_summary import sentences
from reform_studio.workbook.export_scenarios import THEMES
from tests.export.helpers import HEADER_ROW, as_written, by_year, load, row_of, same_number


@pytest.fixture
def exported(tmp_path, scheme, projections, reforms):
    path = tmp_path / "comparison.xlsx"
    write_comparison(path, scheme, projections, reforms)
    return path


def test_sheets_in_reading_order(exported, projections):
    names = load(exported).sheetnames
    assert names == ["Summary", "Charts", "Differences", "Shares of GDP", *[p.name for p in projections],
                     "Assumptions", "Indicators"]


def test_every_indicator_of_every_scenario_is_exact(exported, projections):
    wb = load(exported)
    for projection in projections:
        ws = wb[projection.name]
        assert ws["A1"].value == projection.name
        years, lines, headings = by_year(ws)
        frame = projection.indicators
        assert years == list(frame.index)
        assert headings == [theme for theme, _ in THEMES]
        order = [i for _, indicators in THEMES for i in indicators]
        assert sorted(order) == sorted(INDICATORS[1:])  # every indicator, once
        assert list(lines) == [header(i, "SYN", scale_for(i, frame[i])) for i in order]
        for indicator, values in zip(order, lines.values()):
            for year, value in zip(years, values):
                assert same_number(value, frame.at[year, indicator]), (projection.name, year, indicator)
        assert ws.cell(row=HEADER_ROW, column=2 + len(years)).value is None


def test_pandas_reads_the_same_table(exported, projections):
    for projection in projections:
        read = pd.read_excel(exported, sheet_name=projection.name, header=2, index_col=0).dropna(how="all").T
        order = [i for _, indicators in THEMES for i in indicators]
        expected = projection.indicators[order].map(as_written)
        assert list(read.index) == list(expected.index)
        np.testing.assert_array_equal(read.to_numpy(dtype=float), expected.to_numpy(dtype=float))


def test_units_and_number_formats(exported):
    ws = load(exported)["Baseline"]
    rows = {c.value: c.row for c in ws["A"] if c.row > HEADER_ROW}
    assert {"Reserve at year end (billion SYN)", "PAYG cost rate (%)", "Population (thousand persons)",
            "Pensionable age, men (years)", "Reserve ratio (× expenditure)"} <= set(rows)
    assert {"Disability pension expenditure (SYN)", "Orphan pensioners (persons)",
            "Share qualifying for a pension (%)", "Replacement rate, new pensions (%)",
            "Average insurable wage (thousand SYN)"} <= set(rows)
    # rounded by the format, not in the cell: rates to 0.1 %, a fund in billions to 0.1 billion
    assert ws.cell(row=rows["PAYG cost rate (%)"], column=2).number_format == "0.0%"
    assert ws.cell(row=rows["Share qualifying for a pension (%)"], column=2).number_format == "0.0%"
    assert ws.cell(row=rows["Reserve at year end (billion SYN)"], column=2).number_format == "#,##0.0,,,"
    assert ws.cell(row=rows["Population (thousand persons)"], column=2).number_format == "#,##0,"
    assert ws.cell(row=rows["Reserve ratio (× expenditure)"], column=2).number_format == "0.0"
    assert ws.freeze_panes == "B4"
    # a scenario prints on one landscape page, the years repeated on top
    assert ws.page_setup.orientation == "landscape" and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 1
    assert ws.print_title_rows == "$3:$3"


def test_large_numbers_are_scaled_so_the_first_years_still_read():
    years = np.arange(2025, 2101)
    wage = 500_000 * 1.07 ** (years - 2025)  # a nominal average wage: 0.5 million to about 80 million
    assert scale_for("average_wage", wage).word == "thousand"
    assert scale_for("population", np.full(76, 5e7)).word == "thousand"
    assert header("population", "KES", scale_for("population", np.full(76, 5e7))) == "Population (thousand persons)"
    assert scale_for("population", np.full(76, 5e5)).word == ""
    gdp = 18e12 * 1.08 ** (years - 2025)
    assert scale_for("gdp", gdp).word == "trillion"


def test_every_indicator_has_a_label_unit_and_meaning(exported):
    ws = load(exported)["Indicators"]
    rows = [r for r in ws.iter_rows(min_row=5, values_only=True) if r[0]]
    assert [r[0] for r in rows] == list(INDICATORS[1:])
    for name, label, unit, meaning in rows:
        assert label and label != name and unit and meaning.endswith("."), name
    units = {r[0]: r[2] for r in rows}
    assert units["share_qualifying"] == units["new_pension_replacement_rate"] == "%"
    assert units["lump_sum_expenditure"] == units["average_insurable_wage"] == "SYN"
    assert units["new_disability_pensioners"] == "persons"
    assert len({r[1] for r in rows}) == len(rows)  # no two columns read alike


def test_nan_is_an_empty_cell(tmp_path, scheme, projections, reforms):
    frame = projections[0].indicators.copy()
    frame.loc[2030, "replacement_rate"] = np.nan
    projections[0] = Projection("Baseline", frame, projections[0].summary)
    path = tmp_path / "nan.xlsx"
    write_comparison(path, scheme, projections, reforms)
    ws = load(path)["Baseline"]
    row = row_of(ws, "Replacement rate (%)")
    assert ws.cell(row=HEADER_ROW, column=2 + 5).value == 2030
    assert ws.cell(row=row, column=2 + 5).value is None
    assert ws.cell(row=row, column=2 + 6).value is not None


def test_summary_sentences_and_table(exported, projections):
    ws = load(exported)["Summary"]
    texts = [c.value.removeprefix("• ") for c in ws["A"] if isinstance(c.value, str)]
    assert "Under the baseline the reserve is exhausted in 2049." in texts
    assert any(t.startswith("'Raise the pension age gradually' postpones this to 2086") for t in texts)
    base, reform = projections[0], projections[1]
    header_row = next(c.row for c in ws["A"] if c.value == "Scenario")
    labels = [c.value for c in ws[header_row]]
    assert labels[:3] == ["Scenario", "Reserve exhausted in", "GAP (% of wages)"]
    assert [f"PAYG cost rate {y} (% of wages)" in labels for y in (2050, 2075, 2100)] == [True] * 3
    assert [f"Reserve ratio {y} (× expenditure)" in labels for y in (2050, 2075, 2100)] == [True] * 3
    assert len(labels) <= 12  # one page wide at a legible size
    row = {c.value: c.row for c in ws["A"]}
    r0 = header_row + 1
    # the key table holds the projections' own numbers, rounded only by the format
    assert ws.cell(row=r0, column=2).value == 2049
    assert same_number(ws.cell(row=r0, column=3).value, base.gap)
    assert ws.cell(row=r0, column=3).number_format == "0.0%"
    for n, p in enumerate(projections):
        for year in (2050, 2075, 2100):
            col = labels.index(f"PAYG cost rate {year} (% of wages)") + 1
            assert same_number(ws.cell(row=r0 + n, column=col).value, p.indicators.at[year, "payg_cost_rate"])
            col = labels.index(f"Reserve ratio {year} (× expenditure)") + 1
            cell = ws.cell(row=r0 + n, column=col)
            if p.indicators.at[year, "reserve"] <= 0:
                assert cell.value == "depleted"
            else:
                assert same_number(cell.value, p.indicators.at[year, "reserve_ratio"]) and cell.number_format == "0.0"
    diff_row = max(c.row for c in ws["A"] if c.value == reform.name and c.row < row["Cost and financing in 2050"])
    assert diff_row > r0 + len(projections)
    assert ws.cell(row=diff_row, column=2).value == 2086 - 2049
    assert same_number(ws.cell(row=diff_row, column=3).value, (reform.gap - base.gap) * 100)
    col = labels.index("PAYG cost rate 2050 (% of wages)") + 1
    expected = (reform.indicators.at[2050, "payg_cost_rate"] - base.indicators.at[2050, "payg_cost_rate"]) * 100
    assert same_number(ws.cell(row=diff_row, column=col).value, expected)
    assert ws.cell(row=diff_row, column=col).number_format == '[>=0.05]+0.0" pp";[<=-0.05]-0.0" pp";"–"'
    # the cost beside what finances it, in the first milestone year
    fin = row["Cost and financing in 2050"] + 1
    fin_labels = [c.value for c in ws[fin]]
    assert fin_labels[1:3] == ["PAYG cost rate 2050 (% of wages)", "Contribution rate 2050 (% of wages)"]
    assert "Benefit expenditure 2050 (% of GDP)" in fin_labels
    col = fin_labels.index("Benefit expenditure 2050 (% of GDP)") + 1
    assert same_number(ws.cell(row=fin + 1, column=col).value, base.indicators.at[2050, "expenditure_to_gdp"])
    assert not any("State subsidy" in (x or "") for x in fin_labels)  # example 1 has none
    assert not any("Basic pension" in (x or "") for x in fin_labels)


def test_summary_prints_at_a_fixed_legible_scale(exported):
    ws = load(exported)["Summary"]
    # a fixed scale, not 'fit to page': Excel would drop the page breaks that keep the tables whole
    assert not ws.sheet_properties.pageSetUpPr.fitToPage and 73 <= ws.page_setup.scale <= 100
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)
    assert ws.row_breaks.brk


def test_summary_milestones_stop_at_the_horizon(tmp_path, scheme, projections, reforms):
    short = [Projection(p.name, p.indicators.loc[:2060], p.summary) for p in projections]
    path = tmp_path / "short.xlsx"
    write_comparison(path, scheme, short, reforms)
    labels = {c.value for row in load(path)["Summary"].iter_rows() for c in row if isinstance(c.value, str)}
    assert "PAYG cost rate 2050 (% of wages)" in labels and "PAYG cost rate 2075 (% of wages)" not in labels


def test_differences_are_reform_minus_baseline(exported, projections):
    ws = load(exported)["Differences"]
    base = projections[0].indicators
    years, _, headings = by_year(ws)
    assert years == list(base.index)
    assert headings == [p.name for p in projections[1:]]
    scales = {i: scale_for(i, [(p.indicators[i] - base[i]) * diff_scale(i) for p in projections[1:]])
              for i in DIFFERENCE_INDICATORS}
    labels = [diff_header(i, "SYN", scales[i]) for i in DIFFERENCE_INDICATORS]
    checked = 0
    for projection in projections[1:]:
        first = row_of(ws, projection.name) + 1
        for k, indicator in enumerate(DIFFERENCE_INDICATORS):
            assert ws.cell(row=first + k, column=1).value == labels[k]
            for c, year in enumerate(years, start=2):
                expected = (projection.indicators.at[year, indicator] - base.at[year, indicator]) * diff_scale(indicator)
                assert same_number(ws.cell(row=first + k, column=c).value, expected), (projection.name, indicator, year)
                checked += 1
    assert checked == 2 * 7 * len(base)
    assert "PAYG cost rate (pp)" in labels and "Reserve at year end (billion SYN)" in labels
    row = row_of(ws, "Reserve at year end (billion SYN)")
    # never to the unit: billions to one decimal, a dash where it rounds to nothing
    assert ws.cell(row=row, column=2).number_format == '[>=50000000]+#,##0.0,,,;[<=-50000000]-#,##0.0,,,;"–"'
    row = row_of(ws, "PAYG cost rate (pp)")
    assert ws.cell(row=row, column=2).number_format == '[>=0.05]+0.0" pp";[<=-0.05]-0.0" pp";"–"'


def test_depletion_beyond_horizon_is_said_in_words(tmp_path, scheme, projections, reforms):
    projections[1] = Projection(projections[1].name, projections[1].indicators,
                                {"gap": projections[1].gap, "depletion_year": None})
    path = tmp_path / "beyond.xlsx"
    write_comparison(path, scheme, projections, reforms)
    ws = load(path)["Summary"]
    values = [c.value for row in ws.iter_rows() for c in row]
    assert values.count("beyond 2100") == 1 and values.count("not by 2100") == 1
    assert any(isinstance(v, str) and "keeps the reserve positive to the end of the projection (2100)" in v
               for v in values)
    assert not any(isinstance(v, float) and math.isnan(v) for v in values)


def test_baseline_only(tmp_path, scheme, projections, reforms):
    path = tmp_path / "alone.xlsx"
    write_comparison(path, scheme, projections[:1], reforms[:1])
    wb = load(path)
    assert wb.sheetnames == ["Summary", "Charts", "Differences", "Shares of GDP", "Baseline",
                             "Assumptions", "Indicators"]
    assert [c.value for c in wb["Differences"][HEADER_ROW]][1:4] == [2025, 2026, 2027]
    assert len(wb["Charts"]._charts) == 4
    texts = [c.value for c in wb["Summary"]["A"] if isinstance(c.value, str)]
    assert "Difference from the baseline" not in " ".join(texts)


@pytest.mark.parametrize("before, after, words", [
    (2049, 2086, "'R' postpones this to 2086 and lowers the GAP from 20.0 % to 18.0 %."),
    (2049, 2040, "'R' brings this forward to 2040 and lowers the GAP from 20.0 % to 18.0 %."),
    (2049, 2049, "'R' keeps this at 2049 and lowers the GAP from 20.0 % to 18.0 %."),
    (2049, None, "'R' keeps the reserve positive to the end of the projection (2100) and lowers the GAP "
                 "from 20.0 % to 18.0 %."),
    (None, 2066, "'R' exhausts the reserve in 2066 and lowers the GAP from 20.0 % to 18.0 %."),
])
def test_sentences(projections, before, after, words):
    frame = projections[0].indicators
    pair = [Projection("Baseline", frame, {"gap": 0.2, "depletion_year": before}),
            Projection("R", frame, {"gap": 0.18, "depletion_year": after})]
    assert sentences(pair, 2100)[1] == words
