"""The reforms list: pick the one being edited, tick up to four to draw, add/duplicate/rename/delete.

`ScenarioModel` is a thin Qt view of the `Document`: every change it accepts (a rename
typed in place, a tick) goes to the document as an undoable command.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QToolButton, QVBoxLayout, QWidget

from reform_studio.charts.style import BASELINE_COLOUR, MAX_SHOWN_REFORMS
from reform_studio.gui.document import Document

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex


def swatch(colour: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class ScenarioModel(QAbstractListModel):
    refused = Signal(str)  # a tick that would draw more than four reforms

    def __init__(self, document: Document):
        super().__init__(document)
        self.document = document
        document.scenariosReset.connect(self._reset)
        document.scenarioChanged.connect(self._changed)

    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row), self.index(row))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.document.scenarios)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        scenario = self.document.scenarios[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return scenario.reform.name
        if role == Qt.ItemDataRole.DecorationRole:
            return swatch(scenario.colour)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if scenario.shown else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            count = len(scenario.reform.levers)
            changed = (translate("scenarios_panel", "{name}: {count} lever changed.") if count == 1
                       else translate("scenarios_panel", "{name}: {count} levers changed.")).format(name=scenario.reform.name, count=count)
            return changed + " " + translate("scenarios_panel", "Tick to draw it (up to {most}); double-click to rename.").format(
                most=MAX_SHOWN_REFORMS)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
                | Qt.ItemFlag.ItemIsUserCheckable)

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role == Qt.ItemDataRole.EditRole:
            self.document.rename(index.row(), str(value))
            return True
        if role == Qt.ItemDataRole.CheckStateRole:
            shown = Qt.CheckState(value) == Qt.CheckState.Checked
            if not self.document.set_shown(index.row(), shown):
                self.refused.emit(translate("scenarios_panel", "At most {most} reforms can be drawn at once; untick one first.").format(
                    most=MAX_SHOWN_REFORMS))
                return False
            return True
        return False


class ScenarioPanel(QWidget):
    """The list with its buttons; the selected row is the reform being edited."""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.model = ScenarioModel(document)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        baseline = QLabel(f"<span style='color:{BASELINE_COLOUR}'>━━</span> "
                          + translate("scenarios_panel", "<b>Baseline</b> (the workbook; always drawn)"))
        baseline.setToolTip(translate("scenarios_panel", "The baseline is the scheme as the workbook describes it; reforms are changes to it."))
        layout.addWidget(baseline)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QListView.EditTrigger.DoubleClicked | QListView.EditTrigger.EditKeyPressed)
        self.view.setToolTip(translate("scenarios_panel", "Reforms: select one to edit its levers, tick up to four to draw them."))
        self.view.selectionModel().currentChanged.connect(lambda current, _old: document.set_current(current.row()))
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QToolButton] = {}
        for key, text, tip, slot in (
                ("add", translate("scenarios_panel", "Add"), translate("scenarios_panel", "Add a new reform (starts equal to the baseline). Ctrl+N"),
                 lambda: document.add_reform()),
                ("duplicate", translate("scenarios_panel", "Duplicate"), translate("scenarios_panel", "Copy the selected reform. Ctrl+D"), self._duplicate),
                ("rename", translate("scenarios_panel", "Rename"), translate("scenarios_panel", "Rename the selected reform. F2"), self._rename),
                ("delete", translate("scenarios_panel", "Delete"), translate("scenarios_panel", "Delete the selected reform (undoable)."), self._delete)):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.setStatusTip(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        layout.addLayout(buttons)
        document.currentChanged.connect(self._select)
        document.scenariosReset.connect(lambda: self._select(document.current))
        self._select(document.current)

    def _select(self, row: int) -> None:
        index = self.model.index(row) if row >= 0 else QModelIndex()
        if self.view.currentIndex() != index:
            self.view.setCurrentIndex(index)
        for key in ("duplicate", "rename", "delete"):
            self.buttons[key].setEnabled(row >= 0)

    def _duplicate(self) -> None:
        if self.document.current >= 0:
            self.document.duplicate(self.document.current)

    def _rename(self) -> None:
        if self.document.current >= 0:
            self.view.edit(self.model.index(self.document.current))

    def _delete(self) -> None:
        if self.document.current >= 0:
            self.document.delete(self.document.current)
