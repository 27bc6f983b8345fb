"""The demographic fit's numerical pieces, vectorised over periods, sexes and years: each
gives what it gives one curve at a time, and the rank-one migration profile is the leading
singular vector that numpy's SVD finds."""
from __future__ import annotations

import numpy as np
import pytest

from reform_studio.countries import data
from reform_studio.countries.demography import FERTILE_STARTS, GROUP_STARTS, _annual_migrants, _rank_one
from reform_studio.countries.graduation import graduate_profile, graduate_signed

# young with emigration, ageing, high emigration, a Gulf state, a small island
CODES = ["NER", "JPN", "BIH", "QAT", "TUV"]


@pytest.mark.parametrize("code", CODES)
def test_signed_graduation_of_every_period_and_sex_at_once_equals_one_at_a_time(code):
    _, flows = data.migration_by_age(data.find_country(code))
    groups = flows[:, :, :20]
    together = graduate_signed(groups, GROUP_STARTS[:20], 100)
    for p in range(len(groups)):
        for s in range(2):
            alone = graduate_signed(groups[p, s], GROUP_STARTS[:20], 100)
            np.testing.assert_allclose(together[p, s], alone, rtol=0, atol=1e-9 * np.abs(alone).max() + 1e-12)
    np.testing.assert_allclose(together.reshape(*groups.shape, 5).sum(axis=-1), groups,
                               atol=1e-9 * np.abs(groups).max())


@pytest.mark.parametrize("code", CODES)
def test_fertility_patterns_of_every_period_at_once_equal_one_at_a_time(code):
    _, pasfr = data.fertility_pattern(data.find_country(code))
    together = graduate_profile(pasfr, FERTILE_STARTS, 50)
    for p, pattern in enumerate(pasfr):
        np.testing.assert_allclose(together[p], graduate_profile(pattern, FERTILE_STARTS, 50), rtol=1e-12, atol=1e-14)
    np.testing.assert_allclose(together.reshape(len(pasfr), 7, 5).sum(axis=-1), pasfr, rtol=1e-12)


@pytest.mark.parametrize("code", CODES)
def test_the_migration_profile_is_the_leading_singular_vector(code):
    country = data.find_country(code)
    years = np.arange(2025, 2100)
    series = data.annual(country)
    totals = 0.5 * (series.loc[years, "net_migration"].to_numpy() + series.loc[years + 1, "net_migration"].to_numpy())
    flows = _annual_migrants(country, years, totals)[:, :, 1:]
    leading = np.linalg.svd(flows.reshape(len(years), -1), full_matrices=False)[2][0]
    expected = (leading / leading.sum()).reshape(2, 100)
    np.testing.assert_allclose(_rank_one(flows), expected, rtol=0, atol=1e-10 * np.abs(expected).max())


def test_no_migration_at_all_gives_an_even_profile():
    flows = np.zeros((75, 2, 100))
    np.testing.assert_array_equal(_rank_one(flows), np.full((2, 100), 1 / 200))

