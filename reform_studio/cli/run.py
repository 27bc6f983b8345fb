"""`reform-studio run`: project the baseline and each reform; print, and write JSON, the
comparison workbook and CSV files on request."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from reform_studio import MODEL_VERSION
from reform_studio.cli.common import (add_horizon, add_workbook, check_outputs, csv_folder, print_warnings,
                                      read_projectable)
from reform_studio.engine.projection import project_many
from reform_studio.engine.reform import Reform
from reform_studio.i18n import translate
from reform_studio.report import projections_json, summary_text
from reform_studio.scenarios import load_reform
from reform_studio.workbook.atomic import write_atomically


def add_parser(commands: argparse._SubParsersAction) -> None:
    run = commands.add_parser("run", help=translate("cli", "project the baseline and each reform of a workbook"))
    add_workbook(run)
    run.add_argument("--reform", type=Path, action="append", default=[], metavar="REFORM.json",
                     help=translate("cli", "a reform file; repeat for several reforms"))
    add_horizon(run)
    run.add_argument("--json", type=Path, metavar="OUT.json", help=translate("cli", "write every indicator as JSON"))
    run.add_argument("--export", type=Path, metavar="OUT.xlsx", help=translate("cli", "write the comparison workbook"))
    run.add_argument("--csv", type=Path, metavar="DIR",
                     help=translate("cli", "write one CSV of indicators per scenario"))
    run.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    check_outputs([args.workbook, *args.reform], [("--json", args.json), ("--export", args.export)], args.csv)
    scheme = read_projectable(args.workbook, args.horizon)
    reforms = [Reform(name="Baseline")] + [load_reform(path) for path in args.reform]
    projections = project_many(scheme, reforms)
    print_warnings(projections[0].warnings)
    title = " — ".join(part for part in (scheme.country, scheme.scheme_name) if part)
    print(translate("cli", "{title} (base year {year}, horizon {horizon} years)").format(
        title=title, year=scheme.base_year, horizon=scheme.horizon) + "\n")
    print("\n\n".join(summary_text(p, scheme.base_year) for p in projections))
    if args.json is not None:
        text = json.dumps(projections_json(scheme.base_year, projections, MODEL_VERSION), allow_nan=False)
        write_atomically(args.json, lambda temp: temp.write_text(text, encoding="utf-8"), args.workbook)
        print("\n" + translate("cli", "wrote {path}").format(path=args.json))
    if args.export is not None:
        from reform_studio.workbook.export import write_comparison

        from reform_studio.workbook.export_standards import standards_appendix

        write_comparison(args.export, scheme, projections, reforms, source_path=args.workbook,
                         appendices=[standards_appendix(scheme, reforms, projections)])
        print(translate("cli", "wrote {path}").format(path=args.export))
    if args.csv is not None:
        from reform_studio.workbook.csv_export import write_indicator_csvs

        written = write_indicator_csvs(csv_folder(args.csv), projections)
        print(translate("cli", "wrote {count} CSV files to {path}").format(count=len(written), path=args.csv))
    return 0
