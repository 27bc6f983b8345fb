"""What every command shares: the exit status for bad input, the horizon option, and the checks
that outputs can be written before any work is done."""
from __future__ import annotations

import argparse
import errno
import os
import sys
from pathlib import Path
from typing import Sequence

from reform_studio.engine.scheme import Scheme
from reform_studio.workbook.atomic import ExportError, check_target, same_file, shown

BAD_INPUT = 2


def horizon(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"horizon must be a whole number of years, not {text!r}") from None
    if not 10 <= value <= 150:
        raise argparse.ArgumentTypeError(f"horizon must be between 10 and 150 years, not {value}")
    return value


def add_horizon(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--horizon", type=horizon, metavar="N", help="projection horizon in years (10..150)")


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
                raise ExportError(f"{option} {shown(path)} is also an input ({shown(source.name)}): it would be "
                                  "overwritten; choose another file name.")
    for i, (option, path) in enumerate(given):
        for other, other_path in given[i + 1:]:
            if same_file(path, other_path):
                raise ExportError(f"{option} and {other} both name {shown(path)}: the second would overwrite the "
                                  "first; choose two file names.")
    if csv_dir is not None:
        for source in [*inputs, *(path for _, path in given)]:
            if source.suffix.lower() == ".csv" and same_file(source.parent, csv_dir) \
                    and source.name[:2].isdigit() and source.name[2:3] == "-":
                raise ExportError(f"{shown(source)} is in the --csv folder and has the name of an indicator "
                                  "file, so it would be overwritten; choose another folder.")


def csv_folder(folder: Path, create: bool = True) -> Path:
    """The folder for `--csv`, created where missing; a sentence for a file or a bad name."""
    folder = folder.expanduser()
    try:
        try:
            os.lstat(folder)  # a name over the limit is told before the projection runs
        except FileNotFoundError:
            pass
        if os.path.lexists(folder) and not folder.is_dir():
            raise ExportError(f"--csv {shown(folder)} is a file, not a folder: --csv takes a folder, to hold "
                              "one CSV file per scenario. Give a folder name (the file was left as it is).")
        if create:
            folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = {errno.ENAMETOOLONG: "the name is longer than the file system allows",
                  errno.ENOTDIR: "a part of the path is a file, not a folder",
                  errno.EROFS: "the drive is read-only"}.get(exc.errno, (exc.strerror or str(exc)).lower())
        raise ExportError(f"Cannot create the folder {shown(folder)} for --csv: {reason}.") from None
    return folder


def read_projectable(workbook: Path, horizon_years: int | None) -> Scheme:
    """The workbook's scheme, with the horizon the command line asks for."""
    from reform_studio.workbook import read_scheme

    scheme = read_scheme(workbook)
    return scheme if horizon_years is None else scheme.with_horizon(horizon_years)


def print_warnings(warnings: Sequence[str]) -> None:
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
