"""How the process keeps the memory a batch frees (glibc's allocator; elsewhere nothing changes).

A batch works through its scenarios chunk by chunk, and each chunk allocates and frees the
same few hundred MB of numpy temporaries. By default glibc hands freed blocks above a
threshold that adapts to the largest block seen back to the system and trims the heap when
its free top exceeds twice that; each chunk then starts on fresh pages the kernel must zero:
for 1,000 stochastic paths with every branch, 1.3 million page faults and 4 s of system time,
more than the arithmetic. Fixing the thresholds keeps blocks up to 32 MB (glibc's largest
allowed) in the heap and up to 256 MB of it for reuse.
"""
from __future__ import annotations

import ctypes
import functools

M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD = 32 * 2**20
TRIM_THRESHOLD = 256 * 2**20


@functools.cache
def keep_freed_memory() -> bool:
    """Set the thresholds once per process; False where the C library is not glibc."""
    try:  # the process's own symbols: no search for the library (find_library starts ldconfig)
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError, TypeError):
        return False
    return bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD))
