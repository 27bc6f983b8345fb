"""What the application folder holds beside the executables: the samples, the icons (and, on
Linux, a desktop entry with a script that installs it), the guides as HTML, the licences and a
README for the official who received the folder on a USB stick."""
from __future__ import annotations

import shutil
from pathlib import Path

from reform_studio.bundle import docs, freeze, icons, licences, platforms

DESKTOP_FILE = "reform-studio.desktop"
INSTALL_MENU_ENTRY = "install-menu-entry.sh"


def platform_icon(root: Path) -> Path | None:
    """The icon the executables carry: .ico on Windows, .icns on macOS; Linux executables carry
    none (the desktop entry names the icon)."""
    suffix = {"windows": ".ico", "macos": ".icns"}.get(platforms.system_name())
    return root / "resources" / f"{icons.NAME}{suffix}" if suffix else None


def copy_samples(site: Path, target: Path) -> None:
    """The sample workbooks and reform files, where an official finds them with File › Open."""
    source = site / "reform_studio" / "samples"
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("*.py", "__pycache__"))


def copy_icons(resources: Path, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for path in sorted(resources.glob(f"{icons.NAME}*")):
        if path.suffix in (".svg", ".png", ".ico", ".icns", ".desktop"):
            shutil.copy2(path, target / path.name)


def data_folders(system: str) -> str:
    """Where the application keeps its settings, log and recovery copy on `system`."""
    return {
        "windows": "%APPDATA%\\Reform Studio\\ (settings, the log and the automatic recovery copy)",
        "macos": "~/Library/Application Support/Reform Studio/ (log, recovery) and ~/.config/Reform Studio/ (settings)",
    }.get(system, "~/.local/share/Reform Studio/ (log, recovery) and ~/.config/Reform Studio/ (settings)")


def readme(info: dict[str, str], system: str) -> str:
    """The README an official reads first: how to start, what is where, what to tell IT."""
    gui, cli = platforms.executable(platforms.GUI, system), platforms.executable(platforms.CLI, system)
    start = {
        "windows": (f"Unzip the archive first (right-click, Extract All...), then double-click {gui} in the\n"
                    "extracted folder. Windows may say \"Windows protected your PC\" because the program is\n"
                    "not signed: click More info, then Run anyway (or ask IT to allow it)."),
        "macos": (f"Double-click {gui}. If macOS says it cannot check the program for malicious software\n"
                  "(it is not notarised), right-click it, choose Open, then Open again."),
    }.get(system, (f"Double-click {gui} (or run ./{gui} in a terminal). To have Reform Studio in the\n"
                   f"applications menu, run ./{INSTALL_MENU_ENTRY} once. Copy the .tar.gz rather than the folder to\n"
                   "a USB stick formatted FAT or exFAT, which cannot hold the folder's links; unpack it on the\n"
                   "laptop with: tar xzf ReformStudio-*.tar.gz"))
    return f"""Reform Studio {info['version']} (projection model version {info['model_version']})
Built {info['built']} for {info['platform']}.

Reform Studio projects a pension scheme from an input workbook and compares reforms against it.
It needs nothing else: no Python, no installation, no network, no administrator rights.

STARTING IT
{start}

The window opens on the Kenya sample scheme with its illustrative reforms. Open your own
workbook with File > Open workbook; File > New workbook from template writes a blank,
annotated one.

WHAT IS IN THIS FOLDER
  {gui:<24} the window
  {cli:<24} the command line: {cli} --help lists the commands
                           (run, solve, template, ...), e.g.
                           {cli} run samples/kenya.xlsx --json results.json
  samples/                 two sample schemes (Kenya, Italy) and sample reforms
  docs/user-guide.html     how to use the window (opens in any web browser; .fr.html, .es.html:
                           en français, en español)
  docs/methodology.html    the model's equations, choices and limits
  icons/                   the application icon (SVG, PNG, ICO, ICNS) and a Linux desktop entry
  licences/                the licences of Reform Studio and of every component it ships;
                           THIRD-PARTY-NOTICES.txt lists them, QT-LGPL.txt says how to replace Qt
  _internal/               the program's own files: leave them where they are

The folder can live anywhere (a USB stick, a network share, a folder with spaces or accents
in its name), and can be read-only: Reform Studio writes nothing inside it. It keeps its
settings, its log and an automatic recovery copy of unsaved reforms in your user profile:
  {data_folders(system)}
To remove Reform Studio, delete this folder (and, if you wish, those folders).

FOR IT
Version {info['version']}, commit {info.get('commit') or '-'}, Python {info['python']}.
A per-user installer definition for Windows (Inno Setup, no administrator rights) and the build
instructions are in the repository's docs/offline-bundle.md.
"""


def install_script() -> str:
    """A shell script that puts the desktop entry and the icon in the user's menu (no root)."""
    return f"""#!/bin/sh
# Put Reform Studio in your applications menu (for you only; no administrator rights needed).
# Run it again after moving this folder. To undo: rm ~/.local/share/applications/{DESKTOP_FILE}
set -e
here="$(cd "$(dirname "$0")" && pwd)"
applications="${{XDG_DATA_HOME:-$HOME/.local/share}}/applications"
icons="${{XDG_DATA_HOME:-$HOME/.local/share}}/icons/hicolor"
mkdir -p "$applications"
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$icons/${{size}}x$size/apps"
    cp "$here/icons/{icons.NAME}-$size.png" "$icons/${{size}}x$size/apps/{icons.NAME}.png"
done
sed -e "s|^Exec=.*|Exec=\\"$here/{platforms.GUI}\\" %f|" -e "s|^Icon=.*|Icon=$here/icons/{icons.NAME}-256.png|" \\
    "$here/icons/{DESKTOP_FILE}" > "$applications/{DESKTOP_FILE}"
echo "Reform Studio is in your applications menu ($applications/{DESKTOP_FILE})."
"""


def add(folder: Path, root: Path, site: Path, work: Path, info: dict[str, str]) -> None:
    """Everything beside the executables (see the module docstring); `info`: the build's facts."""
    copy_samples(site, folder / "samples")
    copy_icons(root / "resources", folder / "icons")
    docs.write(root / "docs", folder / "docs")
    licences.write(folder, root, work / freeze.MODULES)
    system = platforms.system_name()
    (folder / "README.txt").write_text(readme(info, system), encoding="utf-8", newline="\r\n" if system == "windows" else "\n")
    if system == "linux":
        script = folder / INSTALL_MENU_ENTRY
        script.write_text(install_script(), encoding="utf-8")
        script.chmod(0o755)
