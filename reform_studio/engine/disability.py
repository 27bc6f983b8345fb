"""Disability pensions: awards to contributors who become disabled, and pensions in payment
(spec 13).

Contributors are not reduced by disablement (participation rates already leave the disabled
out), so the branch reads the insured population and adds its own pensioners. Pensions are
paid for life at a mortality `mf` times the population's, without conversion at the
pensionable age.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from reform_studio.engine.benefits import class_awards, pensions_in_payment
from reform_studio.engine.classes import Cells, ClassReferenceWages, MemberClasses
from reform_studio.engine.insured import AGE, Insured
from reform_studio.engine.paths import ScenarioPaths
from reform_studio.engine.scheme import Disability


@dataclass(frozen=True)
class DisabilityPensions:
    """Disability pensioners and their total pensions `(n, T, 2, 101)`; new ones by year `(n, T)`."""

    count: np.ndarray
    amount: np.ndarray
    new: np.ndarray
    mortality: np.ndarray  # qd = min(1, mf·q), (T, 2, 101)


def disability_mortality(rules: Disability, q: np.ndarray) -> np.ndarray:
    return np.minimum(1.0, rules.mortality_factor * q)


def disability_pensions(rules: Disability, q: np.ndarray, growth: np.ndarray, insured: Insured,
                        paths: ScenarioPaths, classes: MemberClasses,
                        reference: ClassReferenceWages) -> DisabilityPensions:
    """Awards at 1 January `t` to the cohorts aged `y` at `t-1` that are not retired in `t`.

    `ND_new = C[y, t-1]·inc[y]·(1 - q)` join at age `y+1` with the mean award of their
    qualifying classes: accrual × (service + `fc` × the years left to the pensionable age)
    × the reference wage over `min(N, max(1, y - 14))` years, capped and floored as old-age
    awards are.
    """
    shape = insured.contributors.shape
    incidence = np.zeros((2, AGE.size))
    incidence[:, 1:] = rules.incidence[:, :-1]  # by age at 1 January of the award year
    heads = insured.survivors * incidence
    heads *= AGE < insured.retire_at[..., None]
    n, t, s, x = np.nonzero(heads)
    y = x - 1
    period = np.minimum(paths.reference_period[n, t], np.maximum(1, y - 14))
    cells = Cells(n, t, s, x, period, paths.revaluation[n, t])
    credit = rules.future_service_credit * np.maximum(0, paths.pensionable_age[n, s, t] - y - 1)
    got = class_awards(classes, heads[n, t, s, x], insured.at_award[n, t, s, x], credit.astype(float),
                       reference.at(cells), paths.accrual_rate[n, t], paths.maximum_replacement_rate[n, t],
                       paths.minimum_pension_to_avg_wage[n, t] * insured.average_wage[n, t],
                       np.full(len(n), float(rules.min_service_years)), None)
    new_count = np.zeros(shape)
    new_amount = np.zeros(shape)
    new_count[n, t, s, x] = got.count
    new_amount[n, t, s, x] = got.amount
    qd = disability_mortality(rules, q)
    count, amount = pensions_in_payment(np.asarray(rules.pensioners, float),
                                        np.asarray(rules.pensioners, float) * rules.pensions,
                                        1.0 - qd, growth, new_count, new_amount, slice(0, AGE.size))
    return DisabilityPensions(count, amount, new_count.sum(axis=(2, 3)), qd)
