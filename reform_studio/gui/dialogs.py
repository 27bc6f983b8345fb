"""Dialogs that report problems: every input problem in one list, a file that could not be
written, and unexpected errors. Tests replace these functions instead of clicking dialogs."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QMessageBox, QPlainTextEdit,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from reform_studio.engine.errors import Problem
from reform_studio.i18n.sentences import said


def problem_rows(problems: Sequence[Problem]) -> list[list[str]]:
    return [[p.sheet or "", p.cell or "", p.lever or "", said(p.message)] for p in problems]


def problem_headers() -> list[str]:
    return [QCoreApplication.translate("dialogs", "Sheet"), QCoreApplication.translate("dialogs", "Cell"),
            QCoreApplication.translate("dialogs", "Lever"), QCoreApplication.translate("dialogs", "Problem")]


class ProblemsDialog(QDialog):
    """Every problem found in one file, with where to fix it; copyable to send by email."""

    def __init__(self, parent: QWidget | None, title: str, intro: str, problems: Sequence[Problem]):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        rows = problem_rows(problems)
        self.table = QTableWidget(len(rows), 4)
        headers = problem_headers()
        self.table.setHorizontalHeaderLabels(headers)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(QCoreApplication.translate("dialogs", "Copy list"))
        copy.setToolTip(QCoreApplication.translate("dialogs", "Copy every problem as tab-separated text."))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(
            "\n".join("\t".join(r) for r in [headers, *rows])))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def show_problems(parent: QWidget | None, title: str, intro: str, problems: Sequence[Problem]) -> None:
    """Show the problem list and wait until it is closed (tests replace this function)."""
    ProblemsDialog(parent, title, intro, problems).exec()


class ErrorDialog(QDialog):
    def __init__(self, parent: QWidget | None, summary: str, details: str, log_path: Path | None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("dialogs", "Reform Studio: unexpected error"))
        self.resize(700, 420)
        layout = QVBoxLayout(self)
        log = QCoreApplication.translate("dialogs", "<br>The details are also in the log file <tt>{path}</tt>.").format(
            path=log_path) if log_path else ""
        label = QLabel(QCoreApplication.translate("dialogs", "<b>{summary}</b><br>Your work is still open; you may save "
                                                  "your scenarios and carry on.{log}").format(summary=summary, log=log))
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(label)
        text = QPlainTextEdit(details)
        text.setReadOnly(True)
        layout.addWidget(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def show_error(parent: QWidget | None, summary: str, details: str, log_path: Path | None) -> None:
    ErrorDialog(parent, summary, details, log_path).exec()


def show_failure(parent: QWidget | None, title: str, message: str) -> None:
    """A file could not be written: say why and that nothing was lost, and wait for OK."""
    QMessageBox.critical(parent, title, message)
