"""What the solver dialog and the frontier panel share: a lever choice, a target field and
the reform being edited."""
from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from reform_studio.engine.reform import Reform
from reform_studio.engine.scheme import Scheme
from reform_studio.engine.solve import SOLVABLE
from reform_studio.engine.targets import EXAMPLES, Target, parse_target
from reform_studio.i18n.levers import words

translate = QCoreApplication.translate


def checked_target(text: str, scheme: Scheme | None) -> Target:
    """The target typed, with its year checked against the scheme's horizon (InputError)."""
    target = parse_target(text)
    if scheme is not None:
        target.resolve(scheme.base_year, int(scheme.years[-1]))
    return target


def target_combo() -> QComboBox:
    """An editable list of the target examples; any expression of the grammar may be typed."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(EXAMPLES)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setToolTip(translate("target_fields", "A target such as reserve>=0 (never negative), reserve>=0@2075 (through 2075), "
                       "reserve_ratio>=2@2050, payg_balance@2040, gap<=contribution_rate or "
                       "replacement_rate>=40%@2060; add '& c102' or '& c128' to stay within the ILO convention "
                       "in every year (c102 alone: the convention only; c102:old_age, :invalidity or "
                       ":survivors: the Part of that branch only)."))
    return combo


def lever_combo(names: Iterable[str]) -> QComboBox:
    """A choice among solvable levers by title; the item data is the solver's lever name."""
    combo = QComboBox()
    for name in names:
        combo.addItem(words(SOLVABLE[name].title), name)
    return combo


def edited_reform(document) -> Reform | None:
    """The reform being edited, read safely: while `scenariosReset` is emitted on an insert or
    a removal, the document's current index may still point past the end of the list."""
    scenarios, index = document.scenarios, document.current
    return scenarios[index].reform if 0 <= index < len(scenarios) else None
