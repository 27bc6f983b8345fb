""""What would it take?": the setting of one lever that just meets a target, and the frontier
of two levers along which a target is just met.

The search works on the lever's grid (whole years for ages and the qualifying period,
0.0001 = 0.01 percentage point for rates, 0.01 for the ceiling's multiple of the average
wage) across the whole range the spec accepts (the lever table's `valid_low..valid_high`:
pensionable ages 40..80, rates 0..1, the ceiling above 0 up to 10), not the slider's: a
slider's range is what is usually tried, and an answer beyond it (a GAP above 40 %) is still
the answer. It first projects both ends of the range: which end meets the target tells the
direction that helps (no table of "which way is good" to keep up to date), and where neither
end does, the target is out of reach of this lever alone and the answer says so, with what to
try instead. Otherwise it narrows a bracket (one grid value that fails, one that meets) until
the two are neighbours. Each round projects a few candidates for every open bracket in one
`project_many` call: the midpoint, which at least halves the bracket, and the two grid values
around the root of the target's margin interpolated linearly between the bracket ends
(Illinois variant of regula falsi, so that a margin that saturates at one end does not stall
it). A margin linear in the lever (the contribution rate against the GAP, say) is solved in
one round; at most about log2(grid size) rounds are ever needed, and the loop is bounded.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Callable, Sequence

import numpy as np
import pandas as pd

from reform_studio.engine.errors import InputError, Problem
from reform_studio.engine.parameters import LEVER_BY_NAME, LeverSpec
from reform_studio.engine.paths import baseline_rate
from reform_studio.engine.projection import Cancelled, project_many
from reform_studio.engine.reform import Lever, Reform
from reform_studio.engine.results import Projection
from reform_studio.engine.scheme import Scheme
from reform_studio.engine.sentences import QT_TRANSLATE_NOOP, Listing, Sentence, figure, percentage, word
from reform_studio.engine.standards import Check, check_standards
from reform_studio.engine.targets import Target, margin_profile, parse_target, shortfall

RATE_STEP = 0.0001  # 0.01 percentage point
RATIO_STEP = 0.01  # of the average wage, for the contribution ceiling
PENSIONABLE_AGES = ("pensionable_age_male", "pensionable_age_female")
MAX_ROUNDS = 40  # each round at least halves a bracket; 2**40 grid values is far beyond any range


@dataclass(frozen=True)
class SolvableLever:
    """A lever the solver can move: the reform levers it sets and how to say its value."""

    name: str
    noun: str  # "a contribution rate": said as "<noun> of 15.23 %<suffix>"
    suffix: str
    levers: tuple[str, ...]
    spec: LeverSpec
    in_years: bool = False  # said with its unit ("of 20 years"); a pensionable age is said bare ("of 67")

    @property
    def integer(self) -> bool:
        return self.spec.kind == "age"

    @property
    def step(self) -> float:
        """The spacing of the values searched: a year, 0.01 of the average wage, 0.01 point."""
        return 1 if self.integer else RATIO_STEP if self.spec.kind == "ratio" else RATE_STEP

    @property
    def grid(self) -> np.ndarray:
        """Every value on the step that the spec accepts, ascending (a ratio must be above
        its lower bound, so the ceiling starts at 0.01 × average wage, not at 0)."""
        spec, step = self.spec, self.step
        first = math.ceil(spec.valid_low / step - 1e-9)
        if spec.kind == "ratio" and first * step <= spec.valid_low:
            first += 1
        positions = np.arange(first, math.floor(spec.valid_high / step + 1e-9) + 1)
        return positions if self.integer else np.round(positions * step, 4)

    @property
    def title(self) -> str:
        """'Contribution rate'; 'Pensionable age, men and women' for the pair."""
        return "Pensionable age, men and women" if len(self.levers) > 1 else self.spec.title

    @property
    def bare(self) -> str:
        """The noun without its article: 'contribution rate'."""
        return self.noun.split(" ", 1)[1]

    def text(self, value: float) -> Sentence:
        """A value as said after the noun: '15.23 %', '2.50 × average wage', '67', '20 years';
        'none' for a ceiling that the baseline does not set."""
        if math.isinf(value):
            return word("none", "levers")
        if self.integer:
            return _years(int(value)) if self.in_years else Sentence("{value}", value=figure(int(value), "d"))
        if self.spec.kind == "ratio":
            return Sentence(QT_TRANSLATE_NOOP("engine", "{value} {unit}"), value=figure(value, ".2f"),
                            unit=word(self.spec.unit, "levers"))
        return Sentence("{value}", value=percentage(value, ".2f"))

    def amount(self, value: float) -> Sentence:
        """A value standing alone, as in a table: an age with its unit ('67 years')."""
        return _years(int(value)) if self.integer else self.text(value)

    def says(self, value: float, link: str = "of") -> Sentence:
        """'a contribution rate of 15.23 %'; `link` may be 'as low as' and the like. Each
        lever's phrases are whole templates (i18n/solve_phrases.py marks them), as a language
        that agrees the link with the noun needs them."""
        return Sentence(f"{self.noun} {link} {{value}}{self.suffix}", value=self.text(value))

    def across(self, low: float, high: float) -> Sentence:
        """'at any contribution rate from 0.00 % to 100.00 %'."""
        return Sentence(f"at any {self.bare} from {{low}} to {{high}}{self.suffix}",
                        low=self.text(low), high=self.text(high))

    def unset(self) -> Sentence:
        """'with no contribution ceiling, as now': a lever the baseline does not set."""
        return Sentence(f"with no {self.bare}, as now")


def _years(count: int) -> Sentence:
    return Sentence(QT_TRANSLATE_NOOP("levers", "{count} year") if count == 1
                    else QT_TRANSLATE_NOOP("levers", "{count} years"), context="levers", count=figure(count, "d"))


def _solvable(name: str, noun: str, suffix: str = "", levers: tuple[str, ...] | None = None,
              in_years: bool = False) -> SolvableLever:
    levers = levers or (name,)
    return SolvableLever(name, noun, suffix, levers, LEVER_BY_NAME[levers[0]], in_years)


SOLVABLE: dict[str, SolvableLever] = {s.name: s for s in (
    _solvable("contribution_rate", "a contribution rate"),
    _solvable("contribution_ceiling_to_avg_wage", "a contribution ceiling"),
    _solvable("pensionable_age_male", "a pensionable age for men"),
    _solvable("pensionable_age_female", "a pensionable age for women"),
    _solvable("pensionable_age", "a pensionable age", " for men and women", PENSIONABLE_AGES),
    _solvable("minimum_service_years", "a qualifying period", in_years=True),
    _solvable("old_age_grant_rate", "an old-age grant", " of the reference wage per year of service"),
    _solvable("accrual_rate", "an accrual rate"),
    _solvable("indexation_wage_share", "a wage share in indexation"),
    _solvable("coverage_extension", "a coverage extension", " of the uncovered employed"),
    _solvable("minimum_pension_to_avg_wage", "a minimum pension", " of the average wage"),
    _solvable("survivor_share", "a survivor's pension", " of the deceased's pension"),
)}


@dataclass(frozen=True)
class SolveResult:
    """The answer to "which value of `lever` meets `target`?".

    `value` is the least ambitious value in the range searched that meets the target: one grid
    step less (`SolvableLever.step`) fails, unless `value` is the end of the range. Where the
    current setting already meets the target, `value` shows how far the lever could move the
    other way. Where nothing in range meets it, `met` is False and `value` is the end of the
    range that comes closest. `baseline_value` is the setting the search started from (the
    reform's value of the lever where it sets one, else the baseline's; infinite for a
    ceiling that neither sets); `reform` is the input reform with the lever set to `value`
    (unchanged where the lever makes no difference), and `projection` its results.
    `already_met` says that the current setting meets the target too: `value` is then how far
    the lever could move the other way, not what is needed.
    """

    lever: str
    value: float
    target: Target
    met: bool
    projection: Projection
    baseline_value: float
    message: str
    reform: Reform
    already_met: bool = False


def solvable_lever(name: str) -> SolvableLever:
    """The solver's description of lever `name`; InputError naming the choices otherwise."""
    found = SOLVABLE.get(name) if isinstance(name, str) else None
    if found is None:
        raise InputError(Problem(Sentence(QT_TRANSLATE_NOOP("engine", "cannot solve for lever {name} (choose "
                                                                     "one of: {levers})"),
                                          name=repr(name), levers=", ".join(SOLVABLE)), lever=str(name)))
    return found


def current_value(scheme: Scheme, reform: Reform, name: str) -> float:
    """The lever's setting in `reform`: its own value, else the baseline's in its first year
    (infinite for a ceiling the baseline does not set, as in the engine's paths: every ceiling
    is lower, so the search's "is it met now?" compares the right way; 0 for coverage).

    For `pensionable_age` (both sexes) the higher of the two ages.
    """
    lever = solvable_lever(name)
    template = _template(reform, lever)
    start = template.start(scheme.base_year) if template is not None else scheme.base_year + 1
    values = []
    for part in lever.levers:
        own = reform.levers.get(part)
        if isinstance(own, Lever):
            values.append(float(own.value))
        elif part == "coverage_extension":
            values.append(0.0)
        else:
            values.append(float(baseline_rate(scheme, part, np.array([start]))[0]))
    value = max(values)
    return int(round(value)) if lever.integer else value


def with_value(reform: Reform, name: str, value: float) -> Reform:
    """`reform` with lever `name` set to `value`, keeping its from_year and phase-in where set.

    For `pensionable_age` each sex keeps its own timing; a sex without a lever of its own
    takes the other's.
    """
    lever = solvable_lever(name)
    value = int(value) if lever.integer else round(float(value), 4)
    template = _template(reform, lever)
    for part in lever.levers:
        own = reform.levers.get(part)
        base = own if isinstance(own, Lever) else template
        reform = reform.with_lever(part, replace(base, value=value) if base is not None else Lever(value))
    return reform


def value_grid(scheme: Scheme, reform: Reform, name: str) -> np.ndarray:
    """Every value the search may try, ascending: the lever's grid over the spec's range,
    without pensionable ages too low for the reference period (spec 7: period <= R - 15)."""
    lever = solvable_lever(name)
    grid = lever.grid
    if set(lever.levers) & set(PENSIONABLE_AGES):
        longest_period = max([scheme.reference_period_years] + [
            int(l.value) for n, l in reform.levers.items() if n == "reference_period_years"])
        grid = grid[grid >= longest_period + 15]
    return grid


def solve(scheme: Scheme, reform: Reform | None, lever: str, target: Target | str, *,
          cancelled: Cancelled | None = None) -> SolveResult:
    """The value of one lever, all others as `reform` sets them, that just meets `target`.

    `target` is one of the expressions of `targets` (`reserve>=0`, `payg_balance@2040`, ...).
    `payg_balance@YEAR` is the actuary's pay-as-you-go balance: contributions plus the state
    subsidy cover benefit expenditure (every branch and lump sum) plus administration in YEAR,
    `CI + SUB >= EXP + ADM`, leaving out investment income and the basic pension (which the
    state budget pays outside the scheme). Where the target is out of this lever's reach, the
    message says what to try instead. `cancelled()` is checked before each batch of
    projections (`ProjectionCancelled`)."""
    spec = solvable_lever(lever)
    reform = reform or Reform()
    target = _resolve(scheme, target)
    current = current_value(scheme, reform, lever)
    grid = value_grid(scheme, reform, lever)
    [outcome] = _search(scheme, target, grid, [lambda v: with_value(reform, lever, v)], cancelled)
    if outcome.value is None:  # the lever makes no difference and the target holds: keep the reform
        value, solved = current, reform
        projection = project_many(scheme, [reform], cancelled=cancelled)[0]
    else:
        value, solved, projection = outcome.value, with_value(reform, lever, outcome.value), outcome.projection
    value = int(value) if spec.integer else float(value)
    [checks] = _checks(scheme, target, [solved], [projection])
    message = _message(spec, target, outcome, value, current, grid, projection, scheme, checks)
    if not outcome.met:
        message = Sentence(QT_TRANSLATE_NOOP("engine", "{answer} {advice}"), answer=message,
                           advice=_what_next(spec, target, reform, projection, scheme, checks))
    return SolveResult(lever, value, target, outcome.met, projection, current, message, solved,
                       _met_now(outcome, value, current))


def _met_now(outcome: _Outcome, value: float, current: float) -> bool:
    """Whether the current setting meets the target already (then `value` is headroom)."""
    if not outcome.met:
        return False
    if outcome.value is None:
        return True
    return value <= current if outcome.ascending else value >= current


def frontier(scheme: Scheme, reform: Reform | None, lever_x: str, values_x: Sequence[float],
             lever_y: str, target: Target | str, *, cancelled: Cancelled | None = None) -> pd.DataFrame:
    """For each value of `lever_x`, the value of `lever_y` that just meets `target`.

    Indexed by the x values (named `lever_x`), one column `lever_y`: NaN where no y in range
    meets the target, the end of the range where every y does. All x values are searched
    together, one `project_many` call per round. `attrs` hold what a chart needs: `feasible`
    ('above' or 'below' the line), `y_range` (the range searched), `current` (the reform's
    own x and y; None where one of them is a ceiling that is not set, which has no place on
    the chart), `target` and `goal` (the target in words).
    """
    spec_x, spec_y = solvable_lever(lever_x), solvable_lever(lever_y)
    if set(spec_x.levers) & set(spec_y.levers):
        raise InputError(Problem(Sentence(QT_TRANSLATE_NOOP("engine", "the frontier needs two different levers, "
                                                                     "not {first} and {second}"),
                                          first=lever_x, second=lever_y)))
    reform = reform or Reform()
    target = _resolve(scheme, target)
    xs = _check_values(spec_x, values_x)
    grid = value_grid(scheme, reform, lever_y)
    builds = [_builder(with_value(reform, lever_x, x), lever_y) for x in xs]
    outcomes = _search(scheme, target, grid, builds, cancelled)
    ascending = [o.ascending for o in outcomes if o.ascending is not None]
    above = sum(ascending) * 2 >= len(ascending)
    free = grid[0] if above else grid[-1]  # where y makes no difference, all of the range meets
    current = (float(current_value(scheme, reform, lever_x)), float(current_value(scheme, reform, lever_y)))
    ys = [np.nan if not o.met else (o.value if o.value is not None else free) for o in outcomes]
    frame = pd.DataFrame({lever_y: np.asarray(ys, dtype=float)}, index=pd.Index(xs, name=lever_x))
    frame.attrs.update({
        "lever_x": lever_x, "lever_y": lever_y, "target": str(target),
        "goal": target.describe(int(scheme.years[-1])),
        "feasible": "above" if above else "below",
        "y_range": (float(grid[0]), float(grid[-1])),
        "current": current if all(map(math.isfinite, current)) else None,
    })
    return frame


def _builder(reform: Reform, lever: str) -> Callable[[float], Reform]:
    return lambda value: with_value(reform, lever, value)


def _template(reform: Reform, lever: SolvableLever) -> Lever | None:
    return next((reform.levers[p] for p in lever.levers if isinstance(reform.levers.get(p), Lever)), None)


def _resolve(scheme: Scheme, target: Target | str) -> Target:
    target = parse_target(target) if isinstance(target, str) else target
    return target.resolve(scheme.base_year, int(scheme.years[-1]))


def _check_values(lever: SolvableLever, values: Sequence[float]) -> np.ndarray:
    xs = np.asarray(values, dtype=float)
    if xs.ndim != 1 or xs.size == 0 or not np.all(np.isfinite(xs)):
        raise InputError(Problem(Sentence(QT_TRANSLATE_NOOP("engine", "the frontier needs a list of finite x values")),
                                 lever=lever.name))
    low, high = lever.grid[0], lever.grid[-1]
    if (lever.integer and not np.all(xs == np.round(xs))) or xs.min() < low or xs.max() > high:
        template = (QT_TRANSLATE_NOOP("engine", "{title} values must be whole numbers of years from {low} to {high}")
                    if lever.integer else QT_TRANSLATE_NOOP("engine", "{title} values must be from {low} to {high}"))
        raise InputError(Problem(Sentence(template, title=word(lever.title, "levers"), low=lever.amount(low),
                                          high=lever.amount(high)), lever=lever.name))
    return xs.astype(int) if lever.integer else np.round(xs, 4)


@dataclass
class _Outcome:
    """One search's answer: `value` meets the target where `met`; `value` None means every
    value in range meets it equally (the lever makes no difference)."""

    met: bool
    value: float | None
    projection: Projection | None
    ascending: bool | None  # True where higher values help, None where undecided


@dataclass
class _Bracket:
    """Positions along the grid ordered from least to most ambitious: `a` fails, `b` meets;
    each end keeps its margin profile (see `targets.margin_profile`), `b` its projection."""

    grid: np.ndarray  # ordered least -> most ambitious
    build: Callable[[float], Reform]
    a: int
    b: int
    profile_a: np.ndarray
    profile_b: np.ndarray
    projection_b: Projection

    def candidates(self) -> list[int]:
        """The midpoint, and the grid values either side of the root interpolated in the
        year where the failing end falls shortest."""
        picks = {(self.a + self.b) // 2}
        worst = int(np.argmin(self.profile_a))
        low, high = self.profile_a[worst], self.profile_b[worst]
        if math.isfinite(low) and math.isfinite(high) and high > low:
            root = self.a + (self.b - self.a) * (-low) / (high - low)
            picks |= {math.floor(root), math.floor(root) + 1}
        return sorted(p for p in picks if self.a < p < self.b)

    def narrow(self, tried: list[tuple[int, np.ndarray, Projection]]) -> None:
        """Keep the tightest pair of a failing and a meeting position."""
        for position, profile, projection in tried:
            if profile.min() >= 0 and position < self.b:
                self.b, self.profile_b, self.projection_b = position, profile, projection
        for position, profile, projection in tried:
            if profile.min() < 0 and self.a < position < self.b:
                self.a, self.profile_a = position, profile


def _search(scheme: Scheme, target: Target, grid: np.ndarray,
            builds: list[Callable[[float], Reform]], cancelled: Cancelled | None) -> list[_Outcome]:
    """Solve one bracket per builder, projecting every open bracket's candidates together."""
    reforms = [build(v) for build in builds for v in (grid[0], grid[-1])]
    ends = project_many(scheme, reforms, cancelled=cancelled)
    profiles = _profiles(scheme, target, reforms, ends)
    outcomes: list[_Outcome | None] = []
    brackets: dict[int, _Bracket] = {}
    for n, build in enumerate(builds):
        low, high = ends[2 * n], ends[2 * n + 1]
        p_low, p_high = profiles[2 * n], profiles[2 * n + 1]
        m_low, m_high = p_low.min(), p_high.min()
        if m_low >= 0 and m_high >= 0:
            outcomes.append(_everywhere(grid, _comfort(p_low), _comfort(p_high), low, high))
        elif m_low < 0 and m_high < 0:
            best_high = _comfort(p_high) >= _comfort(p_low)
            outcomes.append(_Outcome(False, grid[-1] if best_high else grid[0],
                                     high if best_high else low, None))
        else:
            ascending = bool(m_high >= 0)
            ordered, fail, meet = (grid, p_low, (p_high, high)) if ascending \
                else (grid[::-1], p_high, (p_low, low))
            brackets[n] = _Bracket(ordered, build, 0, len(grid) - 1, fail, meet[0], meet[1])
            outcomes.append(None)
    for _round in range(MAX_ROUNDS):
        open_ = {n: b.candidates() for n, b in brackets.items() if b.b - b.a > 1}
        if not open_:
            break
        reforms = [brackets[n].build(brackets[n].grid[p]) for n, picks in open_.items() for p in picks]
        projections = project_many(scheme, reforms, cancelled=cancelled)
        results = iter(zip(projections, _profiles(scheme, target, reforms, projections)))
        for n, picks in open_.items():
            tried = []
            for p in picks:
                projection, profile = next(results)
                tried.append((p, profile, projection))
            brackets[n].narrow(tried)
    for n, b in brackets.items():
        outcomes[n] = _Outcome(True, b.grid[b.b], b.projection_b, bool(b.grid[-1] >= b.grid[0]))
    return outcomes  # type: ignore[return-value]


def _checks(scheme: Scheme, target: Target, reforms: Sequence[Reform],
            projections: Sequence[Projection]) -> list[list[Check] | None]:
    """The ILO standards checks of each scenario where the target names a convention."""
    if not target.standards:
        return [None] * len(reforms)
    return check_standards(scheme, reforms, projections)


def _profiles(scheme: Scheme, target: Target, reforms: Sequence[Reform],
              projections: Sequence[Projection]) -> list[np.ndarray]:
    """Each scenario's margin profile (`targets.margin_profile`), the standards of a batch checked together."""
    checks = _checks(scheme, target, reforms, projections)
    return [margin_profile(p, target, c) for p, c in zip(projections, checks)]


def _comfort(profile: np.ndarray) -> tuple[int, float, float]:
    """How well an end does: the years it holds before it first fails (a reserve that lasts to
    2051 is closer than one that runs out in 2034 with a smaller deficit, as an actuary reads
    it), then its margin, then (where those tie, as when the reserve's lowest point is the
    base year's whatever the lever) its margin summed over the years."""
    failing = np.flatnonzero(profile < 0)
    held = int(failing[0]) if failing.size else profile.size
    finite = profile[np.isfinite(profile)]
    return held, float(profile.min()), float(finite.sum()) if finite.size else -math.inf


def _everywhere(grid: np.ndarray, m_low: tuple, m_high: tuple, low: Projection, high: Projection) -> _Outcome:
    """Both ends meet the target: the least ambitious end is the one that does less well."""
    if m_low == m_high:
        return _Outcome(True, None, None, None)
    if m_low < m_high:
        return _Outcome(True, grid[0], low, True)
    return _Outcome(True, grid[-1], high, False)


def _message(lever: SolvableLever, target: Target, outcome: _Outcome, value: float, current: float,
             grid: np.ndarray, projection: Projection, scheme: Scheme, checks: list[Check] | None) -> Sentence:
    last_year = int(scheme.years[-1])
    goal = target.describe(last_year)
    if not outcome.met:
        return Sentence(QT_TRANSLATE_NOOP("engine", "Even {lever} leaves {shortfall}."), lever=lever.says(value),
                        shortfall=shortfall(projection, target, checks))
    if outcome.value is None:
        return Sentence(QT_TRANSLATE_NOOP("engine", "{goal} {range}."), case="capital", goal=goal,
                        range=lever.across(grid[0], grid[-1]))
    at_end = value in (grid[0], grid[-1])
    still = "as low as" if outcome.ascending else "as high as"
    if at_end and (value == grid[0]) == bool(outcome.ascending):
        return Sentence(QT_TRANSLATE_NOOP("engine", "{goal} across the range searched: even {lever} (now {now}) "
                                                    "meets the target."),
                        case="capital", goal=goal, lever=lever.says(value), now=lever.text(current))
    meets_now = (value <= current) if outcome.ascending else (value >= current)
    if value == current:
        return Sentence(QT_TRANSLATE_NOOP("engine", "Just met at the current {now}: {goal}; one step less would "
                                                    "not do."), now=lever.text(current), goal=goal)
    if meets_now:
        now = (Sentence(QT_TRANSLATE_NOOP("engine", "at the current {now}"), now=lever.text(current))
               if math.isfinite(current) else lever.unset())
        return Sentence(QT_TRANSLATE_NOOP("engine", "Already met {now}: {goal}. It would still be met with {lever}."),
                        now=now, goal=goal, lever=lever.says(value, still))
    return Sentence(QT_TRANSLATE_NOOP("engine", "{lever} (now {now}) is needed so that {goal}."), case="capital",
                    lever=lever.says(value), now=lever.text(current), goal=goal)


def _what_next(lever: SolvableLever, target: Target, reform: Reform, projection: Projection,
               scheme: Scheme, checks: list[Check] | None) -> Sentence:
    """What to try where the lever's whole range falls short, as a sentence: a year before any
    reform acts cannot be helped; otherwise the reform's timing, the target's years, another
    lever or two levers together (the frontier) may get there."""
    first_reform_year = scheme.base_year + 1
    if target.kind == "reserve" and margin_profile(projection, target, checks)[0] < 0:
        return Sentence(QT_TRANSLATE_NOOP("engine", "No reform acts before {first}, and the reserve is already "
                                                    "below the floor in {base}: choose a lower floor."),
                        first=first_reform_year, base=scheme.base_year)
    if target.year == scheme.base_year:
        return Sentence(QT_TRANSLATE_NOOP("engine", "No reform acts before {first}: choose a later year."),
                        first=first_reform_year)
    options = []
    template = _template(reform, lever)
    if template is not None and (template.step is not None or template.years_per_step is not None):
        options.append(Sentence(QT_TRANSLATE_NOOP("engine", "a faster phase-in")))
    if template is not None and template.start(scheme.base_year) > first_reform_year:
        options.append(Sentence(QT_TRANSLATE_NOOP("engine", "an earlier start than {year}"),
                                year=template.start(scheme.base_year)))
    below = projection.indicators["reserve"] < target.threshold
    if target.kind == "reserve" and below.any():  # not where only a convention's check fails
        holds_through = int(below.index[below.to_numpy()][0]) - 1
        options.append(Sentence(QT_TRANSLATE_NOOP("engine", "a shorter period ({target} holds)"),
                                target=str(Target("reserve", target.threshold, holds_through))))
    elif target.kind in ("reserve_ratio", "replacement_rate") and target.year < int(scheme.years[-1]):
        options.append(Sentence(QT_TRANSLATE_NOOP("engine", "a later year (the reform then has longer to work)")))
    options.append(Sentence(QT_TRANSLATE_NOOP("engine", "another lever")))
    return Sentence(QT_TRANSLATE_NOOP("engine", "Try {options}, or two levers together (the frontier shows which "
                                                "pairs work)."), options=Listing(options))
