"""`read_scheme(path)`: an input workbook (template version 2, spec 9 and 16) -> `Scheme`.

Every sheet is read and checked before anything is built, and every problem found is raised
together in one `InputError`, each with its sheet and cell, because an official fixing a
workbook wants the whole list at once. Cross-sheet rules live in `rules`; here the parts are
read in spec order, the cross-sheet rules run on whatever parts could be read (so that a
problem on one sheet never hides one that spans two others), and only a workbook with no
problem at all is assembled into the frozen Scheme.
"""
from __future__ import annotations

import os
from pathlib import Path
from types import MappingProxyType

import numpy as np

from reform_studio.engine.errors import InputError, Problem
from reform_studio.engine.scheme import (BasicPension, Disability, Scheme, Survivors, YearPath,
                                         frozen_array, zeros_by_sex)
from reform_studio.workbook import layout, rules
from reform_studio.workbook.grid import Book
from reform_studio.workbook.keys import KeyValues, read_keys
from reform_studio.workbook.safety import open_checked
from reform_studio.workbook.source import load_book
from reform_studio.workbook.tables import (AgeColumns, YearColumns, read_age_table,
                                           read_mortality_by_year, read_year_table)


def read_scheme(path: str | os.PathLike) -> Scheme:
    """Read and check the workbook at `path`; raise `InputError` listing every problem."""
    path = Path(path)
    with open_checked(path) as stream:
        book = load_book(path, stream)
    return scheme_from_book(book, path.stem, path.name)


def scheme_from_book(book: Book, name: str, source: str) -> Scheme:
    """Check and assemble a workbook's grid (from a file, or built in memory by a country's
    builder): the same checks either way; `source` names it in the problems."""
    problems: list[Problem] = []
    if not rules.check_sheets(book, problems):
        raise InputError(problems, source=source)
    parts = _read_parts(book, problems)
    # cross-sheet rules run even where an unrelated sheet had problems: each rule checks only
    # the parts that were read (a sheet that could not be read is None and skipped there)
    rules.check_parts(parts, problems)
    if problems or not parts.complete:
        raise InputError(problems, source=source)
    return _assemble(parts, name)


def read_scheme_with(path: str | os.PathLike, sheet: str) -> tuple[Scheme, dict[str, float]]:
    """The scheme and the given keys of one analysis sheet (`layout.STOCHASTIC`,
    `layout.SENSITIVITY_TESTS`) from one reading of the file, for a command that needs both."""
    path = Path(path)
    with open_checked(path) as stream:
        book = load_book(path, stream)
    return scheme_from_book(book, path.stem, path.name), _given_keys(book, sheet, path.name)


def read_stochastic(path: str | os.PathLike) -> dict[str, float]:
    """The Stochastic sheet's keys that are given (empty where the sheet is absent): the
    volatilities of stochastic projections; the engine fills in its defaults."""
    return _analysis_keys(path, layout.STOCHASTIC)


def read_sensitivity_tests(path: str | os.PathLike) -> dict[str, float]:
    """The SensitivityTests sheet's keys that are given (empty where the sheet is absent):
    `<assumption>_low` / `_high` settings replacing the standard set's."""
    return _analysis_keys(path, layout.SENSITIVITY_TESTS)


def _analysis_keys(path: str | os.PathLike, sheet: str) -> dict[str, float]:
    path = Path(path)
    with open_checked(path) as stream:
        book = load_book(path, stream)
    return _given_keys(book, sheet, path.name)


def _given_keys(book: Book, sheet: str, source: str) -> dict[str, float]:
    problems: list[Problem] = []
    keys = _optional_keys(book, sheet, problems)
    if problems:
        raise InputError(problems, source=source)
    return {name: float(entry.value) for name, entry in keys.entries.items()}


def _optional_keys(book: Book, sheet: str, problems: list[Problem]) -> KeyValues:
    """An optional analysis sheet (Stochastic, SensitivityTests), checked with the rest when a
    workbook is read."""
    found = book.get(sheet)
    if found is None:
        return KeyValues(sheet, sheet_found=False)
    elsewhere = {spec.name: other for other, specs in layout.KEY_SHEETS.items() for spec in specs}
    return read_keys(found, layout.ANALYSIS_KEY_SHEETS[sheet], elsewhere, problems)


def _keys(book: Book, sheet: str, problems: list[Problem]) -> KeyValues:
    elsewhere = {spec.name: other for other, specs in layout.KEY_SHEETS.items() if other != sheet
                 for spec in specs}
    found = book.get(sheet)
    if found is None:
        return KeyValues(sheet, sheet_found=False)
    return read_keys(found, layout.KEY_SHEETS[sheet], elsewhere, problems)


def _read_parts(book: Book, problems: list[Problem]) -> rules.Parts:
    scheme = _keys(book, layout.SCHEME, problems)
    base_year = scheme.get("base_year")

    def years(table: layout.YearTable, after: int | None) -> YearColumns:
        sheet = book.get(table.sheet)
        return YearColumns(table.sheet) if sheet is None else \
            read_year_table(sheet, table, after, problems)

    def ages(table: layout.AgeTable) -> AgeColumns | None:
        sheet = book.get(table.sheet)
        return None if sheet is None else read_age_table(sheet, table, problems)

    economy = _keys(book, layout.ECONOMY, problems)
    economy_years = years(layout.ECONOMY_YEARS, None)
    demography = _keys(book, layout.DEMOGRAPHY, problems)
    demography_years = years(layout.DEMOGRAPHY_YEARS, None)
    tables = {table.sheet: ages(table) for table in layout.AGE_TABLES}
    later_qx = book.get(layout.MORTALITY_BY_YEAR)
    qx_by_year = {} if later_qx is None else read_mortality_by_year(
        later_qx, layout.MORTALITY.columns, base_year, problems)
    schedule = years(layout.SCHEDULE_YEARS, base_year)
    for sheet in layout.ANALYSIS_KEY_SHEETS:  # read by their commands; a wrong value refuses the workbook now
        _optional_keys(book, sheet, problems)
    return rules.Parts(scheme, economy, economy_years, demography, demography_years, tables,
                       qx_by_year, schedule, migration_sheet=book.get("Migration") is not None)


def _path(parts: rules.Parts, name: str) -> YearPath:
    """A year table's path where it gives `name`, else the key as a constant from t0."""
    for keys, table in ((parts.economy, parts.economy_years),
                        (parts.demography, parts.demography_years)):
        if name in table:
            years, values = zip(*table.values[name])
            return YearPath(tuple(int(y) for y in years), tuple(float(v) for v in values))
        if keys.given(name):
            return YearPath((parts.base_year,), (float(keys.get(name)),))
    raise KeyError(name)  # unreachable after rules.check_parts


def _by_sex(table: AgeColumns | None, prefix: str) -> np.ndarray:
    """A (2, 101) array from a male and a female column; zeros where the sheet or the optional
    columns are absent, which is what every version-2 addition means when not given."""
    if table is None or f"{prefix}male" not in table:
        return zeros_by_sex()
    return frozen_array(np.stack([table[f"{prefix}male"], table[f"{prefix}female"]]))


def _by_age(table: AgeColumns, name: str) -> np.ndarray:
    return frozen_array(table[name] if name in table else np.zeros(101))


def _key(keys: KeyValues, name: str) -> object:
    """A Scheme key's value, or its layout default where it is optional and not given."""
    return keys.get(name, layout.SCHEME_SPECS[name].default)


def _basic_pension(keys: KeyValues) -> BasicPension | None:
    if keys.get("basic_pension_enabled") is not True:
        return None
    return BasicPension(
        enabled=True, age=int(keys.get("basic_pension_age")),
        level_to_gdp_per_capita=float(keys.get("basic_pension_level_to_gdp_per_capita")),
        targeting=str(_key(keys, "basic_pension_targeting")),
        take_up=float(_key(keys, "basic_pension_take_up")),
        admin_share=float(_key(keys, "basic_pension_admin_share")),
        from_year=keys.get("basic_pension_from_year"))


def _optional_float(keys: KeyValues, name: str) -> float | None:
    value = keys.get(name)
    return None if value is None else float(value)


def _disability(s: KeyValues, sheet: AgeColumns | None, pensioners: AgeColumns) -> Disability:
    return Disability(
        incidence=_by_sex(sheet, "incidence_"),
        min_service_years=int(_key(s, "disability_min_service_years")),
        future_service_credit=float(_key(s, "disability_future_service_credit")),
        mortality_factor=float(_key(s, "disability_mortality_factor")),
        pensioners=_by_sex(pensioners, "disability_pensioners_"),
        pensions=_by_sex(pensioners, "disability_pension_"))


def _survivors(s: KeyValues, sheet: AgeColumns | None, pensioners: AgeColumns) -> Survivors:
    return Survivors(
        married=_by_sex(sheet, "married_"), orphans=_by_sex(sheet, "orphans_"),
        orphan_age=_by_sex(sheet, "orphan_age_"),
        orphan_share=float(_key(s, "orphan_share")),
        orphan_age_limit=int(_key(s, "orphan_age_limit")),
        spouse_age_difference=int(_key(s, "spouse_age_difference")),
        min_service_years=int(_key(s, "survivor_min_service_years")),
        spouses=_by_sex(pensioners, "survivors_"),
        spouse_pensions=_by_sex(pensioners, "survivor_pension_"),
        orphans_paid=_by_age(pensioners, "orphans"),
        orphan_pensions=_by_age(pensioners, "orphan_pension"))


def _assemble(parts: rules.Parts, stem: str) -> Scheme:
    s, d, t = parts.scheme, parts.demography, parts.tables
    mortality = t["Mortality"]
    if "improvement_male" in mortality:
        improvement = _by_sex(mortality, "improvement_")
    else:
        improvement = frozen_array(np.outer(
            [d.get("mortality_improvement_male"), d.get("mortality_improvement_female")],
            np.ones(101)))
    by_tfr_path = "tfr" in parts.demography_years
    migration = t["Migration"]
    schedule = {name: tuple((year, int(v) if name.startswith("pensionable_age") else float(v))
                            for year, v in pairs)
                for name, pairs in parts.schedule.values.items()}
    return Scheme(
        country=s.get("country", ""), scheme_name=s.get("scheme_name") or stem,
        currency=s.get("currency", ""), base_year=parts.base_year,
        horizon=int(_key(s, "horizon")),
        contribution_rate=float(s.get("contribution_rate")),
        pensionable_age_male=int(s.get("pensionable_age_male")),
        pensionable_age_female=int(s.get("pensionable_age_female")),
        accrual_rate=float(s.get("accrual_rate")),
        reference_period_years=int(s.get("reference_period_years")),
        revaluation=str(s.get("revaluation")),
        indexation_wage_share=float(s.get("indexation_wage_share")),
        contribution_density=float(s.get("contribution_density")),
        admin_cost_rate=float(s.get("admin_cost_rate")),
        state_subsidy_rate=float(s.get("state_subsidy_rate")),
        initial_reserve=float(s.get("initial_reserve")),
        minimum_pension_to_avg_wage=_optional_float(s, "minimum_pension_to_avg_wage"),
        maximum_replacement_rate=_optional_float(s, "maximum_replacement_rate"),
        basic_pension=_basic_pension(s),
        gdp=float(parts.economy.get("gdp")),
        inflation=_path(parts, "inflation"),
        real_wage_growth=_path(parts, "real_wage_growth"),
        investment_return=_path(parts, "investment_return"),
        unemployment_rate=_path(parts, "unemployment_rate"),
        tfr=_path(parts, "tfr") if by_tfr_path else None,
        tfr_start=None if by_tfr_path else float(d.get("tfr")),
        tfr_target=None if by_tfr_path else float(d.get("tfr_target")),
        tfr_target_year=None if by_tfr_path else int(d.get("tfr_target_year")),
        sex_ratio_at_birth=_path(parts, "sex_ratio_at_birth"),
        net_migration=_path(parts, "net_migration"),
        population=frozen_array(np.stack([t["Population"]["Male"], t["Population"]["Female"]])),
        qx=_by_sex(mortality, "qx_"),
        mortality_improvement=improvement,
        qx_by_year=MappingProxyType({year: frozen_array(parts.qx_by_year[year])
                                     for year in sorted(parts.qx_by_year)}),
        asfr=frozen_array(t["Fertility"]["asfr"]),
        migration_profile=(frozen_array(np.stack([migration["Male"], migration["Female"]]))
                           if migration is not None and parts.migration_in_use else None),
        lfpr=_by_sex(t["Labour"], "lfpr_"),
        contributors=_by_sex(t["Contributors"], "contributors_"),
        wages=_by_sex(t["Contributors"], "wage_"),
        service=_by_sex(t["Contributors"], "service_"),
        pensioners=_by_sex(t["Pensioners"], "pensioners_"),
        pensions=_by_sex(t["Pensioners"], "pension_"),
        schedule=MappingProxyType(schedule),
        wage_dispersion=float(_key(s, "wage_dispersion")),
        service_spread=float(_key(s, "service_spread")),
        contribution_ceiling_to_avg_wage=_optional_float(s, "contribution_ceiling_to_avg_wage"),
        minimum_service_years=int(_key(s, "minimum_service_years")),
        old_age_grant_rate=float(_key(s, "old_age_grant_rate")),
        survivor_share=float(_key(s, "survivor_share")),
        funeral_grant_to_avg_wage=float(_key(s, "funeral_grant_to_avg_wage")),
        disability=_disability(s, t["Disability"], t["Pensioners"]),
        survivors=_survivors(s, t["Survivors"], t["Pensioners"]),
    )
