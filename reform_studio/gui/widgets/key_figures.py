"""Key figures of the baseline and the drawn reforms, with one plain sentence per reform."""
from __future__ import annotations

from typing import Sequence

from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWidget

from reform_studio.charts.key_figures import branch_sentence, key_figure_table, reform_sentence
from reform_studio.engine.results import Projection
from reform_studio.gui.widgets.scrolling_text import ScrollingText
from reform_studio.gui.widgets.tables import CopyTableView, TextTableModel


class KeyFigurePanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.sentences = ScrollingText("sentences")  # scrolls where the reforms' sentences need more room
        self.sentences.setToolTip("What each drawn reform does to the reserve and the general average premium, "
                                  "and which branch drives its change in expenditure 25 years on.")
        layout.addWidget(self.sentences)
        self.model = TextTableModel(self)
        self.view = CopyTableView(self.model)
        self.view.setToolTip("Baseline, each drawn reform and its change from the baseline "
                             "(pp = percentage points). " + self.view.toolTip())
        layout.addWidget(self.view, 1)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.sentences.set_cap(self.height() // 2)  # the table keeps half the panel

    def show_results(self, base_year: int, horizon: int, projections: Sequence[Projection],
                     names: Sequence[str]) -> None:
        """`projections[0]` is the baseline; `names` label the reforms that follow."""
        baseline, reforms = projections[0], list(projections[1:])
        header = ["Indicator", "Unit", "Baseline"]
        for name in names:
            header += [name, "Change"]
        self.model.set_rows(header, key_figure_table(base_year, horizon, baseline, reforms))
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        lines = [" ".join(filter(None, (reform_sentence(name, baseline, reform), branch_sentence(baseline, reform))))
                 for name, reform in zip(names, reforms)]
        self.sentences.setText("\n".join(lines) if lines else
                               "Tick a reform in the list to compare it with the baseline.")
