"""The population pyramid, men to the left and women to the right: the base year as filled
bars, a chosen projection year as an outline over them.

Every artist is made once and changed in place (bar widths, outline data, legend and title
texts), so choosing another year costs one redraw and the presentation font scale stays.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter

from reform_studio.charts.formatters import persons
from reform_studio.engine.scheme import AGES

MALE_COLOUR = "#4a7fb5"
FEMALE_COLOUR = "#c8566b"
MALE_OUTLINE = "#1d3f66"
FEMALE_OUTLINE = "#7a1f33"


def outline(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """x and y of a step line around bars of height 1 centred on each age."""
    edges = np.arange(len(values) + 1) - 0.5
    return np.repeat(values, 2), np.column_stack([edges[:-1], edges[1:]]).ravel()


def age_label(age: int) -> str:
    return f"{age}{'+' if age == AGES - 1 else ''}"


class PyramidChart:
    """A Qt-free figure; `update(population, label, compare, compare_label)` with (2, 101)
    arrays of persons: `population` filled, `compare` (optional) outlined."""

    def __init__(self, figure: Figure | None = None):
        self.figure = figure if figure is not None else Figure(figsize=(8, 5), layout="constrained")
        self.ax: Axes = self.figure.subplots()
        self.axes = [self.ax]
        ages = np.arange(AGES)
        self._male = self.ax.barh(ages, np.zeros(AGES), height=1.0, color=MALE_COLOUR, alpha=0.55)
        self._female = self.ax.barh(ages, np.zeros(AGES), height=1.0, color=FEMALE_COLOUR, alpha=0.55)
        self._male_outline = Line2D([], [], color=MALE_OUTLINE, linewidth=1.4, zorder=3)
        self._female_outline = Line2D([], [], color=FEMALE_OUTLINE, linewidth=1.4, zorder=3)
        self.ax.add_line(self._male_outline)
        self.ax.add_line(self._female_outline)
        self.population = np.zeros((2, AGES))
        self.compare: np.ndarray | None = None
        self.label, self.compare_label = "", ""
        self.ax.axvline(0.0, color="#444444", linewidth=0.8)
        self.ax.set_ylim(-0.5, AGES - 0.5)
        self.ax.set_ylabel("Age (100 = 100 and over)")
        self.ax.set_xlabel("Persons at 1 January (men left, women right)")
        self.ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: persons(abs(v))))
        self.ax.spines[["top", "right"]].set_visible(False)
        self.ax.set_axisbelow(True)
        self.ax.grid(True, axis="x", color="#dddddd", linewidth=0.7)
        handles = [Patch(color=MALE_COLOUR, alpha=0.55, label="Men"),
                   Patch(color=FEMALE_COLOUR, alpha=0.55, label="Women"),
                   Line2D([], [], color=MALE_OUTLINE, linewidth=1.4, label="Men"),
                   Line2D([], [], color=FEMALE_OUTLINE, linewidth=1.4, label="Women")]
        self._legend = self.ax.legend(handles=handles, loc="upper right", frameon=False, fontsize="small")
        self._title = self.figure.suptitle("Population", fontweight="bold")

    def update(self, population: np.ndarray, label: str, compare: np.ndarray | None = None,
               compare_label: str = "") -> None:
        """Resize the bars to `population` (sex, age), outline `compare`, and relabel."""
        population = self._checked(population)
        compare = None if compare is None else self._checked(compare)
        self.population, self.compare = population, compare
        self.label, self.compare_label = label, compare_label if compare is not None else ""
        for bar, value in zip(self._male, population[0]):
            bar.set_width(-value)
        for bar, value in zip(self._female, population[1]):
            bar.set_width(value)
        for line, sign, sex in ((self._male_outline, -1.0, 0), (self._female_outline, 1.0, 1)):
            line.set_visible(compare is not None)
            if compare is not None:
                line.set_data(*outline(sign * compare[sex]))
        labels = (f"Men {label}", f"Women {label}", f"Men {compare_label}", f"Women {compare_label}")
        for i, (text, handle, text_label) in enumerate(zip(self._legend.get_texts(), self._legend.legend_handles,
                                                           labels)):
            drawn = i < 2 or compare is not None
            text.set_text(text_label if drawn else "")
            handle.set_visible(drawn)
        peak = max(float(population.max()), float(compare.max()) if compare is not None else 0.0, 1.0)
        self.ax.set_xlim(-peak * 1.08, peak * 1.08)
        title = f"Population by age and sex, {label}"
        if compare is not None:
            title += f" (bars) and {compare_label} (outline)"
        self._title.set_text(title)
        self.figure.canvas.draw_idle()

    @property
    def has_data(self) -> bool:
        return bool(self.label)

    @staticmethod
    def _checked(population: np.ndarray) -> np.ndarray:
        population = np.asarray(population, dtype=float)
        if population.shape != (2, AGES):
            raise ValueError(f"population must be shaped (2, {AGES}), got {population.shape}")
        return population

    def readout(self, axes: Axes | None, y: float | None) -> str:
        if axes is not self.ax or y is None:
            return ""
        age = int(round(y))
        if not 0 <= age < AGES:
            return ""
        text = f"Age {age_label(age)}: "
        men, women = self.population[:, age]
        if self.compare is None:
            return text + f"men {persons(men)}, women {persons(women)}"
        later_men, later_women = self.compare[:, age]
        return text + (f"{self.label} men {persons(men)}, women {persons(women)} · "
                       f"{self.compare_label} men {persons(later_men)}, women {persons(later_women)}")

    def hover_text(self, event) -> str:
        return self.readout(event.inaxes, event.ydata)

    def frame(self) -> pd.DataFrame:
        """The numbers drawn: persons by age, men and women of each year shown."""
        columns = {f"Men {self.label}": self.population[0], f"Women {self.label}": self.population[1]}
        if self.compare is not None:
            columns[f"Men {self.compare_label}"] = self.compare[0]
            columns[f"Women {self.compare_label}"] = self.compare[1]
        return pd.DataFrame(columns, index=pd.Index([age_label(a) for a in range(AGES)], name="Age"))

    def export_frame(self) -> pd.DataFrame:
        """The numbers drawn, for a CSV file."""
        frame = self.frame()
        frame.columns = [f"{c} (persons)" for c in frame.columns]
        return frame

    def table(self) -> tuple[list[str], list[list[str]]]:
        """Header and rows as text: age, then men and women (persons) of each year shown."""
        frame = self.frame()
        rows = [[age, *(f"{v:,.0f}" for v in values)] for age, values in zip(frame.index, frame.to_numpy())]
        return ["Age", *(f"{c} (persons)" for c in frame.columns)], rows

    def save(self, path) -> None:
        self.figure.savefig(path, dpi=150)
