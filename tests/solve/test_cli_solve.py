"""`reform-studio solve`: the answer on standard output, JSON on request, exit 2 for bad input."""
from __future__ import annotations

import json

import pytest

from reform_studio.__main__ import main as launcher
from reform_studio.cli import main
from reform_studio.samples import sample_path
from tests.conftest import example_files


def test_solve_prints_the_answer_and_writes_json(tmp_path, capsys):
    workbook = example_files("example1")[0]
    out = tmp_path / "answer.json"
    status = main(["solve", str(workbook), "--lever", "contribution_rate", "--target", "reserve>=0",
                   "--json", str(out)])
    assert status == 0
    answer = json.loads(out.read_text())
    assert set(answer) == {"lever", "value", "current_value", "already_met", "target", "met", "summary"}
    assert answer["current_value"] == 0.14 and answer["already_met"] is False
    assert answer["lever"] == "contribution_rate" and answer["met"] is True
    assert answer["target"] == "reserve>=0"
    assert answer["summary"]["depletion_year"] is None and 0 < answer["summary"]["gap"] < 1
    assert answer["value"] == round(answer["value"], 4)
    printed = capsys.readouterr().out
    assert f"{100 * answer['value']:.2f} %" in printed
    assert "reserve not depleted within the horizon" in printed
    assert "replacement rate in 2075" in printed  # base year + 50 where the target has no year


def test_an_unset_ceiling_is_written_as_null(tmp_path, capsys):
    """A lever that makes no difference leaves example 1 without a ceiling, which is infinite."""
    out = tmp_path / "answer.json"
    status = main(["solve", str(example_files("example1")[0]), "--lever", "contribution_ceiling_to_avg_wage",
                   "--target", "reserve>=0@2025", "--json", str(out)])
    assert status == 0
    answer = json.loads(out.read_text())
    assert answer["value"] is None and answer["current_value"] is None and answer["already_met"] is True
    assert "answer: none (now none)" in capsys.readouterr().out


def test_headroom_is_told_apart_from_what_is_needed(tmp_path, capsys):
    """Example 1's reserve lasts to 2048 at 14 %: a target in 2040 is met already, so the
    answer is how far the rate could fall, and the JSON says so."""
    out = tmp_path / "answer.json"
    main(["solve", str(example_files("example1")[0]), "--lever", "contribution_rate", "--target",
          "reserve>=0@2040", "--json", str(out)])
    answer = json.loads(out.read_text())
    assert answer["already_met"] is True and answer["value"] < answer["current_value"] == 0.14
    assert "Already met at the current 14.00 %" in capsys.readouterr().out


def test_a_qualifying_period_answer_tells_how_many_qualify(capsys):
    main(["solve", str(example_files("example4")[0]), "--lever", "minimum_service_years",
          "--target", "reserve>=0@2050"])
    assert "share of new retirees qualifying for a pension in 2050:" in capsys.readouterr().out


def test_solve_starts_from_the_reform(tmp_path, capsys):
    workbook, reforms, _ = example_files("example1")
    out = tmp_path / "answer.json"
    status = main(["solve", str(workbook), "--reform", str(reforms[0]), "--lever", "pensionable_age_female",
                   "--target", "reserve>=0", "--json", str(out)])
    assert status == 0
    answer = json.loads(out.read_text())
    assert answer["met"] is True and isinstance(answer["value"], int)
    printed = capsys.readouterr().out
    assert printed.startswith("Raise the pension age gradually: pensionable_age_female for reserve>=0")
    assert f"answer: {answer['value']} (now 65)" in printed


def test_unmet_target_is_an_answer_not_an_error(tmp_path, capsys):
    out = tmp_path / "answer.json"
    status = main(["solve", str(example_files("example1")[0]), "--lever", "pensionable_age_female",
                   "--target", "reserve>=0", "--json", str(out)])
    assert status == 0
    answer = json.loads(out.read_text())
    assert answer["met"] is False and answer["value"] == 80
    assert answer["summary"]["depletion_year"] is not None
    printed = capsys.readouterr().out
    assert "target NOT met" in printed and "Even a pensionable age for women of 80" in printed


def test_launcher_routes_solve_to_the_cli(tmp_path):
    out = tmp_path / "answer.json"
    status = launcher(["solve", str(sample_path("kenya")), "--lever", "pensionable_age",
                       "--target", "payg_balance@2060", "--json", str(out)])
    assert status == 0
    answer = json.loads(out.read_text())
    assert answer["target"] == "payg_balance@2060" and isinstance(answer["value"], int)


@pytest.mark.parametrize("lever, target, message", [
    ("retirement_age", "reserve>=0", "cannot solve for lever 'retirement_age'"),
    ("contribution_rate", "reserve>=zero", "cannot read the target"),
    ("contribution_rate", "reserve>=0@2300", "outside the projection years"),
])
def test_bad_lever_or_target_exits_2_with_a_message(capsys, lever, target, message):
    status = main(["solve", str(example_files("example1")[0]), "--lever", lever, "--target", target])
    assert status == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_missing_lever_is_a_usage_error():
    with pytest.raises(SystemExit) as exit_info:
        main(["solve", str(example_files("example1")[0]), "--target", "reserve>=0"])
    assert exit_info.value.code == 2
