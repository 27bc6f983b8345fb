"""The product in English, French and Spanish: one catalogue per language, two readers.

The catalogues are Qt Linguist `.ts` files beside this module (`reform_studio_fr.ts`,
`reform_studio_es.ts`), compiled to `.qm` for the window's QTranslator. Code that may not
import Qt (the command line, the workbook reader and writer, the charts, the report) calls
`translate(context, text)`, which reads the same `.ts` files, so a string is translated once,
in one place. `translate` has QCoreApplication.translate's signature so that pyside6-lupdate
extracts its calls with the window's `tr()` calls (docs/translating.md).

English is the source language: its text is the text in the code. Placeholders are named,
`{name}`, filled with `str.format` after translation, so a translator can move them.
"""
from __future__ import annotations

import locale
import os
from typing import Mapping

LANGUAGES = {"en": "English", "fr": "Français", "es": "Español"}
SOURCE_LANGUAGE = "en"
# the window's language for one start (`reform-studio --language fr`), before the remembered one
LANGUAGE_VARIABLE = "REFORM_STUDIO_LANGUAGE"

_current = SOURCE_LANGUAGE


def language() -> str:
    """The language text is translated into now ('en', 'fr' or 'es')."""
    return _current


def set_language(code: str) -> None:
    """Translate into `code` from now on, in every thread (the process has one language)."""
    global _current
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}: one of {', '.join(LANGUAGES)}")
    _current = code


def language_of(name: str | None) -> str:
    """The language of a locale name such as 'fr_SN.UTF-8', 'es-BO' or 'French_France.1252';
    English for anything else, since English is the language every string has."""
    head = (name or "").strip().lower()
    for code, native in (("fr", "french"), ("es", "spanish")):
        if (head[:2] == code and (len(head) == 2 or not head[2].isalpha())) or head.startswith(native):
            return code
    return SOURCE_LANGUAGE


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The language of the user's locale: the variables POSIX reads for messages, in its
    order (LANGUAGE's first entry, LC_ALL, LC_MESSAGES, LANG), else the platform's locale
    (Windows has no such variables)."""
    environ = os.environ if environ is None else environ
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable, "").split(":")[0]
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return language_of(value)
    if environ is os.environ:
        return language_of(locale.getlocale()[0])
    return SOURCE_LANGUAGE


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """`text` in the current language, or `text` itself where the catalogue has none.

    `context` groups the strings of one module for the translator (as a class name does for
    `tr()`); `disambiguation` tells apart two uses of one English text."""
    if _current == SOURCE_LANGUAGE:
        return text
    from reform_studio.i18n.catalogue import messages

    return messages(_current).get((context, text, disambiguation or ""), text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark `text` for the catalogue where it is translated later, by `translate(context, text)`
    with the same context (a table of messages built before the language is known)."""
    return text
