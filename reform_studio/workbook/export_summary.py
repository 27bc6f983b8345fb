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
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from reform_studio.engine.results import Projection
from reform_studio.engine.scheme import Scheme
from reform_studio.i18n import QT_TRANSLATE_NOOP, translate
from reform_studio.i18n.numbers import number, percent
from reform_studio.workbook import export_format as fmt
from reform_studio.workbook.export_branches import BRANCHES, Branch, share_of_gdp

# (indicator, header of its column in a milestone year): the key table, at each milestone
KEY_RATES: tuple[tuple[str, str], ...] = (
    ("payg_cost_rate", QT_TRANSLATE_NOOP("export_summary", "PAYG cost rate {year} (% of wages)")),
    ("reserve_ratio", QT_TRANSLATE_NOOP("export_summary", "Reserve ratio {year} (× expenditure)")),
)
# the cost-and-financing table, in the first milestone year: the cost rate beside what pays it
SUBSIDY_TO_WAGES = "state_subsidy_to_wages"
FINANCING: tuple[tuple[str, str], ...] = (
    ("payg_cost_rate", QT_TRANSLATE_NOOP("export_summary", "PAYG cost rate {year} (% of wages)")),
    ("contribution_rate", QT_TRANSLATE_NOOP("export_summary", "Contribution rate {year} (% of wages)")),
    (SUBSIDY_TO_WAGES, QT_TRANSLATE_NOOP("export_summary", "State subsidy {year} (% of wages)")),
    ("replacement_rate", QT_TRANSLATE_NOOP("export_summary", "Replacement rate {year} (%)")),
    ("expenditure_to_gdp", QT_TRANSLATE_NOOP("export_summary", "Benefit expenditure {year} (% of GDP)")),
    ("basic_pension_cost_to_gdp", QT_TRANSLATE_NOOP("export_summary", "Basic pension cost {year} (% of GDP)")),
    ("basic_pension_beneficiaries",
     QT_TRANSLATE_NOOP("export_summary", "Basic pension beneficiaries {year} (thousand persons)")),
)
MILESTONES = fmt.MILESTONES
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
    out = [Column(translate("export_summary", "Reserve exhausted in"), "depletion_year"),
           Column(translate("export_summary", "GAP (% of wages)"), "gap")]
    years = milestone_years(baseline)
    for indicator, label in KEY_RATES:
        out += [Column(_said(label).format(year=year), indicator, year) for year in years]
    return out


def _said(text: str) -> str:
    """A header marked above (QT_TRANSLATE_NOOP) in the current language."""
    return translate("export_summary", text)


def financing_columns(projections: Sequence[Projection], year: int) -> list[Column]:
    """The cost-and-financing table in `year`; the subsidy and basic pension only where paid."""
    def paid(key: str) -> bool:
        return any(abs(value(p, Column("", key, year)) or 0.0) > 0 for p in projections)
    return [Column(_said(label).format(year=year), key, year) for key, label in FINANCING
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
    return percent(x, 1)


def _quoted(name: str) -> str:
    """A scenario's name quoted as the language quotes: 'name', « name », «name»."""
    return translate("export_summary", "'{name}'").format(name=name)


def sentences(projections: Sequence[Projection], last_year: int) -> list[str]:
    """Plain sentences on depletion and the GAP, baseline first, then one per reform."""
    baseline = projections[0]
    base_year = baseline.depletion_year
    if base_year is None:
        out = [translate("export_summary", "Under the baseline the reserve lasts to the end of the projection "
                                           "({year}).").format(year=last_year)]
    else:
        out = [translate("export_summary", "Under the baseline the reserve is exhausted in {year}.").format(
            year=base_year)]
    for reform in projections[1:]:
        out.append(translate("export_summary", "{name} {depletion}{gap}.").format(
            name=_quoted(reform.name), depletion=_depletion_change(base_year, reform.depletion_year, last_year),
            gap=_gap_change(baseline.gap, reform.gap)))
    if baseline.gap is not None:
        out.append(translate("export_summary", "The general average premium (GAP) under the baseline is {gap} of "
                                               "insurable wages: the level contribution rate that would finance the "
                                               "scheme over the projection period.").format(gap=_pct(baseline.gap)))
    return out


def financing_sentence(projection: Projection, year: int) -> str:
    """The baseline's cost rate beside the contribution rate and the state subsidy, as shares of wages."""
    cost = value(projection, Column("", "payg_cost_rate", year))
    rate = value(projection, Column("", "contribution_rate", year))
    subsidy = value(projection, Column("", SUBSIDY_TO_WAGES, year))
    if cost is None or rate is None:
        return ""
    if subsidy:
        return translate("export_summary", "Under the baseline the PAYG cost rate in {year} is {cost} of insurable "
                                           "wages, against a contribution rate of {rate} and a state subsidy worth "
                                           "{subsidy} of wages.").format(
            year=year, cost=_pct(cost), rate=_pct(rate), subsidy=_pct(subsidy))
    return translate("export_summary", "Under the baseline the PAYG cost rate in {year} is {cost} of insurable wages, "
                                       "against a contribution rate of {rate}.").format(
        year=year, cost=_pct(cost), rate=_pct(rate))


def basic_pension_sentence(reform: Projection, baseline: Projection, year: int) -> str:
    """What a reform's basic pension costs in `year` (% of GDP, beneficiaries), where it changes
    it; "" otherwise. The basic pension is paid by the state, outside the reserve and the GAP,
    so without this sentence a basic-pension reform would read as changing nothing."""
    cost, before = (value(p, Column("", "basic_pension_cost_to_gdp", year)) or 0.0 for p in (reform, baseline))
    people, people_before = (value(p, Column("", "basic_pension_beneficiaries", year)) or 0.0
                             for p in (reform, baseline))
    if abs(cost - before) < NOTABLE / 10 and round(people) == round(people_before):
        return ""
    name = _quoted(reform.name)
    if cost <= 0 and people < 0.5:
        return translate("export_summary", "{name} stops the basic pension: in {year} it costs {cost} of GDP "
                                           "({people}) under the baseline.").format(
            name=name, year=year, cost=_pct2(before), people=_persons(people_before))
    if before <= 0 and people_before < 0.5:
        return translate("export_summary", "{name} pays a basic pension costing {cost} of GDP in {year} ({people}), "
                                           "paid by the state budget outside the reserve; the baseline pays "
                                           "none.").format(name=name, cost=_pct2(cost), year=year,
                                                           people=_persons(people))
    return translate("export_summary", "{name} pays a basic pension costing {cost} of GDP in {year} ({people}), "
                                       "paid by the state budget outside the reserve; the baseline's costs {old_cost} "
                                       "({old_people}).").format(
        name=name, cost=_pct2(cost), year=year, people=_persons(people), old_cost=_pct2(before),
        old_people=_persons(people_before))


def baseline_basic_pension_sentence(baseline: Projection, year: int) -> str:
    cost = value(baseline, Column("", "basic_pension_cost_to_gdp", year)) or 0.0
    people = value(baseline, Column("", "basic_pension_beneficiaries", year)) or 0.0
    if cost <= 0 and people < 0.5:
        return ""
    return translate("export_summary", "The baseline's basic pension costs {cost} of GDP in {year} ({people}), paid "
                                       "by the state budget outside the reserve and the GAP.").format(
        cost=_pct2(cost), year=year, people=_persons(people))


def _persons(x: float) -> str:
    """A number of beneficiaries with its noun, which French and Spanish join with 'de' after a
    million ('1,25 million de bénéficiaires'), and French makes plural from two millions."""
    if abs(x) >= 2e6:
        return translate("export_summary", "{count} million beneficiaries", "2 million or more").format(
            count=number(x / 1e6, 2))
    if abs(x) >= 1e6:
        return translate("export_summary", "{count} million beneficiaries").format(count=number(x / 1e6, 2))
    if abs(x) >= 1e4:
        return translate("export_summary", "{count} thousand beneficiaries").format(count=number(x / 1e3, 0))
    return translate("export_summary", "{count} beneficiaries").format(count=number(x, 0))


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
    parts = [translate("export_summary", "{branch} {share}").format(branch=b.said.lower(), share=_pct2(base[b]))
             for b in in_use]
    out = [translate("export_summary", "In {year} benefit expenditure under the baseline is {total} of GDP: "
                                       "{parts}.").format(year=year, total=_pct2(sum(base[b] for b in in_use)),
                                                          parts=fmt.and_list(parts))]
    for projection, reform in zip(projections[1:], shares[1:]):
        branch = max(in_use, key=lambda b: abs(reform[b] - base[b]))
        if abs(reform[branch] - base[branch]) >= 5e-4:  # 0.05 pp, as for the GAP
            out.append(translate("export_summary", "Of the branches, {name} changes {branch} most in {year}: from "
                                                   "{old} to {new} of GDP.").format(
                name=_quoted(projection.name), branch=branch.said.lower(), year=year, old=_pct2(base[branch]),
                new=_pct2(reform[branch])))
    return out


def _share_in(projection: Projection, branch: Branch, year: int) -> float:
    """A branch's expenditure over GDP in `year`; 0 where GDP is 0."""
    years = list(projection.indicators.index)
    share = float(share_of_gdp(projection, branch.indicator)[years.index(year)])
    return share if math.isfinite(share) else 0.0


def _pct2(x: float) -> str:
    return percent(x, 2)


def _depletion_change(before: int | None, after: int | None, last_year: int) -> str:
    """What a reform does to the year the reserve is exhausted: the verb phrase after its name."""
    if before is None and after is None:
        return translate("export_summary", "also keeps the reserve positive to {year}").format(year=last_year)
    if before is None:
        return translate("export_summary", "exhausts the reserve in {year}").format(year=after)
    if after is None:
        return translate("export_summary", "keeps the reserve positive to the end of the projection ({year})").format(
            year=last_year)
    if after > before:
        return translate("export_summary", "postpones this to {year}").format(year=after)
    if after < before:
        return translate("export_summary", "brings this forward to {year}").format(year=after)
    return translate("export_summary", "keeps this at {year}").format(year=after)


def _gap_change(before: float | None, after: float | None) -> str:
    """What a reform does to the GAP: a clause that follows `_depletion_change`."""
    if before is None or after is None:
        return ""
    change = 100 * (after - before)
    if abs(change) < 0.05:
        return translate("export_summary", " and leaves the GAP at {gap}").format(gap=_pct(after))
    text = (translate("export_summary", " and raises the GAP from {old} to {new}") if change > 0
            else translate("export_summary", " and lowers the GAP from {old} to {new}"))
    return text.format(old=_pct(before), new=_pct(after))


def depletion_note(before: int | None, after: int | None, last_year: int) -> str:
    """Words for a depletion difference that is not a number of years."""
    if after is None:
        return (translate("export_summary", "none by {year}") if before is None
                else translate("export_summary", "beyond {year}")).format(year=last_year)
    return translate("export_summary", "new: {year}").format(year=after)


SOURCE_TEXT_CHARS = 110  # a data source on the Summary is cut here (in full on the Assumptions sheet)
def printing_note(baseline: Projection) -> str:
    """How the workbook prints, with the years its printed tables show for the baseline."""
    years = [int(y) for y in baseline.indicators.index]
    printed = fmt.printed_years(years, [baseline.depletion_year])
    sheet = fmt.sheet_name
    return translate("export_summary", "How this workbook prints: this {summary} and the {charts} are the brief; the "
                                       "full tables follow, years across: {differences} (each reform minus the "
                                       "baseline), {shares}, a page a scenario with every indicator, {assumptions} "
                                       "(every input) and {indicators} (what each line means). Printed tables show "
                                       "the base year, every fifth year to {near}, every tenth after, the last year "
                                       "and the year the reserve is exhausted (baseline: {years}); every year is in "
                                       "the sheets, in collapsed columns that + opens.").format(
        summary=sheet("Summary"), charts=sheet("Charts"), differences=sheet("Differences"),
        shares=sheet("Shares of GDP"), assumptions=sheet("Assumptions"), indicators=sheet("Indicators"),
        near=years[0] + fmt.NEAR_YEARS, years=", ".join(map(str, printed)))


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
    widths.update({c: _column_width([t[c - 2].label for t in (cols, money_cols) if c - 2 < len(t)])
                   for c in range(2, width + 1)})
    fmt.set_widths(ws, widths)  # now: the table rows wrap long names at this width
    label = ", ".join(x for x in (scheme.scheme_name, scheme.country) if x)
    title = (translate("export_format", "Reform comparison: {name}").format(name=label) if label
             else translate("export_format", "Reform comparison"))
    fmt.put(ws, 1, 1, title).font = fmt.TITLE_FONT
    note = translate("export_summary", "Base year {first}, projection to {last}. Exported {exported}. Rates are "
                                       "shares of insurable wages unless said to be of GDP.").format(
        first=years[0], last=years[-1], exported=exported)
    if source.illustrative:
        note += translate("export_summary", " Illustrative: the source workbook's assumptions are not official "
                                            "statistics.")
    row = _sentence(ws, 2, note, width, widths, fmt.NOTE_FONT) + 1

    fmt.put(ws, row, 1, translate("export_summary", "Key findings")).font = fmt.SUBTITLE_FONT
    row += 1
    said = sentences(projections, years[-1])
    said.append(financing_sentence(baseline, first))
    said.append(baseline_basic_pension_sentence(baseline, first))
    said += [basic_pension_sentence(p, baseline, first) for p in projections[1:]]
    said += branch_sentences(projections, first)
    for sentence in filter(None, said):
        row = _sentence(ws, row, "• " + sentence, width, widths)
    row += 1

    fmt.put(ws, row, 1, translate("export_summary", "Key results")).font = fmt.SUBTITLE_FONT
    row += 1
    row = _block(ws, row, translate("export_summary", "Scenario"), cols,
                 [(p.name, _levels(p, cols, years[-1])) for p in projections],
                 [_level_formats(cols)] * len(projections), "SummaryTable")
    row += 1
    page = row
    ws.row_breaks.append(Break(id=row - 1))  # page 2: the differences, and the cost beside its financing
    if len(projections) > 1:
        fmt.put(ws, row, 1, translate("export_summary", "Difference from the baseline (reserve exhausted: years "
                                                        "later; rates: percentage points; a dash where it rounds to "
                                                        "nothing)")).font = fmt.SUBTITLE_FONT
        row += 1
        row = _block(ws, row, translate("export_summary", "Reform"), cols,
                     [(p.name, _differences(p, baseline, cols, years[-1])) for p in projections[1:]],
                     [_diff_formats(cols)] * (len(projections) - 1), "SummaryDifferencesTable")
        row += 1
    fmt.put(ws, row, 1, translate("export_summary", "Cost and financing in {year}").format(
        year=first)).font = fmt.SUBTITLE_FONT
    row += 1
    rows = [(p.name, _levels(p, money_cols, years[-1])) for p in projections]
    rows += [(translate("export_summary", "{name}: change").format(name=p.name),
              _differences(p, baseline, money_cols, years[-1])) for p in projections[1:]]
    formats = [_level_formats(money_cols)] * len(projections) + [_diff_formats(money_cols)] * (len(projections) - 1)
    row = _block(ws, row, translate("export_summary", "Scenario"), money_cols, rows, formats, "SummaryFinancingTable")
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
    fmt.put(ws, row, 1, translate("export_summary", "Sources and caveats")).font = fmt.SUBTITLE_FONT
    row += 1
    name = source.name or translate("export_summary", "not given")
    assumptions = fmt.sheet_name("Assumptions")
    lines = [translate("export_summary", "Source workbook: {name} (SHA-256 {digest}).").format(
                 name=name, digest=source.sha256) if source.sha256
             else translate("export_summary", "Source workbook: {name}.").format(name=name),
             translate("export_summary", "Computed by Reform Studio {version}, model version {model}.").format(
                 version=package.__version__, model=package.MODEL_VERSION)]
    if source.illustrative:
        lines.append(translate("export_summary", "Illustrative: the source workbook says its assumptions are "
                                                 "illustrative, not official statistics and not the rules of any "
                                                 "real scheme; read the results as a demonstration."))
    lines.append(translate("export_summary", "Projections, not forecasts: each follows from the assumptions on the "
                                             "{sheet} sheet. Money is nominal; the basic pension is paid by the state "
                                             "budget, outside the reserve and the GAP.").format(sheet=assumptions))
    for item, text in source.sources:
        if item.lower().startswith(("reading", "note")):
            continue  # commentary, not a source: on the Assumptions sheet
        cut = text if len(text) <= SOURCE_TEXT_CHARS else text[:SOURCE_TEXT_CHARS].rsplit(" ", 1)[0] + " …"
        cut = cut.split(". ")[0].rstrip(".") + "." if ". " in cut else cut  # its first sentence
        lines.append(translate("export_summary", "Data: {item}: {source}").format(item=item, source=cut))
    lines.append(printing_note(baseline) + (translate("export_summary", " The data sources in full are on the "
                                                                        "{sheet} sheet.").format(sheet=assumptions)
                                            if source.sources else ""))
    for line in lines:
        row = _sentence(ws, row, line, width, widths, fmt.NOTE_FONT)
    return row


COLUMN_WIDTH = 12.5  # a figure's column, in characters


def _column_width(labels: Sequence[str]) -> float:
    """A figure's column: 12.5 characters, wider where a header's longest word would not fit in
    bold (Excel and LibreOffice then break it mid-word: French 'remplacement')."""
    return max([COLUMN_WIDTH] + [fmt.bold_width(word) for label in labels for word in label.split()])


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
    span = sum(widths.get(c, COLUMN_WIDTH) for c in range(1, width + 1))
    ws.row_dimensions[row].height = 15 * max(1, math.ceil(len(sentence) / (1.05 * span)))
    return row + 1


def _levels(p: Projection, cols: list[Column], last_year: int) -> list:
    values: list = []
    for c in cols:
        x = value(p, c)
        if c.key == "depletion_year" and x is None:
            x = translate("export_summary", "not by {year}").format(year=last_year)
        elif depleted(p, c):
            x = translate("formatters", "depleted")
        values.append(x)
    return values


def _differences(p: Projection, baseline: Projection, cols: list[Column], last_year: int) -> list:
    values: list = []
    for c in cols:
        x = difference(p, baseline, c)
        if c.key == "depletion_year" and x is None:
            x = depletion_note(baseline.depletion_year, p.depletion_year, last_year)
        elif depleted(p, c) or depleted(baseline, c):
            x = translate("export_summary", "n/a: depleted")
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
    ws.row_dimensions[row].height = 15 * max(4, *(len(textwrap.wrap(  # bold: a little under the column's width
        c.label, int(ws.column_dimensions[get_column_letter(n)].width or COLUMN_WIDTH) - 1, break_long_words=False))
        for n, c in enumerate(cols, start=2)))
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
    return [fmt.SIGNED_WHOLE if c.key == "depletion_year" else fmt.pp_format() if c.key in ("gap", SUBSIDY_TO_WAGES)
            else fmt.diff_format(c.key, _scale(c.key)) for c in cols]


def _scale(key: str) -> fmt.MoneyScale:
    """Persons in the Summary in thousands: a count to the person is false precision."""
    return fmt.THOUSAND_PERSONS if fmt.kind(key) == "persons" else fmt.UNITS_SCALE
