"""A country's economy in the spec's terms: base-year GDP and EconomyByYear paths.

GDP: the World Bank's latest nominal GDP in local currency (WDI, to 2023) carried to the base
year with the IMF WEO's nominal GDP growth (its real growth and inflation where the WEO has no
nominal GDP, the long-run assumptions where it has neither; the WEO's own GDP where the WDI
figure is more than 5 years old: Venezuela's 2014 figure is in bolivares since redenominated
twice). A few territories have no GDP
in either source: they get the median GDP per head (US$) of their World Bank region times
their population, in US dollars, flagged on the Checklist sheet.

Paths: the WEO's inflation, real growth and unemployment for the base year to 2029, then a
straight line to the long-run assumptions, reached in `LONG_RUN_YEAR` and held. The spec's
GDP grows with employment and the real wage (spec 3), so the real wage grows by the WEO's
real GDP growth net of the projected employment growth. The nominal investment return is the
long-run real return (3 % by default) on top of each year's inflation.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from reform_studio.countries import data
from reform_studio.countries.groups import said as said_group
from reform_studio.i18n import translate
from reform_studio.i18n.numbers import written
from reform_studio.i18n.parameters import said

LONG_RUN_YEAR = 2035
LAST_WEO_YEAR = 2029
REAL_RETURN = 0.03
# (inflation, real wage growth, unemployment where the WEO has none), by World Bank income group
LONG_RUN = {"Low income": (0.04, 0.025, 0.05), "Lower middle income": (0.035, 0.02, 0.06),
            "Upper middle income": (0.03, 0.015, 0.07), "High income": (0.02, 0.01, 0.06),
            "": (0.03, 0.015, 0.06)}
STALE_YEARS = 5    # a WDI GDP older than this is not carried (Venezuela's 2014 is in old bolivares)
RATE_LIMIT = 0.9   # the workbook's bound on a yearly rate is 1; hyperinflation is capped below it


@dataclass(frozen=True)
class Economy:
    gdp: float
    currency: str
    gdp_note: str
    years: np.ndarray
    inflation: np.ndarray
    real_wage_growth: np.ndarray
    investment_return: np.ndarray
    unemployment: np.ndarray
    long_run: dict[str, float]
    sources: dict[str, str]        # which path comes from where, for the Notes column
    placeholder_gdp: bool


def long_run_rates(country: data.Country) -> dict[str, float]:
    inflation, real_wage, unemployment = LONG_RUN.get(country.income_group, LONG_RUN[""])
    weo = data.weo(country)
    if "LUR" in weo and weo["LUR"].notna().any():
        unemployment = float(weo["LUR"].dropna().iloc[-1]) / 100
    return {"inflation": inflation, "real_wage_growth": real_wage, "unemployment_rate": unemployment,
            "investment_return": (1 + inflation) * (1 + REAL_RETURN) - 1}


def _weo_path(weo, series: str, years: np.ndarray) -> np.ndarray:
    """Percent -> fraction for the base year .. 2029; NaN where the WEO has no value."""
    if series not in weo:
        return np.full(len(years), np.nan)
    return weo[series].reindex(years).to_numpy(dtype=float) / 100


def _converging(values: np.ndarray, years: np.ndarray, target: float) -> np.ndarray:
    """Published values, then a straight line from the last one to `target` in LONG_RUN_YEAR."""
    out = np.array(values, dtype=float)
    known = np.flatnonzero(~np.isnan(out))
    if known.size == 0:
        return np.full(len(years), target)
    last = known[-1]
    out[:known[0]] = out[known[0]]
    out[known[0]:last + 1] = np.interp(years[known[0]:last + 1], years[known], out[known])
    span = LONG_RUN_YEAR - years[last]
    share = np.clip((years[last:] - years[last]) / span, 0, 1) if span > 0 else np.ones(len(years) - last)
    out[last:] = out[last] + (target - out[last]) * share
    return np.clip(out, -0.45, RATE_LIMIT)


def base_gdp(country: data.Country, base_year: int, population: float) -> tuple[float, str, str, bool]:
    """(GDP in the base year, currency, how it was found, whether it is a placeholder)."""
    wdi = data.gdp(country)["gdp_lcu"].dropna()
    wdi = wdi[wdi.index <= base_year]
    weo = data.weo(country)
    weo_gdp = weo["NGDP"].dropna() if "NGDP" in weo else None
    stale = not wdi.empty and int(wdi.index[-1]) < base_year - STALE_YEARS
    if not wdi.empty and not (stale and weo_gdp is not None and base_year in weo_gdp.index):
        year, value = int(wdi.index[-1]), float(wdi.iloc[-1])
        factor, how = _carried(weo, country, year, base_year)
        if how:
            note = translate("economy", "World Bank WDI GDP {year} in current {currency} ({value}) carried to "
                                      "{base_year} with {how}").format(year=year, currency=country.currency,
                                                                       value=_significant(value), base_year=base_year,
                                                                       how=how)
        else:
            note = translate("economy", "World Bank WDI GDP {year} in current {currency} ({value})").format(
                year=year, currency=country.currency, value=_significant(value))
        return value * factor, country.currency, note, False
    if weo_gdp is not None and base_year in weo_gdp.index:
        why = translate("economy", "WDI's latest figure, {year}, is too old to carry: the currency may have "
                                 "changed").format(year=int(wdi.index[-1])) if stale \
            else translate("economy", "no WDI figure")
        return (float(weo_gdp[base_year]) * 1e9, country.currency,
                translate("economy", "IMF WEO April 2024 nominal GDP {year} ({why})").format(year=base_year, why=why),
                False)
    usd = _median_gdp_per_head(country.region)
    note = translate("economy", "PLACEHOLDER: neither the World Bank nor the IMF publishes GDP for this area; "
                              "population x the median GDP per head of {region} ({usd} US$), in US$. "
                              "Replace it").format(region=said_group(country.region), usd=said(usd, ",.0f"))
    return usd * population, "USD", note, True


@lru_cache(maxsize=None)
def _median_gdp_per_head(region: str) -> float:
    """US$ a head, the median of the region's latest WDI figures (10,000 where none has one):
    once a region, since a costing of a region meets its placeholders together."""
    per_head = []
    for peer in (peer for peer in data.countries() if peer.region == region):
        usd = data.gdp(peer)["gdp_usd"].dropna()
        if not usd.empty:
            per_head.append(float(usd.iloc[-1]) / data.population_groups(peer, data.POPULATION_YEARS[-1]).sum())
    return float(np.median(per_head)) if per_head else 10_000.0


def _significant(value: float) -> str:
    """Four significant digits ('1.881e+13'), with the language's decimal sign."""
    return written(f"{value:.4g}")


def _carried(weo, country: data.Country, year: int, base_year: int) -> tuple[float, str]:
    """Nominal growth factor from `year` to `base_year`, and its source."""
    if year == base_year:
        return 1.0, ""
    span = range(year + 1, base_year + 1)
    if "NGDP" in weo and all(y in weo["NGDP"].dropna().index for y in (year, base_year)):
        factor = float(weo.at[base_year, "NGDP"] / weo.at[year, "NGDP"])
        return factor, translate("economy", "the IMF WEO's nominal GDP growth")
    growth = weo.get("NGDP_RPCH")
    prices = weo.get("PCPIPCH")
    if growth is not None and prices is not None and all(y in growth.dropna().index and y in prices.dropna().index
                                                          for y in span):
        factor = float(np.prod([(1 + growth[y] / 100) * (1 + prices[y] / 100) for y in span]))
        return factor, translate("economy", "the IMF WEO's real growth and inflation")
    rates = long_run_rates(country)
    factor = ((1 + rates["inflation"]) * (1 + rates["real_wage_growth"] + 0.02)) ** len(span)
    return factor, translate("economy", "an assumed nominal growth (no IMF WEO figures)")


def build_economy(country: data.Country, base_year: int, employment: np.ndarray, population: float,
                  long_run: dict[str, float] | None = None) -> Economy:
    """`employment`: projected total employment from the base year on (at least to LONG_RUN_YEAR + 1);
    `long_run`: the rates the paths converge to (default: by income group, `long_run_rates`)."""
    years = np.arange(base_year, LONG_RUN_YEAR + 1)
    weo = data.weo(country)
    target = long_run or long_run_rates(country)
    inflation = _converging(_weo_path(weo, "PCPIPCH", years), years, target["inflation"])
    real_gdp = _weo_path(weo, "NGDP_RPCH", years)
    employment_growth = employment[1:len(years) + 1] / employment[:len(years)] - 1
    real_wage = (1 + real_gdp) / (1 + employment_growth) - 1
    real_wage = _converging(real_wage, years, target["real_wage_growth"])
    unemployment = np.clip(_converging(_weo_path(weo, "LUR", years), years, target["unemployment_rate"]), 0, 0.5)
    real_return = (1 + target["investment_return"]) / (1 + target["inflation"]) - 1
    investment = (1 + inflation) * (1 + real_return) - 1
    gdp, currency, note, placeholder = base_gdp(country, base_year, population)
    sources = {
        "inflation": _source(weo, "PCPIPCH", translate("economy", "IMF WEO April 2024 consumer-price inflation"),
                             target["inflation"]),
        "real_wage_growth": _source(weo, "NGDP_RPCH", translate("economy", "IMF WEO April 2024 real GDP growth less "
                                                                           "the projected growth of employment"),
                                    target["real_wage_growth"]),
        "unemployment_rate": _source(weo, "LUR", translate("economy", "IMF WEO April 2024 unemployment rate"),
                                     target["unemployment_rate"]),
        "investment_return": translate("economy", "assumption: a real return of {rate} on top of each year's "
                                                "inflation").format(rate=said(real_return, ".1%")),
    }
    return Economy(round(gdp, -3), currency, note, years, inflation, real_wage, investment, unemployment,
                   target, sources, placeholder)


def _source(weo, series: str, text: str, target: float) -> str:
    if series in weo and weo[series].notna().any():
        return translate("economy", "{source} to {last}; then a straight line to the long-run assumption {rate} in "
                                  "{year} (assumption)").format(source=text, last=int(weo[series].dropna().index.max()),
                                                                rate=said(target, ".1%"), year=LONG_RUN_YEAR)
    return translate("economy", "no IMF WEO series: the long-run assumption {rate} throughout (assumption)").format(
        rate=said(target, ".1%"))
