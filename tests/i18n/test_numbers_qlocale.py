"""The Qt-free formatter writes what the window's QLocale writes, for each language."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

pytest.importorskip("PySide6")
from PySide6.QtCore import QLocale  # noqa: E402

from reform_studio.i18n.numbers import QT_LOCALES, number, parse_number  # noqa: E402


@pytest.mark.parametrize("language", sorted(QT_LOCALES))
@given(value=st.floats(min_value=-1e13, max_value=1e13, allow_nan=False), decimals=st.integers(0, 3))
def test_same_text_as_qlocale(language: str, value: float, decimals: int) -> None:
    assert number(value, decimals, language) == QLocale(QT_LOCALES[language]).toString(value, "f", decimals)


@pytest.mark.parametrize("language", sorted(QT_LOCALES))
@given(value=st.floats(min_value=-1e9, max_value=1e9, allow_nan=False))
def test_reads_what_qlocale_writes(language: str, value: float) -> None:
    text = QLocale(QT_LOCALES[language]).toString(value, "f", 2)
    assert parse_number(text, language) == pytest.approx(round(value, 2), abs=0.01)
