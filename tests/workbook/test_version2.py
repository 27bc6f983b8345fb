"""Template version 2 (spec 11-16): the optional Scheme keys, the Disability and Survivors
sheets and the Pensioners column groups map onto the Scheme, take their defaults when absent,
and every value out of range is refused with its sheet, cell and a plain sentence."""
from __future__ import annotations

from functools import cache

import numpy as np
import openpyxl
import pytest

from reform_studio.engine.errors import InputError, Problem
from reform_studio.workbook import read_scheme
from tests.workbook.builders import (EXAMPLE1, EXAMPLE3, EXAMPLE4, age_row, column_of,
                                     delete_column, edited, key_row, set_key)

V2_KEYS = ("wage_dispersion", "service_spread", "contribution_ceiling_to_avg_wage",
           "minimum_service_years", "old_age_grant_rate", "disability_min_service_years",
           "disability_future_service_credit", "disability_mortality_factor", "survivor_share",
           "orphan_share", "orphan_age_limit", "spouse_age_difference",
           "survivor_min_service_years", "funeral_grant_to_avg_wage")


def read(tmp_path, change, base=EXAMPLE3):
    return read_scheme(edited(base, tmp_path / "case.xlsx", change))


def problems(tmp_path, change, base=EXAMPLE3) -> list[Problem]:
    with pytest.raises(InputError) as info:
        read(tmp_path, change, base)
    return info.value.problems


def only(tmp_path, change, sheet: str, cell: str | None, *words: str, base=EXAMPLE3) -> Problem:
    """The single problem the edit causes: at `sheet`, `cell`, and its sentence holds `words`."""
    found = problems(tmp_path, change, base)
    assert len(found) == 1, found
    [problem] = found
    assert (problem.sheet, problem.cell) == (sheet, cell), problem
    text = str(problem)
    assert f"sheet '{sheet}'" in text and (cell is None or f"cell {cell}" in text)
    for word in words:
        assert word in text, text
    return problem


@cache
def original(path) -> openpyxl.Workbook:
    """An example as openpyxl sees it, loaded once; tests only look at it."""
    return openpyxl.load_workbook(path)


def sheet_column(path, sheet: str, header: str) -> np.ndarray:
    """A column by age 0..100 straight from the file (blank = 0), to hold the reader against."""
    rows = list(original(path)[sheet].iter_rows(values_only=True))
    col = [str(h).strip().lower() for h in rows[0]].index(header)
    out = np.zeros(101)
    for row in rows[1:]:
        out[int(str(row[0]).rstrip("+"))] = row[col] or 0
    return out


def by_sex(path, sheet: str, prefix: str) -> np.ndarray:
    return np.stack([sheet_column(path, sheet, prefix + "male"),
                     sheet_column(path, sheet, prefix + "female")])


# --- mapping -------------------------------------------------------------------------------

def test_example3_fills_disability_survivors_and_funeral_grant():
    s = read_scheme(EXAMPLE3)
    d, v = s.disability, s.survivors
    assert (d.min_service_years, d.future_service_credit, d.mortality_factor) == (2, 0.5, 2.0)
    assert (s.survivor_share, v.orphan_share, v.orphan_age_limit) == (0.5, 0.2, 20)
    assert (v.spouse_age_difference, v.min_service_years) == (5, 2)
    assert s.funeral_grant_to_avg_wage == 0.12
    assert isinstance(d.min_service_years, int) and isinstance(v.orphan_age_limit, int)
    expected = {
        "incidence": (d.incidence, by_sex(EXAMPLE3, "Disability", "incidence_")),
        "married": (v.married, by_sex(EXAMPLE3, "Survivors", "married_")),
        "orphans": (v.orphans, by_sex(EXAMPLE3, "Survivors", "orphans_")),
        "orphan_age": (v.orphan_age, by_sex(EXAMPLE3, "Survivors", "orphan_age_")),
        "disabled": (d.pensioners, by_sex(EXAMPLE3, "Pensioners", "disability_pensioners_")),
        "disability pension": (d.pensions, by_sex(EXAMPLE3, "Pensioners", "disability_pension_")),
        "spouses": (v.spouses, by_sex(EXAMPLE3, "Pensioners", "survivors_")),
        "spouse pension": (v.spouse_pensions, by_sex(EXAMPLE3, "Pensioners", "survivor_pension_")),
        "orphans paid": (v.orphans_paid, sheet_column(EXAMPLE3, "Pensioners", "orphans")),
        "orphan pension": (v.orphan_pensions, sheet_column(EXAMPLE3, "Pensioners",
                                                           "orphan_pension")),
    }
    for name, (got, want) in expected.items():
        assert got.shape == want.shape and np.array_equal(got, want), name
        assert got.any() and not got.flags.writeable, name
    # not given in example3: the version-1 meaning
    assert (s.wage_dispersion, s.service_spread, s.contribution_ceiling_to_avg_wage) == (0, 0, None)
    assert (s.minimum_service_years, s.old_age_grant_rate) == (0, 0)


def test_example4_fills_classes_ceiling_and_qualifying_period():
    s = read_scheme(EXAMPLE4)
    assert (s.wage_dispersion, s.service_spread) == (0.55, 0.5)
    assert s.contribution_ceiling_to_avg_wage == 2.3
    assert (s.minimum_service_years, s.old_age_grant_rate) == (20, 0.1)
    assert isinstance(s.minimum_service_years, int)
    assert (s.minimum_pension_to_avg_wage, s.maximum_replacement_rate) == (0.3, 0.75)
    assert not s.disability.in_use and not s.survivors.in_use(s.survivor_share > 0)


def _assert_defaults(s) -> None:
    d, v = s.disability, s.survivors
    assert (s.wage_dispersion, s.service_spread, s.contribution_ceiling_to_avg_wage) == (0, 0, None)
    assert (s.minimum_service_years, s.old_age_grant_rate, s.survivor_share) == (0, 0, 0)
    assert s.funeral_grant_to_avg_wage == 0
    assert (d.min_service_years, d.future_service_credit, d.mortality_factor) == (0, 0, 1)
    assert (v.orphan_share, v.orphan_age_limit, v.spouse_age_difference) == (0, 18, 0)
    assert v.min_service_years == 0


def test_version1_workbook_gets_the_version2_defaults():
    s = read_scheme(EXAMPLE1)
    _assert_defaults(s)
    for array in (s.disability.incidence, s.disability.pensioners, s.survivors.married,
                  s.survivors.spouses, s.survivors.orphans_paid):
        assert not array.any() and not array.flags.writeable
    assert s.survivors.orphans_paid.shape == (101,)
    assert s.disability.incidence.shape == (2, 101)


def test_keys_left_empty_take_their_defaults(tmp_path):
    def change(book):
        for key in V2_KEYS:
            set_key(book, "Scheme", key, None)
        for column in ("orphans", "orphan_pension"):  # beyond the default limit of 18
            delete_column(book, "Pensioners", column)
        ws = book["Survivors"]
        for column in (column_of(book, "Survivors", "orphan_age_male"),
                       column_of(book, "Survivors", "orphan_age_female")):
            for row in range(2, 103):
                ws.cell(row, column).value = min(ws.cell(row, column).value or 0, 17)
    s = read(tmp_path, change)
    _assert_defaults(s)
    assert not s.survivors.orphans_paid.any() and s.survivors.spouses.any()


def test_optional_sheets_absent_give_zeros_and_groups_absent_too(tmp_path):
    def change(book):
        book.remove(book["Disability"])
        for column in ("survivors_male", "survivors_female", "survivor_pension_male",
                       "survivor_pension_female"):
            delete_column(book, "Pensioners", column)
    s = read(tmp_path, change)
    assert not s.disability.incidence.any() and s.disability.pensioners.any()
    assert not s.survivors.spouses.any() and s.survivors.orphans_paid.any()
    assert s.survivors.married.any()


# --- Scheme keys out of range --------------------------------------------------------------

@pytest.mark.parametrize("key, value, words", [
    ("wage_dispersion", 2.5, ("wage_dispersion is 2.5", "from 0 up to 2")),
    ("wage_dispersion", -0.1, ("from 0 up to 2",)),
    ("wage_dispersion", "wide", ("text 'wide'",)),
    ("service_spread", 1.5, ("service_spread is 1.5",)),
    ("contribution_ceiling_to_avg_wage", 0, ("above 0 up to 10",)),
    ("contribution_ceiling_to_avg_wage", 12, ("is 12", "above 0 up to 10")),
    ("minimum_service_years", 51, ("whole number between 0 and 50",)),
    ("minimum_service_years", 12.5, ("is 12.5", "whole number")),
    ("old_age_grant_rate", -0.1, ("between 0 and 1",)),
    ("disability_min_service_years", -1, ("whole number between 0 and 50",)),
    ("disability_future_service_credit", 50, ("looks like a percentage", "write 0.5")),
    ("disability_mortality_factor", 0.5, ("from 1 up to 10",)),
    ("survivor_share", 60, ("looks like a percentage", "write 0.6")),
    ("orphan_share", -0.2, ("between 0 and 1",)),
    ("orphan_age_limit", 0, ("whole number between 1 and 30",)),
    ("orphan_age_limit", 31, ("whole number between 1 and 30",)),
    ("spouse_age_difference", 25, ("whole number between -20 and 20",)),
    ("spouse_age_difference", 2.5, ("whole number",)),
    ("survivor_min_service_years", 60, ("whole number between 0 and 50",)),
    ("funeral_grant_to_avg_wage", 12, ("from 0 up to 10",)),
])
def test_scheme_key_out_of_range(tmp_path, key, value, words):
    book = original(EXAMPLE4)
    try:
        row = key_row(book, "Scheme", key)
    except KeyError:  # set_key adds it below the last row
        row = book["Scheme"].max_row + 1
    # example4 has no orphans, so a refused orphan_age_limit is the only problem
    only(tmp_path, lambda b: set_key(b, "Scheme", key, value), "Scheme", f"B{row}", *words,
         base=EXAMPLE4)


def test_v2_key_on_another_key_sheet_is_pointed_to_scheme(tmp_path):
    def change(book):
        book["Demography"].append(["survivor_share", 0.5])
    only(tmp_path, change, "Demography", "A9", "belongs on sheet 'Scheme'")


def test_mistyped_v2_key_is_reported(tmp_path):
    def change(book):
        book["Scheme"].cell(key_row(book, "Scheme", "wage_dispersion"), 1, "wage dispersion")
    only(tmp_path, change, "Scheme", "A20", "did you mean 'wage_dispersion'", base=EXAMPLE4)


# --- Disability and Survivors sheets ------------------------------------------------------

@pytest.mark.parametrize("sheet, header, age, value, words", [
    ("Disability", "incidence_male", 40, 1.2, ("incidence_male at age 40 is 1.2",
                                               "between 0 and 1")),
    ("Disability", "incidence_female", 30, -0.01, ("between 0 and 1",)),
    ("Disability", "incidence_female", 30, "n/a", ("text 'n/a'",)),
    ("Survivors", "married_female", 50, 1.1, ("married_female at age 50", "between 0 and 1")),
    ("Survivors", "orphans_male", 40, 11, ("orphans_male at age 40 is 11", "from 0 up to 10")),
    ("Survivors", "orphans_female", 40, -1, ("from 0 up to 10",)),
    ("Survivors", "orphan_age_female", 40, 7.5, ("orphan_age_female at age 40 is 7.5",
                                                 "whole number")),
    ("Survivors", "orphan_age_male", 40, -1, ("whole number between 0 and 29",)),
    ("Pensioners", "disability_pensioners_male", 50, -3, ("cannot be negative",)),
    ("Pensioners", "survivor_pension_female", 70, "abc", ("text 'abc'",)),
    ("Pensioners", "orphan_pension", 5, -1, ("orphan_pension at age 5", "cannot be negative")),
])
def test_age_table_value_out_of_range(tmp_path, sheet, header, age, value, words):
    col = column_of(original(EXAMPLE3), sheet, header)
    cell = f"{openpyxl.utils.get_column_letter(col)}{age_row(age)}"
    only(tmp_path, lambda b: b[sheet].cell(age_row(age), col, value), sheet, cell, *words)


def test_orphan_age_must_be_below_the_limit(tmp_path):
    def change(book):
        book["Survivors"].cell(age_row(40), column_of(book, "Survivors", "orphan_age_male"), 20)
    only(tmp_path, change, "Survivors", "F42", "orphan_age_male is 20 or more at age 40",
         "orphan age limit, 20", "orphan_age_limit in B23")


def test_orphans_paid_at_or_above_the_limit(tmp_path):
    def change(book):
        col = column_of(book, "Pensioners", "orphan_pension")
        for age in (25, 26, 27):
            book["Pensioners"].cell(age_row(age), col, 100)
    only(tmp_path, change, "Pensioners", "O27", "orphan_pension is not 0 at ages 25-27",
         "(first in O27)", "blank or 0 from age 20 up")


def test_default_limit_applies_when_the_key_is_not_given(tmp_path):
    """example3 pays orphans up to 19 under its limit of 20; without the key the limit is 18."""
    found = problems(tmp_path, lambda b: set_key(b, "Scheme", "orphan_age_limit", None))
    assert {(p.sheet, p.cell[0]) for p in found} == {
        ("Survivors", "F"), ("Survivors", "G"), ("Pensioners", "N"), ("Pensioners", "O")}
    for problem in found:
        assert "orphan age limit, 18 (the default" in problem.message
    assert [p.cell for p in found if p.sheet == "Pensioners"] == ["N20", "O20"]
    assert "at ages 18-19" in found[-1].message


def test_refused_limit_is_reported_alone(tmp_path):
    only(tmp_path, lambda b: set_key(b, "Scheme", "orphan_age_limit", 0), "Scheme", "B23")


def test_survivors_sheet_needs_all_its_columns(tmp_path):
    only(tmp_path, lambda b: delete_column(b, "Survivors", "orphan_age_female"), "Survivors",
         "G1", "no column headed 'orphan_age_female'")


def test_near_miss_of_an_optional_v2_sheet(tmp_path):
    def change(book):
        book["Disability"].title = "Disabilty"
    only(tmp_path, change, "Disabilty", None, "rename it 'Disability'")


# --- Pensioners column groups go together --------------------------------------------------

@pytest.mark.parametrize("dropped, group", [
    ("disability_pension_female", "disability_pensioners_male"),
    ("survivors_male", "survivor_pension_female"),
    ("orphans", "orphan_pension"),
])
def test_a_pensioners_group_given_in_part_is_refused(tmp_path, dropped, group):
    problem = only(tmp_path, lambda b: delete_column(b, "Pensioners", dropped), "Pensioners",
                   "O1", f"no column headed '{dropped}'", "go together (give all or none)")
    assert group in problem.message


def test_every_problem_is_reported_together(tmp_path):
    def change(book):
        set_key(book, "Scheme", "survivor_share", 2)
        book["Disability"].cell(age_row(30), 2, 3)
        book["Survivors"].cell(age_row(45), 4, 12)
        delete_column(book, "Pensioners", "orphan_pension")
        set_key(book, "Economy", "inflation", "x")
    found = problems(tmp_path, change)
    assert {(p.sheet, p.cell) for p in found} == {
        ("Scheme", "B21"), ("Disability", "B32"), ("Survivors", "D47"), ("Pensioners", "O1"),
        ("Economy", "B3")}


def _orphan_over_limit(book) -> None:
    """Survivors F42: an orphan age of 20 at age 40, at example3's limit of 20 (Scheme B23)."""
    book["Survivors"].cell(age_row(40), column_of(book, "Survivors", "orphan_age_male"), 20)


@pytest.mark.parametrize("unrelated, where", [
    # a Pensioners group given in part: the whole sheet cannot be read
    (lambda b: delete_column(b, "Pensioners", "disability_pension_female"), ("Pensioners", "O1")),
    # a required sheet without its Age header: that table cannot be read either
    (lambda b: b["Labour"].cell(1, 1, "Years"), ("Labour", "A1")),
    # a required sheet missing altogether
    (lambda b: b.remove(b["Fertility"]), ("Fertility", None)),
    # a refused cell on another sheet
    (lambda b: b["Disability"].cell(age_row(30), 2, 3), ("Disability", "B32")),
    # a refused Scheme key that the orphan rule does not use
    (lambda b: set_key(b, "Scheme", "survivor_share", 60), ("Scheme", "B21")),
])
def test_orphan_age_over_the_limit_is_reported_with_an_unrelated_problem(tmp_path, unrelated,
                                                                         where):
    """A rule spanning two sheets runs whenever those two were read, whatever else is wrong,
    so the first run lists the orphan age too (spec 9: all problems reported together)."""
    def change(book):
        unrelated(book)
        _orphan_over_limit(book)
    found = problems(tmp_path, change)
    assert {(p.sheet, p.cell) for p in found} == {where, ("Survivors", "F42")}, found
    [orphan] = [p for p in found if p.sheet == "Survivors"]
    assert "orphan_age_male is 20 or more at age 40" in orphan.message
    assert "orphan_age_limit in B23" in orphan.message


def test_orphan_stock_over_the_limit_is_reported_with_an_unreadable_sheet(tmp_path):
    def change(book):
        col = column_of(book, "Pensioners", "orphans")
        book["Pensioners"].cell(age_row(25), col, 10)
        book["Contributors"].cell(1, 1, "Years")
    found = problems(tmp_path, change)
    assert {(p.sheet, p.cell) for p in found} == {("Contributors", "A1"), ("Pensioners", "N27")}


def test_required_keys_are_reported_with_an_unreadable_table(tmp_path):
    """Before, a table that could not be read hid every cross-sheet problem, a missing
    required key included."""
    def change(book):
        set_key(book, "Scheme", "contribution_rate", None)
        delete_column(book, "Mortality", "qx_female")
    found = problems(tmp_path, change)
    assert {p.sheet for p in found} == {"Scheme", "Mortality"}
    assert any("'contribution_rate' is required" in p.message for p in found)


def test_a_refused_orphan_age_is_not_checked_again_against_the_limit(tmp_path):
    """30 is outside 0..29, refused on reading; the limit rule does not report it again."""
    def change(book):
        book["Survivors"].cell(age_row(40), column_of(book, "Survivors", "orphan_age_male"), 30)
        delete_column(book, "Pensioners", "orphans")
    found = problems(tmp_path, change)
    assert {(p.sheet, p.cell) for p in found} == {("Survivors", "F42"), ("Pensioners", "O1")}
    [orphan] = [p for p in found if p.sheet == "Survivors"]
    assert "between 0 and 29" in orphan.message
