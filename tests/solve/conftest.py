"""The Kenya and Italy samples, and the spec's version-2 examples that the v2 levers act on
(the first example, whose baseline depletes in 2049, is in tests/conftest.py)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from reform_studio import load_scheme
from reform_studio.samples import sample_path
from tests.conftest import example_files


@pytest.fixture(scope="session")
def kenya():
    return load_scheme(sample_path("kenya"))


@pytest.fixture(scope="session")
def italy():
    return load_scheme(sample_path("italy"))


@pytest.fixture(scope="session")
def example3_scheme():
    """The spec's third example: disability and survivors' pensions (a survivor share of 50 %)."""
    return load_scheme(example_files("example3")[0])


@pytest.fixture(scope="session")
def example4_scheme():
    """The spec's fourth example: members who differ in earnings and service, a ceiling of
    2.3 × the average wage, a 20-year qualifying period and an old-age grant of 10 %."""
    return load_scheme(example_files("example4")[0])


@pytest.fixture(scope="session")
def example4_no_ceiling(example4_scheme):
    return replace(example4_scheme, contribution_ceiling_to_avg_wage=None)
