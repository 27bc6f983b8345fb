"""The engine's lever words are all in the catalogue, and a solved value is said in the language."""
from __future__ import annotations

import pytest

from reform_studio import i18n
from reform_studio.engine.parameters import BASIC_PENSION_FIELDS, LEVERS
from reform_studio.engine.solve import SOLVABLE
from reform_studio.i18n.levers import MARKED, value_text, words


def _engine_words() -> set[str]:
    found = {text for spec in LEVERS for text in (spec.title, spec.unit, spec.group, spec.help, *spec.choices)}
    found |= {text for title, unit, _, _, help_ in BASIC_PENSION_FIELDS.values() for text in (title, unit, help_)}
    return found - {""}


def test_every_word_of_the_engine_is_marked_for_the_catalogue() -> None:
    assert _engine_words() - MARKED == set(), "add these to reform_studio/i18n/levers.py MARKED and translate them"


@pytest.mark.parametrize("code", ["fr", "es"])
def test_every_word_is_translated(code: str) -> None:
    i18n.set_language(code)
    untranslated = {text for text in MARKED if words(text) == text and text not in ("Indexation", "Administration")}
    assert untranslated == set()


@pytest.mark.parametrize(("code", "rate", "ceiling", "period", "none"), [
    ("en", "15.23 %", "2.50 × average wage", "20 years", "none"),
    ("fr", "15,23\u202f%", "2,50 × salaire moyen", "20 ans", "aucune"),
    ("es", "15,23\u00a0%", "2,50 × salario promedio", "20 años", "ninguna"),
])
def test_solved_values_are_said_in_the_language(code, rate, ceiling, period, none) -> None:
    i18n.set_language(code)
    assert value_text(SOLVABLE["contribution_rate"], 0.1523) == rate
    assert value_text(SOLVABLE["contribution_ceiling_to_avg_wage"], 2.5) == ceiling
    assert value_text(SOLVABLE["contribution_ceiling_to_avg_wage"], float("inf")) == none
    assert value_text(SOLVABLE["pensionable_age_male"], 67) == "67"
    if code == "en":  # the engine's own wording, which the translation follows
        assert [value_text(s, v) for s, v in ((SOLVABLE["contribution_rate"], 0.1523),
                                               (SOLVABLE["contribution_ceiling_to_avg_wage"], 2.5))] == \
            [SOLVABLE["contribution_rate"].text(0.1523), SOLVABLE["contribution_ceiling_to_avg_wage"].text(2.5)]
    in_years = [s for s in SOLVABLE.values() if s.in_years]
    if in_years:
        assert value_text(in_years[0], 20) == period
