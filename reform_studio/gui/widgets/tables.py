"""Read-only tables of text with Ctrl+C copying tab-separated values (pastes into Excel)."""
from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QCoreApplication, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex


class TextTableModel(QAbstractTableModel):
    """Rows of already formatted text under a header; the first column is left-aligned."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.header: list[str] = []
        self.rows: list[list[str]] = []

    def set_rows(self, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        self.beginResetModel()
        self.header, self.rows = list(header), [list(r) for r in rows]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.header)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.header[section] if section < len(self.header) else None
        return None

    def tsv(self, indexes: Sequence[Index] | None = None) -> str:
        """The selected cells (all of them where nothing is selected) as tab-separated text."""
        if not indexes:
            return "\n".join("\t".join(r) for r in [self.header, *self.rows])
        rows = sorted({i.row() for i in indexes})
        cols = sorted({i.column() for i in indexes})
        lines = ["\t".join(self.header[c] for c in cols)]
        lines += ["\t".join(self.rows[r][c] for c in cols) for r in rows]
        return "\n".join(lines)


class CopyTableView(QTableView):
    def __init__(self, model: TextTableModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(False)
        self.setToolTip(translate("tables", "Ctrl+C copies the selected cells (all cells where none is selected) as tab-separated "
                          "text."))

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            return
        super().keyPressEvent(event)

    def copy(self) -> str:
        text = self.model().tsv(self.selectionModel().selectedIndexes())
        QGuiApplication.clipboard().setText(text)
        return text
