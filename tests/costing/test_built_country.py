"""A country built from the shipped data: its costing equals the basic-pension lever of the
workbook `reform-studio new` writes for it, and the cache gives back the same figures."""
from __future__ import annotations

import numpy as np
import pytest

from reform_studio.countries import costing_inputs, data
from reform_studio.countries.costing import CostingOptions, cost_countries
from tests.costing.test_country_costing import engine_lever

MALAWI = data.find_country("Malawi")


@pytest.fixture(scope="module")
def malawi_scheme():
    return costing_inputs.built_scheme("MWI", 2025)


@pytest.mark.parametrize("targeting", ["universal", "pension_tested"])
def test_the_costing_of_a_built_country_equals_its_workbooks_lever(malawi_scheme, targeting):
    options = CostingOptions(age=65, level=0.2, take_up=0.9, admin_share=0.05, targeting=targeting,
                             first_year=2025, last_year=2075)
    costing = cost_countries([MALAWI], options)
    engine = engine_lever(malawi_scheme, options).loc[2026:2075]
    assert np.allclose(costing.cost.beneficiaries[0, 1:], engine["basic_pension_beneficiaries"], rtol=1e-12)
    assert np.allclose(costing.cost.cost[0, 1:], engine["basic_pension_cost"], rtol=1e-12)
    assert np.allclose(costing.cost.cost_to_gdp[0, 1:], engine["basic_pension_cost_to_gdp"], rtol=1e-12)


def test_the_cache_gives_back_the_built_figures(malawi_scheme):
    costing_inputs.country_base.cache_clear()
    built = costing_inputs.country_base("MWI", 2025)      # built, or read from a cache written earlier
    costing_inputs.country_base.cache_clear()
    assert (costing_inputs.cache_folder() / "MWI-2025.npz").is_file()
    cached = costing_inputs.country_base("MWI", 2025)
    assert cached.scheme is None  # came from the disk
    fresh = costing_inputs.base_from_scheme(malawi_scheme)
    for name in ("population", "gdp", "price_index"):
        assert np.array_equal(getattr(cached, name), getattr(fresh, name))
        assert np.array_equal(getattr(built, name), getattr(fresh, name))
    assert np.array_equal(cached.pension_tested(65), fresh.pension_tested(65))
    assert (costing_inputs.cache_folder() / "MWI-2025-tested-65.npz").is_file()  # the next session's


def test_an_unreadable_cache_file_is_rebuilt(malawi_scheme):
    path = costing_inputs.cache_folder() / "MWI-2025.npz"
    costing_inputs.country_base("MWI", 2025)
    path.write_bytes(b"not a numpy archive")
    costing_inputs.country_base.cache_clear()
    again = costing_inputs.country_base("MWI", 2025)
    assert np.array_equal(again.gdp, costing_inputs.base_from_scheme(malawi_scheme).gdp)
