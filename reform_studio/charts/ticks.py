"""Ticks spaced by the width of their own labels.

Matplotlib's automatic tick count assumes a label about three font sizes wide; "600 mil" in
Spanish or "1 200 k" in French is twice that, and in a narrow chart (the country preview's
pyramid) neighbouring labels then run into each other ("600 mil400 mil"). This locator
measures the labels the axis's formatter would write, in the language current at drawing
time, and keeps the most ticks whose labels leave a gap between them.
"""
from __future__ import annotations

import numpy as np
from matplotlib.axis import XAxis
from matplotlib.textpath import text_to_path
from matplotlib.ticker import MaxNLocator

MOST_TICKS = 9  # matplotlib's own ceiling for an automatic count
GAP = 1.0  # between two labels, in font sizes


class LabelSpacedLocator(MaxNLocator):
    """MaxNLocator's round steps, with as many ticks as the labels' widths (x axis) or
    heights (y axis) allow on the axis's length."""

    def __init__(self, **kwargs):
        super().__init__(nbins=MOST_TICKS, **kwargs)

    def tick_values(self, vmin: float, vmax: float) -> np.ndarray:
        ticks = super().tick_values(vmin, vmax)
        length = self._length_in_points()
        if length is None:
            return ticks
        low, high = sorted((vmin, vmax))
        for bins in range(MOST_TICKS, 0, -1):
            self.set_params(nbins=bins)
            ticks = super().tick_values(vmin, vmax)
            if bins == 1 or self._fits(ticks, low, high, length):
                break
        self.set_params(nbins=MOST_TICKS)
        return ticks

    def _length_in_points(self) -> float | None:
        """The axis's length in points (the unit text is measured in), once it has one."""
        axis = self.axis
        if axis is None or axis.axes is None or axis.axes.get_figure(root=True) is None:
            return None
        figure = axis.axes.get_figure(root=True)
        box = axis.axes.get_window_extent()
        pixels = box.width if isinstance(axis, XAxis) else box.height
        return pixels / figure.dpi * 72 if pixels > 0 else None

    def _fits(self, ticks: np.ndarray, low: float, high: float, length: float) -> bool:
        shown = ticks[(ticks >= low - 1e-9 * abs(high - low)) & (ticks <= high + 1e-9 * abs(high - low))]
        if len(shown) < 2:
            return True
        label = self.axis.get_major_ticks(1)[0].label1
        properties = label.get_fontproperties()
        formatter = self.axis.get_major_formatter()
        texts = formatter.format_ticks(list(shown))
        along = 0 if isinstance(self.axis, XAxis) else 1
        extent = max(text_to_path.get_text_width_height_descent(text, properties, ismath=False)[along]
                     for text in texts if text)
        spacing = length * (shown[1] - shown[0]) / (high - low)
        return extent + GAP * properties.get_size_in_points() <= spacing
