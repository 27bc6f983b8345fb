"""Sheet titles fit Excel's limit as Excel counts it: 31 UTF-16 code units (an emoji is two)."""
from __future__ import annotations

import zipfile

import pytest
from openpyxl import Workbook, load_workbook

from reform_studio.engine.results import Projection
from reform_studio.workbook.export import write_comparison
from reform_studio.workbook.export_format import sheet_title


def units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


NAMES = ["😀" * 31, "😀" * 31, "😀" * 30 + "😃", "a" + "😀" * 30, "🇫🇷" * 20, "👨‍👩‍👧‍👦" * 8,
         "x" * 30 + "❤️", "é" * 40, "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 " * 6, "Ünïcödé reform with a long name"]


def test_titles_fit_31_utf16_units_and_stay_unique():
    taken = ["Summary"]
    wb = Workbook()
    for name in NAMES:
        title = sheet_title(name, taken)
        assert 1 <= units(title) <= 31, (name, title, units(title))
        assert title.lower() not in {t.lower() for t in taken}
        assert "\u200d" != title[-1] and "\ufe0f" != title[-1]
        trailing_flags = len(title) - len(title.rstrip("".join(map(chr, range(0x1F1E6, 0x1F200)))))
        assert trailing_flags % 2 == 0  # no half flag
        taken.append(title)
        wb.create_sheet(title)
    assert taken[1] == "😀" * 15 and taken[2] == "😀" * 13 + " (2)"
    assert taken[4] == "a" + "😀" * 15  # 31 units exactly
    assert taken[5] == "🇫🇷" * 7  # 28 units: an eighth flag would be split
    assert taken[8] == "é" * 31


@pytest.mark.parametrize("count", [2, 12])
def test_emoji_names_export_a_workbook_excel_accepts(tmp_path, scheme, projections, reforms, count):
    projections = [projections[0]] + [Projection("😀" * 31, p.indicators, p.summary)
                                      for p in (projections[1:] * count)[:count]]
    reforms = [reforms[0]] + (reforms[1:] * count)[:count]
    path = tmp_path / "emoji.xlsx"
    write_comparison(path, scheme, projections, reforms)
    titles = load_workbook(path, read_only=True).sheetnames
    assert all(units(t) <= 31 for t in titles), titles
    assert len({t.lower() for t in titles}) == len(titles) == 7 + count
    with zipfile.ZipFile(path) as archive:  # the chart series point at the sheets by title
        assert "xl/workbook.xml" in archive.namelist()
