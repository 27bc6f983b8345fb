"""Cohort-component projection of the population by sex and single age (spec 2).

Nothing here depends on a reform, so a batch of scenarios shares one population.
"""
from __future__ import annotations

import numpy as np

from reform_studio.engine.scheme import FERTILE_AGES, Scheme
from reform_studio.engine.sentences import QT_TRANSLATE_NOOP, Sentence


def mortality_rates(scheme: Scheme, years: np.ndarray) -> np.ndarray:
    """`q[t, s, x]`: geometric between anchor years, improving after the last anchor."""
    anchors = {scheme.base_year: scheme.qx, **dict(scheme.qx_by_year)}
    anchor_years = sorted(anchors)
    q = np.empty((len(years), 2, scheme.qx.shape[1]))
    last = anchor_years[-1]
    for k, year in enumerate(years):
        if year >= last:
            q[k] = np.minimum(1.0, anchors[last] * (1.0 - scheme.mortality_improvement) ** (year - last))
            continue
        b = next(y for y in anchor_years if y > year)
        a = max(y for y in anchor_years if y <= year)
        w = (year - a) / (b - a)
        qa, qb = anchors[a], anchors[b]
        with np.errstate(divide="ignore", invalid="ignore"):
            geometric = qa ** (1.0 - w) * qb ** w
        q[k] = np.where((qa == 0) | (qb == 0), qa * (1.0 - w) + qb * w, geometric)
    return q


def fertility_path(scheme: Scheme, years: np.ndarray) -> np.ndarray:
    """`TFR(t)`: the DemographyByYear path, else linear from `tfr` to `tfr_target`."""
    if scheme.tfr is not None:
        return scheme.tfr.at(years)
    share = np.minimum(1.0, (years - scheme.base_year) / (scheme.tfr_target_year - scheme.base_year))
    return scheme.tfr_start + (scheme.tfr_target - scheme.tfr_start) * share


def migration_profile(scheme: Scheme) -> np.ndarray:
    """`m[s, x]`: the Migration sheet normalised to sum 1 (zeros without one)."""
    if scheme.migration_profile is None:
        return np.zeros_like(scheme.population)
    total = scheme.migration_profile.sum()
    return scheme.migration_profile / total if total else np.zeros_like(scheme.population)


def project_population(scheme: Scheme, q: np.ndarray, years: np.ndarray) -> tuple[np.ndarray, list[str]]:
    """`P[t, s, x]` at 1 January of each year, and warnings where a count fell below zero.

    Survivors age one year; the open age 100 pools survivors of 99 and 100; net migrants
    join at age `x+1`; births come from the fertile women of the year, split by the sex
    ratio and thinned by half a year of infant mortality.
    """
    tfr = fertility_path(scheme, years)
    srb = scheme.sex_ratio_at_birth.at(years)
    migrants = scheme.net_migration.at(years)[:, None, None] * migration_profile(scheme)
    phi = np.asarray(scheme.asfr) / np.sum(scheme.asfr)
    fertile = slice(FERTILE_AGES.start, FERTILE_AGES.stop)
    population = np.empty((len(years), 2, scheme.population.shape[1]))
    population[0] = scheme.population
    negative_years = []
    for k in range(len(years) - 1):
        p, qk, mk = population[k], q[k], migrants[k]
        nxt = population[k + 1]
        nxt[:, 1:] = p[:, :-1] * (1.0 - qk[:, :-1]) + mk[:, :-1]
        nxt[:, -1] += p[:, -1] * (1.0 - qk[:, -1]) + mk[:, -1]
        births = tfr[k] * np.dot(phi, p[1, fertile])
        nxt[0, 0] = births * srb[k] / (1.0 + srb[k]) * (1.0 - qk[0, 0] / 2.0)
        nxt[1, 0] = births / (1.0 + srb[k]) * (1.0 - qk[1, 0] / 2.0)
        if (nxt < 0).any():
            negative_years.append(int(years[k + 1]))
            np.maximum(nxt, 0.0, out=nxt)
    warnings = []
    if negative_years:
        warnings.append(Sentence(
            QT_TRANSLATE_NOOP("engine", "Net emigration exceeded the population of some ages in {years}; those counts "
                                        "were set to 0."),
            years=_year_list(negative_years)))
    return population, warnings


def _year_list(years: list[int]) -> str | Sentence:
    listed = ", ".join(map(str, years[:5]))
    if len(years) <= 5:
        return listed
    return Sentence(QT_TRANSLATE_NOOP("engine", "{years} and {count} more years"), years=listed, count=len(years) - 5)
