"""`reform-studio` and `python -m reform_studio`: a command runs in the terminal, anything
else opens the window (optionally on a workbook given as the only argument)."""
from __future__ import annotations

import sys
from typing import Sequence

TERMINAL = {"run", "template", "solve", "-h", "--help", "--version"}


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in TERMINAL:
        from reform_studio.cli import main as cli_main

        return cli_main(args)
    if args and args[0] == "gui":
        args = args[1:]
    from reform_studio.gui.app import main as gui_main

    return gui_main(args)


if __name__ == "__main__":
    sys.exit(main())
