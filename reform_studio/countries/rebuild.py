"""Rebuild the shipped country files from the public data sets in `../shared/data`.

    python -m reform_studio.countries.rebuild [--data ../shared/data] [--out FOLDER]

The shipped files are the source files cut to the columns and locations the application
uses, with every number kept as the source wrote it (read as text, never re-formatted), in
gzip'd CSV with a zero time stamp, so that rebuilding from the same data gives the same bytes
(tests/countries/test_rebuild.py checks that). `supplement.csv` beside this module adds what
the data sets lack: ISO 3166 alpha-3 codes of 24 areas that neither the WEO nor ILOSTAT
lists, each area's ISO 4217 currency, and a World Bank region for the areas the World Bank
does not classify (assigned by geography; their income group stays empty).
"""
from __future__ import annotations

import argparse
import gzip
import io
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
SUPPLEMENT = HERE / "supplement.csv"
AGGREGATES = ("900", "1834")  # World and Sub-Saharan Africa: not countries


def _text(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def _start(label: pd.Series) -> pd.Series:
    """'0-4' -> '0', '100+' -> '100', '2025-2030' -> '2025'."""
    return label.str.split("-").str[0].str.rstrip("+")


def _countries(frame: pd.DataFrame) -> pd.DataFrame:
    return frame[~frame["country_code"].isin(AGGREGATES)]


def catalogue(data: Path) -> pd.DataFrame:
    """Name and M49 from WPP; ISO3 from the WEO and ILOSTAT keys (then the supplement);
    World Bank region and income group from WDI's country groups (then the supplement)."""
    pop = _countries(_text(data / "wpp2024_all" / "population_5yr_age_sex_2020_2025.csv.gz"))
    places = pop[["country_code", "name"]].drop_duplicates()
    iso = {}
    for frame in (_text(data / "imf_weo" / "imf_weo_2024_04.csv.gz"),
                  _text(data / "ilostat" / "ilostat_informality.csv")):
        for m49, iso3 in frame[["m49", "iso3"]].drop_duplicates().itertuples(index=False):
            if m49:
                iso[str(int(m49))] = iso3
    extra = _text(SUPPLEMENT)
    iso.update({m49: iso3 for iso3, m49 in extra[["iso3", "m49"]].itertuples(index=False) if m49})
    groups = _text(data / "wdi_all" / "country_groups.csv").set_index("iso3")
    extra = extra.set_index("iso3")
    rows = []
    for m49, name in places.itertuples(index=False):
        iso3 = iso[m49]
        region = groups["region"].get(iso3, "") or extra.at[iso3, "region"]
        rows.append((m49, iso3, name, region, groups["income_group"].get(iso3, ""), extra.at[iso3, "currency"]))
    return pd.DataFrame(rows, columns=["m49", "iso3", "name", "region", "income_group", "currency"])


def population(data: Path) -> pd.DataFrame:
    frame = _countries(_text(data / "wpp2024_all" / "population_5yr_age_sex_2020_2025.csv.gz"))
    return pd.DataFrame({"m49": frame["country_code"], "year": frame["year"], "age": _start(frame["age"]),
                         "male": frame["popM"], "female": frame["popF"]})


def death_rates(data: Path) -> pd.DataFrame:
    frame = _countries(_text(data / "wpp2024_all" / "death_rates_5yr_age_sex.csv.gz"))
    return pd.DataFrame({"m49": frame["country_code"], "period": _start(frame["period"]),
                         "age": frame["age"].str.rstrip("+"), "male": frame["mxM"], "female": frame["mxF"]})


def fertility_pattern(data: Path) -> pd.DataFrame:
    frame = _countries(_text(data / "wpp2024_all" / "fertility_age_pattern_5yr.csv.gz"))
    return pd.DataFrame({"m49": frame["country_code"], "period": _start(frame["period"]),
                         "age": _start(frame["age"]), "pasfr": frame["pasfr"]})


def migration_by_age(data: Path) -> pd.DataFrame:
    frame = _countries(_text(data / "wpp2024_all" / "net_migration_5yr_age_sex.csv.gz"))
    return pd.DataFrame({"m49": frame["country_code"], "period": _start(frame["period"]),
                         "age": _start(frame["age"]), "male": frame["migM"], "female": frame["migF"]})


def annual(data: Path) -> pd.DataFrame:
    """TFR, sex ratio at birth, net migration (thousands) and e0 by sex, 2000-2100."""
    folder = data / "wpp2024_all"
    keys = ["country_code", "year"]
    merged = None
    for name, columns in (("tfr_annual", {"tfr": "tfr"}), ("sex_ratio_at_birth_annual", {"srb": "srb"}),
                          ("net_migration_annual", {"mig": "net_migration"}),
                          ("life_expectancy_at_birth_annual", {"e0M": "e0_male", "e0F": "e0_female"})):
        frame = _text(folder / f"{name}.csv.gz")[keys + list(columns)].rename(columns=columns)
        merged = frame if merged is None else merged.merge(frame, on=keys, how="inner")
    merged = _countries(merged).rename(columns={"country_code": "m49"})
    merged = merged.assign(_m=merged["m49"].astype(int), _y=merged["year"].astype(int))
    return merged.sort_values(["_m", "_y"]).drop(columns=["_m", "_y"])


def gdp(data: Path) -> pd.DataFrame:
    frame = _text(data / "wdi_all" / "gdp_2000_2023.csv.gz")
    return pd.DataFrame({"iso3": frame["countryCode"], "year": frame["year"], "gdp_lcu": frame["gdp_current_lcu"],
                         "gdp_usd": frame["gdp_current_usd"], "gdp_per_capita_ppp": frame["gdppc_ppp_current_intl"],
                         "ppp_lcu_per_intl": frame["ppp_conv_factor_gdp_lcu_per_intl"]})


def weo(data: Path) -> pd.DataFrame:
    frame = _text(data / "imf_weo" / "imf_weo_2024_04.csv.gz")
    return frame[["iso3", "series_code", "year", "value", "estimate_or_projection"]].rename(
        columns={"series_code": "series", "estimate_or_projection": "status"})


def informality(data: Path) -> pd.DataFrame:
    frame = _text(data / "ilostat" / "ilostat_informality.csv")
    return frame[["iso3", "year", "informal_rate_total", "informal_rate_male", "informal_rate_female",
                  "source", "obs_status", "note"]]


TABLES = {"catalogue": catalogue, "population": population, "death_rates": death_rates,
          "fertility_pattern": fertility_pattern, "migration_by_age": migration_by_age, "annual": annual,
          "gdp": gdp, "weo": weo, "informality": informality}


def encoded(frame: pd.DataFrame) -> bytes:
    """gzip'd CSV with no time stamp or file name in the header: the same table, the same bytes."""
    text = frame.to_csv(index=False, lineterminator="\n").encode("utf-8")
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9, mtime=0, filename="") as stream:
        stream.write(text)
    return out.getvalue()


def build(data: Path) -> dict[str, bytes]:
    """Every shipped file's name and bytes, built from `data`."""
    return {f"{name}.csv.gz": encoded(make(data)) for name, make in TABLES.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=HERE.parents[2] / "shared" / "data",
                        help="folder holding wpp2024_all/, wdi_all/, ilostat/ and imf_weo/ (default: ../shared/data)")
    parser.add_argument("--out", type=Path, default=FILES, help="folder to write to (default: the package's files/)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, content in build(args.data).items():
        (args.out / name).write_bytes(content)
        print(f"{name}: {len(content):,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
