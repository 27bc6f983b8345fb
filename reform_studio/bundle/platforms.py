"""What differs between Windows, macOS and Linux builds, in one place, so that everything
else in the build runs the same code on each (and the Linux build here exercises it)."""
from __future__ import annotations

import platform
import sys

CLI = "reform-studio"  # the command line (which also opens the window)
GUI = "reform-studio-gui"  # the window alone
SYSTEM_NAMES = {"win32": "windows", "darwin": "macos"}
MACHINE_NAMES = {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}


def system_name(system: str = sys.platform) -> str:
    """'windows', 'macos' or 'linux' for a `sys.platform` value or one of these names (any other
    Unix is built as Linux is)."""
    return system if system in SYSTEM_NAMES.values() else SYSTEM_NAMES.get(system, "linux")


def platform_tag(system: str = sys.platform, machine: str | None = None) -> str:
    """The `<platform>` of the bundle's name, e.g. 'linux-x86_64', 'windows-x86_64', 'macos-arm64'."""
    machine = (machine or platform.machine() or "unknown").lower()
    return f"{system_name(system)}-{MACHINE_NAMES.get(machine, machine)}"


def executable(stem: str, system: str = sys.platform) -> str:
    """The file name of an executable: Windows wants the .exe."""
    return f"{stem}.exe" if system_name(system) == "windows" else stem


def archive_suffix(system: str = sys.platform) -> str:
    """A .zip is what Windows Explorer opens; elsewhere a .tar.gz keeps the executable bits."""
    return ".zip" if system_name(system) == "windows" else ".tar.gz"


def gui_is_a_link(system: str = sys.platform) -> bool:
    """Whether `reform-studio-gui` is a hard link to `reform-studio` rather than an executable of
    its own. Windows needs a second executable, built without a console window; elsewhere one
    file under two names saves the 14 MB of Python modules a second executable would repeat."""
    return system_name(system) != "windows"
