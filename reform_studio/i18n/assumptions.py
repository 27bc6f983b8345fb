"""The assumptions of a variant (engine/assumptions.py: shifts and factors applied to the
baseline and every reform alike) said in the user's language: the engine's labels marked for
the catalogue (a test fails when the engine gains one this table lacks), and `describe`, which
says a variant as the engine's `Assumptions.describe` does in English."""
from __future__ import annotations

from reform_studio.i18n import QT_TRANSLATE_NOOP, translate
from reform_studio.i18n.numbers import written

CONTEXT = "assumptions"
MARKED = frozenset((
    QT_TRANSLATE_NOOP("assumptions", "real wage growth"),
    QT_TRANSLATE_NOOP("assumptions", "investment return"),
    QT_TRANSLATE_NOOP("assumptions", "inflation"),
    QT_TRANSLATE_NOOP("assumptions", "unemployment rate"),
    QT_TRANSLATE_NOOP("assumptions", "fertility (TFR)"),
    QT_TRANSLATE_NOOP("assumptions", "mortality"),
    QT_TRANSLATE_NOOP("assumptions", "net migration"),
))


def label(text: str) -> str:
    """An assumption's label (`engine.assumptions.LABELS`) in the current language."""
    return translate(CONTEXT, text)


def describe(assumptions: object) -> str:
    """'inflation +1.0 pt, mortality ×0.85'; 'as in the workbook' where nothing is changed."""
    from reform_studio.engine.assumptions import LABELS

    parts = [f"{label(LABELS[name])} {_change(name, value)}" for name, value in assumptions.changed().items()]
    return ", ".join(parts) or translate("assumptions", "as in the workbook")


def setting(test: object, side: str) -> str:
    """'+1.0 pt' or '×0.8', as the engine's `AssumptionTest.setting` says a sensitivity test's
    low or high side, with the language's decimal sign."""
    return _change(test.assumption, test.low if side == "low" else test.high)


def _change(name: str, value: float) -> str:
    """A shift in points ('+1,0 pt') or a factor ('×0,875'), digits as the English has them."""
    from reform_studio.engine.assumptions import SHIFTS

    if name in SHIFTS:
        return written(f"{value * 100:+.1f}") + " " + translate(CONTEXT, "pt")
    return "×" + written(f"{value:g}")
