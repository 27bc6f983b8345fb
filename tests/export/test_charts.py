"""The charts are native line charts whose series point at the scenario sheets' columns (the
reserve at the Shares of GDP sheet), in the window's colours."""
from __future__ import annotations

from openpyxl.chart import LineChart
from openpyxl.utils import get_column_letter

from reform_studio.engine.results import INDICATORS
from reform_studio.workbook import export_format as fmt
from reform_studio.workbook.export import write_comparison
from reform_studio.workbook.export_branches import BRANCHES
from tests.export.helpers import load


def _ref(sheet: str, indicator: str, rows: int) -> str:
    col = get_column_letter(INDICATORS.index(indicator) + 1)
    return f"'{sheet}'!${col}$4:${col}${3 + rows}"


def test_series_reference_the_data_sheets(tmp_path, scheme, projections, reforms):
    path = tmp_path / "charts.xlsx"
    write_comparison(path, scheme, projections, reforms)
    charts = load(path)["Charts"]._charts
    assert len(charts) == 4 and all(isinstance(c, LineChart) for c in charts)
    rows = len(projections[0].indicators)
    names = [p.name for p in projections]
    per_scenario = len(BRANCHES) + 3  # branches, all benefits, basic pension, reserve
    reserve = [get_column_letter(1 + per_scenario * (k + 1)) for k in range(len(names))]
    expected = [
        [f"'Shares of GDP'!${c}$5:${c}${4 + rows}" for c in reserve],
        [r for n in names for r in (_ref(n, "payg_cost_rate", rows), _ref(n, "contribution_rate", rows))],
        [_ref(n, "expenditure_to_gdp", rows) for n in names],
        [_ref(n, "replacement_rate", rows) for n in names],
    ]
    for chart, refs in zip(charts, expected):
        assert [s.val.numRef.f for s in chart.series] == refs
    for chart in charts[1:]:
        assert {s.cat.numRef.f for s in chart.series} == {f"'Baseline'!$A$4:$A${3 + rows}"}
    assert [c.title.tx.rich.p[0].r[0].t for c in charts] == [
        "Reserve at year end, % of GDP", "PAYG cost rate and contribution rate (dashed)",
        "Benefit expenditure, all branches, % of GDP", "Replacement rate: average pension over average wage"]
    solid = [s for s in charts[0].series]
    assert [s.tx.strRef.f for s in solid] == [f"'{n}'!$A$1" for n in names]
    dashed = charts[1].series[1::2]
    assert all(s.graphicalProperties.line.prstDash == "dash" for s in dashed)
    assert [e.idx for e in charts[1].legend.legendEntry] == [1, 3, 5]
    colours = [s.graphicalProperties.line.solidFill.srgbClr for s in charts[1].series]
    assert colours[0::2] == colours[1::2] and len(set(colours)) == len(names)
    assert colours[0::2] == ["222222", *fmt.REFORM_COLOURS[:len(names) - 1]]  # as the window draws them
    assert colours[0] == fmt.BASELINE_COLOUR
