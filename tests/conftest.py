"""Fixtures shared by every test layer: where the spec's examples and the samples are."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT.parent / "shared" / "spec" / "examples"


def example_files(name: str) -> tuple[Path, list[Path], Path]:
    """Workbook, reform files and expected JSON of one of the spec's worked examples."""
    if not EXAMPLES.is_dir():
        pytest.skip(f"the spec's examples are not at {EXAMPLES}")
    return (EXAMPLES / f"{name}.xlsx", sorted(EXAMPLES.glob(f"{name}_r*.json")),
            EXAMPLES / f"{name}.expected.json")


@pytest.fixture(scope="session")
def example1_scheme():
    from reform_studio import load_scheme

    return load_scheme(example_files("example1")[0])


@pytest.fixture(scope="session")
def example2_scheme():
    from reform_studio import load_scheme

    return load_scheme(example_files("example2")[0])


@pytest.fixture(scope="session")
def example3_scheme():
    from reform_studio import load_scheme

    return load_scheme(example_files("example3")[0])


@pytest.fixture(scope="session")
def example4_scheme():
    from reform_studio import load_scheme

    return load_scheme(example_files("example4")[0])


def load_expected(path: Path) -> dict:
    return json.loads(path.read_text())
