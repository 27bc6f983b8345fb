"""Reviewer's checks of the engine, reform parsing and CLI against the spec's text.

`spec_model.spec_projection` is an independent reading of the spec (it resolves the lever
paths itself); the engine is compared with it on variants of the two public examples that
switch on the sheets and levers the examples leave out. Tests marked xfail(strict) show a
confirmed disagreement with the spec; plain tests are checks that came out correct.
"""
from __future__ import annotations

import json
from dataclasses import replace
from types import MappingProxyType

import numpy as np
import pytest

from reform_studio.engine.errors import InputError
from reform_studio.engine.projection import project
from reform_studio.engine.reform import Reform
from reform_studio.engine.results import INDICATORS
from reform_studio.engine.scheme import BasicPension, YearPath, frozen_array
from tests.review.spec_model import assert_matches, spec_projection


def _reform(levers: dict, name: str = "R") -> Reform:
    return Reform.from_dict({"name": name, "levers": levers})


def _check(scheme, levers: dict) -> None:
    reform = _reform(levers)
    assert_matches(project(scheme, reform), spec_projection(scheme, dict(reform.levers)))


@pytest.fixture(scope="module")
def ex1(example1_scheme):
    return example1_scheme.with_horizon(30)


@pytest.fixture(scope="module")
def rich(example2_scheme):
    """example2 with a Schedule, year paths (some before t0), improvement by age, floor, cap,
    and a baseline basic pension starting after t0."""
    improvement = np.linspace(0.02, 0.004, 101)
    return replace(
        example2_scheme.with_horizon(30),
        schedule=MappingProxyType({"contribution_rate": ((2024, 0.2), (2030, 0.15)),
                                   "pensionable_age_male": ((2026, 64), (2033, 61)),
                                   "pensionable_age_female": ((2025, 63),)}),
        inflation=YearPath((2010, 2030, 2045), (0.09, 0.03, 0.02)),
        real_wage_growth=YearPath((2022, 2040), (0.03, 0.01)),
        investment_return=YearPath((2019, 2035), (0.07, 0.045)),
        unemployment_rate=YearPath((2022, 2050), (0.12, 0.06)),
        tfr=YearPath((2020, 2040), (2.8, 1.9)),
        sex_ratio_at_birth=YearPath((2022, 2050), (1.06, 1.04)),
        net_migration=YearPath((2015, 2040), (-30000.0, 8000.0)),
        mortality_improvement=frozen_array(np.stack([improvement, improvement * 0.7])),
        minimum_pension_to_avg_wage=0.2,
        maximum_replacement_rate=0.6,
        basic_pension=BasicPension(True, 68, 0.07, "universal", 0.85, 0.04, 2030),
    )


# ---------------------------------------------------------------- numbers: engine vs spec

EX1_CASES = {
    "baseline": {},
    "age falls 5 years at once, both sexes": {"pensionable_age_male": 57, "pensionable_age_female": 55},
    "age falls in steps": {"pensionable_age_male": {"value": 55, "from_year": 2030, "years_per_step": 3}},
    "age rises at once by 4": {"pensionable_age_male": {"value": 66, "from_year": 2027},
                               "pensionable_age_female": {"value": 64, "from_year": 2029}},
    "age rises then is cut back": {"pensionable_age_male": {"value": 67, "years_per_step": 1}},
    "rate phase-ins both directions": {
        "contribution_rate": {"value": 0.08, "from_year": 2028, "step": 0.004},
        "accrual_rate": {"value": 0.03, "step": 0.0015},
        "indexation_wage_share": {"value": 1.0, "from_year": 2030, "step": 0.1}},
    "density, admin, subsidy": {
        "contribution_density": {"value": 0.6, "from_year": 2027, "step": 0.05},
        "admin_cost_rate": {"value": 0.06, "from_year": 2035},
        "state_subsidy_rate": {"value": 0.25, "step": 0.02}},
    "coverage extension default full_by_year": {"coverage_extension": {"value": 0.3, "from_year": 2030}},
    "coverage extension ramp with rising age": {
        "coverage_extension": {"value": 0.5, "from_year": 2027, "full_by_year": 2036},
        "pensionable_age_female": {"value": 65, "years_per_step": 2}},
    "min pension phase-in from a set floor, cap set to 0.5": {
        "minimum_pension_to_avg_wage": {"value": 0.45, "step": 0.03},
        "maximum_replacement_rate": {"value": 0.5, "from_year": 2029, "step": 0.05}},
    "min pension 0, cap 0": {"minimum_pension_to_avg_wage": 0.0, "maximum_replacement_rate": {"value": 0.0, "from_year": 2040}},
    "reference period and revaluation none": {"reference_period_years": {"value": 40, "from_year": 2030},
                                              "revaluation": "none"},
    "revaluation prices, long period": {"revaluation": {"value": "prices", "from_year": 2027},
                                        "reference_period_years": 45},
    "universal basic pension, defaults": {"basic_pension": {"age": 70, "level_to_gdp_per_capita": 0.1}},
    "pension-tested basic pension": {"basic_pension": {"age": 60, "level_to_gdp_per_capita": 0.15,
                                                       "targeting": "pension_tested", "take_up": 0.7,
                                                       "admin_share": 0.2, "from_year": 2031},
                                     "pensionable_age_male": 58},
}

RICH_CASES = {
    "baseline": {},
    "steps against a Schedule that moves both ways": {
        "contribution_rate": {"value": 0.18, "from_year": 2023, "step": 0.01},
        "pensionable_age_male": {"value": 62, "from_year": 2024, "years_per_step": 2}},
    "age lever below a Schedule rise": {"pensionable_age_female": {"value": 58, "from_year": 2027,
                                                                   "years_per_step": 1}},
    "cap without step, floor phased out": {"maximum_replacement_rate": 0.9,
                                           "minimum_pension_to_avg_wage": {"value": 0.0, "step": 0.05}},
    "basic pension lever inheriting fields, earlier than the baseline's": {
        "basic_pension": {"level_to_gdp_per_capita": 0.12, "targeting": "pension_tested", "from_year": 2025}},
    "basic pension switched off": {"basic_pension": {"enabled": False, "from_year": 2035}},
    "basic pension bare false": {"basic_pension": False},
    "coverage full at once, revaluation none": {"coverage_extension": 1.0, "revaluation": "none"},
}


@pytest.mark.parametrize("case", list(EX1_CASES))
def test_engine_matches_independent_spec_reading_example1(ex1, case):
    _check(ex1, EX1_CASES[case])


@pytest.mark.parametrize("case", list(RICH_CASES))
def test_engine_matches_independent_spec_reading_rich(rich, case):
    _check(rich, RICH_CASES[case])


# ---------------------------------------------------------------- workbooks with every optional sheet



def _rewrite(ws, rows) -> None:
    ws.delete_rows(1, ws.max_row)
    for row in rows:
        ws.append(list(row))


def _keys(ws) -> dict:
    return {r[0].value: r[1].value for r in ws.iter_rows(min_row=2) if r[0].value is not None}


def full_workbook(tmp_path, example_xlsx, scheme_extra=None, drop_scheme=()):
    """example2 rewritten to use Schedule, EconomyByYear (with a year before t0),
    DemographyByYear, Mortality improvement columns, a second MortalityByYear anchor given in
    reverse age order, and a baseline basic pension with its own from_year."""
    import openpyxl

    wb = openpyxl.load_workbook(example_xlsx)
    scheme = _keys(wb["Scheme"])
    scheme.update({"horizon": 25, "minimum_pension_to_avg_wage": 0.2, "maximum_replacement_rate": 0.6,
                   "basic_pension_enabled": "yes", "basic_pension_age": 67,
                   "basic_pension_level_to_gdp_per_capita": 0.08, "basic_pension_targeting": "pension_tested",
                   "basic_pension_take_up": 0.9, "basic_pension_admin_share": 0.05,
                   "basic_pension_from_year": 2030})
    scheme.update(scheme_extra or {})
    for key in drop_scheme:
        scheme.pop(key)
    _rewrite(wb["Scheme"], [("Parameter", "Value")] + list(scheme.items()))
    economy = _keys(wb["Economy"])
    for key in ("inflation", "investment_return"):
        economy.pop(key)
    _rewrite(wb["Economy"], [("Parameter", "Value")] + list(economy.items()))
    eby = wb.create_sheet("EconomyByYear")
    for row in (("Year", "inflation", "investment_return"), (2030, 0.03, 0.05), (2015, 0.08, 0.09),
                (2045, 0.02, 0.045)):
        eby.append(row)
    demo = _keys(wb["Demography"])
    for key in ("tfr", "tfr_target", "tfr_target_year", "net_migration", "mortality_improvement_male",
                "mortality_improvement_female"):
        demo.pop(key)
    _rewrite(wb["Demography"], [("Parameter", "Value")] + list(demo.items()))
    dby = wb.create_sheet("DemographyByYear")
    for row in (("Year", "tfr", "net_migration"), (2020, 2.8, -30000), (2040, 1.9, 8000)):
        dby.append(row)
    mort = wb["Mortality"]
    mort.cell(1, 4, "improvement_male")
    mort.cell(1, 5, "improvement_female")
    for r in range(2, 103):
        mort.cell(r, 4, 0.02 - 0.0001 * (r - 2))
        mort.cell(r, 5, 0.015)
    mby = wb["MortalityByYear"]
    for age in range(100, -1, -1):
        mby.append((2035, age, min(1.0, mort.cell(age + 2, 2).value * 0.8),
                    min(1.0, mort.cell(age + 2, 3).value * 0.85)))
    sched = wb.create_sheet("Schedule")
    for row in (("Year", "contribution_rate", "pensionable_age_male", "pensionable_age_female"),
                (2030, 0.18, 63, 61), (2026, 0.17, 62, 61)):
        sched.append(row)
    path = tmp_path / "full.xlsx"
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def example2_path():
    from tests.conftest import example_files

    return example_files("example2")[0]


def test_full_workbook_reads_as_the_spec_says(tmp_path, example2_path):
    from reform_studio import load_scheme

    s = load_scheme(full_workbook(tmp_path, example2_path))
    assert s.schedule["contribution_rate"] == ((2026, 0.17), (2030, 0.18))
    assert s.inflation.at([2022])[0] == pytest.approx(0.08 + (0.03 - 0.08) * 7 / 15)
    assert s.tfr.at([2022])[0] == pytest.approx(2.8 - 0.9 * 2 / 20)
    assert sorted(s.qx_by_year) == [2035, 2045]
    assert s.basic_pension == BasicPension(True, 67, 0.08, "pension_tested", 0.9, 0.05, 2030)
    assert s.mortality_improvement[0, 10] == pytest.approx(0.019)


@pytest.mark.parametrize("levers", [
    {},
    {"basic_pension": {"age": 65, "from_year": 2027}},
    {"basic_pension": {"targeting": "universal"}, "pensionable_age_male": {"value": 60, "years_per_step": 1},
     "contribution_rate": {"value": 0.2, "from_year": 2028, "step": 0.004}},
], ids=["baseline", "bp-age-earlier", "bp-universal-age-falls-rate-steps"])
def test_full_workbook_projects_as_the_spec_says(tmp_path, example2_path, levers):
    from reform_studio import load_scheme

    scheme = load_scheme(full_workbook(tmp_path, example2_path))
    _check(scheme, levers)


def test_heavy_emigration_clips_at_zero_with_a_warning(example2_scheme):
    scheme = replace(example2_scheme.with_horizon(15), net_migration=YearPath((2022,), (-2_000_000.0,)))
    result = project(scheme)
    expected = spec_projection(scheme, {})
    assert expected["negative_population_years"] > 0
    assert_matches(result, expected)
    assert any("set to 0" in w for w in result.warnings)


# ---------------------------------------------------------------- reform parsing (spec 7, 10)

def test_from_year_defaults_to_the_year_after_the_base_year(ex1):
    frame = project(ex1, _reform({"contribution_rate": 0.2})).indicators
    assert frame.loc[2025, "contribution_rate"] == pytest.approx(ex1.contribution_rate)
    assert frame.loc[2026, "contribution_rate"] == 0.2


def test_bare_value_is_the_same_as_a_value_object(ex1):
    bare = project(ex1, _reform({"revaluation": "prices", "accrual_rate": 0.02})).indicators
    full = project(ex1, _reform({"revaluation": {"value": "prices"}, "accrual_rate": {"value": 0.02}})).indicators
    assert bare.equals(full)


@pytest.mark.parametrize("levers, words", [
    ({"contribution_rate": {"value": 0.2, "from_year": 2025}}, "after the base year"),
    ({"basic_pension": {"age": 65, "level_to_gdp_per_capita": 0.1, "from_year": 2024}}, "after the base year"),
    ({"contribution_rate": {"value": 0.2, "step": 0}}, "step"),
    ({"contribution_rate": {"value": 0.2, "step": -0.01}}, "step"),
    ({"contribution_rate": {"value": 0.2, "years_per_step": 1}}, "unknown field"),
    ({"pensionable_age_male": {"value": 65, "step": 1}}, "unknown field"),
    ({"pensionable_age_male": 64.5}, "whole number"),
    ({"pensionable_age_male": {"value": 65, "years_per_step": 1.5}}, "years_per_step"),
    ({"accrual_rate": 1.5}, "between 0 and 1"),
    ({"coverage_extension": -0.1}, "between 0 and 1"),
    ({"basic_pension": {"age": 65, "level_to_gdp_per_capita": 0.1, "bogus": 1}}, "unknown field"),
    ({"contribution_rate": "0.2"}, "fraction"),
    ({"no_such_lever": 1}, "unknown lever"),
], ids=lambda v: str(v)[:40])
def test_spec_errors_name_the_lever(ex1, levers, words):
    with pytest.raises(InputError) as info:
        project(ex1, _reform(levers))
    (problem,) = info.value.problems
    assert problem.lever == next(iter(levers)) and words in problem.message


def test_step_on_a_cap_the_baseline_does_not_set_is_an_error(example2_scheme):
    assert example2_scheme.maximum_replacement_rate is None
    with pytest.raises(InputError, match="step"):
        project(example2_scheme, _reform({"maximum_replacement_rate": {"value": 0.6, "step": 0.05}}))


def test_basic_pension_without_baseline_needs_age_and_level(ex1):
    assert ex1.basic_pension is None
    with pytest.raises(InputError, match="age and level_to_gdp_per_capita"):
        project(ex1, _reform({"basic_pension": {"enabled": True}}))


def test_unknown_reform_key_is_an_error_and_a_missing_name_takes_the_stem(tmp_path):
    from reform_studio import load_reform

    bad = tmp_path / "extra.json"
    bad.write_text(json.dumps({"name": "x", "levers": {}, "author": "me"}))
    with pytest.raises(InputError, match="author"):
        load_reform(bad)
    stem = tmp_path / "raise_rate.json"
    stem.write_text(json.dumps({"levers": {"contribution_rate": 0.2}}))
    assert load_reform(stem).name == "raise_rate"


def test_basic_pension_lever_from_year_defaults_to_t0_plus_1_even_when_baseline_starts_later(rich):
    """Ambiguity (reported): the engine reads the lever's omitted from_year as t0+1 (spec 7's
    general default), not as the baseline's basic_pension_from_year (2030 here), although
    section 7 also says omitted fields come from the baseline's basic pension."""
    frame = project(rich, _reform({"basic_pension": {"level_to_gdp_per_capita": 0.1}})).indicators
    assert frame.loc[2023, "basic_pension_cost"] > 0
    assert project(rich).indicators.loc[2023, "basic_pension_cost"] == 0


def test_from_year_far_after_the_horizon_is_valid(ex1):
    frame = project(ex1, _reform({"contribution_rate": {"value": 0.2, "from_year": 2400}})).indicators
    assert (frame["contribution_rate"] == ex1.contribution_rate).all()


def test_workbook_basic_pension_keys_without_enabled_leave_it_off(tmp_path, example2_path):
    """Spec 9 marks basic_pension_enabled optional: missing means not set, so no basic pension."""
    from reform_studio import load_scheme

    path = full_workbook(tmp_path, example2_path, drop_scheme=("basic_pension_enabled",))
    assert load_scheme(path).basic_pension is None


# ---------------------------------------------------------------- command line (spec 10)

def _cli(args, capsys):
    from reform_studio.cli import main

    status = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


def test_cli_json_types_horizon_and_names(tmp_path, capsys, example2_path):
    reform = tmp_path / "my_reform.json"
    reform.write_text(json.dumps({"levers": {"pensionable_age_male": {"value": 60, "years_per_step": 1}}}))
    out_json = tmp_path / "out.json"
    status, _, err = _cli(["run", example2_path, "--reform", reform, "--horizon", 12, "--json", out_json], capsys)
    assert status == 0 and "Traceback" not in err
    data = json.loads(out_json.read_text())
    assert data["model_version"] == "2" and data["base_year"] == 2022
    assert [s["name"] for s in data["scenarios"]] == ["Baseline", "my_reform"]
    for scenario in data["scenarios"]:
        ind = scenario["indicators"]
        assert tuple(ind) == INDICATORS
        assert ind["year"] == list(range(2022, 2035))
        for name in ("year", "pensionable_age_male", "pensionable_age_female"):
            assert all(type(v) is int for v in ind[name])
        assert ind["new_pensioners"][0] == 0
        dep = scenario["summary"]["depletion_year"]
        assert dep is None or type(dep) is int
    assert data["scenarios"][1]["indicators"]["pensionable_age_male"][:4] == [62, 61, 60, 60]


def test_cli_nulls_for_zero_denominators(tmp_path, capsys, example2_path):
    import openpyxl

    wb = openpyxl.load_workbook(example2_path)
    ws = wb["Contributors"]
    for r in range(2, 103):
        ws.cell(r, 2).value = ws.cell(r, 3).value = None
    path = tmp_path / "nobody.xlsx"
    wb.save(path)
    out_json = tmp_path / "out.json"
    status, _, _ = _cli(["run", path, "--horizon", 10, "--json", out_json], capsys)
    assert status == 0
    scenario = json.loads(out_json.read_text())["scenarios"][0]
    for name in ("average_wage", "system_dependency_ratio", "payg_cost_rate", "replacement_rate"):
        assert scenario["indicators"][name] == [None] * 11
    assert scenario["summary"]["gap"] is None


def test_cli_warnings_to_stderr_status_0_and_bad_input_status_2(tmp_path, capsys, example2_path):
    import openpyxl

    wb = openpyxl.load_workbook(example2_path)
    wb["Contributors"].cell(72, 2).value = 500  # age 70 men: at or above the pensionable age
    path = tmp_path / "warn.xlsx"
    wb.save(path)
    status, out, err = _cli(["run", path, "--horizon", 10], capsys)
    assert status == 0 and "500" in err and "dropped" in err and "dropped" not in out
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"levers": {"contribution_rate": {"value": 0.2, "from_year": 2022}}}))
    status, _, err = _cli(["run", path, "--reform", bad], capsys)
    assert status == 2 and "contribution_rate" in err and "Traceback" not in err
    with pytest.raises(SystemExit) as info:
        _cli(["run", path, "--horizon", 9], capsys)
    assert info.value.code == 2


def test_migration_profile_may_be_negative_at_some_ages(tmp_path, example2_path):
    """Spec 9 calls Migration a 'profile, any scale': a net flow by age may be negative where
    people leave; the profile is normalised by its (non-zero) total."""
    import openpyxl

    from reform_studio import load_scheme

    wb = openpyxl.load_workbook(example2_path)
    wb["Migration"].cell(30, 2).value = -1.0
    path = tmp_path / "mixed.xlsx"
    wb.save(path)
    scheme = load_scheme(path)
    assert scheme.migration_profile[0, 28] == -1.0


# ---------------------------------------------------------------- random combinations

def _random_scheme(rnd, schemes):
    s = rnd.choice(schemes)
    t0 = s.base_year
    schedule = {}
    if rnd.random() < 0.7:
        schedule["contribution_rate"] = tuple(sorted({t0 + rnd.randint(1, 20): round(rnd.uniform(0.05, 0.3), 3)
                                                      for _ in range(2)}.items()))
    for key in ("pensionable_age_male", "pensionable_age_female"):
        if rnd.random() < 0.6:
            schedule[key] = tuple(sorted({t0 + rnd.randint(1, 20): rnd.randint(57, 68) for _ in range(2)}.items()))
    return replace(
        s, horizon=rnd.randint(10, 25), schedule=MappingProxyType(schedule),
        minimum_pension_to_avg_wage=rnd.choice([None, 0.2, 0.35]),
        maximum_replacement_rate=rnd.choice([None, 0.5, 0.9]),
        basic_pension=rnd.choice([None, BasicPension(False), BasicPension(
            True, rnd.randint(60, 75), 0.1, rnd.choice(["universal", "pension_tested"]), 0.8, 0.05,
            rnd.choice([None, t0 + rnd.randint(1, 10)]))]),
        inflation=YearPath((t0 - 5, t0 + 10), (rnd.uniform(0, 0.1), rnd.uniform(0, 0.05))),
        investment_return=YearPath((t0, t0 + 15), (rnd.uniform(0, 0.1), rnd.uniform(-0.02, 0.05))),
        reference_period_years=rnd.choice([1, 5, 10, 20]))


def _random_levers(rnd, s):
    t0 = s.base_year
    levers: dict = {}

    def timing(d):
        if rnd.random() < 0.6:
            d["from_year"] = t0 + rnd.randint(1, 12)
        return d

    for name in ("contribution_rate", "accrual_rate", "minimum_pension_to_avg_wage", "maximum_replacement_rate",
                 "indexation_wage_share", "admin_cost_rate", "state_subsidy_rate", "contribution_density"):
        if rnd.random() < 0.3:
            d = timing({"value": round(rnd.uniform(0, 1 if name in ("indexation_wage_share", "contribution_density",
                                                                    "maximum_replacement_rate") else 0.3), 3)})
            if rnd.random() < 0.5 and not (name == "maximum_replacement_rate" and s.maximum_replacement_rate is None):
                d["step"] = round(rnd.uniform(0.001, 0.05), 3)
            levers[name] = d
    for name in ("pensionable_age_male", "pensionable_age_female"):
        if rnd.random() < 0.5:
            d = timing({"value": rnd.randint(45, 72)})
            if rnd.random() < 0.5:
                d["years_per_step"] = rnd.randint(1, 3)
            levers[name] = d
    if rnd.random() < 0.3:
        levers["reference_period_years"] = timing({"value": rnd.randint(1, 25)})
    if rnd.random() < 0.3:
        levers["revaluation"] = timing({"value": rnd.choice(["none", "prices", "wages"])})
    if rnd.random() < 0.3:
        d = timing({"value": round(rnd.random(), 2)})
        if rnd.random() < 0.5:
            d["full_by_year"] = d.get("from_year", t0 + 1) + rnd.randint(0, 10)
        levers["coverage_extension"] = d
    if rnd.random() < 0.4:
        bp = {"enabled": rnd.choice([True, False]), "age": rnd.choice([60, 67]),
              "level_to_gdp_per_capita": rnd.choice([0.05, 0.15]),
              "targeting": rnd.choice(["universal", "pension_tested"]), "take_up": 0.5, "admin_share": 0.1}
        has_base = s.basic_pension is not None and s.basic_pension.enabled
        levers["basic_pension"] = timing({k: v for k, v in bp.items()
                                          if rnd.random() < 0.5 or (not has_base and k in ("age", "level_to_gdp_per_capita"))})
    return levers


@pytest.mark.parametrize("seed", range(40))
def test_random_schemes_and_reforms_match_the_spec(example1_scheme, example2_scheme, seed):
    import random

    rnd = random.Random(seed)
    scheme = _random_scheme(rnd, [example1_scheme, example2_scheme])
    _check(scheme, _random_levers(rnd, scheme))
