"""The engine's sentences said in the user's language.

The engine returns its explanations and input problems as `engine.sentences.Sentence`: the
English text, which is also a `str`, with the template and values it was made from. `said`
translates the template (context `engine`, or the table a word comes from, such as `levers`)
and says each value again: figures with the language's decimal comma and groups, words and
nested sentences translated, lists joined. English, and any text that is not a Sentence (the
workbook reader's messages are translated where they are made), comes back unchanged.
"""
from __future__ import annotations

from reform_studio.engine.sentences import Figure, Listing, Sentence, recase
from reform_studio.i18n import SOURCE_LANGUAGE, language, translate
from reform_studio.i18n.numbers import number, percent


def said(text: object) -> str:
    """`text` in the current language: a Sentence translated, anything else as `str` gives it."""
    if not isinstance(text, Sentence) or language() == SOURCE_LANGUAGE:
        return str(text)
    values = {name: _value(value) for name, value in text.values.items()}
    return recase(translate(text.context, text.template).format(**values), text.case)


def _value(value: object) -> str:
    if isinstance(value, Figure):
        return percent(value.value, value.decimals) if value.percent else number(value.value, value.decimals)
    if isinstance(value, Listing):
        return ", ".join(map(_value, value))
    return said(value)
