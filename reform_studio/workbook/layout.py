"""Template version 2 (spec sections 9 and 16) as data: sheets, keys and columns with their checks.

The reader checks against these tables and the template writer lays them out, with the same
units, notes and example values, so the blank template and the reader cannot drift apart.
The examples form a small valid, roughly balanced scheme (the template reads back as a Scheme;
template_data says how its finances come out).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Callable

from reform_studio.engine.scheme import REVALUATION_METHODS, TARGETING
from reform_studio.engine.assumptions import FACTOR_LIMIT, SHIFT_LIMIT, SHIFTS
from reform_studio.engine.sensitivity import STANDARD_TESTS
from reform_studio.engine.stochastic import RATES, Volatility
from reform_studio.i18n import QT_TRANSLATE_NOOP, translate
from reform_studio.i18n.parameters import Word, said
from reform_studio.workbook import cells
from reform_studio.workbook.cells import CellError

TEMPLATE_VERSION = 2
Parse = Callable[[object, str], object]


def _tfr(raw: object, what: str) -> float:
    value = cells.number(raw, what)
    if not 0 <= value <= 15:
        raise CellError(translate("layout", "{what} is {value}: give children per woman, between 0 and 15 (e.g. "
                                            "2.1).").format(what=what, value=said(value)))
    return value


def _sex_ratio(raw: object, what: str) -> float:
    value = cells.number(raw, what)
    if 80 <= value <= 130:
        raise CellError(translate("layout", "{what} is {value}, which looks like males per 100 females: write "
                                            "{ratio} for {value}.").format(what=what, value=said(value),
                                                                           ratio=said(value / 100)))
    if not 0.5 <= value <= 2:
        raise CellError(translate("layout", "{what} is {value}: give males born per female, between 0.5 and 2 "
                                            "(e.g. 1.05).").format(what=what, value=said(value)))
    return value


@dataclass(frozen=True)
class Bounded:
    """A number within `low..high`: one object is both the reader's check and the template's
    data-validation rule, so the two cannot disagree.

    `kind` is a first check with its own message (a percentage typed as a whole number, a
    negative count) before the range; `reason` is the sentence saying why the range is what
    it is, added to the message; `smallest` refuses a non-zero value smaller than it in size
    (1e-300 is a typing slip or a residue, and dividing by it overflows)."""

    low: float
    high: float
    whole: bool = False
    above_low: bool = False  # `low` itself refused (the template validates it by a formula)
    reason: str = ""
    kind: Parse | None = None
    smallest: float = 0.0
    number_format: str = ""  # the template's format for the cells; '' = by `whole`

    def __call__(self, raw: object, what: str) -> float:
        reason = translate("layout", self.reason) if self.reason else ""  # marked where each range is made
        if self.kind is None:
            value = cells.between(raw, what, self.low, self.high, self.above_low, self.whole, reason)
        else:
            value = cells.within(raw, float(self.kind(raw, what)), what, self.low, self.high,
                                 self.above_low, reason)
        if value != 0 and abs(value) < self.smallest:
            raise CellError(translate(
                "layout", "{what} is {value}: not 0, but smaller than {smallest}, which is no real amount or count "
                          "(a residue of a calculation or a typing slip, and dividing by it overflows); write 0 for "
                          "none.").format(what=what, value=said(value), smallest=said(self.smallest)))
        return value


_fraction = cells.fraction
_optional_rate = partial(cells.fraction, positive=True)
_below_one = partial(cells.fraction, below_one=True)
_age = cells.pension_age
# whole numbers within bounds are `Bounded`, so that the template validates them as well
_year = Bounded(1900, 2300, whole=True)  # the bounds of `cells.year`
_basic_pension_age = Bounded(0, 100, whole=True)
_horizon = Bounded(10, 150, whole=True)
_ref_period = Bounded(1, 65, whole=True, reason=(
    QT_TRANSLATE_NOOP("layout", "The reference period fits in a working life from age 15 to the pensionable age, and "
                                "pensionable ages are at most 80.")))
_revaluation = partial(cells.choice, options=REVALUATION_METHODS)
_targeting = partial(cells.choice, options=TARGETING)
_service_years = Bounded(0, 50, whole=True)
_to_avg_wage = Bounded(0, 10)
_ceiling = Bounded(0, 10, above_low=True)
# every orphan_age_limit allowed is at most 30; the Scheme's own limit is checked in `rules`
_orphan_age = Bounded(0, 29, whole=True)

# Plausible ranges of the money amounts, counts and annual rates (issue 11): wide enough for
# any real scheme in any currency, narrow enough that the projection's arithmetic (150 years
# of compounding, ratios, discounting) stays far inside what a float holds. README ›
# Reliability lists them; tests/workbook/test_plausible_ranges.py projects their corners.
GDP_RANGE = Bounded(1e6, 1e18, kind=cells.number, number_format="#,##0", reason=(
    QT_TRANSLATE_NOOP("layout", "GDP is in currency units, like wages: the largest GDP in any currency (Iran's, in "
                                "rials) is of the order of 1e17, the smallest national economy (Tokelau) produces "
                                "some 10 million a year, and a GDP below a million is most likely typed in millions "
                                "or billions.")))
RESERVE_RANGE = Bounded(-1e18, 1e18, kind=cells.number, number_format="#,##0", reason=(
    QT_TRANSLATE_NOOP("layout", "A reserve (or a debt, if negative) beyond 1e18 currency units would exceed the GDP "
                                "of every economy in every currency.")))
AMOUNT_RANGE = Bounded(0, 1e12, kind=cells.count, smallest=1e-6, number_format="#,##0.##",
                       reason=(
    QT_TRANSLATE_NOOP("layout", "Average annual wages and pensions per person are below a million million currency "
                                "units in every currency (in Iranian rials, the weakest major currency, an annual "
                                "wage is about 1e9).")))
PERSONS_RANGE = Bounded(0, 1e9, kind=cells.count, smallest=1e-30, number_format="#,##0.##",
                        reason=(
    QT_TRANSLATE_NOOP("layout", "A count of persons at one age and sex is below a thousand million: the whole world "
                                "has fewer than 80 million people of one sex at any single age.")))
SERVICE_RANGE = Bounded(0, 80, kind=cells.count, number_format="0.0#", reason=(
    QT_TRANSLATE_NOOP("layout", "Past service is in years (0.5 for half a year): contributors are below the "
                                "pensionable age, at most 80, so nobody has more than 80 years.")))
ASFR_RANGE = Bounded(0, 1e9, kind=cells.count, number_format="0.0#####", reason=(
    QT_TRANSLATE_NOOP("layout", "Fertility may be on any scale (births per woman, per 1,000 women, or numbers of "
                                "births), but not above the largest count of persons.")))
PROFILE_RANGE = Bounded(-1e9, 1e9, kind=cells.number, number_format="#,##0.##", reason=(
    QT_TRANSLATE_NOOP("layout", "The migration profile may be on any scale, and negative where people leave, but not "
                                "beyond the largest count of persons (a thousand million at one age).")))
NET_MIGRATION_RANGE = Bounded(-1e8, 1e8, kind=cells.number, number_format="#,##0", reason=(
    QT_TRANSLATE_NOOP("layout", "Net migration is in persons a year: the largest flows recorded for one country in "
                                "one year (refugees from Syria or Ukraine) are some millions, far below 100 million.")))
INFLATION_RANGE = Bounded(-0.5, 1, kind=cells.growth, reason=(
    QT_TRANSLATE_NOOP("layout", "Inflation is an annual fraction from -0.5 (-50 %, deeper than any deflation "
                                "recorded) to 1 (+100 %); an economy in hyperinflation beyond that is projected in a "
                                "stable currency or in real terms, as actuarial valuations of such schemes are.")))
WAGE_GROWTH_RANGE = Bounded(-0.5, 1, kind=cells.growth, reason=(
    QT_TRANSLATE_NOOP("layout", "Real wage growth is a fraction from -0.5 (wages halving in real terms in a year) to "
                                "1 (doubling): beyond those, no economy has sustained it, and the rate is likely "
                                "mistyped.")))
RETURN_RANGE = Bounded(-0.5, 1, kind=cells.growth, reason=(
    QT_TRANSLATE_NOOP("layout", "A nominal investment return is a fraction from -0.5 (a fund losing half its value in "
                                "a year; the worst years of diversified funds are near -0.4) to 1 (+100 %, only under "
                                "hyperinflation, which is projected in a stable currency).")))
UNEMPLOYMENT_RANGE = Bounded(0, 0.9, kind=_below_one, reason=(
    QT_TRANSLATE_NOOP("layout", "Unemployment is a fraction of the labour force from 0 to 0.9: the highest national "
                                "rates recorded are near 0.5, and above 0.9 almost nobody would be employed to "
                                "project wages and GDP from.")))
IMPROVEMENT_RANGE = Bounded(-0.2, 0.2, kind=cells.growth, reason=(
    QT_TRANSLATE_NOOP("layout", "Mortality improvement is an annual fraction from -0.2 to 0.2: the fastest sustained "
                                "falls in death rates recorded (child mortality in fast-developing countries) are "
                                "below 0.1 a year, and a qx that changes by more than a fifth every year for decades "
                                "is not a life table.")))


@dataclass(frozen=True)
class KeySpec:
    """One `Parameter | Value` row: its check, whether it must be given, and template text.

    `unit` and `note` are marked for the catalogue (context "parameters") and said in the
    user's language by the template (i18n.parameters.words), with `values` filling the note's
    `{placeholders}` after translation; an example that is a `Word` is a label said in the
    language, any other example is written as it is."""

    name: str
    parse: Parse
    required: bool = True
    unit: str = ""
    note: str = ""
    example: object = None
    validation: str = ""  # template data validation: 'rate', 'age', 'count' or ''
    default: object = None  # the value of an optional key left out or empty
    values: tuple[tuple[str, object], ...] = ()  # the note's placeholders


@dataclass(frozen=True)
class Column:
    """One column of an age or year table, found by its header text."""

    header: str
    parse: Parse
    validation: str = ""
    note: str = ""  # shown on the template's header cell, marked for the catalogue as KeySpec's


@dataclass(frozen=True)
class AgeTable:
    sheet: str
    columns: tuple[Column, ...]
    ages: range = range(0, 101)
    blank_is_zero: bool = False
    optional_groups: tuple[tuple[Column, ...], ...] = ()  # each present whole or not at all


@dataclass(frozen=True)
class YearTable:
    sheet: str
    columns: tuple[Column, ...]  # any subset may be present


SCHEME, ECONOMY, DEMOGRAPHY = "Scheme", "Economy", "Demography"
ECONOMY_BY_YEAR, DEMOGRAPHY_BY_YEAR, SCHEDULE = "EconomyByYear", "DemographyByYear", "Schedule"
MORTALITY_BY_YEAR = "MortalityByYear"

SCHEME_KEYS = (
    KeySpec("country", cells.text, False, "", QT_TRANSLATE_NOOP("parameters", "optional label"),
            Word("parameters", QT_TRANSLATE_NOOP("parameters", "Exampleland"))),
    KeySpec("scheme_name", cells.text, False, "",
            QT_TRANSLATE_NOOP("parameters", "optional label (default: the file name)"),
            Word("parameters", QT_TRANSLATE_NOOP("parameters", "Example pension scheme"))),
    KeySpec("currency", cells.text, False, "", QT_TRANSLATE_NOOP("parameters", "optional label"), "EXC"),
    KeySpec("base_year", _year, True, QT_TRANSLATE_NOOP("parameters", "year"),
            QT_TRANSLATE_NOOP("parameters", "first projection year; data are at 1 January"), 2025),
    KeySpec("horizon", _horizon, False, QT_TRANSLATE_NOOP("parameters", "years"),
            QT_TRANSLATE_NOOP("parameters", "10 to 150; empty = 75"), 50, default=75),
    KeySpec("contribution_rate", _fraction, True, QT_TRANSLATE_NOOP("parameters", "fraction"),
            QT_TRANSLATE_NOOP("parameters", "of the insurable wage (0.18 = 18 %)"), 0.18, "rate"),
    KeySpec("pensionable_age_male", _age, True, QT_TRANSLATE_NOOP("parameters", "years"),
            QT_TRANSLATE_NOOP("parameters", "whole number, 40 to 80"), 65, "age"),
    KeySpec("pensionable_age_female", _age, True, QT_TRANSLATE_NOOP("parameters", "years"),
            QT_TRANSLATE_NOOP("parameters", "whole number, 40 to 80"), 63, "age"),
    KeySpec("accrual_rate", _fraction, True, QT_TRANSLATE_NOOP("parameters", "fraction per year"),
            QT_TRANSLATE_NOOP("parameters", "pension per year of service, of the reference wage"), 0.014, "rate"),
    KeySpec("reference_period_years", _ref_period, True, QT_TRANSLATE_NOOP("parameters", "years"),
            QT_TRANSLATE_NOOP("parameters", "final years averaged; at most pensionable age - 15"), 10),
    KeySpec("revaluation", _revaluation, True, "", QT_TRANSLATE_NOOP("parameters", "none | prices | wages"),
            "wages"),
    KeySpec("indexation_wage_share", _fraction, True, QT_TRANSLATE_NOOP("parameters", "fraction"),
            QT_TRANSLATE_NOOP("parameters", "0 = prices, 1 = wages"), 0.5, "rate"),
    KeySpec("contribution_density", _fraction, True, QT_TRANSLATE_NOOP("parameters", "fraction"),
            QT_TRANSLATE_NOOP("parameters", "share of a year contributed"), 0.9, "rate"),
    KeySpec("admin_cost_rate", _fraction, True, QT_TRANSLATE_NOOP("parameters", "fraction"),
            QT_TRANSLATE_NOOP("parameters", "of contribution income"), 0.02, "rate"),
    KeySpec("state_subsidy_rate", _fraction, True, QT_TRANSLATE_NOOP("parameters", "fraction"),
            QT_TRANSLATE_NOOP("parameters", "of benefit expenditure"), 0.0, "rate"),
    KeySpec("initial_reserve", RESERVE_RANGE, True, QT_TRANSLATE_NOOP("parameters", "currency"),
            QT_TRANSLATE_NOOP("parameters", "reserve at 1 January base year"), 500_000_000),
    KeySpec("minimum_pension_to_avg_wage", _optional_rate, False, QT_TRANSLATE_NOOP("parameters", "fraction"),
            QT_TRANSLATE_NOOP("parameters", "optional: floor on new pensions, of the average wage; empty = none"),
            0.25, "rate"),
    KeySpec("maximum_replacement_rate", _optional_rate, False, QT_TRANSLATE_NOOP("parameters", "fraction"),
            QT_TRANSLATE_NOOP("parameters", "optional: cap on new pensions, of the own reference wage; empty = none"),
            None, "rate"),
    KeySpec("basic_pension_enabled", cells.flag, False, QT_TRANSLATE_NOOP("parameters", "TRUE/FALSE"),
            QT_TRANSLATE_NOOP("parameters", "optional non-contributory pension from the state budget"), False),
    KeySpec("basic_pension_age", _basic_pension_age, False, QT_TRANSLATE_NOOP("parameters", "years"),
            QT_TRANSLATE_NOOP("parameters", "required when the basic pension is enabled"), 70),
    KeySpec("basic_pension_level_to_gdp_per_capita", _fraction, False, QT_TRANSLATE_NOOP("parameters", "fraction"),
            QT_TRANSLATE_NOOP("parameters", "required when enabled: benefit as a share of GDP per capita"), 0.1,
            "rate"),
    KeySpec("basic_pension_targeting", _targeting, False, "",
            QT_TRANSLATE_NOOP("parameters", "universal | pension_tested; empty = universal"), "universal",
            default="universal"),
    KeySpec("basic_pension_take_up", _fraction, False, QT_TRANSLATE_NOOP("parameters", "fraction"),
            QT_TRANSLATE_NOOP("parameters", "empty = 1"), 1.0, "rate", default=1.0),
    KeySpec("basic_pension_admin_share", _fraction, False, QT_TRANSLATE_NOOP("parameters", "fraction"),
            QT_TRANSLATE_NOOP("parameters", "empty = 0"), 0.0, "rate", default=0.0),
    KeySpec("basic_pension_from_year", _year, False, QT_TRANSLATE_NOOP("parameters", "year"),
            QT_TRANSLATE_NOOP("parameters", "empty = in force from the base year"), None),
    # template version 2: members within a cohort, qualifying period (spec 11, 12)
    KeySpec("wage_dispersion", Bounded(0, 2), False, QT_TRANSLATE_NOOP("parameters", "sd of log wage"),
            QT_TRANSLATE_NOOP("parameters", "optional, 0 to 2: spread of earnings within a cohort (10 earnings "
                                            "classes); typically 0.4 to 0.8; empty = 0, everyone earns the cohort's "
                                            "average"), 0.6, default=0.0),
    KeySpec("service_spread", _fraction, False, QT_TRANSLATE_NOOP("parameters", "fraction"),
            QT_TRANSLATE_NOOP("parameters", "optional, 0 to 1: spread of service within a cohort, h (5 service "
                                            "classes from 1 - 0.8 h to 1 + 0.8 h times the cohort's service); "
                                            "typically 0.3 to 0.6; empty = 0"), 0.4, "rate", default=0.0),
    KeySpec("contribution_ceiling_to_avg_wage", _ceiling, False,
            QT_TRANSLATE_NOOP("parameters", "times the average wage"),
            QT_TRANSLATE_NOOP("parameters", "optional, above 0 up to 10: wages above this multiple of the average "
                                            "wage are neither contributed on nor pensioned; typically 2 to 5; empty = "
                                            "no ceiling"), 3.0),
    KeySpec("minimum_service_years", _service_years, False, QT_TRANSLATE_NOOP("parameters", "years"),
            QT_TRANSLATE_NOOP("parameters", "optional qualifying period, whole years 0 to 50: with less service no "
                                            "pension, only the old-age grant; typically 10 to 20; empty = 0"),
            10, default=0),
    KeySpec("old_age_grant_rate", _fraction, False, QT_TRANSLATE_NOOP("parameters", "fraction per year of service"),
            QT_TRANSLATE_NOOP("parameters", "optional: lump sum for members short of the qualifying period, per year "
                                            "of service, of their reference wage; typically 0.05 to 0.15; empty = 0"),
            0.1, "rate", default=0.0),
    # disability pensions (spec 13); incidence on the optional Disability sheet
    KeySpec("disability_min_service_years", _service_years, False, QT_TRANSLATE_NOOP("parameters", "years"),
            QT_TRANSLATE_NOOP("parameters", "optional, whole years 0 to 50: service needed for a disability pension; "
                                            "typically 1 to 5; empty = 0"), 3, default=0),
    KeySpec("disability_future_service_credit", _fraction, False, QT_TRANSLATE_NOOP("parameters", "fraction"),
            QT_TRANSLATE_NOOP("parameters", "optional, 0 to 1: share of the years from disablement to the pensionable "
                                            "age credited as service; typically 0.5 to 1; empty = 0"),
            0.5, "rate", default=0.0),
    KeySpec("disability_mortality_factor", Bounded(1, 10), False, QT_TRANSLATE_NOOP("parameters", "times qx"),
            QT_TRANSLATE_NOOP("parameters", "optional, 1 to 10: disability pensioners' mortality as a multiple of the "
                                            "population's; typically 1.5 to 3; empty = 1"), 2.0, default=1.0),
    # survivors' pensions (spec 14); probabilities on the optional Survivors sheet
    KeySpec("survivor_share", _fraction, False, QT_TRANSLATE_NOOP("parameters", "fraction"),
            QT_TRANSLATE_NOOP("parameters", "optional, 0 to 1: a spouse's pension, of the deceased's pension; "
                                            "typically 0.5 to 0.6; empty = 0, no spouses' pensions are awarded"),
            0.5, "rate", default=0.0),
    KeySpec("orphan_share", _fraction, False, QT_TRANSLATE_NOOP("parameters", "fraction"),
            QT_TRANSLATE_NOOP("parameters", "optional, 0 to 1: each orphan's pension, of the deceased's pension; "
                                            "typically 0.1 to 0.25; empty = 0, no orphans' pensions are awarded"),
            0.2, "rate", default=0.0),
    KeySpec("orphan_age_limit", Bounded(1, 30, whole=True), False, QT_TRANSLATE_NOOP("parameters", "years"),
            QT_TRANSLATE_NOOP("parameters", "optional, whole years 1 to 30: orphans are paid until this age; "
                                            "typically 18 to 25; empty = 18"), 18, default=18),
    KeySpec("spouse_age_difference", Bounded(-20, 20, whole=True), False, QT_TRANSLATE_NOOP("parameters", "years"),
            QT_TRANSLATE_NOOP("parameters", "optional, whole years -20 to 20: husband's age minus wife's; typically 2 "
                                            "to 5; empty = 0"), 3, default=0),
    KeySpec("survivor_min_service_years", _service_years, False, QT_TRANSLATE_NOOP("parameters", "years"),
            QT_TRANSLATE_NOOP("parameters", "optional, whole years 0 to 50: service a contributor needs to leave "
                                            "survivors' pensions; typically 0 to 5; empty = 0"), 1, default=0),
    # funeral grant (spec 15)
    KeySpec("funeral_grant_to_avg_wage", _to_avg_wage, False, QT_TRANSLATE_NOOP("parameters", "times the average wage"),
            QT_TRANSLATE_NOOP("parameters", "optional, 0 to 10: lump sum on the death of a contributor or pensioner, "
                                            "of the average wage; typically 0.1 to 0.5; empty = 0"),
            0.25, default=0.0),
)
SCHEME_SPECS = {spec.name: spec for spec in SCHEME_KEYS}

ECONOMY_KEYS = (
    KeySpec("gdp", GDP_RANGE, True, QT_TRANSLATE_NOOP("parameters", "currency"),
            QT_TRANSLATE_NOOP("parameters", "nominal GDP in the base year"), 20_000_000_000),
    KeySpec("inflation", INFLATION_RANGE, True, QT_TRANSLATE_NOOP("parameters", "fraction"),
            QT_TRANSLATE_NOOP("parameters", "annual; or give it in EconomyByYear"), 0.03),
    KeySpec("real_wage_growth", WAGE_GROWTH_RANGE, True, QT_TRANSLATE_NOOP("parameters", "fraction"),
            QT_TRANSLATE_NOOP("parameters", "annual, above inflation"), 0.015),
    KeySpec("investment_return", RETURN_RANGE, True, QT_TRANSLATE_NOOP("parameters", "fraction"),
            QT_TRANSLATE_NOOP("parameters", "annual, nominal"), 0.05),
    KeySpec("unemployment_rate", UNEMPLOYMENT_RANGE, True, QT_TRANSLATE_NOOP("parameters", "fraction"),
            QT_TRANSLATE_NOOP("parameters", "of the labour force"), 0.07),
)

DEMOGRAPHY_KEYS = (
    KeySpec("tfr", _tfr, True, QT_TRANSLATE_NOOP("parameters", "children per woman"),
            QT_TRANSLATE_NOOP("parameters", "in the base year; not given where DemographyByYear has tfr"), 2.6),
    KeySpec("tfr_target", _tfr, True, QT_TRANSLATE_NOOP("parameters", "children per woman"),
            QT_TRANSLATE_NOOP("parameters", "reached in tfr_target_year"), 2.1),
    KeySpec("tfr_target_year", _year, True, QT_TRANSLATE_NOOP("parameters", "year"),
            QT_TRANSLATE_NOOP("parameters", "after the base year"), 2060),
    KeySpec("sex_ratio_at_birth", _sex_ratio, True, QT_TRANSLATE_NOOP("parameters", "males per female"),
            QT_TRANSLATE_NOOP("parameters", "e.g. 1.05"), 1.05),
    KeySpec("mortality_improvement_male", IMPROVEMENT_RANGE, True, QT_TRANSLATE_NOOP("parameters", "fraction per year"),
            QT_TRANSLATE_NOOP("parameters", "not given where Mortality has improvement columns"), 0.01),
    KeySpec("mortality_improvement_female", IMPROVEMENT_RANGE, True,
            QT_TRANSLATE_NOOP("parameters", "fraction per year"),
            QT_TRANSLATE_NOOP("parameters", "not given where Mortality has improvement columns"), 0.01),
    KeySpec("net_migration", NET_MIGRATION_RANGE, True, QT_TRANSLATE_NOOP("parameters", "persons per year"),
            QT_TRANSLATE_NOOP("parameters", "0 for none; non-zero needs the Migration sheet"), 0),
)

STOCHASTIC = "Stochastic"
_VOLATILITY = Bounded(0, 0.5, reason=QT_TRANSLATE_NOOP("layout", "a standard deviation of the rate around its path, a "
                                                                 "fraction a year"))
_AUTOCORRELATION = Bounded(-0.99, 0.99, reason=QT_TRANSLATE_NOOP("layout", "the share of a year's deviation that "
                                                                           "remains the next year"))
_CORRELATION = Bounded(-1, 1)
_DEFAULT = Volatility()  # the engine's documented defaults, shown in the template
STOCHASTIC_KEYS = tuple(
    spec for rate in RATES for spec in (
        KeySpec(f"{rate}_sd", _VOLATILITY, False, QT_TRANSLATE_NOOP("parameters", "fraction per year"),
                QT_TRANSLATE_NOOP("parameters", "optional: standard deviation of {rate} around its path; empty = "
                                                "{default}"),
                _DEFAULT.sd[rate], default=_DEFAULT.sd[rate],
                values=(("rate", rate), ("default", _DEFAULT.sd[rate]))),
        KeySpec(f"{rate}_autocorrelation", _AUTOCORRELATION, False, "",
                QT_TRANSLATE_NOOP("parameters", "optional: AR(1) coefficient of its deviations; empty = {default}"),
                _DEFAULT.autocorrelation[rate], default=_DEFAULT.autocorrelation[rate],
                values=(("default", _DEFAULT.autocorrelation[rate]),)))) + tuple(
    KeySpec(f"correlation_{a}_{b}", _CORRELATION, False, "",
            QT_TRANSLATE_NOOP("parameters", "optional: correlation of the annual shocks to {a} and {b}; empty = "
                                            "{default}"),
            value, default=value, values=(("a", a), ("b", b), ("default", value)))
    for (a, b), value in _DEFAULT.correlation.items())

SENSITIVITY_TESTS = "SensitivityTests"
_SHIFT = Bounded(-SHIFT_LIMIT, SHIFT_LIMIT, reason=QT_TRANSLATE_NOOP("layout", "added to the rate in every year, a "
                                                                               "fraction (0.01 = 1 point)"))
_FACTOR = Bounded(0, FACTOR_LIMIT, reason=QT_TRANSLATE_NOOP("layout", "multiplies the path in every year (1 = "
                                                                      "unchanged)"))
# the note of each setting, by (side, whether the assumption is shifted rather than multiplied)
_SETTING_NOTES = {
    ("low", True): QT_TRANSLATE_NOOP("parameters", "optional: the low setting of {assumption} (added); empty = "
                                                   "{default}; low and high both 0 = not tested"),
    ("high", True): QT_TRANSLATE_NOOP("parameters", "optional: the high setting of {assumption} (added); empty = "
                                                    "{default}; low and high both 0 = not tested"),
    ("low", False): QT_TRANSLATE_NOOP("parameters", "optional: the low setting of {assumption} (multiplier); empty = "
                                                    "{default}; low and high both 1 = not tested"),
    ("high", False): QT_TRANSLATE_NOOP("parameters", "optional: the high setting of {assumption} (multiplier); empty "
                                                     "= {default}; low and high both 1 = not tested"),
}
SENSITIVITY_KEYS = tuple(
    KeySpec(f"{test.assumption}_{side}", _SHIFT if test.assumption in SHIFTS else _FACTOR, False,
            QT_TRANSLATE_NOOP("parameters", "fraction") if test.assumption in SHIFTS
            else QT_TRANSLATE_NOOP("parameters", "factor"),
            _SETTING_NOTES[side, test.assumption in SHIFTS], getattr(test, side), default=getattr(test, side),
            values=(("assumption", Word("assumptions", test.label)), ("default", getattr(test, side))))
    for test in STANDARD_TESTS for side in ("low", "high"))

KEY_SHEETS = {SCHEME: SCHEME_KEYS, ECONOMY: ECONOMY_KEYS, DEMOGRAPHY: DEMOGRAPHY_KEYS}  # what a Scheme is read from
ANALYSIS_KEY_SHEETS = {STOCHASTIC: STOCHASTIC_KEYS, SENSITIVITY_TESTS: SENSITIVITY_KEYS}  # read by their commands


def _by_sex(prefix: str, parse: Parse, validation: str = "",
            note: str = "") -> tuple[Column, Column]:
    return (Column(f"{prefix}male", parse, validation, note),
            Column(f"{prefix}female", parse, validation, note))


def validation_rule(item: KeySpec | Column) -> str | Bounded:
    """The template's data validation for a key or column: its kind, or its bounds."""
    return item.validation or (item.parse if isinstance(item.parse, Bounded) else "")


POPULATION = AgeTable("Population", (Column("Male", PERSONS_RANGE),
                                     Column("Female", PERSONS_RANGE)))
MORTALITY = AgeTable("Mortality", _by_sex("qx_", cells.probability, "rate"),
                     optional_groups=(_by_sex("improvement_", IMPROVEMENT_RANGE),))
FERTILITY = AgeTable("Fertility", (Column("asfr", ASFR_RANGE),), ages=range(15, 50))
LABOUR = AgeTable("Labour", _by_sex("lfpr_", cells.fraction, "rate"), blank_is_zero=True)
CONTRIBUTORS = AgeTable("Contributors", _by_sex("contributors_", PERSONS_RANGE)
                        + _by_sex("wage_", AMOUNT_RANGE)
                        + _by_sex("service_", SERVICE_RANGE), blank_is_zero=True)
DISABILITY_STOCK = (
    _by_sex("disability_pensioners_", PERSONS_RANGE, "",
            QT_TRANSLATE_NOOP("parameters", "optional group of 4 columns: disability pensioners by own age and sex"))
    + _by_sex("disability_pension_", AMOUNT_RANGE, "",
              QT_TRANSLATE_NOOP("parameters", "average annual disability pension, in the scheme's currency")))
SPOUSE_STOCK = (
    _by_sex("survivors_", PERSONS_RANGE, "",
            QT_TRANSLATE_NOOP("parameters", "optional group of 4 columns: spouses drawing a survivor's pension, by "
                                            "the spouse's own age and sex"))
    + _by_sex("survivor_pension_", AMOUNT_RANGE, "",
              QT_TRANSLATE_NOOP("parameters", "average annual survivor's pension, in the scheme's currency")))
ORPHAN_STOCK = (
    Column("orphans", PERSONS_RANGE, "",
           QT_TRANSLATE_NOOP("parameters", "optional group of 2 columns: orphans drawing a pension, by the orphan's "
                                           "age (both sexes); blank or 0 from orphan_age_limit up")),
    Column("orphan_pension", AMOUNT_RANGE, "",
           QT_TRANSLATE_NOOP("parameters", "average annual orphan's pension, in the scheme's currency")))
PENSIONERS = AgeTable("Pensioners", _by_sex("pensioners_", PERSONS_RANGE)
                      + _by_sex("pension_", AMOUNT_RANGE), blank_is_zero=True,
                      optional_groups=(DISABILITY_STOCK, SPOUSE_STOCK, ORPHAN_STOCK))
# A net-migration profile may be negative at ages where people leave (spec 9: "any scale").
MIGRATION = AgeTable("Migration", (Column("Male", PROFILE_RANGE),
                                   Column("Female", PROFILE_RANGE)), blank_is_zero=True)
DISABILITY = AgeTable("Disability", _by_sex(
    "incidence_", cells.probability, "rate",
    QT_TRANSLATE_NOOP("parameters", "probability that a contributor of this age and sex becomes disabled within the "
                                    "year; typically 0.001 at 20 rising to 0.01 near the pensionable age")),
    blank_is_zero=True)
SURVIVORS = AgeTable("Survivors", _by_sex(
    "married_", cells.probability, "rate",
    QT_TRANSLATE_NOOP("parameters", "by the age and sex of the deceased: probability of leaving a spouse entitled to "
                                    "a pension; typically 0.7 to 0.8 in mid-life, lower in old age"))
    + _by_sex("orphans_", Bounded(0, 10), note=QT_TRANSLATE_NOOP(
        "parameters", "average number of orphans entitled to a pension left by one death, 0 to 10; typically up to "
                      "1.5 in mid-life"))
    + _by_sex("orphan_age_", _orphan_age, note=QT_TRANSLATE_NOOP(
        "parameters", "their average age at the death, whole years below orphan_age_limit")), blank_is_zero=True)
AGE_TABLES = (POPULATION, MORTALITY, FERTILITY, LABOUR, CONTRIBUTORS, PENSIONERS, MIGRATION,
              DISABILITY, SURVIVORS)

ECONOMY_YEARS = YearTable(ECONOMY_BY_YEAR, tuple(
    Column(k.name, k.parse) for k in ECONOMY_KEYS if k.name != "gdp"))
DEMOGRAPHY_YEARS = YearTable(DEMOGRAPHY_BY_YEAR, (
    Column("tfr", _tfr), Column("net_migration", NET_MIGRATION_RANGE),
    Column("sex_ratio_at_birth", _sex_ratio)))
SCHEDULE_YEARS = YearTable(SCHEDULE, (
    Column("contribution_rate", _fraction, "rate"), Column("pensionable_age_male", _age, "age"),
    Column("pensionable_age_female", _age, "age")))

REQUIRED_SHEETS = (SCHEME, ECONOMY, DEMOGRAPHY, "Population", "Mortality", "Fertility", "Labour",
                   "Contributors", "Pensioners")
OPTIONAL_SHEETS = (ECONOMY_BY_YEAR, DEMOGRAPHY_BY_YEAR, MORTALITY_BY_YEAR, "Migration", SCHEDULE,
                   "Disability", "Survivors", STOCHASTIC, SENSITIVITY_TESTS)
ALL_SHEETS = (SCHEME, ECONOMY, ECONOMY_BY_YEAR, DEMOGRAPHY, DEMOGRAPHY_BY_YEAR, "Population",
              "Mortality", MORTALITY_BY_YEAR, "Fertility", "Labour", "Contributors", "Pensioners",
              "Disability", "Survivors", "Migration", SCHEDULE, STOCHASTIC, SENSITIVITY_TESTS)
