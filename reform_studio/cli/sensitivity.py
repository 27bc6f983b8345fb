"""`reform-studio sensitivity`: the standard sensitivity tests (or a file's) for the baseline
and each reform; a table on screen, JSON and the comparison workbook with a Sensitivity sheet."""
from __future__ import annotations

import argparse
import json
import math
from pathlib import Path
from typing import Callable

from reform_studio import MODEL_VERSION
from reform_studio.charts.formatters import years_of_expenditure
from reform_studio.cli.common import add_horizon, check_outputs, print_warnings, projectable
from reform_studio.engine.errors import InputError
from reform_studio.engine.projection import project_many
from reform_studio.engine.reform import Reform
from reform_studio.engine.results import Projection
from reform_studio.engine.scheme import Scheme
from reform_studio.engine.sensitivity import SIDES, STANDARD_TESTS, Figures, Sensitivity, keyed_tests, parse_tests, \
    run_sensitivity
from reform_studio.i18n import SOURCE_LANGUAGE, language, translate
from reform_studio.i18n.assumptions import label, setting
from reform_studio.i18n.numbers import conventions, number
from reform_studio.report import scenario_name
from reform_studio.scenarios import load_reform, read_json
from reform_studio.workbook.atomic import write_atomically
from reform_studio.workbook import export_sensitivity
from reform_studio.workbook import layout
from reform_studio.workbook.reader import read_scheme_with

LABEL_WIDTH, CELL_WIDTH = 30, 10  # the English table's; longer words widen them


def add_parser(commands: argparse._SubParsersAction) -> None:
    standard = translate("cli_sensitivity", "; ").join(f"{label(t.label)} {setting(t, 'low')}/{setting(t, 'high')}"
                                                       for t in STANDARD_TESTS)
    parser = commands.add_parser(
        "sensitivity", help=translate("cli_sensitivity", "sensitivity tests: each assumption alone, low and high"),
        description=translate(
            "cli_sensitivity", "Project the baseline and each reform under each assumption varied alone. Standard "
                               "set: {tests}. Reports the GAP, the depletion year, and the PAYG cost rate and reserve "
                               "ratio 25, 50 and 75 years after the base year.").format(tests=standard))
    add_inputs(parser)
    parser.add_argument("--tests", type=Path, metavar="TESTS.json",
                        help=translate("cli_sensitivity", "replace the standard set (and the workbook's "
                                                          "SensitivityTests sheet): {example}").format(
                            example='{"tests": [{"assumption": "inflation", "low": -0.02, "high": 0.02}, ...]}'))
    add_outputs(parser, translate("cli_sensitivity", "write every figure as JSON"),
                translate("cli_sensitivity", "write the comparison workbook with a Sensitivity sheet"))
    parser.set_defaults(handler=handle)


def add_inputs(parser: argparse.ArgumentParser) -> None:
    """The workbook and the reform files, as `run` takes them."""
    parser.add_argument("workbook", type=Path, metavar=translate("cli_sensitivity", "workbook"),
                        help=translate("cli", "input workbook (template version 1 or 2)"))
    parser.add_argument("--reform", type=Path, action="append", default=[], metavar="REFORM.json",
                        help=translate("cli", "a reform file; repeat for several reforms"))


def add_outputs(parser: argparse.ArgumentParser, json_help: str, export_help: str) -> None:
    """--horizon, --json and --export (the comparison workbook with the command's sheet)."""
    add_horizon(parser)
    parser.add_argument("--json", type=Path, metavar="OUT.json", help=json_help)
    parser.add_argument("--export", type=Path, metavar="OUT.xlsx", help=export_help)


def handle(args: argparse.Namespace) -> int:
    inputs = [args.workbook, *args.reform, *([args.tests] if args.tests is not None else [])]
    check_outputs(inputs, [("--json", args.json), ("--export", args.export)])
    scheme, keys = read_scheme_with(args.workbook, layout.SENSITIVITY_TESTS)  # the file read once
    scheme = projectable(scheme, args.horizon)
    if args.tests is None:  # the workbook's SensitivityTests sheet, else the standard set
        tests = keyed_tests(keys)
    else:
        try:
            tests = parse_tests(read_json(args.tests))
        except InputError as exc:  # named after the file
            raise InputError(exc.problems, source=args.tests.name) from None
    reforms = [Reform(name="Baseline")] + [load_reform(path) for path in args.reform]
    result = run_sensitivity(scheme, reforms, tests)
    projections = project_many(scheme, reforms)
    print_warnings(projections[0].warnings)
    print("\n\n".join(table_text(result, n) for n in range(len(reforms))))
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
        print("\n" + translate("cli", "wrote {path}").format(path=args.json))
    if args.export is not None:
        from reform_studio.workbook.export import write_comparison

        write_comparison(args.export, scheme, projections, reforms, source_path=args.workbook,
                         appendices=[appendix()])
        print(translate("cli", "wrote {path}").format(path=args.export))


def percent_cell(value: float | None) -> str:
    """A rate in a terminal table: '12.5%' in English, as these tables always wrote it, '12,5 %'
    with the language's space in French and Spanish; a dash where there is none."""
    if value is None or math.isnan(value):
        return "–"
    return number(100 * value, 1) + ("" if language() == SOURCE_LANGUAGE else conventions().percent) + "%"


def table_text(result: Sensitivity, scenario: int) -> str:
    """One scenario's table: central, then each test's low and high rows; the label column and
    the figures' columns widen for longer words and figures."""
    central = result.central[scenario]
    years = list(central.payg_cost_rate)
    head = [translate("cli_sensitivity", "GAP"), translate("cli_sensitivity", "depleted")]
    head += [translate("cli_sensitivity", "PAYG {year}").format(year=y) for y in years]
    head += [translate("cli_sensitivity", "RR {year}").format(year=y) for y in years]
    rows = [(translate("cli_sensitivity", "central"), _cells(central))]
    rows += [(f"{label(test.label)} {setting(test, side)}", _cells(figures[k][scenario]))
             for test, figures in zip(result.tests, result.varied) for k, side in enumerate(SIDES)]
    first = max([LABEL_WIDTH] + [len(name) for name, _ in rows])
    widths = [max([CELL_WIDTH, len(h) + 1] + [len(cells[k]) + 1 for _, cells in rows]) for k, h in enumerate(head)]
    lines = [translate("cli_sensitivity", "{name}: sensitivity (PAYG = cost rate, RR = reserve ratio in years of "
                                          "spending)").format(name=scenario_name(result.names[scenario])),
             "  " + " " * first + "".join(h.rjust(w) for h, w in zip(head, widths))]
    lines += ["  " + name.ljust(first) + "".join(c.rjust(w) for c, w in zip(cells, widths)) for name, cells in rows]
    return "\n".join(lines)


def _cells(figures: Figures) -> list[str]:
    cells = [percent_cell(figures.gap),
             str(figures.depletion_year) if figures.depletion_year else translate("cli_sensitivity", "none")]
    cells += [percent_cell(v) for v in figures.payg_cost_rate.values()]
    return cells + [years_of_expenditure(v) for v in figures.reserve_ratio.values()]  # "depleted" below zero
