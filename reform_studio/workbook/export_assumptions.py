"""The rows of the Assumptions sheet: every input behind the numbers, as plain records.

A circulated workbook must say what it was computed from. The rows walk the `Scheme`
dataclass fields (so a new scalar input appears without touching this file) and every lever
of every reform; the age tables stay in the source workbook, named by its SHA-256.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Iterator, Mapping, Sequence

import numpy as np
from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

import reform_studio

from reform_studio.engine.parameters import BASIC_PENSION_FIELDS, LEVER_BY_NAME
from reform_studio.engine.reform import BasicPensionLever, Lever, Reform
from reform_studio.engine.scheme import SEXES, BasicPension, Scheme, YearPath
from reform_studio.workbook import export_format as fmt

MODEL_VERSION = "1"
TEMPLATE_VERSION = "1"


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
    ({"country", "scheme_name", "currency", "base_year", "horizon"}, "Labels"),
    ({"gdp", "inflation", "real_wage_growth", "investment_return", "unemployment_rate"}, "Economy"),
    ({"tfr", "tfr_start", "tfr_target", "tfr_target_year", "sex_ratio_at_birth", "net_migration",
      "qx_by_year"}, "Demography"),
)
_UNITS = {
    "base_year": "year", "horizon": "years", "initial_reserve": "{currency}", "gdp": "{currency}",
    "inflation": "% a year", "real_wage_growth": "% a year", "investment_return": "% a year (nominal)",
    "unemployment_rate": "% of labour force", "tfr": "children per woman",
    "tfr_start": "children per woman", "tfr_target": "children per woman", "tfr_target_year": "year",
    "sex_ratio_at_birth": "males per female birth", "net_migration": "persons a year",
}
_MAY_BE_UNSET = ("minimum_pension_to_avg_wage", "maximum_replacement_rate", "basic_pension")
_TITLES = {"tfr_start": "tfr", "qx_by_year": "mortality anchor years (MortalityByYear)"}


def is_rate_unit(unit: str) -> bool:
    """Units written '% ...' belong to fractions shown with a % number format."""
    return unit.startswith("%")


def _unit(name: str, currency: str) -> str:
    spec = next((s for s in LEVER_BY_NAME.values() if s.scheme_attr == name), None)
    text = spec.unit if spec is not None else _UNITS.get(name, "")
    return text.format(currency=currency)


def _group(name: str) -> str:
    return next((group for names, group in _GROUPS if name in names), "Scheme rules")


def scheme_rows(scheme: Scheme) -> Iterator[Row]:
    """Every scalar input, year path, basic pension field and schedule row of the scheme."""
    for f in fields(scheme):
        value = getattr(scheme, f.name)
        if f.name == "mortality_improvement":
            yield from _improvement_rows(value)
            continue
        if isinstance(value, np.ndarray) or value is None and f.name not in _MAY_BE_UNSET:
            continue  # age tables, and keys another sheet stands in for (a tfr path, say)
        group, item, unit = _group(f.name), _TITLES.get(f.name, f.name), _unit(f.name, scheme.currency)
        if isinstance(value, YearPath):
            yield from _path_rows(group, item, unit, value)
        elif isinstance(value, BasicPension):
            yield from _basic_pension_rows(value, scheme.base_year)
        elif f.name == "schedule":
            yield from _schedule_rows(value, scheme.currency)
        elif f.name == "qx_by_year":
            if value:
                yield Row(group, item, ", ".join(str(y) for y in sorted(value)))
        elif f.name == "basic_pension":
            yield Row("Basic pension", "basic_pension", "none")
        else:
            yield Row(group, item, "not set" if value is None else value, unit)


def _path_rows(group: str, item: str, unit: str, path: YearPath) -> Iterator[Row]:
    if len(path.values) == 1:
        yield Row(group, item, path.values[0], unit)
        return
    for year, value in zip(path.years, path.values):
        yield Row(group, item, value, unit, year, "linear between listed years")


def _improvement_rows(improvement: np.ndarray) -> Iterator[Row]:
    """The two improvement keys where they were given; an age profile stays in the source."""
    for sex, rates in zip(SEXES, improvement):
        if np.all(rates == rates[0]):
            yield Row("Demography", f"mortality_improvement_{sex}", float(rates[0]), "% a year")
        else:
            yield Row("Demography", f"mortality_improvement_{sex}", "by age (Mortality sheet)")


def _basic_pension_rows(bp: BasicPension, base_year: int) -> Iterator[Row]:
    start = bp.from_year if bp.from_year is not None else base_year
    for f in fields(bp):
        if f.name == "from_year":
            continue
        unit = BASIC_PENSION_FIELDS[f.name][1] if f.name in BASIC_PENSION_FIELDS else ""
        yield Row("Basic pension", f"basic_pension_{f.name}", getattr(bp, f.name), unit, start)


def _schedule_rows(schedule: Mapping[str, Sequence[tuple[int, float]]], currency: str) -> Iterator[Row]:
    for key, steps in schedule.items():
        for year, value in steps:
            yield Row("Schedule (legislated)", key, value, _unit(key, currency), year, "holds until the next row")


def reform_rows(reform: Reform, base_year: int) -> Iterator[Row]:
    """Every lever of one reform with its start year and phase-in, in words an actuary uses."""
    group = f"Reform: {reform.name}"
    if reform.description:
        yield Row(group, "description", reform.description)
    if not reform.levers:
        yield Row(group, "levers", "none (the workbook as read)")
    for name, lever in reform.levers.items():
        if isinstance(lever, BasicPensionLever):
            for key, value in lever.to_dict().items():
                if key != "from_year":
                    unit = BASIC_PENSION_FIELDS[key][1] if key in BASIC_PENSION_FIELDS else ""
                    yield Row(group, f"basic_pension_{key}", value, unit, lever.start(base_year))
            continue
        spec = LEVER_BY_NAME[name]
        yield Row(group, name, lever.value, spec.unit, lever.start(base_year), _phase_in(lever, base_year))


def _phase_in(lever: Lever, base_year: int) -> str:
    if lever.step is not None:
        return f"by {100 * lever.step:g} pp a year"
    if lever.years_per_step is not None:
        n = lever.years_per_step
        return "by 1 year every year" if n == 1 else f"by 1 year every {n} years"
    if lever.full_by_year is not None:
        return f"linearly, in full by {lever.full_by_year}"
    return "at once"


def provenance_rows(source_name: str | None, source_sha256: str | None, exported: str) -> list[Row]:
    """What produced the numbers: model, template and application versions, source, time."""
    group = "Export"
    return [
        Row(group, "model version", MODEL_VERSION),
        Row(group, "template version", TEMPLATE_VERSION),
        Row(group, "application version", reform_studio.__version__),
        Row(group, "source workbook", source_name or "not given"),
        Row(group, "source workbook SHA-256", source_sha256 or "not given"),
        Row(group, "exported at", exported),
    ]


HEADERS = ("Group", "Item", "Value", "Unit", "From year", "Phase-in")


def write_assumptions(ws: Worksheet, rows: Sequence[Row]) -> None:
    """One table of every input, one line each, rates shown with a % format."""
    fmt.put(ws, 1, 1, "Assumptions: every input behind these results").font = fmt.TITLE_FONT
    fmt.put(ws, 2, 1, "Age tables (population, mortality, fertility, labour force, contributors, "
                      "pensioners, migration) are in the source workbook identified below.").font = fmt.NOTE_FONT
    header_row = 4
    for c, text in enumerate(HEADERS, start=1):
        fmt.put(ws, header_row, c, text)
    for r, row in enumerate(rows, start=header_row + 1):
        value_format = fmt.PERCENT if is_rate_unit(row.unit) and not isinstance(row.value, str) else None
        if value_format is None and isinstance(row.value, float) and abs(row.value) >= 1000:
            value_format = fmt.AMOUNT
        for c, x in enumerate((row.group, row.item, row.value, row.unit, row.from_year, row.phase_in), start=1):
            cell = fmt.put(ws, r, c, x, value_format if c == 3 else None)
            if c == 3:
                cell.alignment = Alignment(horizontal="left")
    last = header_row + len(rows)
    fmt.style_header(ws, header_row, 1, len(HEADERS))
    fmt.add_table(ws, "AssumptionsTable", header_row, last, len(HEADERS))
    fmt.set_widths(ws, {1: 34.0, 2: 38.0, 3: 30.0, 4: 26.0, 5: 10.0, 6: 30.0})
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    fmt.print_setup(ws, f"{header_row}:{header_row}")
