"""read_scheme on the spec examples: values land in the right Scheme fields, fast, untouched."""
from __future__ import annotations

import hashlib
import time

import numpy as np
import pytest

from reform_studio.engine.scheme import YearPath
from reform_studio.workbook import read_scheme
from tests.workbook.builders import EXAMPLE1, EXAMPLE2


def test_example1_keys_and_tables():
    s = read_scheme(EXAMPLE1)
    assert (s.country, s.scheme_name) == ("Syntheland 01", "National Pension Fund")
    assert s.currency == "SYN"
    assert (s.base_year, s.horizon) == (2025, 75)
    assert s.contribution_rate == 0.14 and s.accrual_rate == 0.018
    assert (s.pensionable_age_male, s.pensionable_age_female) == (62, 60)
    assert isinstance(s.pensionable_age_male, int)
    assert (s.reference_period_years, s.revaluation) == (10, "wages")
    assert s.minimum_pension_to_avg_wage == 0.3 and s.maximum_replacement_rate == 0.8
    assert s.initial_reserve == 15360643000 and s.gdp == 210567000000
    assert s.inflation == YearPath((2025,), (0.03,))
    assert s.investment_return.at(np.array([2025, 2100])).tolist() == [0.055, 0.055]
    assert s.tfr is None and (s.tfr_start, s.tfr_target, s.tfr_target_year) == (2.1, 1.8, 2060)
    assert s.net_migration == YearPath((2025,), (0.0,)) and s.migration_profile is None
    assert s.basic_pension is None and dict(s.schedule) == {} and dict(s.qx_by_year) == {}
    assert s.population[0, 0] == 109684 and s.population[1, 100] == 1786
    assert s.qx[0, 0] == 0.032752 and s.qx[1, 100] == 0.35995
    assert np.all(s.mortality_improvement[0] == 0.01)
    assert np.all(s.mortality_improvement[1] == 0.009)
    assert s.asfr.shape == (35,) and s.asfr[0] == 0.000138 and s.asfr[-1] == 0.002818
    # blanks in Contributors read as 0, values as given
    assert s.contributors[:, 0].tolist() == [0.0, 0.0]
    assert s.wages[:, 100].tolist() == [20511.36, 17470.83]
    assert s.pensions[0, 100] == 10332.25 and s.pensioners[1, 100] == 174


def test_example2_later_mortality_and_migration():
    s = read_scheme(EXAMPLE2)
    assert s.base_year == 2022 and s.horizon == 60
    assert s.minimum_pension_to_avg_wage is None and s.maximum_replacement_rate is None
    assert list(s.qx_by_year) == [2045]
    assert s.qx_by_year[2045].shape == (2, 101)
    assert s.qx_by_year[2045][0, 0] == 0.031341 and s.qx_by_year[2045][1, 100] == 0.350105
    assert s.net_migration == YearPath((2022,), (-20000.0,))
    assert s.migration_profile.shape == (2, 101) and s.migration_profile[0, 0] == 8.835
    assert s.state_subsidy_rate == 0.02


def test_arrays_are_read_only():
    s = read_scheme(EXAMPLE1)
    for arr in (s.population, s.qx, s.lfpr, s.asfr, s.mortality_improvement):
        with pytest.raises(ValueError):
            arr[0] = 1


@pytest.mark.parametrize("path", [EXAMPLE1, EXAMPLE2])
def test_reading_is_fast_and_leaves_the_file_alone(path):
    before = (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
    read_scheme(path)  # warm imports
    start = time.perf_counter()
    read_scheme(path)
    assert time.perf_counter() - start <= 0.5
    assert (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns) == before


def test_accepts_a_str_path():
    assert read_scheme(str(EXAMPLE1)).base_year == 2025
