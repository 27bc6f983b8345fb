"""Special files given as a workbook (issue 11, item 6): a named pipe, a device, a socket, a
folder, a link to any of them, and regular files over the cap. Each is refused from its
status, before it is opened or read, so nothing hangs or reads without end; a regular file is
read with a hard cap. `read_regular_file` is also the reader other input files reuse.
"""
from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from reform_studio.engine.errors import InputError
from reform_studio.workbook import safety
from reform_studio.workbook.safety import read_regular_file
from tests.workbook.builders import EXAMPLE1
from tests.workbook.test_archives import refused

posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX special files")


def _fifo(folder: Path, name: str) -> Path:
    path = folder / name
    os.mkfifo(path)
    return path


@posix_only
@pytest.mark.parametrize("name", ["scheme.xlsx", "pipe", "book.xlsm", "data.csv"])
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path, name):
    refused(_fifo(tmp_path, name), "named pipe (FIFO)", "not a regular file")


@posix_only
def test_a_named_pipe_with_a_writer_waiting_is_refused_too(tmp_path):
    """A writer holding the pipe open would feed an unbounded read; it is never read."""
    path = _fifo(tmp_path, "fed.xlsx")
    stop = threading.Event()

    def feed() -> None:
        fd = os.open(path, os.O_RDWR)  # does not block, keeps the pipe open for writing
        try:
            os.set_blocking(fd, False)
            while not stop.is_set():
                try:
                    os.write(fd, bytes(65536))
                except BlockingIOError:
                    time.sleep(0.01)
        finally:
            os.close(fd)

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    try:
        refused(path, "named pipe")
    finally:
        stop.set()
        writer.join(5)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null", "/dev/urandom", "/dev/full",
                                    "/dev/tty"])
def test_a_device_is_refused(device):
    if not os.path.exists(device):
        pytest.skip(f"no {device} here")
    with pytest.raises(InputError, match=f"'{Path(device).name}' is a device, not a regular"):
        read_scheme_quickly(Path(device))


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_link_to_a_device_named_like_a_workbook_is_refused(tmp_path, device):
    if not os.path.exists(device):
        pytest.skip(f"no {device} here")
    link = tmp_path / "scheme.xlsx"
    link.symlink_to(device)
    refused(link, "is a device", "not a regular file")


@posix_only
def test_a_link_to_a_named_pipe_is_refused(tmp_path):
    link = tmp_path / "scheme.xlsx"
    link.symlink_to(_fifo(tmp_path, "pipe"))
    refused(link, "named pipe")


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix sockets")
def test_a_socket_is_refused(tmp_path):
    path = tmp_path / "s.xlsx"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
    except OSError:
        pytest.skip("socket path too long here")
    try:
        assert stat.S_ISSOCK(os.stat(path).st_mode)
        refused(path, "is a socket", "not a regular file")
    finally:
        server.close()


@pytest.mark.parametrize("name", ["folder.xlsx", "plain"])
def test_a_folder_is_refused(tmp_path, name):
    (tmp_path / name).mkdir()
    refused(tmp_path / name, "is a folder")


def test_a_link_to_a_workbook_is_read(tmp_path):
    link = tmp_path / "linked.xlsx"
    link.symlink_to(EXAMPLE1)
    from reform_studio.workbook.reader import read_scheme
    assert read_scheme(link).base_year > 2000


@pytest.mark.parametrize("extra", [1, 4096, 2**20])
def test_a_regular_file_over_the_cap_is_refused_before_it_is_read(tmp_path, extra):
    path = tmp_path / "huge.xlsx"
    with open(path, "wb") as out:  # sparse: costs no disk
        out.truncate(safety.MAX_FILE_BYTES + extra)
    refused(path, "is larger than the 100 MB a workbook may be")


# --- the reusable reader -------------------------------------------------------------------

@pytest.mark.parametrize("size,limit", [(0, 10), (10, 10), (1000, 4096), (65536, 65536)])
def test_read_regular_file_returns_the_bytes_up_to_the_cap(tmp_path, size, limit):
    path = tmp_path / "reform.json"
    path.write_bytes(os.urandom(size))
    assert read_regular_file(path, limit, "reform file") == path.read_bytes()


@pytest.mark.parametrize("size,limit", [(11, 10), (4097, 4096), (2**20, 2**16)])
def test_read_regular_file_refuses_a_file_over_the_cap(tmp_path, size, limit):
    path = tmp_path / "reform.json"
    path.write_bytes(bytes(size))
    with pytest.raises(InputError, match="'reform.json' is larger than the .* a reform file"):
        read_regular_file(path, limit, "reform file")


def test_read_regular_file_caps_a_file_that_grows_after_its_status(tmp_path, monkeypatch):
    """The cap holds on the read itself, whatever size the status gave."""
    path = tmp_path / "grows.json"
    path.write_bytes(bytes(5000))
    real_stat = os.stat

    class Small:
        def __init__(self, status):
            self.st_mode, self.st_size = status.st_mode, 10

    monkeypatch.setattr(safety.os, "stat", lambda p: Small(real_stat(p)))
    with pytest.raises(InputError, match="is larger than"):
        read_regular_file(path, 1000, "reform file")


@posix_only
def test_read_regular_file_names_the_kind(tmp_path):
    with pytest.raises(InputError, match="save the reform file as a file"):
        read_regular_file(_fifo(tmp_path, "r.json"), 1000, "reform file")
    with pytest.raises(InputError, match="'missing.json' was not found"):
        read_regular_file(tmp_path / "missing.json", 1000, "reform file")


# --- the command line ------------------------------------------------------------------------

@posix_only
@pytest.mark.parametrize("kind", ["fifo", "/dev/zero"])
def test_the_command_line_refuses_a_special_file_with_exit_2(tmp_path, kind):
    path = _fifo(tmp_path, "scheme.xlsx") if kind == "fifo" else Path(kind)
    done = subprocess.run([sys.executable, "-m", "reform_studio", "run", str(path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr
    assert "not a regular file" in done.stderr and "Traceback" not in done.stderr


def read_scheme_quickly(path: Path) -> None:
    from reform_studio.workbook.reader import read_scheme
    start = time.perf_counter()
    try:
        read_scheme(path)
    finally:
        assert time.perf_counter() - start < 60
