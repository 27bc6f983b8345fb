"""The samples' base year agrees with their own rules, so a projection starts where the
scheme already is instead of jumping to where the rules take it.

Two defects these guard against, both found in review: base-year pensioners below the
pensionable age counted again when the contributors of their age retire (Italy had 138 %
of its men aged 66 as contributors or pensioners), and a base-year pensioner stock and
pensions far from what the benefit formula awards (Kenya's expenditure rose 66 % in the
first projected year with no rule change). The yardstick is computed here from the
Scheme's fields, independently of the sample builder and of the engine.
"""
from __future__ import annotations

from statistics import NormalDist

import numpy as np
import pytest

from tests.samples.conftest import SAMPLES

FIRST_YEARS = 5            # projected years whose expenditure may not jump
MAX_YEARLY_MOVE = 0.25     # a maturing scheme grows fast, but not by a quarter a year
PENSION_TOLERANCE = 0.20   # base-year pension against the next cohort's award
COUNT_TOLERANCE = 0.25     # share of pensioners at R against the share retiring next
YOUNGEST_PENSIONERS = 5    # ages R .. R+4 are compared with the next award


def _rate(path, year: int) -> float:
    return float(path.at(np.array([year]))[0])


def next_award(scheme, sex: int) -> tuple[float, float]:
    """Spec 5, 11 and 12's award at 1 January t0+1 to the cohort aged R-1 in t0, from the
    Scheme alone: per member class `accrual × y_k (Sv + d) × RW_j`, capped at `maxrr × RW_j`,
    floored at `minpct × AW(t0+1)`. Returns (share of classes qualifying, their mean award)."""
    t0 = scheme.base_year
    age = scheme.pensionable_age_base[sex]
    wage_growth = [(1 + _rate(scheme.real_wage_growth, t)) * (1 + _rate(scheme.inflation, t)) - 1
                   for t in (t0, t0 + 1)]
    rates = {"wages": wage_growth, "prices": [_rate(scheme.inflation, t) for t in (t0, t0 + 1)],
             "none": [0.0, 0.0]}

    def index(rate: list[float], year: int) -> float:
        """WI or PI: 1 at t0, compounded back at the base-year rate (spec 3)."""
        return 1 + rate[1] if year == t0 + 1 else (1 + rate[0]) ** (year - t0)

    deciles = np.exp(scheme.wage_dispersion * np.array([NormalDist().inv_cdf((j - 0.5) / 10) for j in range(1, 11)]))
    z = deciles / deciles.mean()
    y = np.array([1 + scheme.service_spread * (2 * k - 6) / 5 for k in range(1, 6)])
    average = (scheme.contributors * scheme.wages).sum() / scheme.contributors.sum()
    ceiling = np.inf if scheme.contribution_ceiling_to_avg_wage is None else \
        scheme.contribution_ceiling_to_avg_wage * average
    n = scheme.reference_period_years
    reval = rates[scheme.revaluation]
    reference = np.mean([np.minimum(z * scheme.wages[sex, age - m], ceiling) * index(wage_growth, t0 + 1 - m)
                         * index(reval, t0 + 1) / index(reval, t0 + 1 - m) for m in range(1, n + 1)], axis=0)
    service = y * (scheme.service[sex, age - 1] + scheme.contribution_density)
    award = scheme.accrual_rate * service[:, None] * reference[None, :]
    if scheme.maximum_replacement_rate is not None:
        award = np.minimum(award, scheme.maximum_replacement_rate * reference[None, :])
    if scheme.minimum_pension_to_avg_wage is not None:
        award = np.maximum(award, scheme.minimum_pension_to_avg_wage * average * index(wage_growth, t0 + 1))
    qualifying = service >= scheme.minimum_service_years - 1e-9
    return float(qualifying.mean()), float(award[qualifying].mean())


@pytest.mark.parametrize("name", SAMPLES)
def test_no_base_year_age_holds_more_members_than_people(schemes, name):
    scheme = schemes[name]
    members = scheme.contributors + scheme.pensioners + scheme.disability.pensioners
    over = np.argwhere(members > scheme.population)
    assert over.size == 0, f"members above the population at (sex, age) {over.tolist()}"


@pytest.mark.parametrize("name", SAMPLES)
def test_nobody_draws_an_old_age_pension_below_the_pensionable_age(schemes, name):
    """The engine awards old-age pensions at the pensionable age only, so a base-year
    pensioner below it would be counted again when their age's contributors retire."""
    scheme = schemes[name]
    for sex, age in enumerate(scheme.pensionable_age_base):
        assert scheme.pensioners[sex, :age].sum() == 0


@pytest.mark.parametrize("name", SAMPLES)
def test_projected_members_never_exceed_the_population(runs, name):
    for label, projection in runs[name].items():
        table = projection.indicators
        members = table["contributors"] + table["old_age_pensioners"] + table["disability_pensioners"]
        assert (members <= table["population"]).all(), label


@pytest.mark.parametrize("name", SAMPLES)
def test_baseline_expenditure_moves_smoothly_at_first(runs, name):
    expenditure = runs[name]["Baseline"].indicators["expenditure"].to_numpy()
    moves = expenditure[1:FIRST_YEARS + 1] / expenditure[:FIRST_YEARS] - 1
    assert (np.abs(moves) <= MAX_YEARLY_MOVE).all(), moves.round(3).tolist()


@pytest.mark.parametrize("name", SAMPLES)
def test_base_year_pensions_are_what_the_formula_awards(schemes, name):
    scheme = schemes[name]
    for sex, age in enumerate(scheme.pensionable_age_base):
        award = next_award(scheme, sex)[1]
        youngest = scheme.pensions[sex, age:age + YOUNGEST_PENSIONERS]
        assert np.abs(youngest / award - 1).max() <= PENSION_TOLERANCE, (sex, award, youngest.tolist())


@pytest.mark.parametrize("name", SAMPLES)
def test_base_year_pensioners_at_the_pensionable_age_match_those_retiring_next(schemes, name):
    scheme = schemes[name]
    for sex, age in enumerate(scheme.pensionable_age_base):
        qualifying = next_award(scheme, sex)[0]
        retiring = scheme.contributors[sex, age - 1] / scheme.population[sex, age - 1] * qualifying
        retired = scheme.pensioners[sex, age] / scheme.population[sex, age]
        assert retired == pytest.approx(retiring, rel=COUNT_TOLERANCE), sex
