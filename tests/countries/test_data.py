"""The shipped country data: rebuilt byte for byte from ../shared/data, found by name, ISO3
or M49, read lazily, in persons."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from reform_studio.countries import data, rebuild
from reform_studio.engine.errors import InputError

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"


@pytest.mark.skipif(not (SHARED / "wpp2024_all").is_dir(), reason="needs ../shared/data")
def test_rebuilding_reproduces_every_shipped_file_exactly():
    built = rebuild.build(SHARED)
    shipped = sorted(p.name for p in data.FILES.glob("*.csv.gz"))
    assert sorted(built) == shipped
    for name, content in built.items():
        assert (data.FILES / name).read_bytes() == content, name


def test_the_shipped_files_are_compact():
    assert sum(p.stat().st_size for p in data.FILES.glob("*")) < 4_000_000


def test_importing_the_data_module_reads_nothing():
    code = ("import reform_studio.countries.data as d, sys; "
            "sys.exit(1 if d._table.cache_info().currsize else 0)")
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0


@pytest.mark.parametrize("text", ["Malawi", "malawi", "MWI", "mwi", "454", " Malawi "])
def test_a_country_is_found_by_name_iso3_or_m49(text):
    found = data.find_country(text)
    assert (found.name, found.iso3, found.m49) == ("Malawi", "MWI", 454)
    assert found.region == "Sub-Saharan Africa" and found.income_group == "Low income"
    assert found.currency == "MWK"


def test_accents_and_everyday_names_are_understood():
    assert data.find_country("Côte d’Ivoire").iso3 == "CIV"
    assert data.find_country("Tanzania").iso3 == "TZA"
    assert data.find_country("United States").iso3 == "USA"


def test_an_unknown_name_lists_the_closest_ones():
    with pytest.raises(InputError, match="Closest: .*Malawi"):
        data.find_country("Malawii")


def test_an_ambiguous_name_lists_the_candidates():
    with pytest.raises(InputError, match="Republic of Korea .KOR.") as caught:
        data.find_country("Korea")
    assert "PRK" in str(caught.value)


def test_every_country_has_a_code_a_currency_and_a_region():
    table = data.catalogue()
    assert len(table) == 236 and table["iso3"].is_unique and table["m49"].is_unique
    assert (table["currency"].str.len() == 3).all()
    assert (table["region"] != "").all()
    assert table["has_gdp"].sum() > 200 and table["has_weo"].sum() > 190


def test_series_come_in_persons_with_complete_ages():
    kenya = data.find_country("KEN")
    groups = data.population_groups(kenya, 2025)
    assert groups.shape == (2, 21) and 50e6 < groups.sum() < 60e6
    periods, rates = data.death_rates(kenya)
    assert rates.shape == (len(periods), 2, 22) and periods[0] == 1995 and (rates > 0).all()
    periods, pattern = data.fertility_pattern(kenya)
    np.testing.assert_allclose(pattern.sum(axis=1), 100, atol=0.01)
    periods, flows = data.migration_by_age(kenya)
    assert flows.shape == (16, 2, 21) and periods[0] == 2020
    series = data.annual(kenya)
    assert series.index.min() == 2000 and series.index.max() == 2100
    assert abs(series.at[2025, "net_migration"]) > 1000          # persons, not thousands
    assert data.weo(kenya).at[2023, "NGDP_RPCH"] == pytest.approx(5.5, abs=0.2)
    assert data.informality(kenya)["informal_rate_total"] == pytest.approx(0.865, abs=0.001)


def test_a_year_without_population_is_a_sentence():
    with pytest.raises(InputError, match="2020 and 2025"):
        data.population_groups(data.find_country("KEN"), 2030)


def test_attribution_names_every_source_and_licence():
    text = data.attribution()
    for needle in ("World Population Prospects 2024", "CC BY 3.0 IGO", "World Development Indicators",
                   "CC BY 4.0", "ILOSTAT", "World Economic Outlook"):
        assert needle in text


def test_the_readme_credits_the_same_sources():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for item, text in data.SOURCES:
        assert text in readme, item
