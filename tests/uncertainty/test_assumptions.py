"""Assumption variants (issue 13, item 1): each equals the workbook edited by hand."""
from __future__ import annotations

import json

import numpy as np
import pytest

from reform_studio.cli import main
from reform_studio.engine.assumptions import Assumptions, apply, varied
from reform_studio.engine.demography import mortality_rates
from reform_studio.engine.errors import InputError
from reform_studio.engine.projection import project, project_many
from reform_studio.engine.reform import Reform
from reform_studio.samples import sample_path
from reform_studio.scenarios import load_reform
from reform_studio.workbook import read_scheme
from tests.conftest import example_files
from tests.uncertainty.helpers import assert_same_projection, edited_workbook, scale_columns, set_key, shift_rate


@pytest.fixture(scope="module")
def kenya():
    return read_scheme(sample_path("kenya"))


HAND_EDITS = [
    ({"inflation": 0.01}, shift_rate("inflation", 0.01)),
    ({"real_wage_growth": -0.01}, shift_rate("real_wage_growth", -0.01)),
    ({"investment_return": 0.01}, shift_rate("investment_return", 0.01)),
    ({"unemployment_rate": 0.02}, shift_rate("unemployment_rate", 0.02)),
    ({"tfr": 0.8}, scale_columns("DemographyByYear", ("tfr",), 0.8)),
    ({"net_migration": 2.0}, scale_columns("DemographyByYear", ("net_migration",), 2.0)),
    ({"mortality": 0.85}, lambda book: [scale_columns(sheet, ("qx_male", "qx_female"), 0.85, cap=1.0)(book)
                                        for sheet in ("Mortality", "MortalityByYear")]),
]


@pytest.mark.parametrize("change, edit", HAND_EDITS, ids=[next(iter(c)) for c, _ in HAND_EDITS])
def test_each_assumption_equals_the_workbook_edited_by_hand(tmp_path, kenya, change, edit):
    by_hand = read_scheme(edited_workbook(tmp_path, edit))
    variant = Reform("Variant", assumptions=Assumptions(**change))
    got = project_many(kenya, [Reform("Baseline"), variant])
    assert_same_projection(got[1], project(by_hand))
    assert got[0].indicators.equals(project(kenya).indicators)  # the baseline stays the workbook's
    assert not got[1].indicators.equals(got[0].indicators)


def test_levers_and_assumptions_combine_in_one_file(tmp_path, kenya):
    reform = load_reform(sample_path("kenya").parent / "reforms" / "kenya_raise_pension_age.json")
    by_hand = read_scheme(edited_workbook(tmp_path, shift_rate("inflation", 0.01)))
    combined = Reform(reform.name, reform.levers, assumptions=Assumptions(inflation=0.01))
    [got] = project_many(kenya, [combined])
    assert_same_projection(got, project(by_hand, reform))


@pytest.mark.parametrize("name, shift", [("inflation", 0.01), ("investment_return", -0.01)])
def test_a_shift_of_an_economy_key_equals_the_key_edited_by_hand(tmp_path, example1_scheme, name, shift):
    """The worked example gives its rates as Economy keys (the Kenya sample as paths)."""
    source = example_files("example1")[0]
    by_hand = read_scheme(edited_workbook(tmp_path, set_key("Economy", name, lambda v: v + shift), source))
    assert len(getattr(by_hand, name).years) == 1
    [got] = project_many(example1_scheme, [Reform("v", assumptions=Assumptions(**{name: shift}))])
    assert_same_projection(got, project(by_hand))


def test_tfr_keys_are_scaled_when_there_is_no_path(example1_scheme):
    scheme = varied(example1_scheme, Assumptions(tfr=1.2))
    assert scheme.tfr is None
    assert scheme.tfr_start == pytest.approx(example1_scheme.tfr_start * 1.2)
    assert scheme.tfr_target == pytest.approx(example1_scheme.tfr_target * 1.2)


def test_mortality_factor_multiplies_every_rate_and_caps_at_one(kenya):
    years = kenya.years
    q = mortality_rates(kenya, years)
    for factor in (0.85, 3.0):
        got = mortality_rates(varied(kenya, Assumptions(mortality=factor)), years)
        np.testing.assert_array_equal(got, np.minimum(1.0, q * factor))
    assert (mortality_rates(varied(kenya, Assumptions(mortality=3.0)), years) == 1.0).any()


def test_the_input_scheme_is_never_changed_and_variants_are_kept(kenya):
    before = (kenya.inflation, kenya.qx.copy(), kenya.net_migration)
    a = Assumptions(inflation=0.01, mortality=1.15, net_migration=0.0)
    first = apply(kenya, a)
    assert apply(kenya, a) is first
    assert apply(kenya, Assumptions()) is kenya
    assert (kenya.inflation, kenya.net_migration) == before[::2]
    np.testing.assert_array_equal(kenya.qx, before[1])
    assert first.net_migration.values == (0.0,) * len(kenya.net_migration.values)


@pytest.mark.parametrize("raw, words", [
    ({"wage_growth": {"shift": 0.01}}, ["unknown assumption 'wage_growth'"]),
    ({"inflation": {"factor": 2}}, ["assumption 'inflation'", "shift"]),
    ({"tfr": {"factor": -1}}, ["assumption 'tfr'", "factor must be a number from 0 to 10"]),
    ({"mortality": {"factor": "high"}}, ["assumption 'mortality'"]),
    ({"investment_return": {"shift": float("nan")}}, ["assumption 'investment_return'"]),
    ({"inflation": {"shift": True}}, ["assumption 'inflation'"]),
    ([1], ["'assumptions' must be an object"]),
])
def test_bad_assumptions_are_named(raw, words):
    with pytest.raises(InputError) as caught:
        Reform.from_dict({"name": "x", "levers": {}, "assumptions": raw})
    for word in words:
        assert word in str(caught.value)


def test_a_shift_beyond_what_the_model_can_use_names_the_assumption(kenya):
    with pytest.raises(InputError, match="assumption 'unemployment_rate'.*2025"):
        project_many(kenya, [Reform("x", assumptions=Assumptions(unemployment_rate=-0.1))])


def test_reform_files_round_trip_their_assumptions():
    data = {"name": "Low growth", "levers": {},
            "assumptions": {"real_wage_growth": {"shift": -0.01}, "tfr": {"factor": 0.8}}}
    reform = Reform.from_dict(data)
    assert reform.assumptions == Assumptions(real_wage_growth=-0.01, tfr=0.8)
    assert Reform.from_dict(reform.to_dict()) == reform
    assert "assumptions" not in Reform("plain").to_dict()
    assert reform.with_lever("contribution_rate", None).assumptions == reform.assumptions


def test_cli_run_projects_a_reform_file_with_assumptions(tmp_path, capsys):
    good = tmp_path / "low.json"
    good.write_text(json.dumps({"name": "Low growth", "levers": {},
                                "assumptions": {"real_wage_growth": {"shift": -0.01}}}))
    out = tmp_path / "out.json"
    assert main(["run", str(sample_path("kenya")), "--reform", str(good), "--json", str(out)]) == 0
    scenarios = json.loads(out.read_text())["scenarios"]
    assert scenarios[0]["summary"] != scenarios[1]["summary"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"name": "Bad", "levers": {}, "assumptions": {"tfr": {"shift": 0.1}}}))
    assert main(["run", str(sample_path("kenya")), "--reform", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "assumption 'tfr'" in err and "Traceback" not in err
