"""A country's workbook: what the reader accepts and the engine projects, what it says about
itself (Sources, Checklist, labelled defaults), and `reform-studio new`."""
from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from openpyxl import load_workbook

from reform_studio.cli import main
from reform_studio.countries import data
from reform_studio.countries.builder import build, build_country_workbook
from reform_studio.engine.errors import InputError
from reform_studio.engine.projection import project
from reform_studio.workbook.reader import read_scheme

# young, ageing, emigration, a small island, no GDP anywhere (a placeholder), no net migration
# at all, a Gulf state
ROUND_TRIPS = ["NER", "JPN", "BIH", "TUV", "AIA", "SPM", "QAT"]


def _round_trip(tmp_path, code: str, scheme: str, base_year: int = 2025):
    path = tmp_path / f"{code}_{scheme}_{base_year}.xlsx"
    built = build_country_workbook(code, base_year, scheme, path)
    return built, project(read_scheme(path))


@pytest.mark.parametrize("code", ROUND_TRIPS)
def test_the_workbook_reads_and_projects_the_fitted_population(tmp_path, code):
    built, projection = _round_trip(tmp_path, code, "illustrative")
    assert projection.warnings == ()
    fitted = built.demography.projected.sum(axis=(1, 2))
    engine = projection.indicators["population"].to_numpy()
    np.testing.assert_allclose(engine, fitted[:len(engine)], rtol=1e-4)   # rates written to 6-8 digits
    assert projection.indicators.loc[2025, "contributors"] > 0
    assert projection.indicators.loc[2025, "expenditure"] > 0


def test_no_scheme_projects_a_population_and_nothing_else(tmp_path):
    built, projection = _round_trip(tmp_path, "MWI", "none")
    table = projection.indicators
    assert projection.warnings == ()
    assert (table["contributors"] == 0).all() and (table["expenditure"] == 0).all()
    assert (table["population"] > 20e6).all() and (table["gdp"] > 0).all()
    assert built.stocks is None


def test_base_year_2020_builds_from_the_2020_population(tmp_path):
    built, projection = _round_trip(tmp_path, "KEN", "none", 2020)
    assert projection.indicators.index[0] == 2020 and projection.indicators.index[-1] == 2100
    assert built.demography.population.sum() == pytest.approx(data.population_groups(
        data.find_country("KEN"), 2020).sum(), abs=50)


def test_a_base_year_outside_the_data_is_a_sentence():
    with pytest.raises(InputError, match="2020 and 2025"):
        build("KEN", 2030)


def test_single_ages_keep_every_wpp_group_to_the_person():
    country = data.find_country("SEN")
    single = build(country, scheme="none").demography.population
    groups = np.round(data.population_groups(country, 2025))
    np.testing.assert_array_equal(single[:, :100].reshape(2, 20, 5).sum(axis=2), groups[:, :20])


def test_the_workbook_says_where_everything_comes_from_and_what_to_replace(tmp_path):
    path = tmp_path / "malawi.xlsx"
    build_country_workbook("Malawi", path=path)
    book = load_workbook(path, read_only=True)
    assert {"Sources", "Checklist", "EconomyByYear", "DemographyByYear", "MortalityByYear"} <= set(book.sheetnames)
    sources = " ".join(str(c) for row in book["Sources"].iter_rows(values_only=True) for c in row if c)
    for credit in ("World Population Prospects 2024", "CC BY 3.0 IGO", "World Development Indicators",
                   "ILOSTAT", "World Economic Outlook", "informal employment 87.1%"):
        assert credit in sources
    checklist = [row for row in book["Checklist"].iter_rows(min_row=2, values_only=True)]
    assert {"Scheme rules", "Contributors, wages, past service", "Pensioners"} <= {row[0] for row in checklist}
    labels = {"country", "scheme_name", "currency", "base_year", "horizon"}
    for key, _, _, note in book["Scheme"].iter_rows(min_row=2, values_only=True):
        assert key in labels or "replace it" in note, key
    effective = [row for row in book["DemographyByYear"].iter_rows(min_row=2, values_only=True)]
    assert [row[0] for row in effective] == list(range(2025, 2100))


def test_a_country_without_gdp_data_is_told_on_the_checklist():
    built = build("Anguilla")
    assert built.economy.placeholder_gdp and built.economy.currency == "USD"
    rows = list(built.workbook["Checklist"].iter_rows(min_row=2, values_only=True))
    assert rows[0][2].startswith("PLACEHOLDER")


def test_coverage_follows_ilostat_informality():
    """Senegal (95 % informal) has far fewer contributors per person than Brazil (37 %)."""
    def coverage(code):
        built = build(code)
        return built.stocks.counts.sum() / built.demography.population.sum()
    assert coverage("SEN") < 0.2 * coverage("BRA")


@pytest.mark.slow
@pytest.mark.parametrize("code", [country.iso3 for country in data.countries()])
def test_every_country_builds_a_workbook_the_reader_accepts_and_projects(tmp_path, code):
    """All 236 countries and areas (about a second each), without a scheme: the demography and
    the economy are what differs between countries; ROUND_TRIPS covers the illustrative scheme."""
    _, projection = _round_trip(tmp_path, code, "none")
    assert projection.warnings == ()
    assert (projection.indicators["population"] > 0).all()


def test_new_writes_a_workbook_and_refuses_to_overwrite(tmp_path, capsys):
    out = tmp_path / "niger.xlsx"
    assert main(["new", "--country", "Niger", "--scheme", "none", str(out)]) == 0
    assert "Niger (NER, M49 562)" in capsys.readouterr().out
    assert read_scheme(out).country == "Niger"
    assert main(["new", "--country", "562", str(out)]) == 2
    assert "--force" in capsys.readouterr().err
    assert main(["new", "--country", "NER", "--force", str(out)]) == 0


@pytest.mark.parametrize("argv, sentence", [
    (["--country", "Nigr"], "Closest: Niger, Nigeria"),
    (["--country", "Korea"], "Republic of Korea (KOR)"),
    (["--country", "KEN", "--base-year", "2031"], "outside the shipped data"),
    (["--country", "KEN", "--scheme", "funded"], "invalid choice"),
])
def test_new_bad_input_is_one_sentence_and_exit_2(tmp_path, argv, sentence):
    result = subprocess.run([sys.executable, "-m", "reform_studio", "new", *argv, str(tmp_path / "x.xlsx")],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert sentence in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.xlsx").exists()


def test_a_stale_gdp_in_a_redenominated_currency_is_not_carried():
    """Venezuela's latest WDI GDP is 2014's, in bolivares redenominated twice since: carrying it
    with a decade of hyperinflation gave 1e23; the WEO's own 2025 GDP is used instead."""
    from reform_studio.countries.economy import base_gdp
    gdp, currency, note, placeholder = base_gdp(data.find_country("VEN"), 2025, 28e6)
    assert 1e6 <= gdp <= 1e18 and currency == "VES" and not placeholder
    assert "IMF WEO" in note
