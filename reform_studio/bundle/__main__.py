"""`python -m reform_studio.bundle --out DIR`: build DIR/ReformStudio-<version>-<platform>/ and
its archive; print where they are, their sizes and the build time."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from reform_studio.bundle.build import BuildError, build
from reform_studio.bundle.measure import folder_size

BAD_INPUT = 2
FAILED = 1


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m reform_studio.bundle",
        description="Build the offline one-folder application and its archive (.zip on Windows, .tar.gz elsewhere).")
    parser.add_argument("--out", required=True, type=Path, help="folder to write the application folder and archive into")
    parser.add_argument("--keep-work", type=Path, default=None,
                        help="keep the intermediate files (wheel, PyInstaller's work, build.log) in this folder")
    args = parser.parse_args(argv)
    if args.out.exists() and not args.out.is_dir():
        print(f"error: --out {args.out} is a file, not a folder", file=sys.stderr)
        return BAD_INPUT
    if args.keep_work and args.keep_work.exists() and any(args.keep_work.iterdir()):
        print(f"error: --keep-work {args.keep_work} is not empty: name a new or empty folder", file=sys.stderr)
        return BAD_INPUT
    try:
        bundle = build(args.out, args.keep_work)
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return FAILED
    print(f"{bundle.folder}  {folder_size(bundle.folder) / 1e6:.0f} MB")
    print(f"{bundle.archive}  {bundle.archive.stat().st_size / 1e6:.0f} MB")
    print(f"built in {bundle.seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
