"""A plain scheme for the standards' hand computations: the first worked example with constant
economic rates, a short horizon and no floor or cap unless a test sets one."""
from __future__ import annotations

from dataclasses import replace

import pytest

from reform_studio.engine.scheme import Scheme, YearPath
from tests.engine.v2_schemes import with_branches

INFLATION, REAL_GROWTH = 0.03, 0.015


@pytest.fixture
def plain(example1_scheme) -> Scheme:
    """Accrual 1.5 %, wages revaluation over 10 years, pensionable age 62/60, no floor, cap or ceiling."""
    return replace(example1_scheme.with_horizon(20), accrual_rate=0.015, minimum_pension_to_avg_wage=None,
                   maximum_replacement_rate=None, inflation=YearPath.constant(INFLATION),
                   real_wage_growth=YearPath.constant(REAL_GROWTH))


@pytest.fixture
def branches(plain) -> Scheme:
    """`plain` with disability and survivors (future-service credit 0.5, qualifying periods 3 and 2)."""
    return with_branches(plain, dispersion=0.0, spread=0.0, ceiling=None, qualifying=0, grant=0.0)
