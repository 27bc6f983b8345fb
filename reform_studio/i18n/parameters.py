"""The input workbook's own words in the user's language: the units, notes and example labels
of its keys and columns, and numbers said inside them.

The keys, sheet names and column headers the reader reads are the spec's and stay English in
every language, so that a workbook filled in anywhere reads everywhere; only what explains them
is translated. workbook/layout.py marks its words for the catalogue (context "parameters") where
it defines them, and the writers say them with `words`. English keeps every number exactly as the
notes have always written it, so English workbooks keep their bytes.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from reform_studio.i18n import SOURCE_LANGUAGE, language, translate
from reform_studio.i18n.numbers import number, percent

CONTEXT = "parameters"


@dataclass(frozen=True)
class Word:
    """A text marked for the catalogue in `context` and said in the language where it is
    written (a value of a table built before the language is known)."""

    context: str
    text: str

    def said(self) -> str:
        return translate(self.context, self.text)


def said(value: float, english: str = "g") -> str:
    """`value` as `format(value, english)` writes it in English ('.2%', ',.0f', 'g'), and in
    the language's conventions otherwise: '1,23 %', '12 345', '0,045'."""
    from reform_studio.workbook.cells import show_number

    if language() == SOURCE_LANGUAGE:
        return format(value, english)
    if english.endswith("g"):
        return show_number(value)
    decimals = int(english.rpartition(".")[2][:-1] or 0)
    return percent(value, decimals) if english.endswith("%") else number(value, decimals)


def filled(value: object) -> object:
    """A placeholder's value as written: a Word said, a number in the language, a name as it is."""
    if isinstance(value, Word):
        return value.said()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return said(value)
    return value


def words(text: str, values: Iterable[tuple[str, object]] = (), context: str = CONTEXT) -> str:
    """`text` (a unit or note marked in `context`) in the current language, its `{name}`
    placeholders filled after translation with `values`."""
    translated = translate(context, text)
    values = dict(values)
    return translated.format(**{name: filled(value) for name, value in values.items()}) if values else translated
