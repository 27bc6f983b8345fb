from __future__ import annotations

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from reform_studio.charts.pyramid import PyramidChart, outline


def populations() -> tuple[np.ndarray, np.ndarray]:
    base = np.vstack([np.linspace(1000, 10, 101), np.linspace(900, 20, 101)])
    later = np.vstack([np.linspace(800, 100, 101), np.linspace(700, 300, 101)])
    return base, later


def test_pyramid_bars_follow_the_population(tmp_path):
    chart = PyramidChart()
    FigureCanvasAgg(chart.figure)
    base, _ = populations()
    chart.update(base, "2025")
    widths = [bar.get_width() for bar in chart.ax.patches]
    assert widths[0] == -1000 and widths[101] == 900
    assert "Age 0: men 1 k, women 900" == chart.readout(chart.ax, 0.2)
    assert not any(line.get_visible() for line in (chart._male_outline, chart._female_outline))
    chart.save(tmp_path / "p.png")
    assert (tmp_path / "p.png").read_bytes().startswith(b"\x89PNG")
    with pytest.raises(ValueError):
        chart.update(np.zeros((2, 5)), "x")


def test_a_later_year_is_outlined_over_the_base_year_in_place():
    chart = PyramidChart()
    FigureCanvasAgg(chart.figure)
    base, later = populations()
    chart.update(base, "2025")
    artists = list(chart.ax.patches) + list(chart.ax.lines)
    chart.update(base, "2025", later, "2050")
    assert list(chart.ax.patches) + list(chart.ax.lines) == artists  # nothing made anew
    xs, ys = chart._male_outline.get_data()
    assert xs[0] == xs[1] == -800 and (ys[0], ys[1]) == (-0.5, 0.5)
    xs, ys = chart._female_outline.get_data()
    assert xs[-1] == 300 and ys[-1] == 100.5
    assert chart.ax.get_xlim()[1] >= 1000  # both years fit
    assert [t.get_text() for t in chart._legend.get_texts()] == ["Men 2025", "Women 2025", "Men 2050", "Women 2050"]
    assert "2050 (outline)" in chart.figure._suptitle.get_text()
    assert chart.readout(chart.ax, 100) == "Age 100+: 2025 men 10, women 20 · 2050 men 100, women 300"
    header, rows = chart.table()
    assert header == ["Age", "Men 2025 (persons)", "Women 2025 (persons)", "Men 2050 (persons)",
                      "Women 2050 (persons)"]
    assert rows[0] == ["0", "1,000", "900", "800", "700"]
    chart.update(base, "2025")
    assert not chart._male_outline.get_visible() and chart._legend.get_texts()[2].get_text() == ""
    assert list(chart.frame().columns) == ["Men 2025", "Women 2025"]


def test_outline_steps_around_each_bar():
    xs, ys = outline(np.array([3.0, 5.0]))
    assert xs.tolist() == [3, 3, 5, 5] and ys.tolist() == [-0.5, 0.5, 0.5, 1.5]
