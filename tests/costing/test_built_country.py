"""A country built from the shipped data: its costing equals the basic-pension lever of the
workbook `reform-studio new` writes for it (written to disk and read back by the reader),
although the costing builds it in memory and without a scheme; the cache gives back the same
figures."""
from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from reform_studio.countries import costing_inputs, data
from reform_studio.countries.builder import build, build_country_workbook
from reform_studio.countries.costing import CostingOptions, cost_countries
from reform_studio.workbook import read_scheme
from tests.costing.test_country_costing import engine_lever

MALAWI = data.find_country("Malawi")


@pytest.fixture(scope="module")
def malawi_scheme(tmp_path_factory):
    """The illustrative workbook as `reform-studio new --country Malawi` writes it, read back."""
    path = tmp_path_factory.mktemp("malawi") / "Malawi.xlsx"
    build_country_workbook("MWI", 2025, "illustrative", path)
    return read_scheme(path)


def _assert_same(memory, disk, where=""):
    """Field by field, arrays bit for bit: what the reader makes of the sheets in memory and
    of the same sheets written and read back."""
    if dataclasses.is_dataclass(memory):
        for field in dataclasses.fields(memory):
            _assert_same(getattr(memory, field.name), getattr(disk, field.name), f"{where}.{field.name}")
    elif isinstance(memory, np.ndarray):
        assert memory.dtype == disk.dtype and np.array_equal(memory, disk), where
    elif hasattr(memory, "items"):
        assert list(memory) == list(disk), where
        for key in memory:
            _assert_same(memory[key], disk[key], f"{where}[{key}]")
    else:
        assert memory == disk and type(memory) is type(disk), where


# young, no GDP anywhere (a placeholder), no net migration at all, a Gulf state
@pytest.mark.parametrize("code, scheme", [("MWI", "illustrative"), ("MWI", "none"), ("AIA", "illustrative"),
                                          ("SPM", "none"), ("QAT", "none")])
def test_the_scheme_built_in_memory_is_the_written_workbooks(tmp_path, code, scheme):
    built = build(code, 2025, scheme)
    _assert_same(built.scheme(), read_scheme(built.save(tmp_path / f"{code}.xlsx")))


def test_a_universal_costing_needs_no_scheme_population_and_gdp_are_the_illustrative_workbooks(malawi_scheme):
    without = costing_inputs.base_from_scheme(costing_inputs.built_scheme("MWI", 2025, "none"))
    written = costing_inputs.base_from_scheme(malawi_scheme)
    for name in ("population", "gdp", "price_index"):
        assert np.array_equal(getattr(without, name), getattr(written, name)), name


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
