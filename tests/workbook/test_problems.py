"""Each class of bad input named in spec 9 gives a sentence with its sheet and cell."""
from __future__ import annotations

import pytest

from reform_studio.engine.errors import InputError, Problem
from reform_studio.workbook import read_scheme
from tests.workbook.builders import (EXAMPLE1, add_sheet, age_row, delete_key, edited, key_row,
                                     set_key)


def problems(path) -> list[Problem]:
    with pytest.raises(InputError) as info:
        read_scheme(path)
    assert info.value.source == path.name
    return info.value.problems


def only(path, sheet: str, cell: str | None, *words: str) -> Problem:
    """The single problem of `path`; its text names the sheet and cell and holds `words`."""
    found = problems(path)
    assert len(found) == 1, found
    problem = found[0]
    assert (problem.sheet, problem.cell) == (sheet, cell)
    text = str(problem)
    assert f"sheet '{sheet}'" in text
    if cell:
        assert f"cell {cell}" in text
    for word in words:
        assert word in text
    return problem


def test_missing_sheet(tmp_path):
    path = edited(EXAMPLE1, tmp_path / "x.xlsx", lambda b: b.remove(b["Fertility"]))
    only(path, "Fertility", None, "the sheet 'Fertility' is missing")


def test_missing_key_points_where_to_add_it(tmp_path):
    path = edited(EXAMPLE1, tmp_path / "x.xlsx", lambda b: delete_key(b, "Scheme", "accrual_rate"))
    only(path, "Scheme", "A19", "'accrual_rate' is required")


def test_key_with_empty_value_is_not_given(tmp_path):
    path = edited(EXAMPLE1, tmp_path / "x.xlsx", lambda b: set_key(b, "Economy", "gdp", None))
    only(path, "Economy", "B2", "'gdp' is required", "is empty")


def test_age_missing(tmp_path):
    def change(book):
        for col in (1, 2, 3):
            book["Population"].cell(age_row(37), col).value = None
    only(edited(EXAMPLE1, tmp_path / "x.xlsx", change), "Population", "A1", "age 37 is missing")


def test_age_repeated(tmp_path):
    def change(book):
        book["Mortality"].cell(age_row(37), 1).value = 36
    found = problems(edited(EXAMPLE1, tmp_path / "x.xlsx", change))
    assert [(p.sheet, p.cell) for p in found] == [("Mortality", "A39"), ("Mortality", "A1")]
    assert "age 36 appears again (first in A38)" in found[0].message
    assert "age 37 is missing" in found[1].message


def test_text_in_a_number_cell(tmp_path):
    path = edited(EXAMPLE1, tmp_path / "x.xlsx",
                  lambda b: b["Population"].cell(age_row(10), 3, "about 5000"))
    only(path, "Population", "C12", "Female at age 10", "text 'about 5000'")


def test_probability_outside_0_1(tmp_path):
    path = edited(EXAMPLE1, tmp_path / "x.xlsx",
                  lambda b: b["Mortality"].cell(age_row(80), 2, 1.2))
    only(path, "Mortality", "B82", "qx_male at age 80", "between 0 and 1")


def test_negative_count(tmp_path):
    path = edited(EXAMPLE1, tmp_path / "x.xlsx",
                  lambda b: b["Pensioners"].cell(age_row(70), 3, -5))
    only(path, "Pensioners", "C72", "pensioners_female at age 70", "cannot be negative")


def test_rate_typed_as_a_percentage(tmp_path):
    path = edited(EXAMPLE1, tmp_path / "x.xlsx",
                  lambda b: set_key(b, "Scheme", "contribution_rate", 18))
    only(path, "Scheme", "B7", "looks like a percentage: write 0.18 for 18 %")


def test_pensionable_age_outside_40_80(tmp_path):
    path = edited(EXAMPLE1, tmp_path / "x.xlsx",
                  lambda b: set_key(b, "Scheme", "pensionable_age_male", 85))
    only(path, "Scheme", "B8", "pensionable_age_male is 85", "between 40 and 80")


def test_reference_period_longer_than_pensionable_age_minus_15(tmp_path):
    path = edited(EXAMPLE1, tmp_path / "x.xlsx",
                  lambda b: set_key(b, "Scheme", "reference_period_years", 46))
    only(path, "Scheme", "B11", "pensionable_age_female (60) - 15 = 45")


def test_reference_period_checked_against_schedule_ages(tmp_path):
    def change(book):
        set_key(book, "Scheme", "reference_period_years", 40)
        add_sheet(book, "Schedule", [["Year", "pensionable_age_female"], [2030, 60], [2035, 54]])
    only(edited(EXAMPLE1, tmp_path / "x.xlsx", change), "Schedule", "B3",
         "pensionable_age_female for 2035 is 54", "at least 55")


def test_tfr_target_year_not_after_base_year(tmp_path):
    path = edited(EXAMPLE1, tmp_path / "x.xlsx",
                  lambda b: set_key(b, "Demography", "tfr_target_year", 2025))
    only(path, "Demography", "B4", "tfr_target_year is 2025, not after the base year 2025")


def test_revaluation_not_a_method(tmp_path):
    path = edited(EXAMPLE1, tmp_path / "x.xlsx",
                  lambda b: set_key(b, "Scheme", "revaluation", "salaries"))
    only(path, "Scheme", "B12", "must be one of none, prices, wages")


def test_repeated_key(tmp_path):
    def change(book):
        book["Economy"].append(["Inflation ", 0.05])
    only(edited(EXAMPLE1, tmp_path / "x.xlsx", change), "Economy", "A7",
         "'inflation' appears again (first in A3)")


def test_repeated_year(tmp_path):
    def change(book):
        set_key(book, "Economy", "inflation", None)
        add_sheet(book, "EconomyByYear", [["Year", "inflation"], [2025, 0.03], [2030, 0.02],
                                          [2025, 0.04]])
    only(edited(EXAMPLE1, tmp_path / "x.xlsx", change), "EconomyByYear", "A4",
         "the year 2025 appears again (first in A2)")


def test_all_problems_are_reported_together(tmp_path):
    def change(book):
        set_key(book, "Scheme", "contribution_rate", 14)
        book["Mortality"].cell(age_row(3), 3, -0.1)
        book.remove(book["Labour"])
    found = problems(edited(EXAMPLE1, tmp_path / "x.xlsx", change))
    assert {(p.sheet, p.cell) for p in found} == {("Scheme", "B7"), ("Mortality", "C5"),
                                                  ("Labour", None)}


def test_key_in_the_wrong_sheet_and_near_miss_key(tmp_path):
    def change(book):
        row = key_row(book, "Economy", "gdp")
        book["Economy"].cell(row, 1, "GDP ")  # case and spaces are fine
        set_key(book, "Scheme", "inflation", 0.02)
        book["Scheme"].cell(key_row(book, "Scheme", "accrual_rate"), 1, "accrual rate")
    found = problems(edited(EXAMPLE1, tmp_path / "x.xlsx", change))
    texts = {(p.sheet, p.cell): p.message for p in found}
    assert "belongs on sheet 'Economy'" in texts["Scheme", "A20"]
    assert "did you mean 'accrual_rate'?" in texts["Scheme", "A10"]
