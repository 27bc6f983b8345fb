"""Analysis › Universal pension costing…: the view costs in its worker, ranks the chart and
the table by cost as % of GDP, tells bad input in the view and exports the workbook."""
from __future__ import annotations

import time

import numpy as np
import openpyxl
import pytest
from PySide6.QtWidgets import QMenu

from reform_studio import load_scheme
from reform_studio.countries import costing, costing_inputs
from reform_studio.countries.groups import groups
from reform_studio.gui.costing_view import CostingView
from reform_studio.samples import sample_path

TIMEOUT = 30_000


@pytest.fixture(scope="module")
def kenya_base():
    return costing_inputs.base_from_scheme(load_scheme(sample_path("kenya")))


@pytest.fixture
def view(qtbot, monkeypatch, kenya_base):
    """The view over the Kenya sample's base for every country (no builder run in the GUI tests)."""
    monkeypatch.setattr(costing, "country_base", lambda iso3, year: kenya_base)
    found = CostingView()
    qtbot.addWidget(found)
    found.show()
    yield found
    found.runner.wait()
    found.exporter.wait()


def costed(qtbot, view: CostingView) -> None:
    with qtbot.waitSignal(view.runner.finished, timeout=TIMEOUT):
        view.cost_button.click()


def test_a_group_is_costed_ranked_and_listed(qtbot, view):
    view.inputs.countries_edit.setText("Low income Sub-Saharan Africa")
    view.inputs.by_ppp.setChecked(True)  # PPP factors differ by country, so the ranking is not trivial
    costed(qtbot, view)
    members = groups()["Low income Sub-Saharan Africa"]
    assert len(view.chart.names) == len(members) == view.table_model.rowCount()
    shares = view.chart.values[np.isfinite(view.chart.values)]
    assert np.all(np.diff(shares) <= 0)  # dearest first
    assert view.table_model.rows[0][0] == view.chart.names[0]
    assert view.export_button.isEnabled() and not view.busy.isVisible()
    assert "2.15 international (PPP) dollars a day" in view.message.text()


def test_a_new_level_updates_the_same_bars_in_place(qtbot, view):
    view.inputs.countries_edit.setText("Malawi, Niger")
    costed(qtbot, view)
    bars, first = view.chart._bars, view.chart.values.copy()
    view.inputs.level.setValue(10.0)
    costed(qtbot, view)
    assert view.chart._bars is bars
    assert np.allclose(view.chart.values, first / 2)


@pytest.mark.parametrize("text, words", [("Malawee", "Closest: Malawi"), ("", "Name at least one")])
def test_bad_countries_are_told_in_the_view(qtbot, view, text, words):
    view.inputs.countries_edit.setText(text)
    view.cost_button.click()
    assert words in view.message.text() and "b00020" in view.message.styleSheet()
    assert not view.runner.busy


def test_export_writes_the_workbook(qtbot, view, tmp_path):
    view.inputs.countries_edit.setText("Malawi, Niger, Senegal")
    costed(qtbot, view)
    path = tmp_path / "costing.xlsx"
    with qtbot.waitSignal(view.exporter.finished, timeout=TIMEOUT):
        view.export_to(path)
    book = openpyxl.load_workbook(path)
    assert book["Costing"]["B5"].value == view.chart.names[0]
    assert "Wrote" in view.message.text()


def test_the_analysis_menu_opens_the_view(qtbot, window):
    action = next(a for a in window.findChild(QMenu, "analysisMenu").actions() if a.objectName() == "costingAction")
    assert action.shortcut().toString() == "Ctrl+Shift+U" and action.toolTip()
    action.trigger()
    view = window.findChild(CostingView)
    assert view is not None and view.isVisible()
    view.close()


def test_closing_stops_a_costing_that_is_still_building(qtbot, view, monkeypatch, kenya_base):
    built = []

    def slow_base(iso3, year):  # a country that takes a while to build (runs in the worker: no Qt here)
        built.append(iso3)
        time.sleep(0.05)
        return kenya_base

    monkeypatch.setattr(costing, "country_base", slow_base)
    view.inputs.countries_edit.setText("World")
    view.cost_button.click()
    qtbot.waitUntil(lambda: len(built) >= 2, timeout=TIMEOUT)
    view.reject()
    view.runner.wait()
    assert len(built) < len(groups()["World"]) and view.costing is None
