"""Plain CSV files: every indicator by year per scenario (`--csv DIR`), and a chart's data.

Indicator CSVs are for other programs: spec-8 column names (in every language, as the JSON
output's names: the comparison workbook's Indicators sheet says each in words), fractions as
fractions, full precision with a decimal point, an empty field for a null. A chart's CSV is
for people opening it in Excel (its headers in the window's language), so
it carries a byte-order mark (Excel otherwise misreads accented scenario names) and any text
that Excel would run as a formula is prefixed with an apostrophe. Where Excel expects
semicolons (regional settings with a decimal comma), `separator=";"` writes semicolons
between fields and decimal commas in numbers.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Sequence

import pandas as pd

from reform_studio.engine.results import INDICATORS, Projection
from reform_studio.i18n import translate
from reform_studio.workbook.atomic import ExportError, write_atomically
from reform_studio.workbook.export import remove_stale_temporaries

_UNSAFE_FILE_CHARS = re.compile(r"[^\w\- ]+")
_FORMULA_START = ("=", "+", "-", "@")
DECIMAL_MARK = {",": ".", ";": ","}  # field separator -> decimal mark Excel then expects


def write_indicator_csvs(directory: str | Path, projections: Sequence[Projection]) -> list[Path]:
    """One `NN-name.csv` per scenario in `directory` (created if its parent exists)."""
    folder = Path(directory).expanduser()
    try:
        folder.mkdir(exist_ok=True)
    except FileNotFoundError as exc:
        raise ExportError(translate("csv_export", "The folder {parent} does not exist; cannot create {name} in "
                                                  "it.").format(parent=folder.parent, name=folder.name)) from exc
    except OSError as exc:
        raise ExportError(translate("csv_export", "Cannot create the folder {folder}: {reason}.").format(
            folder=folder, reason=exc.strerror or exc)) from exc
    remove_stale_temporaries(folder)
    written = []
    for number, projection in enumerate(projections, start=1):
        frame = projection.indicators.reset_index()
        frame.columns = ["year", *frame.columns[1:]]
        frame = frame[list(INDICATORS)]
        path = folder / f"{number:02d}-{_file_stem(projection.name)}.csv"
        written.append(write_atomically(path, lambda temp, f=frame: f.to_csv(temp, index=False, lineterminator="\n")))
    return written


def write_series_csv(path: str | Path, table: pd.DataFrame, separator: str = ",") -> Path:
    """The data behind one chart of the window, as the user sees it (index kept where named).

    `separator` is "," (decimal points) or ";" (decimal commas, for Excel where the list
    separator is a semicolon)."""
    if separator not in DECIMAL_MARK:
        raise ValueError(f"separator must be ',' or ';', not {separator!r}")
    safe = table.rename(columns=lambda c: _safe_text(c) if isinstance(c, str) else c)
    safe = safe.map(lambda v: _safe_text(v) if isinstance(v, str) else v)
    keep_index = safe.index.name is not None or not isinstance(safe.index, pd.RangeIndex)
    if keep_index and isinstance(safe.index.name, str):
        safe.index = safe.index.rename(_safe_text(safe.index.name))
    remove_stale_temporaries(Path(path).expanduser().parent)
    return write_atomically(Path(path), lambda temp: safe.to_csv(
        temp, index=keep_index, encoding="utf-8-sig", lineterminator="\n", sep=separator,
        decimal=DECIMAL_MARK[separator]))


def _safe_text(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def _file_stem(name: str) -> str:
    stem = _UNSAFE_FILE_CHARS.sub("", name).strip().replace(" ", "-").lower()
    return stem[:60] or "scenario"
