"""The unpacked size as the target counts it (shared by the build's summary, the test and the benchmark)."""
from __future__ import annotations

import os
from pathlib import Path


def folder_size(folder: Path) -> int:
    """Bytes on disk of the folder's files, each file once (a hard link is one file) and
    symbolic links not followed: what unpacking the archive takes."""
    seen: set[tuple[int, int]] = set()
    total = 0
    for directory, _, files in os.walk(folder):
        for name in files:
            status = os.lstat(os.path.join(directory, name))
            if (status.st_dev, status.st_ino) not in seen:
                seen.add((status.st_dev, status.st_ino))
                total += status.st_size
    return total

