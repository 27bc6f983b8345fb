"""`build_country_workbook(country, base_year, scheme, path)`: a complete template-version-2
workbook for any country of the shipped data, the bundled samples included (one way to build
a country: sample_data/build_samples.py calls `build` with the sample's own assumptions).

What comes from data: the demography (fitted to reproduce WPP 2024, demography.py), GDP and
the first years of the economic paths (WDI and the IMF WEO, economy.py), the share of the
employed who contribute (ILOSTAT informality, defaults.py). Everything else is a labelled
default, listed on the Checklist sheet with what to put in its place.

The workbook's notes, units, Sources sentences and Checklist speak the current language
(`i18n.language()`); sheet names, keys, headers and data are the spec's in every language, and
the sources' own names and titles stay as published. English keeps the bytes the shipped
samples were built with.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from openpyxl import Workbook

from reform_studio.countries import data
from reform_studio.countries.awards import Rules
from reform_studio.countries.branches import (Stock, disability_incidence, disability_stock, member_deaths,
                                              orphan_stock, orphans_per_death, spouse_stock)
from reform_studio.countries.defaults import ILLUSTRATIVE, LFPR, WAGE_TO_OUTPUT_PER_WORKER, covered_share, illustrative
from reform_studio.countries.demography import Demography, build_demography
from reform_studio.countries.economy import Economy, build_economy
from reform_studio.countries.schemes import (Sample, base_expenditure, contributors, knots_to_ages, past_service,
                                             pensioners, wages)
from reform_studio.countries import sheets
from reform_studio.countries.sheets import SheetContents, key_sheet, table, text_sheet
from reform_studio.i18n import QT_TRANSLATE_NOOP, translate
from reform_studio.i18n.country_data import said
from reform_studio.i18n.parameters import said as number_said
from reform_studio.engine.errors import InputError
from reform_studio.engine.scheme import Scheme

SCHEMES = ("illustrative", "none")
WPP = "UN WPP 2024 medium variant"
EFFECTIVE = QT_TRANSLATE_NOOP("country_workbook", "effective path fitted so that the spec's projection reproduces WPP "
                                                  "2024 (medium variant); not WPP's official figure (see the Sources "
                                                  "sheet)")
# the unit and meaning of each rule on the Scheme sheet, marked for the catalogue (said with `_words`)
RULE_UNITS = {
    "contribution_rate": (QT_TRANSLATE_NOOP("country_workbook", "fraction of insurable wage"), ""),
    "pensionable_age_male": (QT_TRANSLATE_NOOP("country_workbook", "years"), ""),
    "pensionable_age_female": (QT_TRANSLATE_NOOP("country_workbook", "years"), ""),
    "accrual_rate": (QT_TRANSLATE_NOOP("country_workbook", "fraction per year of service"), ""),
    "reference_period_years": (QT_TRANSLATE_NOOP("country_workbook", "years"),
                               QT_TRANSLATE_NOOP("country_workbook", "final years averaged into the reference wage")),
    "revaluation": (QT_TRANSLATE_NOOP("country_workbook", "none|prices|wages"),
                    QT_TRANSLATE_NOOP("country_workbook", "revaluation of past wages at award")),
    "minimum_pension_to_avg_wage": (QT_TRANSLATE_NOOP("country_workbook", "fraction of average insurable wage"), ""),
    "maximum_replacement_rate": (QT_TRANSLATE_NOOP("country_workbook", "fraction of reference wage"), ""),
    "indexation_wage_share": (QT_TRANSLATE_NOOP("country_workbook", "fraction"),
                              QT_TRANSLATE_NOOP("country_workbook", "0 = prices, 1 = wages")),
    "contribution_density": (QT_TRANSLATE_NOOP("country_workbook", "fraction of a year"), ""),
    "admin_cost_rate": (QT_TRANSLATE_NOOP("country_workbook", "fraction of contributions"), ""),
    "state_subsidy_rate": (QT_TRANSLATE_NOOP("country_workbook", "fraction of expenditure"), ""),
    "wage_dispersion": (QT_TRANSLATE_NOOP("country_workbook", "sd of log wage"),
                        QT_TRANSLATE_NOOP("country_workbook", "spread of earnings within a cohort (10 classes)")),
    "service_spread": (QT_TRANSLATE_NOOP("country_workbook", "fraction"),
                       QT_TRANSLATE_NOOP("country_workbook", "spread of service within a cohort (5 classes)")),
    "contribution_ceiling_to_avg_wage": (
        QT_TRANSLATE_NOOP("country_workbook", "times the average wage"),
        QT_TRANSLATE_NOOP("country_workbook", "wages above it are neither contributed on nor pensioned")),
    "minimum_service_years": (QT_TRANSLATE_NOOP("country_workbook", "years"),
                              QT_TRANSLATE_NOOP("country_workbook", "qualifying period for an old-age pension")),
    "old_age_grant_rate": (
        QT_TRANSLATE_NOOP("country_workbook", "fraction per year of service"),
        QT_TRANSLATE_NOOP("country_workbook", "lump sum, of the reference wage, for those short of the qualifying "
                                              "period")),
    "disability_min_service_years": (QT_TRANSLATE_NOOP("country_workbook", "years"),
                                     QT_TRANSLATE_NOOP("country_workbook", "service needed for a disability pension")),
    "disability_future_service_credit": (
        QT_TRANSLATE_NOOP("country_workbook", "fraction"),
        QT_TRANSLATE_NOOP("country_workbook", "share of the years to the pensionable age credited")),
    "disability_mortality_factor": (QT_TRANSLATE_NOOP("country_workbook", "times qx"),
                                    QT_TRANSLATE_NOOP("country_workbook", "disability pensioners' mortality")),
    "survivor_share": (QT_TRANSLATE_NOOP("country_workbook", "fraction"),
                       QT_TRANSLATE_NOOP("country_workbook", "a spouse's pension, of the deceased's pension")),
    "orphan_share": (QT_TRANSLATE_NOOP("country_workbook", "fraction"),
                     QT_TRANSLATE_NOOP("country_workbook", "each orphan's pension, of the deceased's pension")),
    "orphan_age_limit": (QT_TRANSLATE_NOOP("country_workbook", "years"),
                         QT_TRANSLATE_NOOP("country_workbook", "orphans are paid until this age")),
    "spouse_age_difference": (QT_TRANSLATE_NOOP("country_workbook", "years"),
                              QT_TRANSLATE_NOOP("country_workbook", "husband's age minus wife's")),
    "survivor_min_service_years": (
        QT_TRANSLATE_NOOP("country_workbook", "years"),
        QT_TRANSLATE_NOOP("country_workbook", "service a contributor needs to leave survivors' pensions")),
    "funeral_grant_to_avg_wage": (QT_TRANSLATE_NOOP("country_workbook", "times the average wage"),
                                  QT_TRANSLATE_NOOP("country_workbook", "lump sum on a member's death")),
}
# A workbook without a contributory scheme still needs the scheme keys the reader requires.
NO_SCHEME_RULES = {"contribution_rate": 0.0, "pensionable_age_male": 65, "pensionable_age_female": 65,
                   "accrual_rate": 0.0, "reference_period_years": 5, "revaluation": "wages",
                   "indexation_wage_share": 0.0, "contribution_density": 1.0, "admin_cost_rate": 0.0,
                   "state_subsidy_rate": 0.0}
CHECKLIST_HEADERS = (QT_TRANSLATE_NOOP("country_workbook", "Item"), QT_TRANSLATE_NOOP("country_workbook", "Sheet"),
                     QT_TRANSLATE_NOOP("country_workbook", "Status"),
                     QT_TRANSLATE_NOOP("country_workbook", "What to do"))
PENSIONER_COLUMNS = ("Age", "pensioners_male", "pensioners_female", "pension_male", "pension_female",
                     "disability_pensioners_male", "disability_pensioners_female",
                     "disability_pension_male", "disability_pension_female",
                     "survivors_male", "survivors_female", "survivor_pension_male", "survivor_pension_female",
                     "orphans", "orphan_pension")


@dataclass(frozen=True)
class Stocks:
    """The base-year members and pensioners of a scheme, and the tables they follow from."""

    counts: np.ndarray
    wage: np.ndarray
    service: np.ndarray
    old_age: Stock
    disabled: Stock
    spouses: Stock
    orphans: Stock
    incidence: np.ndarray
    married: np.ndarray
    orphans_per_death: np.ndarray
    orphan_age: np.ndarray
    expenditure: float


@dataclass(frozen=True)
class Built:
    """A built country: the workbook's sheets (not yet written) and what the build log and
    checks read."""

    country: data.Country
    sample: Sample | None
    demography: Demography
    economy: Economy
    stocks: Stocks | None
    sheets: tuple[SheetContents, ...]

    @property
    def workbook(self) -> Workbook:
        return sheets.workbook(self.sheets)

    def save(self, path: str | os.PathLike) -> Path:
        return sheets.save(self.workbook, Path(path))

    def scheme(self) -> Scheme:
        """What the reader makes of the workbook once saved, without writing it (sheets.read)."""
        return sheets.read(self.sheets, f"{self.country.iso3}-{int(self.demography.years[0])}")


def build_country_workbook(country: str | data.Country, base_year: int = 2025, scheme: str = "illustrative",
                           path: str | os.PathLike | None = None) -> Built:
    """Build `country`'s workbook and, where `path` is given, write it (atomically)."""
    built = build(country, base_year, scheme)
    if path is not None:
        built.save(path)
    return built


def build(country: str | data.Country, base_year: int = 2025, scheme: str = "illustrative",
          sample: Sample | None = None) -> Built:
    """The workbook of `country`: `sample` gives the scheme assumptions (a bundled sample's);
    without one, `scheme` says which: the illustrative defaults, or none at all."""
    if scheme not in SCHEMES:
        raise InputError(translate("countries", "--scheme is '{scheme}': choose one of {choices}.").format(
            scheme=scheme, choices=", ".join(SCHEMES)))
    if isinstance(country, str):
        country = data.find_country(country)
    demography = build_demography(country, base_year)
    lfpr = knots_to_ages(sample.lfpr if sample else LFPR)
    employment = (demography.projected * lfpr).sum(axis=(1, 2))
    population = demography.population.astype(float)
    economy = build_economy(country, base_year, employment, float(population.sum()),
                            long_run=sample.economy if sample else None)
    employed = (population * lfpr).sum() * (1 - economy.unemployment[0])
    if sample is None and scheme == "illustrative":
        growth = (data.population_groups(country, base_year).sum()
                  / data.population_groups(country, base_year - 5).sum()) ** 0.2 - 1 \
            if base_year - 5 in data.POPULATION_YEARS else 0.02
        sample = illustrative(country, base_year, economy.long_run,
                              round(WAGE_TO_OUTPUT_PER_WORKER * economy.gdp / employed, -1),
                              demography.improvement, round(float(growth), 3))
    if sample is not None:
        sample = replace(sample, base_year=base_year,
                         economy={**sample.economy, "unemployment_rate": float(economy.unemployment[0])})
    stocks = _stocks(sample, population, demography) if sample else None
    contents = _sheets(country, base_year, sample, demography, economy, stocks, lfpr)
    return Built(country, sample, demography, economy, stocks, contents)


def _stocks(sample: Sample, population: np.ndarray, demography: Demography) -> Stocks:
    counts = contributors(sample, population)
    if counts.sum() == 0:
        raise InputError(translate("countries", "The assumptions give {country} no contributors: raise the "
                                   "coverage.").format(country=sample.country))
    wage = wages(sample, counts)
    service = past_service(sample, counts)
    rules = Rules(sample, counts, wage, service)
    qx = demography.qx
    old_age = Stock(*pensioners(sample, population, rules))
    disabled = disability_stock(sample, population, qx, rules)
    married = np.round(knots_to_ages(sample.married), 4)
    orphans, orphan_age = orphans_per_death(sample, demography.asfr, float(demography.wpp_tfr[0]))
    deaths = member_deaths(sample, population, qx, rules, old_age, disabled)
    spouses = spouse_stock(sample, population, qx, deaths, married, rules)
    paid_orphans = orphan_stock(sample, population, qx, deaths, orphans, orphan_age, rules)
    expenditure = sum(base_expenditure(s.count, s.amount) for s in (old_age, disabled, spouses, paid_orphans))
    return Stocks(counts, wage, service, old_age, disabled, spouses, paid_orphans, disability_incidence(sample),
                  married, orphans, orphan_age, expenditure)


def _age_rows(*columns: np.ndarray, first: int = 0, last: int = 100, blank_zero: bool = False) -> list[list[object]]:
    rows = []
    columns = [np.asarray(c).tolist() for c in columns]    # Python numbers, as the sheet holds them
    for age in range(first, last + 1):
        values = [c[age] for c in columns]
        if blank_zero:
            values = [None if v == 0 else v for v in values]
        rows.append(["100+" if age == 100 else age, *values])
    return rows


def _said(text: str) -> str:
    """One of this module's marked words (RULE_UNITS, EFFECTIVE, the Checklist's headers) in the
    current language."""
    return translate("country_workbook", text)


def _scheme_rows(country: data.Country, base_year: int, sample: Sample | None, stocks: Stocks | None,
                 currency: str) -> list[tuple[str, object, str, str]]:
    horizon = 2100 - base_year
    if sample is None:
        name = translate("country_workbook", "No contributory scheme")
        about = translate("country_workbook", "demography and economy only, for costing a non-contributory pension "
                                              "(Scheme rules set to zero; nobody contributes)")
        rules, note = NO_SCHEME_RULES, translate("country_workbook", "no contributory scheme")
    else:
        name, about, rules, note = said(sample.scheme_name), said(sample.description), sample.rules, said(ILLUSTRATIVE)
    rows = [("country", country.name, "", translate("country_workbook", "UN name; ISO3 {iso3}, M49 {m49}").format(
                iso3=country.iso3, m49=country.m49)),
            ("scheme_name", name, "", about),
            ("currency", currency, "", translate("country_workbook", "ISO 4217 code")),
            ("base_year", base_year, translate("country_workbook", "year"),
             translate("country_workbook", "population at 1 January {year}: WPP 2024's mid-year figure").format(
                 year=base_year)),
            ("horizon", horizon, translate("country_workbook", "years"),
             translate("country_workbook", "projection to 2100, the end of the WPP projections"))]
    for key, (unit, what) in RULE_UNITS.items():
        if key in rules:
            meaning = translate("country_workbook", "{rule}; {status}").format(rule=_said(what), status=note) \
                if what and note else _said(what) if what else note
            rows.append((key, rules[key], _said(unit), meaning))
    if stocks is None:
        rows.append(("initial_reserve", 0, currency, translate("country_workbook", "no contributory scheme")))
    else:
        reserve = round(sample.reserve_years_of_expenditure * stocks.expenditure, -3)
        rows.append(("initial_reserve", reserve, currency, translate(
            "country_workbook", "reserve at 1 January {year} = {years} x the base-year expenditure (all branches); "
                                "{status}").format(
            year=base_year, years=number_said(sample.reserve_years_of_expenditure), status=said(ILLUSTRATIVE))))
    return rows


def _economy_rows(economy: Economy) -> tuple[list, list]:
    keys = [("gdp", economy.gdp, economy.currency, economy.gdp_note)]
    years = [[int(y), economy.inflation[k], economy.real_wage_growth[k], economy.investment_return[k],
              economy.unemployment[k]] for k, y in enumerate(economy.years)]
    return keys, years


def _sheets(country: data.Country, base_year: int, sample: Sample | None, demography: Demography,
              economy: Economy, stocks: Stocks | None, lfpr: np.ndarray) -> tuple[SheetContents, ...]:
    out: list[SheetContents] = []
    out.append(key_sheet("Scheme", _scheme_rows(country, base_year, sample, stocks, economy.currency)))
    keys, years = _economy_rows(economy)
    out.append(key_sheet("Economy", keys))
    out.append(table("EconomyByYear", ("Year", "inflation", "real_wage_growth", "investment_return",
                                    "unemployment_rate"), years))
    improvement_note = translate(
        "country_workbook", "annual qx improvement after the last MortalityByYear anchor, WPP's pace over its last "
                            "decade ({pace}); tfr, net_migration and sex_ratio_at_birth are paths in "
                            "DemographyByYear").format(pace=number_said(demography.improvement, ".2%"))
    per_year = translate("country_workbook", "fraction per year")
    out.append(key_sheet("Demography", [("mortality_improvement_male", round(demography.improvement, 5),
                                      per_year, improvement_note),
                                     ("mortality_improvement_female", round(demography.improvement, 5),
                                      per_year, improvement_note)]))
    out.append(table("DemographyByYear", ("Year", "tfr", "net_migration", "sex_ratio_at_birth"),
              [[int(y), round(float(t), 6), round(float(m), 2), round(float(s), 6)]
               for y, t, m, s in zip(demography.years, demography.tfr, demography.net_migration,
                                     demography.sex_ratio)]))
    population = demography.population
    out.append(table("Population", ("Age", "Male", "Female"), _age_rows(population[0], population[1])))
    out.append(table("Mortality", ("Age", "qx_male", "qx_female"), _age_rows(*np.round(demography.qx, 8))))
    out.append(table("MortalityByYear", ("Year", "Age", "qx_male", "qx_female"),
              [[year, *row] for year, q in demography.anchors.items() for row in _age_rows(*np.round(q, 8))]))
    out.append(table("Fertility", ("Age", "asfr"),
                     [[15 + i, round(float(v), 8)] for i, v in enumerate(demography.asfr)]))
    out.append(table("Labour", ("Age", "lfpr_male", "lfpr_female"), _age_rows(*np.round(lfpr, 4))))
    zeros = np.zeros((2, 101))
    counts, wage, service = (stocks.counts, stocks.wage, stocks.service) if stocks else (zeros, zeros, zeros)
    out.append(table("Contributors", ("Age", "contributors_male", "contributors_female", "wage_male", "wage_female",
                                   "service_male", "service_female"),
              _age_rows(*counts, *wage, *service, blank_zero=True)))
    if stocks is None:
        out.append(table("Pensioners", PENSIONER_COLUMNS[:5], _age_rows(*zeros, *zeros, blank_zero=True)))
    else:
        out.append(table("Pensioners", PENSIONER_COLUMNS,
                  _age_rows(*stocks.old_age.count, *stocks.old_age.amount, *stocks.disabled.count,
                            *stocks.disabled.amount, *stocks.spouses.count, *stocks.spouses.amount,
                            stocks.orphans.count, stocks.orphans.amount)))
        out.append(table("Disability", ("Age", "incidence_male", "incidence_female"), _age_rows(*stocks.incidence)))
        out.append(table("Survivors", ("Age", "married_male", "married_female", "orphans_male", "orphans_female",
                                    "orphan_age_male", "orphan_age_female"),
                  _age_rows(*stocks.married, *stocks.orphans_per_death, *stocks.orphan_age)))
    out.append(table("Migration", ("Age", "Male", "Female"), _age_rows(*np.round(demography.profile, 6))))
    out.append(text_sheet("Sources", _sources(country, demography, economy, sample)))
    out.append(table("Checklist", tuple(_said(header) for header in CHECKLIST_HEADERS),
                     _checklist(country, sample, economy), fitted=(0, 1, 2)))
    return tuple(out)


def _sources(country: data.Country, demography: Demography, economy: Economy,
             sample: Sample | None) -> list[tuple[str, str]]:
    rows = [(said(item), said(text)) for item, text in data.SOURCES]
    rows += [
        ("Population", translate(
            "country_workbook", "WPP 2024 population by sex and 5-year group (mid-year, used as 1 January of the base "
                                "year), graduated to single ages with a monotone cubic (PCHIP) spline through the "
                                "cumulative counts; every group total kept to the person.")),
        ("Mortality, MortalityByYear", translate(
            "country_workbook", "WPP 2024 central death rates nmx, log-linear between periods to the middle of each "
                                "workbook year; single-age forces fitted so that every 5-year group's life-table "
                                "death rate equals WPP's nmx; qx = 1 - L(x+1)/L(x). Anchors every 5 years.")),
        ("Fertility", translate(
            "country_workbook", "WPP 2024 age pattern of fertility of the base year, graduated to single ages 15-49.")),
        ("DemographyByYear", translate(
            "country_workbook", "Effective paths, one row a year: {effective}. The TFR and sex ratio make the spec's "
                                "newborns equal WPP's (births from WPP's TFR and age pattern, surviving to the year's "
                                "end, plus migrants aged 0); net migration scales the Migration profile so that the "
                                "population aged 1 and over follows WPP's flows by age. WPP's own TFR in the first "
                                "year: {tfr}; net migration {migration}.").format(
                effective=_said(EFFECTIVE), tfr=number_said(demography.wpp_tfr[0], ".3f"),
                migration=number_said(demography.wpp_net_migration[0], ",.0f"))),
        ("Migration", translate(
            "country_workbook", "WPP 2024 net migrants by sex and 5-year age (ages at the end of the year), "
                                "graduated; the one age-sex profile that best fits all years' flows (least squares), "
                                "scaled to sum 1000. A year's migrants at an age are net_migration x the profile's "
                                "share there: where the two have opposite signs, people leave.")),
        ("Economy", f"gdp: {economy.gdp_note}. " + " ".join(f"{k}: {v}." for k, v in economy.sources.items())),
    ]
    if sample is not None:
        men, women, how = covered_share(country)
        rows.append(("Contributors", translate(
            "country_workbook", "Coverage of the employed: men {men}, women {women} ({how}). Wages, past service and "
                                "the pensioners are illustrative.").format(
                men=number_said(men, ".1%"), women=number_said(women, ".1%"), how=how)))
        rows += list(sample.notes)
    return rows


def _checklist(country: data.Country, sample: Sample | None, economy: Economy) -> list[list[str]]:
    todo = translate("country_workbook", "default: replace")
    rows = [
        [translate("country_workbook", "GDP"), "Economy",
         translate("country_workbook", "PLACEHOLDER: replace") if economy.placeholder_gdp
         else translate("country_workbook", "from data: check"),
         translate("country_workbook", "National accounts GDP of the base year, in the currency of the Scheme sheet.")],
        [translate("country_workbook", "Economic paths"), "EconomyByYear",
         translate("country_workbook", "IMF WEO to 2029, then assumptions: review"),
         translate("country_workbook", "The ministry's macro framework; long-run inflation, real wage growth and "
                                       "return.")],
        [translate("country_workbook", "Labour-force participation"), "Labour", todo,
         translate("country_workbook", "Participation by age and sex from the latest labour force survey (ILOSTAT).")],
        [translate("country_workbook", "Demography"),
         "Population, Mortality, MortalityByYear, Fertility, DemographyByYear, Migration",
         translate("country_workbook", "from WPP 2024: keep"),
         translate("country_workbook", "Replace only with a national projection, as a whole.")],
    ]
    if sample is None:
        rows.append([translate("country_workbook", "Contributory scheme"), "Scheme, Contributors, Pensioners",
                     translate("country_workbook", "none"),
                     translate("country_workbook", "Nothing to fill in for a non-contributory pension: set "
                                                   "basic_pension_* on the Scheme sheet or use the basic-pension "
                                                   "lever.")])
        return rows
    return rows + [
        [translate("country_workbook", "Scheme rules"), "Scheme", todo,
         translate("country_workbook", "Contribution rate, pensionable ages, accrual, reference period, indexation, "
                                       "qualifying periods, survivors' terms: from the scheme's law.")],
        [translate("country_workbook", "Contributors, wages, past service"), "Contributors", todo,
         translate("country_workbook", "Active contributors by age and sex, their average insurable wage and credited "
                                       "service.")],
        [translate("country_workbook", "Pensioners"), "Pensioners", todo,
         translate("country_workbook", "Old-age, disability, spouse and orphan pensioners by age and sex and their "
                                       "average pensions, from the scheme's payroll.")],
        [translate("country_workbook", "Disability and survivors"), "Disability, Survivors", todo,
         translate("country_workbook", "Disability incidence and the share of members leaving an entitled spouse, "
                                       "from scheme experience.")],
        [translate("country_workbook", "Reserve"), "Scheme (initial_reserve)", todo,
         translate("country_workbook", "Reserve at 1 January of the base year.")],
        [translate("country_workbook", "Currency"), "Scheme (currency)", translate("country_workbook", "from ISO "
                                                                                                       "4217: check"),
         translate("country_workbook", "The currency the amounts are in.")],
    ]
