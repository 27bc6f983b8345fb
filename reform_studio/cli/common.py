"""What every command shares: the exit status for bad input, the translated parser with its
--language option, the horizon option, and the checks that outputs can be written before any
work is done."""
from __future__ import annotations

import argparse
import errno
import os
import re
import sys
from pathlib import Path
from typing import NoReturn, Sequence

from reform_studio.engine.scheme import Scheme
from reform_studio.i18n import LANGUAGES, QT_TRANSLATE_NOOP, system_language, translate
from reform_studio.i18n.sentences import said
from reform_studio.workbook.atomic import ExportError, check_target, same_file, shown

BAD_INPUT = 2
# argparse's own messages (Python ships no translation of them), as it words them
ARGPARSE_MESSAGES = (
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: {arguments}"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: {arguments}"),
    QT_TRANSLATE_NOOP("argparse", "argument {argument}: invalid choice: {value} (choose from {choices})"),
    QT_TRANSLATE_NOOP("argparse", "argument {argument}: expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "argument {argument}: ignored explicit argument {value}"),
    QT_TRANSLATE_NOOP("argparse", "argument {argument}: {message}"),
)


def chosen_language(argv: Sequence[str]) -> str:
    """The language `--language` asks for anywhere in `argv`, else the locale's; a value that
    is not a language is left for the parser to refuse."""
    for i, word in enumerate(argv):
        if word == "--":
            break
        value = word.split("=", 1)[1] if word.startswith("--language=") else \
            argv[i + 1] if word == "--language" and i + 1 < len(argv) else None
        if value in LANGUAGES:
            return value
    return system_language()


def _argparse_message(message: str) -> str:
    """One of argparse's messages in the current language (as it is, where it is not known)."""
    for template in ARGPARSE_MESSAGES:
        pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>.+?)", re.escape(template))
        match = re.fullmatch(pattern, message, re.DOTALL)
        if match:
            return translate("argparse", template).format(**match.groupdict())
    return message


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None) -> None:  # noqa: ANN001 - argparse's signature
        super().add_usage(usage, actions, groups, translate("cli", "usage: ") if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    """argparse in the current language: its headings, help option and errors translated,
    and `--language` on this parser and every subcommand's (they are made of this class)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        add_help = kwargs.pop("add_help", True)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = translate("cli", "positional arguments")
        self._optionals.title = translate("cli", "options")
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help=translate("cli", "show this help and exit"))
        self.add_argument("--language", choices=list(LANGUAGES), default=argparse.SUPPRESS, metavar="en|fr|es",
                          help=translate("cli", "language of messages and outputs (default: the system's)"))

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(BAD_INPUT, translate("cli", "{prog}: error: {message}").format(
            prog=self.prog, message=_argparse_message(message)) + "\n")


def horizon(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate(
            "cli", "horizon must be a whole number of years, not {text}").format(text=repr(text))) from None
    if not 10 <= value <= 150:
        raise argparse.ArgumentTypeError(translate(
            "cli", "horizon must be between 10 and 150 years, not {value}").format(value=value))
    return value


def add_workbook(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workbook", type=Path, metavar=translate("cli", "WORKBOOK"),
                        help=translate("cli", "input workbook (template version 1 or 2)"))


def add_horizon(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--horizon", type=horizon, metavar="N", help=translate("cli", "projection horizon in years (10..150)"))


def printable_streams() -> None:
    """Never fail on printing: a console that cannot show a character (a Windows code page, a
    file name that is not valid UTF-8) gets an escape, not a UnicodeEncodeError after the run."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError, OSError):
            pass


def check_outputs(inputs: Sequence[Path], outputs: Sequence[tuple[str, Path | None]],
                  csv_dir: Path | None = None) -> None:
    """Before any work: every output can be written where asked, and none replaces an input or
    another output (an ExportError)."""
    given = [(option, path) for option, path in outputs if path is not None]
    for option, path in given:
        check_target(path)
    if csv_dir is not None:
        csv_folder(csv_dir, create=False)
    for option, path in given:
        for source in inputs:
            if same_file(path, source):
                raise ExportError(translate(
                    "cli", "{option} {path} is also an input ({input}): it would be overwritten; choose "
                    "another file name.").format(option=option, path=shown(path), input=shown(source.name)))
    for i, (option, path) in enumerate(given):
        for other, other_path in given[i + 1:]:
            if same_file(path, other_path):
                raise ExportError(translate(
                    "cli", "{option} and {other} both name {path}: the second would overwrite the first; "
                    "choose two file names.").format(option=option, other=other, path=shown(path)))
    if csv_dir is not None:
        for source in [*inputs, *(path for _, path in given)]:
            if source.suffix.lower() == ".csv" and same_file(source.parent, csv_dir) \
                    and source.name[:2].isdigit() and source.name[2:3] == "-":
                raise ExportError(translate(
                    "cli", "{path} is in the --csv folder and has the name of an indicator file, so it would "
                    "be overwritten; choose another folder.").format(path=shown(source)))


def csv_folder(folder: Path, create: bool = True) -> Path:
    """The folder for `--csv`, created where missing; a sentence for a file or a bad name."""
    folder = folder.expanduser()
    try:
        try:
            os.lstat(folder)  # a name over the limit is told before the projection runs
        except FileNotFoundError:
            pass
        if os.path.lexists(folder) and not folder.is_dir():
            raise ExportError(translate(
                "cli", "--csv {path} is a file, not a folder: --csv takes a folder, to hold one CSV file per "
                "scenario. Give a folder name (the file was left as it is).").format(path=shown(folder)))
        if create:
            folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = {errno.ENAMETOOLONG: translate("cli", "the name is longer than the file system allows"),
                  errno.ENOTDIR: translate("cli", "a part of the path is a file, not a folder"),
                  errno.EROFS: translate("cli", "the drive is read-only")}.get(
            exc.errno, (exc.strerror or str(exc)).lower())
        raise ExportError(translate("cli", "Cannot create the folder {path} for --csv: {reason}.").format(
            path=shown(folder), reason=reason)) from None
    return folder


def read_projectable(workbook: Path, horizon_years: int | None) -> Scheme:
    """The workbook's scheme, with the horizon the command line asks for."""
    from reform_studio.workbook import read_scheme

    return projectable(read_scheme(workbook), horizon_years)


def projectable(scheme: Scheme, horizon_years: int | None) -> Scheme:
    """`scheme` with the horizon the command line asks for (`--horizon`), if it asks."""
    return scheme if horizon_years is None else scheme.with_horizon(horizon_years)


def print_warnings(warnings: Sequence[str]) -> None:
    for warning in warnings:
        print(translate("cli", "warning: {message}").format(message=said(warning)), file=sys.stderr)
