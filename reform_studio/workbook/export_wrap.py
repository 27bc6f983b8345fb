"""How many lines a text takes in a wrapped cell, so that a row is made tall enough to show it:
Excel does not grow a row whose height is set, and LibreOffice cuts a wrapped header at the
height it is given. French and Spanish headers run longer than the English ones."""
from __future__ import annotations

import math
import textwrap
from typing import Mapping

from openpyxl.worksheet.worksheet import Worksheet

LINE_POINTS = 15.0  # a line of 11 pt text
DEFAULT_WIDTH = 8.43  # Excel's column width where none is set


def lines(text: str, width: float) -> int:
    """Lines `text` takes wrapped in a column `width` characters wide (a little slack for bold)."""
    per_line = max(1, int(width * 1.1) - 1)  # a letter is narrower than the digit a width unit is
    return sum(max(1, len(textwrap.wrap(part, per_line, break_long_words=True))) for part in text.split("\n"))


def fit_width(texts: list[str], least: float) -> float:
    """A column's width that holds the longest word of `texts` on a line (as `lines` counts
    it), at least `least`: a narrower column cuts the word in two."""
    widest = max((len(word) for text in texts for word in text.split()), default=0)
    return max(least, math.ceil((widest + 1) / 1.1))


def fit_row(ws: Worksheet, row: int, widths: Mapping[int, float], least: int = 2) -> None:
    """Make a header row tall enough for its longest wrapped text (at least `least` lines)."""
    needed = [lines(cell.value, widths.get(cell.column, DEFAULT_WIDTH)) for cell in ws[row]
              if isinstance(cell.value, str)]
    ws.row_dimensions[row].height = LINE_POINTS * max([least, *needed])

