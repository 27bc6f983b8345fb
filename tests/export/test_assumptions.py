"""The Assumptions sheet lists every input, every lever and where the numbers came from."""
from __future__ import annotations

import hashlib
from dataclasses import fields

import numpy as np
import pytest

from reform_studio import MODEL_VERSION, __version__
from reform_studio.engine.scheme import BasicPension, YearPath
from reform_studio.workbook import read_scheme
from reform_studio.workbook.export import write_comparison
from reform_studio.workbook.export_assumptions import profile
from reform_studio.workbook.layout import TEMPLATE_VERSION
from tests.export.conftest import EXAMPLES, example_scheme, load_projections, load_reforms
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
    assert export["model version"] == MODEL_VERSION and export["template version"] == str(TEMPLATE_VERSION)
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
                                                       "qx_by_year", "tfr_start", "disability", "survivors"):
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


def _by_item(path):
    _, rows = _rows(path)
    return rows, {(r[0], r[1]): r[2:] for r in rows}


def test_disability_and_survivors_in_brief(tmp_path):
    scheme = read_scheme(EXAMPLES / "example3.xlsx")
    projections, reforms = load_projections("example3"), load_reforms("example3")
    path = tmp_path / "a.xlsx"
    write_comparison(path, scheme, projections, reforms)
    rows, items = _by_item(path)
    disability, survivors = scheme.disability, scheme.survivors
    assert items[("Disability", "disability_min_service_years")][:2] == (2, "years of service")
    assert items[("Disability", "disability_future_service_credit")][0] == 0.5
    assert items[("Disability", "disability_mortality_factor")][0] == 2
    assert items[("Disability", "incidence_female")][0] == profile(disability.incidence[1], percent=True)
    assert items[("Disability", "incidence_male")][0].startswith("ages 16–66, highest 1.10 % at ")
    total = disability.pensioners[0].sum()
    assert items[("Disability", "disability_pensioners_male")][:2] == (total, "persons in the base year")
    assert items[("Disability", "disability_pension_male")][0] == pytest.approx(
        disability.pensioners[0] @ disability.pensions[0] / total, rel=1e-15)
    assert items[("Survivors", "survivor_share")][:2] == (0.5, "% of the deceased's pension")
    assert items[("Survivors", "spouse_age_difference")][0] == 5
    assert items[("Survivors", "orphan_age_limit")][0] == 20
    assert items[("Survivors", "orphans_male")][0] == profile(survivors.orphans[0], percent=False)
    assert items[("Survivors", "orphans")][0] == survivors.orphans_paid.sum()
    assert items[("Survivors", "survivors_female")][0] == survivors.spouses[1].sum()
    assert items[("Funeral grant", "funeral_grant_to_avg_wage")][0] == 0.12
    groups = list(dict.fromkeys(r[0] for r in rows))
    assert groups.index("Disability") + 1 == groups.index("Survivors") == groups.index("Funeral grant") - 1
    levers = {(r[0], r[1]): r[2:] for r in rows if r[0].startswith("Reform: ")}
    assert levers[("Reform: Higher survivors' pensions, higher contribution rate", "survivor_share")] == (
        0.7, "% of the deceased's pension", 2028, "by 5 pp a year")


def test_branches_not_in_use_say_none(tmp_path, scheme, projections, reforms):
    path = tmp_path / "a.xlsx"
    write_comparison(path, scheme, projections, reforms)
    _, items = _by_item(path)
    assert items[("Disability", "disability pensions")][0].startswith("none")
    assert items[("Survivors", "survivors' pensions")][0].startswith("none")
    assert items[("Members within a cohort", "contribution_ceiling_to_avg_wage")][:2] == ("not set", "× average wage")


def test_version_2_levers_with_their_phase_in(tmp_path):
    scheme, reforms = read_scheme(EXAMPLES / "example4.xlsx"), load_reforms("example4")
    path = tmp_path / "a.xlsx"
    write_comparison(path, scheme, load_projections("example4"), reforms)
    ws, rows = _rows(path)
    _, items = _by_item(path)
    assert items[("Members within a cohort", "wage_dispersion")][0] == 0.55
    assert items[("Members within a cohort", "contribution_ceiling_to_avg_wage")][0] == 2.3
    assert items[("Qualifying conditions", "minimum_service_years")][:2] == (20, "years of service")
    assert items[("Qualifying conditions", "old_age_grant_rate")][0] == 0.1
    first, second = (f"Reform: {r.name}" for r in reforms[1:])
    assert items[(first, "contribution_ceiling_to_avg_wage")] == (1.6, "× average wage", 2026,
                                                                  "by 0.1 × average wage a year")
    assert items[(second, "minimum_service_years")] == (25, "years of service", 2027, "by 1 year every 2 years")
    assert items[(second, "old_age_grant_rate")] == (0.15, "% of reference wage per year of service", 2027, "at once")
    grant = next(c.row for c in ws["B"] if c.value == "old_age_grant_rate")
    assert ws.cell(row=grant, column=3).number_format == "0.00%"


def test_long_paths_take_one_row(tmp_path, projections, reforms):
    """A path given every five years is one row of 'value (year)' pairs; one given every year
    is shown at the years the tables print, the rest left to the source workbook."""
    years = tuple(range(2025, 2101))
    scheme = example_scheme(inflation=YearPath(years, tuple(0.02 + 0.0001 * n for n in range(len(years)))),
                            net_migration=YearPath(tuple(range(2025, 2101, 5)), tuple(-1000.0 * n for n in range(16))))
    path = tmp_path / "paths.xlsx"
    write_comparison(path, scheme, projections, reforms)
    _, rows = _rows(path)
    inflation = [r for r in rows if r[1] == "inflation"]
    assert len(inflation) == 1
    assert inflation[0][2].startswith("2.00 % (2025), 2.05 % (2030), ")
    assert inflation[0][2].endswith("2.75 % (2100); 76 years in all in the source workbook")
    assert "(2026)" not in inflation[0][2] and "(2060)" in inflation[0][2] and "(2065)" not in inflation[0][2]
    assert inflation[0][4:] == (2025, "linear between the source's years")
    migration = [r for r in rows if r[1] == "net_migration"]
    assert len(migration) == 1 and migration[0][2].startswith("0 (2025), -1,000 (2030), -2,000 (2035)")
    assert migration[0][2].endswith("-15,000 (2100)") and migration[0][5] == "linear between listed years"
