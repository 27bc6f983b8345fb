"""`reform-studio sensitivity`: the standard sensitivity tests (or a file's) for the baseline
and each reform; a table on screen, JSON and the comparison workbook with a Sensitivity sheet."""
from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Callable

from reform_studio import MODEL_VERSION
from reform_studio.charts.formatters import years_of_expenditure
from reform_studio.cli.common import add_horizon, check_outputs, print_warnings, read_projectable
from reform_studio.engine.errors import InputError
from reform_studio.engine.projection import project_many
from reform_studio.engine.reform import Reform
from reform_studio.engine.results import Projection
from reform_studio.engine.scheme import Scheme
from reform_studio.engine.sensitivity import SIDES, STANDARD_TESTS, Figures, Sensitivity, parse_tests, \
    run_sensitivity, keyed_tests
from reform_studio.scenarios import load_reform, read_json
from reform_studio.workbook.atomic import write_atomically
from reform_studio.workbook.reader import read_sensitivity_tests


def add_parser(commands: argparse._SubParsersAction) -> None:
    standard = "; ".join(f"{t.label} {t.setting('low')}/{t.setting('high')}" for t in STANDARD_TESTS)
    parser = commands.add_parser(
        "sensitivity", help="sensitivity tests: each assumption alone, low and high",
        description=f"Project the baseline and each reform under each assumption varied alone. Standard set: "
                    f"{standard}. Reports the GAP, the depletion year, and the PAYG cost rate and reserve "
                    "ratio 25, 50 and 75 years after the base year.")
    add_inputs(parser)
    parser.add_argument("--tests", type=Path, metavar="TESTS.json",
                        help='replace the standard set (and the workbook\'s SensitivityTests sheet): {"tests": '
                             '[{"assumption": "inflation", "low": -0.02, "high": 0.02}, ...]}')
    add_outputs(parser, "every figure", "Sensitivity")
    parser.set_defaults(handler=handle)


def add_inputs(parser: argparse.ArgumentParser) -> None:
    """The workbook and the reform files, as `run` takes them."""
    parser.add_argument("workbook", type=Path, help="input workbook (template version 1 or 2)")
    parser.add_argument("--reform", type=Path, action="append", default=[], metavar="REFORM.json",
                        help="a reform file; repeat for several reforms")


def add_outputs(parser: argparse.ArgumentParser, what: str, sheet: str) -> None:
    """--horizon, --json and --export (the comparison workbook with the command's sheet)."""
    add_horizon(parser)
    parser.add_argument("--json", type=Path, metavar="OUT.json", help=f"write {what} as JSON")
    parser.add_argument("--export", type=Path, metavar="OUT.xlsx",
                        help=f"write the comparison workbook with a {sheet} sheet")


def handle(args: argparse.Namespace) -> int:
    inputs = [args.workbook, *args.reform, *([args.tests] if args.tests is not None else [])]
    check_outputs(inputs, [("--json", args.json), ("--export", args.export)])
    if args.tests is not None:
        try:
            tests = parse_tests(read_json(args.tests))
        except InputError as exc:  # named after the file
            raise InputError(exc.problems, source=args.tests.name) from None
    else:  # the workbook's SensitivityTests sheet, else the standard set
        tests = keyed_tests(read_sensitivity_tests(args.workbook))
    scheme = read_projectable(args.workbook, args.horizon)
    reforms = [Reform(name="Baseline")] + [load_reform(path) for path in args.reform]
    result = run_sensitivity(scheme, reforms, tests)
    projections = project_many(scheme, reforms)
    print_warnings(projections[0].warnings)
    print("\n\n".join(table_text(result, n) for n in range(len(reforms))))
    from reform_studio.workbook import export_sensitivity

    write_outputs(args, result.to_dict(), scheme, reforms, projections,
                  lambda: (export_sensitivity.TITLE, export_sensitivity.sheet_writer(result)))
    return 0


def write_outputs(args: argparse.Namespace, payload: dict, scheme: Scheme, reforms: list[Reform],
                  projections: list[Projection], appendix: Callable[[], tuple]) -> None:
    """`--json` (the payload with the model version) and `--export` (the comparison workbook with
    the command's appendix sheet), as the sensitivity and stochastic commands write them."""
    if args.json is not None:
        text = json.dumps({"model_version": MODEL_VERSION, **payload}, allow_nan=False)
        write_atomically(args.json, lambda temp: temp.write_text(text, encoding="utf-8"), args.workbook)
        print(f"\nwrote {args.json}")
    if args.export is not None:
        from reform_studio.workbook.export import write_comparison

        write_comparison(args.export, scheme, projections, reforms, source_path=args.workbook,
                         appendices=[appendix()])
        print(f"wrote {args.export}")


def _row(label: str, figures: Figures) -> str:
    def pct(value: float | None) -> str:
        return "–" if value is None else f"{100 * value:.1f}%"

    cells = [pct(figures.gap), str(figures.depletion_year or "none")]
    cells += [pct(v) for v in figures.payg_cost_rate.values()]
    cells += [years_of_expenditure(v) for v in figures.reserve_ratio.values()]  # "depleted" below zero
    return f"  {label:<30}" + "".join(f"{c:>10}" for c in cells)


def table_text(result: Sensitivity, scenario: int) -> str:
    """One scenario's table: central, then each test's low and high rows."""
    central = result.central[scenario]
    years = list(central.payg_cost_rate)
    head = ["GAP", "depleted"] + [f"PAYG {y}" for y in years] + [f"RR {y}" for y in years]
    lines = [f"{result.names[scenario]}: sensitivity (PAYG = cost rate, RR = reserve ratio in years of spending)",
             f"  {'':<30}" + "".join(f"{h:>10}" for h in head), _row("central", central)]
    for test, figures in zip(result.tests, result.varied):
        for k, side in enumerate(SIDES):
            lines.append(_row(f"{test.label} {test.setting(side)}", figures[k][scenario]))
    return "\n".join(lines)
