"""The rows of the Assumptions sheet: every input behind the numbers, as plain records.

A circulated workbook must say what it was computed from. The rows walk the `Scheme`
dataclass fields (so a new scalar input appears without touching this file) and every lever
of every reform; the age tables stay in the source workbook, named by its SHA-256. The
Disability and Survivors tables are summarised (ages covered, highest value) and their base
stocks given as totals and average pensions, so a reader sees whether each branch is in use.

Words are in the current language: values, units and phase-ins as the rows are made (they carry
numbers, written with `i18n.numbers`), group names as the sheet is written (the rows keep the
English ones, which order them). Keys and field names stay the spec's, as in the source workbook.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Iterator, Mapping, Sequence

import numpy as np
from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

import reform_studio

from reform_studio.engine.parameters import BASIC_PENSION_FIELDS, LEVER_BY_NAME, LeverSpec
from reform_studio.engine.reform import BasicPensionLever, Lever, Reform
from reform_studio.engine.scheme import SEXES, BasicPension, Disability, Scheme, Survivors, YearPath
from reform_studio.i18n import QT_TRANSLATE_NOOP, translate
from reform_studio.i18n.levers import words
from reform_studio.i18n.numbers import conventions, number, written
from reform_studio.workbook import export_format as fmt
from reform_studio.workbook.export_wrap import fit_row, lines as wrapped_lines
from reform_studio.workbook.layout import TEMPLATE_VERSION


CONTEXT = "export_assumptions"


def _said(text: str) -> str:
    return translate(CONTEXT, text)


@dataclass(frozen=True)
class Row:
    """One line: which group, what, its value and unit, from which year, how phased in."""

    group: str
    item: str
    value: Any
    unit: str = ""
    from_year: int | None = None
    phase_in: str = ""


_GROUPS = (  # field -> group; fields not listed fall under "Scheme"
    ({"country", "scheme_name", "currency", "base_year", "horizon"}, QT_TRANSLATE_NOOP("export_assumptions", "Labels")),
    ({"gdp", "inflation", "real_wage_growth", "investment_return", "unemployment_rate"},
     QT_TRANSLATE_NOOP("export_assumptions", "Economy")),
    ({"tfr", "tfr_start", "tfr_target", "tfr_target_year", "sex_ratio_at_birth", "net_migration",
      "qx_by_year"}, QT_TRANSLATE_NOOP("export_assumptions", "Demography")),
    ({"wage_dispersion", "service_spread", "contribution_ceiling_to_avg_wage"},
     QT_TRANSLATE_NOOP("export_assumptions", "Members within a cohort")),
    ({"minimum_service_years", "old_age_grant_rate"}, QT_TRANSLATE_NOOP("export_assumptions", "Qualifying conditions")),
    ({"survivor_share"}, QT_TRANSLATE_NOOP("export_assumptions", "Survivors")),
    ({"funeral_grant_to_avg_wage"}, QT_TRANSLATE_NOOP("export_assumptions", "Funeral grant")),
)
_READING_ORDER = (QT_TRANSLATE_NOOP("export_assumptions", "Labels"),
                  QT_TRANSLATE_NOOP("export_assumptions", "Scheme rules"),
                  QT_TRANSLATE_NOOP("export_assumptions", "Basic pension"),
                  QT_TRANSLATE_NOOP("export_assumptions", "Economy"),
                  QT_TRANSLATE_NOOP("export_assumptions", "Demography"),
                  QT_TRANSLATE_NOOP("export_assumptions", "Schedule (legislated)"),
                  QT_TRANSLATE_NOOP("export_assumptions", "Members within a cohort"),
                  QT_TRANSLATE_NOOP("export_assumptions", "Qualifying conditions"),
                  QT_TRANSLATE_NOOP("export_assumptions", "Disability"),
                  QT_TRANSLATE_NOOP("export_assumptions", "Survivors"),
                  QT_TRANSLATE_NOOP("export_assumptions", "Funeral grant"))
_GROUP_WORDS = frozenset((*_READING_ORDER, QT_TRANSLATE_NOOP("export_assumptions", "Export"),
                          QT_TRANSLATE_NOOP("export_assumptions", "Data sources")))
_UNITS = {
    "base_year": QT_TRANSLATE_NOOP("export_assumptions", "year"),
    "horizon": QT_TRANSLATE_NOOP("export_assumptions", "years"),
    "initial_reserve": "{currency}", "gdp": "{currency}",
    "inflation": QT_TRANSLATE_NOOP("export_assumptions", "% a year"),
    "real_wage_growth": QT_TRANSLATE_NOOP("export_assumptions", "% a year"),
    "investment_return": QT_TRANSLATE_NOOP("export_assumptions", "% a year (nominal)"),
    "unemployment_rate": QT_TRANSLATE_NOOP("export_assumptions", "% of labour force"),
    "tfr": QT_TRANSLATE_NOOP("export_assumptions", "children per woman"),
    "tfr_start": QT_TRANSLATE_NOOP("export_assumptions", "children per woman"),
    "tfr_target": QT_TRANSLATE_NOOP("export_assumptions", "children per woman"),
    "tfr_target_year": QT_TRANSLATE_NOOP("export_assumptions", "year"),
    "sex_ratio_at_birth": QT_TRANSLATE_NOOP("export_assumptions", "males per female birth"),
    "net_migration": QT_TRANSLATE_NOOP("export_assumptions", "persons a year"),
    "wage_dispersion": QT_TRANSLATE_NOOP("export_assumptions", "sd of log wages"),
    "service_spread": QT_TRANSLATE_NOOP("export_assumptions", "spread of service, 0..1"),
    "funeral_grant_to_avg_wage": QT_TRANSLATE_NOOP("export_assumptions", "× average wage a death"),
}
_MAY_BE_UNSET = ("minimum_pension_to_avg_wage", "maximum_replacement_rate", "basic_pension",
                 "contribution_ceiling_to_avg_wage")
_TITLES = {"tfr_start": "tfr", "qx_by_year": QT_TRANSLATE_NOOP("export_assumptions",
                                                               "mortality anchor years (MortalityByYear)")}


def is_rate_unit(unit: str) -> bool:
    """Units written '% ...' belong to fractions shown with a % number format (in every
    language: each translation of such a unit starts with '%' too, which a test checks)."""
    return unit.startswith("%")


def _unit(name: str, currency: str) -> str:
    spec = next((s for s in LEVER_BY_NAME.values() if s.scheme_attr == name), None)
    text = words(spec.unit) if spec is not None else _said(_UNITS.get(name, ""))
    return text.format(currency=currency)


def _group(name: str) -> str:
    return next((group for names, group in _GROUPS if name in names), "Scheme rules")


def scheme_rows(scheme: Scheme) -> list[Row]:
    """Every scalar input, year path, basic pension field and schedule row of the scheme.

    Rows come in `_READING_ORDER` of their groups (so that the survivors' share, a scalar
    key, sits with the rest of the Survivors rows), in field order within a group.
    """
    def rank(row: Row) -> int:
        return _READING_ORDER.index(row.group) if row.group in _READING_ORDER else len(_READING_ORDER)

    return sorted(_field_rows(scheme), key=rank)


def _field_rows(scheme: Scheme) -> Iterator[Row]:
    for f in fields(scheme):
        value = getattr(scheme, f.name)
        if f.name == "mortality_improvement":
            yield from _improvement_rows(value)
            continue
        if isinstance(value, np.ndarray) or value is None and f.name not in _MAY_BE_UNSET:
            continue  # age tables, and keys another sheet stands in for (a tfr path, say)
        item = _said(_TITLES[f.name]) if f.name in _TITLES else f.name  # a field's own name is the spec's key
        group, unit = _group(f.name), _unit(f.name, scheme.currency)
        if isinstance(value, YearPath):
            yield from _path_rows(group, item, unit, value)
        elif isinstance(value, BasicPension):
            yield from _basic_pension_rows(value, scheme.base_year)
        elif isinstance(value, Disability):
            yield from _disability_rows(value, scheme.currency)
        elif isinstance(value, Survivors):
            yield from _survivor_rows(value, scheme.currency)
        elif f.name == "schedule":
            yield from _schedule_rows(value, scheme.currency)
        elif f.name == "qx_by_year":
            if value:
                yield Row(group, item, ", ".join(str(y) for y in sorted(value)))
        elif f.name == "basic_pension":
            yield Row("Basic pension", "basic_pension", translate("export_assumptions", "none"))
        else:
            yield Row(group, item, translate("export_assumptions", "not set") if value is None else value, unit)


def _disability_rows(disability: Disability, currency: str) -> Iterator[Row]:
    """The Disability keys, the incidence table in brief and the base-year disability pensioners."""
    group = "Disability"
    if not disability.in_use:
        yield Row(group, translate("export_assumptions", "disability pensions"),
                  translate("export_assumptions", "none (no incidence and no disability pensioners)"))
        return
    yield Row(group, "disability_min_service_years", disability.min_service_years, words("years of service"))
    yield Row(group, "disability_future_service_credit", disability.future_service_credit,
              translate("export_assumptions", "% of the years to the pensionable age"))
    yield Row(group, "disability_mortality_factor", disability.mortality_factor,
              translate("export_assumptions", "× general mortality"))
    yield from _profile_rows(group, "incidence", disability.incidence,
                             translate("export_assumptions", "% of contributors a year"), True)
    yield from _stock_rows(group, ("disability_pensioners", "disability_pension"),
                           disability.pensioners, disability.pensions, currency)


def _survivor_rows(survivors: Survivors, currency: str) -> Iterator[Row]:
    """The Survivors keys, its three tables in brief and the base-year spouses and orphans.

    The survivors' share itself is a lever and comes from the Scheme's own field.
    """
    group = "Survivors"
    tables = (("married", survivors.married, translate("export_assumptions", "% of deaths"), True),
              ("orphans", survivors.orphans, translate("export_assumptions", "orphans a death"), False),
              ("orphan_age", survivors.orphan_age, translate("export_assumptions", "years at the death"), False))
    if not any(table.any() for _, table, _, _ in tables) and not (
            survivors.orphan_share or survivors.spouses.any() or survivors.orphans_paid.any()):
        yield Row(group, translate("export_assumptions", "survivors' pensions"),
                  translate("export_assumptions", "none (no Survivors table and no survivors in payment)"))
        return
    yield Row(group, "orphan_share", survivors.orphan_share, words("% of the deceased's pension"))
    yield Row(group, "orphan_age_limit", survivors.orphan_age_limit, translate("export_assumptions", "years of age"))
    yield Row(group, "spouse_age_difference", survivors.spouse_age_difference,
              translate("export_assumptions", "years, husband minus wife"))
    yield Row(group, "survivor_min_service_years", survivors.min_service_years, words("years of service"))
    for name, table, unit, percent in tables:
        yield from _profile_rows(group, name, table, unit, percent)
    yield from _stock_rows(group, ("survivors", "survivor_pension"), survivors.spouses,
                           survivors.spouse_pensions, currency)
    yield from _stock_row(group, ("orphans", "orphan_pension"), survivors.orphans_paid,
                          survivors.orphan_pensions, currency)


def _profile_rows(group: str, name: str, table: np.ndarray, unit: str, percent: bool) -> Iterator[Row]:
    """One row a sex for an age table: the ages it covers and its highest value."""
    for sex, values in zip(SEXES, table):
        yield Row(group, f"{name}_{sex}", profile(values, percent), unit)


def profile(values: np.ndarray, percent: bool) -> str:
    """'ages 20–64, highest 1.20 % at 64' (or 'none'): an age table in one line."""
    ages = np.flatnonzero(values)
    if not ages.size:
        return translate("export_assumptions", "none")
    peak = int(np.argmax(values))
    shown = _percent(values[peak]) if percent else written(f"{values[peak]:.4g}")
    return translate("export_assumptions", "ages {first}–{last}, highest {value} at {age}").format(
        first=ages[0], last=ages[-1], value=shown, age=peak)


def _percent(fraction: float) -> str:
    """'1.20 %' in the language's numbers, rounded as Python rounds (the English text unchanged)."""
    return written(f"{100 * fraction:.2f}") + conventions().percent + "%"


def _stock_rows(group: str, names: tuple[str, str], persons: np.ndarray, pensions: np.ndarray,
                currency: str) -> Iterator[Row]:
    for sex, n, p in zip(SEXES, persons, pensions):
        yield from _stock_row(group, (f"{names[0]}_{sex}", f"{names[1]}_{sex}"), n, p, currency)


def _stock_row(group: str, names: tuple[str, str], persons: np.ndarray, pensions: np.ndarray,
               currency: str) -> Iterator[Row]:
    """A base-year stock as its total and its average pension (weighted by persons)."""
    total = float(persons.sum())
    yield Row(group, names[0], total, translate("export_assumptions", "persons in the base year"))
    average = float(persons @ pensions) / total if total > 0 else translate("export_assumptions", "none paid")
    yield Row(group, names[1], average, translate("export_assumptions", "{currency} a year, average").format(
        currency=currency or translate("export_assumptions", "currency")))


MAX_PATH_ROWS = 4  # a longer path (a value every 5 years, say) is one row of 'value (year)' pairs
MAX_PATH_PAIRS = 16  # a longer one (a value every year) at the years the tables print


def _pair_value(value: float, unit: str) -> str:
    value += 0.0  # never "-0"
    return _percent(value) if is_rate_unit(unit) else number(value) if abs(value) >= 1000 else written(f"{value:.4g}")


def _path_rows(group: str, item: str, unit: str, path: YearPath) -> Iterator[Row]:
    if len(path.values) == 1:
        yield Row(group, item, path.values[0], unit)
        return
    if len(path.values) > MAX_PATH_ROWS:
        # a yearly path is shown at the years the tables print; every year is in the source
        years = list(path.years)
        picked = fmt.printed_years(years) if len(years) > MAX_PATH_PAIRS else years
        # a comma between the pairs, unless the language writes its decimals with one
        pairs = translate("export_assumptions", ", ", "between the values of a path").join(
            f"{_pair_value(path.values[years.index(y)], unit)} ({y})" for y in picked)
        phase_in = translate("export_assumptions", "linear between listed years")
        if len(picked) < len(years):
            pairs = translate("export_assumptions", "{pairs}; {count} years in all in the source workbook").format(
                pairs=pairs, count=len(years))
            phase_in = translate("export_assumptions", "linear between the source's years")
        yield Row(group, item, pairs, unit, path.years[0], phase_in)
        return
    for year, value in zip(path.years, path.values):
        yield Row(group, item, value, unit, year, translate("export_assumptions", "linear between listed years"))


def _improvement_rows(improvement: np.ndarray) -> Iterator[Row]:
    """The two improvement keys where they were given; an age profile stays in the source."""
    for sex, rates in zip(SEXES, improvement):
        if np.all(rates == rates[0]):
            yield Row("Demography", f"mortality_improvement_{sex}", float(rates[0]),
                      translate("export_assumptions", "% a year"))
        else:
            yield Row("Demography", f"mortality_improvement_{sex}",
                      translate("export_assumptions", "by age (Mortality sheet)"))


def _basic_pension_rows(bp: BasicPension, base_year: int) -> Iterator[Row]:
    start = bp.from_year if bp.from_year is not None else base_year
    for f in fields(bp):
        if f.name == "from_year":
            continue
        unit = words(BASIC_PENSION_FIELDS[f.name][1]) if f.name in BASIC_PENSION_FIELDS else ""
        yield Row("Basic pension", f"basic_pension_{f.name}", getattr(bp, f.name), unit, start)


def _schedule_rows(schedule: Mapping[str, Sequence[tuple[int, float]]], currency: str) -> Iterator[Row]:
    for key, steps in schedule.items():
        for year, value in steps:
            yield Row("Schedule (legislated)", key, value, _unit(key, currency), year,
                      translate("export_assumptions", "holds until the next row"))


def reform_rows(reform: Reform, base_year: int) -> Iterator[Row]:
    """Every lever of one reform with its start year and phase-in, in words an actuary uses."""
    group = translate("export_assumptions", "Reform: {name}").format(name=reform.name)
    if reform.description:
        yield Row(group, translate("export_assumptions", "description"), reform.description)
    if not reform.levers:
        yield Row(group, translate("export_assumptions", "levers"),
                  translate("export_assumptions", "none (the workbook as read)"))
    for name, lever in reform.levers.items():
        if isinstance(lever, BasicPensionLever):
            for key, value in lever.to_dict().items():
                if key != "from_year":
                    unit = words(BASIC_PENSION_FIELDS[key][1]) if key in BASIC_PENSION_FIELDS else ""
                    yield Row(group, f"basic_pension_{key}", value, unit, lever.start(base_year))
            continue
        spec = LEVER_BY_NAME[name]
        yield Row(group, name, lever.value, words(spec.unit), lever.start(base_year), _phase_in(lever, spec))


def _phase_in(lever: Lever, spec: LeverSpec) -> str:
    if lever.step is not None:
        if spec.kind == "ratio":
            return translate("export_assumptions", "by {step} {unit} a year").format(
                step=written(f"{lever.step:g}"), unit=words(spec.unit))
        return translate("export_assumptions", "by {step} pp a year").format(step=written(f"{100 * lever.step:g}"))
    if lever.years_per_step is not None:
        n = lever.years_per_step
        if n == 1:
            return translate("export_assumptions", "by 1 year every year")
        return translate("export_assumptions", "by 1 year every {count} years").format(count=n)
    if lever.full_by_year is not None:
        return translate("export_assumptions", "linearly, in full by {year}").format(year=lever.full_by_year)
    return translate("export_assumptions", "at once")


def provenance_rows(source_name: str | None, source_sha256: str | None, exported: str) -> list[Row]:
    """What produced the numbers: model, template and application versions, source, time."""
    group = "Export"
    not_given = translate("export_assumptions", "not given")
    return [
        Row(group, translate("export_assumptions", "model version"), reform_studio.MODEL_VERSION),
        Row(group, translate("export_assumptions", "template version"), str(TEMPLATE_VERSION)),
        Row(group, translate("export_assumptions", "application version"), reform_studio.__version__),
        Row(group, translate("export_assumptions", "source workbook"), source_name or not_given),
        Row(group, translate("export_assumptions", "source workbook SHA-256"), source_sha256 or not_given),
        Row(group, translate("export_assumptions", "exported at"), exported),
    ]


HEADERS = (QT_TRANSLATE_NOOP("export_assumptions", "Group"), QT_TRANSLATE_NOOP("export_assumptions", "Item"),
           QT_TRANSLATE_NOOP("export_assumptions", "Value"), QT_TRANSLATE_NOOP("export_assumptions", "Unit"),
           QT_TRANSLATE_NOOP("export_assumptions", "From year"), QT_TRANSLATE_NOOP("export_assumptions", "Phase-in"))
WIDTHS = {1: 20.0, 2: 31.0, 3: 73.0, 4: 19.0, 5: 7.0, 6: 20.0}  # about one landscape page wide


def write_assumptions(ws: Worksheet, rows: Sequence[Row]) -> None:
    """One table of every input, one line each, rates shown with a % format."""
    fmt.put(ws, 1, 1, translate("export_assumptions", "Assumptions: every input behind these results")
            ).font = fmt.TITLE_FONT
    fmt.note_row(ws, 2, translate("export_assumptions", "Age tables (population, mortality, fertility, labour force, "
                                                        "contributors, pensioners, migration, disability, survivors) "
                                                        "are in the source workbook identified below; the disability "
                                                        "and survivors' tables are summarised here."), len(HEADERS))
    header_row = 4
    for c, text in enumerate(HEADERS, start=1):
        fmt.put(ws, header_row, c, _said(text))
    for r, row in enumerate(rows, start=header_row + 1):
        value_format = fmt.INPUT_PERCENT if is_rate_unit(row.unit) and not isinstance(row.value, str) else None
        if value_format is None and isinstance(row.value, float) and abs(row.value) >= 100:
            value_format = fmt.AMOUNT
        lines = 1
        group = _said(row.group) if row.group in _GROUP_WORDS else row.group
        for c, x in enumerate((group, row.item, row.value, row.unit, row.from_year, row.phase_in), start=1):
            cell = fmt.put(ws, r, c, x, value_format if c == 3 else None)
            # nothing is cut: long text wraps within its column, and the row grows to hold it
            cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
            if isinstance(x, str):
                lines = max(lines, wrapped_lines(x, WIDTHS[c]))
        if lines > 1:
            ws.row_dimensions[r].height = 15 * lines
    last = header_row + len(rows)
    fmt.style_header(ws, header_row, 1, len(HEADERS))
    fit_row(ws, header_row, WIDTHS)  # "From year" on two lines, longer words on more
    fmt.add_table(ws, "AssumptionsTable", header_row, last, len(HEADERS))
    fmt.set_widths(ws, WIDTHS)
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    fmt.print_setup(ws, f"{header_row}:{header_row}")
