"""The engine's own sentences in French and Spanish: the solver's explanation in each of its
cases, every target in words, and every InputError the engine raises, said through
`i18n.sentences.said` with no English sentence left and their numbers in the language's
conventions; the command line and the solve dialog show them so."""
from __future__ import annotations

import ast
import math
import re
from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterator

import numpy as np
import pytest

from reform_studio import i18n, load_scheme
from reform_studio.engine.assumptions import Assumptions, apply
from reform_studio.engine.checks import refuse_non_finite
from reform_studio.engine.errors import InputError
from reform_studio.engine.projection import project
from reform_studio.engine.reform import BasicPensionLever, Lever, LongNumber, Reform
from reform_studio.engine.scheme import YearPath
from reform_studio.engine.sensitivity import STANDARD_TESTS, keyed_tests, parse_tests
from reform_studio.engine.sentences import CONTEXT, Figure, Listing, Sentence
from reform_studio.engine.solve import SOLVABLE, frontier, solvable_lever, solve
from reform_studio.engine.stochastic import Volatility, run_stochastic
from reform_studio.engine.targets import Target, parse_target, shortfall
from reform_studio.i18n import solve_phrases
from reform_studio.i18n.catalogue import messages
from reform_studio.i18n.numbers import number, percent
from reform_studio.i18n.problems import describe
from reform_studio.i18n.sentences import said
from reform_studio.samples import sample_path
from tests.i18n.test_window_words import build  # noqa: F401 - the window in a language, a fixture
from tests.standards.conftest import INFLATION, REAL_GROWTH

LANGUAGES = ["fr", "es"]
ENGINE = Path(__file__).parents[2] / "reform_studio" / "engine"


def _nodes(value: object) -> Iterator[object]:
    """The sentence and every value inside it, depth first."""
    yield value
    if isinstance(value, Sentence):
        for inner in value.values.values():
            yield from _nodes(inner)
    elif isinstance(value, Listing):
        for inner in value:
            yield from _nodes(inner)


def _english_pieces(sentence: Sentence) -> Iterator[str]:
    """The words between the placeholders of every engine template in the sentence: runs of
    two words or more, which a translation must not keep."""
    for node in _nodes(sentence):
        if isinstance(node, Sentence) and node.context == CONTEXT:
            for piece in re.split(r"\{[a-z_]*\}", node.template.replace("{{", "{").replace("}}", "}")):
                piece = piece.strip(" .,;:()'")
                if len(re.findall(r"\b[A-Za-z]{2,}\b", piece)) >= 2:
                    yield piece


def assert_said(sentence: object, code: str) -> str:
    """`sentence` said in `code`: every template translated, no English piece left, each
    figure written in the language's conventions. Returns the text."""
    assert isinstance(sentence, Sentence), f"not a Sentence: {sentence!r}"
    catalogue = messages(code)
    i18n.set_language(code)
    text = said(sentence)
    assert text != str(sentence)
    for node in _nodes(sentence):
        if isinstance(node, Sentence) and node.context == CONTEXT and re.search(r"[A-Za-z]{2,}", re.sub(
                r"\{[a-z_]*\}", "", node.template)):
            assert (CONTEXT, node.template, "") in catalogue, f"{code}: not in the catalogue: {node.template!r}"
        if isinstance(node, Figure) and node.decimals:
            written = percent(node.value, node.decimals) if node.percent else number(node.value, node.decimals)
            assert written in text and "," in written, (node, text)
            assert node.text not in text, (node, text)
    for piece in _english_pieces(sentence):
        assert piece not in text, f"{code}: English left: {piece!r} in {text!r}"
    return text


# -- the solver's explanation -----------------------------------------------------------------

@pytest.fixture(scope="module")
def schemes(example1_scheme, example4_scheme) -> dict:
    """The samples and worked examples the cases use; 'plain' is the standards tests' scheme."""
    return {"kenya": load_scheme(sample_path("kenya")), "example1": example1_scheme, "example4": example4_scheme,
            "plain": replace(example1_scheme.with_horizon(20), accrual_rate=0.015, minimum_pension_to_avg_wage=None,
                             maximum_replacement_rate=None, inflation=YearPath.constant(INFLATION),
                             real_wage_growth=YearPath.constant(REAL_GROWTH))}


def _just_met(scheme, lever: str, target: str):
    """The reform that sets the lever to the value the solver finds: solved again, just met."""
    first = solve(scheme, None, lever, target)
    return solve(scheme, first.reform, lever, target)


# (the case, how to get it, what the English says)
SOLVES: list[tuple[str, Callable, str]] = [
    ("needed", lambda s: solve(s["example1"], None, "contribution_rate", "reserve>=0"), "is needed so that"),
    ("needed in years", lambda s: solve(s["example4"], None, "minimum_service_years", "reserve>=0"),
     "years (now 20 years) is needed"),
    ("not met, a shorter period", lambda s: solve(s["example1"], None, "pensionable_age_female", "reserve>=0"),
     "a shorter period (reserve>=0@"),
    ("not met, a later year", lambda s: solve(s["kenya"], None, "contribution_rate", "replacement_rate>=0.9@2060"),
     "Try a later year (the reform then has longer to work), another lever"),
    ("not met, faster and earlier", lambda s: solve(
        s["example1"], Reform("Phased", {"contribution_rate": Lever(0.16, from_year=2030, step=0.005)}),
        "contribution_rate", "reserve_ratio>=50@2040"), "Try a faster phase-in, an earlier start than 2030"),
    ("not met, below the floor in the base year",
     lambda s: solve(s["example1"], None, "contribution_rate", "reserve>=1e13@2060"), "choose a lower floor."),
    ("not met in the base year", lambda s: solve(s["example1"], None, "contribution_rate", "replacement_rate>=0.9@2025"),
     "choose a later year."),
    ("not met, a convention", lambda s: solve(s["plain"], Reform("Cut", {"accrual_rate": Lever(0.012, from_year=2030)}),
                                              "contribution_rate", "reserve>=0 & c102"),
     "C102 Article 28 not met from 2030"),
    ("not met, a convention's upper bound", lambda s: solve(
        s["plain"], Reform("Late", {"pensionable_age_male": Lever(67, from_year=2030)}), "contribution_rate",
        "reserve>=0 & c102"), "at most 65 years required"),
    ("already met", lambda s: solve(s["kenya"], None, "contribution_rate", "reserve>=0@2060"), "as low as"),
    ("already met with no ceiling", lambda s: solve(replace(s["example4"], contribution_ceiling_to_avg_wage=None), None,
                                                    "contribution_ceiling_to_avg_wage", "reserve>=0@2045"),
     "Already met with no contribution ceiling, as now"),
    ("already met, as high as", lambda s: solve(s["example4"], None, "old_age_grant_rate", "reserve>=0@2045"),
     "as high as"),
    ("across the range", lambda s: solve(s["kenya"], None, "pensionable_age_male", "replacement_rate>=0.2@2060"),
     "across the range searched"),
    ("at any value", lambda s: solve(s["kenya"], None, "contribution_rate", "replacement_rate>=0.1@2060"),
     "at any contribution rate from 0.00 % to 100.00 %"),
    ("just met", lambda s: _just_met(s["example1"], "contribution_rate", "reserve>=0"), "Just met at the current"),
    ("gap not met", lambda s: solve(s["example1"], None, "indexation_wage_share", "gap<=contribution_rate"),
     "leaves the GAP ("),
    ("payg not met", lambda s: solve(s["example1"], None, "survivor_share", "payg_balance@2060"),
     "contributions and the state subsidy at"),
]


@pytest.fixture(scope="module")
def solved(schemes) -> dict:
    """Every case solved once, in English."""
    return {case: make(schemes) for case, make, _ in SOLVES}


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("case, english", [(case, english) for case, _, english in SOLVES])
def test_the_solvers_explanation_is_said_in_the_language(solved, case: str, english: str, code: str) -> None:
    result = solved[case]
    assert english in result.message  # the case is the one named
    assert_said(result.message, code)


@pytest.mark.parametrize("code, words", [("fr", "est nécessaire pour atteindre l'objectif"),
                                         ("es", "para cumplir la meta")])
def test_the_answer_keeps_its_value_with_a_decimal_comma(solved, code: str, words: str) -> None:
    result = solved["needed"]
    text = assert_said(result.message, code)
    assert words in text and percent(result.value, 2) in text and "," in percent(result.value, 2)


# -- targets in words -------------------------------------------------------------------------

TARGETS = [Target("reserve"), Target("reserve", 5e9, 2070), Target("reserve_ratio", 1, 2050),
           Target("reserve_ratio", 2.5, 2050), Target("payg_balance", year=2040), Target("gap"),
           Target("replacement_rate", 0.425, 2060), Target("standards", standards=("c102",)),
           Target("standards", standards=("c128:old_age",)), parse_target("reserve>=0 & c102:invalidity & c128"),
           parse_target("payg_balance@2040 & c102:survivors")]


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("target", TARGETS, ids=str)
def test_every_target_is_described_in_the_language(target: Target, code: str) -> None:
    assert_said(target.describe(2100), code)


def test_the_english_description_is_unchanged() -> None:
    assert Target("reserve", 5e9, 2070).describe(2100) == "the reserve stays at or above 5,000,000,000 through 2070"
    assert parse_target("reserve>=0 & c102:old_age").describe(2100) == \
        "the reserve stays non-negative through 2100 and every old-age check of C102 is met"
    assert Target("replacement_rate", 0.425, 2060).describe(2100) == "the replacement rate is at least 42.5 % in 2060"


# -- the engine's input errors ----------------------------------------------------------------

def _reform(data) -> Callable[[dict], object]:
    return lambda s: Reform.from_dict(data)


BAD_INPUTS: list[tuple[str, Callable[[dict], object]]] = [
    ("not an object", _reform([1])),
    ("keys and texts", _reform({"name": "", "description": 5, "levers": [], "colour": "red"})),
    ("name with a control code", _reform({"name": "a\x01b", "levers": {}})),
    ("description with a broken character", _reform({"description": "x\ud800", "levers": {}})),
    ("name too long", _reform({"name": "n" * 600, "levers": {}})),
    ("lever values", _reform({"levers": {
        1: 0.1, "bogus": 0.1, "contribution_rate": 15, "accrual_rate": "x",
        "contribution_ceiling_to_avg_wage": 20, "pensionable_age_male": 62.5, "pensionable_age_female": 200,
        "minimum_service_years": 99, "revaluation": "gold", "survivor_share": [0.5],
        "indexation_wage_share": {"value": 0.5, "speed": 1}, "state_subsidy_rate": {"from_year": 2030},
        "admin_cost_rate": {"value": {}}, "minimum_pension_to_avg_wage": 10 ** 30,
        "maximum_replacement_rate": -(10 ** 5000), "contribution_density": LongNumber("9" * 40),
        "reference_period_years": LongNumber("-" + "9" * 40)}})),
    ("phase-in fields", _reform({"levers": {
        "contribution_rate": {"value": 0.2, "step": -1}, "accrual_rate": {"value": 0.02, "step": 5},
        "pensionable_age_male": {"value": 65, "years_per_step": 0}, "coverage_extension": {"value": 0.5,
                                                                                           "full_by_year": 99999}}})),
    ("basic pension", _reform({"levers": {"basic_pension": "yes"}})),
    ("basic pension fields", _reform({"levers": {"basic_pension": {
        "enabled": "yes", "age": 500, "take_up": 2, "targeting": "all", "colour": 1}}})),
    ("timing against the scheme", lambda s: Reform("Early", {
        "contribution_rate": Lever(0.2, from_year=2020), "coverage_extension": Lever(0.5, from_year=2030,
                                                                                     full_by_year=2028),
        "maximum_replacement_rate": Lever(0.8, step=0.01)}).check_against(s["plain"])),
    ("assumptions not an object", _reform({"levers": {}, "assumptions": 5})),
    ("assumptions", _reform({"levers": {}, "assumptions": {
        "bogus": 1, "inflation": 5, "mortality": {"factor": 99}}})),
    ("a shift out of the model's range", lambda s: apply(s["example1"], Assumptions(unemployment_rate=0.95,
                                                                                    investment_return=-1.5))),
    ("a basic pension without its fields", lambda s: project(s["example1"], Reform(
        "Basic", {"basic_pension": BasicPensionLever(enabled=True)}))),
    ("a reference period too long", lambda s: project(s["example1"], Reform(
        "Long", {"reference_period_years": Lever(50), "pensionable_age_male": Lever(60)}))),
    ("an overflow", lambda s: refuse_non_finite(np.full((1, 1, 1), np.inf), np.array([np.inf]), ["reserve"],
                                                np.array([2030]), ["Baseline"])),
    ("a sensitivity file", lambda s: parse_tests({})),
    ("sensitivity tests", lambda s: parse_tests({"tests": [{"assumption": "x"},
                                                           {"assumption": "inflation", "low": -5, "high": 0.01}]})),
    ("no sensitivity test left", lambda s: keyed_tests({
        f"{t.assumption}_{side}": 0.0 if t.assumption not in ("tfr", "mortality", "net_migration") else 1.0
        for t in STANDARD_TESTS for side in ("low", "high")})),
    ("volatility", lambda s: Volatility(sd={"inflation": 0.9, "real_wage_growth": 0.01, "investment_return": 0.01},
                                        autocorrelation={"inflation": 2, "real_wage_growth": 0, "investment_return": 0})),
    ("correlations", lambda s: Volatility(correlation={("inflation", "real_wage_growth"): 0.99,
                                                       ("inflation", "investment_return"): 0.99,
                                                       ("real_wage_growth", "investment_return"): -0.99})),
    ("paths", lambda s: run_stochastic(s["example1"], [], 0, 1)),
    ("a target that is not a text", lambda s: parse_target(5)),
    ("two financial targets", lambda s: parse_target("reserve>=0 & gap<=contribution_rate")),
    ("a reserve in percent", lambda s: parse_target("reserve>=5%")),
    ("an unreadable target", lambda s: parse_target("lots of money")),
    ("an unknown kind", lambda s: Target("bogus")),
    ("an infinite threshold", lambda s: Target("reserve", math.inf)),
    ("no convention", lambda s: Target("standards")),
    ("a year outside the horizon", lambda s: Target("reserve", 0, 1900).resolve(2025, 2100)),
    ("an unknown lever to solve", lambda s: solvable_lever("bogus")),
    ("one lever twice", lambda s: frontier(s["example1"], None, "pensionable_age", [60], "pensionable_age_male",
                                           "reserve>=0")),
    ("no x values", lambda s: frontier(s["example1"], None, "contribution_rate", [], "accrual_rate", "reserve>=0")),
    ("ages out of range", lambda s: frontier(s["example1"], None, "pensionable_age_male", [10.5], "contribution_rate",
                                             "reserve>=0")),
    ("rates out of range", lambda s: frontier(s["example1"], None, "contribution_rate", [2.0], "accrual_rate",
                                              "reserve>=0")),
]


@pytest.fixture(scope="module")
def errors(schemes) -> dict[str, InputError]:
    """Every bad input's InputError, raised in English."""
    raised = {}
    for case, make in BAD_INPUTS:
        with pytest.raises(InputError) as info:
            make(schemes)
        raised[case] = info.value
    return raised


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("case", [case for case, _ in BAD_INPUTS])
def test_every_engine_input_error_is_said_in_the_language(errors, case: str, code: str) -> None:
    error = errors[case]
    english = str(error)
    for problem in error.problems:
        assert_said(problem.message, code)
    told = describe(error)
    assert told != english and (len(error.problems) == 1 or str(len(error.problems)) in told)


def _marked_in_the_engine() -> set[str]:
    """Every template the engine marks with QT_TRANSLATE_NOOP("engine", ...)."""
    marked = set()
    for path in ENGINE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP" \
                    and isinstance(node.args[0], ast.Constant) and node.args[0].value == CONTEXT:
                marked.add(node.args[1].value)
    return marked


def _undefined_gap(solved) -> Sentence:
    """What falls short where the GAP is undefined (no projection of the samples has one)."""
    result = solved["gap not met"]
    projection = replace(result.projection, summary={**result.projection.summary, "gap": None})
    return shortfall(projection, result.target)


@pytest.mark.parametrize("code, words", [("fr", "la PMG (non définie)"), ("es", "la PMG (no definida)")])
def test_an_undefined_gap_is_said_in_the_language(solved, code: str, words: str) -> None:
    assert words in assert_said(_undefined_gap(solved), code)


def test_the_cases_reach_every_sentence_the_engine_marks(solved, errors, warned) -> None:
    """Each sentence the engine can say is met by one of the cases here (so each is checked
    in French and Spanish); a new sentence needs a case."""
    said_here = [r.message for r in solved.values()] + [t.describe(2100) for t in TARGETS] + [
        p.message for error in errors.values() for p in error.problems] + [_undefined_gap(solved)] + warned
    met = {node.template for sentence in said_here for node in _nodes(sentence) if isinstance(node, Sentence)}
    assert sorted(_marked_in_the_engine() - met) == []


def test_the_engine_raises_no_unmarked_sentence() -> None:
    """A Problem or InputError made from a bare string or f-string would stay English."""
    for path in ENGINE.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        bare = re.findall(r"(?:Problem|InputError)\(\s*f?[\"']", text)
        assert not bare, f"{path.name}: a sentence without Sentence(QT_TRANSLATE_NOOP(...)): {bare}"


# -- the levers' phrases ----------------------------------------------------------------------

def test_every_lever_phrase_the_solver_makes_is_marked() -> None:
    made = {SOLVABLE["contribution_ceiling_to_avg_wage"].unset().template}
    for lever in SOLVABLE.values():
        made |= {lever.says(lever.grid[0], link).template for link in ("of", "as low as", "as high as")}
        made.add(lever.across(lever.grid[0], lever.grid[-1]).template)
    assert made == solve_phrases.MARKED


def test_english_is_byte_for_byte_and_the_default() -> None:
    lever = SOLVABLE["minimum_pension_to_avg_wage"]
    assert lever.says(0.4, "as high as") == "a minimum pension as high as 40.00 % of the average wage"
    assert said(lever.says(0.4)) == "a minimum pension of 40.00 % of the average wage"
    i18n.set_language("fr")
    assert said(lever.says(0.4, "as high as")) == f"une pension minimale portée à {percent(0.4, 2)} du salaire moyen"
    assert said("a plain text") == "a plain text"


# -- where the user sees them -----------------------------------------------------------------

@pytest.mark.parametrize("code, words, english", [
    ("fr", "est nécessaire pour atteindre l'objectif : la réserve reste positive ou nulle jusqu'en",
     "is needed so that"),
    ("es", "para cumplir la meta: la reserva no cae por debajo de cero hasta", "is needed so that")])
def test_the_command_line_prints_the_explanation_in_the_language(capsys, code: str, words: str,
                                                                 english: str) -> None:
    from reform_studio.cli import main

    assert main(["solve", str(sample_path("kenya")), "--lever", "contribution_rate", "--target", "reserve>=0",
                 "--language", code]) == 0
    out = capsys.readouterr().out.replace("\u00a0", " ")
    assert words in out and english not in out


@pytest.mark.parametrize("code, words", [("fr", "objectif inconnu"), ("es", "meta desconocida")])
def test_the_command_line_says_a_bad_target_in_the_language(capsys, code: str, words: str) -> None:
    from reform_studio.cli import main

    assert main(["solve", str(sample_path("kenya")), "--lever", "contribution_rate", "--target", "lots",
                 "--language", code]) == 2
    err = capsys.readouterr().err
    assert ("impossible de lire l'objectif" if code == "fr" else "no se puede leer la meta") in err
    assert "cannot read" not in err


def test_the_solve_dialog_says_the_target_and_the_answer_in_french(qtbot, build) -> None:
    from reform_studio.gui.solve_dialog import SolveTools

    tools = build("fr").findChild(SolveTools)
    dialog = tools.open_solve("contribution_rate")
    dialog.target.setEditText("reserve>=0")
    assert dialog.goal.text().replace("\u00a0", " ") == \
        "Objectif : la réserve reste positive ou nulle jusqu'en 2100."
    with qtbot.waitSignal(dialog.jobs.finished, timeout=30_000):
        dialog.solve_button.click()
    result = dialog.result
    text = dialog.message.text()
    assert text == said(result.message) and text.startswith(f"Un taux de cotisation de {percent(result.value, 2)}")
    assert "is needed" not in text and "l'objectif" in text
    dialog.target.setEditText("lots")
    assert "impossible de lire l'objectif" in dialog.error.text()
    tools.dialog.jobs.wait()
    tools.frontier.jobs.wait()


@pytest.mark.parametrize("code, words", [("fr", "réforme 1 : levier « contribution_rate » : la valeur 15 doit être"),
                                         ("es", "reforma 1: palanca «contribution_rate»: el valor 15 debe ser")])
def test_a_scenario_files_reform_problems_are_said_in_the_language(tmp_path, code: str, words: str) -> None:
    from reform_studio.scenarios import load_scenarios

    path = tmp_path / "set.json"
    path.write_text('{"format": "reform-studio-scenarios", "version": 1, "reforms": [{"name": "x", "levers": '
                    '{"contribution_rate": 15}}]}', encoding="utf-8")
    i18n.set_language(code)
    with pytest.raises(InputError) as info:
        load_scenarios(path)
    assert words in describe(info.value).replace("\u00a0", " ")


# -- the sample reforms -----------------------------------------------------------------------

def _sample_reforms() -> list[Reform]:
    from reform_studio.samples import available, reform_paths
    from reform_studio.scenarios import load_reform

    return [load_reform(path) for name in available() for path in reform_paths(name)]


def test_every_sample_reforms_name_and_description_is_marked() -> None:
    from reform_studio.i18n import samples

    assert {text for reform in _sample_reforms() for text in (reform.name, reform.description)} == samples.MARKED


@pytest.mark.parametrize("code", ["en", *LANGUAGES])
def test_the_window_opens_the_samples_reforms_in_its_language(code: str) -> None:
    from reform_studio.gui.files import sample_reforms

    english = sample_reforms(sample_path("kenya"))
    i18n.set_language(code)
    said_here = sample_reforms(sample_path("kenya"))
    assert [r.levers for r in said_here] == [r.levers for r in english]
    for mine, source in zip(said_here, english):
        assert (mine.name == source.name) == (code == "en")
        assert (mine.description == source.description) == (code == "en")


def test_unusable_assumptions_are_refused_in_the_windows_language(build) -> None:
    from reform_studio.gui.uncertainty_view import UncertaintyView

    window = build("es")
    window.findChild(UncertaintyView)._assumptions_changed(Assumptions(unemployment_rate=0.95))
    shown = window.statusBar().currentMessage()
    assert "supuesto «unemployment_rate»: la variación de" in shown and "outside what the model" not in shown


@pytest.mark.parametrize("code, title", [("fr", "Ce qu'il faut : la réserve reste positive ou nulle jusqu'en 2040"),
                                         ("es", "Lo que hace falta: la reserva no cae por debajo de cero hasta 2040")])
def test_the_frontier_chart_is_titled_with_the_goal_in_the_language(schemes, code: str, title: str) -> None:
    from reform_studio.charts.frontier import FrontierChart

    frame = frontier(schemes["example1"], None, "pensionable_age", [60, 62], "contribution_rate", "reserve>=0@2040")
    copied = frame.copy()  # pandas copies a frame's attrs deeply: the goal stays a Sentence
    assert copied.attrs["goal"] == frame.attrs["goal"] and isinstance(copied.attrs["goal"], Sentence)
    i18n.set_language(code)
    chart = FrontierChart()
    chart.update(copied)
    assert chart.figure._suptitle.get_text().replace("\u00a0", " ") == title


# -- the projection's warnings ----------------------------------------------------------------

def _counted_twice(scheme, men: slice, women: slice):
    """`scheme` with more pensioners than people at the ages given."""
    from reform_studio.engine.scheme import frozen_array

    pensioners = np.asarray(scheme.pensioners).copy()
    pensioners[0, men] = scheme.population[0, men] * 2
    pensioners[1, women] = scheme.population[1, women] * 2
    return replace(scheme, pensioners=frozen_array(pensioners))


@pytest.fixture(scope="module")
def warned(example1_scheme, example2_scheme) -> list[str]:
    """Every warning the engine gives, from implausible inputs."""
    from reform_studio.engine.checks import plausibility_warnings
    from reform_studio.engine.scheme import frozen_array

    scheme = example1_scheme
    odd = replace(scheme, qx=frozen_array(np.ones((2, 101))), mortality_improvement=frozen_array(np.full((2, 101), -0.2)),
                  gdp=scheme.gdp / 1000)
    contributors = np.asarray(scheme.contributors).copy()
    contributors[1, 70] = 1000.0  # above the pensionable age: dropped
    dropping = replace(scheme, contributors=frozen_array(contributors))
    emigrating = replace(example2_scheme, net_migration=replace(example2_scheme.net_migration, values=(-5e7,)))
    return (plausibility_warnings(odd) + plausibility_warnings(_counted_twice(scheme, slice(30, 45), slice(70, 71)))
            + plausibility_warnings(_counted_twice(scheme, slice(66, 67), slice(70, 72)))
            + list(project(dropping).warnings) + list(project(emigrating).warnings))


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_warning_is_said_in_the_language(warned, code: str) -> None:
    for warning in warned:
        assert_said(warning, code)


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_command_line_prints_warnings_in_the_language(capsys, warned, code: str) -> None:
    from reform_studio.cli.common import print_warnings

    i18n.set_language(code)
    print_warnings(warned)
    err = capsys.readouterr().err
    assert all(said(w) in err for w in warned) and "Every base-year" not in err and "were dropped" not in err
