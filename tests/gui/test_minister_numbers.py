"""The numbers a minister reads, in the window's widgets (issue 10, items 5-7)."""
from __future__ import annotations

import numpy as np

from reform_studio.charts.scenario_chart import Series
from reform_studio.charts.style import BASELINE_COLOUR, reform_colour
from reform_studio.gui.widgets.chart_panel import ChartPanel
from reform_studio.gui.widgets.key_figures import KeyFigurePanel
from tests.charts.conftest import example_projections


def _series(projections):
    return [Series("Baseline", BASELINE_COLOUR, projections[0])] + [
        Series(p.name, reform_colour(i), p) for i, p in enumerate(projections[1:])]


def test_the_reserve_unit_is_chosen_beside_the_table_button_and_remembered(qtbot):
    projections = example_projections(1)
    panel = ChartPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show()
    panel.show_series(_series(projections))
    view = panel.views["reserve"]
    assert view.unit is not None and view.unit.isVisibleTo(panel)
    assert view.bar.indexOf(view.unit) == view.bar.indexOf(view.toggle) - 1  # beside "Table"
    assert all(v.unit is None for key, v in panel.views.items() if key not in ("reserve", "difference"))
    frame = projections[0].indicators
    chart = view.chart
    assert "% of GDP" in chart.axes[0].get_ylabel()
    np.testing.assert_allclose(chart.artists()[0].get_ydata(), frame["reserve"] / frame["gdp"])
    view.toggle.setChecked(True)
    assert view.model.rows[0][1].endswith("%")
    view.unit.setCurrentIndex(1)  # nominal
    assert "(nominal)" in chart.axes[0].get_ylabel()
    np.testing.assert_allclose(chart.artists()[0].get_ydata(), frame["reserve"])
    assert not view.model.rows[0][1].endswith("%")  # the open table follows
    ratio_2075 = view.model.rows[list(frame.index).index(2075)][view.model.header.index("Reserve ratio – Baseline")]
    assert ratio_2075 == "depleted"

    again = ChartPanel()  # the next session
    qtbot.addWidget(again)
    assert again.views["reserve"].unit.currentIndex() == 1 and again.views["reserve"].chart.nominal
    again.views["reserve"].set_nominal(False)
    assert not ChartPanel().views["reserve"].chart.nominal


def test_the_unit_choice_names_the_schemes_currency(qtbot, sample):
    from reform_studio.workbook.reader import read_scheme

    scheme = read_scheme(sample)
    panel = ChartPanel()
    qtbot.addWidget(panel)
    panel.set_scheme(scheme)
    assert panel.views["reserve"].unit.itemText(1) == f"Nominal {scheme.currency}"


def test_the_key_figures_compare_with_any_drawn_scenario(qtbot):
    base, minimum, basic = example_projections(2)
    panel = KeyFigurePanel()
    qtbot.addWidget(panel)
    names = [minimum.name, basic.name]
    panel.show_results(2022, 60, [base, minimum, basic], names)
    combo = panel.reference
    assert [combo.itemText(i) for i in range(combo.count())] == ["Baseline", *names]
    assert panel.model.header[:4] == ["Indicator", "Unit", "Baseline", minimum.name]
    assert "The basic pension costs" in panel.sentences.text()  # not "changes nothing"
    panel.set_reference(minimum.name)
    header = panel.model.header
    assert header == ["Indicator", "Unit", "Baseline", f"Change from {minimum.name}", minimum.name,
                      basic.name, f"Change from {minimum.name}"]
    gap = next(r for r in panel.model.rows if r[0].startswith("General average premium"))
    assert gap[6] == f"{(basic.gap - minimum.gap) * 100:+.1f} pp"
    assert panel.sentences.text().startswith("Baseline: ")
    assert f"“{minimum.name}”" in panel.sentences.text()
    panel.show_results(2022, 60, [base, minimum, basic], names)  # new results keep the choice
    assert panel.reference_name() == minimum.name
    panel.show_results(2022, 60, [base, basic], [basic.name])  # the reference no longer drawn
    assert panel.reference_name() == "Baseline" and panel.model.header[-1] == "Change"
