"""The difference chart: any two drawn scenarios, A minus B, year by year (issue 10 item 7)."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from reform_studio.charts.scenario_chart import line_values
from reform_studio.charts.specs import DIFFERENCES
from reform_studio.engine.projection import project
from tests.gui.conftest import settle

SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def show_differences(window, qtbot):
    charts = window.charts
    charts.setCurrentIndex(list(charts.views).index(DIFFERENCES.key))
    view = charts.current_view()
    qtbot.waitUntil(lambda: view.has_figure and view.chart.frames > 0, timeout=5_000)
    return view.chart


def assert_draws(chart, first, second) -> None:
    """Every line of the chart is `first`'s indicator minus `second`'s, in `first`'s colour."""
    for panel, panel_lines in zip(chart.panels, chart._lines):
        for line, slots in zip(panel.lines, panel_lines):
            drawn = [a for a in slots if a.get_visible()]
            assert len(drawn) == 1
            expected = line_values(line, first.projection, True) - line_values(line, second.projection, True)
            np.testing.assert_allclose(drawn[0].get_ydata(), expected, equal_nan=True)
            assert drawn[0].get_color() == first.colour
    assert chart.series[0].label == f"{first.label} − {second.label}"
    assert [t.get_text() for t in chart.figure.legends[0].get_texts()] == [chart.series[0].label]


def test_by_default_the_edited_reform_minus_the_baseline(qtbot, window):
    doc = window.document
    doc.set_current(1)
    settle(qtbot, window)
    chart = show_differences(window, qtbot)
    series = {s.label: s for s in window.charts._series}
    edited = doc.current_reform.name
    assert window.charts.difference.pair() == (edited, "Baseline")
    assert_draws(chart, series[edited], series["Baseline"])
    # the plotted numbers are the projections' own differences
    scheme = doc.scheme
    reform, base = project(scheme, doc.current_reform), project(scheme)
    reserve = [a for a in chart._lines[0][0] if a.get_visible()][0]
    np.testing.assert_allclose(reserve.get_ydata(), (reform.indicators["reserve"] / reform.indicators["gdp"]
                                                     - base.indicators["reserve"] / base.indicators["gdp"]).to_numpy())
    for ax in chart.axes:  # zero (no change) is always in view
        low, high = ax.get_ylim()
        assert low <= 0 <= high


def test_choosing_two_reforms_redraws_in_place(qtbot, window):
    doc = window.document
    first, second = (s.reform.name for s in doc.shown()[:2])
    chart = show_differences(window, qtbot)
    artists = chart.artists()
    picker = window.charts.difference
    picker.second.setCurrentIndex(picker.second.findText(second))
    picker.second.activated.emit(picker.second.currentIndex())  # as the user's choice does
    picker.first.setCurrentIndex(picker.first.findText(first))
    picker.first.activated.emit(picker.first.currentIndex())
    assert picker.pair() == (first, second)
    series = {s.label: s for s in window.charts._series}
    assert_draws(chart, series[first], series[second])
    assert chart.artists() == artists  # the same lines, updated: no figure rebuilt
    # the choice is kept while results come back (a lever moved)
    doc.set_current(0)
    picker.choose(first, second)
    row = window.levers.rows["contribution_rate"]
    with qtbot.waitSignal(window.runner.finished, timeout=20_000):
        row.slider.setValue(row.slider.value() + 30)
    settle(qtbot, window)
    series = {s.label: s for s in window.charts._series}
    assert picker.pair() == (first, second)
    assert_draws(chart, series[first], series[second])
    # the reverse pair is the negative
    picker.choose(second, first)
    reserve = [a for a in chart._lines[0][0] if a.get_visible()][0].get_ydata()
    np.testing.assert_allclose(reserve, -(line_values(DIFFERENCES.panels[0].lines[0], series[first].projection, True)
                                          - line_values(DIFFERENCES.panels[0].lines[0], series[second].projection,
                                                        True)))


def test_a_reform_no_longer_drawn_falls_back_to_the_edited_one(qtbot, window):
    doc = window.document
    names = [s.reform.name for s in doc.shown()]
    picker = window.charts.difference
    picker.choose(names[1], names[0])
    doc.set_shown(doc.reforms().index(next(r for r in doc.reforms() if r.name == names[1])), False)
    settle(qtbot, window)
    assert names[1] not in [s.label for s in window.charts._series]
    first, second = picker.pair()
    assert first != names[1] and second == names[0]
    chart = show_differences(window, qtbot)
    series = {s.label: s for s in window.charts._series}
    assert_draws(chart, series[first], series[second])


def test_the_table_and_read_out_give_the_differences_in_points(qtbot, window):
    chart = show_differences(window, qtbot)
    view = window.charts.current_view()
    view.toggle.setChecked(True)
    header = view.model.header
    assert header[0] == "Year" and any(" − Baseline" in h for h in header[1:])
    assert all(text.endswith(("pp", "k", "m")) or text in ("0", "–") for text in view.model.rows[-1][1:])
    frame = chart.export_frame()
    assert any(column.endswith("(pp)") for column in frame.columns)
    year = int(chart.table().frame.index[10])
    text = chart.readout(chart.axes[0], year)
    assert text.startswith(str(year)) and " pp" in text


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_looks_right_at_common_sizes(qtbot, window, size):
    from tests.gui.test_meeting import _problems, _text_boxes

    window.showNormal()
    window.resize(*size)
    window.document.set_current(1)
    settle(qtbot, window)
    chart = show_differences(window, qtbot)
    qtbot.wait(100)
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / f"difference-{size[0]}x{size[1]}.png"))
    assert not _problems(chart.figure)
    assert min(size for _t, _b, size in _text_boxes(chart.figure)) >= 8


def test_presenting_shows_the_presented_reform_minus_the_baseline(qtbot, window):
    window.set_presentation(True)
    window.resize(1280, 720)
    settle(qtbot, window)
    chart = show_differences(window, qtbot)
    QTest.keyClick(window, Qt.Key.Key_Space)  # the next reform
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.charts.difference.pair()[0] == window.document.current_reform.name,
                    timeout=5_000)
    series = {s.label: s for s in window.charts._series}
    assert_draws(chart, series[window.document.current_reform.name], series["Baseline"])
    qtbot.wait(200)
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "difference-presenting-1280x720.png"))
    window.set_presentation(False)


def test_the_reserve_unit_is_one_choice_for_both_charts(qtbot, window):
    chart = show_differences(window, qtbot)
    view, reserve = window.charts.current_view(), window.charts.views["reserve"]
    view.unit.setCurrentIndex(1)  # nominal currency
    assert reserve.unit.currentIndex() == 1 and chart.nominal
    series = {s.label: s for s in window.charts._series}
    first, second = (series[label] for label in window.charts.difference.pair())
    drawn = [a for a in chart._lines[0][0] if a.get_visible()][0]
    np.testing.assert_allclose(drawn.get_ydata(), first.projection.indicators["reserve"].to_numpy()
                               - second.projection.indicators["reserve"].to_numpy())
    reserve.unit.setCurrentIndex(0)
    assert view.unit.currentIndex() == 0 and not chart.nominal


def test_a_reform_selected_before_it_is_drawn_becomes_a_once_projected(qtbot, window):
    """Selecting an undrawn reform ticks it; its projection arrives later, and then it is A
    (it stayed the previous reform, so the chart compared something the user was not editing)."""
    doc = window.document
    hidden = next(i for i, s in enumerate(doc.scenarios) if not s.shown)
    show_differences(window, qtbot)
    doc.set_shown(hidden, True)
    doc.set_current(hidden)
    settle(qtbot, window)
    assert window.charts.difference.pair() == (doc.scenarios[hidden].reform.name, "Baseline")
