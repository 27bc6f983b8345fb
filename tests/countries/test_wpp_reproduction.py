"""The builder's demography reproduces the UN's projection (issue 12's target): the total within
2 % of WPP 2024's own medium variant in 2050 and 2075, on 38 countries of every kind (young,
ageing, high emigration, small islands, the largest), and the 65+ within 3 % of WPP re-run by
age from its published inputs (that re-run is itself within about 1 % of WPP's totals, so the
65+ margin allows for its error). The Gulf states are the known exception (methodology.md)."""
from __future__ import annotations

import numpy as np
import pytest

from reform_studio.countries import data
from reform_studio.countries.demography import build_demography
from tests.countries.wpp_reference import projected, wpp_totals

TOTALS = wpp_totals()
# Immigrants who come young and leave before old age: one migration profile for all years
# cannot carry both flows (methodology.md, "Limits"). Totals miss by 2-3 %, the 65+ by far more.
ONE_PROFILE_TOO_FEW = {634: "Qatar", 784: "United Arab Emirates"}
KINDS = {"young": {562, 148, 706, 180, 454, 800, 4}, "ageing": {392, 410, 100, 616, 344, 480},
         "emigration": {422, 760, 132, 678, 426, 64}, "largest": {356, 156, 566, 50, 231},
         "small islands": {132, 678, 480}}
COUNTRIES = [code for code in TOTALS.index if code not in ONE_PROFILE_TOO_FEW]


@pytest.fixture(scope="module")
def built():
    return {}


def _demography(built, code):
    if code not in built:
        built[code] = build_demography(data.find_country(str(code)), 2025)
    return built[code]


def test_the_reference_set_covers_every_kind_of_country():
    assert len(COUNTRIES) >= 30
    for kind, codes in KINDS.items():
        assert codes <= set(COUNTRIES), kind


@pytest.mark.parametrize("code", COUNTRIES)
def test_total_population_within_2_percent_of_wpp(built, code):
    projection = _demography(built, code).projected
    for year in (2050, 2075):
        wpp = TOTALS.at[code, year]
        assert projection[year - 2025].sum() == pytest.approx(wpp, rel=0.02), year


@pytest.mark.parametrize("code", COUNTRIES)
def test_population_65_and_over_within_3_percent_of_wpp_rerun_by_age(built, code):
    country = data.find_country(str(code))
    reference = projected(country)
    projection = _demography(built, code).projected
    for year in (2050, 2075):
        assert reference[year][0] == pytest.approx(TOTALS.at[code, year], rel=0.015), "the re-run itself"
        assert projection[year - 2025][:, 65:].sum() == pytest.approx(reference[year][1], rel=0.03), year


@pytest.mark.parametrize("code", sorted(ONE_PROFILE_TOO_FEW))
@pytest.mark.xfail(strict=True, reason="one migration profile for all years: the known limit for the Gulf states")
def test_gulf_states_miss_the_target(code):
    country = data.find_country(str(code))
    projection = build_demography(country, 2025).projected
    reference = projected(country)
    for year in (2050, 2075):
        assert projection[year - 2025].sum() == pytest.approx(TOTALS.at[code, year], rel=0.02)
        assert projection[year - 2025][:, 65:].sum() == pytest.approx(reference[year][1], rel=0.03)


def test_fitted_paths_stay_close_to_wpp_official_ones(built):
    """Effective paths absorb the spec's timing, not a different future: within a few percent
    of WPP's TFR and sex ratio, and each year's sex ratio a plausible one."""
    for code in (566, 392, 454):
        fitted = _demography(built, code)
        np.testing.assert_allclose(fitted.tfr, fitted.wpp_tfr, rtol=0.06)
        assert ((fitted.sex_ratio > 0.95) & (fitted.sex_ratio < 1.2)).all()
