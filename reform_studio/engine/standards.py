"""Within the international labour standards? The ILO conventions' checks for every scenario.

The Social Security (Minimum Standards) Convention, 1952 (No. 102) and the Invalidity,
Old-Age and Survivors' Benefits Convention, 1967 (No. 128) judge a scheme by its *standard
beneficiary*: the benefit that a person with the convention's qualifying career would be
awarded, as a share of his previous earnings (C102 Article 65 and the Schedule to Part XI;
C128 Article 26 and the Schedule to Part V). Here that benefit is worked out by the
engine's own award rules (`benefits.class_awards` for old-age and invalidity pensions,
`survivors.earned_pension` for a breadwinner's survivors) under each scenario's year paths,
for a man who has always earned the average insurable wage (and, for the ceiling's test of
C102 Article 65(3) / C128 Article 26(3), 125 % of it), so a reform that cuts the accrual rate,
lowers the ceiling or lengthens a qualifying period shows the year it crosses the line.

Every check covers the award years `t0+1 .. t0+H` (no award is made in the base year). A
year with no contributors has no average wage to judge by and is left out (NaN). What the
checks cannot judge (coverage, residence-based benefits, family supplements the scheme does
not pay) is written in docs/methodology.md, "International labour standards".
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from reform_studio.engine.assumptions import Assumptions
from reform_studio.engine.assumptions import apply as apply_assumptions
from reform_studio.engine.benefits import MAX_PERIOD, SERVICE_SLACK, class_awards
from reform_studio.engine.classes import MemberClasses
from reform_studio.engine.economy import Economy
from reform_studio.engine.paths import ScenarioPaths, scenario_paths
from reform_studio.engine.projection import scheme_base
from reform_studio.engine.reform import Reform
from reform_studio.engine.results import Projection
from reform_studio.engine.scheme import REVALUATION_METHODS, Scheme
from reform_studio.engine.survivors import earned_pension

CONVENTIONS = ("C102", "C128")
BRANCHES = ("old_age", "invalidity", "survivors")  # C102 Parts V, IX, X; C128 Parts III, II, IV
OLD_AGE_CAREER = 30  # years of contribution of the old-age standard beneficiary (C102 art 29, C128 art 18)
SHORT_CAREER = 15  # of the insured invalid and of the breadwinner (C102 arts 57, 63; C128 arts 11, 24)
TEN_YEARS = 10  # the old-age line is also met by a benefit 10 points lower after 10 years (C102 29(3), C128 18(3))
FIVE_YEARS = 5  # invalidity and survivors: ten points lower after 5 years (C102 57(3), 63(3); C128 11(3), 24(3))
INSURED_FROM = 20  # the invalid and the breadwinner were insured from this age: invalid or dead at 35 after 15 years
CHILDREN = 2  # the survivors' standard beneficiary is a widow with two children
HIGHEST_AGE = 65  # the pensionable age the conventions allow without justification
# The skilled manual male employee's wage, up to which a ceiling or a maximum must still let the
# standard beneficiary reach the line: 125 % of the average earnings of the persons protected
# (C102 Article 65(3) and (6)(d), C128 Article 26(3) and (6)(d)).
SKILLED_WAGE = 1.25
SLACK = 1e-9  # a value a rounding error short of the line still meets it
# One member class: the standard beneficiary is one person, not a spread of members.
ONE_MEMBER = MemberClasses(np.ones(1), np.ones(1))


@dataclass(frozen=True)
class Rule:
    """One requirement of one convention: `value >= required` (`at_least`) or `<=`.

    `unit` is `share` (of the reference wage), `years` (a period or an age) or `ratio`
    (indexation over the lower of price and wage growth); `branch` is the benefit branch (the
    convention's Part) the rule belongs to, one of BRANCHES, or None for a rule of every Part
    (the adjustment of pensions in payment); a scheme without the invalidity or survivors'
    branch is not judged on its rules. A rule with an `alternative` (a `by_item` key) is also
    met in a year where that value reaches `alternative_required` (C102 Article 29(3), C128
    Article 18(3): ten points lower after 10 years of contribution).
    """

    convention: str
    article: str
    citation: str
    item: str
    required: float
    at_least: bool
    unit: str
    title: str
    branch: str | None = None
    alternative: str | None = None
    alternative_required: float = 0.0
    alternative_years: int = 0  # the career of the alternative's beneficiary


RULES: tuple[Rule, ...] = (
    Rule("C102", "28", "Part V, Article 28 and the Schedule to Part XI", "old_age_replacement_rate", 0.40, True,
         "share", "Old-age benefit, 30 years", "old_age", "old_age_ten_year_rate", 0.30, TEN_YEARS),
    Rule("C102", "65", "Part XI, Article 65(3) and (6)(d) and the Schedule to Part XI", "old_age_skilled_wage_rate",
         0.40, True, "share", "Old-age benefit at 125 % of average wage", "old_age", "old_age_skilled_ten_year_rate",
         0.30, TEN_YEARS),
    Rule("C102", "29", "Part V, Article 29(2)", "old_age_qualifying_period", 15, False, "years",
         "Old-age qualifying period", "old_age"),
    Rule("C102", "29", "Part V, Article 29(2) and (4)", "old_age_reduced_benefit", 0.40 * SHORT_CAREER / OLD_AGE_CAREER,
         True, "share", "Reduced old-age benefit, 15 years", "old_age"),
    Rule("C102", "26", "Part V, Article 26(2)", "pensionable_age", HIGHEST_AGE, False, "years",
         "Pensionable age", "old_age"),
    Rule("C102", "56", "Part IX, Article 56 and the Schedule to Part XI", "invalidity_replacement_rate", 0.40, True,
         "share", "Invalidity benefit, 15 years", "invalidity", "invalidity_five_year_rate", 0.30, FIVE_YEARS),
    Rule("C102", "57", "Part IX, Article 57(2)", "invalidity_qualifying_period", 5, False, "years",
         "Invalidity qualifying period", "invalidity"),
    Rule("C102", "62", "Part X, Article 62 and the Schedule to Part XI", "survivor_replacement_rate", 0.40, True,
         "share", "Survivors' benefit, 15 years", "survivors", "survivor_five_year_rate", 0.30, FIVE_YEARS),
    Rule("C102", "63", "Part X, Article 63(2)", "survivor_qualifying_period", 5, False, "years",
         "Survivors' qualifying period", "survivors"),
    Rule("C102", "65", "Part XI, Article 65(10) and Article 66(8)", "pension_adjustment", 1.0, True, "ratio",
         "Adjustment of pensions in payment"),
    Rule("C128", "17", "Part III, Article 17, Article 26 and the Schedule to Part V", "old_age_replacement_rate",
         0.45, True, "share", "Old-age benefit, 30 years", "old_age", "old_age_ten_year_rate", 0.35, TEN_YEARS),
    Rule("C128", "26", "Part V, Article 26(3) and (6)(d) and the Schedule to Part V", "old_age_skilled_wage_rate",
         0.45, True, "share", "Old-age benefit at 125 % of average wage", "old_age", "old_age_skilled_ten_year_rate",
         0.35, TEN_YEARS),
    Rule("C128", "18", "Part III, Article 18(2)", "old_age_qualifying_period", 15, False, "years",
         "Old-age qualifying period", "old_age"),
    Rule("C128", "18", "Part III, Article 18(2) and (4)", "old_age_reduced_benefit",
         0.45 * SHORT_CAREER / OLD_AGE_CAREER, True, "share", "Reduced old-age benefit, 15 years", "old_age"),
    Rule("C128", "15", "Part III, Article 15(2)", "pensionable_age", HIGHEST_AGE, False, "years",
         "Pensionable age", "old_age"),
    Rule("C128", "10", "Part II, Article 10, Article 26 and the Schedule to Part V", "invalidity_replacement_rate",
         0.50, True, "share", "Invalidity benefit, 15 years", "invalidity", "invalidity_five_year_rate", 0.40,
         FIVE_YEARS),
    Rule("C128", "11", "Part II, Article 11(2)", "invalidity_qualifying_period", 5, False, "years",
         "Invalidity qualifying period", "invalidity"),
    Rule("C128", "23", "Part IV, Article 23, Article 26 and the Schedule to Part V", "survivor_replacement_rate",
         0.45, True, "share", "Survivors' benefit, 15 years", "survivors", "survivor_five_year_rate", 0.35,
         FIVE_YEARS),
    Rule("C128", "24", "Part IV, Article 24(2)", "survivor_qualifying_period", 5, False, "years",
         "Survivors' qualifying period", "survivors"),
    Rule("C128", "29", "Part V, Article 29", "pension_adjustment", 1.0, True, "ratio",
         "Adjustment of pensions in payment"),
)
ITEMS: tuple[str, ...] = tuple(dict.fromkeys(rule.item for rule in RULES))
NOTES = {
    "pensionable_age": "a higher age is allowed where the government justifies it (C102: the working ability "
                       "of elderly persons; C128: demographic, economic and social criteria shown statistically)",
    "survivor_replacement_rate": "widow's and two orphans' pensions together; also met where a benefit 10 points "
                                 "lower is secured after 5 years (C102 Article 63(3), C128 Article 24(3))",
    "old_age_replacement_rate": "the scheme's own pension; a supplement for a wife is not modelled; also met "
                                "where a benefit 10 points lower is secured after 10 years (C102 Article 29(3), "
                                "C128 Article 18(3))",
    "invalidity_replacement_rate": "also met where a benefit 10 points lower is secured after 5 years (C102 "
                                   "Article 57(3), C128 Article 11(3)); a supplement for a wife and children is "
                                   "not modelled",
    "old_age_skilled_wage_rate": "previous earnings at the skilled manual employee's wage, 125 % of the average "
                                 "wage: a ceiling or a maximum must still let him reach the line",
    "pension_adjustment": "automatic indexation; an ad hoc review cannot be judged",
}


@dataclass(frozen=True)
class Check:
    """One rule judged year by year: `values` over `years` (NaN where not judged)."""

    rule: Rule
    years: np.ndarray
    values: np.ndarray
    alternative: np.ndarray | None = None  # the values of `rule.alternative`, where it has one

    @property
    def failing(self) -> np.ndarray:
        """Years in which the value is on the wrong side of the line and the alternative, if
        any, falls short of its own (NaN never fails)."""
        gap = self.values - self.rule.required
        own = (gap < -SLACK) if self.rule.at_least else (gap > SLACK)
        return own & ~self.by_alternative_mask() if self.alternative is not None else own

    def by_alternative_mask(self) -> np.ndarray:
        """Years in which the alternative reaches its line."""
        return self.alternative - self.rule.alternative_required >= -SLACK

    @property
    def met_by_alternative(self) -> bool:
        """Met, but in some year only by the alternative (the value itself below the line)."""
        return self.met and self.alternative is not None and bool(
            (self.values - self.rule.required < -SLACK).any())

    @property
    def met(self) -> bool:
        return not self.failing.any()

    @property
    def first_year_not_met(self) -> int | None:
        bad = np.flatnonzero(self.failing)
        return int(self.years[bad[0]]) if bad.size else None

    @property
    def worst(self) -> tuple[float | None, int | None]:
        """The value furthest below (or above) the line over the years, and its year."""
        if np.isnan(self.values).all():
            return None, None
        signed = self.values if self.rule.at_least else -self.values
        k = int(np.flatnonzero(signed <= np.nanmin(signed) + SLACK)[0])  # the first of equal years
        return float(self.values[k]), int(self.years[k])

    def value_in(self, year: int) -> float | None:
        k = np.flatnonzero(self.years == year)
        return float(self.values[k[0]]) if k.size and np.isfinite(self.values[k[0]]) else None

    def margins(self) -> np.ndarray:
        """By year, >= 0 exactly where met; a year counts as a percentage point; +inf where
        not judged (a year without contributors cannot fail the standard)."""
        gap = self.values - self.rule.required if self.rule.at_least else self.rule.required - self.values
        scaled = gap / 100.0 if self.rule.unit == "years" else gap
        own = np.where(np.isnan(scaled), np.inf, scaled + SLACK)
        if self.alternative is None:
            return own
        other = self.alternative - self.rule.alternative_required + SLACK
        return np.maximum(own, np.where(np.isnan(other), -np.inf, other))

    def to_dict(self) -> dict:
        value, year = self.worst
        rule = self.rule
        return {"convention": rule.convention, "article": rule.article, "item": rule.item,
                "required": rule.required, "value": value, "met": self.met,
                "first_year_not_met": self.first_year_not_met, "year_of_value": year,
                "comparison": ">=" if rule.at_least else "<=", "unit": rule.unit, "citation": rule.citation,
                "note": NOTES.get(rule.item, ""),
                "by_year": {"year": [int(y) for y in self.years],
                            "value": [float(v) if np.isfinite(v) else None for v in self.values]}} | (
            {} if self.alternative is None else {"alternative": {
                "item": rule.alternative, "required": rule.alternative_required,
                "met_by_alternative": self.met_by_alternative,
                "value": [float(v) if np.isfinite(v) else None for v in self.alternative]}})


@dataclass(frozen=True)
class StandardBeneficiaries:
    """What the standard beneficiaries get, `(scenario, award year)`, and the rules they meet."""

    years: np.ndarray
    old_age: np.ndarray  # share of the reference wage
    invalidity: np.ndarray
    survivors: np.ndarray
    by_item: dict[str, np.ndarray]  # every item's values, the shares above included


def standard_beneficiaries(scheme: Scheme, reforms: Sequence[Reform],
                           projections: Sequence[Projection]) -> StandardBeneficiaries:
    """The standard beneficiaries' benefits in every scenario and award year.

    `projections` are the scenarios' results (the same order as `reforms`): the average
    insurable wage `AW(t)` they report is the standard wage, the floor's base and the
    ceiling's base, so a reform that changes who contributes changes them as in the engine.
    """
    economy = scheme_base(scheme).economy
    paths = scenario_paths(scheme, reforms)
    wage = np.stack([p.indicators["average_wage"].to_numpy(dtype=float) for p in projections])
    wage = np.nan_to_num(wage)  # no contributors: AW = 0, as in the engine (spec 16)
    history = _WageHistory(economy, paths, wage)
    now = slice(1, None)
    aw = wage[:, now]
    with np.errstate(invalid="ignore", divide="ignore"):
        def old(wages: np.ndarray, years: int, earnings: float = 1.0) -> np.ndarray:  # over his own wage
            return _award(paths, aw, wages, years, np.zeros_like(aw), paths.minimum_service_years[:, now]) / (
                earnings * aw)

        full = history.reference(paths.reference_period)
        skilled_wages = history.reference(paths.reference_period, SKILLED_WAGE)
        old_age, ten_years, reduced = (old(full, years) for years in (OLD_AGE_CAREER, TEN_YEARS, SHORT_CAREER))
        skilled, skilled_ten_years = (old(skilled_wages, years, SKILLED_WAGE)
                                      for years in (OLD_AGE_CAREER, TEN_YEARS))
        invalidity, invalidity_five = (_invalidity(scheme, paths, aw, history, years)
                                       for years in (SHORT_CAREER, FIVE_YEARS))
        survivors, survivors_five = (_survivors(scheme, paths, economy, history, years) / aw
                                     for years in (SHORT_CAREER, FIVE_YEARS))
    growth = _indexation(paths, economy)
    lower = np.minimum(economy.inflation, economy.wage_growth)[None, now]
    by_item = {
        "old_age_replacement_rate": old_age,
        "old_age_skilled_wage_rate": skilled,
        "old_age_ten_year_rate": ten_years,  # the alternatives of the 30-year lines (not rules of their own)
        "old_age_skilled_ten_year_rate": skilled_ten_years,
        "old_age_qualifying_period": paths.minimum_service_years[:, now].astype(float),
        "old_age_reduced_benefit": reduced,
        "pensionable_age": paths.pensionable_age[:, :, now].max(axis=1).astype(float),
        "invalidity_replacement_rate": invalidity,
        "invalidity_five_year_rate": invalidity_five,
        "invalidity_qualifying_period": np.full(aw.shape, float(scheme.disability.min_service_years)),
        "survivor_replacement_rate": survivors,
        "survivor_five_year_rate": survivors_five,
        "survivor_qualifying_period": np.full(aw.shape, float(scheme.survivors.min_service_years)),
        "pension_adjustment": growth[:, now] / (1.0 + lower),
    }
    return StandardBeneficiaries(scheme.years[now], old_age, invalidity, survivors, by_item)


def check_standards(scheme: Scheme, reforms: Sequence[Reform],
                    projections: Sequence[Projection]) -> list[list[Check]]:
    """Every rule of both conventions for each scenario, in `RULES` order; rules for a branch
    the scheme does not have (no invalidity incidence, no survivors' table) are left out.

    A reform that carries assumptions is judged under its own economy, as it is projected."""
    branches = {None: True, "old_age": True, "invalidity": bool(scheme.disability.incidence.any()),
                "survivors": bool(scheme.survivors.married.any() or scheme.survivors.orphans.any())}
    rules = [rule for rule in RULES if branches[rule.branch]]
    groups: dict[Assumptions, list[int]] = {}
    for n, reform in enumerate(reforms):
        groups.setdefault(reform.assumptions, []).append(n)
    out: list[list[Check]] = [[] for _ in reforms]
    for assumptions, members in groups.items():
        found = standard_beneficiaries(apply_assumptions(scheme, assumptions), [reforms[n] for n in members],
                                       [projections[n] for n in members])
        for k, n in enumerate(members):
            out[n] = [Check(rule, found.years, found.by_item[rule.item][k],
                            found.by_item[rule.alternative][k] if rule.alternative else None) for rule in rules]
    return out


def not_judged(scheme: Scheme) -> list[str]:
    """The branches the scheme lacks, whose rules `check_standards` leaves out, in words."""
    missing = []
    if not scheme.disability.incidence.any():
        missing.append("invalidity (the workbook has no Disability sheet)")
    if not (scheme.survivors.married.any() or scheme.survivors.orphans.any()):
        missing.append("survivors (the workbook has no Survivors sheet)")
    return missing


def convention_margins(checks: Sequence[Check], convention: str, branch: str | None = None) -> np.ndarray:
    """By award year, the smallest margin over a convention's checks (only those of one
    `branch` and of every Part, where given): >= 0 where all are met."""
    own = [c.margins() for c in checks if c.rule.convention == convention
           and (branch is None or c.rule.branch in (branch, None))]
    return np.min(own, axis=0) if own else np.zeros(0)


def _award(paths: ScenarioPaths, aw: np.ndarray, reference: np.ndarray, service: float, credit: np.ndarray,
           threshold: np.ndarray) -> np.ndarray:
    """The engine's award (spec 12 and 13) for one member with `service` years, `(n, T-1)`."""
    now = slice(1, None)
    got = class_awards(ONE_MEMBER, np.ones(aw.size), np.full(aw.size, float(service)),
                       np.ravel(credit).astype(float), reference.reshape(-1, 1),
                       paths.accrual_rate[:, now].ravel(), paths.maximum_replacement_rate[:, now].ravel(),
                       (paths.minimum_pension_to_avg_wage[:, now] * aw).ravel(),
                       np.ravel(threshold).astype(float), None)
    return got.mean_award.reshape(aw.shape)


def _invalidity(scheme: Scheme, paths: ScenarioPaths, aw: np.ndarray, history: "_WageHistory",
                service: int) -> np.ndarray:
    """The invalidity award (spec 13) over `AW(t)` of a man insured from INSURED_FROM who becomes
    invalid with `service` years: credited to the men's pensionable age, reference period
    `min(N, age - 15)`, capped and floored as old-age awards."""
    rules = scheme.disability
    age = INSURED_FROM + service
    credit = rules.future_service_credit * np.maximum(0, paths.pensionable_age[:, 0, 1:] - age)
    period = np.minimum(paths.reference_period, max(1, age - 15))
    return _award(paths, aw, history.reference(period), service, credit,
                  np.full(aw.shape, rules.min_service_years)) / aw


def _survivors(scheme: Scheme, paths: ScenarioPaths, economy: Economy, history: "_WageHistory",
               service: int) -> np.ndarray:
    """Widow's and two orphans' pensions at 1 January `t` after the breadwinner, insured from
    INSURED_FROM, died during `t-1` with `service` years (spec 14: `Bs` from his capped wage,
    no cap or floor on the award, indexed once); nothing where his service falls short or the
    share is 0."""
    rules = scheme.survivors
    before, now = slice(None, -1), slice(1, None)
    age = INSURED_FROM + service - 1
    years_left = np.maximum(0, paths.pensionable_age[:, 0, before] - age)
    benefit = earned_pension(paths.accrual_rate[:, before], service, scheme.disability.future_service_credit,
                             years_left, history.capped_last_year())
    qualifies = service >= rules.min_service_years - SERVICE_SLACK
    shares = paths.survivor_share[:, now] + (CHILDREN * rules.orphan_share if rules.orphans.any() else 0.0)
    return np.where(qualifies, shares * benefit * _indexation(paths, economy)[:, now], 0.0)


def _indexation(paths: ScenarioPaths, economy: Economy) -> np.ndarray:
    """`1 + iota(t)`, `(n, T)`: the engine's indexation of pensions in payment (spec 6)."""
    share = paths.indexation_wage_share
    return 1.0 + (share * economy.wage_growth + (1.0 - share) * economy.inflation)


class _WageHistory:
    """The standard beneficiary's past wages: at award year `t` he earns `AW(t)`, and in an
    earlier year `u` what the wage index says, `AW(t)·WI(u)/WI(t)` (spec 4: every wage moves
    with `WI`), capped by that year's ceiling `K(u)` (spec 11; before `t0`, `K(t0)·WI(u)`)."""

    def __init__(self, economy: Economy, paths: ScenarioPaths, wage: np.ndarray):
        self.economy, self.paths, self.wage = economy, paths, wage
        self.wages = economy.extended_index("wages", MAX_PERIOD)  # WI at t0-80 .. t0+H
        with np.errstate(invalid="ignore"):  # no ceiling (inf) × no wage (a country with no scheme)
            ceiling = paths.contribution_ceiling_to_avg_wage * wage  # K(t); inf where none is set
        ceiling = np.where(np.isnan(ceiling), 0.0, ceiling)  # nobody earns anything to cap there
        before = ceiling[:, :1] * self.wages[None, :MAX_PERIOD]
        self.ceiling = np.concatenate((before, ceiling), axis=1)  # (n, 80 + T)

    def reference(self, periods: np.ndarray, earnings: float = 1.0) -> np.ndarray:
        """`RW(t) = (1/N) Σ_{m=1..N} min(W(t-m), K(t-m)) · IX(t)/IX(t-m)` for awards in `t0+1..`, for a
        member who has always earned `earnings` times the average wage (the ceiling stays)."""
        n, years = self.wage.shape
        longest = int(periods.max())
        t = np.arange(1, years)
        at = MAX_PERIOD + t  # award years in the extended axis
        past = at[:, None] - np.arange(1, longest + 1)[None, :]  # (T-1, m)
        earned = earnings * self.wage[:, 1:, None] * (self.wages[past] / self.wages[at][:, None])[None]
        capped = np.minimum(earned, self.ceiling[:, past])
        out = np.zeros((n, years - 1))
        codes = self.paths.revaluation[:, 1:]
        counted = np.arange(1, longest + 1)[None, None, :] <= periods[:, 1:, None]
        for code in np.unique(codes).tolist():
            index = self.economy.extended_index(REVALUATION_METHODS[code], MAX_PERIOD)
            revalued = capped * (index[at][:, None] / index[past])[None]
            total = np.where(counted, revalued, 0.0).sum(axis=2) / periods[:, 1:]
            out = np.where(codes == code, total, out)
        return out

    def capped_last_year(self) -> np.ndarray:
        """`min(W(t-1), K(t-1))` for a death during `t-1`, `(n, T-1)`: his wage the year before
        the award year, from the award year's average wage."""
        at = MAX_PERIOD + np.arange(1, self.wage.shape[1])
        earned = self.wage[:, 1:] * self.wages[at - 1] / self.wages[at]
        return np.minimum(earned, self.ceiling[:, at - 1])
