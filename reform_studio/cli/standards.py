"""`reform-studio standards`: the ILO conventions' checks (C102, C128) for the baseline and
each reform, as a table, as JSON and as a sheet of the comparison workbook."""
from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Sequence

from reform_studio.charts.key_figures import standards_sentence
from reform_studio.charts.standards_text import check_row, headers
from reform_studio.cli.common import add_horizon, add_workbook, check_outputs, print_warnings, read_projectable
from reform_studio.engine.projection import project_many
from reform_studio.engine.reform import Reform
from reform_studio.engine.standards import ITEMS, Check, check_standards, not_judged
from reform_studio.i18n import translate
from reform_studio.i18n.standards import words
from reform_studio.report import scenario_name
from reform_studio.scenarios import load_reform
from reform_studio.workbook.atomic import write_atomically


def add_parser(commands: argparse._SubParsersAction) -> None:
    standards = commands.add_parser(
        "standards", help=translate("cli_standards", "check the baseline and each reform against ILO conventions "
                                                     "C102 and C128"),
        description=translate(
            "cli_standards", "Compute the benefit of the conventions' standard beneficiaries (30 years of "
                             "contribution at the average wage for old age, 15 years for invalidity and survivors) by "
                             "the scheme's own rules in every year, and check it and the qualifying periods, the "
                             "pensionable age and the indexation against C102 and C128. Items: {items} (see "
                             "docs/methodology.md, section 18).").format(items=", ".join(ITEMS)))
    add_workbook(standards)
    standards.add_argument("--reform", type=Path, action="append", default=[], metavar="REFORM.json",
                           help=translate("cli", "a reform file; repeat for several reforms"))
    add_horizon(standards)
    standards.add_argument("--json", type=Path, metavar="OUT.json",
                           help=translate("cli_standards", "write the checks as JSON"))
    standards.add_argument("--export", type=Path, metavar="OUT.xlsx",
                           help=translate("cli_standards", "write the comparison workbook with a Standards sheet"))
    standards.set_defaults(handler=handle)


def standards_json(names: Sequence[str], checks: Sequence[Sequence[Check]], skipped: Sequence[str]) -> dict:
    """`{"scenarios": [{"name", "checks": [...], "not_judged": [...]}]}` (issue 16)."""
    return {"scenarios": [{"name": name, "checks": [c.to_dict() for c in own], "not_judged": list(skipped)}
                          for name, own in zip(names, checks)]}


def table(name: str, checks: Sequence[Check]) -> str:
    """One scenario's checks as an aligned text table."""
    rows = [headers()] + [check_row(c) for c in checks]
    widths = [max(len(row[k]) for row in rows) for k in range(len(rows[0]))]
    lines = [scenario_name(name), *("  " + "  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in rows)]
    return "\n".join(lines)


def handle(args: argparse.Namespace) -> int:
    check_outputs([args.workbook, *args.reform], [("--json", args.json), ("--export", args.export)])
    scheme = read_projectable(args.workbook, args.horizon)
    reforms = [Reform(name="Baseline")] + [load_reform(path) for path in args.reform]
    projections = project_many(scheme, reforms)
    print_warnings(projections[0].warnings)
    checks = check_standards(scheme, reforms, projections)
    skipped = not_judged(scheme)
    print("\n\n".join(table(r.name, own) for r, own in zip(reforms, checks)))
    if skipped:
        print("\n" + translate("cli_standards", "Not judged: {branches}.").format(
            branches=translate("cli_standards", "; ").join(words(s) for s in skipped)))
    crossed = [standards_sentence(r.name, checks[0], own) for r, own in zip(reforms[1:], checks[1:])]
    if any(crossed):
        print("\n" + "\n".join(filter(None, crossed)))
    if args.json is not None:
        text = json.dumps(standards_json([r.name for r in reforms], checks, skipped), allow_nan=False)
        write_atomically(args.json, lambda temp: temp.write_text(text, encoding="utf-8"), args.workbook)
        print("\n" + translate("cli", "wrote {path}").format(path=args.json))
    if args.export is not None:
        from reform_studio.workbook.export import write_comparison
        from reform_studio.workbook.export_standards import standards_appendix

        write_comparison(args.export, scheme, projections, reforms, source_path=args.workbook,
                         appendices=[standards_appendix(scheme, reforms, projections, checks)])
        print(translate("cli", "wrote {path}").format(path=args.export))
    return 0
