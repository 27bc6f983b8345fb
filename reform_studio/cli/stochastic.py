"""`reform-studio stochastic`: fans of the reserve ratio, the PAYG cost rate and the reserve as
% of GDP over economic paths drawn around the assumptions, the probability that the reserve
runs out by each year and the distribution of the GAP."""
from __future__ import annotations

import argparse

from reform_studio.charts.formatters import years_of_expenditure
from reform_studio.cli.common import check_outputs, print_warnings, projectable
from reform_studio.cli.sensitivity import add_inputs, add_outputs, percent_cell, write_outputs
from reform_studio.engine.projection import project_many
from reform_studio.engine.reform import Reform
from reform_studio.engine.stochastic import MAX_PATHS, Fan, run_stochastic, volatility_from_keys
from reform_studio.i18n import translate
from reform_studio.i18n.numbers import number
from reform_studio.report import scenario_name
from reform_studio.scenarios import load_reform
from reform_studio.workbook import layout
from reform_studio.workbook.reader import read_scheme_with


def _paths(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate(
            "cli_stochastic", "--paths must be a whole number, not {text}").format(text=repr(text))) from None
    if not 1 <= value <= MAX_PATHS:
        said = translate("cli_stochastic", "--paths must be from 1 to {most}, not {value}")
        raise argparse.ArgumentTypeError(said.format(most=number(MAX_PATHS), value=value))
    return value


def _seed(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate(
            "cli_stochastic", "--seed must be a whole number, not {text}").format(text=repr(text))) from None
    if not 0 <= value < 2 ** 63:
        raise argparse.ArgumentTypeError(translate("cli_stochastic", "--seed must be from 0 to 2^63 - 1, not "
                                                                     "{value}").format(value=value))
    return value


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "stochastic", help=translate("cli_stochastic", "stochastic projections: fans, probability of depletion, GAP "
                                                       "distribution"),
        description=translate(
            "cli_stochastic", "Project the baseline and each reform over N economic paths (inflation, real wage "
                              "growth and the investment return drawn around the workbook's assumptions by a VAR(1) "
                              "model; volatilities from the workbook's Stochastic sheet, else the documented "
                              "defaults)."))
    add_inputs(parser)
    parser.add_argument("--paths", type=_paths, required=True, metavar="N",
                        help=translate("cli_stochastic", "number of paths, e.g. 1000"))
    parser.add_argument("--seed", type=_seed, required=True, metavar="S",
                        help=translate("cli_stochastic", "random seed: the same seed gives the same numbers"))
    add_outputs(parser, translate("cli_stochastic", "write percentiles by year as JSON"),
                translate("cli_stochastic", "write the comparison workbook with a Stochastic sheet"))
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    check_outputs([args.workbook, *args.reform], [("--json", args.json), ("--export", args.export)])
    scheme, keys = read_scheme_with(args.workbook, layout.STOCHASTIC)  # the file read once
    scheme = projectable(scheme, args.horizon)
    volatility = volatility_from_keys(keys)
    reforms = [Reform(name="Baseline")] + [load_reform(path) for path in args.reform]
    result = run_stochastic(scheme, reforms, args.paths, args.seed, volatility)
    projections = project_many(scheme, reforms)
    print_warnings(projections[0].warnings)
    print((translate("cli_stochastic", "1 path, seed {seed}") if args.paths == 1 else
           translate("cli_stochastic", "{paths} paths, seed {seed}")).format(paths=number(args.paths), seed=args.seed))
    print("\n\n".join(fan_text(fan, scheme.base_year) for fan in result.fans))
    from reform_studio.workbook import export_stochastic

    write_outputs(args, result.to_dict(), scheme, reforms, projections,
                  lambda: (export_stochastic.TITLE, export_stochastic.sheet_writer(result)))
    return 0


def fan_text(fan: Fan, base_year: int) -> str:
    """The GAP's percentiles and, 25, 50 and 75 years on, the reserve ratio's and the chance of depletion."""
    gap = [percent_cell(v) for v in fan.gap[[0, 2, 4]]]
    lines = [translate("cli_stochastic", "{name}: GAP p5 {p5}, median {median}, p95 {p95}").format(
        name=scenario_name(fan.name), p5=gap[0], median=gap[1], p95=gap[2])]
    for step in (25, 50, 75):
        if step < len(fan.years):
            p5, median, p95 = (years_of_expenditure(v) for v in fan.percentiles["reserve_ratio"][[0, 2, 4], step])
            lines.append("  " + translate(
                "cli_stochastic", "{year}: reserve ratio p5 {p5}, median {median}, p95 {p95}; reserve exhausted by "
                                  "then in {share} of paths").format(
                year=base_year + step, p5=p5, median=median, p95=p95,
                share=percent_cell(fan.probability_depleted[step])))
    return "\n".join(lines)
