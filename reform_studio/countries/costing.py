"""The cost of a universal (or pension-tested) basic pension across countries: the ILO's
"can low-income countries afford a basic pension?" table, from the shipped data alone.

Each country's population and GDP are those of the workbook `builder` writes for it, as
the engine projects them (costing_inputs.py), so one country's costing equals the basic-pension lever of that country's workbook (tests/costing). The
arithmetic is `engine.costing`, vectorised over countries; this module gathers the inputs:

- the benefit: a share of GDP per head, or an amount in international (PPP) dollars a day at
  the prices of the latest WDI PPP factor's year, carried to the base year with the WEO's
  consumer-price inflation and indexed to the workbook's prices after it;
- pension-tested: those drawing a contributory pension are not eligible. No shipped data set
  says how many of the old draw one, so the count is the engine's projection of the built
  workbook's illustrative scheme (`--scheme illustrative`: its pensioners and awards are
  labelled defaults to replace), exactly as that workbook's pension-tested lever counts them;
- government expenditure: IMF WEO general government total expenditure as % of GDP where
  published, the last published share held constant after it (WEO projections end in 2029).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

import numpy as np
import pandas as pd

from reform_studio.countries import data
from reform_studio.countries.costing_inputs import CountryBase, country_base
from reform_studio.countries.economy import base_gdp
from reform_studio.engine.costing import BasicPensionCost, basic_pension_cost, benefit_from_gdp_share, \
    benefit_from_ppp, eligible
from reform_studio.engine.errors import InputError
from reform_studio.engine.parameters import BASIC_PENSION_FIELDS
from reform_studio.i18n import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, translate
from reform_studio.i18n.levers import words
from reform_studio.i18n.numbers import conventions, number, written

TARGETING = ("universal", "pension_tested")
MAX_PPP_PER_DAY = 100.0
PERCENT = 100.0
PENSION_TEST_NOTE = QT_TRANSLATE_NOOP("costing", "Pension test: those with a contributory pension in the built "
                                                 "workbook's illustrative scheme (default rules and pensioners, to "
                                                 "replace) are not eligible.")
LAST_YEAR = 2100  # the last year of a workbook built for 2025 (WPP's projection ends there)


@dataclass(frozen=True)
class Figure:
    """A number in a note, written in the language asked for; `trimmed`, without the trailing
    zeros of its decimals (a factor to four significant digits: '16.3', '5', '10,868')."""

    value: float
    decimals: int
    trimmed: bool = False

    def text(self, language: str | None = None) -> str:
        text = number(self.value, self.decimals, language)
        decimal = conventions(language).decimal
        return text.rstrip("0").rstrip(decimal) if self.trimmed and decimal in text else text


class Note(str):
    """What a country's costing assumes rather than reads: the English sentence as a string (the
    JSON's, in every language), and `said()` in the current language for the workbook's notes."""

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, **values: object) -> Note:
        note = super().__new__(cls, template.format(**{k: _in(v, SOURCE_LANGUAGE) for k, v in values.items()}))
        note.template, note.values = template, values
        return note

    def said(self) -> str:
        return translate("costing", self.template).format(**{k: _in(v) for k, v in self.values.items()})


def _in(value: object, language: str | None = None) -> str:
    return value.text(language) if isinstance(value, Figure) else str(value)


@dataclass(frozen=True)
class CostingOptions:
    """The pension costed: the same inputs as the workbook's basic pension (spec 7)."""

    age: int = 65
    level: float = 0.2  # share of GDP per head, unless ppp_per_day is given
    ppp_per_day: float | None = None  # international dollars a day
    targeting: str = "universal"
    take_up: float = 1.0
    admin_share: float = 0.05
    first_year: int = 2025
    last_year: int = 2075

    def check(self) -> None:
        """Refuse values outside the workbook's own ranges, in one sentence each; the values are
        written as the command line takes them (a decimal point in every language)."""
        problems = []
        for name in ("age", "level_to_gdp_per_capita", "take_up", "admin_share"):
            title, unit, low, high, _ = BASIC_PENSION_FIELDS[name]
            value = getattr(self, "level" if name == "level_to_gdp_per_capita" else name)
            if not low <= value <= high:
                said = (translate("costing", "{title} {value} is out of range: give a value between {low} and "
                                             "{high} {unit}.") if unit == "years" else
                        translate("costing", "{title} {value} is out of range: give a value between {low} and "
                                             "{high} (a share: {low_percent} to {high_percent} {unit})."))
                problems.append(said.format(title=words(title), value=f"{value:g}", low=f"{low:g}", high=f"{high:g}",
                                            low_percent=f"{low * PERCENT:g}", high_percent=f"{high * PERCENT:g}",
                                            unit=words(unit)))
        if self.age != int(self.age):
            problems.append(translate("costing", "Basic pension age {age} must be a whole number of years.").format(
                age=f"{self.age:g}"))
        if self.ppp_per_day is not None and not 0 < self.ppp_per_day <= MAX_PPP_PER_DAY:
            problems.append(translate("costing", "A benefit of {amount} PPP dollars a day is out of range: give a "
                                                 "value above 0 and at most {most}.").format(
                amount=f"{self.ppp_per_day:g}", most=f"{MAX_PPP_PER_DAY:g}"))
        if self.targeting not in TARGETING:
            problems.append(translate("costing", "Targeting '{targeting}' is unknown: use universal or "
                                                 "pension_tested.").format(targeting=self.targeting))
        if self.first_year not in data.POPULATION_YEARS:
            problems.append(translate("costing", "The costing starts in a base year of the shipped population: "
                                                 "{years}, not {year}.").format(
                years=translate("costing", " or ").join(map(str, data.POPULATION_YEARS)), year=self.first_year))
        if not self.first_year <= self.last_year <= LAST_YEAR:
            problems.append(translate("costing", "The last year {last} must be between the first year {first} and "
                                                 "{limit}.").format(last=self.last_year, first=self.first_year,
                                                                    limit=LAST_YEAR))
        if problems:
            raise InputError(" ".join(problems))


@dataclass(frozen=True)
class Costing:
    """The costing of one pension in several countries: `cost` arrays `(c, T)`."""

    countries: tuple[data.Country, ...]
    years: np.ndarray
    options: CostingOptions
    cost: BasicPensionCost
    notes: tuple[tuple[Note, ...], ...]  # per country: what is assumed rather than read
    currencies: tuple[str, ...]  # of the money figures: the workbook's (US$ where its GDP is a placeholder)
    left_out: tuple[tuple[data.Country, str], ...] = ()

    def column(self, year: int) -> int:
        return int(np.searchsorted(self.years, year))

    def ranking(self, year: int) -> list[int]:
        """Country positions by cost as % of GDP in `year`, dearest first (unknown last)."""
        share = self.cost.cost_to_gdp[:, self.column(year)]
        return sorted(range(len(self.countries)), key=lambda k: (np.isnan(share[k]), -np.nan_to_num(share[k])))

    def ranked_table(self, year: int) -> pd.DataFrame:
        """One row per country, dearest (as % of GDP in `year`) first: what the command prints,
        the window lists and the export charts. Percentages in percent; NaN where unknown."""
        k, last = self.column(year), len(self.years) - 1
        order = self.ranking(year)
        c = self.cost
        return pd.DataFrame({
            "Rank": range(1, len(order) + 1),
            "Country": [self.countries[i].name for i in order],
            "ISO3": [self.countries[i].iso3 for i in order],
            "Currency": [self.currencies[i] for i in order],
            "Beneficiaries": c.beneficiaries[order, k],
            "Benefit a year": c.benefit[order, k],
            "Cost": c.cost[order, k],
            "Cost % of GDP": PERCENT * c.cost_to_gdp[order, k],
            "Cost % of government expenditure": PERCENT * c.cost_to_government_expenditure[order, k],
            f"Cost % of GDP in {int(self.years[last])}": PERCENT * c.cost_to_gdp[order, last],
        })

    def by_year(self) -> dict[str, pd.DataFrame]:
        """Every country's series, one frame each (countries by years), in the order costed."""
        names = pd.Index([c.name for c in self.countries], name="Country")
        years = pd.Index(self.years.astype(int), name="Year")
        c = self.cost
        return {title: pd.DataFrame(values, index=names, columns=years) for title, values in (
            ("Cost % of GDP", PERCENT * c.cost_to_gdp),
            ("Cost % of government expenditure", PERCENT * c.cost_to_government_expenditure),
            ("Cost, local currency", c.cost), ("Beneficiaries", c.beneficiaries))}

    def describe(self) -> str:
        """The pension costed, in one sentence (the table's and the export's heading), in the
        current language."""
        o = self.options
        benefit = (translate("costing", "{amount} international (PPP) dollars a day").format(amount=written(f"{o.ppp_per_day:g}"))
                   if o.ppp_per_day is not None else
                   translate("costing", "{share}% of GDP per head").format(share=number(o.level * PERCENT)))
        who = (translate("costing", "everyone aged {age} or over") if o.targeting == "universal" else
               translate("costing", "those without a contributory pension aged {age} or over")).format(age=o.age)
        count = len(self.countries)
        countries = (translate("costing", "1 country") if count == 1 else
                     translate("costing", "{count} countries").format(count=number(count)))
        return translate("costing", "Basic pension of {benefit} for {who}, take-up {take_up}%, administration "
                                  "{admin}% of benefits; {countries}, {first}-{last}.").format(
            benefit=benefit, who=who, take_up=number(o.take_up * PERCENT), admin=number(o.admin_share * PERCENT),
            countries=countries, first=o.first_year, last=o.last_year)

    def export(self, path: Path, year: int) -> Path:
        """The workbook of `reform-studio costing --export` and the window's Export; the path written."""
        from reform_studio.workbook.export_costing import write_costing

        notes = [(c.name, " ".join(note.said() for note in n)) for c, n in zip(self.countries, self.notes)]
        return write_costing(path, self.describe(), self.ranked_table(year), year, self.by_year(), notes,
                             data.attribution())

    def to_json(self) -> dict:
        """`{"countries": [{"name", "iso3", "years", "beneficiaries", "cost", "cost_to_gdp",
        "cost_to_government_expenditure", ...}]}` (issue 12), null where unknown."""
        rows = []
        for k, country in enumerate(self.countries):
            rows.append({"name": country.name, "iso3": country.iso3, "m49": country.m49,
                         "currency": self.currencies[k], "years": [int(y) for y in self.years],
                         "beneficiaries": _listed(self.cost.beneficiaries[k]),
                         "benefit": _listed(self.cost.benefit[k]), "cost": _listed(self.cost.cost[k]),
                         "cost_to_gdp": _listed(self.cost.cost_to_gdp[k]),
                         "cost_to_government_expenditure": _listed(self.cost.cost_to_government_expenditure[k]),
                         "notes": list(self.notes[k])})
        o = self.options
        return {"options": {"age": o.age, "level_to_gdp_per_capita": None if o.ppp_per_day else o.level,
                            "ppp_dollars_per_day": o.ppp_per_day, "targeting": o.targeting,
                            "take_up": o.take_up, "admin_share": o.admin_share},
                "countries": rows,
                "left_out": [{"name": c.name, "iso3": c.iso3, "reason": why} for c, why in self.left_out]}


def _listed(values: np.ndarray) -> list[float | None]:
    return [None if not np.isfinite(v) else float(v) for v in values]


Progress = Callable[[float], None]


def cost_countries(countries: Sequence[data.Country], options: CostingOptions,
                   progress: Progress | None = None,
                   base: Callable[[str, int], CountryBase] | None = None) -> Costing:
    """Cost `options`' pension in every country; a country whose workbook cannot be built is
    left out with the reason (one country of 236 must not stop a costing of the world), unless
    it is the only one."""
    options.check()
    base = base or country_base
    bases, kept, left_out, tested = [], [], [], []
    for n, country in enumerate(countries):
        try:
            found = base(country.iso3, options.first_year)
            if options.targeting == "pension_tested":
                tested.append(found.pension_tested(options.age))  # builds the workbook if only cached
            bases.append(found)
            kept.append(country)
        except (ValueError, ArithmeticError) as exc:  # InputError is a ValueError: a sentence for the user
            why = str(exc) or type(exc).__name__
            if len(countries) == 1:
                raise exc if isinstance(exc, InputError) else InputError(translate(
                    "costing", "The workbook of {country} could not be built: {reason}.").format(
                    country=country.name, reason=why)) from exc
            left_out.append((country, why))
        if progress is not None:
            progress((n + 1) / len(countries))
    if not kept:
        raise InputError(translate("costing", "None of the countries named can be costed: {reasons}").format(
            reasons="; ".join(f"{c.name}: {why}" for c, why in left_out)))
    years = np.arange(options.first_year, options.last_year + 1)
    short = [c.name for c, b in zip(kept, bases) if len(b.gdp) < len(years)]
    if short:
        raise InputError(translate("costing", "The workbooks of {countries} end before {year}: choose an earlier "
                                            "last year.").format(countries=", ".join(short), year=options.last_year))
    span = slice(0, len(years))
    population = np.stack([b.population[span] for b in bases])
    gdp = np.stack([b.gdp[span] for b in bases])
    notes: list[list[Note]] = [[] for _ in kept]
    if options.ppp_per_day is None:
        benefit = benefit_from_gdp_share(options.level, gdp, population)
    else:
        factors = [_ppp_factor(c, options.first_year, notes[k]) for k, c in enumerate(kept)]
        benefit = benefit_from_ppp(options.ppp_per_day, np.array(factors),
                                   np.stack([b.price_index[span] for b in bases]))
    if options.targeting == "pension_tested":
        persons = np.stack([t[span] for t in tested])
        for k in range(len(kept)):
            notes[k].append(Note(PENSION_TEST_NOTE))
    else:
        persons = eligible(population, options.age)
    currencies = [_currency(c, b, notes[k], options) for k, (c, b) in enumerate(zip(kept, bases))]
    spending = np.stack([_expenditure_share(c, years, notes[k]) for k, c in enumerate(kept)])
    cost = basic_pension_cost(persons, gdp, benefit, options.take_up, options.admin_share, spending)
    return Costing(tuple(kept), years, options, cost, tuple(tuple(n) for n in notes), tuple(currencies),
                   tuple(left_out))


def _currency(country: data.Country, base: CountryBase, notes: list[Note], options: CostingOptions) -> str:
    """The currency of the country's money figures: its own, or US dollars where the builder
    had no GDP at all and put a placeholder in the workbook (economy.base_gdp says which)."""
    if country.iso3 in _with_gdp():
        return country.currency
    _, currency, _, placeholder = base_gdp(country, options.first_year, float(base.population[0].sum()))
    if placeholder:
        notes.append(Note(QT_TRANSLATE_NOOP(
            "costing", "No GDP from the World Bank or the IMF: the workbook's GDP is a placeholder (its region's "
                       "median GDP per head, in US$), so the cost in money rests on it.") if options.ppp_per_day is None
            else QT_TRANSLATE_NOOP(
            "costing", "No GDP from the World Bank or the IMF: the workbook's GDP is a placeholder (its region's "
                       "median GDP per head, in US$), so the cost in money and as % of GDP rests on it.")))
    return currency


def _with_gdp() -> set[str]:
    table = data.catalogue()
    return set(table.loc[table["has_gdp"], "iso3"])


def _ppp_factor(country: data.Country, base_year: int, notes: list[Note]) -> float:
    """Local currency per international dollar at base-year prices: WDI's latest PPP factor,
    carried by the WEO's consumer-price inflation between its year and the base year."""
    factors = data.gdp(country)["ppp_lcu_per_intl"].dropna()
    if factors.empty:
        notes.append(Note(QT_TRANSLATE_NOOP("costing", "No PPP conversion factor in WDI: the benefit in PPP dollars "
                                                       "cannot be converted.")))
        return float("nan")
    year, factor = int(factors.index[-1]), float(factors.iloc[-1])
    inflation = data.weo(country).get("PCPIPCH")
    steps = range(min(year, base_year) + 1, max(year, base_year) + 1)
    known = [] if inflation is None else [inflation.get(y) for y in steps]
    if steps and (not known or any(v is None or not np.isfinite(v) for v in known)):
        notes.append(Note(QT_TRANSLATE_NOOP("costing", "PPP factor of {year} not carried to {base_year}: the WEO has "
                                                       "no inflation for those years."),
                          year=year, base_year=base_year))
        return factor
    change = float(np.prod([1 + v / PERCENT for v in known])) if steps else 1.0
    notes.append(Note(QT_TRANSLATE_NOOP("costing", "PPP factor {factor} of {year} (WDI), at {base_year} prices with "
                                                   "WEO inflation."),
                      factor=Figure(factor, max(0, 3 - math.floor(math.log10(abs(factor)))), trimmed=True),
                      year=year, base_year=base_year))  # four significant digits
    return factor * (change if base_year >= year else 1 / change)


def _expenditure_share(country: data.Country, years: np.ndarray, notes: list[Note]) -> np.ndarray:
    """General government expenditure as a share of GDP by year (NaN where unknown)."""
    series = data.weo(country).get("GGX_NGDP")
    series = None if series is None else series.dropna()
    if series is None or series.empty:
        notes.append(Note(QT_TRANSLATE_NOOP("costing", "No IMF WEO government expenditure: cost to government "
                                                       "expenditure unknown.")))
        return np.full(len(years), np.nan)
    last = int(series.index[-1])
    if years[-1] > last:
        notes.append(Note(QT_TRANSLATE_NOOP("costing", "Government expenditure held at its {year} share of GDP "
                                                       "({share} %) after {year}."),
                          year=last, share=Figure(float(series.iloc[-1]), 1)))
    values = series.reindex(range(int(series.index[0]), last + 1)).ffill()
    held = np.array([values.get(min(int(y), last), np.nan) for y in years], dtype=float)
    return held / PERCENT
