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
import stat
from pathlib import Path
from typing import Callable

from reform_studio.i18n import translate


class ExportError(Exception):
    """An export that could not be written; the message is one sentence for the user.

    Kept apart from `InputError` (which is about what was read): the inputs were fine, the
    output could not be placed where asked.
    """


MAX_SHOWN = 120  # characters of a path in a message; a name over the limit can be 4,000


def check_target(path: Path, source_path: Path | None = None) -> Path:
    """The file to write, as an absolute path; refuse what must not be replaced.

    Refused: a missing folder, a folder, a device or other special file (replacing
    `/dev/null` with a regular file would break the system), a name longer than the file
    system allows, and the source workbook. A symbolic link is written through: the file it
    points to is replaced and the link kept, as editors do, so a link to a shared report
    stays a link.
    """
    given = Path(path).expanduser()
    try:
        return _check_target(given, source_path)
    except OSError as exc:
        raise ExportError(_explain(exc, given)) from None


def _check_target(given: Path, source_path: Path | None) -> Path:
    folder = Path(os.path.realpath(given.parent))
    if not folder.is_dir():
        if os.path.lexists(folder):
            raise ExportError(translate("atomic", "{folder} is a file, not a folder; choose a folder for {name}.").format(
                folder=shown(folder), name=shown(given.name)))
        raise ExportError(translate("atomic", "The folder {folder} does not exist; choose an existing folder for "
                                              "{name}.").format(folder=shown(folder), name=shown(given.name)))
    target = folder / given.name
    if target.is_symlink():  # write through the link: the file it points to is replaced
        target = Path(os.path.realpath(target))
        if not target.parent.is_dir():
            raise ExportError(translate("atomic", "{link} is a link to {target}, whose folder does not exist; choose "
                                                  "another file name.").format(link=shown(given), target=shown(target)))
    _check_name_length(target)
    if target.is_dir():
        raise ExportError(translate("atomic", "{path} is a folder; give a file name to export to.").format(
            path=shown(target)))
    if os.path.lexists(target) and not stat.S_ISREG(os.stat(target).st_mode):
        raise ExportError(translate("atomic", "{path} is a device or other special file, not a regular file; it is "
                                              "never replaced: choose a file name.").format(path=shown(target)))
    if source_path is not None and same_file(target, Path(source_path)):
        raise ExportError(translate("atomic", "Refusing to export over the source workbook {name}; choose another "
                                              "file name.").format(name=shown(Path(source_path).name)))
    return target


def _name_max(folder: Path) -> int:
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (AttributeError, ValueError, OSError):  # Windows has no pathconf: NTFS allows 255
        return 255


def _existing_folder(path: Path) -> Path:
    """The nearest folder above `path` that can be asked about its limits."""
    for folder in Path(os.path.abspath(path)).parents:
        try:
            if folder.is_dir():
                return folder
        except OSError:
            continue
    return Path(os.path.abspath(os.sep))


def _check_name_length(target: Path) -> None:
    limit = _name_max(target.parent)
    if len(os.fsencode(target.name)) > limit:
        raise OSError(errno.ENAMETOOLONG, os.strerror(errno.ENAMETOOLONG), str(target))


def shown(path: Path | str) -> str:
    """A path for a message: printable anywhere, the middle cut out of a very long one."""
    text = str(path).encode("utf-8", "backslashreplace").decode("utf-8")
    text = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text)
    return text if len(text) <= MAX_SHOWN else f"{text[:60]}…{text[-50:]}"


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name the same file (through links, case-folding file systems)."""
    try:
        if os.path.realpath(a) == os.path.realpath(b):
            return True
        return os.path.exists(a) and os.path.exists(b) and os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def write_atomically(path: Path, write: Callable[[Path], None], source_path: Path | None = None) -> Path:
    """Call `write(temp_path)`, then move the finished file over `path`; return the final path.

    On any failure the temporary file is removed (as far as the file system lets it), an
    existing `path` is left as it was, and an `OSError` becomes an `ExportError` that tells
    the user what to do. A symbolic link is written through (see `check_target`).
    """
    target = check_target(path, source_path)
    temp = _temp_name(target)
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


def _temp_name(target: Path) -> Path:
    """A hidden sibling of `target`, its stem shortened where the name would pass the limit."""
    stem, tail = target.stem, f".{secrets.token_hex(4)}.tmp{target.suffix}"
    limit = _name_max(target.parent)
    while stem and len(os.fsencode(f".{stem}{tail}")) > limit:
        stem = stem[:-1]
    return target.with_name(f".{stem}{tail}")


def _remove(temp: Path) -> None:
    """Remove a temporary file; a failure here (a drive gone read-only) must not hide the
    error that brought us here."""
    try:
        temp.unlink()
    except OSError:
        pass


def _explain(exc: OSError, target: Path) -> str:
    path = shown(target)
    if exc.errno == errno.ENAMETOOLONG:
        return translate("atomic", "The name or path {path} is longer than the file system allows (a name may have "
                                   "{limit} bytes); choose a shorter name.").format(
            path=path, limit=_name_max(_existing_folder(target)))
    if exc.errno == errno.EROFS:
        return translate("atomic", "Cannot write {path}: the drive is read-only; choose a folder on another drive. "
                                   "The existing file, if any, was left unchanged.").format(path=path)
    if isinstance(exc, PermissionError):
        return translate("atomic", "Cannot write {path}: it is open in another program (close it there) or the "
                                   "folder is read-only. The existing file, if any, was left unchanged.").format(path=path)
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return translate("atomic", "The disk is full: {path} was not written. Free some space and try again.").format(
            path=path)
    if exc.errno == errno.ELOOP:
        return translate("atomic", "{path} is a symbolic link that leads round in a loop; choose another file "
                                   "name.").format(path=path)
    return translate("atomic", "Could not write {path}: {reason}. The existing file, if any, was left "
                               "unchanged.").format(path=path, reason=exc.strerror or str(exc))
