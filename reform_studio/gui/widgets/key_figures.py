"""Key figures of the baseline and the drawn reforms, with one plain sentence per scenario.

Differences are taken from a reference scenario chosen above the table ("Compare with:"),
the baseline by default: any two scenarios drawn can be compared, not only a reform with the
baseline. The charts keep drawing every scenario.
"""
from __future__ import annotations

from typing import Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from reform_studio.charts.key_figures import branch_sentence, key_figure_table, reform_sentence
from reform_studio.engine.results import Projection
from reform_studio.gui.widgets.scrolling_text import ScrollingText
from reform_studio.gui.widgets.tables import CopyTableView, TextTableModel

translate = QCoreApplication.translate


def baseline() -> str:
    """The baseline's label, in the window's language (the charts' series are labelled alike)."""
    return translate("key_figures_panel", "Baseline")


class KeyFigurePanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.sentences = ScrollingText("sentences")  # scrolls where the reforms' sentences need more room
        self.sentences.setToolTip(translate("key_figures_panel", "What each drawn scenario does to the reserve, the general average premium "
                                    "and the basic pension compared with the scenario chosen under \"Compare "
                                    "with\", and which branch drives its change in expenditure 25 years on."))
        layout.addWidget(self.sentences)
        bar = QHBoxLayout()
        self.reference = QComboBox()
        self.reference.setObjectName("compareWith")
        # long reform names must not widen the panel: the combo shows some 24 characters
        self.reference.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.reference.setMinimumContentsLength(24)
        self.reference.addItem(baseline())
        self.reference.setEnabled(False)  # until a reform is drawn
        tip = translate("key_figures_panel", "The scenario the changes are taken from: the baseline, or any drawn reform "
                "(to compare two reforms with each other).")
        self.reference.setToolTip(tip)
        self.reference.setStatusTip(tip)
        label = QLabel(translate("key_figures_panel", "Compare with:"))
        label.setBuddy(self.reference)
        bar.addWidget(label)
        bar.addWidget(self.reference)
        bar.addStretch(1)
        self.compare_bar = QWidget()
        self.compare_bar.setLayout(bar)
        bar.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.compare_bar)
        self.model = TextTableModel(self)
        self.view = CopyTableView(self.model)
        self.view.setToolTip(translate("key_figures_panel", "Each scenario, and its change from the one chosen under \"Compare with\" "
                               "(pp = percentage points).") + " " + self.view.toolTip())
        # Tab and Shift+Tab move on to the next control, not from cell to cell (the arrows do that)
        self.view.setTabKeyNavigation(False)
        layout.addWidget(self.view, 1)
        self.presenting = False
        self._results: tuple[int, int, list[Projection], list[str]] | None = None
        self._notes: dict[str, str] = {}
        self._chosen = baseline()  # kept by name while the reforms drawn change
        self.reference.currentIndexChanged.connect(self._reference_changed)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.sentences.set_cap(self.height() // 2)  # the table keeps half the panel

    def set_presenting(self, on: bool) -> None:
        """While presenting, only the table of key figures (the banner carries the sentence and
        a single reform is drawn, so there is nothing to choose to compare with)."""
        self.presenting = on
        self.sentences.setVisible(not on)
        self.compare_bar.setVisible(not on)
        self._fill()

    def table_height(self) -> int:
        """The height the table needs to show all its rows without scrolling."""
        view = self.view
        rows = sum(view.rowHeight(r) for r in range(self.model.rowCount()))
        scroll = view.horizontalScrollBar().sizeHint().height() if view.horizontalScrollBar().isVisible() else 0
        margins = self.layout().contentsMargins()
        return (rows + view.horizontalHeader().height() + 2 * view.frameWidth() + scroll
                + margins.top() + margins.bottom())

    def show_results(self, base_year: int, horizon: int, projections: Sequence[Projection],
                     names: Sequence[str], notes: Mapping[str, str] | None = None) -> None:
        """`projections[0]` is the baseline; `names` label the reforms that follow; `notes`
        add a sentence to a reform's line, said against the baseline whatever the table
        compares with (a line of the ILO conventions crossed)."""
        self._results = (base_year, horizon, list(projections), list(names))
        self._notes = dict(notes or {})
        labels = [baseline(), *names]
        self.reference.blockSignals(True)
        self.reference.clear()
        self.reference.addItems(labels)
        self.reference.setCurrentIndex(labels.index(self._chosen) if self._chosen in labels else 0)
        self.reference.blockSignals(False)
        self.reference.setEnabled(len(labels) > 1)
        self._fill()

    def set_reference(self, name: str) -> None:
        """Take the changes from scenario `name` (the baseline or a drawn reform)."""
        index = self.reference.findText(name)
        if index < 0:
            raise KeyError(f"no scenario {name!r} is drawn")
        self.reference.setCurrentIndex(index)

    def reference_name(self) -> str:
        return self.reference.currentText() or baseline()

    def _reference_changed(self, index: int) -> None:
        if index >= 0:
            self._chosen = self.reference.itemText(index)
        self._fill()

    def _fill(self) -> None:
        if self._results is None:
            return
        base_year, horizon, projections, names = self._results
        labels = [baseline(), *names]
        reference = max(self.reference.currentIndex(), 0)
        header = [translate("key_figures_panel", "Indicator"), translate("key_figures_panel", "Unit")]
        for i, label in enumerate(labels):
            # while presenting, the banner names the one reform drawn: a short header keeps the table narrow
            header.append(translate("key_figures_panel", "Reform") if self.presenting and i and len(labels) == 2 else label)
            if i != reference:
                header.append(translate("key_figures_panel", "Change") if reference == 0
                              else translate("key_figures_panel", "Change from {name}").format(name=labels[reference]))
        self.model.set_rows(header, key_figure_table(base_year, horizon, projections[0], projections[1:], reference))
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        other = projections[reference]
        called = translate("key_figures_panel", "the baseline") if reference == 0 else translate("key_figures_panel", "“{name}”").format(name=labels[reference])
        lines = [" ".join(filter(None, (reform_sentence(label, other, scenario, called),
                                        branch_sentence(other, scenario), self._notes.get(label, ""))))
                 for i, (label, scenario) in enumerate(zip(labels, projections)) if i != reference]
        self.sentences.setText("\n".join(lines) if lines else
                               translate("key_figures_panel", "Tick a reform in the list to compare it with the baseline."))
