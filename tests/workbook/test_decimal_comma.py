"""A decimal comma is never read as a thousands separator (issue 11, item 2; README ›
Reliability): '0,045' is not 45 and '0,500' years of service are not 500.

A comma groups thousands only after a first group of one to three digits that is not 0 and
before groups of exactly three digits. Every other comma is reported with its sheet and cell
and the number written with a decimal point. The corpus is generated: several texts per
class, in key cells, age tables and year tables.
"""
from __future__ import annotations

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reform_studio.engine.errors import InputError
from reform_studio.workbook import cells, read_scheme
from reform_studio.workbook.cells import CellError
from tests.workbook.builders import EXAMPLE1, age_row, column_of, key_row

# text -> what it means with a decimal point (the message's suggestion)
DECIMAL_COMMAS = {
    "0,045": "0.045", "0,500": "0.500", "1,5": "1.5", "12,34": "12.34", "-0,02": "-0.02",
    "1,2345": "1.2345", "0,5 %": "0.5 %", "3,0": "3.0", "012,345": "012.345",
    "1.234,5": "1234.5", "1 234,56": "1234.56", "\u22120,045": "-0.045",
}
# neither a decimal comma with one suggestion nor a grouping
OTHER_COMMAS = ("1,23,456", "1,234,5", "1,,234", ",5", "1,", "0,045,000", "1,234,56.7")
GROUPED = {"1,234": 1234.0, "12,345,678": 12345678.0, "1,234.5": 1234.5, "-1,234": -1234.0,
           "999,999": 999999.0, "1,000,000.25": 1000000.25, "+12,345": 12345.0,
           "1,234 %": 12.34}


@pytest.mark.parametrize("text", DECIMAL_COMMAS)
def test_a_decimal_comma_is_refused_with_the_number_written_with_a_point(text):
    with pytest.raises(CellError) as info:
        cells.number(text, "inflation")
    message = str(info.value)
    assert message.startswith("inflation holds the text")
    assert f"write {DECIMAL_COMMAS[text]} with a decimal point" in message
    assert "thousands separator" in message


@pytest.mark.parametrize("text", OTHER_COMMAS)
def test_any_other_comma_is_refused_with_how_to_write_it(text):
    with pytest.raises(CellError) as info:
        cells.number(text, "gdp")
    message = str(info.value)
    assert "decimal point" in message and "thousands separator" in message, message


@pytest.mark.parametrize("text", GROUPED)
def test_groups_of_three_after_a_non_zero_group_are_thousands(text):
    assert cells.number(text, "gdp") == pytest.approx(GROUPED[text])


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 999), st.integers(1, 6))
def test_a_leading_zero_group_is_never_thousands(fraction, digits):
    """'0,ddd' always means a fraction: read as thousands it would be 1000 times too big."""
    text = f"0,{fraction:0{digits}d}"
    with pytest.raises(CellError, match="decimal point"):
        cells.number(text, "x")


@settings(max_examples=200, deadline=None)
@given(st.integers(1000, 10**15))
def test_every_integer_written_with_thousands_separators_reads_back(value):
    assert cells.number(f"{value:,}", "x") == value
    assert cells.number(f"{-value:,}", "x") == -value


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 999), st.text("0123456789", min_size=1, max_size=6).filter(
    lambda tail: len(tail) != 3))
def test_a_comma_before_other_than_three_digits_is_refused(head, tail):
    with pytest.raises(CellError, match="decimal point"):
        cells.number(f"{head},{tail}", "x")


def test_a_grouped_value_out_of_range_says_the_comma_was_a_separator():
    """'1,500' years of service: 1500 is refused, and the message says why it was read so."""
    from reform_studio.workbook.layout import SERVICE_RANGE
    with pytest.raises(CellError) as info:
        SERVICE_RANGE("1,500", "service_male at age 40")
    assert "read as a thousands separator" in str(info.value)
    with pytest.raises(CellError, match="read as a thousands separator"):
        cells.fraction("1,000", "contribution_rate")


# --- in a workbook: sheet and cell, every problem, no traceback -----------------------------

PLACES = [  # (sheet, key or column, age) where a decimal comma is typed
    ("Scheme", "contribution_rate", None), ("Scheme", "accrual_rate", None),
    ("Economy", "inflation", None), ("Economy", "investment_return", None),
    ("Demography", "tfr", None), ("Demography", "mortality_improvement_male", None),
    ("Contributors", "service_male", 40), ("Contributors", "wage_female", 30),
    ("Mortality", "qx_male", 50), ("Labour", "lfpr_female", 35), ("Population", "male", 20),
]


@pytest.mark.parametrize("text", ["0,045", "0,500", "1,5", "12,34"])
def test_decimal_commas_in_a_workbook_are_each_reported_with_sheet_and_cell(text, tmp_path):
    book = openpyxl.load_workbook(EXAMPLE1)
    where = {}
    for sheet, name, age in PLACES:
        if age is None:
            row, col = key_row(book, sheet, name), 2
        else:
            row, col = age_row(age), column_of(book, sheet, name)
        book[sheet].cell(row, col).value = text
        where[sheet, f"{openpyxl.utils.get_column_letter(col)}{row}"] = name
    path = tmp_path / "commas.xlsx"
    book.save(path)
    with pytest.raises(InputError) as info:
        read_scheme(path)
    problems = info.value.problems
    listing = "\n".join(map(str, problems))
    assert {(p.sheet, p.cell) for p in problems} == set(where), listing
    for problem in problems:
        assert f"write {DECIMAL_COMMAS[text]} with a decimal point" in problem.message, listing
        assert "Traceback" not in str(problem)


def test_a_decimal_comma_in_a_year_table_is_reported(tmp_path):
    book = openpyxl.load_workbook(EXAMPLE1)
    ws = book.create_sheet("EconomyByYear")
    for values in (["Year", "inflation"], [2025, 0.03], [2030, "0,025"]):
        ws.append(values)
    book["Economy"].delete_rows(key_row(book, "Economy", "inflation"))
    path = tmp_path / "years.xlsx"
    book.save(path)
    with pytest.raises(InputError) as info:
        read_scheme(path)
    [problem] = info.value.problems
    assert (problem.sheet, problem.cell) == ("EconomyByYear", "B3")
    assert "inflation for 2030 holds the text '0,025'" in problem.message
    assert "write 0.025 with a decimal point" in problem.message
