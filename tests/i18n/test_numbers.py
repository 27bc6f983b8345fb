"""Numbers in each language's conventions: written, then read back, give the number."""
from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reform_studio import i18n
from reform_studio.i18n import numbers
from reform_studio.i18n.numbers import NBSP, NNBSP, money, number, parse_number, parse_percent, percent

LANGUAGES = ("en", "fr", "es")


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "-1,234,567.25"), ("fr", f"-1{NNBSP}234{NNBSP}567,25"), ("es", "-1.234.567,25")])
def test_groups_and_decimal_mark(language: str, expected: str) -> None:
    assert number(-1234567.25, 2, language) == expected


def test_spanish_leaves_four_digits_ungrouped() -> None:
    assert (number(1234.5, 1, "es"), number(12345.5, 1, "es")) == ("1234,5", "12.345,5")


@pytest.mark.parametrize(("language", "expected"), [("en", "12.5 %"), ("fr", f"12,5{NNBSP}%"),
                                                    ("es", f"12,5{NBSP}%")])
def test_percent(language: str, expected: str) -> None:
    assert percent(0.125, 1, language) == expected
    assert percent(math.nan, 1, language) == "–"


@pytest.mark.parametrize(("language", "expected"), [
    ("en", f"16.8{NBSP}bn{NBSP}KES"), ("fr", f"1{NNBSP}234,5{NBSP}Md{NBSP}FCFA"),
    ("es", f"1234,5{NBSP}mil{NBSP}M{NBSP}Bs")])
def test_money_scaled_in_words_of_the_language(language: str, expected: str) -> None:
    value, currency = {"en": (16.8e9, "KES"), "fr": (1234.5e9, "FCFA"), "es": (1234.5e9, "Bs")}[language]
    assert money(value, currency, 1, language) == expected


def test_money_units_step_down() -> None:
    assert money(2.5e6, "", 1, "fr") == f"2,5{NBSP}M"
    assert money(2.5e3, "", 1, "es") == f"2,5{NBSP}mil"
    assert money(999, "XOF", 1, "fr") == f"999{NBSP}XOF"


@given(value=st.floats(min_value=-1e15, max_value=1e15, allow_nan=False), decimals=st.integers(0, 4),
       language=st.sampled_from(LANGUAGES))
def test_round_trip(value: float, decimals: int, language: str) -> None:
    text = number(value, decimals, language)
    assert abs(parse_number(text, language) - value) <= 0.5 * 10.0 ** -decimals + 1e-9 * max(1.0, abs(value))


@given(fraction=st.floats(min_value=-10, max_value=10, allow_nan=False), language=st.sampled_from(LANGUAGES))
def test_percent_round_trip(fraction: float, language: str) -> None:
    assert parse_percent(percent(fraction, 2, language), language) == pytest.approx(fraction, abs=5e-5)


@pytest.mark.parametrize(("language", "typed", "value"), [
    ("fr", "12,5", 12.5), ("fr", "1 234,5", 1234.5), ("fr", f"1{NBSP}234", 1234), ("fr", "−3", -3),
    ("es", "12,5", 12.5), ("es", "1.234,5", 1234.5), ("es", "1234,5", 1234.5),
    ("en", "1,234.5", 1234.5), ("en", "12.5", 12.5)])
def test_typed_numbers(language: str, typed: str, value: float) -> None:
    assert parse_number(typed, language) == value


@pytest.mark.parametrize(("language", "typed"), [("es", "1.5"), ("es", "12.34,5"), ("fr", "12.5"),
                                                 ("en", "12,5"), ("fr", "douze"), ("en", "")])
def test_ambiguous_or_foreign_numbers_refused(language: str, typed: str) -> None:
    with pytest.raises(ValueError):
        parse_number(typed, language)


def test_percent_typed_with_sign_or_without() -> None:
    assert parse_percent("12,5 %", "fr") == parse_percent("12,5", "fr") == pytest.approx(0.125)


@pytest.fixture
def country():
    """Follow a country's locale for the test, then none (each language's own conventions)."""
    yield numbers.follow
    numbers.follow(None)


@pytest.mark.parametrize(("environ", "expected"), [
    ({"LC_ALL": "es_PE.UTF-8", "LC_NUMERIC": "es_BO.UTF-8", "LANG": "fr_SN.UTF-8"}, "es_PE.UTF-8"),
    ({"LC_ALL": "", "LC_NUMERIC": "es_BO.UTF-8", "LANG": "fr_SN.UTF-8"}, "es_BO.UTF-8"),
    ({"LANG": "fr_SN.UTF-8", "LC_MESSAGES": "es_PE.UTF-8"}, "fr_SN.UTF-8"),
    ({"LC_ALL": "C", "LANG": "es_PE.UTF-8"}, "C"), ({"LANGUAGE": "es"}, None)])
def test_numbers_follow_posix_variables_in_order(environ: dict, expected: str | None) -> None:
    assert numbers.system_locale(environ) == expected


@pytest.mark.parametrize(("locale", "typed", "shown", "refused"), [
    ("es_PE.UTF-8", "12.5", f"1,234.5 · 12.5{NBSP}%", "12,5"), ("es_GT", "12.5", f"1,234.5 · 12.5{NBSP}%", "12,5"),
    ("es_BO.UTF-8", "12,5", f"1.234,5 · 12,5{NBSP}%", "12.5"), ("es_ES", "12,5", f"1234,5 · 12,5{NBSP}%", "12.5"),
    ("es-419", "12.5", f"1,234.5 · 12.5{NBSP}%", "12,5")])
def test_a_spanish_window_follows_the_country(country, locale: str, typed: str, shown: str, refused: str) -> None:
    i18n.set_language("es")
    country(locale)
    assert f"{number(1234.5, 1)} · {percent(0.125)}" == shown
    assert parse_percent(typed) == pytest.approx(0.125) == parse_percent(f"{typed} %")
    with pytest.raises(ValueError):
        parse_number(refused)


@pytest.mark.parametrize(("language", "locale", "expected"), [
    ("fr", "es_PE.UTF-8", f"1{NNBSP}234,5"),  # a French window on a Peruvian computer: French numbers
    ("en", "es_PE.UTF-8", "1,234.5"), ("en", "en_ZA.UTF-8", "1,234.5"),  # English: the source text, always
    ("es", "C", "1234,5"), ("es", "C.UTF-8", "1234,5"), ("fr", "fr_CA.UTF-8", f"1{NBSP}234,5"),
    ("fr", "fr_SN.UTF-8", f"1{NNBSP}234,5")])
def test_the_country_counts_only_where_it_speaks_the_language(country, language: str, locale: str,
                                                                expected: str) -> None:
    i18n.set_language(language)
    country(locale)
    assert number(1234.5, 1) == expected
    assert numbers.locale_name().startswith(language)
