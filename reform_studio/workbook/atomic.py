"""Write a file completely or not at all, and say in one sentence why it could not be written.

A ministry keeps the previous export on a shared drive; a crash, a full disk or the file
being open in Excel must never leave it half-written. So every export is written to a
temporary file in the target folder and moved over the target only once complete
(`os.replace` is atomic within one folder).
"""
from __future__ import annotations

import errno
import os
import secrets
from pathlib import Path
from typing import Callable


class ExportError(Exception):
    """An export that could not be written; the message is one sentence for the user.

    Kept apart from `InputError` (which is about what was read): the inputs were fine, the
    output could not be placed where asked.
    """


def check_target(path: Path, source_path: Path | None = None) -> Path:
    """The target as an absolute path; refuse the source workbook, a folder, a missing folder."""
    target = Path(path).expanduser()
    folder = target.parent.resolve()
    if not folder.is_dir():
        raise ExportError(f"The folder {folder} does not exist; choose an existing folder for {target.name}.")
    target = folder / target.name
    if target.is_dir():
        raise ExportError(f"{target} is a folder; give a file name to export to.")
    if source_path is not None and _same_file(target, Path(source_path)):
        raise ExportError(f"Refusing to export over the source workbook {Path(source_path).name}; "
                          "choose another file name.")
    return target


def _same_file(a: Path, b: Path) -> bool:
    if a.resolve() == b.resolve():
        return True
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def write_atomically(path: Path, write: Callable[[Path], None], source_path: Path | None = None) -> Path:
    """Call `write(temp_path)`, then move the finished file over `path`; return the final path.

    On any failure the temporary file is removed, an existing `path` is left as it was, and
    an `OSError` becomes an `ExportError` that tells the user what to do.
    """
    target = check_target(path, source_path)
    temp = target.with_name(f".{target.stem}.{secrets.token_hex(4)}.tmp{target.suffix}")
    try:
        # O_EXCL: never clobber someone else's file; mode 0o666 lets the umask decide, as for
        # any document the user saves (tempfile.mkstemp would make it private to the user).
        os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        write(temp)
        os.replace(temp, target)
    except OSError as exc:
        _remove(temp)
        raise ExportError(_explain(exc, target)) from exc
    except BaseException:
        _remove(temp)
        raise
    return target


def _remove(temp: Path) -> None:
    try:
        temp.unlink()
    except FileNotFoundError:
        pass


def _explain(exc: OSError, target: Path) -> str:
    if isinstance(exc, PermissionError):
        return (f"Cannot write {target}: it is open in another program (close it there) or the folder "
                "is read-only. The existing file, if any, was left unchanged.")
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return f"The disk is full: {target} was not written. Free some space and try again."
    reason = exc.strerror or str(exc)
    return f"Could not write {target}: {reason}. The existing file, if any, was left unchanged."
