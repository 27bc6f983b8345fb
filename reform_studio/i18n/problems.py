"""Input problems told in the current language.

The engine's `Problem` and `InputError` say where a problem is in English (the engine holds no
formatting); the workbook reader's messages were translated where they were made, and the
engine's own are Sentences (engine/sentences.py) said here, with the words around them, at the
point they are shown.
"""
from __future__ import annotations

from reform_studio.engine.errors import SHOWN, InputError, Problem
from reform_studio.i18n import SOURCE_LANGUAGE, language, translate
from reform_studio.i18n.sentences import said


def where(problem: Problem) -> str:
    """"sheet 'Scheme', cell B7" in the current language ('' where the problem has no place)."""
    parts = []
    if problem.sheet:
        parts.append(translate("problems", "sheet '{sheet}'").format(sheet=problem.sheet))
    if problem.cell:
        parts.append(translate("problems", "cell {cell}").format(cell=problem.cell))
    if problem.lever:
        parts.append(translate("problems", "lever '{lever}'").format(lever=problem.lever))
    return ", ".join(parts)


def describe_problem(problem: Problem) -> str:
    place, message = where(problem), said(problem.message)
    if not place:
        return message
    return translate("problems", "{place}: {message}").format(place=place, message=message)


def describe(error: InputError) -> str:
    """The error as `str(error)` gives it, in the current language: one problem on a line,
    the first `SHOWN` of many listed and the rest counted."""
    if language() == SOURCE_LANGUAGE:
        return str(error)
    head = translate("problems", "{source}: ").format(source=error.source) if error.source else ""
    if len(error.problems) == 1:
        return head + describe_problem(error.problems[0])
    lines = [head + translate("problems", "{count} problems:").format(count=len(error.problems))]
    lines += [f"  - {describe_problem(p)}" for p in error.problems[:SHOWN]]
    if len(error.problems) > SHOWN:
        from reform_studio.i18n.numbers import number

        lines.append(translate("problems", "  … and {count} more like these").format(
            count=number(len(error.problems) - SHOWN)))
    return "\n".join(lines)
