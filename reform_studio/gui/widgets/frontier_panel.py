"""The reform frontier panel: pick two levers and a target, see the line along which the
target is just met, with the reform being edited as a point.

The frontier is computed off the GUI thread (newest request wins) whenever the choice or
the edited reform changes, but only while the panel is on screen: a hidden panel costs
nothing during slider drags and catches up when shown.
"""
from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QMessageBox, QPushButton,
                               QVBoxLayout, QWidget)

from reform_studio.charts.frontier import FrontierChart
from reform_studio.engine.errors import InputError
from reform_studio.engine.reform import Reform
from reform_studio.engine.scheme import Scheme
from reform_studio.engine.solve import SOLVABLE, current_value, frontier
from reform_studio.gui import settings
from reform_studio.gui.document import Document
from reform_studio.gui.jobs import JobRunner
from reform_studio.gui.widgets.target_fields import checked_target, edited_reform, lever_combo, target_combo
from reform_studio.i18n import QT_TRANSLATE_NOOP
from reform_studio.i18n.levers import words
from reform_studio.i18n.problems import describe

translate = QCoreApplication.translate

X_POINTS = 30
WIDE_LEGEND = 820  # canvas pixels from which the legend's four entries fit on one row
IMAGES = QT_TRANSLATE_NOOP("frontier_panel", "PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)")


def x_values(scheme: Scheme, reform: Reform | None, lever: str, points: int = X_POINTS) -> np.ndarray:
    """About `points` values of the solver's grid across the lever's slider range (widened to
    the reform's own setting; a ceiling the baseline does not set has none): evenly spread
    for a rate or a ceiling; for whole years (ages, the qualifying period) every year within
    `points`/2 of the reform's setting, as the ages' 40..80 would spend half the solves on
    ages no reform considers."""
    solvable = SOLVABLE[lever]
    grid = solvable.grid
    current = current_value(scheme, reform or Reform(), lever)
    low, high = solvable.spec.low, solvable.spec.high
    if math.isfinite(current):
        low, high = min(low, current), max(high, current)
    if solvable.integer:
        half = points // 2
        values = np.arange(max(math.ceil(low), int(current) - half), min(math.floor(high), int(current) + half) + 1)
    else:
        values = np.round(np.linspace(low, high, points) / solvable.step) * solvable.step
    return np.unique(np.round(np.clip(values, grid[0], grid[-1]), 4))


class FrontierPanel(QWidget):
    """Two lever choices, a target, the chart and an image export."""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.jobs = JobRunner(self)
        self.frame: pd.DataFrame | None = None
        self._dirty = True
        self._fitted_legend = None  # the chart's legend laid out again in two columns
        self.x_combo = lever_combo(SOLVABLE)
        self.x_combo.setCurrentIndex(self.x_combo.findData("pensionable_age"))
        self.x_combo.setToolTip(translate("frontier_panel", "The lever along the horizontal axis, tried across its range."))
        self.y_combo = QComboBox()
        self.y_combo.setToolTip(translate("frontier_panel", "The lever solved for at each setting of the horizontal one."))
        self.target = target_combo()
        self.error = QLabel()
        self.error.setObjectName("targetError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.export_button = QPushButton(translate("frontier_panel", "Export image…"))
        self.export_button.setToolTip(translate("frontier_panel", "Save the frontier as PNG, SVG or PDF."))
        self.export_button.setEnabled(False)
        # a figure of 5 x 4 inches asks for 500 x 400 pixels: room for the charts beside the dock
        self.chart = FrontierChart(Figure(figsize=(5, 4), layout="constrained"))
        self.canvas = FigureCanvasQTAgg(self.chart.figure)
        self.canvas.setMinimumSize(360, 300)
        self.canvas.setToolTip(translate("frontier_panel", "Along the line the target is just met; in the shaded region it holds. "
                                 "The ring is the reform being edited."))
        form = QFormLayout()
        form.addRow(translate("frontier_panel", "Across (x)"), self.x_combo)
        form.addRow(translate("frontier_panel", "Solve for (y)"), self.y_combo)
        form.addRow(translate("frontier_panel", "Target"), self.target)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(bottom)
        self._fill_y()
        self.x_combo.currentIndexChanged.connect(self._x_changed)
        self.y_combo.currentIndexChanged.connect(lambda _i: self.request())
        self.target.editTextChanged.connect(lambda _t: self.request())
        self.export_button.clicked.connect(self._export_dialog)
        self.jobs.finished.connect(self._show)
        self.jobs.failed.connect(self._failed)
        for signal in (document.schemeChanged, document.scenariosReset, document.currentChanged):
            signal.connect(self.request)
        document.scenarioChanged.connect(lambda index: self.request() if index == document.current else None)

    @property
    def lever_x(self) -> str:
        return self.x_combo.currentData()

    @property
    def lever_y(self) -> str:
        return self.y_combo.currentData()

    def _fill_y(self) -> None:
        """Every solvable lever that does not share a reform lever with x."""
        keep = self.y_combo.currentData() or "contribution_rate"
        used = set(SOLVABLE[self.lever_x].levers)
        self.y_combo.blockSignals(True)
        self.y_combo.clear()
        for name, solvable in SOLVABLE.items():
            if not used & set(solvable.levers):
                self.y_combo.addItem(words(solvable.title), name)
        self.y_combo.setCurrentIndex(max(0, self.y_combo.findData(keep)))
        self.y_combo.blockSignals(False)

    def _x_changed(self) -> None:
        self._fill_y()
        self.request()

    def request(self) -> None:
        """Compute the frontier for the current choices (later, if the panel is hidden)."""
        scheme = self.document.scheme
        if not self.isVisible() or scheme is None:
            self._dirty = True
            return
        self._dirty = False
        try:
            target = checked_target(self.target.currentText(), scheme)
        except InputError as exc:
            self.jobs.cancel()
            self.error.setText(describe(exc))
            self.error.show()
            self.status.setText("")
            return
        self.error.hide()
        reform, lever_x, lever_y = edited_reform(self.document), self.lever_x, self.lever_y
        values = x_values(scheme, reform, lever_x)
        self.status.setText(translate("frontier_panel", "Computing the frontier…"))
        self.jobs.submit(lambda cancelled: frontier(scheme, reform, lever_x, values, lever_y, target,
                                                    cancelled=cancelled))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.request()

    def _show(self, _request_id: int, frame: pd.DataFrame) -> None:
        self.frame = frame
        self.chart.update(frame)
        self._fit_legend()
        self.canvas.draw_idle()
        reform = edited_reform(self.document)
        missing = int(np.isnan(frame.iloc[:, 0]).sum())
        ring = reform.name if reform else translate("frontier_panel", "the baseline")
        holds = (translate("frontier_panel", "The ring is {ring}; the target holds above the line.") if frame.attrs["feasible"] == "above"
                 else translate("frontier_panel", "The ring is {ring}; the target holds below the line.")).format(ring=ring)
        beyond = translate("frontier_panel", "{missing} of {count} settings cannot reach it (×).").format(missing=missing, count=len(frame))
        self.status.setText(holds + (" " + beyond if missing else ""))
        self.export_button.setEnabled(True)

    def _fit_legend(self) -> None:
        """The chart lays its legend out in one row, which a dock-wide canvas cannot hold:
        lay it out again in two columns (a legend's columns are fixed when it is made)."""
        if self.canvas.width() >= WIDE_LEGEND:
            return
        figure = self.chart.figure
        for legend in list(figure.legends):
            if legend is self._fitted_legend:
                continue
            handles = legend.legend_handles
            labels = [text.get_text() for text in legend.get_texts()]
            legend.remove()
            self._fitted_legend = figure.legend(handles=handles, labels=labels, loc="outside lower center",
                                                ncols=min(2, len(handles)), frameon=False, fontsize="small")

    def _failed(self, _request_id: int, message: str) -> None:
        self.status.setText(translate("frontier_panel", "The frontier cannot be computed: {message}").format(message=message))

    def export_image(self, path: Path) -> None:
        """Write the chart as PNG, SVG or PDF (by the suffix)."""
        self.chart.save(path)

    def _export_dialog(self) -> None:
        start = Path(settings.last_directory()) / f"frontier_{self.lever_x}_{self.lever_y}.png"
        path, chosen = QFileDialog.getSaveFileName(self, translate("frontier_panel", "Export frontier image"), str(start),
                                                   translate("frontier_panel", IMAGES))
        if not path:
            return
        path = Path(path)
        if path.suffix.lower() not in (".png", ".svg", ".pdf"):
            path = path.with_suffix("." + chosen.split("*.")[1].rstrip(")"))
        try:
            self.export_image(path)
        except OSError as exc:
            QMessageBox.critical(self, translate("frontier_panel", "Frontier not exported"),
                                 translate("frontier_panel", "{path} could not be written: {reason}").format(path=path, reason=exc))
            return
        settings.set_last_directory(path)
        self.status.setText(translate("frontier_panel", "Frontier written to {path}").format(path=path))
