"""Plausible ranges (issue 11, item 1): every money amount, count and annual rate of the
workbook has a range, read from the layout table that the template validates with too.

A corpus generated from that table (not files): for every ranged key and column, several
values outside its range (just above, far above, below, a residue, grouped text), each in its
own cell, must come back as exactly those problems, each with its sheet, cell and a sentence
giving the reason. Random values inside the ranges are accepted, and the corners of the
ranges still give a finite projection over 150 years: the ranges make overflow impossible.
"""
from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import reform_studio as rs
from reform_studio.engine.checks import MAY_BE_NULL
from reform_studio.engine.errors import InputError
from reform_studio.workbook import layout, read_scheme
from reform_studio.workbook.cells import CellError
from reform_studio.workbook.layout import Bounded
from tests.workbook.builders import (EXAMPLE1, EXAMPLE2, EXAMPLE3, add_sheet, age_row,
                                     column_of, delete_key, key_row, set_key)

SAMPLES = sorted((Path(__file__).parents[2] / "reform_studio" / "samples").glob("*.xlsx"))


def ranged(parse: object) -> Bounded | None:
    """The plausible range of a key or column: a `Bounded` that says why (its reason)."""
    return parse if isinstance(parse, Bounded) and parse.reason else None


# --- where each ranged input lives, from the layout table -----------------------------------

@dataclass(frozen=True)
class Place:
    """A sheet holding ranged inputs, the example it is edited from, and how to prepare it."""

    name: str
    base: Path
    sheet: str
    items: tuple[tuple[str, Bounded], ...]  # key or column header -> its range
    kind: str  # 'key', 'age' or 'year'
    first_age: int = 0
    age: int = 30  # the age (or year) whose cells are edited


def _key_places() -> list[Place]:
    places = []
    for sheet, specs in layout.KEY_SHEETS.items():
        items = tuple((s.name, ranged(s.parse)) for s in specs if ranged(s.parse))
        if items:
            base = EXAMPLE2 if sheet == layout.DEMOGRAPHY else EXAMPLE1  # net migration needs
            places.append(Place(f"keys_{sheet}", base, sheet, items, "key"))  # a profile
    return places


def _age_places() -> list[Place]:
    bases = {"Pensioners": EXAMPLE3, "Migration": EXAMPLE2}
    places = []
    for table in layout.AGE_TABLES:
        columns = table.columns + tuple(c for g in table.optional_groups for c in g)
        items = tuple((c.header, ranged(c.parse)) for c in columns if ranged(c.parse))
        if items:
            # orphans are paid below the orphan age limit (18 in example3): edit age 10 there
            places.append(Place(f"ages_{table.sheet}", bases.get(table.sheet, EXAMPLE1),
                                table.sheet, items, "age", table.ages.start,
                                10 if table.sheet == "Pensioners" else 30))
    return places


def _year_places() -> list[Place]:
    return [Place(f"years_{t.sheet}", EXAMPLE2, t.sheet, tuple(
        (c.header, ranged(c.parse)) for c in t.columns if ranged(c.parse)), "year", age=2030)
        for t in (layout.ECONOMY_YEARS, layout.DEMOGRAPHY_YEARS)
        if any(ranged(c.parse) for c in t.columns)]


PLACES = _key_places() + _age_places() + _year_places()


def test_every_numeric_input_without_a_fixed_scale_has_a_reasoned_range():
    """Money, counts and rates of change: nothing the reader takes as a number is unbounded."""
    names = {name for place in PLACES for name, _ in place.items}
    for must in ("gdp", "initial_reserve", "inflation", "real_wage_growth", "investment_return",
                 "unemployment_rate", "net_migration", "mortality_improvement_male",
                 "reference_period_years", "Male", "asfr", "wage_male", "service_female",
                 "pension_male", "disability_pension_female", "survivor_pension_male",
                 "orphan_pension", "orphans", "contributors_female", "improvement_male"):
        assert must in names, must
    unbounded = [(sheet, spec.name) for sheet, specs in layout.KEY_SHEETS.items()
                 for spec in specs if spec.parse in (layout.cells.number, layout.cells.count,
                                                     layout.cells.growth)]
    unbounded += [(table.sheet, column.header) for table in layout.AGE_TABLES
                  for column in table.columns + tuple(c for g in table.optional_groups for c in g)
                  if column.parse in (layout.cells.number, layout.cells.count,
                                      layout.cells.growth)]
    assert not unbounded


# --- values outside the ranges --------------------------------------------------------------

def outside(bounds: Bounded) -> list[object]:
    """Several values outside `bounds`: just above, far above, below, and a residue or a
    grouped text far above (its comma read as a thousands separator)."""
    values: list[object] = [bounds.high + (1 if bounds.whole else max(abs(bounds.high) * 0.01,
                                                                      0.01)), 1e300]
    if bounds.whole:
        values.append(bounds.low - 1)
    elif bounds.low < 0:
        values.append(bounds.low - abs(bounds.low) * 0.5)
    elif bounds.low > 0:
        values.append(bounds.low / 10)
    else:
        values.append(-1.0)
    values.append("1e-300" if bounds.smallest or bounds.low > 0
                  else "2,000,000,000,000,000,000,000")
    return values


def _prepare(book: openpyxl.Workbook, place: Place) -> None:
    """Make room for the columns the examples lack: improvement columns in Mortality replace
    the Demography keys; a year table replaces the keys it gives."""
    if place.sheet == "Mortality":
        ws = book["Mortality"]
        for header in ("improvement_male", "improvement_female"):
            col = ws.max_column + 1
            ws.cell(1, col, header)
            for row in range(2, 103):
                ws.cell(row, col, 0.01)
        for key in ("mortality_improvement_male", "mortality_improvement_female"):
            delete_key(book, "Demography", key)
    if place.kind == "year":
        headers = [name for name, _ in place.items]
        keys = "Economy" if place.sheet == layout.ECONOMY_BY_YEAR else "Demography"
        example = [book[keys].cell(key_row(book, keys, h), 2).value for h in headers]
        add_sheet(book, place.sheet, [["Year", *headers], [2025, *example], [2030, *example]])
        for header in headers:
            delete_key(book, keys, header)


def _cell(book: openpyxl.Workbook, place: Place, name: str) -> tuple[int, int]:
    if place.kind == "key":
        return key_row(book, place.sheet, name), 2
    if place.kind == "year":
        return 3, column_of(book, place.sheet, name.lower())
    return age_row(place.age, place.first_age), column_of(book, place.sheet, name.lower())


def _what(place: Place, name: str) -> str:
    return {"key": name, "age": f"{name} at age {place.age}",
            "year": f"{name} for {place.age}"}[place.kind]


def _expected(bounds: Bounded, value: object, what: str) -> str:
    """The sentence the reader must give: its own range message with the reason (or the
    quantity's first check, a percentage or a negative count, where that refuses it)."""
    with pytest.raises(CellError) as info:
        bounds(value, what)
    return str(info.value)


CORPUS = [(place, i) for place in PLACES for i in range(4)]


@pytest.mark.parametrize("place,index", CORPUS,
                         ids=[f"{p.name}-{i}" for p, i in CORPUS])
def test_values_outside_the_range_are_refused_with_sheet_cell_and_reason(place, index, tmp_path):
    book = openpyxl.load_workbook(place.base)
    _prepare(book, place)
    expected = {}
    for name, bounds in place.items:
        value = outside(bounds)[index]
        row, col = _cell(book, place, name)
        book[place.sheet].cell(row, col).value = value
        expected[f"{openpyxl.utils.get_column_letter(col)}{row}"] = (
            _expected(bounds, value, _what(place, name)), bounds, value)
    path = tmp_path / f"{place.name}.xlsx"
    book.save(path)
    with pytest.raises(InputError) as info:
        read_scheme(path)
    problems = info.value.problems
    listing = "\n".join(map(str, problems))
    assert len(problems) == len(expected), listing  # nothing spurious, nothing left out
    for problem in problems:
        assert problem.sheet == place.sheet, listing
        message, bounds, value = expected[problem.cell]
        assert problem.message == message, listing
        assert "Traceback" not in problem.message
        if _range_only(bounds, value):  # refused by the range alone: the reason is given
            assert bounds.reason in problem.message, listing
        if isinstance(value, str) and "," in value:
            assert "thousands separator" in problem.message, listing


def _range_only(bounds: Bounded, value: object) -> bool:
    """Whether `value` passes the quantity's first check (a number, not a percentage, not
    negative, whole where it must be, not a residue) and is refused by the range alone."""
    number = float(value.replace(",", "")) if isinstance(value, str) else float(value)
    if bounds.whole and number != int(number):
        return False
    if number != 0 and abs(number) < bounds.smallest:
        return False
    return bounds.kind is None or _accepts(bounds.kind, value)


def _accepts(parse, value) -> bool:
    try:
        parse(value, "x")
    except CellError:
        return False
    return True


def test_a_residue_is_refused_but_zero_is_not():
    for bounds in (layout.AMOUNT_RANGE, layout.PERSONS_RANGE):
        assert bounds(0, "x") == 0 and bounds("0", "x") == 0
        with pytest.raises(CellError, match="write 0 for none"):
            bounds(1e-300, "x")
    assert layout.AMOUNT_RANGE(1e-6, "x") == 1e-6
    with pytest.raises(CellError, match="it must be from 1,000,000 up to 1e"):
        layout.GDP_RANGE(1e-300, "gdp")


# --- values inside the ranges ---------------------------------------------------------------

def inside(bounds: Bounded) -> st.SearchStrategy:
    """Values across the whole range, log-uniform where it spans many powers of ten."""
    low, high = bounds.low, bounds.high
    edges = st.sampled_from([low, high, 0.0 if low <= 0 <= high else low])
    if high - low > 1e4:
        top = np.log10(high)
        floor = np.log10(max(low, bounds.smallest, 1e-3)) if low >= 0 else -3.0
        magnitude = st.floats(floor, top).map(lambda e: 10.0 ** e)
        signed = (st.tuples(magnitude, st.booleans()).map(lambda t: -t[0] if t[1] else t[0])
                  if low < 0 else magnitude)
        middle = signed.filter(lambda v: low <= v <= high)
    else:
        middle = st.floats(low, high, allow_nan=False)
    values = st.one_of(edges, middle)
    if bounds.whole:
        values = values.map(round)
    if bounds.above_low:
        values = values.filter(lambda v: v > low)
    return values


PROPERTY_PLACES = [p for p in PLACES if p.sheet != "Scheme"]  # the reference period is bounded
# tighter by the pensionable ages (spec 7); its range is the corpus's


@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_random_values_inside_the_ranges_are_accepted(data):
    place = data.draw(st.sampled_from(PROPERTY_PLACES))
    book = openpyxl.load_workbook(place.base)
    _prepare(book, place)
    chosen = {}
    for name, bounds in place.items:
        value = data.draw(inside(bounds), label=name)
        row, col = _cell(book, place, name)
        book[place.sheet].cell(row, col).value = value
        chosen[name] = value
    if place.sheet == "Migration" and not any(chosen.values()):
        book["Migration"].cell(age_row(31), 2).value = 1.0  # a profile that sums to 0 is refused
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "inside.xlsx"
        book.save(path)
        try:
            read_scheme(path)
        except InputError as error:
            raise AssertionError(f"{place.name} {chosen}: {error}") from None


@pytest.mark.parametrize("path", SAMPLES + [EXAMPLE1, EXAMPLE2, EXAMPLE3],
                         ids=lambda p: p.name)
def test_samples_and_spec_examples_are_inside_every_range(path):
    read_scheme(path)


# --- the corners of the ranges give a finite projection ----------------------------------------

CORNERS = {
    # wages and the reserve grow 4x and 2x a year for 150 years, discounting doubles
    "boom": dict(inflation=1, real_wage_growth=1, investment_return=-0.5, gdp=1e6,
                 initial_reserve=-1e18, indexation_wage_share=1, improvement=0.2,
                 wage=1e12, pension=1e12, persons=1e9),
    # pensions double each year against stagnant wages, tiny wages, a small GDP
    "pensions_outrun_wages": dict(inflation=1, real_wage_growth=-0.5, investment_return=-0.5,
                                  gdp=1e6, initial_reserve=1e18, indexation_wage_share=0,
                                  improvement=-0.2, wage=1e-6, pension=1e12, persons=1e9),
    # everything shrinks but the reserve, which doubles every year
    "bust": dict(inflation=-0.5, real_wage_growth=-0.5, investment_return=1, gdp=1e18,
                 initial_reserve=1e18, indexation_wage_share=0.5, improvement=0.2,
                 wage=1e-6, pension=1e-6, persons=2e-30),
}


@pytest.mark.parametrize("corner", CORNERS, ids=list(CORNERS))
def test_corners_of_the_ranges_project_to_finite_indicators(corner, tmp_path):
    c = CORNERS[corner]
    book = openpyxl.load_workbook(EXAMPLE1)
    set_key(book, "Scheme", "horizon", 150)
    set_key(book, "Scheme", "indexation_wage_share", c["indexation_wage_share"])
    set_key(book, "Scheme", "initial_reserve", c["initial_reserve"])
    for key in ("gdp", "inflation", "real_wage_growth", "investment_return"):
        set_key(book, "Economy", key, c[key])
    for key in ("mortality_improvement_male", "mortality_improvement_female"):
        set_key(book, "Demography", key, c["improvement"])
    ws = book["Population"]
    for row in range(2, 103):
        for col in (2, 3):
            ws.cell(row, col).value = c["persons"]
    contributors, pensioners = book["Contributors"], book["Pensioners"]
    for row in range(2, 103):
        for col in (2, 3):
            if contributors.cell(row, col).value:
                contributors.cell(row, col).value = c["persons"] * 0.5
                contributors.cell(row, col + 2).value = c["wage"]
            if pensioners.cell(row, col).value:
                pensioners.cell(row, col).value = c["persons"] * 0.5
                pensioners.cell(row, col + 2).value = c["pension"]
    path = tmp_path / f"{corner}.xlsx"
    book.save(path)
    scheme = read_scheme(path)
    result = rs.project(scheme)  # the engine refuses a non-finite indicator: it must not here
    frame = result.indicators
    for name in frame.columns:
        values = frame[name].to_numpy(dtype=float)
        assert not np.isinf(values).any(), (corner, name)
        if name not in MAY_BE_NULL:
            assert not np.isnan(values).any(), (corner, name)
    assert result.gap is None or np.isfinite(result.gap), corner
