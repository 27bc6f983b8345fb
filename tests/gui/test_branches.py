"""The branch stacks: a tab and a shortcut each, the reform being edited beside the baseline,
their numbers exported as CSV."""
from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtWidgets import QFileDialog

from reform_studio.charts.key_figures import branch_sentence, reform_sentence
from reform_studio.charts.specs import STACKS
from tests.gui.conftest import settle
from tests.gui.test_files import menu_action


def test_each_stack_has_a_tab_and_a_shortcut(window):
    charts = window.charts
    for spec in STACKS:
        index = list(charts.views).index(spec.key)
        action = menu_action(window, f"Chart &{index + 1}: {spec.tab}")
        assert action.shortcut().toString() == f"Ctrl+{index + 1}"
        action.trigger()
        assert charts.currentIndex() == index and charts.tabText(index) == spec.tab
        assert charts.tabToolTip(index) == spec.help


def test_the_stack_draws_the_reform_being_edited_beside_the_baseline(qtbot, window):
    doc, charts = window.document, window.charts
    charts.setCurrentIndex(list(charts.views).index("branches"))
    chart = charts.views["branches"].chart
    drawn = [s.reform.name for s in window.drawn]
    doc.set_current(1)
    assert [s.label for s in chart.series] == ["Baseline", drawn[1]]
    doc.set_current(0)
    assert [s.label for s in chart.series] == ["Baseline", drawn[0]]
    np.testing.assert_allclose(chart.table().frame[f"Old-age pensions – {drawn[0]}"],
                               window.projections[1].indicators["old_age_expenditure"]
                               / window.projections[1].indicators["gdp"])
    hidden = next(i for i, s in enumerate(doc.scenarios) if not s.shown)
    doc.set_current(hidden)  # not drawn, so not projected: the first drawn reform stands in
    assert [s.label for s in chart.series] == ["Baseline", drawn[0]]
    doc.set_current(0)
    window.scenario_panel.model.setData(window.scenario_panel.model.index(0), "Renamed")
    settle(qtbot, window)
    assert [s.label for s in chart.series] == ["Baseline", "Renamed"]


def test_the_stack_on_screen_exports_its_numbers(window, tmp_path, monkeypatch):
    target = tmp_path / "branches.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.charts.setCurrentIndex(list(window.charts.views).index("beneficiaries"))
    menu_action(window, "Export chart &data (CSV)…").trigger()
    frame = pd.read_csv(target, index_col=0, encoding="utf-8-sig")
    np.testing.assert_allclose(frame["All pensioners – Baseline (persons)"],
                               window.projections[0].indicators["pensioners"], rtol=1e-9)
    assert f"Spouses – {window.drawn[0].reform.name} (persons)" in frame.columns


def test_key_figure_sentences_name_the_branch_behind_a_change_in_expenditure(window):
    base, *reforms = window.projections
    text = window.key_figures.sentences.text()
    for scenario, reform in zip(window.drawn, reforms):
        said = branch_sentence(base, reform)
        assert f"{reform_sentence(scenario.reform.name, base, reform)} {said}".strip() in text
    assert "Expenditure in" in text and "of GDP" in text  # coverage extension pays more old-age pensions
