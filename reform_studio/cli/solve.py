"""`reform-studio solve`: the value of one lever that just meets a target."""
from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

from reform_studio.cli.common import add_horizon, add_workbook, check_outputs, print_warnings, read_projectable
from reform_studio.engine.reform import Reform
from reform_studio.engine.solve import SOLVABLE, solvable_lever, solve
from reform_studio.engine.targets import EXAMPLES as TARGET_EXAMPLES
from reform_studio.engine.targets import parse_target
from reform_studio.i18n import translate
from reform_studio.i18n.levers import value_text
from reform_studio.i18n.numbers import percent
from reform_studio.i18n.sentences import said
from reform_studio.report import scenario_name
from reform_studio.scenarios import load_reform
from reform_studio.workbook.atomic import write_atomically


def add_parser(commands: argparse._SubParsersAction) -> None:
    solve = commands.add_parser(
        "solve", help=translate("cli", "find the value of one lever that just meets a target"),
        description=translate("cli", "Find the least change of one lever, all others as the reform sets them, "
                              "that meets a target; the answer is within 0.01 percentage point (rates) or a "
                              "year (ages)."))
    add_workbook(solve)
    solve.add_argument("--reform", type=Path, metavar="REFORM.json",
                       help=translate("cli", "start from this reform (default: the baseline)"))
    solve.add_argument("--lever", required=True, metavar="NAME", help=translate(
        "cli", "the lever to solve for: {levers}").format(levers=", ".join(SOLVABLE)))
    solve.add_argument("--target", required=True, metavar="EXPR", help=translate(
        "cli", "what must hold, e.g. {examples}").format(examples=", ".join(TARGET_EXAMPLES)))
    add_horizon(solve)
    solve.add_argument("--json", type=Path, metavar="OUT.json", help=translate("cli", "write the answer as JSON"))
    solve.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    lever, target = solvable_lever(args.lever), parse_target(args.target)  # bad input before reading
    check_outputs([args.workbook, *([args.reform] if args.reform is not None else [])], [("--json", args.json)])
    scheme = read_projectable(args.workbook, args.horizon)
    reform = load_reform(args.reform) if args.reform is not None else Reform()
    result = solve(scheme, reform, lever.name, target)
    print_warnings(result.projection.warnings)
    frame, summary = result.projection.indicators, result.projection.summary
    year = target.year if target.year is not None else min(scheme.base_year + 50, int(frame.index[-1]))
    depletion = summary["depletion_year"]
    gap = summary["gap"]
    answer, now = value_text(lever, result.value), value_text(lever, result.baseline_value)
    print(translate("cli", "{scenario}: {lever} for {target}").format(
        scenario=scenario_name(reform.name), lever=lever.name, target=result.target))
    print("  " + (translate("cli", "answer: {value} (now {now}), target met") if result.met else
                  translate("cli", "answer: {value} (now {now}), target NOT met")).format(value=answer, now=now))
    print(f"  {said(result.message)}")
    reserve = (translate("cli", "reserve not depleted within the horizon") if depletion is None else
               translate("cli", "reserve depleted in {year}").format(year=depletion))
    print("  " + translate("cli", "with {value}: {reserve}; GAP {gap}; replacement rate in {year} {rate}").format(
        value=answer, reserve=reserve, gap=percent(gap, 2), year=year, rate=percent(frame.at[year, "replacement_rate"])))
    if lever.name in ("minimum_service_years", "old_age_grant_rate"):
        # a qualifying period raises the average pension by leaving short careers out: say so
        print("  " + translate("cli", "share of new retirees qualifying for a pension in {year}: {share}").format(
            year=year, share=percent(frame.at[year, "share_qualifying"])))
    if args.json is not None:
        # an unset ceiling is infinite: JSON has no infinity, so "none" is written as null
        value = result.value if math.isfinite(result.value) else None
        now = result.baseline_value if math.isfinite(result.baseline_value) else None
        answer = {"lever": lever.name, "value": value, "current_value": now, "already_met": result.already_met,
                  "target": str(result.target), "met": result.met,
                  "summary": {"gap": gap, "depletion_year": depletion}}
        text = json.dumps(answer, allow_nan=False)
        write_atomically(args.json, lambda temp: temp.write_text(text, encoding="utf-8"), args.workbook)
        print(translate("cli", "wrote {path}").format(path=args.json))
    return 0
