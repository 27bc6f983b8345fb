"""Workbooks edited by hand (openpyxl), to compare with assumption variants."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import numpy as np
import openpyxl

from reform_studio.engine.results import Projection
from reform_studio.samples import sample_path

Edit = Callable[[openpyxl.Workbook], None]


def edited_workbook(tmp_path: Path, edit: Edit, source: Path | None = None) -> Path:
    """A copy of `source` (the Kenya sample) with `edit` made to it."""
    source = source or sample_path("kenya")
    book = openpyxl.load_workbook(source)
    edit(book)
    out = tmp_path / f"{source.stem}_edited.xlsx"
    book.save(out)
    return out


def shift_rate(name: str, shift: float) -> Edit:
    """Add `shift` to an economic rate where the workbook gives it: every row of its
    EconomyByYear column, or else its Economy key."""
    def edit(book: openpyxl.Workbook) -> None:
        if "EconomyByYear" in book.sheetnames:
            sheet = book["EconomyByYear"]
            header = [c.value for c in sheet[1]]
            if name in header:
                j = header.index(name)
                for row in sheet.iter_rows(min_row=2):
                    if isinstance(row[j].value, (int, float)):
                        row[j].value += shift
                return
        set_key("Economy", name, lambda v: v + shift)(book)
    return edit


def set_key(sheet: str, key: str, change: Callable[[float], float]) -> Edit:
    """Change one key of a Parameter/Value sheet (Economy, Demography)."""
    def edit(book: openpyxl.Workbook) -> None:
        for row in book[sheet].iter_rows(min_row=2):
            if row[0].value == key:
                row[1].value = change(row[1].value)
                return
        raise KeyError(key)
    return edit


def scale_columns(sheet: str, names: tuple[str, ...], factor: float, cap: float | None = None) -> Edit:
    """Multiply whole columns (by header) of a table sheet."""
    def edit(book: openpyxl.Workbook) -> None:
        ws = book[sheet]
        header = [c.value for c in ws[1]]
        for name in names:
            j = header.index(name)
            for row in ws.iter_rows(min_row=2):
                if isinstance(row[j].value, (int, float)):
                    value = row[j].value * factor
                    row[j].value = min(cap, value) if cap is not None else value
    return edit


def assert_same_projection(got: Projection, want: Projection, rtol: float = 1e-9) -> None:
    """Every indicator equal within `rtol` of its column's largest size (a reserve passing
    through 0 is compared at the precision of the reserve's billions), nulls in the same
    places, the same depletion year and GAP."""
    a, b = got.indicators.to_numpy(), want.indicators.to_numpy()
    assert a.shape == b.shape
    np.testing.assert_array_equal(np.isnan(a), np.isnan(b))
    scale = np.nan_to_num(np.nanmax(np.abs(b), axis=0, initial=0.0))
    worst = np.nanmax(np.abs(a - b), axis=0, initial=0.0)
    assert np.all(worst <= rtol * scale), list(got.indicators.columns[worst > rtol * scale])
    assert got.summary["depletion_year"] == want.summary["depletion_year"]
    if want.summary["gap"] is None:
        assert got.summary["gap"] is None
    else:
        assert abs(got.summary["gap"] - want.summary["gap"]) <= rtol * abs(want.summary["gap"])
