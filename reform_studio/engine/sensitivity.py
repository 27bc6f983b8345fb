"""Sensitivity tests: each assumption alone, low and high, for the baseline and every reform.

The standard set is the one an ILO-style valuation report tabulates (methodology section 17);
a file may replace it (`parse_tests`). Each variant is one `project_many` batch over all
scenarios, so the set costs (1 + 2 × tests) vectorised projections.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Sequence

import numpy as np

from reform_studio.engine.assumptions import LABELS, NAMES, SHIFTS, Assumptions, apply
from reform_studio.engine.economy import RateDeviations
from reform_studio.engine.errors import InputError, Problem
from reform_studio.engine.finance import depletion_year
from reform_studio.engine.projection import Batch, Cancelled, project_batch
from reform_studio.engine.reform import Reform
from reform_studio.engine.results import INDICATORS
from reform_studio.engine.scheme import Scheme
from reform_studio.engine.sentences import QT_TRANSLATE_NOOP, Sentence

STEPS = (25, 50, 75)  # years after the base year at which rates are reported
SIDES = ("low", "high")
COLUMNS = INDICATORS[1:]
DEVIATED = ("inflation", "real_wage_growth", "investment_return")  # batched as per-scenario rates


@dataclass(frozen=True)
class AssumptionTest:
    """One assumption's low and high setting: shifts (fractions) or factors."""

    assumption: str
    low: float
    high: float

    @property
    def label(self) -> str:
        return LABELS[self.assumption]

    def variant(self, side: str) -> Assumptions:
        return Assumptions(**{self.assumption: self.low if side == "low" else self.high})

    def setting(self, side: str) -> str:
        """'−1.0 pt' or '×0.8': how the side changes the assumption."""
        value = self.low if side == "low" else self.high
        return f"{value * 100:+.1f} pt" if self.assumption in SHIFTS else f"×{value:g}"


STANDARD_TESTS = (
    AssumptionTest("real_wage_growth", -0.01, 0.01),
    AssumptionTest("investment_return", -0.01, 0.01),
    AssumptionTest("inflation", -0.01, 0.01),
    AssumptionTest("unemployment_rate", -0.02, 0.02),
    AssumptionTest("tfr", 0.8, 1.2),
    AssumptionTest("mortality", 0.85, 1.15),
    AssumptionTest("net_migration", 0.0, 2.0),
)


def parse_tests(data: Any) -> tuple[AssumptionTest, ...]:
    """A sensitivity file: `{"tests": [{"assumption": "inflation", "low": -0.02, "high": 0.02}, ...]}`.

    Each setting is checked as a reform file's assumption is; every fault is named at once.
    """
    rows = data.get("tests") if isinstance(data, dict) and set(data) == {"tests"} else None
    if not isinstance(rows, list) or not rows:
        raise InputError(Sentence(
            QT_TRANSLATE_NOOP("engine", 'a sensitivity file must be {{"tests": [{{"assumption": ..., "low": ..., '
                                        '"high": ...}}, ...]}} with at least one test')))
    problems: list[Problem] = []
    tests = []
    for n, row in enumerate(rows, start=1):
        if not isinstance(row, dict) or set(row) != {"assumption", "low", "high"} \
                or row["assumption"] not in NAMES:
            problems.append(Problem(Sentence(
                QT_TRANSLATE_NOOP("engine", 'test {number} must be {{"assumption": one of {names}, "low": number, '
                                            '"high": number}}'),
                number=n, names=", ".join(NAMES))))
            continue
        key = "shift" if row["assumption"] in SHIFTS else "factor"
        try:
            for side in SIDES:
                Assumptions.from_dict({row["assumption"]: {key: row[side]}})
        except InputError as exc:
            problems += [Problem(Sentence(
                QT_TRANSLATE_NOOP("engine", "test {number} ({side}): {problem}"),
                number=n, side=side, problem=p.message)) for p in exc.problems]
            continue
        tests.append(AssumptionTest(row["assumption"], float(row["low"]), float(row["high"])))
    if problems:
        raise InputError(problems)
    return tuple(tests)


def keyed_tests(values: dict[str, float]) -> tuple[AssumptionTest, ...]:
    """The standard set with a workbook's `<assumption>_low` / `_high` keys in place of its
    settings; a test whose two settings both change nothing is left out."""
    tests = []
    for test in STANDARD_TESTS:
        low = values.get(f"{test.assumption}_low", test.low)
        high = values.get(f"{test.assumption}_high", test.high)
        neutral = 0.0 if test.assumption in SHIFTS else 1.0
        if not low == high == neutral:
            tests.append(AssumptionTest(test.assumption, low, high))
    if not tests:
        raise InputError(Sentence(
            QT_TRANSLATE_NOOP("engine", "the SensitivityTests sheet leaves no test: every setting changes nothing")))
    return tuple(tests)


@dataclass(frozen=True)
class Figures:
    """What a valuation's sensitivity table reports for one scenario under one variant."""

    gap: float | None
    depletion_year: int | None
    payg_cost_rate: dict[int, float | None]  # by year: base + STEPS within the horizon
    reserve_ratio: dict[int, float | None]

    @classmethod
    def of(cls, batch: Batch, row: int) -> "Figures":
        years = batch.years

        def at(name: str) -> dict[int, float | None]:
            column = COLUMNS.index(name)
            out = {}
            for step in STEPS:
                if step < len(years):
                    value = float(batch.table[row, step, column])
                    out[int(years[step])] = value if np.isfinite(value) else None
            return out

        gap = float(batch.gap[row])
        return cls(gap if np.isfinite(gap) else None,
                   depletion_year(years, batch.table[row, :, COLUMNS.index("reserve")]),
                   at("payg_cost_rate"), at("reserve_ratio"))

    def value(self, indicator: str, year: int | None = None) -> float | None:
        """One figure: `gap`, `depletion_year`, or a rate in `year`."""
        if indicator in ("gap", "depletion_year"):
            return getattr(self, indicator)
        return getattr(self, indicator).get(year)

    def to_dict(self) -> dict[str, Any]:
        return {"gap": self.gap, "depletion_year": self.depletion_year,
                "payg_cost_rate": {str(y): v for y, v in self.payg_cost_rate.items()},
                "reserve_ratio": {str(y): v for y, v in self.reserve_ratio.items()}}


@dataclass(frozen=True)
class Sensitivity:
    """`central[scenario]` and `varied[test][side][scenario]` for the scenarios' names."""

    base_year: int
    names: tuple[str, ...]
    tests: tuple[AssumptionTest, ...]
    central: tuple[Figures, ...]
    varied: tuple[tuple[tuple[Figures, ...], tuple[Figures, ...]], ...]

    def swings(self, scenario: int, indicator: str, year: int | None = None) -> list[tuple[AssumptionTest, float | None,
                                                                                             float | None]]:
        """`(test, low value, high value)` sorted by swing |high − low|, largest first
        (a test with a missing value last): the tornado's bars."""
        rows = [(test, low[scenario].value(indicator, year), high[scenario].value(indicator, year))
                for test, (low, high) in zip(self.tests, self.varied)]

        def swing(row) -> float:
            return -1.0 if row[1] is None or row[2] is None else abs(row[2] - row[1])

        return sorted(rows, key=swing, reverse=True)

    def to_dict(self) -> dict[str, Any]:
        scenarios = []
        for n, name in enumerate(self.names):
            variants = [{"assumption": test.assumption, "side": side, "setting": test.setting(side),
                         "value": test.low if side == "low" else test.high, **figures[k][n].to_dict()}
                        for test, figures in zip(self.tests, self.varied) for k, side in enumerate(SIDES)]
            scenarios.append({"name": name, "central": self.central[n].to_dict(), "variants": variants})
        return {"base_year": self.base_year, "steps": list(STEPS),
                "tests": [{"assumption": t.assumption, "label": t.label, "low": t.low, "high": t.high}
                          for t in self.tests],
                "scenarios": scenarios}


def run_sensitivity(scheme: Scheme, reforms: Sequence[Reform],
                    tests: Sequence[AssumptionTest] = STANDARD_TESTS,
                    progress: Callable[[float], None] | None = None,
                    cancelled: Cancelled | None = None) -> Sensitivity:
    """Project every scenario centrally and under each test's low and high variant.

    A reform's own assumptions stay and the test's variant is added to them (shifts add,
    factors multiply), so a reform file made for a low-growth scenario is tested around it.
    Tests of economic rates run in one batch with the central projection, each scenario
    under its own rates (`project_batch` deviations); the others on a varied scheme each.
    """
    economic = [k for k, test in enumerate(tests) if test.assumption in DEVIATED]
    others = [k for k in range(len(tests)) if k not in economic]
    steps = len(others) * 2 + 1
    done = 0
    figures: dict[tuple[int, int], list[Figures | None]] = {}  # (test or -1, side) -> per scenario
    groups: dict[Assumptions, list[int]] = {}
    for n, reform in enumerate(reforms):
        groups.setdefault(reform.assumptions, []).append(n)

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done / (steps * len(groups)))

    for own, members in groups.items():
        group = [reforms[n] for n in members]
        for k in economic:  # a shift the model cannot use is refused, naming the assumption
            for side in SIDES:
                apply(scheme, own.combined(tests[k].variant(side)))
        keys = [(-1, 0)] + [(k, j) for k in economic for j in range(2)]
        batch = project_batch(apply(scheme, own), group * len(keys),
                              _deviations(tests, keys, len(group), len(scheme.years)), cancelled=cancelled)
        for block, key in enumerate(keys):
            for m, n in enumerate(members):
                figures.setdefault(key, [None] * len(reforms))[n] = Figures.of(batch, block * len(group) + m)
        step()
        for k in others:
            for j, side in enumerate(SIDES):
                batch = project_batch(apply(scheme, own.combined(tests[k].variant(side))), group,
                                      cancelled=cancelled)
                for m, n in enumerate(members):
                    figures.setdefault((k, j), [None] * len(reforms))[n] = Figures.of(batch, m)
                step()
    return Sensitivity(scheme.base_year, tuple(r.name for r in reforms), tuple(tests),
                       tuple(figures[(-1, 0)]),  # type: ignore[arg-type]  # every slot filled
                       tuple((tuple(figures[(k, 0)]), tuple(figures[(k, 1)])) for k in range(len(tests))))


def _deviations(tests: Sequence[AssumptionTest], keys: list[tuple[int, int]], size: int, years: int) -> RateDeviations:
    """Rows of shifts: for each (test, side) block, `size` scenarios under that shift."""
    rows = {name: np.zeros((len(keys) * size, years)) for name in DEVIATED}
    for block, (k, j) in enumerate(keys):
        if k >= 0:
            test = tests[k]
            rows[test.assumption][block * size:(block + 1) * size] = test.low if j == 0 else test.high
    return RateDeviations(**rows)
