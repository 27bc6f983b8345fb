"""The charts' and key figures' words in French and Spanish: tick labels in the language's
number conventions, key-figure rows and sentences translated, and every word the engine
shows (branch names, ILO rules, assumption labels) marked for the catalogue."""
from __future__ import annotations

import re

import pytest

from reform_studio import i18n
from reform_studio.charts.formatters import axis_formatter, money, percent, points, signed
from reform_studio.charts.key_figures import key_figure_table, reform_sentence
from reform_studio.charts.specs import BRANCH_WORDS
from reform_studio.engine import assumptions, standards
from reform_studio.engine.projection import project_many
from reform_studio.engine.reform import Lever, Reform
from reform_studio.engine.results import EXPENDITURE_BRANCHES, PENSIONER_BRANCHES
from reform_studio.i18n import assumptions as assumption_words
from reform_studio.i18n import standards as standard_words
from reform_studio.i18n.catalogue import messages
from reform_studio.i18n.numbers import NBSP, NNBSP
from reform_studio.samples import sample_path
from reform_studio.workbook import read_scheme


@pytest.fixture(autouse=True)
def english_after():
    yield
    i18n.set_language("en")


@pytest.mark.parametrize(("code", "percent_tick", "pp_tick", "money_tick"), [
    ("en", "12.5 %", "-1.2 pp", "1.5 bn"),
    ("fr", f"12,5{NNBSP}%", f"-1,2{NBSP}pt", f"1,5{NBSP}Md"),
    ("es", f"12,5{NBSP}%", f"-1,2{NBSP}pp", f"1,5{NBSP}mil{NBSP}M"),
])
def test_tick_labels_follow_the_language(code, percent_tick, pp_tick, money_tick) -> None:
    i18n.set_language(code)
    assert axis_formatter("percent")(0.125, 0) == percent_tick
    assert axis_formatter("pp")(-0.012, 0) == pp_tick
    assert axis_formatter("money")(1.5e9, 0) == money_tick
    assert axis_formatter("persons")(2.5e6, 0).startswith("2,5" if code != "en" else "2.5")


def test_english_values_are_unchanged() -> None:
    assert percent(0.153) == "15.3 %" and points(0.0123) == "+1.23 pp" and money(16.8e9, "KES") == "16.8 bn KES"
    assert signed(0.0, 1) == "+0.0" and signed(-1234.5, 1) == "-1,234.5"


def test_french_money_stops_at_the_milliard() -> None:
    i18n.set_language("fr")
    assert money(1234.5e9, "FCFA") == f"1{NNBSP}234,5{NBSP}Md{NBSP}FCFA"
    assert axis_formatter("money")(1.2e13, 0) == f"12{NNBSP}000{NBSP}Md"


@pytest.fixture(scope="module")
def projections():
    scheme = read_scheme(sample_path())
    reform = Reform("Higher rate", levers={"contribution_rate": Lever(0.16)})
    return scheme, project_many(scheme, [Reform(), reform])


@pytest.mark.parametrize(("code", "row", "words"), [
    ("fr", "Prime moyenne générale (PMG)", ("la réserve", "la PMG", "des salaires assurables")),
    ("es", "Prima media general (PMG)", ("la reserva", "la PMG", "de los salarios asegurables")),
])
def test_key_figures_speak_the_language(projections, code, row, words) -> None:
    scheme, (baseline, reform) = projections
    i18n.set_language(code)
    table = key_figure_table(scheme.base_year, scheme.horizon, baseline, [reform])
    assert table[1][0] == row
    value, change = table[1][2], table[1][4]
    assert re.fullmatch(r"\d+,\d [\u00a0\u202f]%".replace(" ", ""), value), value  # 19,4 %: a decimal comma
    assert re.fullmatch(r"[+-]\d+,\d\u00a0p[pt]", change), change  # +1,8 pt / +1,8 pp
    sentence = reform_sentence("Higher rate", baseline, reform)
    assert all(word in sentence for word in words), sentence
    i18n.set_language("en")
    assert reform_sentence("Higher rate", baseline, reform) != sentence


def test_every_engine_word_shown_is_marked_for_the_catalogue() -> None:
    branch_names = {label for _column, label in EXPENDITURE_BRANCHES + PENSIONER_BRANCHES}
    assert branch_names <= BRANCH_WORDS
    rule_words = {rule.title for rule in standards.RULES} | {rule.citation for rule in standards.RULES}
    assert rule_words | set(standards.NOTES.values()) <= standard_words.MARKED
    assert set(assumptions.LABELS.values()) <= assumption_words.MARKED


@pytest.mark.parametrize("code", ["fr", "es"])
def test_the_marked_engine_words_are_translated(code) -> None:
    catalogue = messages(code)
    for context, marked in (("specs", BRANCH_WORDS), ("standards", standard_words.MARKED),
                            ("assumptions", assumption_words.MARKED)):
        missing = [text for text in marked if (context, text, "") not in catalogue]
        assert not missing, f"{code}: {missing}"
