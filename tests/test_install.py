"""A newcomer's install (issue 10 items 13–17, issue 11 item 11): the installed wheel carries its
resources, licence and both entry points; the launcher refuses mistyped commands instead of
opening the window; without a display the user reads one sentence; a data folder that cannot
be written leaves the window working, with the log and recovery said to be off."""
from __future__ import annotations

import os
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from reform_studio import __main__ as launcher
from reform_studio.samples import sample_path

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def bare_env(**extra: str) -> dict[str, str]:
    """This environment without any display, Qt platform or data-folder override."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "REFORM_STUDIO_DATA_DIR")}
    env["PYTHONPATH"] = str(ROOT)
    env.update(extra)
    return env


# -- the launcher: a command, the window, or an error ---------------------------------------------
@pytest.fixture
def window_opened(monkeypatch) -> list:
    """The arguments the window would have been opened with; the window itself never opens."""
    opened: list = []
    monkeypatch.setattr(launcher, "open_window", lambda args: opened.append(args) or 0)
    return opened


@pytest.mark.parametrize("argv, message", [
    (["frobnicate"], "'frobnicate' is not a command"),
    (["rnu", "kenya.xlsx"], "'rnu' is not a command"),
    (["missing.xlsx"], "no such file: missing.xlsx"),
    (["gui", "missing.xlsx"], "no such file: missing.xlsx"),
    (["gui", "a.xlsx", "b.xlsx"], "opens one workbook, not 2"),
    (["gui", "--fullscreen"], "takes no option '--fullscreen'"),
    (["--frobnicate"], "takes no option '--frobnicate'"),
])
def test_a_mistyped_command_is_an_error_listing_the_commands(argv, message, window_opened, capsys):
    assert launcher.main(argv) == 2
    err = capsys.readouterr().err
    assert message in err
    from reform_studio.cli import COMMANDS

    assert f"The commands are: {', '.join([*COMMANDS, 'gui'])}" in err
    assert window_opened == []


@pytest.mark.parametrize("argv", [["gui", "--help"], ["gui", "-h"]])
def test_gui_help_prints_help_and_opens_nothing(argv, window_opened, capsys):
    assert launcher.main(argv) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: reform-studio [gui] [WORKBOOK]") and "QT_QPA_PLATFORM=offscreen" in out
    assert window_opened == []


def test_the_window_opens_with_no_argument_gui_or_an_existing_file(window_opened):
    workbook = str(sample_path("kenya"))
    assert launcher.main([]) == 0
    assert launcher.main(["gui"]) == 0
    assert launcher.main([workbook]) == 0
    assert launcher.main(["gui", workbook]) == 0
    assert window_opened == [[], [], [workbook], [workbook]]


def test_gui_script_takes_the_window_arguments(window_opened, monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["reform-studio-gui", "--help"])
    assert launcher.gui() == 0 and "usage: reform-studio [gui]" in capsys.readouterr().out
    monkeypatch.setattr(sys, "argv", ["reform-studio-gui", str(sample_path("kenya"))])
    assert launcher.gui() == 0 and window_opened == [[str(sample_path("kenya"))]]


def test_commands_still_reach_the_command_line(capsys):
    with pytest.raises(SystemExit) as info:
        launcher.main(["--version"])
    assert info.value.code == 0 and "reform-studio" in capsys.readouterr().out


# -- no display -------------------------------------------------------------------------------------
def test_display_problem_names_what_is_missing():
    from reform_studio.gui.app import display_problem

    sentence = display_problem({}, "linux")
    assert sentence and sentence.count(". ") == 0 and sentence.endswith(".")
    assert "DISPLAY" in sentence and "WAYLAND_DISPLAY" in sentence and "QT_QPA_PLATFORM=offscreen" in sentence
    assert display_problem({"DISPLAY": ":0"}, "linux") is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({}, "win32") is None and display_problem({}, "darwin") is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the display check is for Linux")
@pytest.mark.parametrize("entry", ["main.py", "-m reform_studio", "-m reform_studio gui"])
def test_without_a_display_one_sentence_and_exit_2(entry, tmp_path):
    result = subprocess.run([sys.executable, *entry.split()], cwd=ROOT, env=bare_env(), capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip().startswith("Reform Studio cannot open its window: no display was found")
    assert len(result.stderr.strip().splitlines()) == 1


# -- a data folder that cannot be written -------------------------------------------------------
WINDOW_THEN_QUIT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
from reform_studio.gui import app
from reform_studio.gui.main_window import MainWindow

def look():
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    note = window.statusBar().findChild(QLabel, "unprotectedNote")
    print("VISIBLE", window.isVisible(), "SCHEME", window.document.scheme is not None)
    print("NOTE", note.toolTip() if note else None)
    print("STATUS", window.statusBar().currentMessage())
    window.document.undo_stack.setClean()
    QApplication.quit()

application = app.make_app([])
QTimer.singleShot(4000, look)
sys.exit(app.main([]))
"""


def test_a_data_folder_that_cannot_be_written_leaves_the_window_working(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")  # a folder cannot be made inside it, even by root
    result = subprocess.run(
        [sys.executable, "-c", WINDOW_THEN_QUIT], cwd=tmp_path, capture_output=True, text=True, timeout=240,
        env=bare_env(QT_QPA_PLATFORM="offscreen", REFORM_STUDIO_DATA_DIR=str(blocker / "app-data")))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "VISIBLE True SCHEME True" in result.stdout
    assert "NOTE The application data folder cannot be written" in result.stdout
    assert "the log and automatic recovery are off" in result.stdout
    assert "STATUS The application data folder cannot be written" in result.stdout
    assert "reform-studio: The application data folder cannot be written" in result.stderr


def test_the_notice_names_what_is_off():
    from reform_studio.gui.app import unprotected_notice

    assert unprotected_notice(Path("x.log"), True) is None
    assert "so the log is off" in unprotected_notice(None, True)
    assert "so automatic recovery is off" in unprotected_notice(Path("x.log"), False)
    assert "so the log and automatic recovery are off" in unprotected_notice(None, False)


# -- packaging --------------------------------------------------------------------------------------
def test_package_metadata():
    project = PYPROJECT["project"]
    assert project["license"] == "LicenseRef-Proprietary" and project["license-files"] == ["LICENSE"]
    assert (ROOT / "LICENSE").is_file()
    assert project["scripts"]["reform-studio"] == "reform_studio.__main__:main"
    assert project["gui-scripts"]["reform-studio-gui"] == "reform_studio.__main__:gui"
    assert any(r.startswith("setuptools>=") and ",<" in r for r in PYPROJECT["build-system"]["requires"])
    assert "PySide6-Essentials>=6.11.2,<6.12" in project["dependencies"]
    # the explicit package list must name every package of the tree (a forgotten one would be
    # missing from the wheel, not from the checkout), and the top-level resources/ folder
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "reform_studio").rglob("__init__.py")}
    assert found | {"reform_studio.resources"} == listed
    assert PYPROJECT["tool"]["setuptools"]["package-dir"] == {"reform_studio.resources": "resources"}


def test_constraints_pin_every_dependency_installed_here():
    """constraints.txt pins exact versions, and pins every direct dependency."""
    pins = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"not an exact pin: {line}"
            pins[name.lower().replace("_", "-")] = version
    wanted = [*PYPROJECT["project"]["dependencies"], *PYPROJECT["project"]["optional-dependencies"]["test"]]
    for requirement in wanted:
        name = requirement.split(">")[0].split("=")[0].split("<")[0].strip().lower().replace("_", "-")
        assert name in pins, f"{name} is not pinned in constraints.txt"


def test_the_installed_wheel_carries_its_resources_licence_and_entry_points(tmp_path):
    """Build the wheel, install it (without dependencies) in a throwaway venv and find the style
    sheet, the samples, the licence and both commands there: not only in the editable tree."""
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
                   check=True, capture_output=True, text=True, timeout=600)
    (wheel,) = wheels.glob("reform_studio-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
        entry_points = archive.read(next(n for n in names if n.endswith(".dist-info/entry_points.txt"))).decode()
    assert "reform_studio/resources/style.qss" in names
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert not any(n.startswith(("resources/", "tests/")) for n in names)
    assert "License-Expression: LicenseRef-Proprietary" in metadata
    assert "[gui_scripts]\nreform-studio-gui = reform_studio.__main__:gui" in entry_points

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=300)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          check=True, capture_output=True, text=True).stdout.strip()
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", site, str(wheel)],
                   check=True, capture_output=True, text=True, timeout=300)
    # the dependencies (numpy, …) from this environment, without its editable reform_studio: a
    # path in a .pth file joins sys.path, the .pth files inside it are not run
    import numpy

    Path(site, "dependencies.pth").write_text(str(Path(numpy.__file__).parents[1]) + "\n")
    code = ("import reform_studio; from reform_studio.assets import resource_folder; "
            "from reform_studio.samples import sample_path; "
            "assert (resource_folder() / 'style.qss').is_file(); "
            "assert sample_path('kenya').is_file(); print(resource_folder(), reform_studio.__file__)")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    installed = subprocess.run([str(python), "-I", "-c", code], cwd=tmp_path, env=env, capture_output=True,
                               text=True, timeout=120)
    assert installed.returncode == 0, installed.stderr
    assert all(Path(p).is_relative_to(site) for p in installed.stdout.split())  # the package's own copy
    # `python main.py` in a checkout imports the checkout's package, which must be complete too
    checkout = subprocess.run([str(python), "-c", code.replace("print(", "print('checkout', ")], cwd=ROOT,
                              env={**env, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=120)
    assert checkout.returncode == 0, checkout.stderr
    folder, package = checkout.stdout.split()[-2:]
    assert Path(package).is_relative_to(ROOT) and Path(folder) == ROOT / "resources"  # the top-level folder


def test_ci_runs_exactly_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    test_command = readme[readme.index("Install the test extras and run the tests:") + 2].strip()
    assert "-c constraints.txt" in test_command
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test_command in ci and "export QT_QPA_PLATFORM=offscreen" in ci


def test_the_gui_script_has_no_console_to_print_to(window_opened, monkeypatch):
    """On Windows a gui-script runs without stdout and stderr: help and errors must not crash it."""
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(sys, "argv", ["reform-studio-gui", "--help"])
    assert launcher.gui() == 0
    monkeypatch.setattr(sys, "argv", ["reform-studio-gui", "missing.xlsx"])
    assert launcher.gui() == 2
