"""A country's demography in the spec's terms, fitted so that the spec's projection reproduces
the UN's (WPP 2024 medium variant).

Time: WPP's populations are mid-year figures; the workbook treats them as 1 January of the
base year (shared/data/README.md), so the workbook's year t, 1 January t to 1 January t+1,
stands for WPP's mid-t to mid-(t+1). WPP's 5-year periods (mid-p to mid-(p+5)) are then
exactly the workbook's years p..p+4, and a calendar-year WPP series enters year t as the mean
of its years t and t+1.

What is fitted, and why (methodology.md, "A country from the UN data"):
- Population: WPP's 5-year groups graduated to single ages (PCHIP on cumulative counts).
- Mortality: a life table at each anchor year (base year, then every 5 years to 2095) from
  WPP's nmx interpolated log-linearly to the middle of the workbook year (lifetable.py).
- Migration: WPP's net migrants by sex and 5-year age of each period, graduated and spread
  over the period's years with the annual totals, ages read as ages at the end of the year
  (those aged 0 are born in the year and join the newborns). The spec has one profile for
  all years, so the profile and the net-migration path are fitted together (the best
  rank-one fit of the years' age-sex flows): an *effective* path, not WPP's official one.
- Fertility: WPP's age pattern of the base year as the Fertility sheet; TFR and sex ratio at
  birth are *effective* paths, year by year, such that the spec's newborns (births x (1 -
  q0/2), from the women at 1 January) equal WPP's: births from WPP's TFR and age pattern on
  the women exposed during the year, surviving to the year's end (L0), plus migrants aged 0.
"""
from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace

import numpy as np

from reform_studio.countries import data
from reform_studio.countries.graduation import graduate, graduate_profile, graduate_signed, round_preserving_groups
from reform_studio.countries.lifetable import infant_person_years, spec_qx
from reform_studio.engine.demography import mortality_rates
from reform_studio.engine.errors import InputError

LAST_YEAR = 2100                      # the end of WPP's projection
ANCHOR_STEP = 5
GROUP_STARTS = np.arange(0, 101, 5)   # 0-4, ..., 95-99, 100+
FERTILE_STARTS = np.arange(15, 50, 5)
FERTILE = slice(15, 50)
GROSS_CAP = 0.002
EMIGRATION_LIMIT = 0.5    # of an age's survivors in one year
EMIGRATION_ROUNDS = 6
POWER_ROUNDS = 10_000      # the rank-one fit converges in at most 36 for every country
POWER_TOLERANCE = 1e-14


@dataclass(frozen=True)
class Demography:
    """Everything the workbook's demographic sheets hold, plus the fitted projection."""

    population: np.ndarray          # (2, 101) whole persons at 1 January of the base year
    qx: np.ndarray                  # (2, 101) base year
    anchors: dict[int, np.ndarray]  # later anchor years -> (2, 101)
    improvement: float              # a year, after the last anchor (WPP's last decade's pace)
    asfr: np.ndarray                # (35,) ages 15..49, sums to 1
    years: np.ndarray               # base year .. 2099: the DemographyByYear rows
    tfr: np.ndarray                 # effective
    net_migration: np.ndarray       # effective, persons
    sex_ratio: np.ndarray           # effective
    profile: np.ndarray             # (2, 101), sums to 1000 (signed)
    wpp_tfr: np.ndarray             # WPP's own, for the labels and the checks
    wpp_net_migration: np.ndarray
    wpp_sex_ratio: np.ndarray
    projected: np.ndarray           # (years + 1, 2, 101): the spec's projection of these inputs


def _at(periods: np.ndarray, values: np.ndarray, time: float | np.ndarray, log: bool = False) -> np.ndarray:
    """Period values (centred at start + 2.5) interpolated to `time` (held beyond the ends);
    `time` may be an array of times, giving one leading axis more."""
    centres = periods + 2.5
    time = np.asarray(time, float)
    k = np.clip(np.searchsorted(centres, time) - 1, 0, len(centres) - 2)
    w = np.clip((time - centres[k]) / (centres[k + 1] - centres[k]), 0.0, 1.0)
    w = w.reshape(w.shape + (1,) * (values.ndim - 1))
    if log:
        return np.exp((1 - w) * np.log(values[k]) + w * np.log(values[k + 1]))
    return (1 - w) * values[k] + w * values[k + 1]


def single_population(groups: np.ndarray) -> np.ndarray:
    """Whole persons by single age 0..100, each 5-year group total kept exactly."""
    out = np.zeros((2, 101), dtype=np.int64)
    whole = np.round(groups)
    single = graduate(whole[:, :20], GROUP_STARTS[:20], 100)
    for s in range(2):
        out[s, :100] = round_preserving_groups(single[s], GROUP_STARTS[:20], whole[s, :20])
        out[s, 100] = int(whole[s, 20])
    return out


def _single_pattern(pasfr: np.ndarray) -> np.ndarray:
    """Percent by 5-year age of mother -> single ages 15..49 summing to 1 (..., 35)."""
    single = graduate_profile(pasfr, FERTILE_STARTS, 50)
    return single / single.sum(axis=-1, keepdims=True)


def _annual_migrants(country: data.Country, years: np.ndarray, totals: np.ndarray) -> np.ndarray:
    """Net migrants (year, 2, 101) by sex and age at the end of the year (100 = 100+).

    Each WPP period's flows by age, graduated, a fifth to each of its years; then each year's
    total moved to WPP's annual total of that workbook year (`totals`) by spreading the difference in
    proportion to the gross flows, so that an event inside a period (a return migration)
    keeps its year."""
    periods, flows = data.migration_by_age(country)
    single = np.zeros((len(periods), 2, 101))
    single[:, :, 100] = flows[:, :, 20] / 5.0
    single[:, :, :100] = graduate_signed(flows[:, :, :20] / 5.0, GROUP_STARTS[:20], 100)
    out = np.zeros((len(years), 2, 101))
    for k, year in enumerate(years):
        p = int(np.clip(year - (year - periods[0]) % 5, periods[0], periods[-1]))
        out[k] = single[list(periods).index(p)]
        gross = np.abs(out[k]).sum()
        if gross > 0:
            out[k] += (totals[k] - out[k].sum()) * np.abs(out[k]) / gross
    return out


def _rank_one(flows: np.ndarray) -> np.ndarray:
    """The age-sex shape (summing to 1) that, times one number a year, fits the years' flows
    (year, 2, ages) best in least squares: the spec's one profile for all years.

    That shape is the leading right singular vector, found by power iteration on the years'
    small Gram matrix with einsum (numpy's own loops): the SVD's vector to 1e-14 in at most
    a few dozen rounds for every country, without LAPACK, whose threads cost 0.1-0.5 s a
    country on a loaded two-core machine for a 75 x 202 matrix."""
    matrix = flows.reshape(len(flows), -1)
    shape = np.zeros(matrix.shape[1])
    if np.any(matrix):
        gram = np.einsum("ij,kj->ik", matrix, matrix)
        vector = gram[:, np.argmax(np.einsum("ii->i", gram))].copy()
        for _ in range(POWER_ROUNDS):
            previous, vector = vector, np.einsum("ij,j->i", gram, vector)
            vector /= np.sqrt(np.einsum("i,i->", vector, vector))
            if np.abs(vector - previous).max() < POWER_TOLERANCE:
                break
        shape = np.einsum("ij,i->j", matrix, vector)
    total = shape.sum()
    if abs(total) <= 1e-6 * np.abs(shape).sum():    # no net flow to scale to: spread evenly
        shape, total = np.ones_like(shape), float(len(shape))
    return (shape / total).reshape(flows.shape[1:])


def build_demography(country: data.Country, base_year: int) -> Demography:
    if base_year not in data.POPULATION_YEARS:
        raise InputError(f"Base year {base_year} is outside the shipped data: WPP 2024 population is shipped for "
                         f"{' and '.join(map(str, data.POPULATION_YEARS))} only; choose one of them.")
    population = single_population(data.population_groups(country, base_year))
    series = data.annual(country)
    years = np.arange(base_year, LAST_YEAR)
    rows = series.index.get_indexer(np.append(years, LAST_YEAR))

    def mid(column: str) -> np.ndarray:
        """A calendar-year series in the workbook's years (mid-year to mid-year)."""
        values = series[column].to_numpy()[rows]
        return 0.5 * (values[:-1] + values[1:])

    rate_periods, rates = data.death_rates(country)
    anchor_years = list(range(base_year, LAST_YEAR - ANCHOR_STEP + 1, ANCHOR_STEP))
    tables = spec_qx(_at(rate_periods, rates, np.array(anchor_years) + 1.0, log=True))
    anchors = dict(zip(anchor_years, tables))
    last = rates[-1] / rates[-2]            # WPP's last two periods: the pace carried beyond 2095
    improvement = float(np.clip(1 - np.exp(np.log(np.median(last)) / 5), 0.0, 0.02))

    fert_periods, pasfr = data.fertility_pattern(country)
    asfr = _single_pattern(_at(fert_periods, pasfr, base_year + 0.5))
    flows = _annual_migrants(country, years, mid("net_migration"))
    profile = np.zeros((2, 101))
    profile[:, :100] = _rank_one(flows[:, :, 1:])   # migrants aged x+1 at the end of the year are M[x]
    engine_like = SimpleNamespace(base_year=base_year, qx=anchors[base_year],
                                  qx_by_year={y: q for y, q in anchors.items() if y != base_year},
                                  mortality_improvement=np.full((2, 101), improvement))
    q = mortality_rates(engine_like, years)
    births = _Births(asfr, _at(fert_periods, _single_pattern(pasfr), years + 1.0), mid("tfr"), mid("srb"),
                     flows[:, :, 0], infant_person_years(_at(rate_periods, rates[:, :, 0], years + 1.0, log=True)))
    exact = np.zeros_like(flows)
    exact[:, :, :100] = flows[:, :, 1:]
    ideal, _, _, _ = _project(population, q, years, births, lambda k, survivors: exact[k])
    shape = np.roll(profile, 1, axis=1)         # M[x] joins at x + 1
    least_squares = exact.reshape(len(years), -1) @ shape.ravel() / (shape ** 2).sum()
    path = np.zeros(len(years))

    def fitted(k: int, survivors: np.ndarray) -> np.ndarray:
        """The one profile, scaled so that the population aged 1 and over is the one WPP's own
        flows by age give, but moving no further from the year's least-squares fit than gross
        flows of `GROSS_CAP` of the population: where immigrants and emigrants nearly cancel
        (the Gulf states), a profile's net is small against its gross flows and matching the
        total alone would move whole age groups."""
        wanted = ideal[k + 1, :, 1:].sum() - survivors[:, 1:].sum()
        room = GROSS_CAP * ideal[k + 1].sum() / np.abs(profile).sum()
        path[k] = float(np.clip(wanted, least_squares[k] - room, least_squares[k] + room))
        return path[k] * shape

    for _ in range(EMIGRATION_ROUNDS):
        projected, tfr, srb, taken = _project(population, q, years, births, fitted)
        if taken.max() <= EMIGRATION_LIMIT:
            break
        # the one profile would take more than an age has: take less there, the others make up the total
        profile[:, :100] *= np.minimum(1.0, EMIGRATION_LIMIT / np.maximum(taken[:, 1:], 1e-12))
        profile /= profile.sum()
        shape[:] = np.roll(profile, 1, axis=1)
        least_squares[:] = exact.reshape(len(years), -1) @ shape.ravel() / (shape ** 2).sum()
    return Demography(population, anchors[base_year], {y: t for y, t in anchors.items() if y != base_year},
                      improvement, asfr, years, tfr, path, srb, profile * 1000.0, births.tfr, mid("net_migration"),
                      births.srb, projected)


@dataclass(frozen=True)
class _Births:
    """WPP's newborns of each workbook year: births from WPP's TFR and age pattern on the women
    exposed during the year, surviving to its end (L0), plus the migrants aged 0."""

    asfr: np.ndarray
    patterns: np.ndarray    # (years, 35): each year's pattern by single age (periods graduated, then interpolated)
    tfr: np.ndarray
    srb: np.ndarray
    migrants: np.ndarray
    l0: np.ndarray

    def newborns(self, k: int, start: np.ndarray, end: np.ndarray) -> np.ndarray:
        births = self.tfr[k] * float(self.patterns[k] @ (0.5 * (start[1, FERTILE] + end[1, FERTILE])))
        boys = births * self.srb[k] / (1 + self.srb[k])
        return np.maximum(np.array([boys, births - boys]) * self.l0[k] + self.migrants[k], 0.0)


def _project(population, q, years, births: _Births, migrants):
    """The spec's recurrence (spec 2) with `migrants(k, survivors)` by age at 1 January
    (ages 1..100 filled), choosing each year's effective TFR and sex ratio so that the
    newborns are WPP's. Returns (P, TFR, SRB, the largest share of an age's survivors that
    emigration took in any year)."""
    out = np.zeros((len(years) + 1, 2, 101))
    out[0] = population
    tfr, srb = np.zeros(len(years)), np.zeros(len(years))
    taken = np.zeros((2, 101))
    for k in range(len(years)):
        p, nxt = out[k], out[k + 1]
        nxt[:, 1:] = p[:, :-1] * (1 - q[k, :, :-1])
        nxt[:, -1] += p[:, -1] * (1 - q[k, :, -1])
        moved = migrants(k, nxt)
        leaving = np.maximum(-moved, 0.0)
        np.maximum(taken, np.divide(leaving, nxt, out=np.where(leaving > 0, np.inf, 0.0), where=nxt > 0), out=taken)
        nxt += moved
        np.maximum(nxt, 0.0, out=nxt)
        spec_births = births.newborns(k, p, nxt) / (1 - q[k, :, 0] / 2)
        women = float(births.asfr @ p[1, FERTILE])
        tfr[k] = spec_births.sum() / women if women > 0 else 0.0
        srb[k] = spec_births[0] / spec_births[1] if spec_births[1] > 0 else births.srb[k]
        nxt[:, 0] = spec_births.sum() * np.array([srb[k], 1.0]) / (1 + srb[k]) * (1 - q[k, :, 0] / 2)
    return out, tfr, srb, taken
