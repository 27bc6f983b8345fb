"""The first pages are a brief a minister reads: key sentences (the basic pension's cost, the
state subsidy beside the cost rate), sources and caveats; no header is an indicator's code
name. How it prints: test_print.py."""
from __future__ import annotations

import hashlib
import re

from openpyxl.chart import ScatterChart

import reform_studio
from reform_studio.engine.results import INDICATORS, Projection
from reform_studio.samples import sample_path
from reform_studio.workbook.export import build_comparison, read_source_notes, write_comparison
from tests.export.helpers import load, same_number


def _texts(ws) -> list[str]:
    return [c.value.removeprefix("• ") for row in ws.iter_rows() for c in row if isinstance(c.value, str)]


def _with_basic_pension(projections, n: int = 2):
    """Reform `n` pays a basic pension from 2030: 0.5 % of GDP, 120,000 beneficiaries."""
    frame = projections[n].indicators.copy()
    after = frame.index >= 2030
    frame.loc[after, "basic_pension_cost"] = 0.005 * frame.loc[after, "gdp"]
    frame.loc[after, "basic_pension_cost_to_gdp"] = 0.005
    frame.loc[after, "basic_pension_beneficiaries"] = 120_000.0
    projections[n] = Projection(projections[n].name, frame, projections[n].summary)
    return projections


def _with_subsidy(projections, share: float = 0.25):
    """Every scenario gets a state subsidy of `share` of its expenditure."""
    out = []
    for p in projections:
        frame = p.indicators.copy()
        frame["state_subsidy"] = share * frame["expenditure"]
        out.append(Projection(p.name, frame, p.summary))
    return out


def test_basic_pension_reform_says_what_it_costs(tmp_path, scheme, projections, reforms):
    projections = _with_basic_pension(projections)
    path = tmp_path / "basic.xlsx"
    write_comparison(path, scheme, projections, reforms)
    wb = load(path)
    texts = _texts(wb["Summary"])
    name = projections[2].name
    assert (f"'{name}' pays a basic pension costing 0.50 % of GDP in 2050 (120 thousand beneficiaries), paid by "
            "the state budget outside the reserve; the baseline pays none.") in texts
    # its cost and beneficiaries in the financing table, exact in the cells
    ws = wb["Summary"]
    header_row = next(c.row for c in ws["A"] if c.value == "Cost and financing in 2050") + 1
    labels = [c.value for c in ws[header_row]]
    col = labels.index("Basic pension cost 2050 (% of GDP)") + 1
    row = next(c.row for c in ws["A"] if c.value == name and c.row > header_row)
    assert same_number(ws.cell(row=row, column=col).value, 0.005)
    col = labels.index("Basic pension beneficiaries 2050 (thousand persons)") + 1
    assert ws.cell(row=row, column=col).value == 120_000
    assert ws.cell(row=row, column=col).number_format == "#,##0,"  # shown as 120
    # and a dashed line in the expenditure chart, for that reform only
    chart = wb["Charts"]._charts[2]
    assert chart.title.tx.rich.p[0].r[0].t.startswith("Benefit expenditure and the basic pension's cost")
    dashed = [s for s in chart.series if s.graphicalProperties.line.prstDash == "dash"]
    assert len(dashed) == 1 and dashed[0].tx.v == "basic pension cost"
    assert dashed[0].yVal.numRef.f.startswith("'Shares of GDP'!")


def test_no_basic_pension_no_sentence(tmp_path, scheme, projections, reforms):
    wb = build_comparison(scheme, projections, reforms)
    assert not any("basic pension" in t for t in _texts(wb["Summary"]) if not t.startswith("Projections"))
    assert len(wb["Charts"]._charts[2].series) == len(projections)


def test_state_subsidy_beside_the_cost_rate(scheme, projections, reforms):
    projections = _with_subsidy(projections)
    ws = build_comparison(scheme, projections, reforms)["Summary"]
    base = projections[0].indicators
    subsidy = base.at[2050, "state_subsidy"] / base.at[2050, "wage_bill"]
    texts = _texts(ws)
    assert (f"Under the baseline the PAYG cost rate in 2050 is {100 * base.at[2050, 'payg_cost_rate']:.1f} % of "
            f"insurable wages, against a contribution rate of {100 * base.at[2050, 'contribution_rate']:.1f} % "
            f"and a state subsidy worth {100 * subsidy:.1f} % of wages.") in texts
    header_row = next(c.row for c in ws["A"] if c.value == "Cost and financing in 2050") + 1
    labels = [c.value for c in ws[header_row]]
    assert labels[1:4] == ["PAYG cost rate 2050 (% of wages)", "Contribution rate 2050 (% of wages)",
                           "State subsidy 2050 (% of wages)"]
    assert same_number(ws.cell(row=header_row + 1, column=4).value, subsidy)
    assert ws.cell(row=header_row + 1, column=4).number_format == "0.0%"


def test_sources_and_caveats(tmp_path, scheme, projections, reforms):
    source = sample_path("kenya")  # a workbook with a Sources sheet that calls itself illustrative
    sources, illustrative = read_source_notes(source)
    assert illustrative and sources[0][0].startswith("Population")
    path = tmp_path / "sourced.xlsx"
    write_comparison(path, scheme, projections, reforms, source_path=source)
    wb = load(path)
    texts = _texts(wb["Summary"])
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    assert f"Source workbook: kenya.xlsx (SHA-256 {digest})." in texts
    assert (f"Computed by Reform Studio {reform_studio.__version__}, model version "
            f"{reform_studio.MODEL_VERSION}.") in texts
    assert any(t.startswith("Illustrative: the source workbook says its assumptions are illustrative") for t in texts)
    assert any(t.startswith(f"Data: {sources[0][0]}: United Nations") for t in texts)
    assert any("Illustrative" in t for t in texts[:3])  # said at the top too
    rows = [r for r in wb["Assumptions"].iter_rows(min_row=5, values_only=True) if r[0] == "Data sources"]
    assert [r[1] for r in rows] == [item for item, _ in sources]
    assert rows[0][2] == sources[0][1]  # in full


def test_no_source_no_illustrative_claim(scheme, projections, reforms):
    texts = _texts(build_comparison(scheme, projections, reforms)["Summary"])
    assert "Source workbook: not given." in texts
    assert not any(t.startswith("Illustrative") for t in texts)


def test_unreadable_source_notes_are_skipped(tmp_path):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook")
    assert read_source_notes(broken) == ((), False)


def test_no_header_is_a_code_name(scheme, projections, reforms):
    wb = build_comparison(scheme, projections, reforms)
    codes = set(INDICATORS) - {"year"}
    for ws in wb.worksheets:
        if ws.title in ("Indicators", "Assumptions"):  # they name the codes on purpose, beside the labels
            continue
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    assert cell.value not in codes, (ws.title, cell.coordinate, cell.value)
                    assert not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)+", cell.value), (ws.title, cell.value)


def test_assumptions_wrap_instead_of_cutting(tmp_path, scheme, projections, reforms):
    path = tmp_path / "wrapped.xlsx"
    write_comparison(path, scheme, projections, reforms, source_path=sample_path("kenya"))
    ws = load(path)["Assumptions"]
    long_rows = [r for r in ws.iter_rows(min_row=5) if isinstance(r[2].value, str) and len(r[2].value) > 60]
    assert long_rows
    for row in long_rows:
        assert row[2].alignment.wrap_text
        lines = len(row[2].value) / ws.column_dimensions["C"].width
        assert (ws.row_dimensions[row[0].row].height or 15) >= 15 * int(lines), row[1].value


def test_charts_come_first_and_are_four_lines(scheme, projections, reforms):
    wb = build_comparison(scheme, projections, reforms)
    assert wb.sheetnames[:2] == ["Summary", "Charts"]
    charts = wb["Charts"]._charts
    assert 4 <= len(charts) and all(isinstance(c, ScatterChart) for c in charts[:4])
