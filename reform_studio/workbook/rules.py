"""Rules that span sheets (spec sections 2, 7, 9 and 14), checked on every part that was read.

Which keys are required depends on the other sheets: a quantity given by a year table must
not also be a key, `tfr` in DemographyByYear replaces the three tfr keys, improvement
columns in Mortality replace the two improvement keys. The reference period must fit in
every pensionable age of the baseline, Schedule included; net migration needs a profile;
orphans on the Survivors and Pensioners sheets are below the Scheme's orphan age limit.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from reform_studio.engine.errors import Problem
from reform_studio.i18n import translate
from reform_studio.workbook import layout
from reform_studio.workbook.cells import show_number
from reform_studio.workbook.grid import Book
from reform_studio.workbook.keys import KeyValues
from reform_studio.workbook.tables import AgeColumns, YearColumns, age_ranges

PENSIONABLE_AGES = ("pensionable_age_male", "pensionable_age_female")
TFR_KEYS = ("tfr", "tfr_target", "tfr_target_year")
IMPROVEMENT_KEYS = ("mortality_improvement_male", "mortality_improvement_female")


@dataclass(frozen=True)
class Parts:
    """Everything read from the workbook, checked cell by cell, before it becomes a Scheme.

    An age table that could not be read at all (sheet missing, header or a required column
    absent) is None; every rule skips what it needs and is None, so the rules still run on
    the rest. A refused cell was reported once and reads as 0 here, not checked again."""

    scheme: KeyValues
    economy: KeyValues
    economy_years: YearColumns
    demography: KeyValues
    demography_years: YearColumns
    tables: dict[str, AgeColumns | None]
    qx_by_year: dict[int, np.ndarray]
    schedule: YearColumns
    migration_sheet: bool

    @property
    def complete(self) -> bool:
        """Every required age table could be read (a missing or unusable one is reported)."""
        return all(self.tables.get(name) is not None for name in layout.REQUIRED_SHEETS
                   if name not in layout.KEY_SHEETS)

    @property
    def base_year(self) -> int:
        return int(self.scheme.get("base_year"))

    @property
    def migration_in_use(self) -> bool:
        """A Migration sheet whose profile sums to zero cannot be normalised: as good as none."""
        profile = self.tables.get("Migration")
        return profile is not None and sum(float(v.sum()) for v in profile.arrays.values()) != 0


def check_sheets(book: Book, problems: list[Problem]) -> bool:
    """Report missing or mistyped sheets; False when this is not an input workbook at all."""
    if not book.titles:
        problems.append(Problem(translate("rules", "the workbook has no sheets: start from the template "
                                                   "(reform-studio template).")))
        return False
    if not any(book.get(name) for name in layout.ALL_SHEETS):
        problems.append(Problem(translate("rules", "none of the sheets of an input workbook ({sheets}) was found: "
                                                   "this does not look like a Reform Studio input workbook; start "
                                                   "from the template (reform-studio template).").format(
            sheets=", ".join(layout.REQUIRED_SHEETS))))
        return False
    for name in layout.ALL_SHEETS:
        if book.get(name) is not None:
            continue
        near = book.near_miss(name)
        hint = translate("rules", " (the sheet '{near}' looks like it: rename it '{name}')").format(
            near=near, name=name) if near else ""
        if name in layout.REQUIRED_SHEETS:
            problems.append(Problem(translate("rules", "the sheet '{name}' is missing{hint}.").format(
                name=name, hint=hint), name))
        elif near:
            problems.append(Problem(translate("rules", "the optional sheet '{name}' was not found{hint}; sheet names "
                                                       "are matched ignoring case and outer spaces only.").format(
                name=name, hint=hint), near))
    return True


def check_parts(parts: Parts, problems: list[Problem]) -> None:
    _required_keys(parts, problems)
    _base_year_rules(parts, problems)
    _reference_period(parts, problems)
    _basic_pension(parts.scheme, problems)
    _migration(parts, problems)
    _orphan_ages(parts, problems)
    if not problems and parts.complete:
        _something_to_project(parts, problems)


def _exclusive(name: str, keys: KeyValues, table: YearColumns, problems: list[Problem]) -> None:
    """A quantity comes from its year table or from its key, never both, and from one."""
    if name in table:
        if keys.given(name) or name in keys.failed:
            problems.append(keys.not_allowed(name, translate("rules", "sheet '{sheet}' gives it year by year").format(
                sheet=table.sheet)))
    elif keys.absent(name):
        problems.append(keys.missing(name, translate("rules", " (or give it year by year on sheet '{sheet}')").format(
            sheet=table.sheet)))


def _required_keys(parts: Parts, problems: list[Problem]) -> None:
    s, d = parts.scheme, parts.demography
    for spec in layout.SCHEME_KEYS:
        if spec.required and s.absent(spec.name):
            problems.append(s.missing(spec.name))
    if parts.economy.absent("gdp"):
        problems.append(parts.economy.missing("gdp"))
    for name in ("inflation", "real_wage_growth", "investment_return", "unemployment_rate"):
        _exclusive(name, parts.economy, parts.economy_years, problems)
    for name in ("net_migration", "sex_ratio_at_birth"):
        _exclusive(name, d, parts.demography_years, problems)
    if "tfr" in parts.demography_years:
        for name in TFR_KEYS:
            if d.given(name) or name in d.failed:
                problems.append(d.not_allowed(name, translate(
                    "rules", "the tfr column of sheet 'DemographyByYear' replaces the tfr keys")))
    else:
        problems += [d.missing(name) for name in TFR_KEYS if d.absent(name)]
    mortality = parts.tables.get("Mortality")
    if mortality is not None and "improvement_male" in mortality:
        for name in IMPROVEMENT_KEYS:
            if d.given(name) or name in d.failed:
                problems.append(d.not_allowed(name, translate("rules", "the Mortality sheet has improvement columns")))
    elif mortality is not None:
        problems += [d.missing(name, translate("rules", " (or give improvement_male and improvement_female columns "
                                                        "on sheet 'Mortality')"))
                     for name in IMPROVEMENT_KEYS if d.absent(name)]


def _base_year_rules(parts: Parts, problems: list[Problem]) -> None:
    base, target = parts.scheme.get("base_year"), parts.demography.get("tfr_target_year")
    if base is not None and target is not None and target <= base:
        problems.append(Problem(translate("rules", "tfr_target_year is {target}, not after the base year {base}: the "
                                                   "target is reached in a later year.").format(target=target, base=base),
                                parts.demography.sheet, parts.demography.cell("tfr_target_year")))


def _reference_period(parts: Parts, problems: list[Problem]) -> None:
    """`reference_period_years <= R - 15` for both sexes in every baseline year (spec 7)."""
    s = parts.scheme
    period = s.get("reference_period_years")
    if period is None:
        return
    ages = [(s.get(name), name) for name in PENSIONABLE_AGES if s.get(name) is not None]
    if ages:
        age, name = min(ages)
        if period > age - 15:
            problems.append(Problem(translate(
                "rules", "reference_period_years is {period}, longer than {name} ({age}) - 15 = {limit}: the "
                "reference period must fit in a working life from age 15.").format(
                period=period, name=name, age=age, limit=age - 15), s.sheet, s.cell("reference_period_years")))
    for name in PENSIONABLE_AGES:
        for year, age in parts.schedule.values.get(name, ()):
            if period > age - 15:
                problems.append(Problem(translate(
                    "rules", "{name} for {year} is {age}, so reference_period_years ({period}) is longer than the "
                    "age - 15 = {limit}: raise this age to at least {least} or shorten the reference period.").format(
                    name=name, year=year, age=show_number(age), period=period, limit=show_number(age - 15),
                    least=period + 15), parts.schedule.sheet, parts.schedule.cells[name, year]))


def _basic_pension(s: KeyValues, problems: list[Problem]) -> None:
    enabled = s.get("basic_pension_enabled")
    if enabled is True:
        for name in ("basic_pension_age", "basic_pension_level_to_gdp_per_capita"):
            if s.absent(name):
                problems.append(s.missing(name, translate("rules", " when basic_pension_enabled is TRUE")))
        return


def _migration(parts: Parts, problems: list[Problem]) -> None:
    """Non-zero net migration needs an age-sex profile to spread it over (spec 2)."""
    d, table = parts.demography, parts.demography_years
    if "net_migration" in table:
        flows = [(v, table.sheet, table.cells["net_migration", y])
                 for y, v in table.values["net_migration"]]
    else:
        flows = [(d.get("net_migration"), d.sheet, d.cell("net_migration"))]
    nonzero = [flow for flow in flows if flow[0]]
    if not nonzero:
        return
    value, sheet, cell = nonzero[0]
    if not parts.migration_sheet:
        problems.append(Problem(translate("rules", "net migration is {value} but the workbook has no Migration sheet: "
                                                   "add one with the age and sex profile of migrants, or write 0 for "
                                                   "no migration.").format(value=show_number(value)), sheet, cell))
    elif parts.tables.get("Migration") is not None and not parts.migration_in_use:
        problems.append(Problem(translate("rules", "the profile sums to 0 over all ages, so a net migration of {value} "
                                                   "cannot be spread over ages: fill in the profile.").format(
            value=show_number(value)), "Migration"))


def _orphan_ages(parts: Parts, problems: list[Problem]) -> None:
    """Orphans are paid below the orphan age limit (spec 14): the age at the death on the
    Survivors sheet is below it, and nobody at or above it is in the base-year stock."""
    s = parts.scheme
    if "orphan_age_limit" in s.failed:
        return  # already reported; any limit assumed here would be a guess
    limit = s.get("orphan_age_limit", layout.SCHEME_SPECS["orphan_age_limit"].default)
    source = (translate("rules", "the Scheme key orphan_age_limit in {cell}").format(cell=s.cell("orphan_age_limit"))
              if s.given("orphan_age_limit") else translate("rules", "the default; orphan_age_limit is not given"))
    checks = []
    survivors, pensioners = parts.tables.get("Survivors"), parts.tables.get("Pensioners")
    if survivors is not None:
        checks += [(survivors, name, survivors[name] >= limit,
                    translate("rules", "{limit} or more").format(limit=limit),
                    translate("rules", "lower it, or raise orphan_age_limit"))
                   for name in ("orphan_age_male", "orphan_age_female")]
    if pensioners is not None and "orphans" in pensioners:
        checks += [(pensioners, name, (pensioners[name] != 0) & (np.arange(101) >= limit), translate("rules", "not 0"),
                    translate("rules", "leave it blank or 0 from age {limit} up, or raise orphan_age_limit").format(
                        limit=limit))
                   for name in ("orphans", "orphan_pension")]
    for table, name, wrong, what, fix in checks:
        ages = [int(a) for a in np.flatnonzero(wrong)]
        if ages:
            first = table.cell(name, ages[0])
            sentence = (translate("rules", "{name} is {what} at ages {ages} (first in {first}), but orphans are paid "
                                           "only below the orphan age limit, {limit} ({source}): {fix}.")
                        if len(ages) > 1 else
                        translate("rules", "{name} is {what} at age {ages} (first in {first}), but orphans are paid "
                                           "only below the orphan age limit, {limit} ({source}): {fix}."))
            problems.append(Problem(sentence.format(name=name, what=what, ages=age_ranges(ages), first=first,
                                                    limit=limit, source=source, fix=fix), table.sheet, first))


def _something_to_project(parts: Parts, problems: list[Problem]) -> None:
    """Whole-table sums the engine divides by; a clean but empty table would give NaN."""
    t = parts.tables
    population = np.stack([t["Population"]["Male"], t["Population"]["Female"]])
    lfpr = np.stack([t["Labour"]["lfpr_male"], t["Labour"]["lfpr_female"]])
    if population.sum() <= 0:
        problems.append(Problem(translate("rules", "the population is 0 at every age."), "Population"))
    elif (population * lfpr).sum() <= 0:
        problems.append(Problem(translate("rules", "nobody is in the labour force (lfpr times population is 0 at every "
                                                   "age): GDP and wages cannot be projected."), "Labour"))
    if t["Fertility"]["asfr"].sum() <= 0:
        problems.append(Problem(translate("rules", "asfr is 0 at every age: births cannot be spread over the ages of "
                                                   "mothers."), "Fertility"))
