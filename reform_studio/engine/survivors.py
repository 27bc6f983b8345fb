"""Survivors' pensions to spouses and orphans (spec 14) and the funeral grant (spec 15).

Both follow from the deaths of a year among contributors, old-age and disability
pensioners, so the deaths and the benefit each death carries are gathered first; spouses'
and orphans' pensions then join their own recurrences. Only pensions are shared out:
`D × Bs` is all an award needs, so a cohort's mean pension is never divided out.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from reform_studio.engine.benefits import SERVICE_SLACK, pensions_in_payment
from reform_studio.engine.insured import AGE, Insured
from reform_studio.engine.paths import ScenarioPaths
from reform_studio.engine.scheme import Survivors


@dataclass(frozen=True)
class Deaths:
    """Deaths during year t that leave survivors, and the benefit they leave `(n, T, 2, 101)`."""

    count: np.ndarray  # D
    benefit: np.ndarray  # Σ D × Bs


@dataclass(frozen=True)
class SurvivorPensions:
    """Spouses `(n, T, 2, 101)` and orphans `(n, T, age below the limit)` with their total pensions."""

    spouses: np.ndarray
    spouse_amount: np.ndarray
    orphans: np.ndarray
    orphan_amount: np.ndarray


def contributor_benefit(insured: Insured, paths: ScenarioPaths, wages: np.ndarray,
                        credit: float) -> np.ndarray:
    """`Bs = accrual × (Sv + fc × max(0, R - x)) × min(W, K)`: the pension a contributor who
    dies has earned, from cohort averages (no classes, cap or floor)."""
    years_left = np.maximum(0, np.moveaxis(paths.pensionable_age, 1, 2)[..., None] - AGE)  # (n, T, 2, 101)
    per_scenario = wages if wages.ndim == 4 else wages[None]  # (T, 2, 101), or (n, T, 2, 101) under varied rates
    capped = np.minimum(per_scenario, insured.ceiling[:, :, None, None])
    return earned_pension(paths.accrual_rate[:, :, None, None], insured.service, credit, years_left, capped)


def earned_pension(accrual, service, credit: float, years_left, capped_wage):
    """`accrual × (service + fc × years to the pensionable age) × capped wage`: what a member
    who dies has earned for his survivors (also the standards' breadwinner, engine/standards)."""
    return accrual * (service + credit * years_left) * capped_wage


def deaths(rules: Survivors, insured: Insured, paths: ScenarioPaths, q: np.ndarray, wages: np.ndarray,
           credit: float, old_age: tuple[np.ndarray, np.ndarray],
           disabled: tuple[np.ndarray, np.ndarray, np.ndarray] | None) -> Deaths:
    """Deaths of each year among members with a survivor's claim, and the benefit `Bs` they leave.

    `old_age` is (pensioners, their total pensions), `disabled` (pensioners, total pensions, qd).
    """
    served = insured.service >= rules.min_service_years - SERVICE_SLACK
    members = insured.contributors * q * served
    count = members + old_age[0] * q
    benefit = members * contributor_benefit(insured, paths, wages, credit) + old_age[1] * q
    if disabled is not None:
        count += disabled[0] * disabled[2]
        benefit += disabled[1] * disabled[2]
    return Deaths(count, benefit)


def _spouse_ages(difference: int) -> np.ndarray:
    """`[s, x, x']`: 1 where the widow(er) of a member of sex s who died at x is aged x' next January."""
    out = np.zeros((2, AGE.size, AGE.size))
    for s, sign in ((0, -1), (1, 1)):
        out[s, AGE, np.clip(AGE + 1 + sign * difference, 0, AGE.size - 1)] = 1.0
    return out


def _orphan_ages(rules: Survivors) -> np.ndarray:
    """`[s, x, a]`: 1 where orphans of a member of sex s who died at x are aged a next January."""
    limit = rules.orphan_age_limit
    out = np.zeros((2, AGE.size, limit))
    age = np.asarray(rules.orphan_age, int) + 1
    sex, x = np.nonzero(age < limit)
    out[sex, x, age[sex, x]] = 1.0
    return out


def survivor_pensions(rules: Survivors, q: np.ndarray, growth: np.ndarray, paths: ScenarioPaths,
                      died: Deaths) -> SurvivorPensions:
    """New spouses and orphans at 1 January `t` from the deaths of `t-1`, then in payment.

    Each new survivor's pension is the share of `Bs` indexed once, `share × Bs × (1 + iota(t))`;
    a share of 0 awards nobody. Spouses age with their own sex's mortality and pool at 100;
    orphans, of no sex, with the mean of both, and leave at the age limit.
    """
    n, T = growth.shape
    share = paths.survivor_share[:, 1:, None]
    indexed = growth[:, 1:, None]
    spouses = np.zeros((n, T, 2, AGE.size))
    spouse_amount = np.zeros_like(spouses)
    if (share > 0).any() and rules.married.any():
        ages = _spouse_ages(rules.spouse_age_difference)
        for s in (0, 1):
            heads = (died.count[:, :-1, s] * rules.married[s]) @ ages[s]
            money = (died.benefit[:, :-1, s] * rules.married[s]) @ ages[s]
            spouses[:, 1:, 1 - s] = np.where(share > 0, heads, 0.0)
            spouse_amount[:, 1:, 1 - s] = money * share * indexed
    spouses, spouse_amount = pensions_in_payment(
        np.asarray(rules.spouses, float), np.asarray(rules.spouses, float) * rules.spouse_pensions,
        1.0 - q, growth, spouses, spouse_amount, slice(0, AGE.size))
    orphans, orphan_amount = _orphans(rules, q, growth, died)
    return SurvivorPensions(spouses, spouse_amount, orphans, orphan_amount)


def _orphans(rules: Survivors, q: np.ndarray, growth: np.ndarray, died: Deaths) -> tuple[np.ndarray, np.ndarray]:
    """`NO[a+1, t+1] = NO[a, t](1 - (q_m + q_f)/2)` below the limit; new orphans join at their age."""
    n, T = growth.shape
    limit = rules.orphan_age_limit
    new = np.zeros((2, n, T, limit))
    if rules.orphan_share > 0 and rules.orphans.any():
        ages = _orphan_ages(rules)
        for s in (0, 1):
            new[0, :, 1:] += (died.count[:, :-1, s] * rules.orphans[s]) @ ages[s]
            new[1, :, 1:] += (died.benefit[:, :-1, s] * rules.orphans[s]) @ ages[s]
        new[1, :, 1:] *= rules.orphan_share * growth[:, 1:, None]
    survival = 1.0 - (q[:, 0, :limit] + q[:, 1, :limit]) / 2.0
    stock = np.zeros((2, n, T, limit))
    stock[0, :, 0] = rules.orphans_paid[:limit]
    stock[1, :, 0] = np.asarray(rules.orphans_paid[:limit]) * rules.orphan_pensions[:limit]
    for k in range(1, T):
        stock[:, :, k, 1:] = stock[:, :, k - 1, :-1] * survival[k - 1, :-1]
        stock[1, :, k] *= growth[:, k, None]
        stock[:, :, k] += new[:, :, k]
    return stock[0], stock[1]
