"""The Kenya and Italy samples (the spec's first example, whose baseline depletes in 2049, is in
tests/conftest.py)."""
from __future__ import annotations

import pytest

from reform_studio import load_scheme
from reform_studio.samples import sample_path


@pytest.fixture(scope="session")
def kenya():
    return load_scheme(sample_path("kenya"))


@pytest.fixture(scope="session")
def italy():
    return load_scheme(sample_path("italy"))
