"""Re-reading an export the way a recipient would: openpyxl for cells, pandas for tables."""
from __future__ import annotations

import math

import openpyxl


def as_written(x: float) -> float:
    """What an .xlsx written by openpyxl holds for x: 16 significant digits ('%.16g')."""
    return float("%.16g" % x)


def same_number(cell_value, expected) -> bool:
    """Exact equality with the written value; an empty cell for a null (NaN/None)."""
    if expected is None or (isinstance(expected, float) and math.isnan(expected)):
        return cell_value is None
    return cell_value is not None and float(cell_value) == as_written(float(expected))


def load(path):
    return openpyxl.load_workbook(path)
