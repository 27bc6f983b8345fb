"""Frontier axes speak each lever's unit: years, percent, or a multiple of the average wage."""
from __future__ import annotations

from reform_studio.charts.frontier import FrontierChart, _axis_label


def test_axis_labels_and_ticks_in_the_lever_unit():
    assert _axis_label("contribution_ceiling_to_avg_wage") == "Contribution ceiling (× average wage)"
    assert _axis_label("minimum_service_years") == "Qualifying period (years)"
    assert _axis_label("contribution_rate") == "Contribution rate (%)"
    chart = FrontierChart()
    chart._set_axes("contribution_ceiling_to_avg_wage", "contribution_rate")
    assert chart.ax.xaxis.get_major_formatter()(2.5, 0) == "2.5 ×"
    assert chart.ax.yaxis.get_major_formatter()(0.15, 0) == "15 %"
