"""The levers panel: one row per entry of the engine's LEVERS table, grouped as it says.

Nothing here knows a lever by name: a new row in the table gives a new control.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QGroupBox, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget)

from reform_studio.engine.parameters import LEVERS, LeverSpec
from reform_studio.engine.reform import Reform
from reform_studio.engine.scheme import Scheme
from reform_studio.gui.widgets.basic_pension_row import BasicPensionRow
from reform_studio.gui.widgets.lever_rows import ChoiceRow, LeverRow, NumberRow, inert_reason
from reform_studio.i18n.levers import words

translate = QCoreApplication.translate

ROW_BY_KIND = {"rate": NumberRow, "ratio": NumberRow, "age": NumberRow, "years": NumberRow,
               "coverage": NumberRow, "choice": ChoiceRow, "basic_pension": BasicPensionRow}


def make_row(spec: LeverSpec) -> LeverRow:
    return ROW_BY_KIND[spec.kind](spec)


class LeverPanel(QScrollArea):
    """Shows the edited reform's levers; emits `edited(name, lever, merge_key)`, `resetAll`
    and `solveRequested(name)` (a row's Solve… button)."""

    edited = Signal(str, object, str)
    resetAll = Signal()
    solveRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("leverBody")
        layout = QVBoxLayout(body)
        self.heading = QLabel()
        self.heading.setObjectName("leverHeading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.reset_all = QPushButton(translate("levers_panel", "Reset all levers"))
        self.reset_all.setToolTip(translate("levers_panel", "Set every lever of this reform back to the baseline (undoable)."))
        self.reset_all.clicked.connect(self.resetAll)
        layout.addWidget(self.reset_all)
        self.rows: dict[str, LeverRow] = {}
        self.groups: dict[str, QGroupBox] = {}
        for spec in LEVERS:
            group = self.groups.get(spec.group)
            if group is None:
                group = self.groups[spec.group] = QGroupBox(words(spec.group))
                QVBoxLayout(group).setSpacing(4)
                layout.addWidget(group)
            row = self.rows[spec.name] = make_row(spec)
            row.edited.connect(self.edited)
            row.solveRequested.connect(self.solveRequested)
            group.layout().addWidget(row)
        layout.addStretch(1)
        self.setWidget(body)
        self.setEnabled(False)

    def set_scheme(self, scheme: Scheme) -> None:
        for row in self.rows.values():
            row.set_scheme(scheme)

    def show_reform(self, reform: Reform | None) -> None:
        """Show a reform's levers (None: nothing to edit, the panel is disabled). With no
        scheme there are no baseline values to show: the rows are hidden, not shown at 0."""
        has_scheme = any(row.scheme is not None for row in self.rows.values())
        for group in self.groups.values():
            group.setVisible(has_scheme)
        self.reset_all.setVisible(has_scheme)
        self.setEnabled(reform is not None)
        self.heading.setText(translate("levers_panel", "Editing <b>{name}</b>").format(name=reform.name) if reform else
                             translate("levers_panel", "Add a reform to change levers; the baseline is the workbook.") if has_scheme else
                             translate("levers_panel", "No workbook is open: the levers appear once a scheme's workbook is open."))
        for name, row in self.rows.items():
            if row.scheme is not None:
                row.show_lever(reform.levers.get(name) if reform else None)
                row.set_inert(inert_reason(name, row.scheme, reform))
        changed = len(reform.levers) if reform else 0
        self.reset_all.setEnabled(changed > 0)
        self.reset_all.setText(translate("levers_panel", "Reset all levers ({count} changed)").format(count=changed) if changed
                               else translate("levers_panel", "Reset all levers"))
