"""Turning one raw cell value into a checked number, age, year, choice or flag.

openpyxl hands back whatever a cell holds: numbers, text, dates, booleans, Excel error
strings. Each converter here returns a clean Python value or raises `CellError` with a plain
sentence that names the quantity (`what`); the table readers add the sheet and the cell.
Numbers typed as text ('0.18', '1,234', '18 %') are read as numbers because that is what a
user pasting from another program expects. A comma is read only as a thousands separator,
and only where it must be one: a first group of one to three digits that is not 0, then
groups of exactly three ('1,234', '12,345,678.5'). Any other comma ('0,045', '1,5', '12,34',
'1.234,5') is a decimal comma, and guessing which was meant would read 0.045 as 45, so it
is refused with the number written with a decimal point.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from typing import Iterable

from openpyxl.utils import get_column_letter

from reform_studio.i18n import translate
from reform_studio.i18n.numbers import written
from reform_studio.i18n.numbers import number as grouped

EXCEL_ERRORS = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
                          "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!",
                          "#CONNECT!", "#BUSY!", "#UNKNOWN!"})
_PLAIN = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
# a thousands separator needs a first group that is not 0 and groups of exactly three digits
_GROUPED = re.compile(r"[+-]?[1-9]\d{0,2}(?P<sep>[,\u00a0\u202f ])\d{3}((?P=sep)\d{3})*(\.\d+)?")
# '1.234,5' or '1 234,5': points or spaces grouping thousands, a comma for the decimals
_EUROPEAN = re.compile(r"[+-]?\d{1,3}(?P<sep>[.\u00a0\u202f ])\d{3}((?P=sep)\d{3})*,\d+")


class CellError(ValueError):
    """A cell's content is not what its quantity needs; the message is a plain sentence."""


class FormulaWithoutValue:
    """Stands in a grid for a formula cell that was never calculated (no saved value)."""

    def __repr__(self) -> str:
        return "FORMULA_WITHOUT_VALUE"


FORMULA_WITHOUT_VALUE = FormulaWithoutValue()


def norm(raw: object) -> str:
    """How sheet names, headers and keys are compared: case-insensitive, outer spaces ignored."""
    return "" if raw is None else str(raw).strip().lower()


def cell_ref(row: int, col: int) -> str:
    """Excel's name for a 1-based (row, column), e.g. (7, 2) -> 'B7'."""
    return f"{get_column_letter(col)}{row}"


def is_blank(raw: object) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def show(raw: object) -> str:
    """A value as the user would recognise it, kept short for messages."""
    if isinstance(raw, float):
        return f"{raw:g}"
    text = str(raw)
    return text if len(text) <= 40 else text[:37] + "..."


def _from_text(text: str, what: str) -> float | None:
    """The number a text holds, None where it holds none; a decimal comma is refused."""
    body = text.strip().replace("\u2212", "-")
    percent = body.endswith("%")
    if percent:
        body = body[:-1].rstrip()
    if _GROUPED.fullmatch(body):
        body = re.sub(r"[,\u00a0\u202f ]", "", body)
    elif "," in body:
        _refuse_decimal_comma(text, body, percent, what)
    if not _PLAIN.fullmatch(body):
        return None
    value = float(body)
    return value / 100 if percent else value


def _refuse_decimal_comma(text: str, body: str, percent: bool, what: str) -> None:
    """A comma that cannot be a thousands separator: say how to write the number."""
    if _EUROPEAN.fullmatch(body):
        body = re.sub(r"[.\u00a0\u202f ]", "", body)
    suggestion = body.replace(",", ".", 1) if body.count(",") == 1 else ""
    if suggestion and _PLAIN.fullmatch(suggestion):
        fix = translate("cells", "write {number} with a decimal point").format(
            number=suggestion + (" %" if percent else ""))
    else:
        fix = translate("cells", "write it with a decimal point and no comma, or with commas between groups of "
                                 "three digits only (1,234,567)")
    raise CellError(translate(
        "cells", "{what} holds the text '{text}', whose comma is not a thousands separator (those need groups "
        "of three digits after a first group that is not 0, as in 1,234): if it is a decimal comma, "
        "{fix}.").format(what=what, text=show(text.strip()), fix=fix))


def comma_note(raw: object) -> str:
    """Said after a range error where a comma in the text was read as a thousands separator,
    since a user writing '1,500' may have meant one and a half."""
    if isinstance(raw, str) and "," in raw:
        return " " + translate("cells", "The comma in '{text}' was read as a thousands separator; for a "
                                        "decimal, write a decimal point.").format(text=show(raw.strip()))
    return ""


def show_number(value: float) -> str:
    """A bound or value for a message in the reader's conventions: 1,000,000 rather than 1e+06,
    up to a million million; 0,045 in French and Spanish."""
    if float(value).is_integer() and 1e4 <= abs(value) < 1e13:
        return grouped(value)
    return written(f"{value:g}")


def _refuse_unreadable(raw: object, what: str) -> None:
    """Formulas never calculated and Excel error values are wrong whatever the cell's kind."""
    if raw is FORMULA_WITHOUT_VALUE:
        raise CellError(translate("cells", "{what} is a formula without a saved value: open the file in Excel "
                                           "and save it, so the result is stored.").format(what=what))
    if isinstance(raw, str) and raw.strip().upper() in EXCEL_ERRORS:
        raise CellError(translate("cells", "{what} holds the Excel error {error}: correct the formula or type "
                                           "the value.").format(what=what, error=raw.strip().upper()))


def number(raw: object, what: str) -> float:
    """Any finite number; numeric text is accepted, everything else is refused."""
    _refuse_unreadable(raw, what)
    if is_blank(raw):
        raise CellError(_empty(what))
    if isinstance(raw, bool):
        raise CellError(translate("cells", "{what} should be a number, but the cell holds {value}.").format(
            what=what, value=str(raw).upper()))
    if isinstance(raw, (dt.date, dt.time, dt.timedelta)):
        raise CellError(translate("cells", "{what} should be a number, but the cell holds a date or time: format "
                                           "the cell as a number.").format(what=what))
    if isinstance(raw, str):
        value = _from_text(raw, what)
        if value is None:
            raise CellError(translate("cells", "{what} should be a number, but the cell holds the text "
                                               "'{text}'.").format(what=what, text=show(raw)))
    elif isinstance(raw, (int, float)):
        value = float(raw)
    else:
        raise CellError(translate("cells", "{what} should be a number, but the cell holds '{text}'.").format(
            what=what, text=show(raw)))
    if not math.isfinite(value):
        raise CellError(translate("cells", "{what} is not a finite number.").format(what=what))
    return value


def _empty(what: str) -> str:
    return translate("cells", "{what} is empty.").format(what=what)


def _refuse(raw: object, message: str, reason: str = "") -> CellError:
    """A range error: the sentence, why the range is what it is, and a comma note."""
    return CellError(message + (f" {reason}" if reason else "") + comma_note(raw))


def whole(raw: object, what: str, low: int | None = None, high: int | None = None,
          reason: str = "") -> int:
    """A whole number, optionally within `low..high` (`reason` says why, in a sentence)."""
    value = number(raw, what)
    if value != int(value):
        raise _refuse(raw, translate("cells", "{what} is {value}: it must be a whole number.").format(
            what=what, value=show_number(value)))
    if (low is not None and value < low) or (high is not None and value > high):
        sentence = (translate("cells", "{what} is {value}: it must be a whole number between {low} and {high}.")
                    if high is not None else
                    translate("cells", "{what} is {value}: it must be a whole number at least {low}."))
        raise _refuse(raw, sentence.format(what=what, value=show_number(value), low=low, high=high), reason)
    return int(value)


def within(raw: object, value: float, what: str, low: float, high: float,
           above_low: bool = False, reason: str = "") -> float:
    """`value` (read from `raw`) if within `low..high`, else an error saying why not."""
    if value < low or value > high or (above_low and value == low):
        sentence = (translate("cells", "{what} is {value}: it must be above {low} up to {high}.") if above_low
                    else translate("cells", "{what} is {value}: it must be from {low} up to {high}."))
        raise _refuse(raw, sentence.format(what=what, value=show_number(value), low=show_number(low),
                                           high=show_number(high)), reason)
    return value


def between(raw: object, what: str, low: float, high: float, above_low: bool = False,
            whole_number: bool = False, reason: str = "") -> float:
    """A number within `low..high` (`low` itself refused when `above_low`)."""
    if whole_number:
        return whole(raw, what, int(low), int(high), reason)
    return within(raw, number(raw, what), what, low, high, above_low, reason)


def _percentage_hint(value: float, what: str) -> CellError:
    return CellError(translate("cells", "{what} is {value}, which looks like a percentage: write {fraction} for "
                                        "{value} %.").format(what=what, value=show_number(value),
                                                             fraction=show_number(value / 100)))


def fraction(raw: object, what: str, positive: bool = False, below_one: bool = False) -> float:
    """A rate written as a fraction of one (0.18 for 18 %)."""
    value = number(raw, what)
    if 1 < value <= 100:
        raise _percentage_hint(value, what)
    if value < 0 or value > 1 or (below_one and value == 1):
        sentence = (translate("cells", "{what} is {value}: a rate must be a fraction from 0 up to, but not "
                                       "including, 1 ({example} for 18 %).") if below_one else
                    translate("cells", "{what} is {value}: a rate must be a fraction between 0 and 1 ({example} "
                                       "for 18 %)."))
        raise _refuse(raw, sentence.format(what=what, value=show_number(value), example=show_number(0.18)))
    if positive and value == 0:
        raise CellError(translate("cells", "{what} is 0: leave it empty for none, or give a value above "
                                           "0.").format(what=what))
    return value


def growth(raw: object, what: str) -> float:
    """An annual rate of change: may be negative, but above -1 and (as a fraction) at most 1."""
    value = number(raw, what)
    if 1 < value <= 100:
        raise _percentage_hint(value, what)
    if not -1 < value <= 1:
        raise _refuse(raw, translate("cells", "{what} is {value}: an annual rate must be a fraction above -1 and "
                                              "at most 1 ({example} for 3 %).").format(
            what=what, value=show_number(value), example=show_number(0.03)))
    return value


def probability(raw: object, what: str) -> float:
    value = number(raw, what)
    if not 0 <= value <= 1:
        raise _refuse(raw, translate("cells", "{what} is {value}: a probability must be between 0 and 1.").format(
            what=what, value=show_number(value)))
    return value


def count(raw: object, what: str) -> float:
    """A number of persons, or any amount that cannot be negative (wages, years of service)."""
    value = number(raw, what)
    if value < 0:
        raise CellError(translate("cells", "{what} is {value}: it cannot be negative.").format(
            what=what, value=show_number(value)))
    return value


def pension_age(raw: object, what: str) -> int:
    return whole(raw, what, 40, 80)


def year(raw: object, what: str) -> int:
    return whole(raw, what, 1900, 2300)


def choice(raw: object, what: str, options: Iterable[str]) -> str:
    """One of `options`; case, outer spaces, hyphens and inner spaces are forgiven."""
    _refuse_unreadable(raw, what)
    options = tuple(options)
    key = norm(raw).replace("-", "_").replace(" ", "_")
    if key not in options:
        if is_blank(raw):
            raise CellError(_empty(what))
        raise CellError(translate("cells", "{what} is '{text}': it must be one of {options}.").format(
            what=what, text=show(raw), options=", ".join(options)))
    return key


_TRUE = {"true", "yes", "1", "y"}
_FALSE = {"false", "no", "0", "n"}


def flag(raw: object, what: str) -> bool:
    """TRUE/FALSE, yes/no or 1/0."""
    _refuse_unreadable(raw, what)
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, (int, float)) and raw in (0, 1):
        return bool(raw)
    key = norm(raw)
    if key in _TRUE or key in _FALSE:
        return key in _TRUE
    raise CellError(translate("cells", "{what} is '{text}': write TRUE or FALSE (yes/no, 1/0).").format(
        what=what, text=show(raw)))


def age_label(raw: object, what: str, low: int, high: int) -> int:
    """An age in an Age column; '100+' reads as 100 (the open age group)."""
    if isinstance(raw, str) and raw.strip().endswith("+"):
        raw = raw.strip()[:-1]
    return whole(raw, what, low, high)


def text(raw: object, what: str) -> str:
    _refuse_unreadable(raw, what)
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return "" if raw is None else str(raw).strip()
