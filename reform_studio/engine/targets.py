"""Solvency and adequacy targets that a lever can be solved for ("what would it take?").

A target is read from a short expression an actuary would write:

- `reserve>=0` — the reserve never falls below 0 (or another amount) through the horizon;
  `reserve>=0@2075` through 2075 only;
- `reserve_ratio>=2@2050` — the reserve is at least 2 years of expenditure *in* 2050 (a
  funding level to reach at a date, not a floor on every year);
- `payg_balance@2040` — the scheme pays its way in 2040 from current income: contributions
  plus the state subsidy cover benefit expenditure plus administration,
  `CI + SUB >= EXP + ADM` (spec 6; `EXP` is every branch and lump sum, spec 16). Investment
  income is left out, as in any pay-as-you-go test, and so is the basic pension, which the
  state budget pays outside the scheme. Put as rates of the wage bill: the contribution rate
  is at least the PAYG cost rate less the subsidy's share of the wage bill;
- `gap<=contribution_rate` — the general average premium is not above the contribution rate
  of the last horizon year (the rate the scheme settles at once every phase-in is over);
- `replacement_rate>=0.4@2060` — the replacement rate is at least 40 % in 2060
  (`40%` is read as 0.4);
- `c102`, `c128` — every check of the ILO convention (engine/standards.py) is met in every
  award year; alone, or beside a financial target: `reserve>=0 & c102` (the lowest
  contribution rate that keeps the reserve positive while staying within C102).
  `c102:old_age` (or `:invalidity`, `:survivors`) holds the checks of that Part only, with
  the adjustment of pensions in payment, for a country that accepted only that Part.

A point-in-time target without `@YEAR` looks at the last year of the horizon. Each target
has a *margin*: a number that is >= 0 exactly when the target holds, and that grows the
more comfortably it holds, so a search can tell which end of a lever's range is closer.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Sequence

import numpy as np
import pandas as pd

from reform_studio.engine.errors import InputError, Problem
from reform_studio.engine.results import Projection
from reform_studio.engine.sentences import QT_TRANSLATE_NOOP, Figure, Sentence, figure, joined, percentage, word
from reform_studio.engine.standards import BRANCHES, Check, convention_margins

KINDS = ("reserve", "reserve_ratio", "payg_balance", "gap", "replacement_rate", "standards")
CONVENTIONS = ("c102", "c128")  # constraints that may stand beside a financial target, joined by '&'
_STANDARD = re.compile(rf"^({'|'.join(CONVENTIONS)})(?::({'|'.join(BRANCHES)}))?$")
EXAMPLES = ("reserve>=0", "reserve>=0@2075", "reserve_ratio>=2@2050", "payg_balance@2040",
            "gap<=contribution_rate", "replacement_rate>=0.4@2060", "c102", "reserve>=0 & c102",
            "reserve>=0 & c128", "reserve>=0 & c102:old_age")

_NUMBER = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
_YEAR = r"(?:\s*@\s*(?P<year>\d{4}))?"
_WITHIN = {  # a convention's checks as a clause, by the Part the target holds
    None: QT_TRANSLATE_NOOP("engine", "every check of {convention} is met"),
    "old_age": QT_TRANSLATE_NOOP("engine", "every old-age check of {convention} is met"),
    "invalidity": QT_TRANSLATE_NOOP("engine", "every invalidity check of {convention} is met"),
    "survivors": QT_TRANSLATE_NOOP("engine", "every survivors check of {convention} is met"),
}
_EITHER = joined(list(CONVENTIONS), QT_TRANSLATE_NOOP("engine", "{first} or {then}"))
_PATTERNS = (
    re.compile(rf"^(?P<kind>reserve|reserve_ratio|replacement_rate)\s*>=\s*(?P<threshold>{_NUMBER})"
               rf"\s*(?P<percent>%)?{_YEAR}$"),
    re.compile(rf"^(?P<kind>payg_balance){_YEAR}$"),
    re.compile(rf"^(?P<kind>gap)\s*<=\s*contribution_rate{_YEAR}$"),
)


@dataclass(frozen=True)
class Target:
    """`kind` (one of KINDS), a `threshold` (0 for payg_balance and gap) and a `year`, and
    the ILO conventions (`CONVENTIONS`) whose checks must hold too.

    `year` None means the whole horizon for `reserve` and the last horizon year otherwise;
    for `gap` a year is the year whose contribution rate the GAP is held against. Kind
    `standards` is a target of conventions alone.
    """

    kind: str
    threshold: float = 0.0
    year: int | None = None
    standards: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise InputError(Problem(Sentence(QT_TRANSLATE_NOOP("engine", "unknown target '{kind}' (known: {known})"),
                                              kind=self.kind, known=", ".join(KINDS))))
        if not math.isfinite(self.threshold):
            raise InputError(Problem(Sentence(QT_TRANSLATE_NOOP("engine", "target threshold {threshold} must be a "
                                                                         "finite number"),
                                              threshold=repr(self.threshold))))
        unknown = [s for s in self.standards if not _STANDARD.match(s)]
        if unknown or (self.kind == "standards" and not self.standards):
            raise InputError(Problem(Sentence(QT_TRANSLATE_NOOP("engine", "a standards target names {conventions}, "
                                                                         "not {unknown}"),
                                              conventions=_EITHER, unknown=str(unknown))))

    def conventions(self) -> list[tuple[str, str | None]]:
        """('C102', None) for `c102`, ('C102', 'old_age') for `c102:old_age`."""
        return [(name.upper(), branch or None) for name, _, branch in (s.partition(":") for s in self.standards)]

    def __str__(self) -> str:
        return " & ".join(([] if self.kind == "standards" else [self._financial()]) + list(self.standards))

    def _financial(self) -> str:
        year = f"@{self.year}" if self.year is not None else ""
        if self.kind == "payg_balance":
            return f"payg_balance{year}"
        if self.kind == "gap":
            return f"gap<=contribution_rate{year}"
        return f"{self.kind}>={self.threshold:g}{year}"

    def with_year(self, year: int | None) -> "Target":
        """The same target looking at another year (None: the default of its kind)."""
        return Target(self.kind, self.threshold, year, self.standards)

    def resolve(self, base_year: int, last_year: int) -> "Target":
        """This target with its year filled in and checked against the horizon."""
        if self.year is not None and not base_year <= self.year <= last_year:
            raise InputError(Problem(Sentence(
                QT_TRANSLATE_NOOP("engine", "target year {year} is outside the projection years {first}..{last}"),
                year=self.year, first=base_year, last=last_year)))
        if self.year is not None or self.kind in ("reserve", "standards"):
            return self
        return self.with_year(last_year)

    def describe(self, last_year: int) -> Sentence:
        """The target as a clause: 'the reserve stays at or above 0 through 2100'; 'and every
        check of C102 is met' for each convention."""
        within = [Sentence(_WITHIN[branch], convention=name) for name, branch in self.conventions()]
        clauses = within if self.kind == "standards" else [self._clause(last_year)] + within
        return joined(clauses, QT_TRANSLATE_NOOP("engine", "{first} and {then}"))

    def _clause(self, last_year: int) -> Sentence:
        year = self.year if self.year is not None else last_year
        if self.kind == "reserve":
            if self.threshold == 0:
                return Sentence(QT_TRANSLATE_NOOP("engine", "the reserve stays non-negative through {year}"), year=year)
            return Sentence(QT_TRANSLATE_NOOP("engine", "the reserve stays at or above {floor} through {year}"),
                            floor=figure(self.threshold, ",.0f"), year=year)
        if self.kind == "reserve_ratio":
            template = (
                QT_TRANSLATE_NOOP("engine", "the reserve ratio is at least {ratio} year of expenditure in {year}")
                if self.threshold == 1 else
                QT_TRANSLATE_NOOP("engine", "the reserve ratio is at least {ratio} years of expenditure in {year}"))
            return Sentence(template, ratio=figure(self.threshold, ".3g"), year=year)
        if self.kind == "payg_balance":
            return Sentence(QT_TRANSLATE_NOOP("engine", "contributions and the state subsidy cover expenditure and "
                                                        "administration in {year}"), year=year)
        if self.kind == "gap":
            return Sentence(
                QT_TRANSLATE_NOOP("engine", "the GAP is not above the contribution rate of {year}"),
                year=year)
        return Sentence(QT_TRANSLATE_NOOP("engine", "the replacement rate is at least {rate} in {year}"),
                        rate=percentage(self.threshold, ".3g"), year=year)


def parse_target(text: str) -> Target:
    """Read a target expression (see the module docstring); InputError for anything else.

    Parts joined by `&` are a financial target and/or conventions: `reserve>=0 & c102`."""
    if not isinstance(text, str):
        raise InputError(Problem(Sentence(QT_TRANSLATE_NOOP("engine", "a target must be a text such as {example}"),
                                          example=repr(EXAMPLES[0]))))
    parts = [re.sub(r"\s+", " ", part.strip().lower()) for part in text.split("&")]
    standards = tuple(dict.fromkeys(p for p in parts if _STANDARD.match(p)))
    financial = [p for p in parts if not _STANDARD.match(p)]
    if len(financial) > 1 or (len(parts) > 1 and "" in parts):
        raise InputError(Problem(Sentence(QT_TRANSLATE_NOOP("engine", "cannot read the target {target}: join at "
                                                                     "most one financial target and {conventions} "
                                                                     "with '&', as in {example}"),
                                          target=repr(text), conventions=_EITHER,
                                          example=repr(EXAMPLES[7]))))
    if not financial:
        return Target("standards", standards=standards)
    target = _financial_target(financial[0], text)
    return Target(target.kind, target.threshold, target.year, standards)


def _financial_target(cleaned: str, text: str) -> Target:
    for pattern in _PATTERNS:
        match = pattern.match(cleaned)
        if match is None:
            continue
        groups = match.groupdict()
        threshold = float(groups.get("threshold") or 0.0)
        if groups.get("percent"):
            if groups["kind"] == "reserve":
                raise InputError(Problem(Sentence(QT_TRANSLATE_NOOP("engine", "target {target}: the reserve is an "
                                                                             "amount, not a percentage"),
                                                  target=repr(text))))
            threshold /= 100.0
        year = int(groups["year"]) if groups.get("year") else None
        return Target(groups["kind"], threshold, year)
    raise InputError(Problem(Sentence(QT_TRANSLATE_NOOP("engine", "cannot read the target {target}; write one of: "
                                                                 "{examples}"),
                                      target=repr(text), examples=", ".join(EXAMPLES))))


def margin(projection: Projection, target: Target, checks: Sequence[Check] | None = None) -> float:
    """How comfortably `target` holds: >= 0 exactly when it does, -inf where undefined.

    Reserve: the lowest reserve over the years concerned minus the floor (money).
    Reserve ratio, replacement rate: the value minus the threshold in the target year.
    PAYG balance: contributions plus subsidy minus expenditure and administration, over the
    wage bill (its sign where there is no wage bill). GAP: contribution rate minus GAP.
    Conventions: the smallest margin of their checks (`standards.convention_margins`);
    `checks` are the scenario's (`standards.check_standards`), needed where the target
    names a convention.
    """
    return float(np.min(margin_profile(projection, target, checks)))


def margin_profile(projection: Projection, target: Target, checks: Sequence[Check] | None = None) -> np.ndarray:
    """The margin year by year where the target looks at several years (the reserve, the
    conventions' checks by award year, one after the other), else one value; undefined values
    are -inf. A search interpolates one year of it at a time: each year's reserve moves
    almost linearly with a lever, their minimum does not."""
    within = [np.zeros(0)]
    if target.standards:
        if checks is None:
            raise ValueError(f"the target {target} needs the scenario's standards checks")
        within = [convention_margins(checks, name, branch) for name, branch in target.conventions()]
    return np.concatenate([_financial_profile(projection, target)] + within)


def _financial_profile(projection: Projection, target: Target) -> np.ndarray:
    frame = projection.indicators
    if target.kind == "standards":
        return np.zeros(0)
    if target.kind == "reserve":
        reserve = frame["reserve"].to_numpy(dtype=float)
        if target.year is not None:
            reserve = reserve[frame.index.to_numpy() <= target.year]
        values = reserve - target.threshold
    elif target.kind == "gap":
        gap = projection.summary.get("gap")
        rate = frame.at[_year(frame, target), "contribution_rate"]
        values = np.array([float(rate) - gap if gap is not None else -math.inf])
    else:
        row = frame.loc[_year(frame, target)]
        if target.kind == "payg_balance":
            balance = _income(row) - _outgo(row)
            value = balance / row["wage_bill"] if row["wage_bill"] > 0 else np.sign(balance)
        else:
            value = row[target.kind] - target.threshold
        values = np.array([float(value)])
    return np.where(np.isnan(values), -math.inf, values)


def shortfall(projection: Projection, target: Target, checks: Sequence[Check] | None = None) -> Sentence:
    """What falls short when `target` is not met, as the end of a sentence: the financial
    target where it fails, else the first convention check that fails."""
    if target.kind == "standards" or _financial_profile(projection, target).min() >= 0:
        failing = [c for c in checks or () if not c.met and any(
            c.rule.convention == name and (branch is None or c.rule.branch in (branch, None))
            for name, branch in target.conventions())]
        if failing:
            first = min(failing, key=lambda c: c.first_year_not_met)
            rule = first.rule
            template = (QT_TRANSLATE_NOOP("engine", "{convention} Article {article} not met from {year} ({title}: "
                                                    "{value}, at least {required} required)") if rule.at_least else
                        QT_TRANSLATE_NOOP("engine", "{convention} Article {article} not met from {year} ({title}: "
                                                    "{value}, at most {required} required)"))
            return Sentence(template, convention=rule.convention, article=rule.article, year=first.first_year_not_met,
                            title=word(rule.title, "standards").lowered(),
                            value=_rule_value(rule.unit, first.value_in(first.first_year_not_met)),
                            required=_rule_value(rule.unit, rule.required))
    frame = projection.indicators
    if target.kind == "reserve":
        reserve = frame["reserve"]
        below = reserve[reserve < target.threshold]
        first = int(below.index[0]) if len(below) else None
        if target.threshold == 0:
            return Sentence(QT_TRANSLATE_NOOP("engine", "the reserve negative in {year}"), year=first)
        return Sentence(QT_TRANSLATE_NOOP("engine", "the reserve below {floor} in {year}"),
                        floor=figure(target.threshold, ",.0f"), year=first)
    if target.kind == "gap":
        gap = projection.summary.get("gap")
        year = int(frame.index[-1]) if target.year is None else target.year
        rate = float(frame.at[year, "contribution_rate"])
        shown = Sentence(QT_TRANSLATE_NOOP("engine", "undefined")) if gap is None else percentage(gap, ".2f")
        return Sentence(QT_TRANSLATE_NOOP("engine", "the GAP ({gap}) above the contribution rate of {year} ({rate})"),
                        gap=shown, year=year, rate=percentage(rate, ".2f"))
    year = _year(frame, target)
    row = frame.loc[year]
    if target.kind == "payg_balance":
        return Sentence(QT_TRANSLATE_NOOP("engine", "contributions and the state subsidy at {share} of expenditure "
                                                    "and administration in {year}"),
                        share=_ratio_text(_income(row), _outgo(row)), year=year)
    if target.kind == "reserve_ratio":
        return Sentence(QT_TRANSLATE_NOOP("engine", "the reserve ratio at {ratio} in {year} (target {target})"),
                        ratio=figure(row["reserve_ratio"], ".2f"), year=year, target=figure(target.threshold, ".3g"))
    return Sentence(QT_TRANSLATE_NOOP("engine", "the replacement rate at {rate} in {year} (target {target})"),
                    rate=percentage(row["replacement_rate"], ".1f"), year=year,
                    target=percentage(target.threshold, ".3g"))


def _rule_value(unit: str, value: float) -> Sentence | Figure:
    """A convention check's value: years ('30 years') or a share of the wage ('36.0 %')."""
    if unit == "years":
        return Sentence(QT_TRANSLATE_NOOP("engine", "{count} years"), count=figure(value, "g"))
    return percentage(value, ".1f")


def _income(row: pd.Series) -> float:
    """What the PAYG balance counts as the year's income: contributions and the state subsidy."""
    return float(row["contribution_income"] + row["state_subsidy"])


def _outgo(row: pd.Series) -> float:
    return float(row["expenditure"] + row["admin_expenses"])


def _year(frame, target: Target) -> int:
    return int(frame.index[-1]) if target.year is None else target.year


def _ratio_text(numerator: float, denominator: float) -> Figure | str:
    if denominator <= 0:
        return "–"
    return percentage(numerator / denominator, ".1f")
