"""Checks made on an input file before openpyxl touches it."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator

from reform_studio.engine.errors import InputError


@contextmanager
def open_checked(path: Path) -> Iterator[BinaryIO]:
    """The file opened for reading (never writing), or an InputError saying why it cannot be."""
    try:
        stream = open(path, "rb")
    except OSError as exc:
        raise InputError(f"'{path.name}' cannot be opened: {exc.strerror or exc}.",
                         source=path.name) from None
    with stream:
        yield stream
