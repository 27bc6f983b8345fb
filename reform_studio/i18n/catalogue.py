"""The `.ts` catalogues read without Qt, for `reform_studio.i18n.translate`.

Read with defusedxml (the files ship with the product, but nothing that parses XML here
trusts it), once per language and only when a string in that language is first asked for.
Only finished translations are used, as `lrelease` compiles them, so the command line and
the window never disagree about a string.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from defusedxml import ElementTree

FOLDER = Path(__file__).resolve().parent
BASENAME = "reform_studio"

Key = tuple[str, str, str]  # context, source text, disambiguation ('' for none)


def source_path(language: str) -> Path:
    """The catalogue's Qt Linguist source, e.g. reform_studio_fr.ts."""
    return FOLDER / f"{BASENAME}_{language}.ts"


def compiled_path(language: str) -> Path:
    """The catalogue compiled by pyside6-lrelease for the window's QTranslator."""
    return source_path(language).with_suffix(".qm")


@lru_cache(maxsize=None)
def messages(language: str) -> dict[Key, str]:
    """Every finished translation of `language`'s catalogue (empty if there is none)."""
    path = source_path(language)
    if not path.is_file():
        return {}
    root = ElementTree.parse(path).getroot()
    found: dict[Key, str] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            found[key] = translation.text or ""
    return {key: text for key, text in found.items() if text}
