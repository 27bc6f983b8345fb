"""`reform-studio costing`: what a universal (or pension-tested) basic pension would cost in
each of a list or group of countries, from the shipped UN, World Bank and IMF data alone: the
beneficiaries, the cost in local currency, as % of GDP and of government expenditure by
year, ranked; as a table, as JSON and as a workbook with a chart."""
from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

from reform_studio.cli.common import check_outputs
from reform_studio.engine.errors import InputError
from reform_studio.i18n import translate
from reform_studio.i18n.numbers import number
from reform_studio.workbook.atomic import write_atomically


def add_parser(commands: argparse._SubParsersAction) -> None:
    costing = commands.add_parser(
        "costing", help=translate("cli_costing", "cost a universal or pension-tested basic pension in many countries "
                                                 "at once"),
        description=translate(
            "cli_costing", "For each country: those at or above --age, times the take-up, times the benefit (a share "
                           "of GDP per head, or --level-ppp-per-day international dollars a day), plus administration; "
                           "population and GDP as the country's built workbook projects them (reform-studio new). "
                           "Groups: World, World Bank regions and income groups, UN regions and sub-regions, and "
                           "every income group within a region, e.g. 'Low income Sub-Saharan Africa' (--groups lists "
                           "them). Method and limits: docs/methodology.md, 'Costing a basic pension across "
                           "countries'."))
    costing.add_argument("--countries", action="append", default=[], metavar="LIST|GROUP",
                         help=translate("cli_costing", "names, ISO3 codes or M49 numbers, separated by commas, or a "
                                                       "group; repeatable"))
    costing.add_argument("--groups", action="store_true",
                         help=translate("cli_costing", "list the group names and exit"))
    costing.add_argument("--age", type=int, default=65,
                         help=translate("cli_costing", "age from which the pension is paid (50..80; 65)"))
    costing.add_argument("--level", type=float,
                         help=translate("cli_costing", "annual benefit as a share of GDP per head (0..0.5; default "
                                                       "0.2)"))
    costing.add_argument("--level-ppp-per-day", type=float, metavar="X",
                         help=translate("cli_costing", "instead of --level: the benefit in international (PPP) dollars "
                                                       "a day, kept constant in purchasing power"))
    costing.add_argument("--targeting", choices=["universal", "pension_tested"], default="universal",
                         help=translate("cli_costing", "universal, or only those without a contributory pension "
                                                       "(default universal)"))
    costing.add_argument("--take-up", type=float, default=1.0,
                         help=translate("cli_costing", "share of the eligible who claim (0..1; 1)"))
    costing.add_argument("--admin", type=float, default=0.05,
                         help=translate("cli_costing", "administration as a share of the benefits (0..0.3; 0.05)"))
    costing.add_argument("--years", type=year_span, default=(2025, 2075), metavar="FIRST:LAST",
                         help=translate("cli_costing", "first (a base year: 2020 or 2025) and last year (default "
                                                       "2025:2075)"))
    costing.add_argument("--rank-year", type=int, metavar="YEAR",
                         help=translate("cli_costing", "year the ranking uses (default: the first)"))
    costing.add_argument("--json", type=Path, metavar="OUT.json",
                         help=translate("cli_costing", "write every year of every country as JSON"))
    costing.add_argument("--export", type=Path, metavar="OUT.xlsx",
                         help=translate("cli_costing", "write a workbook with the ranked table, a chart and every "
                                                       "year"))
    costing.set_defaults(handler=handle)


def year_span(text: str) -> tuple[int, int]:
    first, _, last = text.partition(":")
    try:
        return int(first), int(last or first)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("cli_costing", "give the years as FIRST:LAST, e.g. 2025:2075, not "
                                                                  "{text}").format(text=repr(text))) from None


def handle(args: argparse.Namespace) -> int:
    from reform_studio.countries.costing import CostingOptions, cost_countries
    from reform_studio.countries.groups import groups, said, select_countries

    if args.groups:
        print("\n".join(f"{said(name)} ({len(members)})" for name, members in groups().items()))
        return 0
    check_outputs([], [("--json", args.json), ("--export", args.export)])
    if args.level is not None and args.level_ppp_per_day is not None:
        raise InputError(translate("cli_costing", "Give the benefit once: --level (a share of GDP per head) or "
                                                  "--level-ppp-per-day (PPP dollars a day), not both."))
    level = {} if args.level is None else {"level": args.level}  # else CostingOptions' default
    options = CostingOptions(age=args.age, **level, ppp_per_day=args.level_ppp_per_day,
                             targeting=args.targeting, take_up=args.take_up, admin_share=args.admin,
                             first_year=args.years[0], last_year=args.years[1])
    options.check()
    rank_year = args.rank_year if args.rank_year is not None else options.first_year
    if not options.first_year <= rank_year <= options.last_year:
        raise InputError(translate("cli_costing", "--rank-year {year} is outside the years costed, {first} to "
                                                  "{last}.").format(year=rank_year, first=options.first_year,
                                                                    last=options.last_year))
    countries = select_countries(args.countries)
    costing = cost_countries(countries, options, progress=_progress(len(countries)))
    print(text_table(costing, rank_year))
    for country, why in costing.left_out:
        print(translate("cli_costing", "left out: {country}: {reason}").format(country=country.name, reason=why),
              file=sys.stderr)
    if args.json is not None:
        text = json.dumps(costing.to_json(), allow_nan=False, ensure_ascii=False)
        write_atomically(args.json, lambda temp: temp.write_text(text, encoding="utf-8"))
        print("\n" + translate("cli", "wrote {path}").format(path=args.json))
    if args.export is not None:
        costing.export(args.export, rank_year)
        print(translate("cli", "wrote {path}").format(path=args.export))
    return 0


def _progress(count: int):
    """A line on stderr while countries are built (a group of 50 takes a while the first time)."""
    if count < 5 or not sys.stderr.isatty():
        return None
    return lambda fraction: print("\r" + translate("cli_costing", "building countries {share}%").format(
        share=number(100 * fraction).rjust(3)), end="" if fraction < 1 else "\n", file=sys.stderr, flush=True)


def text_table(costing, year: int) -> str:
    """The ranked table as aligned text: figures of `year`, and the cost in the last year."""
    table = costing.ranked_table(year)
    last = int(costing.years[-1])
    headers = ["#", translate("cli_costing", "Country"), "ISO3",
               translate("cli_costing", "{age}+ paid (k)").format(age=costing.options.age),
               translate("cli_costing", "% GDP {year}").format(year=year),
               translate("cli_costing", "% gov. exp. {year}").format(year=year),
               translate("cli_costing", "% of GDP in {year}").format(year=last)]
    rows = [[str(r["Rank"]), r["Country"], r["ISO3"], _number(r["Beneficiaries"] / 1000, 0),
             _number(r["Cost % of GDP"], 2), _number(r["Cost % of government expenditure"], 1),
             _number(r[table.columns[-1]], 2)] for _, r in table.iterrows()]
    widths = [max(len(row[k]) for row in [headers] + rows) for k in range(len(headers))]
    lines = [costing.describe(), ""]
    for row in [headers] + rows:
        lines.append("  ".join(cell.ljust(w) if k in (1, 2) else cell.rjust(w)
                               for k, (cell, w) in enumerate(zip(row, widths))).rstrip())
    return "\n".join(lines)


def _number(value: float, places: int) -> str:
    return translate("cli_costing", "n/a") if not math.isfinite(value) else number(value, places)
