"""The licences of everything the bundle ships, in `licences/`, with one index an IT officer can
read (THIRD-PARTY-NOTICES.txt): the product's own licence, Python's, every Python package
PyInstaller collected (found from what it collected, not from a list kept by hand), the
shared libraries taken from the build system, and PyInstaller's start-up code.

Qt (through PySide6) is LGPL-3.0: its libraries stay separate files in the folder, so a user
can replace them, and QT-LGPL.txt says how; PySide6's wheels carry no licence text, so the
LGPL and GPL texts ship from texts/.
"""
from __future__ import annotations

import importlib.metadata
import json
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

TEXTS = Path(__file__).resolve().parent / "texts"
LICENCE_WORDS = ("licen", "copying", "notice", "copyright")
LGPL_PACKAGES = {"pyside6-essentials", "pyside6", "shiboken6"}


def normalised(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def distributions(modules: list[str]) -> list[importlib.metadata.Distribution]:
    """The installed distributions that provide the collected top-level modules (not this product)."""
    provided = importlib.metadata.packages_distributions()
    names = {normalised(d) for module in modules for d in provided.get(module, [])} - {"reform-studio"}
    return sorted((importlib.metadata.distribution(name) for name in names), key=lambda d: normalised(d.metadata["Name"]))


def licence_of(distribution: importlib.metadata.Distribution) -> str:
    """The SPDX expression, else the short License field, else the licence classifiers."""
    metadata = distribution.metadata
    if metadata.get("License-Expression"):
        return metadata["License-Expression"]
    field = (metadata.get("License") or "").strip()
    if field and "\n" not in field and len(field) < 80:
        return field
    classifiers = [c.split(" :: ")[-1] for c in metadata.get_all("Classifier") or [] if c.startswith("License ::")]
    return "; ".join(classifiers) or "see the licence files"


def licence_files(distribution: importlib.metadata.Distribution) -> list[Path]:
    return [Path(str(distribution.locate_file(f))) for f in distribution.files or []
            if any(word in f.name.lower() for word in LICENCE_WORDS) and f.suffix not in (".py", ".pyc")]


def copy_texts(files: list[Path], folder: Path) -> list[str]:
    """Copy licence texts into `folder` (flat, names made unique); their names there."""
    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for path in files:
        name = path.name if path.suffix else f"{path.name}.txt"
        while name in names:
            name = f"{path.parent.name}-{name}"
        shutil.copy2(path, folder / name)
        names.append(name)
    return names


def debian_package(library: str) -> str | None:
    """The Debian package that installed `library`, where dpkg can say. With /lib merged into
    /usr/lib, a package may have registered either spelling of the path, of the link or of its
    target."""
    if shutil.which("dpkg") is None:
        return None
    paths = {str(Path(library)), str(Path(library).resolve())}
    paths |= {p.removeprefix("/usr") if p.startswith("/usr/") else f"/usr{p}" for p in paths}
    for path in sorted(paths):
        result = subprocess.run(["dpkg", "-S", path], capture_output=True, text=True, check=False)
        if result.returncode == 0 and result.stdout.split(":")[0].strip():
            return result.stdout.split(":")[0].strip()
    return None


def system_libraries(libraries: list[str], target: Path) -> list[str]:
    """Index lines for the shared libraries copied from the build system, with the copyright file
    of the package each came from (Debian and its derivatives keep one per package)."""
    lines = []
    for library in libraries:
        package = debian_package(library)
        copyright_file = Path("/usr/share/doc", package or "-", "copyright")
        if package and copyright_file.is_file():
            copy_texts([copyright_file], target / "system" / package)
            where = f"system/{package}/copyright"
        else:
            where = "its licence is that of the system package it came from"
        lines.append(f"  {Path(library).name:<36} {package or '':<28} {where}")
    return lines


def qt_notice(qt_version: str) -> str:
    return f"""Qt {qt_version} and PySide6 {qt_version}: GNU Lesser General Public License v3 (LGPL-3.0)

Reform Studio uses the Qt libraries through PySide6 under the LGPL-3.0 (qt/LGPL-3.0.txt, which adds
permissions to the GPL-3.0, qt/GPL-3.0.txt). Qt and PySide6 are not modified. Whatever Reform
Studio's own licence says, it does not restrict you from modifying the Qt and PySide6 parts of this
folder for your own use, nor from reverse engineering to debug such modifications (LGPL-3.0,
section 4).

Replacing the Qt libraries. The Qt libraries are separate files in the application folder, loaded
when the application starts: _internal/PySide6/Qt/lib/ on Linux (libQt6*.so.6), _internal/PySide6/
on Windows (Qt6*.dll), _internal/PySide6/Qt/lib/ on macOS (Qt*.framework). To run Reform Studio
with a modified or rebuilt Qt, build Qt {qt_version} (or a binary-compatible 6.x release) and put
your libraries in place of these files, under the same names; PySide6's own modules
(_internal/PySide6/Qt*.abi3.so or .pyd) can be rebuilt from PySide6's sources in the same way.

Sources: Qt at https://download.qt.io/official_releases/qt/ and https://code.qt.io/ ; PySide6 and
Shiboken6 at https://download.qt.io/official_releases/QtForPython/ and https://code.qt.io/pyside/pyside-setup .
Qt itself contains third-party code under other permissive licences, listed at
https://doc.qt.io/qt-6/licenses-used-in-qt.html .
"""


PYINSTALLER_NOTICE = """PyInstaller's start-up code (the executables reform-studio and reform-studio-gui)

The executables start with PyInstaller's bootloader, which is licensed under the GNU General Public
License v2 or later with an exception that allows programs built with it to be distributed under
any licence: "In addition to the permissions in the GNU General Public License, the authors give
you unlimited permission to link or embed compiled bootloader and related files into combinations
with other programs, and to distribute those combinations without any restriction coming from the
use of those files." (https://pyinstaller.org/en/stable/license.html)
"""


def python_licence() -> Path | None:
    for candidate in (Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt", Path(sys.base_prefix) / "LICENSE.txt"):
        if candidate.is_file():
            return candidate
    return None


def write(folder: Path, root: Path, collected: Path) -> Path:
    """Write `folder/licences/` from the modules list freeze.py left in `collected`; the index."""
    from PySide6.QtCore import qVersion

    target = folder / "licences"
    found = json.loads(collected.read_text(encoding="utf-8"))
    product = importlib.metadata.distribution("reform-studio")
    copy_texts([root / "LICENSE"], target / "reform-studio")
    lines = ["Reform Studio ships with the following components. Each one's licence text is in the",
             "folder named on its line (relative to this folder).", "",
             "Reform Studio", f"  {'Reform Studio ' + product.version:<36} {licence_of(product):<28} reform-studio/", "",
             "Python and Python packages"]
    python = python_licence()
    if python:
        copy_texts([python], target / "python")
        lines.append(f"  {'Python ' + '.'.join(map(str, sys.version_info[:3])):<36} {'PSF-2.0':<28} python/")
    for distribution in distributions(found["modules"]):
        name, version = distribution.metadata["Name"], distribution.version
        here = f"{normalised(name)}"
        files = licence_files(distribution)
        if normalised(name) in LGPL_PACKAGES:
            files += [TEXTS / "LGPL-3.0.txt", TEXTS / "GPL-3.0.txt"]
        copy_texts(files, target / here)
        lines.append(f"  {name + ' ' + version:<36} {licence_of(distribution)[:60]:<28} {here}/")
    (target / "QT-LGPL.txt").write_text(qt_notice(qVersion()), encoding="utf-8")
    copy_texts([TEXTS / "LGPL-3.0.txt", TEXTS / "GPL-3.0.txt"], target / "qt")
    lines += ["", "Qt", f"  {'Qt ' + qVersion():<36} {'LGPL-3.0-only':<28} QT-LGPL.txt, qt/ (how to replace the Qt libraries)",
              "", "Start-up code", f"  {'PyInstaller bootloader':<36} {'GPL-2.0-or-later WITH Bootloader-exception':<28} PYINSTALLER.txt"]
    (target / "PYINSTALLER.txt").write_text(PYINSTALLER_NOTICE, encoding="utf-8")
    system = system_libraries(found["system_libraries"], target)
    if system:
        lines += ["", "Shared libraries of the build system (each under its own free-software licence)", *system]
    index = target / "THIRD-PARTY-NOTICES.txt"
    index.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return index
