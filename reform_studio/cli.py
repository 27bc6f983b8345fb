"""The `reform-studio` commands `run`, `solve` and `template` (spec 10); `reform_studio.__main__`
sends everything else to the window, so this module never imports Qt.

Bad input exits with status 2 and the problems on standard error, never a traceback;
warnings go to standard error and leave the status at 0.
"""
from __future__ import annotations

import argparse
import errno
import json
import math
import os
import sys
from pathlib import Path
from typing import Callable, Sequence

from reform_studio import MODEL_VERSION, __version__
from reform_studio.engine.errors import InputError
from reform_studio.engine.projection import project_many
from reform_studio.engine.reform import Reform
from reform_studio.engine.solve import SOLVABLE, solvable_lever, solve
from reform_studio.engine.targets import EXAMPLES as TARGET_EXAMPLES
from reform_studio.engine.targets import parse_target
from reform_studio.report import projections_json, summary_text
from reform_studio.scenarios import load_reform
from reform_studio.workbook import read_scheme
from reform_studio.workbook.atomic import ExportError, check_target, same_file, shown, write_atomically

BAD_INPUT = 2


def _horizon(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"horizon must be a whole number of years, not {text!r}") from None
    if not 10 <= value <= 150:
        raise argparse.ArgumentTypeError(f"horizon must be between 10 and 150 years, not {value}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reform-studio",
        description="Project a pension scheme and compare reforms. With no command, opens the window.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__} (model {MODEL_VERSION})")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = commands.add_parser("run", help="project the baseline and each reform of a workbook")
    run.add_argument("workbook", type=Path, help="input workbook (template version 1 or 2)")
    run.add_argument("--reform", type=Path, action="append", default=[], metavar="REFORM.json",
                     help="a reform file; repeat for several reforms")
    run.add_argument("--horizon", type=_horizon, metavar="N", help="projection horizon in years (10..150)")
    run.add_argument("--json", type=Path, metavar="OUT.json", help="write every indicator as JSON")
    run.add_argument("--export", type=Path, metavar="OUT.xlsx", help="write the comparison workbook")
    run.add_argument("--csv", type=Path, metavar="DIR", help="write one CSV of indicators per scenario")
    run.set_defaults(handler=_run)

    template = commands.add_parser("template", help="write a blank, annotated input workbook")
    template.add_argument("output", type=Path, metavar="OUT.xlsx")
    template.add_argument("--force", action="store_true",
                          help="replace OUT.xlsx if it exists (without it an existing file is never touched)")
    template.set_defaults(handler=_template)

    solve = commands.add_parser(
        "solve", help="find the value of one lever that just meets a target",
        description="Find the least change of one lever, all others as the reform sets them, that meets "
                    "a target; the answer is within 0.01 percentage point (rates) or a year (ages).")
    solve.add_argument("workbook", type=Path, help="input workbook (template version 1 or 2)")
    solve.add_argument("--reform", type=Path, metavar="REFORM.json", help="start from this reform (default: the baseline)")
    solve.add_argument("--lever", required=True, metavar="NAME", help=f"the lever to solve for: {', '.join(SOLVABLE)}")
    solve.add_argument("--target", required=True, metavar="EXPR",
                       help=f"what must hold, e.g. {', '.join(TARGET_EXAMPLES)}")
    solve.add_argument("--horizon", type=_horizon, metavar="N", help="projection horizon in years (10..150)")
    solve.add_argument("--json", type=Path, metavar="OUT.json", help="write the answer as JSON")
    solve.set_defaults(handler=_solve)

    commands.add_parser("gui", help="open the window (the default): reform-studio [gui] [WORKBOOK]")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _printable_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 0
    try:
        return handler(args)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return BAD_INPUT
    except ExportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return BAD_INPUT


def _printable_streams() -> None:
    """Never fail on printing: a console that cannot show a character (a Windows code page, a
    file name that is not valid UTF-8) gets an escape, not a UnicodeEncodeError after the run."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError, OSError):
            pass


def _check_outputs(inputs: Sequence[Path], outputs: Sequence[tuple[str, Path | None]],
                   csv_folder: Path | None = None) -> None:
    """Before any work: every output can be written where asked, and none replaces an input or
    another output (an ExportError)."""
    given = [(option, path) for option, path in outputs if path is not None]
    for option, path in given:
        check_target(path)
    if csv_folder is not None:
        _csv_folder(csv_folder, create=False)
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
    if csv_folder is not None:
        for source in [*inputs, *(path for _, path in given)]:
            if source.suffix.lower() == ".csv" and same_file(source.parent, csv_folder) \
                    and source.name[:2].isdigit() and source.name[2:3] == "-":
                raise ExportError(f"{shown(source)} is in the --csv folder and has the name of an indicator "
                                  "file, so it would be overwritten; choose another folder.")


def _csv_folder(folder: Path, create: bool = True) -> Path:
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


def _run(args: argparse.Namespace) -> int:
    _check_outputs([args.workbook, *args.reform], [("--json", args.json), ("--export", args.export)], args.csv)
    scheme = read_scheme(args.workbook)
    if args.horizon is not None:
        scheme = scheme.with_horizon(args.horizon)
    reforms = [Reform(name="Baseline")] + [load_reform(path) for path in args.reform]
    projections = project_many(scheme, reforms)
    for warning in projections[0].warnings:
        print(f"warning: {warning}", file=sys.stderr)
    title = " — ".join(part for part in (scheme.country, scheme.scheme_name) if part)
    print(f"{title} (base year {scheme.base_year}, horizon {scheme.horizon} years)\n")
    print("\n\n".join(summary_text(p, scheme.base_year) for p in projections))
    if args.json is not None:
        text = json.dumps(projections_json(scheme.base_year, projections, MODEL_VERSION), allow_nan=False)
        write_atomically(args.json, lambda temp: temp.write_text(text, encoding="utf-8"), args.workbook)
        print(f"\nwrote {args.json}")
    if args.export is not None:
        from reform_studio.workbook.export import write_comparison

        write_comparison(args.export, scheme, projections, reforms, source_path=args.workbook)
        print(f"wrote {args.export}")
    if args.csv is not None:
        from reform_studio.workbook.csv_export import write_indicator_csvs

        written = write_indicator_csvs(_csv_folder(args.csv), projections)
        print(f"wrote {len(written)} CSV files to {args.csv}")
    return 0


def _solve(args: argparse.Namespace) -> int:
    lever, target = solvable_lever(args.lever), parse_target(args.target)  # bad input before reading
    _check_outputs([args.workbook, *([args.reform] if args.reform is not None else [])], [("--json", args.json)])
    scheme = read_scheme(args.workbook)
    if args.horizon is not None:
        scheme = scheme.with_horizon(args.horizon)
    reform = load_reform(args.reform) if args.reform is not None else Reform(name="Baseline")
    result = solve(scheme, reform, lever.name, target)
    for warning in result.projection.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    frame, summary = result.projection.indicators, result.projection.summary
    year = target.year if target.year is not None else min(scheme.base_year + 50, int(frame.index[-1]))
    depletion = summary["depletion_year"]
    gap = summary["gap"]
    print(f"{reform.name}: {lever.name} for {result.target}")
    print(f"  answer: {lever.text(result.value)} (now {lever.text(result.baseline_value)}), "
          f"target {'met' if result.met else 'NOT met'}")
    print(f"  {result.message}")
    print(f"  with {lever.text(result.value)}: "
          f"{'reserve not depleted within the horizon' if depletion is None else f'reserve depleted in {depletion}'}"
          f"; GAP {'–' if gap is None else f'{100 * gap:.2f} %'}; "
          f"replacement rate in {year} {100 * frame.at[year, 'replacement_rate']:.1f} %")
    if lever.name in ("minimum_service_years", "old_age_grant_rate"):
        # a qualifying period raises the average pension by leaving short careers out: say so
        share = frame.at[year, "share_qualifying"]
        print(f"  share of new retirees qualifying for a pension in {year}: "
              f"{'–' if share != share else f'{100 * share:.1f} %'}")
    if args.json is not None:
        # an unset ceiling is infinite: JSON has no infinity, so "none" is written as null
        value = result.value if math.isfinite(result.value) else None
        now = result.baseline_value if math.isfinite(result.baseline_value) else None
        answer = {"lever": lever.name, "value": value, "current_value": now, "already_met": result.already_met,
                  "target": str(result.target), "met": result.met,
                  "summary": {"gap": gap, "depletion_year": depletion}}
        text = json.dumps(answer, allow_nan=False)
        write_atomically(args.json, lambda temp: temp.write_text(text, encoding="utf-8"), args.workbook)
        print(f"wrote {args.json}")
    return 0


def _template(args: argparse.Namespace) -> int:
    from reform_studio.workbook.template import write_template

    output = args.output.expanduser()
    if os.path.lexists(output) and not args.force:
        raise ExportError(f"{shown(output)} already exists (it may be a workbook you filled in) and was left as it "
                          "is; choose another name, or add --force to replace it with a blank template.")
    write_template(output)
    print(f"wrote {args.output}: fill it in, then run `reform-studio run {args.output}`")
    return 0


if __name__ == "__main__":
    sys.exit(main())
