"""The catalogues are complete and compiled: every string of the code is in each `.ts`, every
message is translated, placeholders survive translation, and each shipped `.qm` is what
pyside6-lrelease makes of its `.ts` today (a `.ts` edited without recompiling fails here)."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from defusedxml import ElementTree

from reform_studio.i18n import build
from reform_studio.i18n.catalogue import compiled_path, source_path

PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def _messages(path: Path) -> list[tuple[str, str, ElementTree.Element]]:
    root = ElementTree.parse(path).getroot()
    return [(context.findtext("name"), message.findtext("source"), message.find("translation"))
            for context in root.iter("context") for message in context.iter("message")]


@pytest.mark.parametrize("language", build.TRANSLATED)
def test_compiled_catalogue_matches_its_source(language: str, tmp_path: Path) -> None:
    fresh = build.release(language, tmp_path / "fresh.qm")
    assert compiled_path(language).read_bytes() == fresh.read_bytes(), (
        f"{compiled_path(language).name} is older than {source_path(language).name}: "
        "run python -m reform_studio.i18n.build --release")


@pytest.mark.parametrize("language", build.TRANSLATED)
def test_every_source_string_is_in_the_catalogue(language: str, tmp_path: Path) -> None:
    copy = tmp_path / source_path(language).name
    shutil.copy(source_path(language), copy)
    build.update([copy])
    before = {(c, s) for c, s, _ in _messages(source_path(language))}
    after = {(c, s) for c, s, _ in _messages(copy)}
    assert after - before == set(), "new strings in the code: run python -m reform_studio.i18n.build"
    assert before - after == set(), "strings no longer in the code: run python -m reform_studio.i18n.build"


@pytest.mark.parametrize("language", build.TRANSLATED)
def test_every_message_is_translated_with_its_placeholders(language: str) -> None:
    messages = _messages(source_path(language))
    assert messages
    for context, source, translation in messages:
        assert translation is not None and translation.get("type") is None and translation.text, \
            f"{language}: not translated in {context}: {source!r}"
        assert sorted(PLACEHOLDER.findall(translation.text)) == sorted(PLACEHOLDER.findall(source)), \
            f"{language}: placeholders differ in {context}: {source!r} -> {translation.text!r}"
