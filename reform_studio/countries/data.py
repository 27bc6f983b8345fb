"""The shipped country data: UN WPP 2024, World Bank WDI, ILOSTAT informality, IMF WEO.

Nothing is read at import: each file is read the first time a function needs it and kept
(the window's cold start must not grow). Qt-free and engine-free (only the engine's error
type), so the command line, the window and the costing can all use it.

The API, in the units the builder and the costing want (persons, not thousands):

- `catalogue()`: a DataFrame, one row per country or area (236): `name, iso3, m49, region`
  (World Bank region), `income_group` (World Bank; empty where unclassified), `currency`
  (ISO 4217), and `has_gdp, has_weo, has_informality` (booleans).
- `find_country(text)` -> `Country`: by name (accents and case ignored), ISO3 or M49; an
  unknown or ambiguous text raises `InputError` listing the closest names.
- `countries()` -> every `Country`, in catalogue order.
- Demography (WPP 2024, estimates then the medium variant): `population_groups(c, year)`
  (2, 21) persons by sex and 5-year group 0-4 .. 95-99, 100+, for `POPULATION_YEARS`;
  `death_rates(c)` -> (period starts, (period, 2, 22) central death rates at ages 0, 1, 5,
  .., 100+); `fertility_pattern(c)` -> (period starts, (period, 7) percent of TFR at 15-19 ..
  45-49); `migration_by_age(c)` -> (period starts, (period, 2, 21) net migrants over the
  5-year period, persons); `annual(c)` -> DataFrame by year 2000-2100: `tfr, srb,
  net_migration` (persons), `e0_male, e0_female`.
- Economy: `gdp(c)` (WDI by year: `gdp_lcu, gdp_usd, gdp_per_capita_ppp, ppp_lcu_per_intl`),
  `weo(c)` (WEO April 2024 by year, one column per series: `NGDP_RPCH, PCPIPCH, LUR` in
  percent, `NGDP` national currency billions, `LP` persons millions, `GGX_NGDP, GGR_NGDP`
  percent of GDP), `weo_status(c)` (actual/estimate/projection, same shape),
  `informality(c)` (latest ILOSTAT rates as shares, or None).
- `attribution()`: the sources' credit lines, for an About box, a README or a Sources sheet.

Periods are WPP's: a period starting in `p` runs from mid-`p` to mid-`p+5`.
"""
from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from reform_studio.engine.errors import InputError
from reform_studio.i18n import translate

FILES = Path(__file__).resolve().parent / "files"
POPULATION_YEARS = (2020, 2025)
AGE_GROUPS = 21          # 0-4 .. 95-99, 100+
RATE_AGES = 22           # 0, 1-4, 5-9, .., 95-99, 100+
FERTILE_GROUPS = 7       # 15-19 .. 45-49
THOUSAND = 1000.0

SOURCES = (
    ("Population, mortality, fertility, migration",
     "United Nations, Department of Economic and Social Affairs, Population Division (2024). World "
     "Population Prospects 2024. Licence CC BY 3.0 IGO. Extracted from the R data package wpp2024 "
     "(github.com/PPgp/wpp2024, commit 2da7768; 5-year population commit 33717a3)."),
    ("GDP, World Bank regions and income groups",
     "World Bank, World Development Indicators (GDP in current local currency and US$, GDP per capita PPP, "
     "PPP conversion factor, 2000-2023; country groups). Licence CC BY 4.0. Via "
     "github.com/relatoscondatos/data_global, commit 1473f4e."),
    ("Informal employment",
     "International Labour Organization, ILOSTAT database, 'Informal employment rate by sex (%) - annual' "
     "(file dated 2024-07-26, accessed July 2024). Licence CC BY 4.0. Survey years and types differ: "
     "indicative defaults only."),
    ("Growth, inflation, unemployment, government expenditure",
     "International Monetary Fund, World Economic Outlook Database, April 2024 (2015-2029; 2024 on are "
     "projections). Used under the IMF's terms for its statistical data; source: IMF."),
)


def attribution() -> str:
    """One paragraph per source: what the About box and the README show."""
    return "\n\n".join(f"{item}: {text}" for item, text in SOURCES)


@dataclass(frozen=True)
class Country:
    """A country or area of the shipped data."""

    name: str
    iso3: str
    m49: int
    region: str
    income_group: str
    currency: str

    def __str__(self) -> str:
        return f"{self.name} ({self.iso3}, M49 {self.m49})"


@lru_cache(maxsize=None)
def _table(name: str) -> pd.DataFrame:
    return pd.read_csv(FILES / f"{name}.csv.gz", keep_default_na=False, na_values=[""])


@lru_cache(maxsize=None)
def catalogue() -> pd.DataFrame:
    frame = _table("catalogue").fillna({"region": "", "income_group": "", "currency": ""})
    frame = frame[["name", "iso3", "m49", "region", "income_group", "currency"]].copy()
    frame["has_gdp"] = frame["iso3"].isin(set(_table("gdp").dropna(subset=["gdp_lcu"])["iso3"]))
    frame["has_weo"] = frame["iso3"].isin(set(_table("weo")["iso3"]))
    frame["has_informality"] = frame["iso3"].isin(set(_table("informality")["iso3"]))
    return frame


def countries() -> list[Country]:
    return [_country(row) for row in catalogue().itertuples(index=False)]


def _country(row) -> Country:
    return Country(row.name, row.iso3, int(row.m49), row.region, row.income_group, row.currency)


def _folded(text: str) -> str:
    """Lower case without accents or punctuation: 'Côte d’Ivoire' finds "Cote d'Ivoire"."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return " ".join("".join(ch if ch.isascii() and ch.isalnum() else " " for ch in plain.lower()).split())


# Everyday names the UN does not use (the UN's own names, ISO3 and M49 always work).
ALIASES = {"united states": "USA", "us": "USA", "uk": "GBR", "britain": "GBR", "great britain": "GBR",
           "russia": "RUS", "iran": "IRN", "vietnam": "VNM", "syria": "SYR", "laos": "LAO",
           "south korea": "KOR", "korea republic": "KOR", "north korea": "PRK", "turkey": "TUR",
           "taiwan": "TWN", "hong kong": "HKG", "macau": "MAC", "macao": "MAC", "ivory coast": "CIV",
           "cape verde": "CPV", "swaziland": "SWZ", "czech republic": "CZE", "moldova": "MDA",
           "palestine": "PSE", "micronesia": "FSM", "dr congo": "COD", "drc": "COD",
           "congo kinshasa": "COD", "congo brazzaville": "COG", "burma": "MMR", "east timor": "TLS",
           "kosovo": "XKX", "venezuela": "VEN", "bolivia": "BOL", "tanzania": "TZA"}


def find_country(text: str) -> Country:
    """The one country `text` names (name, ISO3 or M49), or an InputError with close matches."""
    table = catalogue()
    wanted = str(text).strip()
    if not wanted:
        raise InputError(translate("countries", "Name a country: its name, ISO3 code (e.g. MWI) or UN M49 number "
                                       "(e.g. 454)."))
    if wanted.isdigit():
        hit = table[table["m49"] == int(wanted)]
    elif len(wanted) == 3 and wanted.isalpha() and wanted.upper() in set(table["iso3"]):
        hit = table[table["iso3"] == wanted.upper()]
    else:
        folded = table["name"].map(_folded)
        key = _folded(wanted)
        hit = table[(folded == key) | (table["iso3"] == ALIASES.get(key))]
        if hit.empty and key:
            hit = table[folded.str.contains(rf"\b{key}", regex=True)]
    if len(hit) == 1:
        return _country(next(hit.itertuples(index=False)))
    if len(hit) > 1:
        names = ", ".join(f"{n} ({i})" for n, i in zip(hit["name"], hit["iso3"]))
        raise InputError(translate("countries", "'{wanted}' matches {count} countries: {names}. Give the full name or "
                                   "the ISO3 code.").format(wanted=wanted, count=len(hit), names=names))
    close = difflib.get_close_matches(_folded(wanted), list(table["name"].map(_folded)), n=5, cutoff=0.5)
    names = [table["name"][table["name"].map(_folded) == c].iloc[0] for c in close]
    if names:
        raise InputError(translate("countries", "No country or area called '{wanted}' in the shipped UN data. "
                                   "Closest: {names}.").format(wanted=wanted, names=", ".join(names)))
    raise InputError(translate("countries", "No country or area called '{wanted}' in the shipped UN data. Give a "
                               "name as the UN writes it, an ISO3 code (e.g. MWI) or an M49 number (e.g. 454).").format(
        wanted=wanted))


@lru_cache(maxsize=None)
def _by_country(name: str, key: str) -> dict:
    return {code: part for code, part in _table(name).groupby(key, sort=False)}


def _rows(name: str, country: Country) -> pd.DataFrame:
    key = "m49" if name in ("population", "death_rates", "fertility_pattern", "migration_by_age", "annual") \
        else "iso3"
    return _by_country(name, key).get(country.m49 if key == "m49" else country.iso3, _table(name).iloc[:0])


def _stacked(frame: pd.DataFrame, columns: list[str], groups: int) -> tuple[np.ndarray, np.ndarray]:
    """(period starts, values (period, len(columns), groups)) from rows by period and age."""
    frame = frame.sort_values(["period", "age"])
    periods = np.sort(frame["period"].unique())
    values = frame[columns].to_numpy(dtype=float).reshape(len(periods), groups, len(columns))
    return periods.astype(int), values.transpose(0, 2, 1)


def population_groups(country: Country, year: int) -> np.ndarray:
    """Persons by sex and 5-year group (2, 21) in `year` (WPP's mid-year figure)."""
    groups = _populations().get((country.m49, year))
    if groups is None or groups.shape[1] != AGE_GROUPS:
        raise InputError(translate("countries", "The shipped WPP population of {country} has no {year}: the years "
                                   "are {years}.").format(country=country.name, year=year,
                                                          years=translate("countries", " and ").join(
                                                              map(str, POPULATION_YEARS))))
    return groups.copy()


@lru_cache(maxsize=None)
def _populations() -> dict[tuple[int, int], np.ndarray]:
    """Every country's persons (2, groups) by (M49, year): the table split once, since a region's
    placeholder GDP reads every country's population (a pandas filter each took a millisecond)."""
    table = _table("population").sort_values(["m49", "year", "age"], kind="stable")
    keys = table[["m49", "year"]].to_numpy()
    values = table[["male", "female"]].to_numpy(dtype=float)
    starts = np.flatnonzero(np.r_[True, (keys[1:] != keys[:-1]).any(axis=1)])
    ends = np.r_[starts[1:], len(keys)]
    return {(int(keys[a, 0]), int(keys[a, 1])): values[a:b].T * THOUSAND for a, b in zip(starts, ends)}


def death_rates(country: Country) -> tuple[np.ndarray, np.ndarray]:
    periods, rates = _stacked(_rows("death_rates", country), ["male", "female"], RATE_AGES)
    return periods, rates


def fertility_pattern(country: Country) -> tuple[np.ndarray, np.ndarray]:
    periods, pattern = _stacked(_rows("fertility_pattern", country), ["pasfr"], FERTILE_GROUPS)
    return periods, pattern[:, 0]


def migration_by_age(country: Country) -> tuple[np.ndarray, np.ndarray]:
    periods, flows = _stacked(_rows("migration_by_age", country), ["male", "female"], AGE_GROUPS)
    return periods, flows * THOUSAND


@lru_cache(maxsize=None)  # shared by every caller: read, never modify
def annual(country: Country) -> pd.DataFrame:
    frame = _rows("annual", country).set_index("year").drop(columns="m49").astype(float)
    frame["net_migration"] *= THOUSAND
    return frame


@lru_cache(maxsize=None)  # shared by every caller: read, never modify
def gdp(country: Country) -> pd.DataFrame:
    return _rows("gdp", country).set_index("year").drop(columns="iso3").astype(float)


def _weo(country: Country, column: str) -> pd.DataFrame:
    rows = _rows("weo", country)
    return rows.pivot(index="year", columns="series", values=column)


@lru_cache(maxsize=None)  # shared by every caller: read, never modify
def weo(country: Country) -> pd.DataFrame:
    return _weo(country, "value").astype(float)


def weo_status(country: Country) -> pd.DataFrame:
    return _weo(country, "status")


def informality(country: Country) -> pd.Series | None:
    rows = _rows("informality", country)
    return None if rows.empty else rows.iloc[0]
