"""The newer commands (standards, costing, new, sensitivity, stochastic) in French and Spanish:
their --help, a real small run and an error, each against the same in English. A line of a
French or Spanish output may equal an English line only when it holds no words (options,
file and JSON names, codes, numbers and proper names); the numbers printed are the English
ones once read back in the language's conventions; the JSON is the same in every language."""
from __future__ import annotations

import json
import re

import pytest

from reform_studio import i18n, load_scheme
from reform_studio.cli import main
from reform_studio.countries import costing, costing_inputs
from reform_studio.i18n.numbers import conventions, parse_number
from reform_studio.samples import sample_path

LANGUAGES = ("fr", "es")
COMMANDS = ("standards", "costing", "new", "sensitivity", "stochastic")
CUT = {"name": "Cut accrual", "levers": {"accrual_rate": {"value": 0.012, "from_year": 2030}}}
# what a line may hold and still read the same in every language: options, file and JSON
# names, codes and commands
CODE = re.compile(r"""--?[\w-]+ | \{[\w,]+\} | [\w/.-]+\.(?:json|xlsx|md)\b | `[^`]*` | "\w+" | \b[A-Z][A-Z0-9_|:]*\b
                      | \b\w+_\w+\b | \breform-studio(?:\ \w+)?\b""", re.X)
# English on purpose: proper names and sheet names in every output; in help also sheet names and
# option values of the spec, a group's English name given beside its French or Spanish one, a
# section title of the English methodology and a publication's (World Population Prospects)
NAMES = {"Niger", "Malawi", "Senegal", "Cut", "accrual", "C102", "C128", "Checklist", "Disability", "Survivors"}
HELP_NAMES = NAMES | {"SensitivityTests", "Stochastic", "universal", "illustrative", "none", "Low", "income", "Sub",
                      "Saharan", "Africa", "Costing", "a", "basic", "pension", "across", "countries", "World"}
# words French or Spanish write as English does ("p" of p5, "per" of a wrapped --level-ppp-per-day)
SHARED = {"fr": {"en", "es", "fr", "p", "per", "art", "pt", "plus", "non", "base", "horizon", "population", "inflation",
                 "ratio", "version", "section", "Article", "argument", "arguments", "code", "codes", "conventions",
                 "messages", "administration", "dollars", "projection", "pension", "pensions", "standard", "options"},
          "es": {"en", "es", "fr", "p", "per", "art", "a", "no", "base", "error", "real", "complete", "percentiles"}}

@pytest.fixture(autouse=True)
def _english_afterwards():
    yield
    i18n.set_language("en")


@pytest.fixture(scope="module")
def kenya_base():
    return costing_inputs.base_from_scheme(load_scheme(sample_path("kenya")))


@pytest.fixture
def costed_on_kenya(monkeypatch, tmp_path, kenya_base):
    """Every country costed on the Kenya sample's population and GDP (no builder run), in a
    cache of the test's own."""
    monkeypatch.setenv(costing_inputs.CACHE_VARIABLE, str(tmp_path / "cache"))
    monkeypatch.setattr(costing, "country_base", lambda iso3, year: kenya_base)


def _run(capsys, argv: list[str], language: str) -> tuple[int, str]:
    try:
        code = main([*argv, "--language", language])
    except SystemExit as exit_info:
        code = exit_info.code
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _words(text: str, names: set[str]) -> set[str]:
    """The words of `text` but codes and `names` ("system's", "s'il": one word each)."""
    return set(re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)*", CODE.sub(" ", text))) - names


def _numbers(text: str, language: str) -> list[float]:
    """Every number in `text`, read in the language's conventions (groups, decimal sign)."""
    c = conventions(language)
    group, decimal = re.escape(c.group), re.escape(c.decimal)
    pattern = rf"[+-]?\d{{1,3}}(?:{group}\d{{3}})+(?:{decimal}\d+)?|[+-]?\d+(?:{decimal}\d+)?"
    return sorted(parse_number(found, language) for found in re.findall(pattern, text))


def _assert_translated(english: str, text: str, language: str, names: set[str] = NAMES) -> None:
    """No line of `text` as in `english` but one without words, and no English word of
    `english` in `text` that the language does not write alike."""
    same = [line for line in text.splitlines()
            if line in set(english.splitlines()) and _words(line, names) - SHARED[language]]
    assert not same, f"lines left in English in {language}: {same}"
    assert _words(text, names) & _words(english, names) <= SHARED[language]


@pytest.fixture(scope="module")
def without_branches(tmp_path_factory):
    """A country's workbook without a contributory scheme: no Disability or Survivors sheet, so
    the standards leave those branches not judged."""
    path = tmp_path_factory.mktemp("niger") / "niger.xlsx"
    assert main(["new", "--country", "Niger", "--scheme", "none", str(path)]) == 0
    return str(path)


@pytest.fixture
def cut_reform(tmp_path):
    path = tmp_path / "cut.json"
    path.write_text(json.dumps(CUT), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("command", COMMANDS)
def test_help_is_translated(capsys, command):
    english = _run(capsys, [command, "--help"], "en")
    assert english[0] == 0
    for language in LANGUAGES:
        code, text = _run(capsys, [command, "--help"], language)
        assert code == 0 and "--language en|fr|es" in text
        _assert_translated(english[1], text, language, HELP_NAMES)


def _runs(tmp_path, cut_reform: str, without_branches: str) -> dict[str, tuple[list[str], str | None]]:
    """Each command's small run: its arguments, given the language's own folder, and the JSON it writes."""
    kenya = str(sample_path("kenya"))
    return {
        "standards_not_judged": (["standards", without_branches, "--horizon", "20"], None),
        "standards": (["standards", kenya, "--reform", cut_reform, "--horizon", "20", "--json", "{out}/out.json"],
                      "out.json"),
        "sensitivity": (["sensitivity", kenya, "--reform", cut_reform, "--horizon", "30", "--json",
                         "{out}/out.json"], "out.json"),
        "stochastic": (["stochastic", kenya, "--paths", "20", "--seed", "3", "--horizon", "80", "--json",
                        "{out}/out.json"], "out.json"),
        "costing": (["costing", "--countries", "Malawi, Niger", "--years", "2025:2035", "--json", "{out}/out.json"],
                    "out.json"),
        "costing_ppp": (["costing", "--countries", "Senegal", "--years", "2025:2030", "--level-ppp-per-day", "2.15",
                         "--targeting", "pension_tested"], None),
        "new": (["new", "--country", "Niger", "--scheme", "none", "{out}/niger.xlsx"], None),
        "costing_error": (["costing", "--countries", "Malawi", "--age", "90"], None),
        "stochastic_error": (["stochastic", kenya, "--paths", "0", "--seed", "1"], None),
    }


@pytest.mark.parametrize("case", ["standards", "standards_not_judged", "sensitivity", "stochastic", "costing", "costing_ppp", "new",
                                  "costing_error", "stochastic_error"])
def test_run_prints_in_the_language_with_the_same_numbers_and_json(capsys, tmp_path, cut_reform, without_branches,
                                                                    costed_on_kenya, case):
    argv, written = _runs(tmp_path, cut_reform, without_branches)[case]
    outputs = {}
    for language in ("en", *LANGUAGES):
        out = tmp_path / "out"  # the same path in every language, so that paths print alike
        out.mkdir()
        outputs[language] = _run(capsys, [a.replace("{out}", str(out)) for a in argv], language)
        out.rename(tmp_path / language)
    code, english = outputs["en"]
    assert code == (2 if case.endswith("error") else 0)
    for language in LANGUAGES:
        assert outputs[language][0] == code
        text = outputs[language][1]
        _assert_translated(english, text, language)
        assert _numbers(text, language) == _numbers(english, "en")
        assert "Traceback" not in text
        if written:
            assert (tmp_path / language / written).read_bytes() == (tmp_path / "en" / written).read_bytes()


def test_costing_notes_are_said_in_the_language_and_kept_in_english_for_json(capsys, tmp_path, costed_on_kenya):
    """The notes of a costing (a PPP factor carried to the base year, government expenditure held
    after the WEO's last year, the pension test) in the workbook's Notes sheet, in the language,
    with the same numbers; the JSON's notes stay English."""
    import openpyxl

    argv = ["costing", "--countries", "Senegal, Bolivia", "--years", "2025:2040", "--level-ppp-per-day", "2.15",
            "--targeting", "pension_tested"]
    notes, data = {}, {}
    for language in ("en", *LANGUAGES):
        out = tmp_path / language
        out.mkdir()
        assert _run(capsys, [*argv, "--json", str(out / "c.json"), "--export", str(out / "c.xlsx")], language)[0] == 0
        sheet = openpyxl.load_workbook(out / "c.xlsx").worksheets[-1]
        notes[language] = [sheet.cell(row, 2).value for row in (2, 3)]
        data[language] = (out / "c.json").read_bytes()
    assert data["fr"] == data["es"] == data["en"]
    english = [" ".join(country["notes"]) for country in json.loads(data["en"])["countries"]]
    assert notes["en"] == english and all("PPP factor" in text and "held" in text for text in english)
    for language in LANGUAGES:
        for said, text in zip(notes[language], english):
            assert not _words(said, NAMES) & _words(text, NAMES) - SHARED[language] - {"WDI", "WEO", "PPA"}
            assert _numbers(said, language) == _numbers(text, "en")


@pytest.mark.parametrize(("language", "same"), [("fr", {"Europe"}), ("es", {"Asia", "Melanesia", "Micronesia"})])
def test_groups_are_listed_and_found_by_their_names_in_the_language(capsys, language, same):
    """Every group of the data has its French and Spanish name (a region the data gains and the
    catalogue lacks fails here), --groups lists them, and either name selects the same countries."""
    from reform_studio.countries.groups import groups, said, select_countries

    i18n.set_language(language)
    names = {name: said(name) for name in groups()}
    assert {name for name, local in names.items() if local == name} == same
    assert len(set(names.values())) == len(names)  # no two groups alike in the language
    for name, local in names.items():
        assert select_countries([local]) == select_countries([name])
    english = set(_run(capsys, ["costing", "--groups"], "en")[1].splitlines())
    listed = _run(capsys, ["costing", "--groups"], language)[1].splitlines()
    assert len(listed) == len(names) and not [line for line in listed if line in english
                                              and line.rsplit(" (", 1)[0] not in same]
