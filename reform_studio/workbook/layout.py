"""Template version 1 (spec section 9) as data: sheets, keys and columns with their checks.

The reader checks against these tables and the template writer lays them out, with the same
units, notes and example values, so the blank template and the reader cannot drift apart.
The examples form a small valid scheme (the template reads back as a Scheme).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Callable

from reform_studio.engine.scheme import REVALUATION_METHODS, TARGETING
from reform_studio.workbook import cells
from reform_studio.workbook.cells import CellError

TEMPLATE_VERSION = 1
Parse = Callable[[object, str], object]


def _positive(raw: object, what: str) -> float:
    value = cells.number(raw, what)
    if value <= 0:
        raise CellError(f"{what} is {value:g}: it must be above 0.")
    return value


def _tfr(raw: object, what: str) -> float:
    value = cells.number(raw, what)
    if not 0 <= value <= 15:
        raise CellError(f"{what} is {value:g}: give children per woman, between 0 and 15 "
                        "(e.g. 2.1).")
    return value


def _sex_ratio(raw: object, what: str) -> float:
    value = cells.number(raw, what)
    if 80 <= value <= 130:
        raise CellError(f"{what} is {value:g}, which looks like males per 100 females: "
                        f"write {value / 100:g} for {value:g}.")
    if not 0.5 <= value <= 2:
        raise CellError(f"{what} is {value:g}: give males born per female, "
                        "between 0.5 and 2 (e.g. 1.05).")
    return value


_fraction = cells.fraction
_optional_rate = partial(cells.fraction, positive=True)
_below_one = partial(cells.fraction, below_one=True)
_age = cells.pension_age
_basic_pension_age = partial(cells.whole, low=0, high=100)
_horizon = partial(cells.whole, low=10, high=150)
_ref_period = partial(cells.whole, low=1)
_revaluation = partial(cells.choice, options=REVALUATION_METHODS)
_targeting = partial(cells.choice, options=TARGETING)


@dataclass(frozen=True)
class KeySpec:
    """One `Parameter | Value` row: its check, whether it must be given, and template text."""

    name: str
    parse: Parse
    required: bool = True
    unit: str = ""
    note: str = ""
    example: object = None
    validation: str = ""  # template data validation: 'rate', 'age', 'count' or ''


@dataclass(frozen=True)
class Column:
    """One column of an age or year table, found by its header text."""

    header: str
    parse: Parse
    validation: str = ""


@dataclass(frozen=True)
class AgeTable:
    sheet: str
    columns: tuple[Column, ...]
    ages: range = range(0, 101)
    blank_is_zero: bool = False
    optional_columns: tuple[Column, ...] = ()  # present together or not at all


@dataclass(frozen=True)
class YearTable:
    sheet: str
    columns: tuple[Column, ...]  # any subset may be present


SCHEME, ECONOMY, DEMOGRAPHY = "Scheme", "Economy", "Demography"
ECONOMY_BY_YEAR, DEMOGRAPHY_BY_YEAR, SCHEDULE = "EconomyByYear", "DemographyByYear", "Schedule"
MORTALITY_BY_YEAR = "MortalityByYear"

SCHEME_KEYS = (
    KeySpec("country", cells.text, False, "", "optional label", "Exampleland"),
    KeySpec("scheme_name", cells.text, False, "", "optional label (default: the file name)",
            "Example pension scheme"),
    KeySpec("currency", cells.text, False, "", "optional label", "EXC"),
    KeySpec("base_year", cells.year, True, "year", "first projection year; data are at 1 January",
            2025),
    KeySpec("horizon", _horizon, False, "years", "10 to 150; empty = 75", 50),
    KeySpec("contribution_rate", _fraction, True, "fraction", "of the insurable wage (0.18 = 18 %)",
            0.18, "rate"),
    KeySpec("pensionable_age_male", _age, True, "years", "whole number, 40 to 80", 62, "age"),
    KeySpec("pensionable_age_female", _age, True, "years", "whole number, 40 to 80", 60, "age"),
    KeySpec("accrual_rate", _fraction, True, "fraction per year",
            "pension per year of service, of the reference wage", 0.015, "rate"),
    KeySpec("reference_period_years", _ref_period, True, "years",
            "final years averaged; at most pensionable age - 15", 10),
    KeySpec("revaluation", _revaluation, True, "", "none | prices | wages", "wages"),
    KeySpec("indexation_wage_share", _fraction, True, "fraction", "0 = prices, 1 = wages", 0.5,
            "rate"),
    KeySpec("contribution_density", _fraction, True, "fraction", "share of a year contributed",
            0.9, "rate"),
    KeySpec("admin_cost_rate", _fraction, True, "fraction", "of contribution income", 0.02,
            "rate"),
    KeySpec("state_subsidy_rate", _fraction, True, "fraction", "of benefit expenditure", 0.0,
            "rate"),
    KeySpec("initial_reserve", cells.number, True, "currency", "reserve at 1 January base year",
            500_000_000),
    KeySpec("minimum_pension_to_avg_wage", _optional_rate, False, "fraction",
            "optional: floor on new pensions, of the average wage; empty = none", 0.25, "rate"),
    KeySpec("maximum_replacement_rate", _optional_rate, False, "fraction",
            "optional: cap on new pensions, of the own reference wage; empty = none", None,
            "rate"),
    KeySpec("basic_pension_enabled", cells.flag, False, "TRUE/FALSE",
            "optional non-contributory pension from the state budget", False),
    KeySpec("basic_pension_age", _basic_pension_age, False, "years",
            "required when the basic pension is enabled", 70),
    KeySpec("basic_pension_level_to_gdp_per_capita", _fraction, False, "fraction",
            "required when enabled: benefit as a share of GDP per capita", 0.1, "rate"),
    KeySpec("basic_pension_targeting", _targeting, False, "",
            "universal | pension_tested; empty = universal", "universal"),
    KeySpec("basic_pension_take_up", _fraction, False, "fraction", "empty = 1", 1.0, "rate"),
    KeySpec("basic_pension_admin_share", _fraction, False, "fraction", "empty = 0", 0.0, "rate"),
    KeySpec("basic_pension_from_year", cells.year, False, "year",
            "empty = in force from the base year", None),
)

ECONOMY_KEYS = (
    KeySpec("gdp", _positive, True, "currency", "nominal GDP in the base year", 20_000_000_000),
    KeySpec("inflation", cells.growth, True, "fraction", "annual; or give it in EconomyByYear",
            0.03),
    KeySpec("real_wage_growth", cells.growth, True, "fraction", "annual, above inflation", 0.015),
    KeySpec("investment_return", cells.growth, True, "fraction", "annual, nominal", 0.05),
    KeySpec("unemployment_rate", _below_one, True, "fraction", "of the labour force", 0.07,
            "rate"),
)

DEMOGRAPHY_KEYS = (
    KeySpec("tfr", _tfr, True, "children per woman",
            "in the base year; not given where DemographyByYear has tfr", 1.9),
    KeySpec("tfr_target", _tfr, True, "children per woman", "reached in tfr_target_year", 1.7),
    KeySpec("tfr_target_year", cells.year, True, "year", "after the base year", 2060),
    KeySpec("sex_ratio_at_birth", _sex_ratio, True, "males per female", "e.g. 1.05", 1.05),
    KeySpec("mortality_improvement_male", cells.growth, True, "fraction per year",
            "not given where Mortality has improvement columns", 0.01),
    KeySpec("mortality_improvement_female", cells.growth, True, "fraction per year",
            "not given where Mortality has improvement columns", 0.01),
    KeySpec("net_migration", cells.number, True, "persons per year",
            "0 for none; non-zero needs the Migration sheet", 0),
)

KEY_SHEETS = {SCHEME: SCHEME_KEYS, ECONOMY: ECONOMY_KEYS, DEMOGRAPHY: DEMOGRAPHY_KEYS}


def _by_sex(prefix: str, parse: Parse, validation: str = "") -> tuple[Column, Column]:
    return (Column(f"{prefix}male", parse, validation),
            Column(f"{prefix}female", parse, validation))


POPULATION = AgeTable("Population", (Column("Male", cells.count, "count"),
                                     Column("Female", cells.count, "count")))
MORTALITY = AgeTable("Mortality", _by_sex("qx_", cells.probability, "rate"),
                     optional_columns=_by_sex("improvement_", cells.growth))
FERTILITY = AgeTable("Fertility", (Column("asfr", cells.count),), ages=range(15, 50))
LABOUR = AgeTable("Labour", _by_sex("lfpr_", cells.fraction, "rate"), blank_is_zero=True)
CONTRIBUTORS = AgeTable("Contributors", _by_sex("contributors_", cells.count, "count")
                        + _by_sex("wage_", cells.count, "count")
                        + _by_sex("service_", cells.count, "count"), blank_is_zero=True)
PENSIONERS = AgeTable("Pensioners", _by_sex("pensioners_", cells.count, "count")
                      + _by_sex("pension_", cells.count, "count"), blank_is_zero=True)
# A net-migration profile may be negative at ages where people leave (spec 9: "any scale").
MIGRATION = AgeTable("Migration", (Column("Male", cells.number),
                                   Column("Female", cells.number)), blank_is_zero=True)
AGE_TABLES = (POPULATION, MORTALITY, FERTILITY, LABOUR, CONTRIBUTORS, PENSIONERS, MIGRATION)

ECONOMY_YEARS = YearTable(ECONOMY_BY_YEAR, tuple(
    Column(k.name, k.parse) for k in ECONOMY_KEYS if k.name != "gdp"))
DEMOGRAPHY_YEARS = YearTable(DEMOGRAPHY_BY_YEAR, (
    Column("tfr", _tfr), Column("net_migration", cells.number),
    Column("sex_ratio_at_birth", _sex_ratio)))
SCHEDULE_YEARS = YearTable(SCHEDULE, (
    Column("contribution_rate", _fraction, "rate"), Column("pensionable_age_male", _age, "age"),
    Column("pensionable_age_female", _age, "age")))

REQUIRED_SHEETS = (SCHEME, ECONOMY, DEMOGRAPHY, "Population", "Mortality", "Fertility", "Labour",
                   "Contributors", "Pensioners")
OPTIONAL_SHEETS = (ECONOMY_BY_YEAR, DEMOGRAPHY_BY_YEAR, MORTALITY_BY_YEAR, "Migration", SCHEDULE)
ALL_SHEETS = (SCHEME, ECONOMY, ECONOMY_BY_YEAR, DEMOGRAPHY, DEMOGRAPHY_BY_YEAR, "Population",
              "Mortality", MORTALITY_BY_YEAR, "Fertility", "Labour", "Contributors", "Pensioners",
              "Migration", SCHEDULE)
