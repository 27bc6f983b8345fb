"""The PyInstaller side of the build: one analysis of one script (launch.py), and the
executables that share the `_internal` folder beside them. PyInstaller runs `collect` from the
spec file that `build.py` writes (a spec is Python that PyInstaller executes with its own state
set up).

The script opens the window or the command line by the name it was started under, so that
`reform-studio-gui` can be the same file as `reform-studio` where the system allows (see
platforms.gui_is_a_link); each executable carries every Python module, 14 MB, inside it.
"""
from __future__ import annotations

import fnmatch
import json
import os
import re
import shutil
import site
import subprocess
import sys
from pathlib import Path

from reform_studio.bundle import platforms

# Modules the application never imports, which hooks or optional imports would otherwise pull in.
EXCLUDED_MODULES = [
    "tkinter", "_tkinter", "PIL.ImageTk", "PIL.ImageQt", "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp",
    "PIL.WebPImagePlugin", "PIL._imagingcms", "PIL.ImageCms", "PIL._imagingtk",
    "ssl", "_ssl", "_hashlib", "sqlite3", "_sqlite3", "readline", "curses", "_curses", "lib2to3", "pydoc_data",
    "asyncio", "doctest", "pydoc", "pdb", "xmlrpc", "http.server",
    "reform_studio.bundle", "PyInstaller", "setuptools", "pkg_resources", "pip", "distutils",
    "pytest", "_pytest", "hypothesis", "IPython", "jinja2", "docutils", "sphinx",
    "numpy.tests", "numpy.f2py", "numpy.distutils", "numpy.testing._private.extbuild",
    "pandas.tests", "pandas.io.clipboard", "pandas.plotting._matplotlib.tests",
    "matplotlib.tests", "mpl_toolkits.mplot3d.tests", "matplotlib.testing",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets", "PySide6.QtNetwork", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets",
    "PySide6.QtDBus", "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtDesigner", "PySide6.QtUiTools",
    "PySide6.QtHelp", "PySide6.QtPrintSupport", "PySide6.QtSvgWidgets",
]

# Matplotlib's backends the window (QtAgg) and the chart exports (PNG, SVG, PDF) use.
MATPLOTLIB_BACKENDS = ["QtAgg", "agg", "pdf", "svg"]



# Qt plugins the window cannot use on a desktop (embedded displays, VNC, touch and OpenGL
# integrations; images other than PNG, which Qt reads itself) and the GTK theme, which would bring
# GTK, cairo and pango with it: patterns on the path inside the bundle.
UNUSED_FILES = [
    "PySide6/*plugins/platforms/*qeglfs*", "PySide6/*plugins/platforms/*qlinuxfb*",
    "PySide6/*plugins/platforms/*qvnc*", "PySide6/*plugins/platforms/*qminimalegl*",
    "PySide6/*plugins/platforms/*qvkkhrdisplay*", "PySide6/*plugins/platforms/*qdirect2d*",
    "PySide6/*plugins/egldeviceintegrations/*", "PySide6/*plugins/generic/*",
    "PySide6/*plugins/xcbglintegrations/*", "PySide6/*plugins/wayland-graphics-integration-*",
    "PySide6/*plugins/platformthemes/*gtk3*", "PySide6/*plugins/iconengines/*",
    "PySide6/*plugins/imageformats/*", "PySide6/*plugins/networkinformation/*",
    "PySide6/*plugins/tls/*", "PySide6/*translations/qt_help_*", "matplotlib/mpl-data/sample_data/*",
]
# Libraries every Linux desktop session has, whose copy on the laptop must be the one used: the
# C++ runtime (the system's graphics drivers need its newer version), the X11 client, the font
# stack (it reads the system's font configuration), D-Bus and GLib (they talk to the session's
# services) and what those load. The xcb extensions Qt needs, which desktops often lack, stay.
SYSTEM_LIBRARIES = [
    "libstdc++.so*", "libgcc_s.so*", "libX11.so*", "libX11-xcb.so*", "libXau.so*", "libXdmcp.so*",
    "libfontconfig.so*", "libfreetype.so*", "libexpat.so*", "libpng16.so*", "libbrotlicommon.so*",
    "libbrotlidec.so*", "libz.so*", "libdbus-1.so*", "libsystemd.so*", "libgcrypt.so*", "libgpg-error.so*",
    "liblz4.so*", "libzstd.so*", "libcap.so*", "libglib-2.0.so*", "libgthread-2.0.so*", "libpcre2-8.so*",
    "libuuid.so*", "libbsd.so*", "libmd.so*",
]
QT_TRANSLATIONS = "PySide6/*translations/*.qm"  # PySide6/Qt/translations on Linux and macOS
# A catalogue of the application's, named for its language: reform_studio_fr.ts, ..._pt_BR.qm
CATALOGUE = re.compile(r"_([a-z]{2,3}(?:_[A-Z]{2})?)\.(?:ts|qm)$")
MODULES = "modules.json"  # written beside the spec: what was collected, for licences.py
Entry = tuple[str, str, str]  # PyInstaller's table of contents: (path in the bundle, source, kind)


def languages(data: list[tuple[str, str]]) -> set[str]:
    """The languages the application has catalogues for (English is the text in the code)."""
    found = {"en"}
    for source, _ in data:
        match = CATALOGUE.search(Path(source).name)
        if match:
            found.update({match.group(1), match.group(1).split("_")[0]})
    return found


def used(entry: Entry, shipped_languages: set[str]) -> bool:
    """Whether a file PyInstaller collected is one to ship: not in UNUSED_FILES nor one of
    SYSTEM_LIBRARIES, and Qt's own translations (its dialogs' buttons) only in the languages the
    application speaks."""
    name = entry[0].replace("\\", "/")
    if fnmatch.fnmatch(name, QT_TRANSLATIONS):
        language = Path(name).stem.split("_", 1)[-1]
        return language in shipped_languages or language.split("_")[0] in shipped_languages
    return not (any(fnmatch.fnmatch(name, pattern) for pattern in UNUSED_FILES)
                or any(fnmatch.fnmatch(name, pattern) for pattern in SYSTEM_LIBRARIES))


def needed_libraries(binaries: list[Entry]) -> list[Entry]:
    """The binaries less the shared libraries that nothing kept loads.

    PyInstaller follows the libraries of every plugin before UNUSED_FILES drops the plugin: the
    GTK theme alone brings GTK, cairo and pango. Starting from what Python loads (extension
    modules, the Python library) and Qt loads (its plugins), keep the libraries they link to,
    and theirs, and drop the rest."""
    from PyInstaller.depend.bindepend import get_imports

    libraries = {Path(entry[0]).name: entry for entry in binaries if entry[2] == "BINARY"}
    pending = [entry for entry in binaries if entry[2] == "EXTENSION" or "/plugins/" in entry[0].replace("\\", "/")
               or Path(entry[0]).name.lower().startswith(("libpython", "python"))]
    kept = {entry[0] for entry in pending}
    while pending:
        for name, path in get_imports(pending.pop()[1]):
            library = libraries.get(Path(name).name) or (libraries.get(Path(path).name) if path else None)
            if library is not None and library[0] not in kept:
                kept.add(library[0])
                pending.append(library)
    return [entry for entry in binaries if entry[0] in kept]


def without_debug_symbols(binaries: list[Entry], work: Path) -> list[Entry]:
    """The binaries with those that carry debug information (libpython as pyenv builds it: 23 of
    its 28 MB; kiwisolver, fontTools, Pillow: 14 MB) replaced by copies without it.

    Only those, and only the debug sections: `strip` corrupts the libraries auditwheel patched
    into the packages' wheels (numpy.libs, pillow.libs), which PyInstaller's own strip option
    would touch too. Windows DLLs keep their debug information apart, in .pdb files."""
    strip = shutil.which("strip")
    if strip is None or platforms.system_name() == "windows":
        return binaries
    result = []
    for dest, source, kind in binaries:
        if (kind in ("BINARY", "EXTENSION") and ".libs/" not in dest.replace("\\", "/")
                and b".debug_info" in Path(source).read_bytes()):
            copy = work / "stripped" / dest
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy)
            subprocess.run([strip, "--strip-debug", str(copy)], check=True)
            source = str(copy)
        result.append((dest, source, kind))
    return result


def linked(datas: list[Entry], binaries: list[Entry]) -> list[Entry]:
    """The data entries less the symbolic links (PyInstaller keeps them with the data) whose target
    is no longer collected."""
    present = {os.path.normpath(entry[0]) for entry in [*binaries, *datas] if entry[2] != "SYMLINK"}
    return [entry for entry in datas if entry[2] != "SYMLINK"
            or os.path.normpath(os.path.join(os.path.dirname(entry[0]), entry[1])) in present]


def package_data(site: Path, package: str = "reform_studio") -> list[tuple[str, str]]:
    """Every file of the package that is not Python, wherever it lives in the package (samples,
    resources, country data, translations, ...): what the wheel ships, the bundle ships."""
    root = site / package
    return [(str(path), str(path.parent.relative_to(site)))
            for path in sorted(root.rglob("*"))
            if path.is_file() and path.suffix not in (".py", ".pyc", ".pyi")
            and "__pycache__" not in path.parts and path.relative_to(root).parts[0] != "bundle"]


def write_modules(path: Path, analysis) -> None:
    """What was collected, for licences.py: the top-level names of modules, extensions and data
    folders, and the shared libraries that came from the system rather than from Python or a
    Python package."""
    names = {entry[0].split(".")[0] for entry in analysis.pure}
    names |= {entry[0].replace("\\", "/").split("/")[0].split(".")[0] for entry in [*analysis.binaries, *analysis.datas]}
    python = {Path(p).resolve() for p in (sys.prefix, sys.base_prefix, *site.getsitepackages())}
    system = sorted(entry[1] for entry in analysis.binaries if entry[2] == "BINARY"
                    and not any(Path(entry[1]).resolve().is_relative_to(p) for p in python))
    path.write_text(json.dumps({"modules": sorted(names), "system_libraries": system}, indent=1), encoding="utf-8")


def package_modules(site: Path, package: str = "reform_studio") -> list[str]:
    """Every module of the package: the command line imports its commands by name, which
    PyInstaller cannot follow, and a module a helper adds later must come along unasked."""
    return sorted(".".join(path.with_suffix("").relative_to(site).parts).removesuffix(".__init__")
                  for path in (site / package).rglob("*.py")
                  if path.relative_to(site / package).parts[0] != "bundle")


def collect(settings_file: str) -> None:
    """Analyse, then write the one-folder application (called from the spec file)."""
    from PyInstaller.building.api import COLLECT, EXE, PYZ
    from PyInstaller.building.build_main import Analysis

    settings = json.loads(Path(settings_file).read_text(encoding="utf-8"))
    site = Path(settings["site"])
    data = package_data(site)
    analysis = Analysis(
        [str(Path(__file__).with_name("launch.py"))], pathex=[str(site)], datas=data,
        hiddenimports=package_modules(site),
        excludes=EXCLUDED_MODULES, hooksconfig={"matplotlib": {"backends": MATPLOTLIB_BACKENDS}})
    spoken = languages(data)
    analysis.binaries = needed_libraries([entry for entry in analysis.binaries if used(entry, spoken)])
    analysis.datas = linked([entry for entry in analysis.datas if used(entry, spoken)], analysis.binaries)
    write_modules(Path(settings["work"]) / MODULES, analysis)  # from the original files' places
    analysis.binaries = without_debug_symbols(analysis.binaries, Path(settings["work"]))
    pyz = PYZ(analysis.pure)
    names = [platforms.CLI] if platforms.gui_is_a_link() else [platforms.CLI, platforms.GUI]
    executables = [EXE(pyz, analysis.scripts, [], exclude_binaries=True, name=platforms.executable(name),
                       console=name == platforms.CLI, icon=settings.get("icon"), upx=False)
                   for name in names]
    COLLECT(*executables, analysis.binaries, analysis.datas, name=settings["name"], upx=False)
