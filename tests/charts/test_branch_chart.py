"""Branch stacks: the baseline beside one reform, layers that add up, updated in place."""
from __future__ import annotations

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from reform_studio.charts.branch_chart import NO_REFORM, BranchChart, layers
from reform_studio.charts.scenario_chart import Series
from reform_studio.charts.specs import BENEFICIARIES_BY_BRANCH, EXPENDITURE_BY_BRANCH, STACKS
from reform_studio.charts.style import BASELINE_COLOUR, reform_colour
from reform_studio.engine.results import Projection


def _chart(spec=EXPENDITURE_BY_BRANCH) -> BranchChart:
    chart = BranchChart(spec)
    FigureCanvasAgg(chart.figure)
    return chart


def _pair(projections: list[Projection], reform: int = 1) -> list[Series]:
    return [Series("Baseline", BASELINE_COLOUR, projections[0]),
            Series(projections[reform].name, reform_colour(reform - 1), projections[reform])]


@pytest.mark.parametrize("spec, total", [(EXPENDITURE_BY_BRANCH, "expenditure_to_gdp"),
                                         (BENEFICIARIES_BY_BRANCH, "pensioners")], ids=lambda v: getattr(v, "key", v))
def test_the_layers_add_up_to_the_engine_total(branch_projections, spec, total):
    """Spec 16: expenditure is the four branches; pensioners are old-age, disability, spouses, orphans."""
    for projection in branch_projections:
        stacked = layers(spec, projection).sum(axis=0)
        np.testing.assert_allclose(stacked, projection.indicators[total].to_numpy(), rtol=1e-9)


def test_each_panel_stacks_its_scenario_and_the_reform_shows_the_baseline_total(branch_projections):
    chart = _chart()
    chart.update(_pair(branch_projections))
    chart.figure.canvas.draw()
    for ax, projection in zip(chart.axes, branch_projections[:2]):
        top = ax.collections[len(EXPENDITURE_BY_BRANCH.areas) - 1]
        upper = top.get_paths()[0].vertices[:, 1].max()
        assert upper == pytest.approx(np.nanmax(projection.indicators["expenditure_to_gdp"]))
    dashed = chart.axes[1].lines[0]
    np.testing.assert_allclose(dashed.get_ydata(), branch_projections[0].indicators["expenditure_to_gdp"])
    titles = [ax.get_title(loc="left") for ax in chart.axes]
    assert titles[0] == "Baseline" and titles[1].startswith(branch_projections[1].name[:20])
    assert chart.axes[0].get_ylim()[0] == 0.0


def test_update_changes_the_same_artists_in_place(branch_projections):
    chart = _chart()
    chart.update(_pair(branch_projections, 1))
    before = [list(ax.collections) for ax in chart.axes]
    chart.update(_pair(branch_projections, 2))
    assert [list(ax.collections) for ax in chart.axes] == before
    assert chart.series[1].label == branch_projections[2].name


def test_baseline_alone_says_how_to_add_a_reform(branch_projections):
    chart = _chart()
    chart.update(_pair(branch_projections)[:1])
    chart.figure.canvas.draw()
    assert not any(c.get_visible() for c in chart.axes[1].collections)
    notice = [t for t in chart.axes[1].texts if t.get_text() == NO_REFORM]
    assert notice and notice[0].get_visible()
    assert "Baseline total" not in [t.get_text() for t in chart.figure.legends[0].get_texts()]
    with pytest.raises(ValueError):
        chart.update(_pair(branch_projections) * 2)


def test_an_empty_reform_panel_draws_no_axis(branch_projections):
    """No meaningless -0.04 … 0.04 year axis beside the notice; the axis is back with a reform."""
    chart = _chart()
    chart.update(_pair(branch_projections)[:1])
    chart.figure.canvas.draw()
    empty = chart.axes[1]
    assert not empty.axison  # no ticks, tick labels, spines or grid: only the notice
    assert [t.get_text() for t in empty.texts if t.get_visible()] == [NO_REFORM]
    assert chart.axes[0].axison
    chart.update(_pair(branch_projections))
    chart.figure.canvas.draw()
    assert empty.axison
    assert float(empty.get_xlim()[0]) == float(branch_projections[0].indicators.index[0])


def test_the_legend_names_only_branches_that_pay(projections, branch_projections):
    """A version-1 scheme pays old-age pensions only: no empty disability or survivor entries."""
    chart = _chart()
    chart.update(_pair(projections))
    assert [t.get_text() for t in chart.figure.legends[0].get_texts()] == ["Old-age pensions", "Baseline total"]
    chart.update(_pair(branch_projections))
    labels = [t.get_text() for t in chart.figure.legends[0].get_texts()]
    assert labels == [area.label for area in EXPENDITURE_BY_BRANCH.areas] + ["Baseline total"]


@pytest.mark.parametrize("spec", STACKS, ids=lambda s: s.key)
def test_table_readout_and_export(branch_projections, spec):
    chart = _chart(spec)
    chart.update(_pair(branch_projections))
    table = chart.table()
    assert table.frame.shape == (len(branch_projections[0].indicators), 2 * (len(spec.areas) + 1))
    assert table.frame.columns[len(spec.areas)] == f"{spec.total} – Baseline"
    frame = chart.export_frame()
    unit = "%" if spec.kind == "percent" else "persons"
    assert frame.columns[0] == f"{spec.areas[0].label} – Baseline ({unit})"
    scale = 100 if spec.kind == "percent" else 1
    np.testing.assert_allclose(frame.iloc[:, 0], table.frame.iloc[:, 0] * scale)
    text = chart.readout(chart.axes[1], 2050.2)
    assert text.startswith(f"2050 {branch_projections[1].name}") and spec.total in text
    assert chart.readout(chart.axes[0], 1900) == "" and chart.readout(None, 2050) == ""


def test_save_writes_the_areas(tmp_path, branch_projections):
    chart = _chart()
    chart.update(_pair(branch_projections))
    path = tmp_path / "branches.svg"
    chart.save(path)
    assert path.read_text().count("<path") > 10
