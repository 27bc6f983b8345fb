"""Regenerate the catalogues: `python -m reform_studio.i18n.build [--update] [--release]`.

`--update` runs pyside6-lupdate over the package's Python sources, adding every new string
of `tr()` and `translate()` to each `.ts` as unfinished and dropping strings no longer in the
code; `--release` compiles each `.ts` to the `.qm` the window loads. With neither, both run.
Locations are not written into the `.ts`, so editing code does not touch the catalogues.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from reform_studio.i18n import LANGUAGES, SOURCE_LANGUAGE
from reform_studio.i18n.catalogue import FOLDER, compiled_path, source_path

PACKAGE = FOLDER.parent
TRANSLATED = [code for code in LANGUAGES if code != SOURCE_LANGUAGE]


def tool(name: str) -> str:
    """A Qt tool of the PySide6 in use: beside this Python (a venv's bin), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} was not found: install PySide6 (it ships {name}) in this environment")
    return found


def sources() -> list[Path]:
    """Every Python file of the package, in a stable order."""
    return sorted(PACKAGE.rglob("*.py"))


def update(targets: list[Path] | None = None) -> None:
    """Bring each `.ts` (or `targets`) in line with the strings in the code."""
    targets = targets or [source_path(code) for code in TRANSLATED]
    subprocess.run([tool("pyside6-lupdate"), *map(str, sources()), "-locations", "none", "-no-obsolete",
                    "-silent", "-ts", *map(str, targets)], check=True)


def release(language: str, output: Path | None = None) -> Path:
    """Compile one language's `.ts` to `output` (default: the shipped `.qm`)."""
    output = output or compiled_path(language)
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(source_path(language)), "-qm", str(output)],
                   check=True)
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reform_studio.i18n.build", description=__doc__.split("\n")[0])
    parser.add_argument("--update", action="store_true", help="add new source strings to the .ts files")
    parser.add_argument("--release", action="store_true", help="compile the .ts files to .qm")
    args = parser.parse_args(argv)
    both = not (args.update or args.release)
    if args.update or both:
        update()
    if args.release or both:
        for code in TRANSLATED:
            release(code)
    return 0


if __name__ == "__main__":
    sys.exit(main())
