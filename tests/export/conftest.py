"""Real numbers to export: the spec's example 1 (expected output, reforms and scheme keys).

The scheme is built from example1.xlsx's keys by hand, with flat age tables, because the
export never reads the age tables; the projections are the spec's exact expected output.
"""
from __future__ import annotations

import json
from types import MappingProxyType

import numpy as np
import pandas as pd
import pytest

from reform_studio.engine.reform import Reform
from reform_studio.engine.results import Projection
from reform_studio.engine.scheme import Scheme, YearPath
from tests.conftest import EXAMPLES



def example_scheme(**changes) -> Scheme:
    flat = np.ones((2, 101))
    values = dict(
        country="Syntheland 01", scheme_name="National Pension Fund", currency="SYN", base_year=2025,
        horizon=75, contribution_rate=0.14, pensionable_age_male=62, pensionable_age_female=60,
        accrual_rate=0.018, reference_period_years=10, revaluation="wages", indexation_wage_share=0.5,
        contribution_density=0.9, admin_cost_rate=0.02, state_subsidy_rate=0.0,
        initial_reserve=15360643000.0, minimum_pension_to_avg_wage=0.3, maximum_replacement_rate=0.8,
        basic_pension=None, gdp=210567000000.0, inflation=YearPath.constant(0.03),
        real_wage_growth=YearPath((2025, 2040), (0.015, 0.01)), investment_return=YearPath.constant(0.055),
        unemployment_rate=YearPath.constant(0.07), tfr=None, tfr_start=2.1, tfr_target=1.8,
        tfr_target_year=2060, sex_ratio_at_birth=YearPath.constant(1.05), net_migration=YearPath.constant(0.0),
        population=flat, qx=flat * 0.01, mortality_improvement=np.array([[0.01] * 101, [0.009] * 101]),
        qx_by_year=MappingProxyType({}), asfr=np.ones(35), migration_profile=None, lfpr=flat,
        contributors=flat, wages=flat, service=flat, pensioners=flat, pensions=flat,
        schedule=MappingProxyType({"contribution_rate": ((2030, 0.15), (2035, 0.16))}),
    )
    values.update(changes)
    return Scheme(**values)


def load_projections(name: str = "example1") -> list[Projection]:
    data = json.loads((EXAMPLES / f"{name}.expected.json").read_text())
    out = []
    for scenario in data["scenarios"]:
        frame = pd.DataFrame(scenario["indicators"]).set_index("year").astype(float)
        out.append(Projection(scenario["name"], frame, dict(scenario["summary"])))
    return out


def load_reforms(name: str = "example1") -> list[Reform]:
    reforms = [Reform(name="Baseline")]
    for n in (1, 2):
        reforms.append(Reform.from_dict(json.loads((EXAMPLES / f"{name}_r{n}.json").read_text())))
    return reforms


@pytest.fixture
def scheme() -> Scheme:
    return example_scheme()


@pytest.fixture
def projections() -> list[Projection]:
    return load_projections()


@pytest.fixture
def reforms() -> list[Reform]:
    return load_reforms()
