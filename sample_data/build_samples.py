"""Rebuild the sample workbooks from the public data in shared/data.

    python sample_data/build_samples.py [--data PATH]

writes sample_data/<key>.xlsx for every sample in countries.py and copies the workbooks and
the reform files in sample_data/reforms/ into reform_studio/samples/, where the installed
application finds them. Sources and methods: sample_data/README.md.
"""
from __future__ import annotations

import argparse
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wpp  # noqa: E402
from awards import Rules  # noqa: E402
from branches import (Stock, disability_incidence, disability_stock, member_deaths,  # noqa: E402
                      orphan_stock, orphans_per_death, spouse_stock)
from countries import SAMPLES  # noqa: E402
from lifetable import life_expectancy  # noqa: E402
from schemes import (BASE_YEAR, Sample, base_expenditure, contributors, employed,  # noqa: E402
                     knots_to_ages, past_service, pensioners, wages)
from write_workbook import add_key_sheet, add_table, add_text_sheet, new_workbook, save  # noqa: E402

HORIZON = 75
PATH_YEARS = list(range(BASE_YEAR, 2101, 5))
ANCHOR_YEARS = list(range(2030, 2100, 5))
ILLUSTRATIVE = "illustrative assumption, not an official statistic"
WPP = "UN WPP 2024 medium variant"
REPO = HERE.parent
PACKAGE_SAMPLES = REPO / "reform_studio" / "samples"


def gdp_base_year(data: Path, sample: Sample) -> tuple[float, float]:
    """WDI nominal GDP of 2023 in local currency, grown by the assumed nominal growth of
    2024 and 2025. Returns (GDP 2025, GDP 2023)."""
    frame = pd.read_csv(data / "wdi" / "gdp_2000_2023.csv")
    row = frame[(frame["countryCode"] == sample.iso3) & (frame["year"] == 2023)]
    if row.empty:
        raise ValueError(f"no 2023 GDP for {sample.iso3}")
    gdp2023 = float(row["gdp_current_lcu"].iloc[0])
    g24, g25 = sample.gdp_growth_2024_2025
    return round(gdp2023 * (1 + g24) * (1 + g25), -6), gdp2023


def scheme_rows(sample: Sample, reserve: float) -> list[tuple[str, object, str, str]]:
    r = sample.rules
    units = {"contribution_rate": ("fraction of insurable wage", ""),
             "pensionable_age_male": ("years", ""), "pensionable_age_female": ("years", ""),
             "accrual_rate": ("fraction per year of service", ""),
             "reference_period_years": ("years", "final years averaged into the reference wage"),
             "revaluation": ("none|prices|wages", "revaluation of past wages at award"),
             "minimum_pension_to_avg_wage": ("fraction of average insurable wage", ""),
             "maximum_replacement_rate": ("fraction of reference wage", ""),
             "indexation_wage_share": ("fraction", "0 = prices, 1 = wages"),
             "contribution_density": ("fraction of a year", ""),
             "admin_cost_rate": ("fraction of contributions", ""),
             "state_subsidy_rate": ("fraction of expenditure", ""),
             "wage_dispersion": ("sd of log wage", "spread of earnings within a cohort (10 classes)"),
             "service_spread": ("fraction", "spread of service within a cohort (5 classes)"),
             "contribution_ceiling_to_avg_wage": ("times the average wage",
                                                  "wages above it are neither contributed on nor pensioned"),
             "minimum_service_years": ("years", "qualifying period for an old-age pension"),
             "old_age_grant_rate": ("fraction per year of service",
                                    "lump sum, of the reference wage, for those short of the qualifying period"),
             "disability_min_service_years": ("years", "service needed for a disability pension"),
             "disability_future_service_credit": ("fraction",
                                                  "share of the years to the pensionable age credited"),
             "disability_mortality_factor": ("times qx", "disability pensioners' mortality"),
             "survivor_share": ("fraction", "a spouse's pension, of the deceased's pension"),
             "orphan_share": ("fraction", "each orphan's pension, of the deceased's pension"),
             "orphan_age_limit": ("years", "orphans are paid until this age"),
             "spouse_age_difference": ("years", "husband's age minus wife's"),
             "survivor_min_service_years": ("years", "service a contributor needs to leave survivors' pensions"),
             "funeral_grant_to_avg_wage": ("times the average wage", "lump sum on a member's death")}
    rows: list[tuple[str, object, str, str]] = [
        ("country", sample.country, "", "sample scheme built from public data; see the Sources sheet"),
        ("scheme_name", sample.scheme_name, "", sample.description),
        ("currency", sample.currency, "", ""),
        ("base_year", BASE_YEAR, "year", "population at 1 January 2025 (WPP 2024)"),
        ("horizon", HORIZON, "years", "projection to 2100, the end of the WPP projections"),
    ]
    for key, (unit, note) in units.items():
        if key in r:
            rows.append((key, r[key], unit, "; ".join(n for n in (note, ILLUSTRATIVE) if n)))
    rows.append(("initial_reserve", reserve, sample.currency,
                 f"reserve at 1 January 2025 = {sample.reserve_years_of_expenditure:g} x the base-year "
                 f"pension expenditure; {ILLUSTRATIVE}"))
    return rows


def economy_rows(sample: Sample, gdp: float, gdp2023: float) -> list[tuple[str, object, str, str]]:
    g24, g25 = sample.gdp_growth_2024_2025
    e = sample.economy
    return [
        ("gdp", gdp, sample.currency,
         f"nominal GDP 2025: World Bank WDI 2023 GDP in current local currency ({gdp2023:.4g}) grown by "
         f"an assumed nominal growth of {g24:.1%} in 2024 and {g25:.1%} in 2025 (assumption)"),
        ("inflation", e["inflation"], "fraction per year", ILLUSTRATIVE),
        ("real_wage_growth", e["real_wage_growth"], "fraction per year", ILLUSTRATIVE),
        ("investment_return", e["investment_return"], "fraction per year (nominal)", ILLUSTRATIVE),
        ("unemployment_rate", e["unemployment_rate"], "fraction of the labour force", ILLUSTRATIVE),
    ]


def demography_rows(sample: Sample) -> list[tuple[str, object, str, str]]:
    r = sample.mortality_improvement_after_anchors
    note = (f"annual qx improvement after the last MortalityByYear anchor ({ANCHOR_YEARS[-1]}); "
            f"{ILLUSTRATIVE}. TFR, net migration and sex ratio at birth are paths in DemographyByYear")
    return [("mortality_improvement_male", r, "fraction per year", note),
            ("mortality_improvement_female", r, "fraction per year", note)]


def demography_by_year(data: Path, sample: Sample) -> list[list[object]]:
    tfr = wpp.annual_series(data, "tfr_annual.csv", "tfr", sample.m49, PATH_YEARS)
    mig = wpp.annual_series(data, "net_migration_annual.csv", "mig", sample.m49, PATH_YEARS)
    srb = wpp.annual_series(data, "sex_ratio_at_birth_annual.csv", "srb", sample.m49, PATH_YEARS)
    return [[y, round(t, 4), round(m * 1000.0), s] for y, t, m, s in zip(PATH_YEARS, tfr, mig, srb)]


def age_rows(*columns: np.ndarray, first: int = 0, last: int = 100, blank_zero: bool = False) -> list[list[object]]:
    rows = []
    for age in range(first, last + 1):
        label: object = "100+" if age == 100 else age
        values = [c[age] for c in columns]
        if blank_zero:
            values = [None if v == 0 else v for v in values]
        rows.append([label, *values])
    return rows


def pensioner_note(sample: Sample) -> str:
    """How the base-year pensioners follow from the rules, with this sample's past."""
    men, women = sample.past_coverage_decline
    start = (f"; no pensions were awarded before {sample.first_award_year}" if sample.first_award_year
             else "")
    return ("Illustrative: the cohorts the rules would have awarded at the pensionable age. Count = population "
            "x today's share contributing at the pensionable age - 1, lower by "
            f"{men:.0%} (men) and {women:.0%} (women) for each year back; pension = the benefit formula "
            "applied to today's last-working-age cohort with its service lower by "
            f"{sample.past_service_decline:.0%} a year back, deflated by wage growth to the award and indexed "
            f"since{start}. Nobody below the pensionable age (early retirement is not modelled).")


def sources(sample: Sample) -> list[tuple[str, str]]:
    wpp_cite = ("United Nations, Department of Economic and Social Affairs, Population Division (2024). "
                "World Population Prospects 2024. CC BY 3.0 IGO. Via the R package wpp2024 "
                "(github.com/PPgp/wpp2024, commit 2da7768; 5-year population commit 33717a3).")
    return [
        ("Population", f"{wpp_cite} Population at 1 January 2025 by sex and 5-year age group (thousands), "
                       "graduated to single ages with a monotone cubic (PCHIP) spline through the "
                       "cumulative counts; every 5-year group total is kept to the person."),
        ("Mortality, MortalityByYear", "WPP 2024 central death rates nmx (abridged ages), log-linear between "
                       "the 5-year periods to the middle of each calendar year; single-age life table "
                       "(Coale-Demeny a0 and 4a1, constant force within 5-year groups, log-linear "
                       "single-age force fitted to every group); qx = 1 - L(x+1)/L(x), "
                       "q100 = 1 - exp(-m100+). Anchors every 5 years 2030-2095."),
        ("Fertility", "WPP 2024 percent age-specific fertility 2025 (between the 2020-25 and 2025-30 "
                      "periods), graduated to single ages 15-49 as a piecewise-linear profile; sums to 1."),
        ("DemographyByYear", "WPP 2024 total fertility rate, net migration (thousands -> persons) and sex "
                             "ratio at birth, medium variant, every 5 years 2025-2100."),
        ("Migration", "WPP 2024 net migrants by sex and 5-year age, 2025-2030; ages whose flow runs "
                      "against the national total set to 0; graduated; normalised to 1000."),
        ("Economy: gdp", "World Bank, World Development Indicators, GDP current LCU 2023 (CC BY 4.0), via "
                         "github.com/relatoscondatos/data_global commit 1473f4e; grown to 2025 by "
                         "assumed nominal growth (Economy sheet, Notes)."),
        ("Pensioners", pensioner_note(sample)),
        ("Disability, Survivors", "Illustrative: disability incidence and the probability of leaving an entitled "
                                  "spouse by age are assumptions. Orphans per death and their average age follow "
                                  "WPP 2024 fertility of 2025: the children a mother of that age bore at ages still "
                                  "below the orphan age limit a year later (a father's children borne by a mother "
                                  "spouse_age_difference years younger). The base-year disability, spouse and "
                                  "orphan stocks (Pensioners sheet) are what these assumptions and the rules would "
                                  "have left from the same past as the pensioners (sample_data/README.md)."),
        ("Everything else", "Economic assumptions, labour-force participation, coverage, wages, past "
                            "service, pensioners, pensions, scheme rules and the initial reserve are "
                            "illustrative assumptions for a teaching sample, not official statistics "
                            "and not the rules of any real scheme."),
        *sample.notes,
    ]


PENSIONER_COLUMNS = ("Age", "pensioners_male", "pensioners_female", "pension_male", "pension_female",
                     "disability_pensioners_male", "disability_pensioners_female",
                     "disability_pension_male", "disability_pension_female",
                     "survivors_male", "survivors_female", "survivor_pension_male", "survivor_pension_female",
                     "orphans", "orphan_pension")


@dataclass(frozen=True)
class Branches:
    """The disability and survivors' tables of one sample and the stocks that follow."""

    incidence: np.ndarray
    married: np.ndarray
    orphans_per_death: np.ndarray
    orphan_age: np.ndarray
    disabled: Stock
    spouses: Stock
    orphans: Stock


def build_branches(sample: Sample, population: np.ndarray, qx: np.ndarray, rules: Rules, old_age: Stock,
                   asfr: np.ndarray, tfr: float) -> Branches:
    disabled = disability_stock(sample, population, qx, rules)
    married = np.round(knots_to_ages(sample.married), 4)
    orphans, orphan_age = orphans_per_death(sample, asfr, tfr)
    deaths = member_deaths(sample, population, qx, rules, old_age, disabled)
    return Branches(disability_incidence(sample), married, orphans, orphan_age, disabled,
                    spouse_stock(sample, population, qx, deaths, married, rules),
                    orphan_stock(sample, population, qx, deaths, orphans, orphan_age, rules))


def build_workbook(data: Path, sample: Sample, out: Path) -> dict[str, float]:
    """Write one sample workbook; return a few headline figures for the build log."""
    population = wpp.population_single(data, sample.m49, BASE_YEAR)
    gdp, gdp2023 = gdp_base_year(data, sample)
    counts = contributors(sample, population)
    wage = wages(sample, counts)
    service = past_service(sample, counts)
    rules = Rules(sample, counts, wage, service)
    q0 = wpp.mortality(data, sample.m49, BASE_YEAR)
    old_age = Stock(*pensioners(sample, population, rules))
    asfr = wpp.fertility_pattern(data, sample.m49, BASE_YEAR)
    tfr = wpp.annual_series(data, "tfr_annual.csv", "tfr", sample.m49, [BASE_YEAR])[0]
    b = build_branches(sample, population, q0, rules, old_age, asfr, tfr)
    stocks = (old_age, b.disabled, b.spouses, b.orphans)
    expenditure = sum(base_expenditure(stock.count, stock.amount) for stock in stocks)
    reserve = round(sample.reserve_years_of_expenditure * expenditure, -6)

    wb = new_workbook()
    add_key_sheet(wb, "Scheme", scheme_rows(sample, reserve))
    add_key_sheet(wb, "Economy", economy_rows(sample, gdp, gdp2023))
    add_key_sheet(wb, "Demography", demography_rows(sample))
    add_table(wb, "DemographyByYear", ("Year", "tfr", "net_migration", "sex_ratio_at_birth"),
              demography_by_year(data, sample))
    add_table(wb, "Population", ("Age", "Male", "Female"), age_rows(population[0], population[1]))
    add_table(wb, "Mortality", ("Age", "qx_male", "qx_female"), age_rows(q0[0], q0[1]))
    anchor_rows = []
    for year in ANCHOR_YEARS:
        q = wpp.mortality(data, sample.m49, year)
        anchor_rows += [[year, *row] for row in age_rows(q[0], q[1])]
    add_table(wb, "MortalityByYear", ("Year", "Age", "qx_male", "qx_female"), anchor_rows)
    add_table(wb, "Fertility", ("Age", "asfr"), [[15 + i, v] for i, v in enumerate(asfr)])
    lfpr = np.round(knots_to_ages(sample.lfpr), 4)
    add_table(wb, "Labour", ("Age", "lfpr_male", "lfpr_female"), age_rows(lfpr[0], lfpr[1]))
    add_table(wb, "Contributors", ("Age", "contributors_male", "contributors_female", "wage_male",
                                   "wage_female", "service_male", "service_female"),
              age_rows(counts[0], counts[1], wage[0], wage[1], service[0], service[1], blank_zero=True))
    add_table(wb, "Pensioners", PENSIONER_COLUMNS,
              age_rows(*old_age.count, *old_age.amount, *b.disabled.count, *b.disabled.amount,
                       *b.spouses.count, *b.spouses.amount, b.orphans.count, b.orphans.amount))
    add_table(wb, "Disability", ("Age", "incidence_male", "incidence_female"), age_rows(*b.incidence))
    add_table(wb, "Survivors", ("Age", "married_male", "married_female", "orphans_male", "orphans_female",
                                "orphan_age_male", "orphan_age_female"),
              age_rows(*b.married, *b.orphans_per_death, *b.orphan_age))
    profile = wpp.migration_profile(data, sample.m49, "2025-2030") * 1000.0
    add_table(wb, "Migration", ("Age", "Male", "Female"), age_rows(profile[0], profile[1]))
    add_text_sheet(wb, "Sources", sources(sample))
    save(wb, out)
    emp = employed(sample, population).sum()
    rates = wpp.death_rates(data, sample.m49, BASE_YEAR)
    wpp_e0 = wpp.annual_series(data, "life_expectancy_at_birth_annual.csv", "e0M", sample.m49, [BASE_YEAR])[0]
    return {"e0_male": life_expectancy(rates[0], male=True), "wpp_e0_male": wpp_e0,
            "population": float(population.sum()), "employed": float(emp),
            "contributors": float(counts.sum()), "coverage": float(counts.sum() / emp),
            "pensioners": float(old_age.count.sum()), "disabled": float(b.disabled.count.sum()),
            "spouses": float(b.spouses.count.sum()), "orphans": float(b.orphans.count.sum()),
            "expenditure": expenditure, "reserve": reserve,
            "wage_bill": float((counts * wage).sum()), "gdp": gdp}


def copy_into_package(workbooks: list[Path]) -> None:
    """The installed app loads its default sample from inside the package."""
    reforms_out = PACKAGE_SAMPLES / "reforms"
    reforms_out.mkdir(parents=True, exist_ok=True)
    for path in workbooks:
        shutil.copy2(path, PACKAGE_SAMPLES / path.name)
    for path in sorted((HERE / "reforms").glob("*.json")):
        shutil.copy2(path, reforms_out / path.name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data",
                        help="folder holding wpp2024/ and wdi/ (default: ../shared/data)")
    args = parser.parse_args(argv)
    written = []
    for sample in SAMPLES.values():
        out = HERE / f"{sample.key}.xlsx"
        figures = build_workbook(args.data, sample, out)
        written.append(out)
        print(f"{out.name}: " + ", ".join(f"{k} {v:,.3g}" for k, v in figures.items()))
    copy_into_package(written)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
