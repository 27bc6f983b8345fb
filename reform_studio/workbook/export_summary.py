"""What the Summary sheet says, computed from the projections before any cell is written.

A minister reads the sentences; an analyst reads the table. Both come from here so that the
words and the numbers cannot disagree.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from reform_studio.engine.results import Projection
from reform_studio.engine.scheme import Scheme
from reform_studio.workbook import export_format as fmt
from reform_studio.workbook.export_branches import BRANCHES, Branch, share_of_gdp

# (indicator, short label used in the Summary headers)
KEY_RATES: tuple[tuple[str, str], ...] = (
    ("payg_cost_rate", "PAYG cost rate"),
    ("reserve_ratio", "Reserve ratio"),
    ("replacement_rate", "Replacement rate"),
    ("expenditure_to_gdp", "Expenditure % GDP"),
)
MILESTONES = (25, 50, 75)


@dataclass(frozen=True)
class Column:
    """One Summary column: a summary figure (`year` None) or an indicator in one year."""

    label: str
    key: str  # 'depletion_year', 'gap' or an indicator name
    year: int | None = None


def milestone_years(projection: Projection) -> list[int]:
    """Base year + 25, +50, +75, keeping only those the projection reaches."""
    years = list(projection.indicators.index)
    return [years[0] + step for step in MILESTONES if years[0] + step in years]


def columns(baseline: Projection) -> list[Column]:
    out = [Column("Reserve exhausted in", "depletion_year"), Column("GAP", "gap")]
    for year in milestone_years(baseline):
        out += [Column(f"{label} {year}", indicator, year) for indicator, label in KEY_RATES]
    return out


def value(projection: Projection, column: Column) -> float | int | None:
    """The number in one Summary cell; None where there is none (no depletion, a null ratio)."""
    if column.year is None:
        return _finite(projection.summary.get(column.key))
    return _finite(projection.indicators.at[column.year, column.key])


def difference(reform: Projection, baseline: Projection, column: Column) -> float | int | None:
    """Reform minus baseline: years for depletion, multiples for the reserve ratio, pp for rates."""
    a, b = value(reform, column), value(baseline, column)
    if a is None or b is None:
        return None
    if column.key == "depletion_year":
        return int(a) - int(b)
    return (a - b) * (100.0 if column.key == "gap" else fmt.diff_scale(column.key))


def _finite(x: object) -> float | int | None:
    if x is None:
        return None
    if isinstance(x, int):
        return x
    x = float(x)  # type: ignore[arg-type]
    return x if math.isfinite(x) else None


def _pct(x: float) -> str:
    return f"{100 * x:.1f} %"


def sentences(projections: Sequence[Projection], last_year: int) -> list[str]:
    """Plain sentences on depletion and the GAP, baseline first, then one per reform."""
    baseline = projections[0]
    base_year = baseline.depletion_year
    if base_year is None:
        out = [f"Under the baseline the reserve lasts to the end of the projection ({last_year})."]
    else:
        out = [f"Under the baseline the reserve is exhausted in {base_year}."]
    for reform in projections[1:]:
        out.append(f"'{reform.name}' {_depletion_change(base_year, reform.depletion_year, last_year)}"
                   f"{_gap_change(baseline.gap, reform.gap)}.")
    if baseline.gap is not None:
        out.append(f"The general average premium (GAP) under the baseline is {_pct(baseline.gap)} of "
                   "insurable wages: the level contribution rate that would finance the scheme over the "
                   "projection period.")
    return out


def branch_sentences(projections: Sequence[Projection], year: int) -> list[str]:
    """How benefit expenditure splits by branch in `year`, and the branch each reform moves most.

    Said only where some branch besides old age pays in that year: otherwise expenditure is
    old-age pensions and the sentences above say all there is.
    """
    shares = [{b: _share_in(p, b, year) for b in BRANCHES} for p in projections]
    in_use = [b for b in BRANCHES if any(s[b] for s in shares)]
    if len(in_use) < 2:
        return []
    base = shares[0]
    parts = [f"{b.label.lower()} {_pct2(base[b])}" for b in in_use]
    out = [f"In {year} benefit expenditure under the baseline is {_pct2(sum(base[b] for b in in_use))} of GDP: "
           f"{', '.join(parts[:-1])} and {parts[-1]}."]
    for projection, reform in zip(projections[1:], shares[1:]):
        branch = max(in_use, key=lambda b: abs(reform[b] - base[b]))
        if abs(reform[branch] - base[branch]) >= 5e-4:  # 0.05 pp, as for the GAP
            out.append(f"Of the branches, '{projection.name}' changes {branch.label.lower()} most in {year}: "
                       f"from {_pct2(base[branch])} to {_pct2(reform[branch])} of GDP.")
    return out


def _share_in(projection: Projection, branch: Branch, year: int) -> float:
    """A branch's expenditure over GDP in `year`; 0 where GDP is 0."""
    years = list(projection.indicators.index)
    share = float(share_of_gdp(projection, branch.indicator)[years.index(year)])
    return share if math.isfinite(share) else 0.0


def _pct2(x: float) -> str:
    return f"{100 * x:.2f} %"


def _depletion_change(before: int | None, after: int | None, last_year: int) -> str:
    if before is None and after is None:
        return f"also keeps the reserve positive to {last_year}"
    if before is None:
        return f"exhausts the reserve in {after}"
    if after is None:
        return f"keeps the reserve positive to the end of the projection ({last_year})"
    if after > before:
        return f"postpones this to {after}"
    if after < before:
        return f"brings this forward to {after}"
    return f"keeps this at {after}"


def _gap_change(before: float | None, after: float | None) -> str:
    if before is None or after is None:
        return ""
    change = 100 * (after - before)
    if abs(change) < 0.05:
        return f" and leaves the GAP at {_pct(after)}"
    verb = "raises" if change > 0 else "lowers"
    return f" and {verb} the GAP from {_pct(before)} to {_pct(after)}"


def depletion_note(before: int | None, after: int | None, last_year: int) -> str:
    """Words for a depletion difference that is not a number of years."""
    if after is None:
        return f"none by {last_year}" if before is None else f"beyond {last_year}"
    return f"new: {after}"


def write_summary(ws: Worksheet, scheme: Scheme, projections: Sequence[Projection], exported: str) -> None:
    """Title, sentences, then the key results and each reform's difference from the baseline."""
    baseline = projections[0]
    years = [int(y) for y in baseline.indicators.index]
    cols = columns(baseline)
    width = len(cols) + 1
    label = ", ".join(x for x in (scheme.scheme_name, scheme.country) if x)
    fmt.put(ws, 1, 1, f"Reform comparison: {label}" if label else "Reform comparison").font = fmt.TITLE_FONT
    fmt.put(ws, 2, 1, f"Base year {years[0]}, projection to {years[-1]}. Exported {exported}. "
                      "Rates are shares of insurable wages or GDP.").font = fmt.NOTE_FONT
    widths = {1: min(45.0, max(14.0, *(len(p.name) + 2 for p in projections)))}
    widths.update({c: 13.0 for c in range(2, width + 1)})
    row = 4
    milestones = milestone_years(baseline)
    said = sentences(projections, years[-1]) + branch_sentences(projections, milestones[0] if milestones else years[-1])
    for sentence in said:
        fmt.put(ws, row, 1, sentence)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
        ws.cell(row=row, column=1).alignment = Alignment(wrap_text=True, vertical="top")
        # a merged cell does not grow with its text: two lines at least, more where it wraps further
        lines = math.ceil(1.15 * len(sentence) / sum(widths.values()))
        ws.row_dimensions[row].height = 15 * max(2, lines)
        row += 1
    row += 1
    fmt.put(ws, row, 1, "Key results").font = fmt.SUBTITLE_FONT
    row += 1
    levels = []
    for p in projections:
        values: list[float | int | str | None] = [value(p, c) for c in cols]
        if values[0] is None:
            values[0] = f"not by {years[-1]}"
        levels.append((p.name, values))
    row = _block(ws, row, "Scenario", cols, levels, _level_formats(cols), "SummaryTable")
    if len(projections) > 1:
        row += 1
        fmt.put(ws, row, 1, "Difference from the baseline (reserve exhausted: years later; "
                            "rates: percentage points)").font = fmt.SUBTITLE_FONT
        row += 1
        rows = []
        for p in projections[1:]:
            diffs: list[float | int | str | None] = [difference(p, baseline, c) for c in cols]
            if diffs[0] is None:
                diffs[0] = depletion_note(baseline.depletion_year, p.depletion_year, years[-1])
            rows.append((p.name, diffs))
        _block(ws, row, "Reform", cols, rows, _diff_formats(cols), "SummaryDifferencesTable")
    fmt.set_widths(ws, widths)
    fmt.print_setup(ws)


def _block(ws: Worksheet, row: int, first: str, cols: list[Column],
           rows: list[tuple[str, list]], formats: list[str], table: str) -> int:
    """One header row and a row per scenario, as an Excel table; returns the next free row."""
    fmt.put(ws, row, 1, first)
    for c, column in enumerate(cols, start=2):
        fmt.put(ws, row, c, column.label)
    fmt.style_header(ws, row, 1, len(cols) + 1)
    ws.row_dimensions[row].height = 32
    for r, (name, values) in enumerate(rows, start=row + 1):
        fmt.put(ws, r, 1, name)
        for c, (x, number_format) in enumerate(zip(values, formats), start=2):
            cell = fmt.put(ws, r, c, x, number_format)
            cell.alignment = Alignment(horizontal="right")
    fmt.add_table(ws, table, row, row + len(rows), len(cols) + 1)
    return row + len(rows) + 1


def _level_formats(cols: list[Column]) -> list[str]:
    return [fmt.WHOLE if c.key == "depletion_year" else fmt.PERCENT if c.key == "gap"
            else fmt.level_format(c.key) for c in cols]


def _diff_formats(cols: list[Column]) -> list[str]:
    return [fmt.SIGNED_WHOLE if c.key == "depletion_year" else fmt.PP if c.key == "gap"
            else fmt.diff_format(c.key) for c in cols]
