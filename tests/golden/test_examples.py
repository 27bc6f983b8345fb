"""The spec's worked examples: the command line must reproduce the independent
implementation's output to a relative 1e-6 (years, ages and depletion years exactly)."""
from __future__ import annotations

import json

import numpy as np
import pytest

from reform_studio.cli import main
from tests.conftest import example_files, load_expected

EXACT = {"year", "pensionable_age_male", "pensionable_age_female"}


def assert_series_close(name: str, got: list, expected: list) -> None:
    assert len(got) == len(expected), name
    e = np.array([np.nan if v is None else v for v in expected], dtype=float)
    g = np.array([np.nan if v is None else v for v in got], dtype=float)
    assert np.array_equal(np.isnan(e), np.isnan(g)), f"{name}: nulls differ"
    if name in EXACT:
        assert got == expected, name
        return
    finite = ~np.isnan(e)
    size = np.max(np.abs(e[finite])) if finite.any() else 0.0
    tolerance = np.maximum(1e-6 * np.abs(e[finite]), 1e-6 * 1e-6 * size)
    worst = np.argmax(np.abs(g[finite] - e[finite]) - tolerance)
    assert np.all(np.abs(g[finite] - e[finite]) <= tolerance), (
        f"{name}: got {g[finite][worst]!r}, expected {e[finite][worst]!r}")


@pytest.mark.parametrize("example", ["example1", "example2", "example3", "example4"])
def test_cli_reproduces_expected_output(example, tmp_path, capsys):
    workbook, reforms, expected_path = example_files(example)
    out = tmp_path / "out.json"
    argv = ["run", str(workbook)]
    for reform in reforms:
        argv += ["--reform", str(reform)]
    assert main(argv + ["--json", str(out)]) == 0
    got, expected = json.loads(out.read_text()), load_expected(expected_path)
    assert got["model_version"] == expected["model_version"]
    assert got["base_year"] == expected["base_year"]
    assert [s["name"] for s in got["scenarios"]] == [s["name"] for s in expected["scenarios"]]
    for g, e in zip(got["scenarios"], expected["scenarios"]):
        assert g["summary"]["depletion_year"] == e["summary"]["depletion_year"]
        assert g["summary"]["gap"] == pytest.approx(e["summary"]["gap"], rel=1e-6)
        assert list(g["indicators"]) == list(e["indicators"])
        for name, values in e["indicators"].items():
            assert_series_close(f"{g['name']}/{name}", g["indicators"][name], values)
    printed = capsys.readouterr().out
    assert "reserve depleted in" in printed and "GAP" in printed
