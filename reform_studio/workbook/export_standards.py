"""The Standards sheet of the comparison workbook: every scenario's checks against the ILO
conventions C102 and C128, one row per check, the numbers as numbers (the terminal and the
window word them; here a reader filters and sorts them). Its words are the window's: the
rules' titles, citations and verdicts come from the catalogue's `standards` and
`standards_text` contexts, said in the current language."""
from __future__ import annotations

from typing import Callable, Sequence

from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from reform_studio.engine.reform import Reform
from reform_studio.engine.results import Projection
from reform_studio.engine.scheme import Scheme
from reform_studio.engine.standards import Check, check_standards, not_judged
from reform_studio.i18n import QT_TRANSLATE_NOOP, translate
from reform_studio.i18n.standards import words
from reform_studio.report import scenario_name
from reform_studio.workbook import export_format as fmt

CONTEXT = "export_standards"
TITLE = QT_TRANSLATE_NOOP("export_standards", "Standards")
# (context, header): the window's standards table already says five of them
_HEADERS = (("export_standards", QT_TRANSLATE_NOOP("export_standards", "Scenario")),
            ("export_standards", QT_TRANSLATE_NOOP("export_standards", "Convention")),
            ("standards_text", QT_TRANSLATE_NOOP("standards_text", "Article")),
            ("standards_text", QT_TRANSLATE_NOOP("standards_text", "Check")),
            ("export_standards", QT_TRANSLATE_NOOP("export_standards", "Item")),
            ("export_standards", QT_TRANSLATE_NOOP("export_standards", "Rule")),
            ("standards_text", QT_TRANSLATE_NOOP("standards_text", "Required")),
            ("export_standards", QT_TRANSLATE_NOOP("export_standards", "Value (worst year)")),
            ("export_standards", QT_TRANSLATE_NOOP("export_standards", "Worst year")),
            ("standards_text", QT_TRANSLATE_NOOP("standards_text", "Met")),
            ("standards_text", QT_TRANSLATE_NOOP("standards_text", "First year not met")),
            ("export_standards", QT_TRANSLATE_NOOP("export_standards", "Where in the convention")))
HEADERS = tuple(text for _, text in _HEADERS)
WIDTHS = {2: 11, 3: 9, 4: 40, 5: 30, 6: 9, 7: 10, 8: 13, 9: 9, 10: 8, 11: 10, 12: 62}
NAME_WIDTH = (12, 40)  # the scenario column fits the longest name within these bounds
HEADER_ROW = 4


def standards_appendix(scheme: Scheme, reforms: Sequence[Reform], projections: Sequence[Projection],
                       checks: Sequence[Sequence[Check]] | None = None) -> tuple[str, Callable[[Worksheet], None]]:
    """The Standards sheet every comparison workbook carries (`run --export`, the window's
    export, `standards --export`): `(TITLE, writer)` for `write_comparison(appendices=...)`."""
    if checks is None:
        checks = check_standards(scheme, reforms, projections)
    return title(), standards_writer([r.name for r in reforms], checks, not_judged(scheme))


def title() -> str:
    """The sheet's name in the current language."""
    return translate(CONTEXT, TITLE)


def headers() -> tuple[str, ...]:
    return tuple(translate(context, text) for context, text in _HEADERS)


def standards_writer(names: Sequence[str], checks: Sequence[Sequence[Check]],
                     not_judged: Sequence[str] = ()) -> Callable[[Worksheet], None]:
    """The appendix writer `write_comparison(..., appendices=[(TITLE, writer)])` takes."""
    return lambda ws: write_standards(ws, names, checks, not_judged)


def write_standards(ws: Worksheet, names: Sequence[str], checks: Sequence[Sequence[Check]],
                    not_judged: Sequence[str] = ()) -> None:
    ws.title = title()  # whoever made the sheet named it in English
    fmt.put(ws, 1, 1, translate("export_standards", "Within the international labour standards? ILO conventions "
                                                    "C102 and C128")).font = fmt.TITLE_FONT
    note = translate("export_standards", "The benefit of each convention's standard beneficiary (30 years of "
                                         "contribution at the average insurable wage for old age, 15 years for "
                                         "invalidity and survivors), computed by the scheme's own rules, as a share of "
                                         "the average insurable wage of the award year; the worst award year is shown. "
                                         "Methods and what is not judged: docs/methodology.md, section 18.")
    if not_judged:
        note += " " + translate("export_standards", "Not judged: {reasons}.").format(
            reasons=translate("export_standards", "; ", "between two reasons").join(words(r) for r in not_judged))
    cell = fmt.put(ws, 2, 1, note)
    cell.font = fmt.NOTE_FONT
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(HEADERS))
    ws.row_dimensions[2].height = 45
    for c, text in enumerate(headers(), start=1):
        fmt.put(ws, HEADER_ROW, c, text)
    row = HEADER_ROW
    rules = (translate("export_standards", "at least"), translate("export_standards", "at most"))
    for name, own in zip(names, checks):
        for check in own:
            row += 1
            rule = check.rule
            number = fmt.WHOLE if rule.unit == "years" else fmt.PERCENT
            value, when = check.worst
            cells = (name, rule.convention, rule.article, words(rule.title), rule.item,
                     rules[0] if rule.at_least else rules[1], rule.required, value, when,
                     _verdict(check), check.first_year_not_met, words(rule.citation))
            for c, x in enumerate(cells, start=1):
                fmt.put(ws, row, c, scenario_name(x) if c == 1 else x, number if c in (7, 8) else None)
    fmt.style_header(ws, HEADER_ROW, 1, len(HEADERS))
    ws.row_dimensions[HEADER_ROW].height = 15 * fmt.HEADER_LINES  # headers wrap, as on the other sheets
    fmt.add_table(ws, "StandardsTable", HEADER_ROW, row, len(HEADERS))
    low, high = NAME_WIDTH
    verdicts = [translate("standards_text", "met"), translate("standards_text", "not met")]
    fitted = {4: max([len(words(c.rule.title)) for own in checks for c in own], default=0),
              6: max(len(r) for r in rules) + 1, 10: max(len(v) for v in verdicts) + 1,
              12: max([len(words(c.rule.citation)) for own in checks for c in own], default=0)}
    widths = {c: max(w, fitted.get(c, 0)) for c, w in WIDTHS.items()}  # longer words widen, English as it was
    fmt.set_widths(ws, {1: min(high, max([low] + [len(scenario_name(n)) + 2 for n in names]))} | widths)
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=2)
    fmt.print_setup(ws, f"{HEADER_ROW}:{HEADER_ROW}")


def _verdict(check: Check) -> str:
    """As a filter value: 'met', 'not met', or 'met (10 years)' by a shorter career's alternative."""
    if not check.met:
        return translate("standards_text", "not met")
    if check.met_by_alternative:
        return translate("standards_text", "met ({count} years)").format(count=check.rule.alternative_years)
    return translate("standards_text", "met")
