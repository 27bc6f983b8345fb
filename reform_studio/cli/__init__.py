"""The `reform-studio` terminal commands (spec 10). `reform_studio.__main__` sends everything
else to the window, so nothing here imports Qt.

One module per command, each with `add_parser(commands)` (its options, help and handler);
`COMMANDS` lists them in the order `--help` shows. Bad input exits with status 2 and the
problems on standard error, never a traceback; warnings go to standard error and leave the
status at 0. This module stays light: `__main__` reads `COMMANDS` on every start.
"""
from __future__ import annotations

import argparse
import importlib
import sys
from typing import Callable, Sequence

COMMANDS = ("run", "solve", "standards", "template")


def build_parser() -> argparse.ArgumentParser:
    from reform_studio import MODEL_VERSION, __version__

    parser = argparse.ArgumentParser(
        prog="reform-studio",
        description="Project a pension scheme and compare reforms. With no command, opens the window.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__} (model {MODEL_VERSION})")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"reform_studio.cli.{name}").add_parser(commands)
    commands.add_parser("gui", help="open the window (the default): reform-studio [gui] [WORKBOOK]")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from reform_studio.cli.common import BAD_INPUT, printable_streams
    from reform_studio.engine.errors import InputError
    from reform_studio.workbook.atomic import ExportError

    argv = list(sys.argv[1:] if argv is None else argv)
    printable_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 0
    try:
        return handler(args)
    except (InputError, ExportError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())
