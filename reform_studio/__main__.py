"""`reform-studio` and `python -m reform_studio`: a command runs in the terminal; no command,
`gui`, or an existing file as the only argument opens the window.

`reform-studio frobnicate` (neither a command nor a file) is an error that lists the
commands, so a mistyped command never opens the window. `reform-studio-gui` (no console
window on Windows) opens the window.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Sequence

PROG = "reform-studio"
USAGE_ERROR = 2
GUI_HELP = f"""usage: {PROG} [gui] [WORKBOOK]

Open the window, on WORKBOOK (an input workbook, .xlsx) or, without one, on the Kenya sample
scheme with its illustrative reforms.

options:
  -h, --help  show this help message and exit

Qt needs a display: on Linux DISPLAY or WAYLAND_DISPLAY must be set (or QT_QPA_PLATFORM, e.g.
QT_QPA_PLATFORM=offscreen to draw without one). `{PROG} --help` lists the terminal commands.
"""


def say(text: str, stream_name: str = "stderr") -> None:
    """Print to stdout or stderr, where there is one (a Windows gui-script has neither)."""
    stream = getattr(sys, stream_name)
    if stream is not None:
        print(text, file=stream, flush=True)


def commands() -> list[str]:
    """The terminal commands and `gui`."""
    from reform_studio.cli import COMMANDS

    return [*COMMANDS, "gui"]


def usage_error(message: str) -> int:
    say(f"{PROG}: error: {message}\n"
        f"The commands are: {', '.join(commands())} (the window, the default).\n"
        f"`{PROG} --help` explains them; `{PROG} WORKBOOK.xlsx` opens a workbook in the window.")
    return USAGE_ERROR


def gui_arguments(args: list[str]) -> list[str] | int:
    """The window's arguments (at most one existing file), or an exit code where the words are
    a request for help (0) or a mistake (2)."""
    if any(a in ("-h", "--help") for a in args):
        say(GUI_HELP.rstrip("\n"), "stdout")
        return 0
    options = [a for a in args if a.startswith("-")]
    if options:
        return usage_error(f"the window takes no option {options[0]!r}")
    if len(args) > 1:
        return usage_error(f"the window opens one workbook, not {len(args)}: {' '.join(args)}")
    if args and not Path(args[0]).is_file():
        return usage_error(f"no such file: {args[0]}")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and (args[0] in commands()[:-1] or args[0] in ("-h", "--help", "--version")):
        from reform_studio.cli import main as cli_main

        return cli_main(args)
    if args and args[0] == "gui":
        window_args = gui_arguments(args[1:])
    elif args and not args[0].startswith("-") and not Path(args[0]).is_file():
        looks_like_file = bool(Path(args[0]).suffix) or any(sep in args[0] for sep in "/\\")
        return usage_error(f"no such file: {args[0]}" if looks_like_file
                           else f"{args[0]!r} is not a command (nor a file)")
    else:
        window_args = gui_arguments(args)
    if isinstance(window_args, int):
        return window_args
    return open_window(window_args)


def open_window(args: list[str]) -> int:
    try:
        from reform_studio.gui.app import main as gui_main
    except ImportError as exc:  # Qt's own libraries load here: a missing system library
        missing = str(exc)
        say(f"{PROG}: the window cannot start: {missing}. On Linux, Qt needs system libraries "
            "that pip does not install; the README's Install section lists them.")
        return 1
    return gui_main(args)


def gui() -> int:
    """`reform-studio-gui`: the window, with the same arguments as `reform-studio gui`."""
    window_args = gui_arguments(sys.argv[1:])
    if isinstance(window_args, int):
        return window_args
    return open_window(window_args)


if __name__ == "__main__":
    sys.exit(main())
