"""End to end: a real workbook, the engine, the export; numbers re-read exactly."""
from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from reform_studio.cli import main
from reform_studio.engine.projection import project_many
from reform_studio.engine.reform import Reform
from reform_studio.workbook import read_scheme
from reform_studio.workbook.export import write_comparison
from reform_studio.workbook.export_format import header, scale_for
from reform_studio.workbook.export_scenarios import THEMES
from tests.export.conftest import EXAMPLES, load_reforms
from tests.export.helpers import as_written, by_year, load

ORDER = [i for _, indicators in THEMES for i in indicators]


def test_engine_projections_round_trip(tmp_path):
    scheme = read_scheme(EXAMPLES / "example2.xlsx")
    reforms = [Reform(name="Baseline")] + [
        Reform.from_dict(json.loads((EXAMPLES / f"example2_r{n}.json").read_text())) for n in (1, 2)]
    projections = project_many(scheme, reforms)
    path = tmp_path / "example2 comparison.xlsx"
    write_comparison(path, scheme, projections, reforms, source_path=EXAMPLES / "example2.xlsx")
    for projection in projections:
        read = pd.read_excel(path, sheet_name=projection.name[:31], header=2, index_col=0).dropna(how="all").T
        np.testing.assert_array_equal(read.to_numpy(dtype=float),
                                      projection.indicators[ORDER].map(as_written).to_numpy(dtype=float))
    summary = [c.value for row in load(path)["Summary"].iter_rows() for c in row]
    assert "• Under the baseline the reserve lasts to the end of the projection (2082)." in summary
    assert any(isinstance(v, str) and v.startswith("• 'Earlier retirement with a pension-tested basic pension' "
               "exhausts the reserve in 2066 and raises the GAP") for v in summary)


def test_cli_export_and_csv(tmp_path, capsys):
    out, csv = tmp_path / "out.xlsx", tmp_path / "csv"
    status = main(["run", str(EXAMPLES / "example1.xlsx"), "--reform", str(EXAMPLES / "example1_r1.json"),
                   "--export", str(out), "--csv", str(csv)])
    assert status == 0
    wb = load(out)
    assert wb.sheetnames[4:6] == ["Baseline", "Raise the pension age gradually"]
    expected = json.loads((EXAMPLES / "example1.expected.json").read_text())["scenarios"][1]
    _, lines, _ = by_year(wb["Raise the pension age gradually"])
    reserve = next(values for label, values in lines.items() if label.startswith("Reserve at year end"))
    assert np.allclose(reserve, expected["indicators"]["reserve"], rtol=1e-9)
    assert len(list(csv.iterdir())) == 2


def test_cli_refuses_the_source(tmp_path, capsys):
    source = tmp_path / "example1.xlsx"
    source.write_bytes((EXAMPLES / "example1.xlsx").read_bytes())
    assert main(["run", str(source), "--export", str(source)]) == 2
    assert "is also an input (example1.xlsx): it would be overwritten" in capsys.readouterr().err
    assert source.read_bytes() == (EXAMPLES / "example1.xlsx").read_bytes()


@pytest.mark.parametrize("example", ["example3", "example4"])
def test_version_2_workbooks_round_trip(tmp_path, example):
    scheme = read_scheme(EXAMPLES / f"{example}.xlsx")
    reforms = load_reforms(example)
    projections = project_many(scheme, reforms)
    path = tmp_path / f"{example}.xlsx"
    write_comparison(path, scheme, projections, reforms, source_path=EXAMPLES / f"{example}.xlsx")
    wb = load(path)
    for projection, ws in zip(projections, wb.worksheets[4:]):
        read = pd.read_excel(path, sheet_name=ws.title, header=2, index_col=0).dropna(how="all").T
        assert list(read.columns) == [header(i, scheme.currency, scale_for(i, projection.indicators[i]))
                                      for i in ORDER]
        np.testing.assert_array_equal(read.to_numpy(dtype=float),
                                      projection.indicators[ORDER].map(as_written).to_numpy(dtype=float))
    assert len(wb["Charts"]._charts) == 4 + 2  # the lines, and the branches: the baseline's and each scenario's
