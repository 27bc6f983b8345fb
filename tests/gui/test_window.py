"""The window opens the sample, recomputes on lever moves and keeps the session on bad input."""
from __future__ import annotations

import numpy as np

from reform_studio.engine.projection import project
from reform_studio.engine.reform import Reform
from reform_studio.gui.widgets.lever_rows import NumberRow
from tests.gui.conftest import settle


def test_window_opens_with_the_sample(window):
    scheme = window.document.scheme
    assert scheme.scheme_name in window.windowTitle() and "kenya.xlsx" in window.windowTitle()
    assert "[*]" in window.windowTitle() and not window.isWindowModified()
    assert len(window.document.scenarios) >= 2
    baseline = project(scheme)
    reserve = window.charts.views["reserve"].chart.artists()[0]
    np.testing.assert_allclose(reserve.get_ydata(), (baseline.indicators["reserve"] / baseline.indicators["gdp"]).to_numpy())  # % of GDP
    assert window.key_figures.model.rowCount() > 5
    assert "Baseline" in window.key_figures.model.header


def test_moving_a_slider_changes_the_reform_and_the_chart(qtbot, window):
    window.document.set_current(0)
    row = window.levers.rows["contribution_rate"]
    assert isinstance(row, NumberRow)
    chart = window.charts.views["reserve"].chart
    before = chart.artists()[1].get_ydata().copy()
    with qtbot.waitSignal(window.runner.finished, timeout=20_000):
        row.slider.setValue(row.slider.value() + 40)  # +4 points of contribution
    settle(qtbot, window)
    reform = window.document.current_reform
    assert reform.levers["contribution_rate"].value > window.document.scheme.contribution_rate
    assert window.isWindowModified()
    expected = project(window.document.scheme, reform)
    after = chart.artists()[1].get_ydata()
    np.testing.assert_allclose(after, (expected.indicators["reserve"] / expected.indicators["gdp"]).to_numpy())
    assert not np.allclose(after, before)
    assert window.projections[1].indicators["contribution_rate"].iloc[-1] > \
        window.projections[0].indicators["contribution_rate"].iloc[-1]
    assert row.marker.isVisibleTo(row) and row.title.font().bold()


def test_a_broken_workbook_lists_its_problems_and_keeps_the_scheme(window, problems_shown, sample, tmp_path):
    import openpyxl

    book = openpyxl.load_workbook(sample)
    book["Scheme"]["B7"] = "twelve percent"
    book["Scheme"]["B5"] = None
    broken = tmp_path / "broken.xlsx"
    book.save(broken)
    scheme = window.document.scheme
    assert not window.open_path(broken)
    assert window.document.scheme is scheme
    (title, intro, problems), = problems_shown
    assert "broken.xlsx" in intro and len(problems) >= 2
    assert all(p.sheet == "Scheme" for p in problems)
    assert {"B5", "B7"} <= {p.cell for p in problems}


def test_unreadable_file_is_reported(window, problems_shown, tmp_path):
    junk = tmp_path / "junk.xlsx"
    junk.write_text("not a workbook")
    assert not window.open_path(junk)
    assert len(problems_shown) == 1


def test_scenarios_save_and_load_round_trip(window, tmp_path):
    doc = window.document
    doc.set_current(0)
    doc.set_lever("pensionable_age_male", window.levers.rows["pensionable_age_male"].lever or
                  __import__("reform_studio.engine.reform", fromlist=["Lever"]).Lever(65, 2030, years_per_step=2))
    saved = doc.reforms()
    path = tmp_path / "mine.json"
    assert window.files._write_scenarios(path)
    assert not window.isWindowModified() and "mine.json" in window.windowTitle()
    doc.add_reform()
    assert window.isWindowModified()
    doc.undo_stack.setClean()
    assert window.files.open_scenarios(path)
    assert [r.to_dict() for r in doc.reforms()] == [r.to_dict() for r in saved]
    assert doc.undo_stack.count() == 0


def test_chart_export_writes_a_png(window, tmp_path):
    path = tmp_path / "chart.png"
    window.files.export_chart_to(window.charts.current_view().chart, path)
    data = path.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 10_000


def test_presentation_mode_toggles_and_steps(qtbot, window):
    window.document.set_current(0)
    window.set_presentation(True)
    assert window.presenting and window.presentation_action.isChecked()
    assert not window.scenario_dock.isVisible() and window.banner.isVisible()
    window.step_scenario(1)
    assert window.document.current == 1
    settle(qtbot, window)
    assert [s.reform.name for s in window.drawn] == [window.document.scenarios[1].reform.name]
    assert window.document.scenarios[1].reform.name in window.banner.text()
    window.set_presentation(False)
    assert not window.presenting and window.scenario_dock.isVisible()


def test_a_refused_reform_is_reported_not_raised(qtbot, window):
    window.document.add_reform(Reform("Too short", {}))
    from reform_studio.engine.reform import Lever

    window.document.set_lever("reference_period_years", Lever(60))  # more than age - 15
    settle(qtbot, window)
    assert "cannot be projected" in window.statusBar().currentMessage()


def test_population_pyramid_compares_the_base_year_with_a_chosen_year(window):
    from reform_studio.engine.projection import population_by_age

    scheme = window.document.scheme
    charts = window.charts
    charts.setCurrentIndex(list(charts.views).index("pyramid"))
    chart = charts.views["pyramid"].chart
    assert charts.pyramid_year.value() == scheme.base_year + 25
    by_age = population_by_age(scheme)
    bars = list(chart.ax.patches)
    np.testing.assert_allclose([-b.get_width() for b in bars[:101]], by_age.loc[scheme.base_year, "male"])
    np.testing.assert_allclose(chart.compare[1], by_age.loc[scheme.base_year + 25, "female"])
    charts.pyramid_year.setValue(scheme.base_year + 40)
    np.testing.assert_allclose(chart.compare[0], by_age.loc[scheme.base_year + 40, "male"])
    assert list(chart.ax.patches) == bars
    assert f"{scheme.base_year + 40} (outline)" in chart.figure._suptitle.get_text()
    charts.pyramid_year.setValue(scheme.base_year)  # shown as "none": the base year alone
    assert chart.compare is None and charts.pyramid_year.text() == "none"


def test_charts_draw_only_on_screen_and_with_data(qtbot, window):
    from reform_studio.gui.main_window import MainWindow

    charts = window.charts
    members = charts.views["members"].chart
    assert members.frames == 0 and charts.views["reserve"].chart.frames > 0  # hidden tabs cost nothing
    charts.setCurrentIndex(list(charts.views).index("members"))
    qtbot.waitUntil(lambda: members.frames > 0, timeout=5_000)
    empty = MainWindow()  # shown before any workbook is read: nothing to draw yet
    qtbot.addWidget(empty)
    empty.show()
    qtbot.wait(100)
    assert empty.charts.views["reserve"].chart.frames == 0


def test_presentation_mode_enlarges_lever_and_legend_fonts(qtbot, window):
    from PySide6.QtWidgets import QApplication

    from reform_studio.gui.app import RESOURCES
    from reform_studio.gui.main_window import PRESENTATION_FONT_SCALE

    app = QApplication.instance()
    app.setStyleSheet((RESOURCES / "style.qss").read_text(encoding="utf-8"))  # as make_app does
    try:
        row = window.levers.rows["accrual_rate"]
        labels = [row.title, window.levers.heading]
        for label in labels:
            label.ensurePolished()
        before = [label.font().pointSizeF() for label in labels]
        window.document.set_current(0)
        window.set_presentation(True)
        window.step_scenario(1)  # another reform: the legend is made anew
        settle(qtbot, window)
        chart = window.charts.views["reserve"].chart
        legend_sizes = {t.get_fontsize() for legend in chart.figure.legends for t in legend.get_texts()}
        for label in labels:
            label.ensurePolished()
        after = [label.font().pointSizeF() for label in labels]
        np.testing.assert_allclose(after, np.array(before) * PRESENTATION_FONT_SCALE, rtol=0.05)
        window.set_presentation(False)
        for label in labels:
            label.ensurePolished()
        assert [label.font().pointSizeF() for label in labels] == before
    finally:
        app.setStyleSheet("")
    settle(qtbot, window)
    small = {t.get_fontsize() for legend in chart.figure.legends for t in legend.get_texts()}
    assert len(legend_sizes) == len(small) == 1
    assert legend_sizes.pop() == __import__("pytest").approx(small.pop() * PRESENTATION_FONT_SCALE)


def _layout(qtbot, win, width: int, height: int) -> None:
    win.showNormal()
    win.resize(width, height)
    settle(qtbot, win)
    qtbot.wait(50)  # the layout follows the resize


def test_presentation_at_1280_by_720_gives_the_charts_the_room(qtbot, window):
    """The reviewer's 1280 x 720: levers kept half the width and the banner 2/3 of the height."""
    from reform_studio.gui.main_window import PRESENTATION_BANNER_SHARE

    window.document.set_current(0)
    window.set_presentation(True)
    _layout(qtbot, window, 1280, 720)
    central = window.centralWidget().height()
    assert not window.lever_dock.isVisible()
    assert window.charts.width() >= 1200
    assert window.charts.height() >= 0.55 * central
    banner = window.banner
    assert banner.height() <= PRESENTATION_BANNER_SHARE * central + 2
    assert banner.fits() or banner.verticalScrollBar().isVisible()  # never cut without a scroll bar
    _layout(qtbot, window, 1920, 1080)
    assert window.lever_dock.isVisible()  # room enough for the levers
    window.set_presentation(False)
    assert window.lever_dock.isVisible() and window.charts.minimumHeight() == 0


def test_presentation_leaves_closed_levers_closed(qtbot, window):
    window.lever_dock.hide()
    window.set_presentation(True)
    _layout(qtbot, window, 1920, 1080)
    assert not window.lever_dock.isVisible()
    window.set_presentation(False)
    assert not window.lever_dock.isVisible()


def test_key_figure_sentences_scroll_rather_than_being_cut(qtbot, window):
    """Three reforms' sentences at 1280 x 720 needed more lines than the panel gave them."""
    for index in range(3):
        window.document.set_shown(index, True)
    _layout(qtbot, window, 1280, 720)
    window.splitter.setSizes([560, 110])  # a small key-figure pane (the style sheet's larger font does as much)
    qtbot.wait(50)
    sentences = window.key_figures.sentences
    label = getattr(sentences, "label", sentences)
    assert label.text().count("\n") >= 2
    assert label.height() >= label.heightForWidth(label.width())  # the whole text is laid out...
    shown = label.visibleRegion().boundingRect().height()
    assert shown >= label.height() or sentences.verticalScrollBar().isVisible()  # ...and reachable
    assert window.key_figures.view.height() >= window.key_figures.height() // 3  # the table keeps room
