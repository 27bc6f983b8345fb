"""The countries tests' marker: `slow` for the one test over every country (it still runs in CI)."""
from __future__ import annotations


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: builds every country's workbook (a few minutes); runs in CI")
