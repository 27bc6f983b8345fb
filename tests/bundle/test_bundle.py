"""The offline bundle (issue 15), built here once and run as an official would: unpacked from its
archive into a folder whose path has a space and accented letters, with no PATH, no PYTHONPATH
and a fresh user profile, so that nothing but the folder itself can help it."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
import tomllib

from reform_studio.bundle import platforms
from reform_studio.bundle.build import Bundle, build
from reform_studio.bundle.launch import PROBE
from reform_studio.bundle.measure import folder_size
from reform_studio.cli import COMMANDS

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]  # the build takes minutes on 2 cores
ROOT = Path(__file__).resolve().parents[2]
UNPACKED_LIMIT = 200 * 2**20  # the 200 MB unpacked, 90 MB compressed (binary megabytes)
ARCHIVE_LIMIT = 90 * 2**20


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Bundle:
    return build(tmp_path_factory.mktemp("out"))


@pytest.fixture(scope="module")
def folder(built: Bundle, tmp_path_factory) -> Path:
    """The archive unpacked where an official might put it: a path with a space and non-ASCII."""
    where = tmp_path_factory.mktemp("usb") / "Réforme des retraites – copie"
    where.mkdir()
    if built.archive.suffix == ".zip":
        with zipfile.ZipFile(built.archive) as archive:
            archive.extractall(where)
    else:
        with tarfile.open(built.archive) as archive:
            archive.extractall(where, filter="data")
    return where / built.folder.name


def bare_environment(home: Path) -> dict[str, str]:
    """A user with an empty profile, no PATH and no PYTHONPATH, Qt drawing offscreen."""
    environment = {"HOME": str(home), "USERPROFILE": str(home), "APPDATA": str(home / "AppData"),
                   "LOCALAPPDATA": str(home / "AppData" / "Local"), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
                   "XDG_RUNTIME_DIR": str(home / "runtime")}
    (home / "runtime").mkdir(parents=True, exist_ok=True, mode=0o700)
    if "SYSTEMROOT" in os.environ:  # Windows cannot load a DLL without it
        environment["SYSTEMROOT"] = os.environ["SYSTEMROOT"]
    return environment


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns) for p in folder.rglob("*")}


def run(folder: Path, name: str, args: list[str], home: Path, cwd: Path, **extra: str) -> subprocess.CompletedProcess:
    executable = folder / platforms.executable(name)
    return subprocess.run([str(executable), *args], cwd=cwd, env={**bare_environment(home), **extra},
                          capture_output=True, text=True, encoding="utf-8", timeout=300, check=False)


def installed(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    """The same command from the installed package (this environment's Python)."""
    return subprocess.run([sys.executable, "-m", "reform_studio", *args], cwd=cwd, capture_output=True, text=True,
                          encoding="utf-8", env={**os.environ, "LANG": "C.UTF-8"}, timeout=300, check=False)


def test_the_folder_holds_what_an_official_needs(built: Bundle, folder: Path):
    assert built.folder.name == f"ReformStudio-{built.folder.name.split('-')[1]}-{platforms.platform_tag()}"
    for name in (platforms.CLI, platforms.GUI):
        assert os.access(folder / platforms.executable(name), os.X_OK)
    if platforms.gui_is_a_link():
        assert (built.folder / platforms.GUI).samefile(built.folder / platforms.CLI)
    for path in ("README.txt", "samples/kenya.xlsx", "samples/italy.xlsx", "docs/user-guide.html",
                 "docs/methodology.html", "icons/reform-studio.svg", "icons/reform-studio.ico", "icons/reform-studio.icns",
                 "icons/reform-studio-256.png", "icons/reform-studio.desktop", "licences/THIRD-PARTY-NOTICES.txt",
                 "licences/QT-LGPL.txt", "licences/qt/LGPL-3.0.txt", "licences/qt/GPL-3.0.txt",
                 "licences/reform-studio/LICENSE.txt"):
        assert (folder / path).is_file(), path
    assert sorted(p.name for p in (folder / "samples" / "reforms").glob("*.json")) == sorted(
        p.name for p in (ROOT / "reform_studio" / "samples" / "reforms").glob("*.json"))
    guide = (folder / "docs" / "user-guide.html").read_text(encoding="utf-8")
    images = [src for src in guide.split('src="')[1:]]
    assert "<table>" in guide and images and all((folder / "docs" / src.split('"')[0]).is_file() for src in images)
    readme = (folder / "README.txt").read_text(encoding="utf-8")
    assert f"double-click {platforms.executable(platforms.GUI)}" in readme.lower()


def test_every_package_data_file_is_in_the_bundle(folder: Path):
    """What the wheel's package-data globs name (samples, resources, country data, translations)."""
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    expected = set()
    for package, patterns in setuptools["package-data"].items():
        source = ROOT / setuptools.get("package-dir", {}).get(package, package.replace(".", "/"))
        inside = Path(*package.split("."))
        expected |= {str(inside / p.relative_to(source)) for pattern in patterns for p in source.glob(pattern)}
    internal = folder / "_internal"
    missing = sorted(p for p in expected if not (internal / p).is_file())
    assert expected and not missing, missing


def test_qt_is_slimmed_to_what_the_window_uses(folder: Path):
    qt = folder / "_internal" / "PySide6"
    names = {p.name for p in qt.rglob("*")}
    assert not any("WebEngine" in n or "Qt6Quick" in n or "Qt6Qml" in n for n in names)
    assert not (qt / "Qt" / "plugins" / "platformthemes" / "libqgtk3.so").exists()
    translations = {p.stem.split("_", 1)[1] for p in (qt / "Qt" / "translations").glob("qtbase_*.qm")}
    shipped = {p.stem.rsplit("_", 1)[1] for p in (ROOT / "reform_studio" / "i18n").glob("*_*.ts")}
    assert translations <= shipped | {"en"}
    assert not (folder / "_internal" / "tkinter").exists() and not (folder / "_internal" / "reform_studio" / "bundle").exists()


def test_the_command_line_is_the_installed_one(folder: Path, tmp_path: Path):
    before = snapshot(folder)
    version = run(folder, platforms.CLI, ["--version"], tmp_path / "home", tmp_path)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == installed(["--version"], tmp_path).stdout.strip()
    for command in COMMANDS:
        help_text = run(folder, platforms.CLI, [command, "--help"], tmp_path / "home", tmp_path)
        assert help_text.returncode == 0 and "usage:" in help_text.stdout, (command, help_text.stderr)
    wrong = run(folder, platforms.CLI, ["frobnicate"], tmp_path / "home", tmp_path)
    assert wrong.returncode == 2 and "is not a command" in wrong.stderr
    assert snapshot(folder) == before


def test_a_sample_runs_with_the_installed_packages_numbers(folder: Path, tmp_path: Path):
    """`run --json` on the shipped sample and a reform: the same document, number for number, as
    the installed package gives; the comparison workbook has the same parts, charts included."""
    before = snapshot(folder)
    samples = folder / "samples"
    args = ["run", str(samples / "kenya.xlsx"), "--reform", str(samples / "reforms" / "kenya_raise_pension_age.json")]
    frozen = run(folder, platforms.CLI, [*args, "--json", "frozen.json", "--export", "frozen.xlsx"], tmp_path / "home",
                 tmp_path)
    assert frozen.returncode == 0, frozen.stderr
    reference = installed([*args, "--json", "installed.json", "--export", "installed.xlsx"], tmp_path)
    assert reference.returncode == 0, reference.stderr
    ours = json.loads((tmp_path / "frozen.json").read_text(encoding="utf-8"))
    theirs = json.loads((tmp_path / "installed.json").read_text(encoding="utf-8"))
    assert ours["scenarios"][1]["summary"] == theirs["scenarios"][1]["summary"]
    assert ours == theirs
    with zipfile.ZipFile(tmp_path / "frozen.xlsx") as ours_xlsx, zipfile.ZipFile(tmp_path / "installed.xlsx") as theirs_xlsx:
        assert sorted(ours_xlsx.namelist()) == sorted(theirs_xlsx.namelist())
        assert any(name.startswith("xl/charts/") for name in ours_xlsx.namelist())
    assert snapshot(folder) == before


def test_the_window_starts_offscreen_with_nothing_else_installed(folder: Path, tmp_path: Path):
    """The GUI executable opens the window on the default sample and projects it; its log (in
    the user's profile, not in the folder) has no error, and the folder is unchanged."""
    before = snapshot(folder)
    home = tmp_path / "home"
    report = tmp_path / "started.txt"
    started = run(folder, platforms.GUI, [], home, tmp_path, **{PROBE: str(report)})
    assert started.returncode == 0, started.stderr
    assert float(report.read_text(encoding="utf-8")) > 0
    assert "Traceback" not in started.stderr and "Error" not in started.stderr, started.stderr
    (log,) = home.rglob("reform-studio.log")
    assert "ERROR" not in log.read_text(encoding="utf-8")
    assert snapshot(folder) == before


def test_the_executable_carries_every_module_of_the_package_and_the_chart_exports(built: Bundle):
    """Modules imported by name (the commands) or only when used (the PNG, SVG and PDF chart
    exports) are there; the build tool is not."""
    from PyInstaller.archive.readers import CArchiveReader

    executable = CArchiveReader(str(built.folder / platforms.executable(platforms.CLI)))
    modules = set(executable.open_embedded_archive(next(n for n in executable.toc if n.endswith(".pyz"))).toc)
    package = {".".join(p.with_suffix("").relative_to(ROOT).parts).removesuffix(".__init__")
               for p in (ROOT / "reform_studio").rglob("*.py") if "bundle" not in p.parts}
    assert package <= modules
    assert {f"matplotlib.backends.backend_{name}" for name in ("qtagg", "agg", "pdf", "svg")} <= modules
    assert "PIL.PngImagePlugin" in modules and "fontTools.subset" in modules
    assert not any(m.startswith(("reform_studio.bundle", "tkinter", "PyInstaller", "pytest")) for m in modules)


def test_sizes_are_within_the_targets(built: Bundle):
    assert folder_size(built.folder) <= UNPACKED_LIMIT
    assert built.archive.stat().st_size <= ARCHIVE_LIMIT


def test_licences_name_every_bundled_component(folder: Path):
    notices = (folder / "licences" / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")
    for component in ("PySide6", "shiboken6", "numpy", "pandas", "matplotlib", "openpyxl", "defusedxml", "Python ",
                      "PyInstaller bootloader", "Qt "):
        assert component in notices, component
    assert "LGPL-3.0" in notices and "libpython" not in notices  # Python is listed as Python
    if shutil.which("dpkg"):  # every library from the build system with its package's copyright file
        assert "its licence is that of the system package" not in notices
    qt = (folder / "licences" / "QT-LGPL.txt").read_text(encoding="utf-8")
    assert "Replacing the Qt libraries" in qt and "_internal/PySide6/Qt/lib" in qt
    for line in notices.splitlines():
        if line.startswith("  ") and line.rstrip().endswith("/"):
            licence_folder = folder / "licences" / line.split()[-1]
            assert licence_folder.is_dir() and any(licence_folder.iterdir()), line
