"""Shares of GDP: exact branch shares, one stacked chart per scenario, words on the Summary."""
from __future__ import annotations

import re
import zipfile

import numpy as np
import pytest
from openpyxl.chart import AreaChart, LineChart
from openpyxl.utils import get_column_letter

from reform_studio.workbook.export import write_comparison
from reform_studio.workbook.export_branches import BRANCHES
from reform_studio.workbook.export_charts import BRANCH_HEADING_ROW
from tests.export.conftest import load_projections, load_reforms
from tests.export.helpers import load, same_number

SHEET = "Shares of GDP"
TOTAL = len(BRANCHES)  # the branches, then all benefits, the basic pension and the reserve
PER_SCENARIO = len(BRANCHES) + 3


def _export(tmp_path, scheme, example: str):
    projections = load_projections(example)
    path = tmp_path / f"{example}.xlsx"
    write_comparison(path, scheme, projections, load_reforms(example))
    return load(path), projections


def test_shares_of_gdp_are_exact_and_add_up(tmp_path, scheme):
    wb, projections = _export(tmp_path, scheme, "example3")
    ws = wb[SHEET]
    assert [c.value for c in ws[3] if c.value] == [p.name for p in projections]
    assert [c.value for c in ws[4]][:PER_SCENARIO + 1] == [
        "year", "Old-age pensions (% of GDP)", "Disability pensions (% of GDP)", "Survivors' pensions (% of GDP)",
        "Lump sums (% of GDP)", "All benefits (% of GDP)", "Basic pension cost (% of GDP)",
        "Reserve at year end (% of GDP)"]
    for n, projection in enumerate(projections):
        frame = projection.indicators
        first = 2 + PER_SCENARIO * n
        for r, year in enumerate(frame.index, start=5):
            assert ws.cell(row=r, column=1).value == year
            gdp = frame.at[year, "gdp"]
            cells = [ws.cell(row=r, column=first + k).value for k in range(PER_SCENARIO)]
            for value, branch in zip(cells, BRANCHES):
                assert same_number(value, frame.at[year, branch.indicator] / gdp), (projection.name, year, branch)
            assert same_number(cells[TOTAL], frame.at[year, "expenditure_to_gdp"])
            assert sum(cells[:TOTAL]) == pytest.approx(cells[TOTAL], rel=1e-9)
            assert same_number(cells[-1], frame.at[year, "reserve"] / gdp)
            assert same_number(cells[-2], frame.at[year, "basic_pension_cost"] / gdp)
        assert ws.cell(row=5, column=first).number_format == "0.0%"
    assert ws.cell(row=5 + len(projections[0].indicators), column=1).value is None


def test_one_stacked_chart_per_scenario_on_one_scale(tmp_path, scheme):
    wb, projections = _export(tmp_path, scheme, "example3")
    charts = wb["Charts"]._charts
    assert [type(c) for c in charts] == [LineChart] * 4 + [AreaChart] * len(projections)
    rows = len(projections[0].indicators)
    highest = max(p.indicators["expenditure_to_gdp"].max() for p in projections)
    tops = set()
    for n, chart in enumerate(charts[4:]):
        assert chart.grouping == "stacked"
        first = 2 + PER_SCENARIO * n
        assert [s.val.numRef.f for s in chart.series] == [
            f"'{SHEET}'!${get_column_letter(first + k)}$5:${get_column_letter(first + k)}${4 + rows}"
            for k in range(len(BRANCHES))]
        assert {s.cat.numRef.f for s in chart.series} == {f"'{SHEET}'!$A$5:$A${4 + rows}"}
        assert [s.tx.v for s in chart.series] == [b.label for b in BRANCHES]
        assert [s.graphicalProperties.solidFill.srgbClr for s in chart.series] == [b.colour for b in BRANCHES]
        assert chart.title.tx.rich.p[0].r[0].t == projections[n].name
        assert chart.anchor._from.row + 1 > BRANCH_HEADING_ROW
    with zipfile.ZipFile(tmp_path / "example3.xlsx") as archive:  # openpyxl does not read axes back
        for n in range(len(projections)):
            xml = archive.read(f"xl/charts/chart{5 + n}.xml").decode()
            assert "<grouping val=\"stacked\" />" in xml and "<min val=\"0\" />" in xml
            tops.add(float(re.search(r'<max val="([^"]+)" />', xml).group(1)))
    assert len(tops) == 1 and highest <= tops.pop() < 2.5 * highest
    anchors = [(c.anchor._from.col, c.anchor._from.row) for c in charts[4:]]
    assert anchors == [(0, BRANCH_HEADING_ROW), (8, BRANCH_HEADING_ROW), (0, BRANCH_HEADING_ROW + 18)]
    assert [b.id for b in wb["Charts"].row_breaks.brk] == [BRANCH_HEADING_ROW - 1]


def test_branches_paying_nothing_are_left_out(tmp_path, scheme):
    wb, projections = _export(tmp_path, scheme, "example4")
    charts = wb["Charts"]._charts[4:]
    assert len(charts) == len(projections)
    for chart in charts:
        assert [s.tx.v for s in chart.series] == ["Old-age pensions", "Lump sums"]
    assert [s.val.numRef.f for s in charts[0].series] == [f"'{SHEET}'!$B$5:$B$65", f"'{SHEET}'!$E$5:$E$65"]
    assert [s.graphicalProperties.solidFill.srgbClr for s in charts[0].series] == ["1F4E79", "7B4F9E"]  # the window's


def test_old_age_alone_draws_no_branch_charts(tmp_path, scheme):
    wb, projections = _export(tmp_path, scheme, "example1")
    assert len(wb["Charts"]._charts) == 4 and not wb["Charts"].row_breaks.brk
    ws = wb[SHEET]
    assert [ws.cell(row=30, column=3 + k).value for k in range(3)] == [0, 0, 0]  # the table still says so


def test_summary_says_how_expenditure_splits(tmp_path, scheme):
    wb, projections = _export(tmp_path, scheme, "example3")
    texts = [c.value.removeprefix("• ") for c in wb["Summary"]["A"] if isinstance(c.value, str)]
    base, reform = projections[0].indicators, projections[1].indicators
    year = int(base.index[0]) + 25

    def pct(frame, indicator):
        return f"{100 * frame.at[year, indicator] / frame.at[year, 'gdp']:.2f} %"

    total = f"{100 * base.at[year, 'expenditure_to_gdp']:.2f} %"
    assert (f"In {year} benefit expenditure under the baseline is {total} of GDP: old-age pensions "
            f"{pct(base, 'old_age_expenditure')}, disability pensions {pct(base, 'disability_expenditure')}, "
            f"survivors' pensions {pct(base, 'survivor_expenditure')} and lump sums "
            f"{pct(base, 'lump_sum_expenditure')}.") in texts
    assert (f"Of the branches, '{projections[1].name}' changes survivors' pensions most in {year}: from "
            f"{pct(base, 'survivor_expenditure')} to {pct(reform, 'survivor_expenditure')} of GDP.") in texts
    assert np.isclose(sum(base.at[year, b.indicator] for b in BRANCHES), base.at[year, "expenditure"], rtol=1e-9)


def test_summary_is_silent_on_branches_for_old_age_alone(tmp_path, scheme):
    wb, _ = _export(tmp_path, scheme, "example1")
    texts = [c.value.removeprefix("• ") for c in wb["Summary"]["A"] if isinstance(c.value, str)]
    assert not any("branches" in t or "benefit expenditure under the baseline" in t for t in texts)
