"""Checks on the built sample workbooks and reform files (sample_data/, reform_studio/samples/).

The data checks read the workbooks as files (openpyxl) and compare them with the public
data they were built from, where that data is at hand (../shared/data next to the repo).
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook

from reform_studio.engine.reform import Reform
from reform_studio.samples import available, reform_paths, sample_path

REPO = Path(__file__).resolve().parents[2]
SAMPLE_DATA = REPO / "sample_data"
DATA = REPO.parent / "shared" / "data"
M49 = {"kenya": 404, "italy": 380}
SAMPLES = sorted(M49)
REQUIRED_SHEETS = {
    "Scheme", "Economy", "Demography", "Population", "Mortality", "Fertility", "Labour",
    "Contributors", "Pensioners",
}
HEADERS = {
    "Population": ["Age", "Male", "Female"],
    "Mortality": ["Age", "qx_male", "qx_female"],
    "MortalityByYear": ["Year", "Age", "qx_male", "qx_female"],
    "Fertility": ["Age", "asfr"],
    "Labour": ["Age", "lfpr_male", "lfpr_female"],
    "Contributors": ["Age", "contributors_male", "contributors_female", "wage_male", "wage_female",
                     "service_male", "service_female"],
    "Pensioners": ["Age", "pensioners_male", "pensioners_female", "pension_male", "pension_female",
                   "disability_pensioners_male", "disability_pensioners_female",
                   "disability_pension_male", "disability_pension_female",
                   "survivors_male", "survivors_female", "survivor_pension_male", "survivor_pension_female",
                   "orphans", "orphan_pension"],
    "Disability": ["Age", "incidence_male", "incidence_female"],
    "Survivors": ["Age", "married_male", "married_female", "orphans_male", "orphans_female",
                  "orphan_age_male", "orphan_age_female"],
    "Migration": ["Age", "Male", "Female"],
}
needs_data = pytest.mark.skipif(not (DATA / "wpp2024").is_dir(), reason="shared/data not next to the repo")


def _rows(name: str, sheet: str) -> list[tuple]:
    wb = load_workbook(SAMPLE_DATA / f"{name}.xlsx", read_only=True)
    try:
        return list(wb[sheet].iter_rows(values_only=True))
    finally:
        wb.close()


def _sheet_names(name: str) -> list[str]:
    wb = load_workbook(SAMPLE_DATA / f"{name}.xlsx", read_only=True)
    try:
        return wb.sheetnames
    finally:
        wb.close()


def _table(name: str, sheet: str) -> pd.DataFrame:
    rows = _rows(name, sheet)
    frame = pd.DataFrame(rows[1:], columns=rows[0])
    if "Age" not in frame:
        return frame
    frame["Age"] = frame["Age"].map(lambda a: 100 if a == "100+" else int(a))
    values = [c for c in frame.columns if c not in ("Age", "Year")]
    frame[values] = frame[values].astype(float).fillna(0.0)
    return frame


def _keys(name: str, sheet: str) -> dict[str, object]:
    frame = _table(name, sheet)
    return dict(zip(frame["Parameter"], frame["Value"]))


def _unemployment(name: str) -> float:
    """The base year's unemployment rate: the first row of EconomyByYear (the IMF WEO's)."""
    paths = _table(name, "EconomyByYear").set_index("Year")
    return float(paths.at[_keys(name, "Scheme")["base_year"], "unemployment_rate"])


def _by_age(name: str, sheet: str, male: str, female: str) -> np.ndarray:
    frame = _table(name, sheet).sort_values("Age")
    return np.stack([frame[male].to_numpy(float), frame[female].to_numpy(float)])


@pytest.mark.parametrize("name", SAMPLES)
def test_workbook_has_the_spec_sheets_and_headers(name):
    assert REQUIRED_SHEETS <= set(_sheet_names(name))
    for sheet, header in HEADERS.items():
        assert list(_rows(name, sheet)[0]) == header, sheet
    for sheet in ("Scheme", "Economy", "Demography"):
        assert list(_rows(name, sheet)[0]) == ["Parameter", "Value", "Unit", "Notes"]


@pytest.mark.parametrize("name", SAMPLES)
def test_age_tables_list_every_age_once(name):
    for sheet in ("Population", "Mortality", "Labour", "Contributors", "Pensioners", "Migration", "Disability",
                  "Survivors"):
        assert list(_table(name, sheet)["Age"]) == list(range(101)), sheet
    assert list(_table(name, "Fertility")["Age"]) == list(range(15, 50))
    anchors = _table(name, "MortalityByYear")
    assert (anchors.groupby("Year")["Age"].apply(list) == pd.Series([list(range(101))] * anchors["Year"].nunique(),
                                                                     index=sorted(anchors["Year"].unique()))).all()
    assert anchors["Year"].min() > _keys(name, "Scheme")["base_year"]


@pytest.mark.parametrize("name", SAMPLES)
def test_year_table_quantities_are_not_also_keys(name):
    paths = set(_table(name, "DemographyByYear").columns) - {"Year"}
    keys = set(_keys(name, "Demography"))
    assert paths == {"tfr", "net_migration", "sex_ratio_at_birth"}
    assert not keys & (paths | {"tfr_target", "tfr_target_year"})
    assert keys == {"mortality_improvement_male", "mortality_improvement_female"}


@pytest.mark.parametrize("name", SAMPLES)
def test_key_sheets_label_their_assumptions(name):
    """Every scheme rule and economic assumption says it is illustrative; only the labels,
    the base year and horizon, and GDP (World Bank data) do not."""
    sourced = {"country", "scheme_name", "currency", "base_year", "horizon", "gdp"}
    for sheet in ("Scheme", "Economy"):
        frame = _table(name, sheet)
        assert list(frame.columns) == ["Parameter", "Value", "Unit", "Notes"]
        for key, note in zip(frame["Parameter"], frame["Notes"]):
            if key not in sourced:
                assert "illustrative" in note, (sheet, key)


@needs_data
@pytest.mark.parametrize("name", SAMPLES)
def test_single_ages_sum_to_the_wpp_groups(name):
    wpp = pd.read_csv(DATA / "wpp2024" / "population_5yr_age_sex_2000_2025.csv")
    groups = wpp[(wpp["country_code"] == M49[name]) & (wpp["year"] == 2025)]
    population = _by_age(name, "Population", "Male", "Female")
    assert (population >= 0).all()
    assert np.array_equal(population, np.round(population))
    for _, row in groups.iterrows():
        start = int(row["age"].split("-")[0].rstrip("+"))
        stop = 101 if start == 100 else start + 5
        assert population[0, start:stop].sum() == round(row["popM"] * 1000), row["age"]
        assert population[1, start:stop].sum() == round(row["popF"] * 1000), row["age"]


@pytest.mark.parametrize("name", SAMPLES)
def test_probabilities_of_dying_are_valid_and_rise_with_age(name):
    tables = [_by_age(name, "Mortality", "qx_male", "qx_female")]
    anchors = _table(name, "MortalityByYear")
    for _, group in anchors.groupby("Year"):
        group = group.sort_values("Age")
        tables.append(np.stack([group["qx_male"].to_numpy(float), group["qx_female"].to_numpy(float)]))
    for qx in tables:
        assert ((qx > 0) & (qx <= 1)).all()
        assert (np.diff(qx[:, 30:], axis=1) > 0).all()
    # mortality improves along the WPP anchors: the last anchor is below the base year at every age
    assert (tables[-1][:, :100] < tables[0][:, :100]).all()


@needs_data
@pytest.mark.parametrize("name", SAMPLES)
def test_life_expectancy_matches_wpp(name):
    """e0 from the 1-January-basis qx (qx = 1 - L(x+1)/L(x), so the products are L(x)/L(0))
    against WPP's 2025 e0. The sheet cannot give L(0)/l(0); it is taken as 1 - 0.9*1q0 with
    1q0 from WPP's infant death rate of 2025 (2020-25 and 2025-30 periods, log-linear)."""
    qx = _by_age(name, "Mortality", "qx_male", "qx_female")
    e0_wpp = pd.read_csv(DATA / "wpp2024" / "life_expectancy_at_birth_annual.csv")
    row = e0_wpp[(e0_wpp["country_code"] == M49[name]) & (e0_wpp["year"] == 2025)].iloc[0]
    rates = pd.read_csv(DATA / "wpp2024" / "death_rates_5yr_age_sex.csv")
    infant = rates[(rates["country_code"] == M49[name]) & (rates["age"] == "0")].set_index("period")
    for s, column in enumerate(("e0M", "e0F")):
        m = infant.loc[["2020-2025", "2025-2030"], ("mxM", "mxF")[s]].to_numpy(float)
        m0 = np.exp(0.4 * np.log(m[0]) + 0.6 * np.log(m[1]))
        infant_years = 1 - 0.9 * m0 / (1 + 0.9 * m0)
        ratio = np.concatenate([[1.0], np.cumprod(1 - qx[s, :99])])      # L(x)/L(0), x = 0..99
        open_group = ratio[-1] * (1 - qx[s, 99]) / qx[s, 100]            # T100/L(0)
        e0 = infant_years * (ratio.sum() + open_group)
        assert e0 == pytest.approx(row[column], abs=0.5)


@pytest.mark.parametrize("name", SAMPLES)
def test_insured_population_is_consistent(name):
    scheme = _keys(name, "Scheme")
    population = _by_age(name, "Population", "Male", "Female")
    lfpr = _by_age(name, "Labour", "lfpr_male", "lfpr_female")
    contributors = _by_age(name, "Contributors", "contributors_male", "contributors_female")
    wages = _by_age(name, "Contributors", "wage_male", "wage_female")
    service = _by_age(name, "Contributors", "service_male", "service_female")
    employed = population * lfpr * (1 - _unemployment(name))
    assert (contributors <= employed + 1e-9).all()
    ages = np.arange(101)
    for s, key in enumerate(("pensionable_age_male", "pensionable_age_female")):
        assert contributors[s, ages >= scheme[key]].sum() == 0
        assert (wages[s, contributors[s] > 0] > 0).all()
    assert (service <= np.maximum(ages - 15, 0)).all()
    assert ((0 <= lfpr) & (lfpr <= 1)).all()


@pytest.mark.parametrize("name", SAMPLES)
def test_kenya_is_young_and_low_coverage_italy_old_and_mature(name):
    population = _by_age(name, "Population", "Male", "Female").sum(axis=0)
    old_age = population[65:].sum() / population[15:65].sum()
    employed = (_by_age(name, "Population", "Male", "Female") * _by_age(name, "Labour", "lfpr_male", "lfpr_female")
                * (1 - _unemployment(name))).sum()
    coverage = _by_age(name, "Contributors", "contributors_male", "contributors_female").sum() / employed
    if name == "kenya":
        assert old_age < 0.1 and 0.12 < coverage < 0.22
    else:
        assert old_age > 0.3 and coverage > 0.8


def test_package_ships_the_built_files():
    assert set(available()) >= set(SAMPLES)
    for name in SAMPLES:
        assert sample_path(name).read_bytes() == (SAMPLE_DATA / f"{name}.xlsx").read_bytes()
        shipped = {p.name for p in reform_paths(name)}
        assert shipped == {p.name for p in (SAMPLE_DATA / "reforms").glob(f"{name}_*.json")}
        assert len(shipped) >= 3
    for path in (SAMPLE_DATA / "reforms").glob("*.json"):
        assert (sample_path().parent / "reforms" / path.name).read_bytes() == path.read_bytes()
    assert sample_path().stem == "kenya"
    with pytest.raises(FileNotFoundError, match="available"):
        sample_path("atlantis")


@pytest.mark.parametrize("path", sorted((SAMPLE_DATA / "reforms").glob("*.json")), ids=lambda p: p.stem)
def test_reform_files_parse(path):
    reform = Reform.from_dict(json.loads(path.read_text(encoding="utf-8")), default_name=path.stem)
    assert reform.levers and reform.description
    for lever in reform.levers.values():
        assert lever.from_year is not None and lever.from_year > 2025
