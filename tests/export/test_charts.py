"""The charts are native charts whose series point at the scenario sheets' lines (the reserve
at the Shares of GDP sheet), years across, in the window's colours."""
from __future__ import annotations

from openpyxl.chart import ScatterChart
from openpyxl.utils import get_column_letter

from reform_studio.workbook import export_format as fmt
from reform_studio.workbook.export import write_comparison
from tests.export.helpers import HEADER_ROW, load, row_of


def _ref(wb, sheet: str, label: str, years: int) -> str:
    row = row_of(wb[sheet], label)
    return f"'{sheet}'!$B${row}:${get_column_letter(1 + years)}${row}"


def test_series_reference_the_data_sheets(tmp_path, scheme, projections, reforms):
    path = tmp_path / "charts.xlsx"
    write_comparison(path, scheme, projections, reforms)
    wb = load(path)
    charts = wb["Charts"]._charts
    assert len(charts) == 4 and all(isinstance(c, ScatterChart) for c in charts)
    n = len(projections[0].indicators)
    names = [p.name for p in projections]
    shares = wb["Shares of GDP"]
    reserve = [row_of(shares, "Reserve at year end (% of GDP)", row_of(shares, name)) for name in names]
    expected = [
        [f"'Shares of GDP'!$B${r}:${get_column_letter(1 + n)}${r}" for r in reserve],
        [r for name in names for r in (_ref(wb, name, "PAYG cost rate (%)", n), _ref(wb, name, "Contribution rate (%)", n))],
        [_ref(wb, name, "Benefit expenditure to GDP (%)", n) for name in names],
        [_ref(wb, name, "Replacement rate (%)", n) for name in names],
    ]
    for chart, refs in zip(charts, expected):
        assert [s.yVal.numRef.f for s in chart.series] == refs
        # the years of the header row, a numeric axis; hidden (collapsed) years drawn too
        assert {s.xVal.numRef.f for s in chart.series} == {f"'Baseline'!$B${HEADER_ROW}:${get_column_letter(1 + n)}${HEADER_ROW}"}
        assert chart.visible_cells_only is False
    assert [c.title.tx.rich.p[0].r[0].t for c in charts] == [
        "Reserve at year end, % of GDP", "PAYG cost rate and contribution rate (dashed)",
        "Benefit expenditure, all branches, % of GDP", "Replacement rate: average pension over average wage"]
    assert [s.tx.strRef.f for s in charts[0].series] == [f"'{name}'!$A$1" for name in names]
    dashed = charts[1].series[1::2]
    assert all(s.graphicalProperties.line.prstDash == "dash" for s in dashed)
    assert [e.idx for e in charts[1].legend.legendEntry] == [1, 3, 5]
    colours = [s.graphicalProperties.line.solidFill.srgbClr for s in charts[1].series]
    assert colours[0::2] == colours[1::2] and len(set(colours)) == len(names)
    assert colours[0::2] == ["222222", *fmt.REFORM_COLOURS[:len(names) - 1]]  # as the window draws them
    assert colours[0] == fmt.BASELINE_COLOUR
