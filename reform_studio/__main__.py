"""`reform-studio` and `python -m reform_studio`: a command runs in the terminal; no command,
`gui`, or an existing file as the only argument opens the window.

`reform-studio frobnicate` (neither a command nor a file) is an error that lists the
commands, so a mistyped command never opens the window. `reform-studio-gui` (no console
window on Windows) opens the window.

`--language en|fr|es` anywhere before a command goes to the command, and otherwise opens the
window in that language for this start (`REFORM_STUDIO_LANGUAGE`, read by the window before the
remembered choice and the locale); the launcher's own messages speak it too.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Sequence

from reform_studio.i18n import LANGUAGE_VARIABLE, LANGUAGES, set_language, translate

PROG = "reform-studio"
USAGE_ERROR = 2
def gui_help() -> str:
    return translate("launcher", """usage: {prog} [gui] [WORKBOOK] [--language en|fr|es]

Open the window, on WORKBOOK (an input workbook, .xlsx) or, without one, on the Kenya sample
scheme with its illustrative reforms.

options:
  -h, --help            show this help message and exit
  --language en|fr|es   the window's language for this start (default: the one chosen in
                        View › Language, else the system's)

Qt needs a display: on Linux DISPLAY or WAYLAND_DISPLAY must be set (or QT_QPA_PLATFORM, e.g.
QT_QPA_PLATFORM=offscreen to draw without one). `{prog} --help` lists the terminal commands.
""").format(prog=PROG)


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
    say(translate("launcher", "{prog}: error: {message}\n"
                  "The commands are: {commands} (the window, the default).\n"
                  "`{prog} --help` explains them; `{prog} WORKBOOK.xlsx` opens a workbook in the window.").format(
        prog=PROG, message=message, commands=", ".join(commands())))
    return USAGE_ERROR


def split_language(args: list[str]) -> tuple[str | None, list[str]] | int:
    """The `--language` of the window's arguments (None where there is none) and the other
    arguments, or the exit code of a language the product does not speak."""
    rest = list(args)
    for i, word in enumerate(rest):
        if word == "--language" or word.startswith("--language="):
            value = word.partition("=")[2] if "=" in word else (rest[i + 1] if i + 1 < len(rest) else "")
            if value not in LANGUAGES:
                return usage_error(translate("launcher", "--language takes {choices}, not '{value}'").format(
                    choices=", ".join(LANGUAGES), value=value))
            del rest[i:i + (1 if "=" in word else 2)]
            return value, rest
    return None, rest


def gui_arguments(args: list[str]) -> list[str] | int:
    """The window's arguments (at most one existing file), or an exit code where the words are
    a request for help (0) or a mistake (2). A `--language` among them is this start's
    language (`LANGUAGE_VARIABLE`)."""
    split = split_language(args)
    if isinstance(split, int):
        return split
    code, args = split
    if any(a in ("-h", "--help") for a in args):
        say(gui_help().rstrip("\n"), "stdout")
        return 0
    options = [a for a in args if a.startswith("-")]
    if options:
        return usage_error(translate("launcher", "the window takes no option '{option}'").format(option=options[0]))
    if len(args) > 1:
        return usage_error(translate("launcher", "the window opens one workbook, not {count}: {arguments}").format(
            count=len(args), arguments=" ".join(args)))
    if args and not Path(args[0]).is_file():
        return usage_error(translate("launcher", "no such file: {path}").format(path=args[0]))
    if code is not None:
        os.environ[LANGUAGE_VARIABLE] = code
    return args


def _speak(args: list[str]) -> None:
    """The launcher's messages in the language asked for, else the system's."""
    from reform_studio.cli.common import chosen_language

    set_language(chosen_language(args))


def _first_word(args: list[str]) -> str | None:
    """The first argument after a leading `--language X`."""
    rest = args[2:] if args[:1] == ["--language"] else args[1:] if args and args[0].startswith("--language=") else args
    return rest[0] if rest else None


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    _speak(args)
    first = _first_word(args)
    if first in commands()[:-1] or first in ("-h", "--help", "--version"):
        from reform_studio.cli import main as cli_main

        return cli_main(args)
    if first == "gui":
        args.remove("gui")
        window_args = gui_arguments(args)
    elif first is not None and not first.startswith("-") and not Path(first).is_file():
        looks_like_file = bool(Path(first).suffix) or any(sep in first for sep in "/\\")
        return usage_error(translate("launcher", "no such file: {path}").format(path=first) if looks_like_file
                           else translate("launcher", "'{word}' is not a command (nor a file)").format(word=first))
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
        say(translate("launcher", "{prog}: the window cannot start: {problem}. On Linux, Qt needs system libraries "
                      "that pip does not install; the README's Install section lists them.").format(
            prog=PROG, problem=missing))
        return 1
    return gui_main(args)


def gui() -> int:
    """`reform-studio-gui`: the window, with the same arguments as `reform-studio gui`."""
    _speak(sys.argv[1:])
    window_args = gui_arguments(sys.argv[1:])
    if isinstance(window_args, int):
        return window_args
    return open_window(window_args)


if __name__ == "__main__":
    sys.exit(main())
