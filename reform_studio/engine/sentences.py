"""What the engine says to the user, kept as what it is made of so it can be said in any language.

The engine knows no language, yet its explanations (the solver's answer, a target in words)
and the problems it finds in an input reach the user. A `Sentence` is the English text
exactly as it has always been written, and a `str`, so every caller that prints or compares
it is unchanged; it also keeps the English template with named placeholders and the values
that filled it: figures (`Figure`, said again with the reader's decimal comma), words of
another table (a lever's title, a rule's title), lists (`Listing`) and other sentences. The
i18n layer (`reform_studio.i18n.sentences.said`) translates the template and says each value
in the user's language; the engine never imports it.

Templates written here are marked with `QT_TRANSLATE_NOOP("engine", ...)` so that
pyside6-lupdate puts them in the catalogues under the context `engine`; placeholders are bare
`{name}` (no format spec: a value is formatted when it is made, once per language).
"""
from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Mapping

CONTEXT = "engine"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark `text` for the catalogue (the engine may not import reform_studio.i18n)."""
    return text


class Sentence(str):
    """English text made from `template` and `values`; `context` is the catalogue context the
    template is translated in ('engine', or 'levers' for a lever's own word); `case` is ''
    or 'capital' (first letter upper case) or 'lower', applied after translation too."""

    template: str
    values: Mapping[str, Any]
    context: str
    case: str

    def __new__(cls, template: str, /, *, context: str = CONTEXT, case: str = "", **values: Any) -> "Sentence":
        sentence = super().__new__(cls, recase(template.format(**values), case))
        sentence.template, sentence.context, sentence.case = template, context, case
        sentence.values = MappingProxyType(dict(values))
        return sentence

    def __reduce__(self):  # a copy or pickle (pandas copies a frame's attrs) is a Sentence again
        return _rebuilt, (self.template, self.context, self.case, dict(self.values))

    def lowered(self) -> "Sentence":
        """The sentence in lower case: a title used inside a sentence."""
        return Sentence(self.template, context=self.context, case="lower", **self.values)


def _rebuilt(template: str, context: str, case: str, values: dict[str, Any]) -> Sentence:
    return Sentence(template, context=context, case=case, **values)


def word(text: str, context: str) -> Sentence:
    """A word of another table of the engine (a lever's title or unit: context 'levers'; a
    rule's title: 'standards'), translated where that table is marked."""
    return Sentence(text, context=context)


def recase(text: str, case: str) -> str:
    if case == "capital":
        return text[:1].upper() + text[1:]
    return text.lower() if case == "lower" else text


@dataclass(frozen=True)
class Figure:
    """A number as the English sentence writes it (`text`), with what another language needs
    to write it again: the value (a fraction where `percent`), and its decimals."""

    value: float
    text: str
    decimals: int
    percent: bool = False

    def __str__(self) -> str:
        return self.text

    def __format__(self, spec: str) -> str:
        return format(self.text, spec)


def figure(value: float, spec: str = "g") -> Figure:
    """`value` written with the format `spec` ('.2f', ',.0f', 'g', '.3g'), as the engine always has."""
    return _figure(value, format(value, spec), False)


def percentage(fraction: float, spec: str = ".1f") -> Figure:
    """A fraction written as a percentage: 0.1523 with '.2f' is '15.23 %'."""
    return _figure(fraction, f"{format(100 * fraction, spec)} %", True)


def _figure(value: float, text: str, percent: bool) -> Figure:
    digits = text.split(" ")[0]
    decimals = 0 if "e" in digits or "." not in digits else len(digits.partition(".")[2])
    return Figure(float(value), text, decimals, percent)


class Listing(tuple):
    """Items said one after the other, separated by commas."""

    def __str__(self) -> str:
        return ", ".join(map(str, self))

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


def joined(parts: list[Sentence] | list[str], template: str) -> Sentence:
    """`parts` joined two at a time by `template` (with placeholders `first` and `then`)."""
    out = parts[0]
    for part in parts[1:]:
        out = Sentence(template, first=out, then=part)
    return out
