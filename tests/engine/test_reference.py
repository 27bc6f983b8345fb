"""The engine against a literal, year-by-year reading of the spec (tests/engine/reference_model.py),
on schemes using the sheets and levers the worked examples leave out: Schedule, EconomyByYear
and DemographyByYear paths, improvement by age, a baseline basic pension, falling and rising
pensionable ages, coverage extension."""
from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reform_studio.engine.projection import project
from reform_studio.engine.reform import Reform
from reform_studio.engine.scheme import BasicPension, YearPath, frozen_array
from tests.engine.reference_model import reference_projection
from tests.engine.test_properties import LEVERS

COMPARED = ("contributors", "wage_bill", "pensioners", "expenditure", "new_pensioners", "population",
            "employed", "gdp", "contribution_income", "admin_expenses", "state_subsidy", "investment_income",
            "reserve", "basic_pension_beneficiaries", "basic_pension_cost", "average_wage")


def rich_scheme(base):
    """example2 (migration, a MortalityByYear anchor) with every optional feature switched on."""
    improvement = np.linspace(0.02, 0.004, 101)
    return replace(
        base.with_horizon(25),
        schedule=MappingProxyType({"contribution_rate": ((2026, 0.17), (2031, 0.18)),
                                   "pensionable_age_male": ((2030, 63), (2040, 64)),
                                   "pensionable_age_female": ((2028, 61),)}),
        inflation=YearPath((2015, 2030, 2045), (0.08, 0.04, 0.025)),
        real_wage_growth=YearPath((2022, 2040), (0.03, 0.01)),
        investment_return=YearPath((2022, 2035), (0.09, 0.05)),
        unemployment_rate=YearPath((2022, 2050), (0.12, 0.06)),
        tfr=YearPath((2020, 2040, 2060), (2.8, 2.2, 1.9)),
        sex_ratio_at_birth=YearPath((2022, 2050), (1.06, 1.04)),
        net_migration=YearPath((2022, 2040), (-20000.0, 5000.0)),
        mortality_improvement=frozen_array(np.stack([improvement, improvement * 0.8])),
        minimum_pension_to_avg_wage=0.25,
        maximum_replacement_rate=0.7,
        basic_pension=BasicPension(True, 67, 0.08, "universal", 0.9, 0.05, 2027),
    )


SPOTLIGHT = {
    "ages fall in steps, shorter reference period": {
        "pensionable_age_male": {"value": 58, "from_year": 2024, "years_per_step": 2},
        "pensionable_age_female": {"value": 57, "from_year": 2026},
        "reference_period_years": {"value": 10, "from_year": 2027}},
    "ages rise, prices revaluation, price indexation": {
        "pensionable_age_male": {"value": 67, "from_year": 2025, "years_per_step": 1},
        "revaluation": {"value": "prices", "from_year": 2030}, "indexation_wage_share": 0.0},
    "coverage, density and financing": {
        "coverage_extension": {"value": 0.4, "from_year": 2024, "full_by_year": 2035},
        "contribution_density": {"value": 0.95, "from_year": 2026, "step": 0.02},
        "admin_cost_rate": 0.05, "state_subsidy_rate": {"value": 0.1, "step": 0.01}},
    "pension-tested basic pension replacing the baseline's, floors and caps": {
        "basic_pension": {"targeting": "pension_tested", "age": 62, "from_year": 2030},
        "minimum_pension_to_avg_wage": {"value": 0.35, "step": 0.02},
        "maximum_replacement_rate": {"value": 0.5, "from_year": 2028}},
}


@pytest.mark.parametrize("name", SPOTLIGHT)
def test_spotlight_reforms_match_the_literal_reading(example2_scheme, name):
    scheme = rich_scheme(example2_scheme)
    reform = Reform.from_dict({"name": name, "levers": SPOTLIGHT[name]})
    engine = project(scheme, reform)
    expected = reference_projection(scheme, reform)
    for column in COMPARED:
        np.testing.assert_allclose(engine.indicators[column].to_numpy(), expected[column], rtol=1e-9, atol=1e-6,
                                   err_msg=column)
    assert engine.indicators["new_pensioners"].sum() > 0


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(levers=LEVERS)
def test_engine_matches_the_literal_reading(example2_scheme, levers):
    scheme = rich_scheme(example2_scheme)
    levers = {k: v for k, v in levers.items()
              if not (k == "reference_period_years" and v.value > 40)}
    reform = Reform("random", levers)
    try:
        engine = project(scheme, reform)
    except Exception as exc:  # a reform the spec refuses (e.g. reference period too long) must be refused by both
        from reform_studio.engine.errors import InputError

        assert isinstance(exc, InputError)
        return
    expected = reference_projection(scheme, reform)
    frame = engine.indicators
    for name in COMPARED:
        np.testing.assert_allclose(frame[name].to_numpy(), expected[name], rtol=1e-9, atol=1e-6, err_msg=name)
    np.testing.assert_allclose(engine.summary["gap"], expected["gap"][0], rtol=1e-9)


def test_reference_model_reproduces_a_worked_example(example1_scheme):
    """The oracle itself is checked against the independent implementation's numbers."""
    import json

    from tests.conftest import example_files

    _, _, expected_path = example_files("example1")
    expected = json.loads(expected_path.read_text())["scenarios"][0]
    got = reference_projection(example1_scheme.with_horizon(75), Reform())
    np.testing.assert_allclose(got["reserve"], expected["indicators"]["reserve"], rtol=1e-8)
    np.testing.assert_allclose(got["gap"][0], expected["summary"]["gap"], rtol=1e-8)
