"""`reform-studio run` and `template`: exit statuses, warnings, horizon, outputs (spec 10)."""
from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace

import pytest

from reform_studio import load_scheme, project
from reform_studio.cli import main
from reform_studio.samples import sample_path
from tests.conftest import example_files


def test_horizon_overrides_the_workbook(tmp_path):
    out = tmp_path / "out.json"
    assert main(["run", str(example_files("example2")[0]), "--horizon", "20", "--json", str(out)]) == 0
    data = json.loads(out.read_text())
    years = data["scenarios"][0]["indicators"]["year"]
    assert years[0] == 2022 and years[-1] == 2042 and data["base_year"] == 2022


@pytest.mark.parametrize("value", ["5", "151", "ten"])
def test_horizon_out_of_range_exits_2(value, capsys):
    with pytest.raises(SystemExit) as info:
        main(["run", str(example_files("example1")[0]), "--horizon", value])
    assert info.value.code == 2
    assert "horizon" in capsys.readouterr().err


def test_missing_workbook_exits_2_without_traceback(tmp_path, capsys):
    assert main(["run", str(tmp_path / "nope.xlsx")]) == 2
    err = capsys.readouterr().err
    assert "nope.xlsx" in err and "Traceback" not in err


def test_json_into_a_missing_folder_exits_2(tmp_path, capsys):
    assert main(["run", str(example_files("example1")[0]), "--json", str(tmp_path / "no" / "out.json")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_json_nulls_and_integer_types(tmp_path):
    out = tmp_path / "out.json"
    assert main(["run", str(example_files("example2")[0]), "--json", str(out)]) == 0
    baseline = json.loads(out.read_text())["scenarios"][0]
    assert all(isinstance(v, int) for v in baseline["indicators"]["pensionable_age_male"])
    assert baseline["summary"]["depletion_year"] is None


def test_warnings_go_to_standard_error(tmp_path):
    scheme = load_scheme(example_files("example2")[0])
    assert project(replace(scheme, net_migration=replace(scheme.net_migration, values=(-5e7,)))).warnings
    # through the real command: a workbook whose contributors exceed employment
    import openpyxl

    book = openpyxl.load_workbook(example_files("example1")[0])
    sheet = book["Contributors"]
    sheet["B32"] = 10_000_000
    path = tmp_path / "crowded.xlsx"
    book.save(path)
    result = subprocess.run([sys.executable, "-m", "reform_studio", "run", str(path)], capture_output=True,
                            text=True)
    assert result.returncode == 0
    assert "warning:" in result.stderr and "dropped" in result.stderr
    assert "warning" not in result.stdout


def test_template_reads_back_and_runs(tmp_path, capsys):
    path = tmp_path / "blank.xlsx"
    assert main(["template", str(path)]) == 0
    assert main(["run", str(path)]) == 0
    assert "reserve depleted in" in capsys.readouterr().out


def test_sample_runs_with_its_reforms(tmp_path):
    from reform_studio.samples import reform_paths

    argv = ["run", str(sample_path("kenya")), "--csv", str(tmp_path / "csv")]
    for path in reform_paths("kenya"):
        argv += ["--reform", str(path)]
    assert main(argv) == 0
    assert len(list((tmp_path / "csv").glob("*.csv"))) == 1 + len(reform_paths("kenya"))


def test_no_command_prints_help_in_the_cli(capsys):
    assert main([]) == 0
    assert "run" in capsys.readouterr().out


def test_the_summary_says_depleted_not_a_negative_reserve_ratio(capsys):
    """Kenya's baseline reserve runs out before 2100: its reserve ratio there reads "depleted"."""
    assert main(["run", str(sample_path("kenya"))]) == 0
    ratio = next(line for line in capsys.readouterr().out.splitlines() if "reserve ratio" in line)
    cells = ratio.split()[3:]
    assert cells[-1] == "depleted" and not any(cell.startswith("-") for cell in cells)
