"""The `reform-studio` terminal commands (spec 10). `reform_studio.__main__` sends everything
else to the window, so nothing here imports Qt.

One module per command, each with `add_parser(commands)` (its options, help and handler);
`COMMANDS` lists them in the order `--help` shows. Bad input exits with status 2 and the
problems on standard error, never a traceback; warnings go to standard error and leave the
status at 0. This module stays light: `__main__` reads `COMMANDS` on every start.

Every parser speaks the language of `--language en|fr|es` (any subcommand takes it; default:
the locale), read from the arguments before the parser is built so that help is translated.
"""
from __future__ import annotations

import argparse
import importlib
import sys
from typing import Callable, Sequence

COMMANDS = ("run", "solve", "sensitivity", "standards", "stochastic", "costing", "new", "template")


def build_parser() -> argparse.ArgumentParser:
    from reform_studio import MODEL_VERSION, __version__
    from reform_studio.cli.common import Parser
    from reform_studio.i18n import translate

    parser = Parser(prog="reform-studio", description=translate(
        "cli", "Project a pension scheme and compare reforms. With no command, opens the window."))
    parser.add_argument("--version", action="version", help=translate("cli", "show the version and exit"),
                        version=translate("cli", "{prog} {version} (model {model})").format(
                            prog="%(prog)s", version=__version__, model=MODEL_VERSION))
    commands = parser.add_subparsers(dest="command", metavar=translate("cli", "COMMAND"))
    for name in COMMANDS:
        importlib.import_module(f"reform_studio.cli.{name}").add_parser(commands)
    commands.add_parser("gui", help=translate("cli", "open the window (the default): reform-studio [gui] [WORKBOOK]"))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from reform_studio.cli.common import BAD_INPUT, chosen_language, printable_streams
    from reform_studio.engine.errors import InputError
    from reform_studio.i18n import numbers, set_language, translate
    from reform_studio.i18n.problems import describe
    from reform_studio.workbook.atomic import ExportError

    argv = list(sys.argv[1:] if argv is None else argv)
    printable_streams()
    set_language(chosen_language(argv))
    numbers.follow(numbers.system_locale())  # a Peruvian user reads 12.5 %, a Bolivian 12,5 %
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 0
    try:
        return handler(args)
    except (InputError, ExportError) as exc:
        text = describe(exc) if isinstance(exc, InputError) else str(exc)
        print(translate("cli", "error: {message}").format(message=text), file=sys.stderr)
        return BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())
