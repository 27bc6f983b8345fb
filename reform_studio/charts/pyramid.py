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
from reform_studio.charts.ticks import LabelSpacedLocator
from reform_studio.engine.scheme import AGES
from reform_studio.i18n import translate
from reform_studio.i18n.numbers import number

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


def _sexes(year: str) -> tuple[str, str]:
    """'Men 2024', 'Women 2024' in the current language (legend entries and column names)."""
    return (translate("pyramid", "Men {year}").format(year=year),
            translate("pyramid", "Women {year}").format(year=year))


def _in_persons(column: str) -> str:
    return translate("pyramid", "{column} (persons)").format(column=column)


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
        self.ax.set_ylabel(translate("pyramid", "Age (100 = 100 and over)"))
        # wrapped within the figure: a narrow preview, or a longer language, keeps all of it
        self.ax.set_xlabel(translate("pyramid", "Persons at 1 January (men left, women right)"), wrap=True)
        self.ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: persons(abs(v))))
        self.ax.xaxis.set_major_locator(LabelSpacedLocator())
        self.ax.spines[["top", "right"]].set_visible(False)
        self.ax.set_axisbelow(True)
        self.ax.grid(True, axis="x", color="#dddddd", linewidth=0.7)
        men, women = translate("pyramid", "Men"), translate("pyramid", "Women")
        handles = [Patch(color=MALE_COLOUR, alpha=0.55, label=men),
                   Patch(color=FEMALE_COLOUR, alpha=0.55, label=women),
                   Line2D([], [], color=MALE_OUTLINE, linewidth=1.4, label=men),
                   Line2D([], [], color=FEMALE_OUTLINE, linewidth=1.4, label=women)]
        self._legend = self.ax.legend(handles=handles, loc="upper right", frameon=False, fontsize="small")
        self._title = self.figure.suptitle(translate("pyramid", "Population"), fontweight="bold")

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
        labels = (*_sexes(label), *_sexes(compare_label))
        for i, (text, handle, text_label) in enumerate(zip(self._legend.get_texts(), self._legend.legend_handles,
                                                           labels)):
            drawn = i < 2 or compare is not None
            text.set_text(text_label if drawn else "")
            handle.set_visible(drawn)
        peak = max(float(population.max()), float(compare.max()) if compare is not None else 0.0, 1.0)
        self.ax.set_xlim(-peak * 1.08, peak * 1.08)
        self._title.set_text(translate("pyramid", "Population by age and sex, {year}").format(year=label)
                             if compare is None else
                             translate("pyramid", "Population by age and sex, {year} (bars) and {later} "
                                                  "(outline)").format(year=label, later=compare_label))
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
        men, women = self.population[:, age]
        if self.compare is None:
            return translate("pyramid", "Age {age}: men {men}, women {women}").format(
                age=age_label(age), men=persons(men), women=persons(women))
        later_men, later_women = self.compare[:, age]
        return translate("pyramid", "Age {age}: {year} men {men}, women {women} · {later} men {later_men}, women "
                                    "{later_women}").format(
            age=age_label(age), year=self.label, men=persons(men), women=persons(women), later=self.compare_label,
            later_men=persons(later_men), later_women=persons(later_women))

    def hover_text(self, event) -> str:
        return self.readout(event.inaxes, event.ydata)

    def frame(self) -> pd.DataFrame:
        """The numbers drawn: persons by age, men and women of each year shown."""
        columns = dict(zip(_sexes(self.label), self.population))
        if self.compare is not None:
            columns.update(zip(_sexes(self.compare_label), self.compare))
        return pd.DataFrame(columns, index=pd.Index([age_label(a) for a in range(AGES)],
                                                    name=translate("pyramid", "Age")))

    def export_frame(self) -> pd.DataFrame:
        """The numbers drawn, for a CSV file."""
        frame = self.frame()
        frame.columns = [_in_persons(c) for c in frame.columns]
        return frame

    def table(self) -> tuple[list[str], list[list[str]]]:
        """Header and rows as text: age, then men and women (persons) of each year shown."""
        frame = self.frame()
        rows = [[age, *(number(v) for v in values)] for age, values in zip(frame.index, frame.to_numpy())]
        return [frame.index.name, *(_in_persons(c) for c in frame.columns)], rows

    def save(self, path) -> None:
        self.figure.savefig(path, dpi=150)
