"""`reform-studio new`: a complete input workbook for any country from the shipped UN, World
Bank, ILO and IMF data (reform_studio.countries)."""
from __future__ import annotations

import argparse
import os
from pathlib import Path

from reform_studio.i18n import translate
from reform_studio.i18n.numbers import number
from reform_studio.workbook.atomic import ExportError, shown


def base_year(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate(
            "cli_new", "the base year is a year such as 2025, not {text}").format(text=repr(text))) from None


def add_parser(commands: argparse._SubParsersAction) -> None:
    new = commands.add_parser(
        "new", help=translate("cli_new", "write a complete workbook for a country from the shipped UN/World "
                                         "Bank/ILO/IMF data"),
        description=translate(
            "cli_new", "Write a complete input workbook for a country: demography fitted to UN WPP 2024, GDP and "
                       "economic paths from the World Bank and the IMF WEO, coverage from ILOSTAT; every other figure "
                       "is a labelled default listed on the workbook's Checklist sheet."))
    new.add_argument("output", type=Path, metavar="OUT.xlsx")
    new.add_argument("--country", required=True, metavar="NAME|ISO3|M49",
                     help=translate("cli_new", "the country or area: its UN name, ISO3 code (MWI) or UN M49 number "
                                               "(454)"))
    new.add_argument("--base-year", type=base_year, default=2025, metavar="YEAR",
                     help=translate("cli_new", "base year: 2025 (default) or 2020, the years WPP 2024 population is "
                                               "shipped for"))
    new.add_argument("--scheme", choices=("illustrative", "none"), default="illustrative",
                     help=translate("cli_new", "illustrative: a default contributory scheme to replace (default); "
                                               "none: no contributory scheme, for costing a non-contributory pension"))
    new.add_argument("--force", action="store_true",
                     help=translate("cli", "replace OUT.xlsx if it exists (without it an existing file is never "
                                           "touched)"))
    new.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    from reform_studio.cli.common import check_outputs
    from reform_studio.countries.builder import build
    from reform_studio.countries.data import find_country

    output = args.output.expanduser()
    country = find_country(args.country)
    if os.path.lexists(output) and not args.force:
        raise ExportError(translate("cli_new", "{path} already exists and was left as it is; choose another name, or "
                                               "add --force to replace it.").format(path=shown(output)))
    check_outputs([], [("OUT.xlsx", output)])
    built = build(country, args.base_year, args.scheme)
    built.save(output)
    population, gdp = number(built.demography.population.sum()), number(built.economy.gdp)
    if built.stocks is None:
        said = translate("cli_new", "wrote {path}: {country} in {year}, population {population}, GDP {gdp} {currency}")
    else:
        said = translate("cli_new", "wrote {path}: {country} in {year}, population {population}, GDP {gdp} {currency}, "
                                    "{contributors} contributors (illustrative)")
    print(said.format(path=args.output, country=country, year=args.base_year, population=population, gdp=gdp,
                      currency=built.economy.currency,
                      contributors=None if built.stocks is None else number(built.stocks.counts.sum())))
    print(translate("cli_new", "next: fill in what its Checklist sheet lists, then run `reform-studio run "
                               "{path}`").format(path=args.output))
    return 0
