"""What the Summary sheet says, computed from the projections before any cell is written.

A minister reads the sentences; an analyst reads the table. Both come from here so that the
words and the numbers cannot disagree.
"""
from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass
from typing import Sequence

from openpyxl.styles import Alignment
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from reform_studio.engine.results import Projection
from reform_studio.engine.scheme import Scheme
from reform_studio.workbook import export_format as fmt
from reform_studio.workbook.export_branches import BRANCHES, Branch, share_of_gdp

# (indicator, short label used in the Summary headers): the key table, at each milestone
KEY_RATES: tuple[tuple[str, str], ...] = (
    ("payg_cost_rate", "PAYG cost rate"),
    ("reserve_ratio", "Reserve ratio"),
)
# the cost-and-financing table, in the first milestone year: the cost rate beside what pays it
SUBSIDY_TO_WAGES = "state_subsidy_to_wages"
FINANCING: tuple[tuple[str, str, str], ...] = (
    ("payg_cost_rate", "PAYG cost rate", "% of wages"),
    ("contribution_rate", "Contribution rate", "% of wages"),
    (SUBSIDY_TO_WAGES, "State subsidy", "% of wages"),
    ("replacement_rate", "Replacement rate", "%"),
    ("expenditure_to_gdp", "Benefit expenditure", "% of GDP"),
    ("basic_pension_cost_to_gdp", "Basic pension cost", "% of GDP"),
    ("basic_pension_beneficiaries", "Basic pension beneficiaries", "thousand persons"),
)
MILESTONES = fmt.MILESTONES
DEPLETED = "depleted"
NOTABLE = 5e-4  # 0.05 pp: a change smaller than that rounds away


@dataclass(frozen=True)
class SourceInfo:
    """What the numbers were computed from, for the Summary's sources and caveats."""

    name: str | None = None
    sha256: str | None = None
    illustrative: bool = False  # the workbook calls its assumptions illustrative
    sources: tuple[tuple[str, str], ...] = ()  # (item, source) rows of its Sources sheet


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
    """The key table: depletion, the GAP, then each key rate at every milestone (a block a rate)."""
    out = [Column("Reserve exhausted in", "depletion_year"), Column("GAP (% of wages)", "gap")]
    years = milestone_years(baseline)
    for indicator, label in KEY_RATES:
        unit = " (% of wages)" if indicator == "payg_cost_rate" else " (× expenditure)"
        out += [Column(f"{label} {year}{unit}", indicator, year) for year in years]
    return out


def financing_columns(projections: Sequence[Projection], year: int) -> list[Column]:
    """The cost-and-financing table in `year`; the subsidy and basic pension only where paid."""
    def paid(key: str) -> bool:
        return any(abs(value(p, Column("", key, year)) or 0.0) > 0 for p in projections)
    return [Column(f"{label} {year} ({unit})", key, year) for key, label, unit in FINANCING
            if key not in (SUBSIDY_TO_WAGES, "basic_pension_cost_to_gdp", "basic_pension_beneficiaries")
            or paid(key)]


def value(projection: Projection, column: Column) -> float | int | None:
    """The number in one Summary cell; None where there is none (no depletion, a null ratio)."""
    if column.year is None:
        return _finite(projection.summary.get(column.key))
    if column.key == SUBSIDY_TO_WAGES:
        wages = _finite(projection.indicators.at[column.year, "wage_bill"])
        subsidy = _finite(projection.indicators.at[column.year, "state_subsidy"])
        return subsidy / wages if wages and subsidy is not None else None
    return _finite(projection.indicators.at[column.year, column.key])


def depleted(projection: Projection, column: Column) -> bool:
    """A reserve ratio in a year the reserve is exhausted: said in words, not as '-13.4'."""
    if column.key != "reserve_ratio" or column.year is None:
        return False
    reserve = _finite(projection.indicators.at[column.year, "reserve"])
    return reserve is not None and reserve <= 0


def difference(reform: Projection, baseline: Projection, column: Column) -> float | int | None:
    """Reform minus baseline: years for depletion, multiples for the reserve ratio, pp for rates."""
    a, b = value(reform, column), value(baseline, column)
    if a is None or b is None:
        return None
    if column.key == "depletion_year":
        return int(a) - int(b)
    return (a - b) * (100.0 if column.key in ("gap", SUBSIDY_TO_WAGES) else fmt.diff_scale(column.key))


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


def financing_sentence(projection: Projection, year: int, who: str = "Under the baseline") -> str:
    """The cost rate beside the contribution rate and the state subsidy, as shares of wages."""
    cost = value(projection, Column("", "payg_cost_rate", year))
    rate = value(projection, Column("", "contribution_rate", year))
    subsidy = value(projection, Column("", SUBSIDY_TO_WAGES, year))
    if cost is None or rate is None:
        return ""
    text = (f"{who} the PAYG cost rate in {year} is {_pct(cost)} of insurable wages, against a "
            f"contribution rate of {_pct(rate)}")
    if subsidy:
        text += f" and a state subsidy worth {_pct(subsidy)} of wages"
    return text + "."


def basic_pension_sentence(reform: Projection, baseline: Projection, year: int) -> str:
    """What a reform's basic pension costs in `year` (% of GDP, beneficiaries), where it changes
    it; "" otherwise. The basic pension is paid by the state, outside the reserve and the GAP,
    so without this sentence a basic-pension reform would read as changing nothing."""
    cost, before = (value(p, Column("", "basic_pension_cost_to_gdp", year)) or 0.0 for p in (reform, baseline))
    people, people_before = (value(p, Column("", "basic_pension_beneficiaries", year)) or 0.0
                             for p in (reform, baseline))
    if abs(cost - before) < NOTABLE / 10 and round(people) == round(people_before):
        return ""
    if cost <= 0 and people < 0.5:
        return (f"'{reform.name}' stops the basic pension: in {year} it costs {_pct2(before)} of GDP "
                f"({_persons(people_before)} beneficiaries) under the baseline.")
    text = (f"'{reform.name}' pays a basic pension costing {_pct2(cost)} of GDP in {year} "
            f"({_persons(people)} beneficiaries), paid by the state budget outside the reserve")
    if before <= 0 and people_before < 0.5:
        return text + "; the baseline pays none."
    return text + f"; the baseline's costs {_pct2(before)} ({_persons(people_before)} beneficiaries)."


def baseline_basic_pension_sentence(baseline: Projection, year: int) -> str:
    cost = value(baseline, Column("", "basic_pension_cost_to_gdp", year)) or 0.0
    people = value(baseline, Column("", "basic_pension_beneficiaries", year)) or 0.0
    if cost <= 0 and people < 0.5:
        return ""
    return (f"The baseline's basic pension costs {_pct2(cost)} of GDP in {year} ({_persons(people)} "
            "beneficiaries), paid by the state budget outside the reserve and the GAP.")


def _persons(x: float) -> str:
    if abs(x) >= 1e6:
        return f"{x / 1e6:.2f} million"
    if abs(x) >= 1e4:
        return f"{x / 1e3:,.0f} thousand"
    return f"{x:,.0f}"


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


SOURCE_TEXT_CHARS = 110  # a data source on the Summary is cut here (in full on the Assumptions sheet)
def printing_note(baseline: Projection) -> str:
    """How the workbook prints, with the years its printed tables show for the baseline."""
    years = [int(y) for y in baseline.indicators.index]
    printed = fmt.printed_years(years, [baseline.depletion_year])
    return ("How this workbook prints: this Summary and the Charts are the brief; the full tables follow, years "
            "across: Differences (each reform minus the baseline), Shares of GDP, a page a scenario with every "
            "indicator, Assumptions (every input) and Indicators (what each line means). Printed tables show "
            f"the base year, every fifth year to {years[0] + fmt.NEAR_YEARS}, every tenth after, the last year and "
            f"the year the reserve is exhausted (baseline: {', '.join(map(str, printed))}); every year is in the "
            "sheets, in collapsed columns that + opens.")


def write_summary(ws: Worksheet, scheme: Scheme, projections: Sequence[Projection], exported: str,
                  source: SourceInfo | None = None) -> None:
    """A brief a minister reads: title, key sentences, the key table and each reform's difference
    from the baseline, the cost beside its financing, then sources and caveats."""
    import reform_studio

    source = source or SourceInfo()
    baseline = projections[0]
    years = [int(y) for y in baseline.indicators.index]
    milestones = milestone_years(baseline)
    first = milestones[0] if milestones else years[-1]
    cols = columns(baseline)
    money_cols = financing_columns(projections, first)
    width = max(len(cols), len(money_cols)) + 1
    widths = {1: min(34.0, max(16.0, *(len(p.name) + 2 for p in projections)))}
    widths.update({c: 12.5 for c in range(2, width + 1)})
    fmt.set_widths(ws, widths)  # now: the table rows wrap long names at this width
    label = ", ".join(x for x in (scheme.scheme_name, scheme.country) if x)
    fmt.put(ws, 1, 1, f"Reform comparison: {label}" if label else "Reform comparison").font = fmt.TITLE_FONT
    note = (f"Base year {years[0]}, projection to {years[-1]}. Exported {exported}. Rates are shares of "
            "insurable wages unless said to be of GDP.")
    if source.illustrative:
        note += " Illustrative: the source workbook's assumptions are not official statistics."
    row = _sentence(ws, 2, note, width, widths, fmt.NOTE_FONT) + 1

    fmt.put(ws, row, 1, "Key findings").font = fmt.SUBTITLE_FONT
    row += 1
    said = sentences(projections, years[-1])
    said.append(financing_sentence(baseline, first))
    said.append(baseline_basic_pension_sentence(baseline, first))
    said += [basic_pension_sentence(p, baseline, first) for p in projections[1:]]
    said += branch_sentences(projections, first)
    for sentence in filter(None, said):
        row = _sentence(ws, row, "• " + sentence, width, widths)
    row += 1

    fmt.put(ws, row, 1, "Key results").font = fmt.SUBTITLE_FONT
    row += 1
    row = _block(ws, row, "Scenario", cols, [(p.name, _levels(p, cols, years[-1])) for p in projections],
                 [_level_formats(cols)] * len(projections), "SummaryTable")
    row += 1
    page = row
    ws.row_breaks.append(Break(id=row - 1))  # page 2: the differences, and the cost beside its financing
    if len(projections) > 1:
        fmt.put(ws, row, 1, "Difference from the baseline (reserve exhausted: years later; rates: percentage "
                            "points; a dash where it rounds to nothing)").font = fmt.SUBTITLE_FONT
        row += 1
        row = _block(ws, row, "Reform", cols, [(p.name, _differences(p, baseline, cols, years[-1]))
                                               for p in projections[1:]],
                     [_diff_formats(cols)] * (len(projections) - 1),
                     "SummaryDifferencesTable")
        row += 1
    fmt.put(ws, row, 1, f"Cost and financing in {first}").font = fmt.SUBTITLE_FONT
    row += 1
    rows = [(p.name, _levels(p, money_cols, years[-1])) for p in projections]
    rows += [(f"{p.name}: change", _differences(p, baseline, money_cols, years[-1])) for p in projections[1:]]
    formats = [_level_formats(money_cols)] * len(projections) + [_diff_formats(money_cols)] * (len(projections) - 1)
    row = _block(ws, row, "Scenario", money_cols, rows, formats, "SummaryFinancingTable")
    row += 1
    sources = row
    row = _sources(ws, row, source, baseline, width, widths, reform_studio)
    if _points(ws, page, row) > fmt.PAGE_HEIGHT_POINTS:  # the sources on a page of their own
        ws.row_breaks.append(Break(id=sources - 1))
    fmt.set_widths(ws, widths)
    fmt.print_setup(ws)
    fmt.fixed_scale(ws, widths, [b.id for b in ws.row_breaks.brk])
    ws.sheet_view.showGridLines = False


def _sources(ws: Worksheet, row: int, source: SourceInfo, baseline: Projection, width: int,
             widths: dict[int, float], package) -> int:
    fmt.put(ws, row, 1, "Sources and caveats").font = fmt.SUBTITLE_FONT
    row += 1
    digest = f" (SHA-256 {source.sha256})" if source.sha256 else ""
    lines = [f"Source workbook: {source.name or 'not given'}{digest}.",
             f"Computed by Reform Studio {package.__version__}, model version {package.MODEL_VERSION}."]
    if source.illustrative:
        lines.append("Illustrative: the source workbook says its assumptions are illustrative, not official "
                     "statistics and not the rules of any real scheme; read the results as a demonstration.")
    lines.append("Projections, not forecasts: each follows from the assumptions on the Assumptions sheet. Money is "
                 "nominal; the basic pension is paid by the state budget, outside the reserve and the GAP.")
    for item, text in source.sources:
        if item.lower().startswith(("reading", "note")):
            continue  # commentary, not a source: on the Assumptions sheet
        cut = text if len(text) <= SOURCE_TEXT_CHARS else text[:SOURCE_TEXT_CHARS].rsplit(" ", 1)[0] + " …"
        cut = cut.split(". ")[0].rstrip(".") + "." if ". " in cut else cut  # its first sentence
        lines.append(f"Data: {item}: {cut}")
    lines.append(printing_note(baseline) + (" The data sources in full are on the Assumptions sheet."
                                            if source.sources else ""))
    for line in lines:
        row = _sentence(ws, row, line, width, widths, fmt.NOTE_FONT)
    return row


def _points(ws: Worksheet, first: int, end: int) -> float:
    """The height of rows `first` to `end - 1`, in points (15 where a row keeps the default)."""
    return sum(ws.row_dimensions[r].height or 15.0 for r in range(first, end))


def _sentence(ws: Worksheet, row: int, sentence: str, width: int, widths: dict[int, float], font=None) -> int:
    """A sentence across the table's width, wrapped, its row high enough for every line."""
    cell = fmt.put(ws, row, 1, sentence)
    if font is not None:
        cell.font = font
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    # a merged cell does not grow with its text
    span = sum(widths.get(c, 12.5) for c in range(1, width + 1))
    ws.row_dimensions[row].height = 15 * max(1, math.ceil(len(sentence) / (1.05 * span)))
    return row + 1


def _levels(p: Projection, cols: list[Column], last_year: int) -> list:
    values: list = []
    for c in cols:
        x = value(p, c)
        if c.key == "depletion_year" and x is None:
            x = f"not by {last_year}"
        elif depleted(p, c):
            x = DEPLETED
        values.append(x)
    return values


def _differences(p: Projection, baseline: Projection, cols: list[Column], last_year: int) -> list:
    values: list = []
    for c in cols:
        x = difference(p, baseline, c)
        if c.key == "depletion_year" and x is None:
            x = depletion_note(baseline.depletion_year, p.depletion_year, last_year)
        elif depleted(p, c) or depleted(baseline, c):
            x = "n/a: depleted"
        values.append(x)
    return values


def _block(ws: Worksheet, row: int, first: str, cols: list[Column],
           rows: list[tuple[str, list]], formats: list[list[str]], table: str) -> int:
    """One header row and a row per scenario, as an Excel table; returns the next free row.
    `formats` holds each row's number formats."""
    fmt.put(ws, row, 1, first)
    for c, column in enumerate(cols, start=2):
        fmt.put(ws, row, c, column.label)
    fmt.style_header(ws, row, 1, len(cols) + 1)
    width = int(ws.column_dimensions["B"].width or 12.5) - 1  # bold: a little under the column's width
    ws.row_dimensions[row].height = 15 * max(4, *(len(textwrap.wrap(c.label, width, break_long_words=False))
                                                 for c in cols))
    for r, (name, values), row_formats in zip(range(row + 1, row + 1 + len(rows)), rows, formats):
        fmt.put(ws, r, 1, name).alignment = Alignment(wrap_text=True, vertical="top")
        if len(name) > ws.column_dimensions["A"].width - 2:
            ws.row_dimensions[r].height = 15 * math.ceil(len(name) / max(ws.column_dimensions["A"].width - 2, 1))
        for c, (x, number_format) in enumerate(zip(values, row_formats), start=2):
            cell = fmt.put(ws, r, c, x, number_format)
            cell.alignment = Alignment(horizontal="right", vertical="top")
    fmt.add_table(ws, table, row, row + len(rows), len(cols) + 1)
    return row + len(rows) + 1


def _level_formats(cols: list[Column]) -> list[str]:
    return [fmt.WHOLE if c.key == "depletion_year" else fmt.PERCENT if c.key in ("gap", SUBSIDY_TO_WAGES)
            else fmt.level_format(c.key, _scale(c.key)) for c in cols]


def _diff_formats(cols: list[Column]) -> list[str]:
    return [fmt.SIGNED_WHOLE if c.key == "depletion_year" else fmt.PP if c.key in ("gap", SUBSIDY_TO_WAGES)
            else fmt.diff_format(c.key, _scale(c.key)) for c in cols]


def _scale(key: str) -> fmt.MoneyScale:
    """Persons in the Summary in thousands: a count to the person is false precision."""
    return fmt.THOUSAND_PERSONS if fmt.kind(key) == "persons" else fmt.UNITS_SCALE
