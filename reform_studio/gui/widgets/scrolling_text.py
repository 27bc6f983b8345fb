"""A word-wrapped text that is as tall as it needs, up to a cap, and scrolls beyond it.

A plain word-wrapped QLabel in a layout is cut off without a word of warning when its text
needs more lines than it is given (three reforms' sentences at 1280 x 720; the presentation
banner with large fonts). Here the label sits in a frameless scroll area whose size hint is
the text's height at the width on offer, so it takes no more room than the text needs, and
`set_cap` bounds it: the rest is one scroll away.
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QWidget


class ScrollingText(QScrollArea):
    def __init__(self, object_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel()
        self.label.setObjectName(object_name)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setWidget(self.label)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    # the label's text, as on a QLabel
    def text(self) -> str:
        return self.label.text()

    def setText(self, text: str) -> None:
        self.label.setText(text)
        self.updateGeometry()

    def setToolTip(self, text: str) -> None:
        super().setToolTip(text)
        self.label.setToolTip(text)

    def set_cap(self, height: int) -> None:
        """At most this many pixels tall (at least a line); taller text scrolls."""
        self.setMaximumHeight(max(height, self.minimumSizeHint().height()))
        self.updateGeometry()

    def text_height(self) -> int:
        """The height the whole text needs at the current width."""
        width = self.viewport().width() if self.isVisible() else self.width()
        return self.label.heightForWidth(max(width, 100))

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.text_height() + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:
        line = self.label.fontMetrics().lineSpacing()
        margins = self.label.contentsMargins()
        return QSize(100, min(self.sizeHint().height(), 2 * line + margins.top() + margins.bottom()))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # another width wraps the text into another number of lines

    def fits(self) -> bool:
        """Whether all the text is on screen without scrolling."""
        return self.viewport().height() >= self.label.heightForWidth(self.viewport().width())
