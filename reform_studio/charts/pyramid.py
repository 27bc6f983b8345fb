"""The population pyramid of the base year, men to the left and women to the right.

The bars are made once and resized in place when another scheme is loaded. A chosen
projection year can be overlaid as outlines once the engine reports population by age.
"""
from __future__ import annotations

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from reform_studio.charts.formatters import persons
from reform_studio.engine.scheme import AGES

MALE_COLOUR = "#4a7fb5"
FEMALE_COLOUR = "#c8566b"


class PyramidChart:
    """A Qt-free figure; call `update(population, label)` with a (2, 101) array of persons."""

    def __init__(self, figure: Figure | None = None):
        self.figure = figure if figure is not None else Figure(figsize=(8, 5), layout="constrained")
        self.ax: Axes = self.figure.subplots()
        self.axes = [self.ax]
        ages = np.arange(AGES)
        self._male = self.ax.barh(ages, np.zeros(AGES), height=1.0, color=MALE_COLOUR, label="Men")
        self._female = self.ax.barh(ages, np.zeros(AGES), height=1.0, color=FEMALE_COLOUR, label="Women")
        self.population = np.zeros((2, AGES))
        self.ax.axvline(0.0, color="#444444", linewidth=0.8)
        self.ax.set_ylim(-0.5, AGES - 0.5)
        self.ax.set_ylabel("Age (100 = 100 and over)")
        self.ax.set_xlabel("Persons at 1 January (men left, women right)")
        self.ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: persons(abs(v))))
        self.ax.spines[["top", "right"]].set_visible(False)
        self.ax.set_axisbelow(True)
        self.ax.grid(True, axis="x", color="#dddddd", linewidth=0.7)
        self.ax.legend(loc="upper right", frameon=False)
        self._title = self.figure.suptitle("Population", fontweight="bold")

    def update(self, population: np.ndarray, label: str) -> None:
        """Resize the bars to `population` (sex, age) and title the chart with `label`."""
        population = np.asarray(population, dtype=float)
        if population.shape != (2, AGES):
            raise ValueError(f"population must be shaped (2, {AGES}), got {population.shape}")
        self.population = population
        for bar, value in zip(self._male, population[0]):
            bar.set_width(-value)
        for bar, value in zip(self._female, population[1]):
            bar.set_width(value)
        limit = max(float(population.max()), 1.0) * 1.08
        self.ax.set_xlim(-limit, limit)
        self._title.set_text(f"Population by age and sex, {label}")
        self.figure.canvas.draw_idle()

    def readout(self, axes: Axes | None, y: float | None) -> str:
        if axes is not self.ax or y is None:
            return ""
        age = int(round(y))
        if not 0 <= age < AGES:
            return ""
        men, women = self.population[:, age]
        return f"Age {age}{'+' if age == AGES - 1 else ''}: men {persons(men)}, women {persons(women)}"

    def hover_text(self, event) -> str:
        return self.readout(event.inaxes, event.ydata)

    def table(self) -> tuple[list[str], list[list[str]]]:
        """Header and rows: age, men, women (persons)."""
        rows = [[f"{age}{'+' if age == AGES - 1 else ''}", f"{men:,.0f}", f"{women:,.0f}"]
                for age, (men, women) in enumerate(self.population.T)]
        return ["Age", "Men (persons)", "Women (persons)"], rows

    def save(self, path) -> None:
        self.figure.savefig(path, dpi=150)
