"""The command line in French and Spanish: help, errors for broken workbooks (with their sheet
and cell), the summary, and the locale as the default language."""
from __future__ import annotations

import re

import pytest

from reform_studio import i18n
from reform_studio.cli import main
from reform_studio.cli.common import chosen_language
from reform_studio.samples import sample_path
from tests.workbook.builders import EXAMPLE1, edited, key_row, set_key

NBSP = "\u00a0"


@pytest.fixture(autouse=True)
def _english_afterwards():
    yield
    i18n.set_language("en")


@pytest.fixture
def broken(tmp_path):
    """Example 1 with a contribution rate written as a percentage and a text in an age table."""
    if not EXAMPLE1.exists():
        pytest.skip("the spec's examples are not available")

    def change(book):
        set_key(book, "Scheme", "contribution_rate", 18)
        book["Population"]["B5"] = "beaucoup"

    return edited(EXAMPLE1, tmp_path / "broken.xlsx", change)


def _row(path, key: str) -> int:
    import openpyxl

    return key_row(openpyxl.load_workbook(path), "Scheme", key)


@pytest.mark.parametrize(("language", "sheet", "cell", "words"), [
    ("fr", f"feuille «{NBSP}Scheme{NBSP}»", "cellule B", ["ressemble à un pourcentage", "écrivez 0,18 pour 18"]),
    ("es", "hoja «Scheme»", "celda B", ["parece un porcentaje", "escriba 0,18 para 18"]),
    ("en", "sheet 'Scheme'", "cell B", ["looks like a percentage", "write 0.18 for 18"]),
])
def test_broken_workbook_error_names_sheet_and_cell_in_the_language(broken, capsys, language, sheet, cell, words):
    assert main(["run", str(broken), "--language", language]) == 2
    err = capsys.readouterr().err
    row = _row(broken, "contribution_rate")
    line = next(line for line in err.splitlines() if "contribution_rate" in line)
    assert f"{sheet}, {cell}{row}" in line
    for word in words:
        assert word in line
    population = {"fr": f"feuille «{NBSP}Population{NBSP}», cellule B5", "es": "hoja «Population», celda B5",
                  "en": "sheet 'Population', cell B5"}[language]
    assert population in err
    assert "Traceback" not in err


def test_every_subcommand_takes_language(capsys):
    for command in ("run", "solve", "template"):
        with pytest.raises(SystemExit):
            main([command, "--help", "--language", "es"])
        out = capsys.readouterr().out
        assert "--language en|fr|es" in out and "muestra esta ayuda y sale" in out
        assert out.startswith("uso: ")


def test_argparse_errors_are_translated(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["solve", "x.xlsx", "--language", "fr"])
    assert exit_info.value.code == 2
    assert f"les arguments suivants sont obligatoires{NBSP}: --lever, --target" in capsys.readouterr().err


def test_bad_language_refused(capsys):
    with pytest.raises(SystemExit):
        main(["run", "x.xlsx", "--language", "de"])
    assert "invalid choice" in capsys.readouterr().err


def test_language_changes_the_summary(tmp_path, capsys):
    workbook = str(sample_path())
    texts = {}
    for language in ("en", "fr", "es"):
        assert main(["run", workbook, "--horizon", "30", "--language", language]) == 0
        texts[language] = capsys.readouterr().out
    assert "general average premium (GAP)" in texts["en"]
    assert "prime moyenne générale (PMG)" in texts["fr"] and "Scénario de référence" in texts["fr"]
    assert "prima media general (PMG)" in texts["es"] and "Escenario base" in texts["es"]
    # the same GAP in each language's conventions
    gap = {language: re.search(r"\(\w+\)\s?: (\S+)", text.replace(NBSP, " ")).group(1)
           for language, text in texts.items()}
    assert gap["fr"] == gap["es"] == gap["en"].replace(".", ",")


def test_default_language_is_the_locale(monkeypatch):
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "es_BO.UTF-8")
    assert chosen_language(["run", "x.xlsx"]) == "es"
    assert chosen_language(["run", "x.xlsx", "--language=fr"]) == "fr"
    assert chosen_language(["run", "--", "--language", "fr"]) == "es"


@pytest.mark.parametrize(("region", "written"), [("es_PE.UTF-8", "0.18"), ("es_BO.UTF-8", "0,18")])
def test_the_command_line_writes_numbers_as_the_users_country_does(broken, capsys, monkeypatch, region, written):
    """A Peruvian official reads a decimal point in Spanish, a Bolivian a decimal comma."""
    from reform_studio.i18n import numbers

    monkeypatch.setenv("LC_ALL", region)
    try:
        assert main(["run", str(broken), "--language", "es"]) == 2
    finally:
        numbers.follow(None)
    line = next(line for line in capsys.readouterr().err.splitlines() if "contribution_rate" in line)
    assert f"escriba {written} para 18" in line
