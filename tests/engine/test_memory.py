"""engine/memory.py: the allocator thresholds a batch sets once per process."""
from __future__ import annotations

import platform

from reform_studio.engine.memory import keep_freed_memory


def test_the_thresholds_are_set_on_glibc_and_left_alone_elsewhere():
    expected = platform.system() == "Linux" and platform.libc_ver()[0] == "glibc"
    assert keep_freed_memory() is expected
    assert keep_freed_memory() is expected  # once per process: the second call changes nothing
