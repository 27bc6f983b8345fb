"""`reform-studio template`: a blank, annotated input workbook to fill in."""
from __future__ import annotations

import argparse
import os
from pathlib import Path

from reform_studio.workbook.atomic import ExportError, shown


def add_parser(commands: argparse._SubParsersAction) -> None:
    template = commands.add_parser("template", help="write a blank, annotated input workbook")
    template.add_argument("output", type=Path, metavar="OUT.xlsx")
    template.add_argument("--force", action="store_true",
                          help="replace OUT.xlsx if it exists (without it an existing file is never touched)")
    template.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    from reform_studio.workbook.template import write_template

    output = args.output.expanduser()
    if os.path.lexists(output) and not args.force:
        raise ExportError(f"{shown(output)} already exists (it may be a workbook you filled in) and was left as it "
                          "is; choose another name, or add --force to replace it with a blank template.")
    write_template(output)
    print(f"wrote {args.output}: fill it in, then run `reform-studio run {args.output}`")
    return 0
