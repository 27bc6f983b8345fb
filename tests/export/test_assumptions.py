"""The Assumptions sheet lists every input, every lever and where the numbers came from."""
from __future__ import annotations

import hashlib
from dataclasses import fields

import numpy as np

from reform_studio import __version__
from reform_studio.engine.scheme import BasicPension
from reform_studio.workbook.export import write_comparison
from tests.export.conftest import EXAMPLES, example_scheme
from tests.export.helpers import load


def _rows(path):
    ws = load(path)["Assumptions"]
    header = next(r for r in ws.iter_rows(values_only=True) if r[0] == "Group")
    assert header == ("Group", "Item", "Value", "Unit", "From year", "Phase-in")
    body = list(ws.iter_rows(min_row=5, values_only=True))
    return ws, body


def test_provenance(tmp_path, scheme, projections, reforms):
    source = EXAMPLES / "example1.xlsx"
    path = tmp_path / "a.xlsx"
    write_comparison(path, scheme, projections, reforms, source_path=source)
    _, rows = _rows(path)
    export = {r[1]: r[2] for r in rows if r[0] == "Export"}
    assert export["model version"] == "1" and export["template version"] == "1"
    assert export["application version"] == __version__
    assert export["source workbook"] == "example1.xlsx"
    assert export["source workbook SHA-256"] == hashlib.sha256(source.read_bytes()).hexdigest()
    assert export["exported at"][:2] == "20"


def test_given_sha_is_used_as_is(tmp_path, scheme, projections, reforms):
    path = tmp_path / "a.xlsx"
    write_comparison(path, scheme, projections, reforms, source_path=EXAMPLES / "example1.xlsx",
                     source_sha256="ab" * 32)
    _, rows = _rows(path)
    assert ("Export", "source workbook SHA-256", "ab" * 32) in [r[:3] for r in rows]


def test_every_scalar_input_and_path(tmp_path, projections, reforms):
    scheme = example_scheme(basic_pension=BasicPension(age=67, level_to_gdp_per_capita=0.1, from_year=2030))
    path = tmp_path / "a.xlsx"
    write_comparison(path, scheme, projections, reforms)
    ws, rows = _rows(path)
    items = {r[1] for r in rows}
    for f in fields(scheme):
        value = getattr(scheme, f.name)
        if isinstance(value, np.ndarray) or f.name in ("basic_pension", "schedule", "tfr", "migration_profile",
                                                       "qx_by_year", "tfr_start"):
            continue
        assert f.name in items, f.name
    assert {"tfr", "mortality_improvement_male", "mortality_improvement_female"} <= items
    by_item = {}
    for r in rows:
        by_item.setdefault(r[1], []).append(r)
    assert by_item["contribution_rate"][0][2:4] == (0.14, "% of insurable wage")
    assert [r[2] for r in by_item["real_wage_growth"]] == [0.015, 0.01]
    assert [r[4] for r in by_item["real_wage_growth"]] == [2025, 2040]
    schedule = [r for r in rows if r[0] == "Schedule (legislated)"]
    assert [(r[1], r[2], r[4]) for r in schedule] == [("contribution_rate", 0.15, 2030), ("contribution_rate", 0.16, 2035)]
    bp = {r[1]: r for r in rows if r[0] == "Basic pension"}
    assert bp["basic_pension_age"][2] == 67 and bp["basic_pension_age"][4] == 2030
    assert bp["basic_pension_enabled"][2] == "yes"
    rate_row = next(c.row for c in ws["B"] if c.value == "contribution_rate")
    assert ws.cell(row=rate_row, column=3).number_format == "0.00%"


def test_every_lever_with_start_and_phase_in(tmp_path, scheme, projections, reforms):
    path = tmp_path / "a.xlsx"
    write_comparison(path, scheme, projections, reforms)
    _, rows = _rows(path)
    levers = {(r[0], r[1]): r[2:] for r in rows if r[0].startswith("Reform: ")}
    assert levers[("Reform: Raise the pension age gradually", "pensionable_age_male")] == (
        65, "years", 2027, "by 1 year every 2 years")
    assert levers[("Reform: Raise the pension age gradually", "contribution_rate")] == (
        0.16, "% of insurable wage", 2027, "by 0.5 pp a year")
    assert levers[("Reform: Leaner benefit formula", "reference_period_years")] == (20, "years", 2026, "at once")
    assert levers[("Reform: Leaner benefit formula", "revaluation")][0::2] == ("prices", 2028)
    assert levers[("Reform: Baseline", "levers")][0] == "none (the workbook as read)"
    n_levers = sum(len(r.levers) for r in reforms)
    assert len([k for k in levers if k[0] != "Reform: Baseline"]) == n_levers
