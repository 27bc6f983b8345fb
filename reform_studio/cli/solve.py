"""`reform-studio solve`: the value of one lever that just meets a target."""
from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

from reform_studio.cli.common import add_horizon, check_outputs, print_warnings, read_projectable
from reform_studio.engine.reform import Reform
from reform_studio.engine.solve import SOLVABLE, solvable_lever, solve
from reform_studio.engine.targets import EXAMPLES as TARGET_EXAMPLES
from reform_studio.engine.targets import parse_target
from reform_studio.scenarios import load_reform
from reform_studio.workbook.atomic import write_atomically


def add_parser(commands: argparse._SubParsersAction) -> None:
    solve = commands.add_parser(
        "solve", help="find the value of one lever that just meets a target",
        description="Find the least change of one lever, all others as the reform sets them, that meets "
                    "a target; the answer is within 0.01 percentage point (rates) or a year (ages).")
    solve.add_argument("workbook", type=Path, help="input workbook (template version 1 or 2)")
    solve.add_argument("--reform", type=Path, metavar="REFORM.json", help="start from this reform (default: the baseline)")
    solve.add_argument("--lever", required=True, metavar="NAME", help=f"the lever to solve for: {', '.join(SOLVABLE)}")
    solve.add_argument("--target", required=True, metavar="EXPR",
                       help=f"what must hold, e.g. {', '.join(TARGET_EXAMPLES)}")
    add_horizon(solve)
    solve.add_argument("--json", type=Path, metavar="OUT.json", help="write the answer as JSON")
    solve.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    lever, target = solvable_lever(args.lever), parse_target(args.target)  # bad input before reading
    check_outputs([args.workbook, *([args.reform] if args.reform is not None else [])], [("--json", args.json)])
    scheme = read_projectable(args.workbook, args.horizon)
    reform = load_reform(args.reform) if args.reform is not None else Reform(name="Baseline")
    result = solve(scheme, reform, lever.name, target)
    print_warnings(result.projection.warnings)
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
