"""Names and descriptions are data: never formulas, always valid sheet names."""
from __future__ import annotations

import zipfile

from openpyxl import Workbook

from reform_studio.engine.reform import Reform
from reform_studio.engine.results import Projection
from reform_studio.workbook.export import write_comparison
from reform_studio.workbook.export_format import sheet_title
from tests.export.conftest import example_scheme
from tests.export.helpers import load

HOSTILE = ['=HYPERLINK("http://evil.example","click")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)"]


def test_text_starting_like_a_formula_stays_text(tmp_path, projections, reforms):
    scheme = example_scheme(scheme_name=HOSTILE[2], country=HOSTILE[3])
    reforms[1] = Reform(HOSTILE[0], reforms[1].levers, description=HOSTILE[1])
    projections[1] = Projection(HOSTILE[0], projections[1].indicators, projections[1].summary)
    path = tmp_path / "hostile.xlsx"
    write_comparison(path, scheme, projections, reforms)

    wb = load(path)
    found = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str) and cell.value in HOSTILE:
                    assert cell.data_type == "s"
                    found[cell.value] = cell.quotePrefix
    assert set(found) == set(HOSTILE) and all(found.values())
    scenario = wb[sheet_title(HOSTILE[0], [])]
    assert scenario["A1"].value == HOSTILE[0] and scenario["A2"].value == HOSTILE[1]
    with zipfile.ZipFile(path) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        assert sheets and not any(b"<f>" in archive.read(n) for n in sheets)


def test_sheet_titles_are_safe_and_unique():
    wb = Workbook()
    taken = ["Summary"]
    for name in ["a/b\\c[d]:e*f?g", "x" * 40, "x" * 40, "Summary", "summary", "'quoted'", "History",
                 "bell\x07"]:
        title = sheet_title(name, taken)
        assert len(title) <= 31 and not set("[]:*?/\\") & set(title)
        assert title.lower() not in {t.lower() for t in taken}
        taken.append(title)
        wb.create_sheet(title)  # openpyxl raises on an invalid title
    assert taken[1] == "a_b_c_d__e_f_g"
    assert taken[3] == "x" * 27 + " (2)"
    assert taken[-2:] == ["History (2)", "bell"]


def test_control_characters_in_names_are_dropped(tmp_path, scheme, projections, reforms):
    projections[1] = Projection("Tab\tand bell\x07", projections[1].indicators, projections[1].summary)
    path = tmp_path / "control.xlsx"
    write_comparison(path, scheme, projections, reforms)
    ws = load(path).worksheets[5]
    assert ws.title == "Tab and bell" and ws["A1"].value == "Tab\tand bell"


def test_scenario_named_like_a_fixed_sheet_gets_its_own(tmp_path, scheme, projections, reforms):
    projections[1] = Projection("Summary", projections[1].indicators, projections[1].summary)
    projections[2] = Projection("Assumptions", projections[2].indicators, projections[2].summary)
    path = tmp_path / "names.xlsx"
    write_comparison(path, scheme, projections, reforms)
    assert load(path).sheetnames == ["Summary", "Charts", "Differences", "Shares of GDP", "Baseline",
                                     "Summary (2)", "Assumptions (2)", "Assumptions", "Indicators"]
