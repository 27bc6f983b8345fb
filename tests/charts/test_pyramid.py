from __future__ import annotations

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from reform_studio.charts.pyramid import PyramidChart


def test_pyramid_bars_follow_the_population(tmp_path):
    chart = PyramidChart()
    FigureCanvasAgg(chart.figure)
    population = np.vstack([np.linspace(1000, 10, 101), np.linspace(900, 20, 101)])
    chart.update(population, "2025")
    widths = [bar.get_width() for bar in chart.ax.patches]
    assert widths[0] == -1000 and widths[101] == 900
    assert "Age 0: men 1 k, women 900" == chart.readout(chart.ax, 0.2)
    chart.save(tmp_path / "p.png")
    assert (tmp_path / "p.png").read_bytes().startswith(b"\x89PNG")
    with pytest.raises(ValueError):
        chart.update(np.zeros((2, 5)), "x")
