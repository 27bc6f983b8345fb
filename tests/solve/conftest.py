"""The Kenya and Italy samples, and Kenya with the version-2 features that the v2 levers act
on (the spec's first example, whose baseline depletes in 2049, is in tests/conftest.py)."""
from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from reform_studio import load_scheme
from reform_studio.samples import sample_path


@pytest.fixture(scope="session")
def kenya():
    return load_scheme(sample_path("kenya"))


@pytest.fixture(scope="session")
def italy():
    return load_scheme(sample_path("italy"))


@pytest.fixture(scope="session")
def kenya_v2(kenya):
    """Members who differ in earnings and service (so that a ceiling and a qualifying period
    bite on some and not others), a 15-year qualifying period with a 2 % grant, and spouses'
    pensions of half the deceased's for the 60 % who leave a spouse."""
    return replace(kenya, wage_dispersion=0.6, service_spread=0.6, minimum_service_years=15,
                   old_age_grant_rate=0.02, survivor_share=0.5,
                   survivors=replace(kenya.survivors, married=np.full((2, 101), 0.6)))
