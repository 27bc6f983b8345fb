"""Reform-file and key-sheet messages speak the chosen language (the engine's own stay English)."""
from __future__ import annotations

from pathlib import Path

import pytest

from reform_studio import i18n
from reform_studio.engine.errors import InputError
from reform_studio.i18n.problems import describe
from reform_studio.scenarios import load_reform, load_scenarios


@pytest.mark.parametrize(("code", "words"), [("en", "not valid JSON at line 2"),
                                             ("fr", "JSON non valide à la ligne 2"),
                                             ("es", "JSON no válido en la línea 2")])
def test_broken_json_is_told_in_the_language(code: str, words: str, tmp_path: Path) -> None:
    path = tmp_path / "reform.json"
    path.write_text('{"name": "x",\n "levers": }', encoding="utf-8")
    i18n.set_language(code)
    with pytest.raises(InputError) as info:
        load_reform(path)
    assert words in describe(info.value) and "reform.json" in describe(info.value)


@pytest.mark.parametrize(("code", "words"), [("fr", "n'est pas un fichier de scénarios"),
                                             ("es", "no es un archivo de escenarios")])
def test_a_file_that_is_no_scenario_set(code: str, words: str, tmp_path: Path) -> None:
    path = tmp_path / "other.json"
    path.write_text('{"format": "something else"}', encoding="utf-8")
    i18n.set_language(code)
    with pytest.raises(InputError) as info:
        load_scenarios(path)
    assert words in describe(info.value)


@pytest.mark.parametrize(("code", "words"), [("fr", "apparaît une seconde fois (d'abord en A"),
                                             ("es", "aparece de nuevo (primero en A")])
def test_a_key_given_twice_names_both_rows(code: str, words: str) -> None:
    from reform_studio.engine.errors import Problem
    from reform_studio.workbook.grid import Sheet
    from reform_studio.workbook.keys import read_keys
    from reform_studio.workbook.layout import KEY_SHEETS, SCHEME

    i18n.set_language(code)
    problems: list[Problem] = []
    read_keys(Sheet(SCHEME, [("contribution_rate", 0.1), ("contribution_rate", 0.2)]), KEY_SHEETS[SCHEME], {},
              problems)
    assert len(problems) == 1 and words in problems[0].message and problems[0].cell == "A2"
