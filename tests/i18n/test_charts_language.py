"""The Qt-free charts not owned by the window speak the chosen language: titles, axis labels,
legends, read-outs and table headers, numbers in the language's conventions."""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from reform_studio import i18n  # noqa: E402
from reform_studio.charts.frontier import FrontierChart  # noqa: E402
from reform_studio.charts.pyramid import PyramidChart  # noqa: E402

POPULATION = np.vstack([np.linspace(12_345.0, 10.0, 101), np.linspace(12_000.0, 30.0, 101)])


@pytest.mark.parametrize(("code", "title", "legend", "header", "value"), [
    ("fr", "Population par âge et sexe, 2024 (barres) et 2050 (contour)", "Femmes 2050",
     "Hommes 2024 (personnes)", "12\u202f345"),
    ("es", "Población por edad y sexo, 2024 (barras) y 2050 (contorno)", "Mujeres 2050",
     "Hombres 2024 (personas)", "12.345"),
])
def test_pyramid(code, title, legend, header, value) -> None:
    i18n.set_language(code)
    chart = PyramidChart()
    chart.update(POPULATION, "2024", POPULATION * 1.1, "2050")
    assert chart.figure._suptitle.get_text() == title
    assert legend in [t.get_text() for t in chart._legend.get_texts()]
    headers, rows = chart.table()
    assert header in headers and rows[0][1] == value
    assert chart.readout(chart.ax, 0.0).startswith({"fr": "Âge 0\u00a0: 2024 hommes", "es": "Edad 0: 2024 hombres"}[code])


@pytest.mark.parametrize(("code", "xlabel", "legend", "tick"), [
    ("fr", "Âge d'admission à la pension, hommes et femmes (ans)", "Atteint l'objectif", "2,5 ×"),
    ("es", "Edad de jubilación, hombres y mujeres (años)", "Cumple la meta", "2,5 ×"),
])
def test_frontier(code, xlabel, legend, tick) -> None:
    i18n.set_language(code)
    frame = pd.DataFrame({"contribution_ceiling_to_avg_wage": [2.5, 2.0, np.nan]},
                         index=pd.Index([60, 61, 62], name="pensionable_age"))
    frame.attrs.update({"lever_x": "pensionable_age", "lever_y": "contribution_ceiling_to_avg_wage",
                        "goal": "reserve>=0", "feasible": "above", "y_range": (0.5, 5.0), "current": (61.0, 2.2)})
    chart = FrontierChart()
    chart.update(frame)
    assert chart.ax.get_xlabel() == xlabel
    assert legend in [t.get_text() for t in chart.figure.legends[0].get_texts()]
    assert chart.ax.yaxis.get_major_formatter()(2.5, 0) == tick
