"""The two scenarios of the difference chart: A minus B, chosen among those drawn.

By default A is the reform being edited and B the baseline. A choice is kept by name while
the drawn scenarios change (a slider drag, a reform ticked); selecting another reform in the
list makes it A again, as the edited reform is what an official looks at.
"""
from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

translate = QCoreApplication.translate


def baseline() -> str:
    """The baseline's label, in the window's language (the charts' series are labelled alike)."""
    return translate("difference_picker", "Baseline")


class DifferencePicker(QWidget):
    """Two drop-downs, "A" and "minus B"; `changed` when the pair changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("differencePicker")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.first = self._combo("differenceA", translate("difference_picker", "A: the scenario whose change is drawn (by default the reform "
                                                  "being edited). Tick a reform in the list to choose it here."))
        self.second = self._combo("differenceB", translate("difference_picker", "B: the scenario it is compared with (by default the "
                                                   "baseline). Above zero, A is higher than B."))
        # no mnemonics: Alt+A opens the Analysis menu (Tab reaches both)
        for text, combo in ((translate("difference_picker", "A:"), self.first), (translate("difference_picker", "minus B:"), self.second)):
            label = QLabel(text)
            label.setBuddy(combo)
            layout.addWidget(label)
            layout.addWidget(combo)
        self._labels: list[str] = [baseline()]
        self._chosen = (baseline(), baseline())
        self._wanted: str | None = None  # the edited reform, to be A once it is drawn
        self.first.activated.connect(self._picked)
        self.second.activated.connect(self._picked)

    def _combo(self, name: str, tip: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        # long reform names must not widen the bar: some 20 characters show
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(20)
        combo.setToolTip(tip)
        combo.setStatusTip(tip)
        combo.addItem(baseline())
        return combo

    def pair(self) -> tuple[str, str]:
        """The labels of A and B."""
        return self._chosen

    def set_choices(self, labels: Sequence[str], edited: str | None) -> None:
        """The scenarios drawn (baseline first). A choice still drawn is kept; otherwise A is
        the edited reform (or the first reform drawn) and B the baseline."""
        self._labels = list(labels) or [baseline()]
        first, second = self._chosen
        if second not in self._labels:
            second = baseline()
        if self._wanted in self._labels and self._wanted != second:  # selected before it was drawn
            first, self._wanted = self._wanted, None
        elif first not in self._labels or first == second:  # a scenario minus itself says nothing
            first = self._default_first(edited, second)
        self._show(first, second)

    def follow(self, edited: str | None) -> None:
        """The reform being edited changed: it becomes A, now where it is drawn, else once its
        projection arrives (`set_choices`)."""
        self._wanted = edited
        if edited in self._labels and edited != self._chosen[1]:
            self._wanted = None
            if edited != self._chosen[0]:
                self._show(edited, self._chosen[1])
                self.changed.emit()

    def choose(self, first: str, second: str) -> None:
        """Compare scenario `first` with `second` (both drawn)."""
        for label in (first, second):
            if label not in self._labels:
                raise KeyError(f"no scenario {label!r} is drawn")
        self._wanted = None
        self._show(first, second)
        self.changed.emit()

    def _default_first(self, edited: str | None, second: str) -> str:
        """The edited reform where drawn, else the first reform drawn; never B where another
        scenario is drawn."""
        candidates = ([edited] if edited in self._labels else []) + self._labels[1:] + self._labels[:1]
        return next((label for label in candidates if label != second), second)

    def _show(self, first: str, second: str) -> None:
        self._chosen = (first, second)
        for combo, label in ((self.first, first), (self.second, second)):
            combo.blockSignals(True)
            if [combo.itemText(i) for i in range(combo.count())] != self._labels:
                combo.clear()
                combo.addItems(self._labels)
            combo.setCurrentIndex(self._labels.index(label))
            combo.blockSignals(False)
        enabled = len(self._labels) > 1
        self.first.setEnabled(enabled)
        self.second.setEnabled(enabled)

    def _picked(self, _index: int) -> None:
        pair = (self.first.currentText(), self.second.currentText())
        self._wanted = None  # the user's choice stands
        if pair != self._chosen:
            self._chosen = pair
            self.changed.emit()
