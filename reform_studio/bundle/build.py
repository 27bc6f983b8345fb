"""Build the one-folder application and its archive (`python -m reform_studio.bundle --out DIR`).

The steps are the same on every system: the package is built as a wheel from a copy of the
checkout (so the bundle holds exactly what `pip install` would, and no stale build folder),
PyInstaller freezes it (freeze.py), the folder gets what an official and an IT officer need
beside the executables (contents.py), and the whole is archived.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from reform_studio.bundle import contents, platforms

PRODUCT = "ReformStudio"
BUILD_INFO = "build-info.json"  # written into the package, read by gui.identity for the About box


class BuildError(Exception):
    """A build that cannot go on, told in one sentence (and the log's tail where there is one)."""


@dataclass(frozen=True)
class Bundle:
    folder: Path
    archive: Path
    seconds: float


def checkout() -> Path:
    """The repository the package was installed from (the build needs its docs and licence)."""
    root = Path(__file__).resolve().parents[2]
    if not (root / "pyproject.toml").is_file() or not (root / "docs").is_dir():
        raise BuildError(f"the bundle is built from a checkout of the repository (with pyproject.toml and docs/), "
                         f"not from an installed copy in {root}: pip install -e \".[bundle]\" there")
    return root


def version() -> str:
    from reform_studio import __version__

    return __version__


def bundle_name() -> str:
    return f"{PRODUCT}-{version()}-{platforms.platform_tag()}"


def project_sources(root: Path) -> list[str]:
    """What setuptools reads to build the wheel: pyproject.toml, the readme, the licence files, the
    package and every folder mapped into it (package-dir)."""
    import tomllib

    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    mapped = project.get("tool", {}).get("setuptools", {}).get("package-dir", {}).values()
    readme = project["project"].get("readme")
    return ["pyproject.toml", "reform_studio", *mapped, *([readme] if isinstance(readme, str) else []),
            *project["project"].get("license-files", [])]


def run(command: list[str], log: Path, what: str, cwd: Path | None = None) -> None:
    """Run a build step with its output in `log`; a failure shows the log's last lines."""
    with log.open("a", encoding="utf-8") as stream:
        stream.write(f"$ {' '.join(command)}\n")
        stream.flush()
        result = subprocess.run(command, cwd=cwd, stdout=stream, stderr=subprocess.STDOUT, check=False)
    if result.returncode != 0:
        tail = "\n".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-25:])
        raise BuildError(f"{what} failed (exit status {result.returncode}); the end of {log}:\n{tail}")


def stage(root: Path, work: Path, log: Path, info: dict[str, str]) -> Path:
    """The package as the wheel installs it, unpacked into a folder of its own (returned), with
    the build's facts (`info`) where the About box finds them."""
    source = work / "source"
    for name in project_sources(root):
        origin = root / name
        if origin.is_dir():
            shutil.copytree(origin, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            source.mkdir(parents=True, exist_ok=True)
            shutil.copy2(origin, source / name)
    wheels = work / "wheel"
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--disable-pip-version-check", "-q", "-w", str(wheels),
         str(source)], log, "building the wheel")
    site = work / "site"
    (wheel,) = wheels.glob("reform_studio-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    (site / "reform_studio" / BUILD_INFO).write_text(json.dumps(info, indent=1), encoding="utf-8")
    return site


def build_info(root: Path) -> dict[str, str]:
    """Version, date and commit of this build (the commit marked -dirty where the checkout has
    uncommitted changes, which the bundle then holds). SOURCE_DATE_EPOCH, where set, fixes the
    date (as reproducible builds expect)."""
    from reform_studio import MODEL_VERSION

    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), timezone.utc) if epoch else datetime.now(timezone.utc)
    try:
        commit = subprocess.run(["git", "describe", "--always", "--dirty"], cwd=root, capture_output=True, check=False,
                                text=True, timeout=30).stdout.strip()
    except OSError:
        commit = ""
    return {"version": version(), "model_version": MODEL_VERSION, "built": moment.strftime("%Y-%m-%d %H:%M UTC"),
            "commit": commit, "platform": platforms.platform_tag(),
            "python": ".".join(map(str, sys.version_info[:3]))}


def freeze(site: Path, work: Path, out: Path, icon: Path | None, log: Path) -> Path:
    """Run PyInstaller on the staged package; the application folder (returned) is `out/<name>`."""
    settings = work / "settings.json"
    settings.write_text(json.dumps({"site": str(site), "work": str(work), "name": bundle_name(),
                                    "icon": str(icon) if icon else None}), encoding="utf-8")
    spec = work / "reform-studio.spec"
    spec.write_text(f"from reform_studio.bundle.freeze import collect\ncollect({str(settings)!r})\n", encoding="utf-8")
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", str(out),
         "--workpath", str(work / "pyinstaller"), str(spec)], log, "PyInstaller")
    folder = out / bundle_name()
    gui = folder / platforms.executable(platforms.GUI)
    if platforms.gui_is_a_link():
        try:
            os.link(folder / platforms.executable(platforms.CLI), gui)
        except OSError:  # a file system without hard links
            shutil.copy2(folder / platforms.executable(platforms.CLI), gui)
    return folder


def archive(folder: Path) -> Path:
    """The folder as one file to copy: a .zip on Windows, a .tar.gz (which keeps the executable
    bits, the hard link and PyInstaller's symbolic links) elsewhere."""
    target = folder.with_name(folder.name + platforms.archive_suffix())
    if target.suffix == ".zip":
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zipped:
            for path in sorted(folder.rglob("*")):
                zipped.write(path, path.relative_to(folder.parent).as_posix())
    else:
        with tarfile.open(target, "w:gz", compresslevel=9) as tarred:
            tarred.add(folder, arcname=folder.name)
    return target


def build(out: Path, keep_work: Path | None = None) -> Bundle:
    """Build `out/ReformStudio-<version>-<platform>/` and its archive beside it."""
    start = time.perf_counter()
    root = checkout()
    out = out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="reform-studio-bundle-") as temporary:
        work = keep_work.resolve() if keep_work else Path(temporary)
        work.mkdir(parents=True, exist_ok=True)
        log = work / "build.log"
        info = build_info(root)
        site = stage(root, work, log, info)
        folder = freeze(site, work, out, contents.platform_icon(root), log)
        contents.add(folder, root, site, work, info)
    return Bundle(folder, archive(folder), time.perf_counter() - start)
