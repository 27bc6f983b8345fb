"""Issue 11, item 7 and issue 10, item 16: where the command line writes, a second corpus.

Every class gets several values, generated here; each case runs the real command and must
end with one sentence on standard error naming the file, exit status 2, no traceback,
within 10 s, and the file that was there before left exactly as it was. A symbolic link is
written through (the file it points to is replaced, the link kept), as editors do, so a
link to a shared report stays a link; a device, a FIFO or a folder is never replaced.
"""
from __future__ import annotations

import errno
import os
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reform_studio.cli import main
from reform_studio.workbook import atomic
from reform_studio.workbook.atomic import ExportError, write_atomically
from tests.conftest import example_files

SECONDS = 10
PREVIOUS = b"the previous file, which must survive\n"


@pytest.fixture
def inputs(tmp_path):
    """A copy of the spec's first example (workbook and one reform) in a fresh folder."""
    workbook, reforms, _ = example_files("example1")
    shutil.copy(workbook, tmp_path / "book.xlsx")
    shutil.copy(reforms[0], tmp_path / "reform.json")
    return tmp_path / "book.xlsx", tmp_path / "reform.json"


def _snapshot(paths):
    return {Path(p): (Path(p).read_bytes() if Path(p).is_file() else None,
                      os.lstat(p).st_mode if os.path.lexists(p) else None) for p in paths}


def _refused(argv, capsys, *words, keep=()):
    """Run `argv`: status 2, one sentence with `words`, no traceback, `keep` unchanged."""
    before = _snapshot(keep)
    started = time.monotonic()
    code = main([str(a) for a in argv])
    elapsed = time.monotonic() - started
    out, err = capsys.readouterr()
    assert code == 2, (out, err)
    assert elapsed < SECONDS
    assert err.startswith("error: ") and "Traceback" not in err and err.count("\n") == 1, err
    assert len(err) < 600, err
    for word in words:
        assert word in err, (word, err)
    assert _snapshot(keep) == before
    return err


# ---- a read-only file system, also while the temporary file is cleaned up ----

def _fail(code):
    def raiser(*args, **kwargs):
        raise OSError(code, os.strerror(code))
    return raiser


@pytest.mark.parametrize("stage", ["open", "write", "replace"])
@pytest.mark.parametrize("cleanup", [errno.EROFS, errno.EACCES, errno.EIO, errno.ENOENT, None])
@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES, errno.EIO, errno.ENOSPC])
def test_failure_and_failed_cleanup_give_one_sentence(stage, cleanup, code, tmp_path, monkeypatch):
    target = tmp_path / "out.json"
    target.write_bytes(PREVIOUS)
    real_open, real_unlink = os.open, Path.unlink

    def temp_open(path, *args, **kwargs):
        if stage == "open" and ".tmp" in str(path):
            raise OSError(code, os.strerror(code), str(path))
        return real_open(path, *args, **kwargs)

    def write(temp):
        if stage == "write":
            raise OSError(code, os.strerror(code), str(temp))
        temp.write_text("new")

    def unlink(self, *args, **kwargs):
        if cleanup is not None and ".tmp" in self.name:
            raise OSError(cleanup, os.strerror(cleanup), str(self))
        return real_unlink(self, *args, **kwargs)

    monkeypatch.setattr(atomic.os, "open", temp_open)
    monkeypatch.setattr(Path, "unlink", unlink)
    if stage == "replace":
        monkeypatch.setattr(atomic.os, "replace", _fail(code))
    with pytest.raises(ExportError) as info:
        write_atomically(target, write)
    message = str(info.value)
    assert "out.json" in message and "\n" not in message and "Errno" not in message
    if code == errno.EROFS:
        assert "read-only" in message
    assert target.read_bytes() == PREVIOUS


@pytest.mark.parametrize("option", ["--json", "--export"])
def test_read_only_drive_through_the_command(option, inputs, tmp_path, monkeypatch, capsys):
    workbook, _ = inputs
    target = tmp_path / f"out{'.json' if option == '--json' else '.xlsx'}"
    target.write_bytes(PREVIOUS)
    real_open = os.open
    monkeypatch.setattr(atomic.os, "open", lambda path, *a, **k: _fail(errno.EROFS)() if ".tmp" in str(path)
                        else real_open(path, *a, **k))
    monkeypatch.setattr(Path, "unlink", _fail(errno.EROFS))
    _refused(["run", workbook, option, target], capsys, "read-only", target.name, keep=[target])


# ---- names over the file system's limit ----

LONG_NAMES = {
    "256 ascii": "n" * 252 + ".json",
    "300 ascii": "n" * 295 + ".json",
    "1000 ascii": "n" * 995 + ".json",
    "5000 ascii": "n" * 4995 + ".json",
    "multibyte": "é" * 130 + ".json",  # 130 characters, 265 bytes
    "emoji": "\U0001F4B0" * 70 + ".json",  # 70 characters, 285 bytes
}


def _long_targets(tmp_path: Path) -> dict[str, Path]:
    targets = {label: tmp_path / name for label, name in LONG_NAMES.items()}
    targets["long folder"] = tmp_path / ("d" * 300) / "out.json"
    targets["long path"] = tmp_path / "/".join(["p" * 200] * 25) / "out.json"  # over PATH_MAX
    return targets


@pytest.mark.parametrize("label", [*LONG_NAMES, "long folder", "long path"])
@pytest.mark.parametrize("option", ["--json", "--export", "--csv", "template"])
def test_name_over_the_limit(label, option, inputs, tmp_path, capsys):
    workbook, _ = inputs
    target = _long_targets(tmp_path)[label]
    if option == "--export":
        target = target.with_suffix(".xlsx")
    argv = ["template", target] if option == "template" else ["run", workbook, option, target]
    words = ("longer than the file system allows",)
    _refused(argv, capsys, *words, keep=[workbook])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.xlsx", "reform.json"]


@pytest.mark.parametrize("length", [240, 250, 255])
def test_a_name_just_under_the_limit_is_written(length, inputs, tmp_path, capsys):
    """The temporary name is longer than the target's: it is shortened, not refused."""
    workbook, _ = inputs
    target = tmp_path / ("n" * (length - 5) + ".json")
    assert main(["run", str(workbook), "--json", str(target)]) == 0
    assert target.is_file() and not [p for p in tmp_path.iterdir() if ".tmp" in p.name]


# ---- --csv onto an existing file ----

@pytest.mark.parametrize("kind", ["text", "csv", "empty", "workbook", "link to a file", "under a file"])
def test_csv_onto_a_file(kind, inputs, tmp_path, capsys):
    workbook, reform = inputs
    existing = tmp_path / {"csv": "indicators.csv", "workbook": "book.xlsx"}.get(kind, "out.txt")
    if kind not in ("workbook",):
        existing.write_bytes(b"" if kind == "empty" else PREVIOUS)
    target = existing
    if kind == "link to a file":
        target = tmp_path / "link"
        target.symlink_to(existing)
    elif kind == "under a file":
        target = existing / "sub"
    err = _refused(["run", workbook, "--reform", reform, "--csv", target], capsys, "--csv",
                   keep=[existing, target, workbook, reform])
    assert "file" in err


# ---- an input overwritten by an output ----

def _aliases(path: Path, tmp_path: Path) -> dict[str, Path]:
    link = tmp_path / f"link-{path.name}"
    link.symlink_to(path)
    hard = tmp_path / f"hard-{path.name}"
    os.link(path, hard)
    sub = tmp_path / "sub"
    sub.mkdir(exist_ok=True)
    return {"same": path, "dotted": sub / ".." / path.name, "symlink": link, "hard link": hard}


@pytest.mark.parametrize("alias", ["same", "dotted", "symlink", "hard link"])
@pytest.mark.parametrize("option", ["--json", "--export"])
@pytest.mark.parametrize("victim", ["reform", "workbook"])
def test_an_output_never_overwrites_an_input(alias, option, victim, inputs, tmp_path, capsys):
    workbook, reform = inputs
    path = reform if victim == "reform" else workbook
    target = _aliases(path, tmp_path)[alias]
    _refused(["run", workbook, "--reform", reform, option, target], capsys, keep=[workbook, reform, target])


@pytest.mark.parametrize("alias", ["same", "symlink", "hard link"])
def test_solve_json_never_overwrites_its_reform(alias, inputs, tmp_path, capsys):
    workbook, reform = inputs
    target = _aliases(reform, tmp_path)[alias]
    _refused(["solve", workbook, "--reform", reform, "--lever", "contribution_rate", "--target", "reserve>=0",
              "--json", target], capsys, "input", keep=[reform, target])


def test_json_and_export_onto_the_same_file(inputs, tmp_path, capsys):
    workbook, _ = inputs
    target = tmp_path / "both.out"
    _refused(["run", workbook, "--json", target, "--export", target], capsys, "--json", "--export")
    assert not target.exists()


def test_an_input_in_the_csv_folder_with_an_indicator_file_name(inputs, tmp_path, capsys):
    workbook, reform = inputs
    folder = tmp_path / "csv"
    folder.mkdir()
    victim = folder / "02-raise.csv"
    victim.write_bytes(PREVIOUS)
    shutil.copy(reform, victim)
    _refused(["run", workbook, "--reform", victim, "--csv", folder], capsys, "--csv", keep=[victim])


# ---- devices and other special files are never replaced ----

def _specials(tmp_path: Path) -> dict[str, Path]:
    specials = {}
    for device in ("/dev/null", "/dev/zero", "/dev/full"):
        if os.path.exists(device):
            specials[device] = Path(device)
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.json")
        specials["fifo"] = tmp_path / "pipe.json"
    if os.path.exists("/dev/null"):
        (tmp_path / "null-link.json").symlink_to("/dev/null")
        specials["link to /dev/null"] = tmp_path / "null-link.json"
    return specials


@pytest.mark.parametrize("option", ["--json", "--export", "template"])
def test_a_device_is_never_replaced(option, inputs, tmp_path, capsys):
    workbook, _ = inputs
    for label, target in _specials(tmp_path).items():
        argv = ["template", target, "--force"] if option == "template" else ["run", workbook, option, target]
        modes = os.stat(target).st_mode, os.lstat(target).st_mode
        _refused(argv, capsys, "not a regular file")
        assert (os.stat(target).st_mode, os.lstat(target).st_mode) == modes, label
        assert not stat.S_ISREG(os.stat(target).st_mode)


# ---- symbolic links are written through ----

@pytest.mark.parametrize("kind", ["absolute", "relative", "chain", "dangling", "into another folder"])
@pytest.mark.parametrize("option", ["--json", "--export"])
def test_a_symlinked_output_is_written_through(kind, option, inputs, tmp_path):
    workbook, _ = inputs
    suffix = ".json" if option == "--json" else ".xlsx"
    other = tmp_path / "shared"
    other.mkdir()
    real = (other if kind == "into another folder" else tmp_path) / f"real{suffix}"
    if kind != "dangling":
        real.write_bytes(PREVIOUS)
    link = tmp_path / f"link{suffix}"
    if kind == "relative":
        link.symlink_to(real.name)
    elif kind == "chain":
        middle = tmp_path / f"middle{suffix}"
        middle.symlink_to(real)
        link.symlink_to(middle)
    else:
        link.symlink_to(real)
    assert main(["run", str(workbook), option, str(link)]) == 0
    assert link.is_symlink() and real.is_file() and real.read_bytes() != PREVIOUS
    assert not [p for p in tmp_path.rglob("*") if ".tmp" in p.name]


@pytest.mark.parametrize("kind", ["missing folder", "loop"])
def test_a_link_that_leads_nowhere_is_refused(kind, inputs, tmp_path, capsys):
    workbook, _ = inputs
    link = tmp_path / "link.json"
    if kind == "loop":
        (tmp_path / "other.json").symlink_to(link)
        link.symlink_to(tmp_path / "other.json")
    else:
        link.symlink_to(tmp_path / "gone" / "real.json")
    _refused(["run", workbook, "--json", link], capsys, "link.json" if kind == "loop" else "link")
    assert link.is_symlink()


# ---- template over an existing file ----

@pytest.mark.parametrize("kind", ["filled workbook", "other file", "empty file", "link to the workbook"])
def test_template_never_replaces_a_file_without_force(kind, inputs, tmp_path, capsys):
    workbook, _ = inputs
    target = {"filled workbook": workbook, "other file": tmp_path / "notes.xlsx",
              "empty file": tmp_path / "empty.xlsx", "link to the workbook": tmp_path / "link.xlsx"}[kind]
    if kind == "other file":
        target.write_bytes(PREVIOUS)
    elif kind == "empty file":
        target.write_bytes(b"")
    elif kind == "link to the workbook":
        target.symlink_to(workbook)
    _refused(["template", target], capsys, "already exists", "--force", keep=[target, workbook])
    assert main(["template", str(target), "--force"]) == 0
    assert target.read_bytes()[:2] == b"PK"
    if kind == "link to the workbook":
        assert target.is_symlink() and workbook.read_bytes()[:2] == b"PK"


def test_template_to_a_new_file_needs_no_force(tmp_path):
    assert main(["template", str(tmp_path / "new.xlsx")]) == 0


# ---- the same, through a real process ----

def test_real_process_samples(inputs, tmp_path):
    workbook, reform = inputs
    null = Path("/dev/null")
    existing = tmp_path / "file.txt"
    existing.write_bytes(PREVIOUS)
    for argv in (["run", workbook, "--csv", existing],
                 ["run", workbook, "--reform", reform, "--json", reform],
                 ["run", workbook, "--json", tmp_path / ("n" * 400 + ".json")],
                 ["template", workbook],
                 *([["run", workbook, "--json", null]] if null.exists() else [])):
        started = time.monotonic()
        result = subprocess.run([sys.executable, "-m", "reform_studio", *map(str, argv)], capture_output=True,
                                text=True, timeout=SECONDS + 20)
        assert time.monotonic() - started < SECONDS
        assert result.returncode == 2 and result.stdout == "", argv
        assert result.stderr.startswith("error: ") and "Traceback" not in result.stderr, result.stderr
    assert existing.read_bytes() == PREVIOUS
    assert reform.read_bytes() == example_files("example1")[1][0].read_bytes()
    assert workbook.read_bytes() == example_files("example1")[0].read_bytes()
