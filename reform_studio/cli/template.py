"""`reform-studio template`: a blank, annotated input workbook to fill in."""
from __future__ import annotations

import argparse
import os
from pathlib import Path

from reform_studio.i18n import translate
from reform_studio.workbook.atomic import ExportError, shown


def add_parser(commands: argparse._SubParsersAction) -> None:
    template = commands.add_parser("template", help=translate("cli", "write a blank, annotated input workbook"))
    template.add_argument("output", type=Path, metavar="OUT.xlsx", help=translate("cli", "the workbook to write"))
    template.add_argument("--force", action="store_true", help=translate(
        "cli", "replace OUT.xlsx if it exists (without it an existing file is never touched)"))
    template.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    from reform_studio.workbook.template import write_template

    output = args.output.expanduser()
    if os.path.lexists(output) and not args.force:
        raise ExportError(translate(
            "cli", "{path} already exists (it may be a workbook you filled in) and was left as it is; choose "
            "another name, or add --force to replace it with a blank template.").format(path=shown(output)))
    write_template(output)
    print(translate("cli", "wrote {path}: fill it in, then run `reform-studio run {path}`").format(path=args.output))
    return 0
