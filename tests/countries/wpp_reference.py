"""What WPP 2024 projects, to hold the builder's workbooks against.

Totals: WPP's own medium-variant projection, `wpp_population_totals.tsv` (thousands, from the
R package wpp2024, github.com/PPgp/wpp2024 commit b27df7a, data-raw/popprojMed.txt; its year
Y is the end of year Y, so the mid-year figure of Y, the builder's 1 January, is the mean of
Y-1 and Y). The package does not publish its projection by age as text, so the 65+ reference
is WPP's projection re-run from its published inputs by the classic 5-year cohort-component
method (Preston, Heuveline and Guillot 2001, ch. 6): independent of the builder's single-age
fitting, and checked against WPP's totals in the tests.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from reform_studio.countries import data

TOTALS = Path(__file__).with_name("wpp_population_totals.tsv")
WIDTHS = np.array([1, 4] + [5] * 19, float)   # 0, 1-4, 5-9, .., 95-99 (100+ open)


def wpp_totals() -> pd.DataFrame:
    """WPP's projected population (persons) at mid-year, rows by M49 code, columns 2025..2100."""
    raw = pd.read_csv(TOTALS, sep="\t").set_index("country_code").drop(columns="country")
    raw.columns = raw.columns.astype(int)
    mid = (raw.loc[:, 2024:2099].to_numpy() + raw.loc[:, 2025:2100].to_numpy()) / 2 * 1000
    return pd.DataFrame(mid, index=raw.index, columns=range(2025, 2101))


def _abridged_person_years(nmx: np.ndarray) -> np.ndarray:
    """nLx (sex, 22) for 0, 1-4, 5-9, .., 95-99 and T100 of 100+, radix 1, a = n/2 beyond age 5."""
    out = np.empty_like(nmx)
    for s, male in enumerate((True, False)):
        m = nmx[s]
        a = WIDTHS / 2
        a[0] = (0.045 + 2.684 * m[0] if male else 0.053 + 2.800 * m[0]) if m[0] < 0.107 else (0.33 if male else 0.35)
        a[1] = (1.651 - 2.816 * m[0] if male else 1.522 - 1.518 * m[0]) if m[0] < 0.107 else (1.352 if male else 1.361)
        q = np.minimum(WIDTHS * m[:-1] / (1 + (WIDTHS - a) * m[:-1]), 1.0)
        l = np.concatenate([[1.0], np.cumprod(1 - q)])
        out[s, :-1] = WIDTHS * l[1:] + a * (l[:-1] - l[1:])
        out[s, -1] = l[-1] / m[-1]
    return out


def projected(country: data.Country, years=(2050, 2075)) -> dict[int, tuple[float, float]]:
    """{year: (total, aged 65+)} of the 5-year re-run from the 2025 population."""
    population = data.population_groups(country, 2025)
    periods, rates = data.death_rates(country)
    fert_periods, pasfr = data.fertility_pattern(country)
    mig_periods, migrants = data.migration_by_age(country)
    series = data.annual(country)
    out = {}
    for start in range(2025, max(years), 5):
        big_l = _abridged_person_years(rates[list(periods).index(start)])
        five = np.concatenate([big_l[:, :1] + big_l[:, 1:2], big_l[:, 2:-1], big_l[:, -1:]], axis=1)  # 0-4..95-99, 100+
        survival = np.empty((2, 21))
        survival[:, :19] = five[:, 1:20] / five[:, :19]
        old = five[:, 19] + five[:, 20]
        survival[:, 19] = survival[:, 20] = np.divide(five[:, 20], old, out=np.zeros(2), where=old > 0)
        nxt = np.zeros_like(population)
        nxt[:, 1:] = population[:, :-1] * survival[:, :-1]
        nxt[:, 20] += population[:, 20] * survival[:, 20]
        weights = np.array([0.5, 1, 1, 1, 1, 0.5])
        window = series.loc[start:start + 5]
        tfr = float((window["tfr"].to_numpy() * weights).sum() / 5)
        srb = float((window["srb"].to_numpy() * weights).sum() / 5)
        asfr = tfr * pasfr[list(fert_periods).index(start)] / 100 / 5
        nxt += migrants[list(mig_periods).index(start)]
        women = 0.5 * (population[1, 3:10] + np.maximum(nxt[1, 3:10], 0))
        births = 5 * float(asfr @ women)
        boys = births * srb / (1 + srb)
        nxt[:, 0] = np.array([boys, births - boys]) * five[:, 0] / 5 + migrants[list(mig_periods).index(start)][:, 0]
        population = np.maximum(nxt, 0)
        if start + 5 in years:
            out[start + 5] = (float(population.sum()), float(population[:, 13:].sum()))
    return out
