"""Broken and hostile reform files: each gets one sentence naming the file and the lever
(issue 6); the command line turns them into exit status 2 with no traceback."""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reform_studio.cli import main
from reform_studio.engine.errors import InputError
from reform_studio.engine.reform import Reform
from reform_studio.scenarios import load_reform, load_scenarios, save_scenarios
from tests.conftest import example_files

CORPUS = {
    "unknown_lever": ('{"name": "r", "levers": {"retirement_age": 65}}', "retirement_age", "unknown lever"),
    "wrong_type": ('{"name": "r", "levers": {"contribution_rate": "high"}}', "contribution_rate", "fraction"),
    "percent_typed": ('{"name": "r", "levers": {"accrual_rate": 2}}', "accrual_rate", "0.15 for 15 %"),
    "step_zero": ('{"name": "r", "levers": {"contribution_rate": {"value": 0.2, "step": 0}}}',
                  "contribution_rate", "step 0"),
    "negative_age": ('{"name": "r", "levers": {"pensionable_age_female": -60}}', "pensionable_age_female",
                     "outside 40..80"),
    "fractional_age": ('{"name": "r", "levers": {"pensionable_age_male": 62.5}}', "pensionable_age_male",
                       "whole number"),
    "nan": ('{"name": "r", "levers": {"contribution_rate": NaN}}', None, "NaN is not a number"),
    "infinity": ('{"name": "r", "levers": {"contribution_rate": Infinity}}', None, "Infinity"),
    "huge_number": ('{"name": "r", "levers": {"accrual_rate": 1e400}}', "accrual_rate", "fraction"),
    "huge_year": ('{"name": "r", "levers": {"accrual_rate": {"value": 0.01, "from_year": 1e12}}}',
                  "accrual_rate", "calendar year"),
    "unknown_field": ('{"name": "r", "levers": {"accrual_rate": {"value": 0.01, "ramp": 2}}}',
                      "accrual_rate", "unknown field 'ramp'"),
    "unknown_key": ('{"name": "r", "levers": {}, "author": "me"}', None, "unknown key 'author'"),
    "not_an_object": ('[1, 2, 3]', None, "JSON object"),
    "levers_not_object": ('{"name": "r", "levers": [1]}', None, "'levers' must be an object"),
    "bad_json": ('{"name": "r", "levers": {', None, "not valid JSON at line 1"),
    "empty_file": ('', None, "not valid JSON"),
    "bad_targeting": ('{"levers": {"basic_pension": {"age": 65, "level_to_gdp_per_capita": 0.1, '
                      '"targeting": "means"}}}', "basic_pension", "targeting"),
}


@pytest.mark.parametrize("case", sorted(CORPUS))
def test_bad_reform_file_is_named_with_its_lever(case, tmp_path):
    text, lever, words = CORPUS[case]
    path = tmp_path / f"{case}.json"
    path.write_text(text)
    with pytest.raises(InputError) as info:
        load_reform(path)
    message = str(info.value)
    assert path.name in message and words in message
    if lever:
        assert f"lever '{lever}'" in message


def test_binary_and_missing_files(tmp_path):
    binary = tmp_path / "reform.json"
    binary.write_bytes(b"\xff\xfe\x00\x81" * 10)
    with pytest.raises(InputError, match="not UTF-8"):
        load_reform(binary)
    with pytest.raises(InputError, match="nowhere.json' was not found"):
        load_reform(tmp_path / "nowhere.json")


def test_name_defaults_to_file_stem(tmp_path):
    path = tmp_path / "Raise rates.json"
    path.write_text('{"levers": {"contribution_rate": 0.2}}')
    assert load_reform(path).name == "Raise rates"


def test_from_year_in_the_past_exits_2_naming_the_lever(tmp_path, capsys):
    workbook = example_files("example1")[0]
    path = tmp_path / "past.json"
    path.write_text('{"name": "Past", "levers": {"contribution_rate": {"value": 0.2, "from_year": 2020}}}')
    assert main(["run", str(workbook), "--reform", str(path)]) == 2
    err = capsys.readouterr().err
    assert "contribution_rate" in err and "2020" in err and "Traceback" not in err


def test_cli_exit_2_for_a_broken_reform_file(tmp_path, capsys):
    workbook = example_files("example1")[0]
    path = tmp_path / "bad.json"
    path.write_text(CORPUS["step_zero"][0])
    assert main(["run", str(workbook), "--reform", str(path)]) == 2
    assert "step 0" in capsys.readouterr().err


def test_scenario_set_round_trip(tmp_path):
    reforms = [Reform.from_dict(json.loads(p.read_text())) for p in example_files("example1")[1]]
    path = save_scenarios(tmp_path / "set.json", reforms, workbook="example1.xlsx")
    assert [r.to_dict() for r in load_scenarios(path)] == [r.to_dict() for r in reforms]
    assert json.loads(path.read_text())["version"] == 1


def test_scenario_file_from_the_future_is_refused(tmp_path):
    path = tmp_path / "set.json"
    path.write_text('{"format": "reform-studio-scenarios", "version": 9, "reforms": []}')
    with pytest.raises(InputError, match="newer"):
        load_scenarios(path)


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner,
                                                                                max_size=4), max_leaves=12)
LEVER_NAMES = st.sampled_from(["contribution_rate", "pensionable_age_male", "revaluation", "coverage_extension",
                               "basic_pension", "reference_period_years", "unknown"])


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(LEVER_NAMES, JSON, max_size=4), JSON)
def test_any_json_gives_a_reform_or_an_input_error(levers, extra):
    for data in ({"name": "r", "levers": levers}, extra):
        try:
            Reform.from_dict(data)
        except InputError:
            pass
