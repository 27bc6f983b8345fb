"""The bundle's tests build it once (a few minutes) and share it."""
from __future__ import annotations


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "slow: builds or runs something that takes minutes (still run by .ci/run)")
