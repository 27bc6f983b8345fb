"""Plain sentences for what went wrong, for dialogs and the status bar.

A user who picked `Q:/pensions/comparison.xlsx` should read about that file and what to do,
never `[Errno 30] Read-only file system: '.comparison.b5502443.tmp.xlsx'` (the temporary
file an atomic write uses) nor a traceback. The raw error goes to the log.
"""
from __future__ import annotations

import errno
import logging
from pathlib import Path

from reform_studio.i18n import QT_TRANSLATE_NOOP, translate
from reform_studio.workbook.atomic import ExportError

log = logging.getLogger("reform_studio")

_RAW = ("[Errno", "Traceback", ".tmp")  # signs of text meant for a programmer
UNCHANGED = QT_TRANSLATE_NOOP("messages", "An existing file of that name was left unchanged.")


def _os_error(exc: BaseException | None) -> OSError | None:
    """The OSError behind `exc` (itself, or what an ExportError was raised from)."""
    seen = 0
    while exc is not None and seen < 5:
        if isinstance(exc, OSError):
            return exc
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return None


def write_failure(exc: BaseException, target: Path, unchanged: str | None = None) -> str:
    """Why `target` could not be written, and what to do, in plain sentences.

    Any `OSError` behind it (the write's, or one raised while cleaning up a temporary file)
    is explained by its error number; an `ExportError` of our own (a refused target) is
    already a sentence for the user, unless it carries raw system text.
    """
    log.warning("could not write %s: %r", target, exc)
    os_error = _os_error(exc)
    if os_error is None and isinstance(exc, ExportError) and not any(sign in str(exc) for sign in _RAW):
        return str(exc)
    if unchanged is None:
        unchanged = translate("messages", UNCHANGED)
    name, folder = Path(target).name, Path(target).parent
    where = translate("messages", "“{name}” could not be saved in {folder}").format(name=name, folder=folder)
    code = os_error.errno if os_error is not None else None
    if code == errno.EROFS:
        reason = translate("messages", "{where}: that drive is read-only. Choose another folder, for example your "
                                       "Documents folder.")
    elif code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        reason = translate("messages", "The disk is full: {where}. Free some space, or choose another drive, and try "
                                       "again.")
    elif code == errno.ENAMETOOLONG:
        reason = translate("messages", "{where}: the name is too long for that drive. Choose a shorter name or a "
                                       "shorter folder path.")
    elif code in (errno.ENOENT, errno.ENOTDIR):
        reason = translate("messages", "{where}: the folder no longer exists (a drive disconnected?). Choose an "
                                       "existing folder.")
    elif isinstance(os_error, PermissionError) or code in (errno.EACCES, errno.EPERM):
        reason = translate("messages", "{where}: the file is open in another program (close it there), or the "
                                       "folder is read-only for you (choose another one).")
    elif os_error is not None and os_error.strerror:
        reason = translate("messages", "{where} ({detail}). Try again, or choose another folder.")
    elif os_error is not None:
        reason = translate("messages", "{where}. Try again, or choose another folder.")
    else:
        reason = translate("messages", "{where}. Try again, or choose another folder; the details are in the log "
                                       "file.")
    detail = ((os_error.strerror or "").rstrip(".").lower()) if os_error is not None else ""
    return f"{reason.format(where=where, detail=detail)} {unchanged}".strip()

