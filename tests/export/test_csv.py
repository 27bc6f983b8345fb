"""CSV files hold the projection's exact numbers and no runnable text."""
from __future__ import annotations

import os
import time

import numpy as np
import pandas as pd
import pytest

from reform_studio.engine.results import INDICATORS, Projection
from reform_studio.workbook.csv_export import write_indicator_csvs, write_series_csv
from reform_studio.workbook.export import ExportError, remove_stale_temporaries


def test_one_exact_csv_per_scenario(tmp_path, projections):
    frame = projections[0].indicators.copy()
    frame.loc[2030, "replacement_rate"] = np.nan
    projections[0] = Projection("Baseline", frame, projections[0].summary)
    paths = write_indicator_csvs(tmp_path / "csv", projections)
    assert [p.name for p in paths] == ["01-baseline.csv", "02-raise-the-pension-age-gradually.csv",
                                       "03-leaner-benefit-formula.csv"]
    for path, projection in zip(paths, projections):
        read = pd.read_csv(path)
        assert list(read.columns) == list(INDICATORS)
        assert read["year"].tolist() == list(projection.indicators.index)
        expected = projection.indicators.to_numpy(dtype=float)
        np.testing.assert_array_equal(read.drop(columns="year").to_numpy(dtype=float), expected)
    line = (tmp_path / "csv" / "01-baseline.csv").read_text().splitlines()[1 + 5]
    assert line.startswith("2030,") and ",," in line
    assert sorted(os.listdir(tmp_path / "csv")) == sorted(p.name for p in paths)


def test_csv_folder_needs_an_existing_parent(tmp_path, projections):
    with pytest.raises(ExportError, match="does not exist"):
        write_indicator_csvs(tmp_path / "missing" / "csv", projections)
    assert os.listdir(tmp_path) == []


def test_series_csv_defuses_formulas(tmp_path):
    table = pd.DataFrame({"Baseline": [0.1, 0.2], "=1+1": [0.3, np.nan], "note": ["@SUM(A1)", "ok"]},
                         index=pd.Index([2025, 2026], name="year"))
    path = write_series_csv(tmp_path / "chart.csv", table)
    text = path.read_text(encoding="utf-8-sig")
    assert text.splitlines() == ["year,Baseline,'=1+1,note", "2025,0.1,0.3,'@SUM(A1)", "2026,0.2,,ok"]
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")


def test_series_csv_with_semicolons_uses_decimal_commas(tmp_path):
    """Where the list separator is a semicolon, Excel reads "0,1" as a number and "0.1" as text."""
    table = pd.DataFrame({"Baseline": [0.1, 1234.5], "A; B": [0.3, np.nan], "note": ["@SUM(A1)", "ok"]},
                         index=pd.Index([2025, 2026], name="year"))
    path = write_series_csv(tmp_path / "chart.csv", table, separator=";")
    text = path.read_text(encoding="utf-8-sig")
    assert text.splitlines() == ['year;Baseline;"A; B";note', "2025;0,1;0,3;'@SUM(A1)", "2026;1234,5;;ok"]
    read = pd.read_csv(path, sep=";", decimal=",", index_col=0, encoding="utf-8-sig")
    np.testing.assert_array_equal(read["Baseline"], table["Baseline"])
    with pytest.raises(ValueError):
        write_series_csv(tmp_path / "tab.csv", table, separator="\t")


def test_a_csv_export_removes_stale_temporaries_only(tmp_path, projections):
    old = time.time() - 7200
    stale = tmp_path / ".chart.deadbeef.tmp.csv"
    young = tmp_path / ".chart.cafebabe.tmp.csv"
    other = tmp_path / ".chart.tmp.csv"
    cut = tmp_path / "..0badc0de.tmp.csv"  # a name at the file system's limit loses its stem
    for path in (stale, young, other, cut):
        path.write_text("partial")
    for path in (stale, other, cut):
        os.utime(path, (old, old))
    write_series_csv(tmp_path / "chart.csv", pd.DataFrame({"a": [1.0]}))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([young.name, other.name, "chart.csv"])
    (tmp_path / "csv").mkdir()
    stale = tmp_path / "csv" / ".01-baseline.0badc0de.tmp.csv"
    stale.write_text("partial")
    os.utime(stale, (old, old))
    write_indicator_csvs(tmp_path / "csv", projections)
    assert not stale.exists()


def test_cleaning_stale_temporaries_never_raises(tmp_path):
    assert remove_stale_temporaries(tmp_path / "missing") == []
    link = tmp_path / ".x.0badc0de.tmp.csv"
    link.symlink_to(tmp_path / "elsewhere.csv")
    (tmp_path / "elsewhere.csv").write_text("keep")
    old = time.time() - 7200
    os.utime(tmp_path / "elsewhere.csv", (old, old))
    assert remove_stale_temporaries(tmp_path) == [] and link.is_symlink()
