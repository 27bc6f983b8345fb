"""Reform-file and key-sheet messages speak the chosen language (the engine's own stay English)."""
from __future__ import annotations

from pathlib import Path

import pytest

from reform_studio import i18n
from reform_studio.engine.errors import InputError
from reform_studio.i18n.problems import describe
from reform_studio.scenarios import load_reform, load_scenarios


BROKEN = '{"name": "x",\n "levers": }'
NOT_A_SET = '{"format": "something else"}'


@pytest.mark.parametrize(("content", "load", "code", "words"), [
    (BROKEN, load_reform, "en", "not valid JSON at line 2"),
    (BROKEN, load_reform, "fr", "JSON non valide à la ligne 2"),
    (BROKEN, load_reform, "es", "JSON no válido en la línea 2"),
    (NOT_A_SET, load_scenarios, "fr", "n'est pas un fichier de scénarios"),
    (NOT_A_SET, load_scenarios, "es", "no es un archivo de escenarios"),
])
def test_a_bad_file_is_told_in_the_language(content, load, code: str, words: str, tmp_path: Path) -> None:
    path = tmp_path / "reform.json"
    path.write_text(content, encoding="utf-8")
    i18n.set_language(code)
    with pytest.raises(InputError) as info:
        load(path)
    assert words in describe(info.value) and "reform.json" in describe(info.value)


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
