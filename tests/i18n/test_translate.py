"""The Qt-free reader of the catalogues and the choice of language."""
from __future__ import annotations

import pytest

from reform_studio import i18n
from reform_studio.i18n import language_of, set_language, system_language, translate
from reform_studio.i18n.catalogue import messages


@pytest.fixture(autouse=True)
def _english_afterwards():
    yield
    set_language("en")


@pytest.mark.parametrize(("name", "code"), [
    ("fr_SN.UTF-8", "fr"), ("fr", "fr"), ("es-BO", "es"), ("es_ES@euro", "es"), ("French_France.1252", "fr"),
    ("Spanish_Bolivia.1252", "es"), ("en_GB.UTF-8", "en"), ("pt_BR", "en"), ("fri", "en"), (None, "en")])
def test_language_of_a_locale(name: str | None, code: str) -> None:
    assert language_of(name) == code


def test_system_language_reads_the_posix_variables_in_order() -> None:
    assert system_language({"LANGUAGE": "es_PY:fr", "LANG": "fr_FR.UTF-8"}) == "es"
    assert system_language({"LC_ALL": "C", "LANG": "fr_CI.UTF-8"}) == "fr"
    assert system_language({"LC_MESSAGES": "fr_HT.UTF-8", "LANG": "en_US.UTF-8"}) == "fr"
    assert system_language({}) == "en"


@pytest.mark.parametrize("language", ["fr", "es"])
def test_translate_follows_the_language(language: str) -> None:
    (context, source, disambiguation), text = next(iter(messages(language).items()))
    assert translate(context, source, disambiguation or None) == source
    set_language(language)
    assert i18n.language() == language
    assert translate(context, source, disambiguation or None) == text != source
    assert translate(context, "a text no catalogue holds") == "a text no catalogue holds"


def test_unknown_language_refused() -> None:
    with pytest.raises(ValueError):
        set_language("de")
