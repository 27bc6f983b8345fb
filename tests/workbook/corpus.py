"""A corpus of broken and hostile input files, one per class of problem the reader refuses.

Each `Case` builds its file in a folder (from one of the spec's examples, edited with openpyxl, or
crafted byte by byte) and says what the reader must answer: the sheet and cell of one
problem (None where the whole file is refused) and words its sentence must hold.
`python -m tests.workbook.corpus DIR` writes them all, for trying the GUI or the CLI by hand.
"""
from __future__ import annotations

import base64
import datetime as dt
import os
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import openpyxl

from tests.workbook.builders import (EXAMPLE1, EXAMPLE2, EXAMPLE3, EXAMPLE4, add_sheet, age_row,
                                     delete_column, delete_key, edited, set_key)


@dataclass(frozen=True)
class Case:
    name: str
    build: Callable[[Path], Path]
    sheet: str | None
    cell: str | None
    words: tuple[str, ...]
    hostile: bool = False  # must be refused within a second
    count: int = 1  # problems reported in all: nothing spurious next to the one expected


CASES: list[Case] = []


def case(sheet: str | None, cell: str | None, *words: str, hostile: bool = False):
    def register(build: Callable[[Path], Path]) -> Callable[[Path], Path]:
        CASES.append(Case(build.__name__.strip("_"), build, sheet, cell, words, hostile))
        return build
    return register


def edit(change, base: Path = EXAMPLE1) -> Callable[[Path], Path]:
    """A builder that saves `base` edited by `change` under the case's name."""
    def build(folder: Path) -> Path:
        return edited(base, folder / "edited.xlsx", change)
    return build


def _parts(folder: Path) -> tuple[Path, dict[str, bytes], list[str]]:
    """example1 as saved by openpyxl (canonical part names), its parts and sheet titles."""
    base = folder / "base.xlsx"
    book = openpyxl.load_workbook(EXAMPLE1)
    book.save(base)
    with zipfile.ZipFile(base) as archive:
        return base, {n: archive.read(n) for n in archive.namelist()}, book.sheetnames


def _zip(target: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return target


def _sheet_part(titles: list[str], title: str) -> str:
    return f"xl/worksheets/sheet{titles.index(title) + 1}.xml"


def _write(folder: Path, name: str, data: bytes) -> Path:
    (folder / name).write_bytes(data)
    return folder / name


# --- files that are not .xlsx workbooks at all ------------------------------------------

@case(None, None, "Excel 97-2003", ".xls")
def _old_xls(folder):
    return _write(folder, "old.xls", bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504))


@case(None, None, "protected with a password")
def _encrypted_xlsx(folder):
    body = bytes(200) + "EncryptionInfo".encode("utf-16-le") + bytes(200)
    return _write(folder, "secret.xlsx", bytes.fromhex("D0CF11E0A1B11AE1") + body)


@case(None, None, "Excel Binary Workbook (.xlsb)")
def _xlsb(folder):
    return _zip(folder / "book.xlsb", {"[Content_Types].xml": b"<Types/>",
                                       "xl/workbook.bin": b"\x83\x01\x00"})


@case(None, None, "OpenDocument spreadsheet (.ods)")
def _ods(folder):
    return _zip(folder / "book.ods", {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
                                      "content.xml": b"<office:document-content/>"})


@case(None, None, "text (CSV) file")
def _csv(folder):
    return _write(folder, "scheme.csv", b"Parameter,Value\nbase_year,2025\n")


@case(None, None, "not an Excel workbook", "save it as an Excel Workbook (.xlsx)")
def _png_named_xlsx(folder):
    return _write(folder, "picture.xlsx", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)


@case(None, None, "damaged or incomplete")
def _truncated(folder):
    data = EXAMPLE1.read_bytes()
    return _write(folder, "half.xlsx", data[: len(data) // 2])


@case(None, None, "is empty (0 bytes)")
def _empty_file(folder):
    return _write(folder, "empty.xlsx", b"")


@case(None, None, "zip archive but not an Excel workbook")
def _word_document(folder):
    return _zip(folder / "letter.xlsx", {"[Content_Types].xml": b"<Types/>",
                                         "word/document.xml": b"<w:document/>"})


@case(None, None, "none of the sheets of an input workbook")
def _new_blank_workbook(folder):
    path = folder / "blank.xlsx"
    openpyxl.Workbook().save(path)
    return path


@case(None, None, "none of the sheets of an input workbook", "Scheme, Economy")
def _only_other_sheets(folder):
    path = folder / "other.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Data"
    book.active.append(["year", "gdp"])
    book.create_sheet("Notes").append(["see attached"])
    book.save(path)
    return path


# --- hostile files ----------------------------------------------------------------------

@case(None, None, "zip bomb", hostile=True)
def _zip_bomb(folder):
    _, parts, _ = _parts(folder)
    parts["xl/media/padding.bin"] = bytes(50 * 2**20)
    return _zip(folder / "bomb.xlsx", parts)


_LAUGHS = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol0 "lol">'
           + b"".join(b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10)
                      for i in range(1, 10))
           + b']>\n')


@case(None, None, "entity or DTD declarations", hostile=True)
def _billion_laughs_in_a_sheet(folder):
    _, parts, titles = _parts(folder)
    parts[_sheet_part(titles, "Scheme")] = _LAUGHS + (
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
        b'</sheetData></worksheet>')
    return _zip(folder / "laughs.xlsx", parts)


@case(None, None, "entity or DTD declarations", hostile=True)
def _billion_laughs_in_shared_strings(folder):
    _, parts, _ = _parts(folder)
    parts["xl/sharedStrings.xml"] = _LAUGHS + (
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
        b'uniqueCount="1"><si><t>&lol9;</t></si></sst>')
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                     b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                     b"</Types>")
    return _zip(folder / "laughs.xlsx", parts)


def _million_rows(folder: Path, dimension: bytes) -> Path:
    """Population with a million rows, streamed into the zip (about 75 MB unpacked)."""
    _, parts, titles = _parts(folder)
    target = folder / "huge.xlsx"
    member = _sheet_part(titles, "Population")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, data in parts.items():
            if name != member:
                archive.writestr(name, data)
        with archive.open(member, "w", force_zip64=True) as out:
            out.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
                      b'2006/main">' + dimension + b"<sheetData>")
            for start in range(1, 1_000_001, 10_000):
                out.write(b"".join(b'<row r="%d"><c r="A%d"><v>%d</v></c><c r="B%d"><v>7</v></c>'
                                   b"</row>" % (r, r, r % 101, r)
                                   for r in range(start, start + 10_000)))
            out.write(b"</sheetData></worksheet>")
    return target


@case("Population", "A10001", "more than 10,000 rows", hostile=True)
def _million_rows_declared(folder):
    return _million_rows(folder, b'<dimension ref="A1:B1000000"/>')


@case(None, None, "does not declare its size", hostile=True)
def _million_rows_undeclared(folder):
    return _million_rows(folder, b"")


@case("Scheme", "B2", "characters of text", hostile=True)
def _ten_megabyte_string(folder):
    _, parts, titles = _parts(folder)
    text = base64.b64encode(os.urandom(7_500_000))
    member = _sheet_part(titles, "Scheme")
    parts[member] = parts[member].replace(b"<t>Syntheland 01</t>", b"<t>" + text + b"</t>")
    return _zip(folder / "long.xlsx", parts)


# --- broken content ---------------------------------------------------------------------

@case("Economy", "B3", "formula without a saved value", "save it")
def _formula_without_value(folder):
    return edit(lambda b: set_key(b, "Economy", "inflation", "=0.01*3"))(folder)


@case("Labour", "C42", "lfpr_female at age 40 is a formula without a saved value")
def _formula_in_a_blank_is_zero_table(folder):
    return edit(lambda b: b["Labour"].cell(age_row(40), 3, "=B42*0.9"))(folder)


@case("Mortality", "C10", "Excel error #DIV/0!")
def _div0(folder):
    return edit(lambda b: b["Mortality"].cell(10, 3, "#DIV/0!"))(folder)


@case("Population", "B5", "Excel error #REF!")
def _ref_error(folder):
    return edit(lambda b: b["Population"].cell(5, 2, "#REF!"))(folder)


@case("Scheme", "B5", "date or time")
def _date_in_a_number_cell(folder):
    return edit(lambda b: set_key(b, "Scheme", "base_year", dt.datetime(2025, 1, 1)))(folder)


@case("Economy", "B6", "holds TRUE")
def _boolean_in_a_number_cell(folder):
    return edit(lambda b: set_key(b, "Economy", "unemployment_rate", True))(folder)


@case("Scheme", "B7", "text '0,18'")
def _decimal_comma(folder):
    return edit(lambda b: set_key(b, "Scheme", "contribution_rate", "0,18"))(folder)


# --- spec 9 rules, one workbook each -----------------------------------------------------

_rules: list[tuple[str, str | None, str | None, tuple[str, ...], Callable]] = [
    ("missing_sheet", "Labour", None, ("the sheet 'Labour' is missing",),
     lambda b: b.remove(b["Labour"])),
    ("missing_key", "Economy", "A6", ("'gdp' is required",),
     lambda b: delete_key(b, "Economy", "gdp")),
    ("missing_column", "Contributors", "H1", ("no column headed 'wage_female'",),
     lambda b: b["Contributors"].cell(1, 5, "wages_female")),
    ("age_missing", "Labour", "A1", ("ages 20-21 are missing",),
     lambda b: b["Labour"].delete_rows(age_row(20), 2)),
    ("age_repeated", "Pensioners", "A50", ("age 47 appears again",),
     lambda b: b["Pensioners"].cell(age_row(48), 1, 47)),
    ("age_outside_fertile_range", "Fertility", "A37", ("between 15 and 49",),
     lambda b: b["Fertility"].append([50, 0.001])),
    ("text_in_number", "Labour", "B42", ("text 'n/a'",),
     lambda b: b["Labour"].cell(age_row(40), 2, "n/a")),
    ("probability_outside", "Mortality", "B3", ("probability must be between 0 and 1",),
     lambda b: b["Mortality"].cell(age_row(1), 2, -0.1)),
    ("negative_count", "Population", "B22", ("cannot be negative",),
     lambda b: b["Population"].cell(age_row(20), 2, -100)),
    ("percentage_rate", "Scheme", "B10", ("write 0.02 for 2 %",),
     lambda b: set_key(b, "Scheme", "accrual_rate", 2)),
    ("percentage_lfpr", "Labour", "C42", ("write 0.75 for 75 %",),
     lambda b: b["Labour"].cell(age_row(40), 3, 75)),
    ("age_outside_40_80", "Scheme", "B9", ("between 40 and 80",),
     lambda b: set_key(b, "Scheme", "pensionable_age_female", 38)),
    ("reference_period", "Scheme", "B11", ("longer than pensionable_age_female (60) - 15",),
     lambda b: set_key(b, "Scheme", "reference_period_years", 50)),
    ("tfr_target_year", "Demography", "B4", ("not after the base year",),
     lambda b: set_key(b, "Demography", "tfr_target_year", 2020)),
    ("revaluation", "Scheme", "B12", ("none, prices, wages",),
     lambda b: set_key(b, "Scheme", "revaluation", "CPI")),
    ("repeated_key", "Demography", "A9", ("'tfr' appears again",),
     lambda b: b["Demography"].append(["TFR", 2.0])),
    ("repeated_year", "DemographyByYear", "A4", ("2030 appears again",),
     lambda b: add_sheet(b, "DemographyByYear", [["Year", "sex_ratio_at_birth"], [2030, 1.05],
                                                 [2040, 1.05], [2030, 1.06]])
     or set_key(b, "Demography", "sex_ratio_at_birth", None)),
    ("year_without_year", "EconomyByYear", "A3", ("values but no year",),
     lambda b: add_sheet(b, "EconomyByYear", [["Year", "inflation"], [2030, 0.02], [None, 0.03]])
     or set_key(b, "Economy", "inflation", None)),
    ("year_table_and_key", "Economy", "B5", ("'EconomyByYear' gives it year by year",),
     lambda b: add_sheet(b, "EconomyByYear", [["Year", "investment_return"], [2030, 0.05]])),
    ("tfr_column_and_keys", "Demography", "B2", ("replaces the tfr keys",),
     lambda b: add_sheet(b, "DemographyByYear", [["Year", "tfr"], [2030, 1.9]])),
    ("schedule_year", "Schedule", "A2", ("not after the base year 2025",),
     lambda b: add_sheet(b, "Schedule", [["Year", "contribution_rate"], [2024, 0.15]])),
    ("schedule_blank", "Schedule", "C3", ("is empty",),
     lambda b: add_sheet(b, "Schedule", [["Year", "contribution_rate", "pensionable_age_male"],
                                         [2030, 0.15, 63], [2035, 0.16, None]])),
    ("schedule_age", "Schedule", "B2", ("between 40 and 80",),
     lambda b: add_sheet(b, "Schedule", [["Year", "pensionable_age_male"], [2030, 85]])),
    ("migration_missing", "Demography", "B8", ("no Migration sheet",),
     lambda b: set_key(b, "Demography", "net_migration", 5000)),
    ("horizon", "Scheme", "B6", ("between 10 and 150",),
     lambda b: set_key(b, "Scheme", "horizon", 200)),
    ("minimum_pension_zero", "Scheme", "B13", ("above 0",),
     lambda b: set_key(b, "Scheme", "minimum_pension_to_avg_wage", 0)),
    ("basic_pension_without_age", "Scheme", "A22", ("'basic_pension_age' is required",),
     lambda b: set_key(b, "Scheme", "basic_pension_enabled", "yes")
     or set_key(b, "Scheme", "basic_pension_level_to_gdp_per_capita", 0.1)),
    ("basic_pension_targeting", "Scheme", "B20", ("universal, pension_tested",),
     lambda b: set_key(b, "Scheme", "basic_pension_targeting", "means-tested")),
    ("unemployment_one", "Economy", "B6", ("not including, 1",),
     lambda b: set_key(b, "Economy", "unemployment_rate", 1)),
    ("sex_ratio_per_hundred", "Demography", "B5", ("write 1.05 for 105",),
     lambda b: set_key(b, "Demography", "sex_ratio_at_birth", 105)),
    ("improvement_keys_and_columns", "Demography", "B6", ("Mortality sheet has improvement",),
     lambda b: [b["Mortality"].cell(r, c, "improvement_male" if (r, c) == (1, 4) else
                                    "improvement_female" if (r, c) == (1, 5) else 0.01)
                for r in range(1, 103) for c in (4, 5)]),
    ("improvement_blank", "Mortality", "E12", ("improvement_female at age 10 is empty",),
     lambda b: ([b["Mortality"].cell(r, c, "improvement_male" if (r, c) == (1, 4) else
                                     "improvement_female" if (r, c) == (1, 5) else 0.01)
                 for r in range(1, 103) for c in (4, 5)],
                setattr(b["Mortality"].cell(12, 5), "value", None))),
    ("duplicate_sheet_names", "Scheme ", None, ("two sheets are named",),
     lambda b: add_sheet(b, "Scheme ", [["Parameter", "Value"]])),
]

_COUNTS = {"age_repeated": 2, "tfr_column_and_keys": 3, "improvement_keys_and_columns": 2,
           "improvement_blank": 3}

for _name, _sheet, _cell, _words, _change in _rules:
    CASES.append(Case(_name, edit(_change), _sheet, _cell, _words, count=_COUNTS.get(_name, 1)))

_later_rules = [
    ("mortality_by_year_base_year", "MortalityByYear", "A103", ("not after the base year 2022",),
     lambda b: b["MortalityByYear"].append([2022, 0, 0.03, 0.02])),
    ("mortality_by_year_qx", "MortalityByYear", "C50", ("probability must be between 0 and 1",),
     lambda b: b["MortalityByYear"].cell(50, 3, 1.5)),
    ("mortality_by_year_ages", "MortalityByYear", "A103", ("2050 lacks ages 1-100",),
     lambda b: b["MortalityByYear"].append([2050, 0, 0.03, 0.02])),
    ("migration_profile_zero", "Migration", None, ("profile sums to 0 over all ages",),
     lambda b: [b["Migration"].cell(r, c).__setattr__("value", 0)
                for r in range(2, 103) for c in (2, 3)]),
]

for _name, _sheet, _cell, _words, _change in _later_rules:
    CASES.append(Case(_name, edit(_change, EXAMPLE2), _sheet, _cell, _words))

# --- template version 2 (spec 11-16): example3 has disability and survivors, example4 classes

_version2_rules = [
    ("ceiling_zero", EXAMPLE4, "Scheme", "B22", ("above 0 up to 10",),
     lambda b: set_key(b, "Scheme", "contribution_ceiling_to_avg_wage", 0)),
    ("qualifying_period_fraction", EXAMPLE4, "Scheme", "B23", ("is 20.5", "whole number"),
     lambda b: set_key(b, "Scheme", "minimum_service_years", 20.5)),
    ("wage_dispersion_too_wide", EXAMPLE4, "Scheme", "B20", ("from 0 up to 2",),
     lambda b: set_key(b, "Scheme", "wage_dispersion", 3)),
    ("survivor_share_percentage", EXAMPLE3, "Scheme", "B21", ("write 0.5 for 50 %",),
     lambda b: set_key(b, "Scheme", "survivor_share", 50)),
    ("disability_mortality_below_one", EXAMPLE3, "Scheme", "B20", ("from 1 up to 10",),
     lambda b: set_key(b, "Scheme", "disability_mortality_factor", 0.8)),
    ("incidence_outside", EXAMPLE3, "Disability", "C52", ("incidence_female at age 50",
                                                          "between 0 and 1"),
     lambda b: b["Disability"].cell(age_row(50), 3, 2)),
    ("orphans_per_death", EXAMPLE3, "Survivors", "E42", ("orphans_female at age 40 is 15",),
     lambda b: b["Survivors"].cell(age_row(40), 5, 15)),
    ("orphan_age_at_limit", EXAMPLE3, "Survivors", "F62", ("orphan_age_male is 20 or more",),
     lambda b: b["Survivors"].cell(age_row(60), 6, 20)),
    ("orphans_above_limit", EXAMPLE3, "Pensioners", "N23", ("orphans is not 0 at age 21",),
     lambda b: b["Pensioners"].cell(age_row(21), 14, 7)),
    ("pensioners_group_in_part", EXAMPLE3, "Pensioners", "O1",
     ("no column headed 'survivor_pension_male'", "go together"),
     lambda b: delete_column(b, "Pensioners", "survivor_pension_male")),
]

for _name, _base, _sheet, _cell, _words, _change in _version2_rules:
    CASES.append(Case(_name, edit(_change, _base), _sheet, _cell, _words))


# --- issue 11: decimal commas and values outside the plausible ranges (the generated corpora
# are tests/workbook/test_decimal_comma.py and test_plausible_ranges.py; these are for trying)

_plausibility_rules = [
    ("decimal_comma_leading_zero", "Economy", "B3", ("'0,045'", "write 0.045 with a decimal"),
     lambda b: set_key(b, "Economy", "inflation", "0,045")),
    ("decimal_comma_service", "Contributors", "F42", ("'0,500'", "write 0.500 with a decimal"),
     lambda b: b["Contributors"].cell(age_row(40), 6, "0,500")),
    ("gdp_tiny", "Economy", "B2", ("gdp is 1e-300", "from 1,000,000 up to 1e+18"),
     lambda b: set_key(b, "Economy", "gdp", 1e-300)),
    ("return_near_minus_one", "Economy", "B5", ("from -0.5 up to 1", "losing half its value"),
     lambda b: set_key(b, "Economy", "investment_return", -0.999999)),
    ("reserve_near_float_max", "Scheme", "B19", ("initial_reserve is 1.7e+308",),
     lambda b: set_key(b, "Scheme", "initial_reserve", 1.7e308)),
    ("wage_near_float_max", "Contributors", "D32", ("wage_male at age 30", "million million"),
     lambda b: b["Contributors"].cell(age_row(30), 4, 1.7e308)),
    ("pension_residue", "Pensioners", "E72", ("pension_female at age 70 is 1e-300",
                                              "write 0 for none"),
     lambda b: b["Pensioners"].cell(age_row(70), 5, 1e-300)),
]

for _name, _sheet, _cell, _words, _change in _plausibility_rules:
    CASES.append(Case(_name, edit(_change), _sheet, _cell, _words))


def build_all(folder: Path) -> list[tuple[Case, Path]]:
    out = []
    for item in CASES:
        sub = folder / item.name
        sub.mkdir(parents=True, exist_ok=True)
        out.append((item, item.build(sub)))
    return out


if __name__ == "__main__":
    for item, path in build_all(Path(sys.argv[1] if len(sys.argv) > 1 else "corpus")):
        print(f"{item.name:35s} {path}")
