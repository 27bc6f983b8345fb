"""Optional sheets and keys map onto the Scheme as spec 9 says; their rules are enforced."""
from __future__ import annotations

import numpy as np
import pytest

from reform_studio.engine.errors import InputError
from reform_studio.engine.scheme import BasicPension, YearPath
from reform_studio.workbook import read_scheme
from tests.workbook.builders import (EXAMPLE1, EXAMPLE2, add_sheet, age_row, delete_key, edited,
                                     set_key)


def read(tmp_path, change, base=EXAMPLE1):
    return read_scheme(edited(base, tmp_path / "case.xlsx", change))


def messages(tmp_path, change, base=EXAMPLE1) -> list[str]:
    with pytest.raises(InputError) as info:
        read(tmp_path, change, base)
    return [str(p) for p in info.value.problems]


def test_economy_by_year_sorted_with_years_before_base_year(tmp_path):
    def change(book):
        set_key(book, "Economy", "inflation", None)
        add_sheet(book, "EconomyByYear", [["Year", "Inflation ", "Notes"], [2030, 0.02, "x"],
                                          [None, None, "blank rows are skipped"],
                                          [2020, 0.05, None], [2025, 0.03]])
    s = read(tmp_path, change)
    assert s.inflation == YearPath((2020, 2025, 2030), (0.05, 0.03, 0.02))
    assert s.real_wage_growth == YearPath((2025,), (0.015,))


def test_year_table_quantity_must_not_also_be_a_key(tmp_path):
    def change(book):
        add_sheet(book, "EconomyByYear", [["Year", "investment_return"], [2030, 0.05]])
    [text] = messages(tmp_path, change)
    assert "sheet 'Economy', cell B5" in text and "gives it year by year" in text


def test_demography_by_year_tfr_replaces_the_three_keys(tmp_path):
    def change(book):
        for key in ("tfr", "tfr_target", "tfr_target_year"):
            set_key(book, "Demography", key, None)
        add_sheet(book, "DemographyByYear", [["Year", "tfr", "net_migration"],
                                             [2025, 2.1, 0], [2050, 1.7, 0]])
        set_key(book, "Demography", "net_migration", None)
    s = read(tmp_path, change)
    assert s.tfr == YearPath((2025, 2050), (2.1, 1.7))
    assert (s.tfr_start, s.tfr_target, s.tfr_target_year) == (None, None, None)
    assert s.net_migration == YearPath((2025, 2050), (0.0, 0.0))


def test_tfr_keys_refused_next_to_a_tfr_column(tmp_path):
    def change(book):
        add_sheet(book, "DemographyByYear", [["Year", "tfr"], [2025, 2.1]])
    found = messages(tmp_path, change)
    assert len(found) == 3 and all("replaces the tfr keys" in t for t in found)


def test_improvement_columns_replace_the_keys(tmp_path):
    def change(book):
        ws = book["Mortality"]
        ws.cell(1, 4, "improvement_male")
        ws.cell(1, 5, "improvement_female")
        for age in range(101):
            ws.cell(age_row(age), 4, 0.02 if age < 50 else 0.01)
            ws.cell(age_row(age), 5, 0.015)
        for key in ("mortality_improvement_male", "mortality_improvement_female"):
            delete_key(book, "Demography", key)
    s = read(tmp_path, change)
    assert s.mortality_improvement[0, 10] == 0.02 and s.mortality_improvement[0, 60] == 0.01
    assert np.all(s.mortality_improvement[1] == 0.015)


def test_improvement_columns_go_together_without_blanks(tmp_path):
    def change(book):
        book["Mortality"].cell(1, 4, "improvement_male")
    [text] = messages(tmp_path, change)
    assert "no column headed 'improvement_female'" in text and "cell E1" in text


def test_mortality_by_year_in_any_order(tmp_path):
    def change(book):
        ws = book["MortalityByYear"]
        rows = [list(r) for r in ws.iter_rows(min_row=2, values_only=True)]
        ws.delete_rows(2, ws.max_row)
        for values in reversed(rows):
            ws.append(values)
        for values in rows:
            ws.append([2060] + values[1:])
    s = read(tmp_path, change, EXAMPLE2)
    assert list(s.qx_by_year) == [2045, 2060]
    np.testing.assert_array_equal(s.qx_by_year[2045], s.qx_by_year[2060])
    assert s.qx_by_year[2045][0, 0] == 0.031341


def test_mortality_by_year_rules(tmp_path):
    def change(book):
        ws = book["MortalityByYear"]
        ws.cell(age_row(5), 3).value = None  # blank qx
        ws.cell(age_row(6), 2, 5)  # age 5 twice, age 6 missing
        ws.append([2022, 0, 0.1, 0.1])  # not after the base year
    found = messages(tmp_path, change, EXAMPLE2)
    assert any("cell C7" in t and "is empty" in t for t in found)
    assert any("cell B8" in t and "age 5 of 2045 appears again" in t for t in found)
    assert any("cell A2" in t and "2045 lacks age 6" in t for t in found)
    assert any("cell A103" in t and "not after the base year 2022" in t for t in found)


def test_schedule_maps_columns_present(tmp_path):
    def change(book):
        add_sheet(book, "Schedule", [["Year", "contribution_rate", "pensionable_age_male"],
                                     [2035, 0.17, 65], [2030, 0.16, 63]])
    s = read(tmp_path, change)
    assert dict(s.schedule) == {"contribution_rate": ((2030, 0.16), (2035, 0.17)),
                                "pensionable_age_male": ((2030, 63), (2035, 65))}
    assert isinstance(s.schedule["pensionable_age_male"][0][1], int)
    with pytest.raises(TypeError):
        s.schedule["x"] = ()


def test_schedule_needs_later_years_and_filled_cells(tmp_path):
    def change(book):
        add_sheet(book, "Schedule", [["Year", "contribution_rate", "pensionable_age_male"],
                                     [2025, 0.16, 63], [2030, None, 64]])
    found = messages(tmp_path, change)
    assert any("cell A2" in t and "not after the base year" in t for t in found)
    assert any("cell B3" in t and "is empty" in t for t in found)


@pytest.mark.parametrize("flag", [True, "yes", 1, "TRUE"])
def test_basic_pension_enabled(tmp_path, flag):
    def change(book):
        set_key(book, "Scheme", "basic_pension_enabled", flag)
        set_key(book, "Scheme", "basic_pension_age", 70)
        set_key(book, "Scheme", "basic_pension_level_to_gdp_per_capita", 0.1)
    s = read(tmp_path, change)
    assert s.basic_pension == BasicPension(True, 70, 0.1, "universal", 1.0, 0.0, None)


def test_basic_pension_all_fields_and_disabled(tmp_path):
    def change(book):
        for key, value in [("enabled", "Yes"), ("age", 68), ("level_to_gdp_per_capita", 0.12),
                           ("targeting", "Pension-tested"), ("take_up", 0.8),
                           ("admin_share", 0.05), ("from_year", 2030)]:
            set_key(book, "Scheme", f"basic_pension_{key}", value)
    s = read(tmp_path, change)
    assert s.basic_pension == BasicPension(True, 68, 0.12, "pension_tested", 0.8, 0.05, 2030)
    off = read(tmp_path, lambda b: (change(b), set_key(b, "Scheme", "basic_pension_enabled", 0)))
    assert off.basic_pension is None


def test_basic_pension_needs_age_and_level_when_enabled(tmp_path):
    found = messages(tmp_path, lambda b: set_key(b, "Scheme", "basic_pension_enabled", True))
    assert len(found) == 2 and all("when basic_pension_enabled is TRUE" in t for t in found)


def test_horizon_default_and_range(tmp_path):
    assert read(tmp_path, lambda b: set_key(b, "Scheme", "horizon", None)).horizon == 75
    [text] = messages(tmp_path, lambda b: set_key(b, "Scheme", "horizon", 5))
    assert "cell B6" in text and "between 10 and 150" in text


def test_optional_rates_empty_or_positive(tmp_path):
    s = read(tmp_path, lambda b: set_key(b, "Scheme", "maximum_replacement_rate", None))
    assert s.maximum_replacement_rate is None
    [text] = messages(tmp_path, lambda b: set_key(b, "Scheme", "minimum_pension_to_avg_wage", 0))
    assert "cell B13" in text and "above 0" in text


def test_labels_are_optional(tmp_path):
    def change(book):
        for key in ("country", "scheme_name", "currency"):
            delete_key(book, "Scheme", key)
    s = read(tmp_path, change)
    assert (s.country, s.scheme_name, s.currency) == ("", "case", "")


def test_net_migration_without_migration_sheet(tmp_path):
    found = messages(tmp_path, lambda b: b.remove(b["Migration"]), EXAMPLE2)
    assert len(found) == 1
    assert "sheet 'Demography', cell B8" in found[0] and "no Migration sheet" in found[0]


def test_names_headers_and_keys_ignore_case_and_outer_spaces(tmp_path):
    def change(book):
        book["Scheme"].title = " scheme "
        book["Mortality"].cell(1, 2, " QX_Male ")
        book[" scheme "].cell(7, 1, " Contribution_Rate")
        book["Population"].cell(age_row(100), 1, "100+")
        book["Economy"].delete_rows(1)  # the header row is optional
    s = read(tmp_path, change)
    assert s.contribution_rate == 0.14 and s.qx[0, 0] == 0.032752
    assert s.population[1, 100] == 1786


def test_extra_columns_and_unknown_sheets_are_ignored(tmp_path):
    def change(book):
        book["Population"].cell(1, 5, "Source")
        book["Population"].cell(2, 5, "census")
        add_sheet(book, "Notes", [["anything", 1]])
    assert read(tmp_path, change).population[0, 0] == 109684


def test_year_table_column_blank_in_every_row_is_not_given(tmp_path):
    def change(book):
        set_key(book, "Economy", "inflation", None)
        add_sheet(book, "EconomyByYear", [["Year", "inflation", "real_wage_growth"],
                                          [2025, 0.03, None], [2040, 0.02, None]])
    s = read(tmp_path, change)
    assert s.inflation == YearPath((2025, 2040), (0.03, 0.02))
    assert s.real_wage_growth == YearPath((2025,), (0.015,))
