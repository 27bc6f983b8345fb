"""The Standards sheet of the comparison workbook: every scenario's checks against the ILO
conventions C102 and C128, one row per check, the numbers as numbers (the terminal and the
window word them; here a reader filters and sorts them)."""
from __future__ import annotations

from typing import Callable, Sequence

from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from reform_studio.engine.reform import Reform
from reform_studio.engine.results import Projection
from reform_studio.engine.scheme import Scheme
from reform_studio.engine.standards import Check, check_standards, not_judged
from reform_studio.workbook import export_format as fmt

TITLE = "Standards"
HEADERS = ("Scenario", "Convention", "Article", "Check", "Item", "Rule", "Required", "Value (worst year)",
           "Worst year", "Met", "First year not met", "Where in the convention")
WIDTHS = {2: 11, 3: 9, 4: 40, 5: 30, 6: 9, 7: 10, 8: 13, 9: 9, 10: 8, 11: 10, 12: 62}
NAME_WIDTH = (12, 40)  # the scenario column fits the longest name within these bounds
HEADER_ROW = 4


def standards_appendix(scheme: Scheme, reforms: Sequence[Reform], projections: Sequence[Projection],
                       checks: Sequence[Sequence[Check]] | None = None) -> tuple[str, Callable[[Worksheet], None]]:
    """The Standards sheet every comparison workbook carries (`run --export`, the window's
    export, `standards --export`): `(TITLE, writer)` for `write_comparison(appendices=...)`."""
    if checks is None:
        checks = check_standards(scheme, reforms, projections)
    return TITLE, standards_writer([r.name for r in reforms], checks, not_judged(scheme))


def standards_writer(names: Sequence[str], checks: Sequence[Sequence[Check]],
                     not_judged: Sequence[str] = ()) -> Callable[[Worksheet], None]:
    """The appendix writer `write_comparison(..., appendices=[(TITLE, writer)])` takes."""
    return lambda ws: write_standards(ws, names, checks, not_judged)


def write_standards(ws: Worksheet, names: Sequence[str], checks: Sequence[Sequence[Check]],
                    not_judged: Sequence[str] = ()) -> None:
    fmt.put(ws, 1, 1, "Within the international labour standards? ILO conventions C102 and C128").font = fmt.TITLE_FONT
    note = ("The benefit of each convention's standard beneficiary (30 years of contribution at the average "
            "insurable wage for old age, 15 years for invalidity and survivors), computed by the scheme's own rules, "
            "as a share of the average insurable wage of the award year; the worst award year is shown. "
            "Methods and what is not judged: docs/methodology.md, section 18.")
    if not_judged:
        note += f" Not judged: {'; '.join(not_judged)}."
    cell = fmt.put(ws, 2, 1, note)
    cell.font = fmt.NOTE_FONT
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(HEADERS))
    ws.row_dimensions[2].height = 45
    for c, text in enumerate(HEADERS, start=1):
        fmt.put(ws, HEADER_ROW, c, text)
    row = HEADER_ROW
    for name, own in zip(names, checks):
        for check in own:
            row += 1
            rule = check.rule
            number = fmt.WHOLE if rule.unit == "years" else fmt.PERCENT
            value, when = check.worst
            cells = (name, rule.convention, rule.article, rule.title, rule.item,
                     "at least" if rule.at_least else "at most", rule.required, value, when,
                     _verdict(check), check.first_year_not_met, rule.citation)
            for c, x in enumerate(cells, start=1):
                fmt.put(ws, row, c, x, number if c in (7, 8) else None)
    fmt.style_header(ws, HEADER_ROW, 1, len(HEADERS))
    ws.row_dimensions[HEADER_ROW].height = 15 * fmt.HEADER_LINES  # headers wrap, as on the other sheets
    fmt.add_table(ws, "StandardsTable", HEADER_ROW, row, len(HEADERS))
    low, high = NAME_WIDTH
    fmt.set_widths(ws, {1: min(high, max([low] + [len(n) + 2 for n in names]))} | WIDTHS)
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=2)
    fmt.print_setup(ws, f"{HEADER_ROW}:{HEADER_ROW}")


def _verdict(check: Check) -> str:
    """As a filter value: 'met', 'not met', or 'met (10 years)' by a shorter career's alternative."""
    if not check.met:
        return "not met"
    return f"met ({check.rule.alternative_years} years)" if check.met_by_alternative else "met"
