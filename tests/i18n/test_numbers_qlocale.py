"""The Qt-free formatter writes what the window's QLocale writes, for each language and for
every French- and Spanish-speaking country Qt knows (those that write numbers their own way
are in numbers.REGIONS; the others write as their language's locale)."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

pytest.importorskip("PySide6")
from PySide6.QtCore import QLocale  # noqa: E402

from reform_studio.i18n.numbers import QT_LOCALES, REGIONS, locale_name, number, parse_number  # noqa: E402

# each language's locale and one country of each way of writing numbers REGIONS names
SAMPLED = sorted({*QT_LOCALES.values(), *{f"{code}_{next(r for r, v in regions.items() if v == way)}"
                                        for code, regions in REGIONS.items() for way in set(regions.values())}})


def _countries() -> list[str]:
    """Every locale Qt has for French and Spanish (es_PE, fr_SN, es_419...)."""
    names = {locale.name() for language in (QLocale.Language.French, QLocale.Language.Spanish)
             for locale in QLocale.matchingLocales(language, QLocale.Script.AnyScript, QLocale.Country.AnyCountry)}
    return sorted(names)


VALUES = (0.0, -0.004, 0.125, 12.5, 999.5, 1234.5, -1234.5, 9999.99, 12345.678, -1234567.891, 1e9 + 0.5, 7.25e12)


@pytest.mark.parametrize("name", SAMPLED)
@given(value=st.floats(min_value=-1e13, max_value=1e13, allow_nan=False), decimals=st.integers(0, 3))
def test_same_text_as_qlocale(name: str, value: float, decimals: int) -> None:
    assert number(value, decimals, name) == QLocale(name).toString(value, "f", decimals)


@pytest.mark.parametrize("name", _countries())
def test_every_country_of_the_languages(name: str) -> None:
    assert locale_name(name) == name
    for value in VALUES:
        for decimals in (0, 1, 2):
            assert number(value, decimals, name) == QLocale(name).toString(value, "f", decimals), (value, decimals)


@pytest.mark.parametrize("name", SAMPLED)
@given(value=st.floats(min_value=-1e9, max_value=1e9, allow_nan=False))
def test_reads_what_qlocale_writes(name: str, value: float) -> None:
    text = QLocale(name).toString(value, "f", 2)
    assert parse_number(text, name) == pytest.approx(round(value, 2), abs=0.01)
