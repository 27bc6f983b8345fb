"""Shares of GDP: exact branch shares, the baseline by branch and every scenario in one year,\nwords on the Summary."""
from __future__ import annotations

import numpy as np
import pytest
from openpyxl.chart import AreaChart, BarChart, ScatterChart
from openpyxl.utils import get_column_letter

from reform_studio.workbook.export import write_comparison
from reform_studio.workbook.export_branches import BRANCHES
from tests.export.conftest import load_projections, load_reforms
from tests.export.helpers import by_year, load, row_of, same_number

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
    years, _, headings = by_year(ws)
    assert headings == [p.name for p in projections]
    labels = ["Old-age pensions (% of GDP)", "Disability pensions (% of GDP)", "Survivors' pensions (% of GDP)",
              "Lump sums (% of GDP)", "All benefits (% of GDP)", "Basic pension cost (% of GDP)",
              "Reserve at year end (% of GDP)"]
    for projection in projections:
        frame = projection.indicators
        first = row_of(ws, projection.name) + 1
        assert [ws.cell(row=first + k, column=1).value for k in range(PER_SCENARIO)] == labels
        for c, year in enumerate(years, start=2):
            gdp = frame.at[year, "gdp"]
            cells = [ws.cell(row=first + k, column=c).value for k in range(PER_SCENARIO)]
            for value, branch in zip(cells, BRANCHES):
                assert same_number(value, frame.at[year, branch.indicator] / gdp), (projection.name, year, branch)
            assert same_number(cells[TOTAL], frame.at[year, "expenditure_to_gdp"])
            assert sum(cells[:TOTAL]) == pytest.approx(cells[TOTAL], rel=1e-9)
            assert same_number(cells[-1], frame.at[year, "reserve"] / gdp)
            assert same_number(cells[-2], frame.at[year, "basic_pension_cost"] / gdp)
        assert ws.cell(row=first, column=2).number_format == "0.0%"


def test_the_baseline_by_branch_and_every_scenario_in_one_year(tmp_path, scheme):
    wb, projections = _export(tmp_path, scheme, "example3")
    charts = wb["Charts"]._charts
    assert [type(c) for c in charts] == [ScatterChart] * 4 + [AreaChart, BarChart]
    area, bars = charts[4:]
    shares = wb[SHEET]
    years = len(projections[0].indicators)
    end = get_column_letter(1 + years)
    base = row_of(shares, projections[0].name)
    assert area.grouping == "stacked"
    assert [s.val.numRef.f for s in area.series] == [f"'{SHEET}'!$B${base + 1 + k}:${end}${base + 1 + k}"
                                                    for k in range(len(BRANCHES))]
    assert [s.tx.v for s in area.series] == [b.label for b in BRANCHES]
    assert [s.graphicalProperties.solidFill.srgbClr for s in area.series] == [b.colour for b in BRANCHES]
    # the bars draw the table under them: each scenario's branches in the first milestone year
    ws = wb["Charts"]
    year = int(projections[0].indicators.index[0]) + 25
    table = row_of(ws, f"{year}, % of GDP", 0)
    assert bars.grouping == "stacked" and bars.type == "bar"
    assert [s.tx.v for s in bars.series] == [b.label for b in BRANCHES]
    for k, (series, branch) in enumerate(zip(bars.series, BRANCHES)):
        column = get_column_letter(6 + 2 * k)
        assert series.val.numRef.f == f"'Charts'!${column}${table + 1}:${column}${table + len(projections)}"
        assert ws.cell(row=table, column=6 + 2 * k).value == branch.label
        for n, projection in enumerate(projections):
            frame = projection.indicators
            assert ws.cell(row=table + 1 + n, column=1).value == projection.name
            assert same_number(ws.cell(row=table + 1 + n, column=6 + 2 * k).value,
                               frame.at[year, branch.indicator] / frame.at[year, "gdp"])


def test_branches_paying_nothing_are_left_out(tmp_path, scheme):
    wb, _ = _export(tmp_path, scheme, "example4")
    area, bars = wb["Charts"]._charts[4:]
    for chart in (area, bars):
        assert [s.tx.v for s in chart.series] == ["Old-age pensions", "Lump sums"]
        assert [s.graphicalProperties.solidFill.srgbClr for s in chart.series] == ["1F4E79", "7B4F9E"]  # the window's


def test_old_age_alone_draws_no_branch_charts(tmp_path, scheme):
    wb, projections = _export(tmp_path, scheme, "example1")
    assert len(wb["Charts"]._charts) == 4
    ws = wb[SHEET]
    first = row_of(ws, projections[0].name) + 1
    assert [ws.cell(row=first + k, column=7).value for k in (1, 2, 3)] == [0, 0, 0]  # the table still says so


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
