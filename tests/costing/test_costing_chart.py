"""The ranked bars without Qt (Agg): values written at the bars' ends, unknown shown as n/a,
bars remade only when the list of countries changes."""
from __future__ import annotations

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_hex
from matplotlib.figure import Figure

from reform_studio.charts.costing_chart import INCOME_COLOURS, CostingChart


def chart() -> CostingChart:
    figure = Figure(figsize=(6, 4))
    FigureCanvasAgg(figure)
    return CostingChart(figure)


def test_bars_values_and_colours():
    drawn = chart()
    drawn.update(["Niger", "Chad", "Cuba"], [1.5, 0.75, float("nan")], ["Low income", "Low income", ""], "2030")
    widths = [bar.get_width() for bar in drawn._bars]
    assert widths == [1.5, 0.75, 0.0]
    assert [t.get_text().strip() for t in drawn._texts] == ["1.50", "0.75", "n/a"]
    assert to_hex(drawn._bars[2].get_facecolor()) == INCOME_COLOURS[""]
    assert [t.get_text() for t in drawn.ax.get_yticklabels()] == ["Niger", "Chad", "Cuba"]
    assert drawn.readout(0.2) == "1. Niger: 1.50 % of GDP" and drawn.readout(2) == "3. Cuba: not known"
    drawn.figure.canvas.draw()


def test_same_countries_update_in_place_new_countries_remake_the_bars():
    drawn = chart()
    drawn.update(["A", "B"], [1.0, 2.0], ["", ""], "t")
    bars = drawn._bars
    drawn.update(["A", "B"], [0.5, 1.0], ["", ""], "t")
    assert drawn._bars is bars and np.allclose([b.get_width() for b in bars], [0.5, 1.0])
    drawn.update(["A", "B", "C"], [0.5, 1.0, 2.0], ["", "", ""], "t")
    assert drawn._bars is not bars and len(drawn._bars) == 3 and len(drawn.ax.patches) == 3
