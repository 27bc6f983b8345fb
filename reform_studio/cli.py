"""The `reform-studio` commands `run`, `solve` and `template` (spec 10); `reform_studio.__main__`
sends everything else to the window, so this module never imports Qt.

Bad input exits with status 2 and the problems on standard error, never a traceback;
warnings go to standard error and leave the status at 0.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Callable, Sequence

from reform_studio import MODEL_VERSION, __version__
from reform_studio.engine.errors import InputError
from reform_studio.engine.projection import project_many
from reform_studio.engine.reform import Reform
from reform_studio.engine.solve import SOLVABLE, solvable_lever, solve
from reform_studio.engine.targets import EXAMPLES as TARGET_EXAMPLES
from reform_studio.engine.targets import parse_target
from reform_studio.report import projections_json, summary_text
from reform_studio.scenarios import load_reform
from reform_studio.workbook import read_scheme
from reform_studio.workbook.atomic import ExportError, write_atomically

BAD_INPUT = 2


def _horizon(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"horizon must be a whole number of years, not {text!r}") from None
    if not 10 <= value <= 150:
        raise argparse.ArgumentTypeError(f"horizon must be between 10 and 150 years, not {value}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reform-studio",
        description="Project a pension scheme and compare reforms. With no command, opens the window.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__} (model {MODEL_VERSION})")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = commands.add_parser("run", help="project the baseline and each reform of a workbook")
    run.add_argument("workbook", type=Path, help="input workbook (template version 1 or 2)")
    run.add_argument("--reform", type=Path, action="append", default=[], metavar="REFORM.json",
                     help="a reform file; repeat for several reforms")
    run.add_argument("--horizon", type=_horizon, metavar="N", help="projection horizon in years (10..150)")
    run.add_argument("--json", type=Path, metavar="OUT.json", help="write every indicator as JSON")
    run.add_argument("--export", type=Path, metavar="OUT.xlsx", help="write the comparison workbook")
    run.add_argument("--csv", type=Path, metavar="DIR", help="write one CSV of indicators per scenario")
    run.set_defaults(handler=_run)

    template = commands.add_parser("template", help="write a blank, annotated input workbook")
    template.add_argument("output", type=Path, metavar="OUT.xlsx")
    template.set_defaults(handler=_template)

    solve = commands.add_parser(
        "solve", help="find the value of one lever that just meets a target",
        description="Find the least change of one lever, all others as the reform sets them, that meets "
                    "a target; the answer is within 0.01 percentage point (rates) or a year (ages).")
    solve.add_argument("workbook", type=Path, help="input workbook (template version 1 or 2)")
    solve.add_argument("--reform", type=Path, metavar="REFORM.json", help="start from this reform (default: the baseline)")
    solve.add_argument("--lever", required=True, metavar="NAME", help=f"the lever to solve for: {', '.join(SOLVABLE)}")
    solve.add_argument("--target", required=True, metavar="EXPR",
                       help=f"what must hold, e.g. {', '.join(TARGET_EXAMPLES)}")
    solve.add_argument("--horizon", type=_horizon, metavar="N", help="projection horizon in years (10..150)")
    solve.add_argument("--json", type=Path, metavar="OUT.json", help="write the answer as JSON")
    solve.set_defaults(handler=_solve)

    commands.add_parser("gui", help="open the window (the default): reform-studio [gui] [WORKBOOK]")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 0
    try:
        return handler(args)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return BAD_INPUT
    except ExportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return BAD_INPUT


def _run(args: argparse.Namespace) -> int:
    scheme = read_scheme(args.workbook)
    if args.horizon is not None:
        scheme = scheme.with_horizon(args.horizon)
    reforms = [Reform(name="Baseline")] + [load_reform(path) for path in args.reform]
    projections = project_many(scheme, reforms)
    for warning in projections[0].warnings:
        print(f"warning: {warning}", file=sys.stderr)
    title = " — ".join(part for part in (scheme.country, scheme.scheme_name) if part)
    print(f"{title} (base year {scheme.base_year}, horizon {scheme.horizon} years)\n")
    print("\n\n".join(summary_text(p, scheme.base_year) for p in projections))
    if args.json is not None:
        text = json.dumps(projections_json(scheme.base_year, projections, MODEL_VERSION), allow_nan=False)
        write_atomically(args.json, lambda temp: temp.write_text(text, encoding="utf-8"), args.workbook)
        print(f"\nwrote {args.json}")
    if args.export is not None:
        from reform_studio.workbook.export import write_comparison

        write_comparison(args.export, scheme, projections, reforms, source_path=args.workbook)
        print(f"wrote {args.export}")
    if args.csv is not None:
        from reform_studio.workbook.csv_export import write_indicator_csvs

        args.csv.mkdir(parents=True, exist_ok=True)
        written = write_indicator_csvs(args.csv, projections)
        print(f"wrote {len(written)} CSV files to {args.csv}")
    return 0


def _solve(args: argparse.Namespace) -> int:
    lever, target = solvable_lever(args.lever), parse_target(args.target)  # bad input before reading
    scheme = read_scheme(args.workbook)
    if args.horizon is not None:
        scheme = scheme.with_horizon(args.horizon)
    reform = load_reform(args.reform) if args.reform is not None else Reform(name="Baseline")
    result = solve(scheme, reform, lever.name, target)
    for warning in result.projection.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    frame, summary = result.projection.indicators, result.projection.summary
    year = target.year if target.year is not None else min(scheme.base_year + 50, int(frame.index[-1]))
    depletion = summary["depletion_year"]
    gap = summary["gap"]
    print(f"{reform.name}: {lever.name} for {result.target}")
    print(f"  answer: {lever.text(result.value)} (now {lever.text(result.baseline_value)}), "
          f"target {'met' if result.met else 'NOT met'}")
    print(f"  {result.message}")
    print(f"  with {lever.text(result.value)}: "
          f"{'reserve not depleted within the horizon' if depletion is None else f'reserve depleted in {depletion}'}"
          f"; GAP {'–' if gap is None else f'{100 * gap:.2f} %'}; "
          f"replacement rate in {year} {100 * frame.at[year, 'replacement_rate']:.1f} %")
    if lever.name in ("minimum_service_years", "old_age_grant_rate"):
        # a qualifying period raises the average pension by leaving short careers out: say so
        share = frame.at[year, "share_qualifying"]
        print(f"  share of new retirees qualifying for a pension in {year}: "
              f"{'–' if share != share else f'{100 * share:.1f} %'}")
    if args.json is not None:
        # an unset ceiling is infinite: JSON has no infinity, so "none" is written as null
        value = result.value if math.isfinite(result.value) else None
        now = result.baseline_value if math.isfinite(result.baseline_value) else None
        answer = {"lever": lever.name, "value": value, "current_value": now, "already_met": result.already_met,
                  "target": str(result.target), "met": result.met,
                  "summary": {"gap": gap, "depletion_year": depletion}}
        text = json.dumps(answer, allow_nan=False)
        write_atomically(args.json, lambda temp: temp.write_text(text, encoding="utf-8"), args.workbook)
        print(f"wrote {args.json}")
    return 0


def _template(args: argparse.Namespace) -> int:
    from reform_studio.workbook.template import write_template

    write_template(args.output)
    print(f"wrote {args.output}: fill it in, then run `reform-studio run {args.output}`")
    return 0


if __name__ == "__main__":
    sys.exit(main())
