"""Old-age awards, the qualifying period and the old-age grant (spec 5 and 12).

Awards touch few cohorts: normally one per sex and year, the one reaching the pensionable
age. They are gathered into a flat list of cells, worked out class by class there, and
scattered back into the award-age band that the pensions-in-payment recurrence takes.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from reform_studio.engine.benefits import class_awards
from reform_studio.engine.classes import Cells, ClassReferenceWages, MemberClasses
from reform_studio.engine.insured import AGE, Insured
from reform_studio.engine.paths import ScenarioPaths

# Awards fall between the pensionable ages now and a year ago, which are 40..80 (spec 9).
# A fixed band keeps every sum the same length, so a batch is bit-identical to single runs.
AWARD_AGES = slice(40, 81)


@dataclass(frozen=True)
class OldAgeAwards:
    """New old-age pensions at the award-age band `(n, T, 2, 41)`, and yearly totals `(n, T)`."""

    count: np.ndarray  # qualifying new pensioners
    amount: np.ndarray  # their total annual pensions
    awarded: np.ndarray  # every member reaching the pensionable age, qualifying or not
    grants: np.ndarray  # LSG: old-age grants paid in the year


def old_age_awards(insured: Insured, paths: ScenarioPaths, classes: MemberClasses,
                   reference: ClassReferenceWages) -> OldAgeAwards:
    """Spec 12 for every cohort that retires in a year and was not retired the year before."""
    ages = AWARD_AGES
    band = AGE[ages]
    previous, now = insured.retire_at[:, :-1, :, None], insured.retire_at[:, 1:, :, None]
    entrants = np.zeros(insured.contributors.shape[:3] + (band.size,))
    entrants[:, 1:] = np.where((band >= now) & (band <= previous), insured.survivors[:, 1:, :, ages], 0.0)
    n, t, s, a = np.nonzero(entrants)
    age = a + ages.start
    cells = Cells(n, t, s, age, paths.reference_period[n, t], paths.revaluation[n, t])
    got = class_awards(classes, entrants[n, t, s, a], insured.at_award[n, t, s, age], np.zeros(len(n)),
                       reference.at(cells), paths.accrual_rate[n, t], paths.maximum_replacement_rate[n, t],
                       paths.minimum_pension_to_avg_wage[n, t] * insured.average_wage[n, t],
                       paths.minimum_service_years[n, t].astype(float), paths.old_age_grant_rate[n, t])
    count = np.zeros_like(entrants)
    amount = np.zeros_like(entrants)
    count[n, t, s, a] = got.count
    amount[n, t, s, a] = got.amount
    grants = np.zeros(entrants.shape[:2])
    np.add.at(grants, (n, t), got.grants)
    return OldAgeAwards(count, amount, entrants.sum(axis=(2, 3)), grants)
