"""Random edits of a valid workbook: read_scheme returns a Scheme or raises InputError, never
anything else, and a Scheme it returns holds only finite numbers of the right shapes."""
from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import numpy as np
import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reform_studio.engine.errors import InputError
from reform_studio.workbook import read_scheme
from tests.workbook.builders import EXAMPLE2, EXAMPLE3

SHEETS = ["Scheme", "Economy", "Demography", "Population", "Mortality", "MortalityByYear",
          "Fertility", "Labour", "Contributors", "Pensioners", "Migration"]
V2_SHEETS = ["Scheme", "Pensioners", "Disability", "Survivors"]

values = st.one_of(
    st.none(),
    st.integers(min_value=-10**6, max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.sampled_from([0, 1, 0.5, 2025, 2021, 40, 80, 100, "100+", "#DIV/0!", "#REF!", "TRUE",
                     "yes", "none", "prices", "wages", "pension_tested", "1,234", "18%", "0,18",
                     " ", "Age", "Year", "inflation", "tfr", "improvement_male", "qx_male"]),
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=12),
    st.booleans(),
    st.just(dt.datetime(2025, 1, 1)),
)


def _edits(sheets: list[str], columns: int) -> st.SearchStrategy:
    return st.lists(st.tuples(st.sampled_from(sheets), st.integers(1, 104),
                              st.integers(1, columns), values), min_size=1, max_size=4)


def _grid(path: Path) -> dict[str, list[list[object]]]:
    book = openpyxl.load_workbook(path, read_only=True)
    grid = {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in book.worksheets}
    book.close()
    return grid


GRID, GRID_V2 = _grid(EXAMPLE2), _grid(EXAMPLE3)


def _save(grid: dict[str, list[list[object]]], path: Path) -> None:
    book = openpyxl.Workbook(write_only=True)
    for title, rows in grid.items():
        ws = book.create_sheet(title)
        for values in rows:
            ws.append(values)
    book.save(path)


def _read_edited(base: dict[str, list[list[object]]], edits):
    """The Scheme read from `base` after `edits`, or None after checking the InputError."""
    grid = {title: [list(r) for r in rows] for title, rows in base.items()}
    for sheet, row, col, value in edits:
        rows = grid[sheet]
        while len(rows) < row:
            rows.append([])
        rows[row - 1] += [None] * (col - len(rows[row - 1]))
        rows[row - 1][col - 1] = value
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.xlsx"
        _save(grid, path)
        try:
            return read_scheme(path)
        except InputError as exc:
            assert exc.problems and all(p.message for p in exc.problems)
            return None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits=_edits(SHEETS, 8))
def test_random_edits_give_a_scheme_or_an_input_error(edits):
    scheme = _read_edited(GRID, edits)
    if scheme is None:
        return
    for name in ("population", "qx", "lfpr", "contributors", "wages", "service", "pensioners",
                 "pensions", "mortality_improvement"):
        arr = getattr(scheme, name)
        assert arr.shape == (2, 101) and np.isfinite(arr).all(), name
    assert np.isfinite(scheme.asfr).all() and scheme.asfr.sum() > 0
    assert 10 <= scheme.horizon <= 150
    assert ((scheme.qx >= 0) & (scheme.qx <= 1)).all()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits=_edits(V2_SHEETS, 16))
def test_random_edits_of_version2_parts_keep_them_in_range(edits):
    scheme = _read_edited(GRID_V2, edits)
    if scheme is None:
        return
    d, v = scheme.disability, scheme.survivors
    for arr in (d.incidence, d.pensioners, d.pensions, v.married, v.orphans, v.orphan_age,
                v.spouses, v.spouse_pensions):
        assert arr.shape == (2, 101) and np.isfinite(arr).all() and (arr >= 0).all()
    assert (d.incidence <= 1).all() and (v.married <= 1).all() and (v.orphans <= 10).all()
    assert (v.orphan_age < v.orphan_age_limit).all() and 1 <= v.orphan_age_limit <= 30
    assert not v.orphans_paid[v.orphan_age_limit:].any()
    assert 1 <= d.mortality_factor <= 10 and 0 <= scheme.wage_dispersion <= 2
