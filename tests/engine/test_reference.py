"""The engine against a literal, year-by-year reading of spec v2 (tests/engine/reference_model.py).

First the oracle itself is held against the four worked examples (every indicator, relative
1e-6, as the spec's examples README says). Then the engine is held against the oracle on
random version-2 schemes and reforms: every indicator (counts, money, ratios, ages, rates),
the GAP and the depletion year; where the engine refuses an input (InputError) the oracle
must refuse it too, and the other way round.

The random cases (seeded, so a failure is reproduced by its test id) start from the worked
examples and switch the version-2 branches on at random (member classes, ceiling,
qualifying period and grant, disability, survivors, funeral grant, Schedule and year paths,
a baseline basic pension); a failure is shrunk to the fewest branches and levers that still
show it, within a time budget so that a broken engine cannot stall the suite.
"""
from __future__ import annotations

import json
import math
import random
import time
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import numpy as np
import openpyxl
import pytest

from reform_studio import load_scheme
from reform_studio.engine.errors import InputError
from reform_studio.engine.projection import project, project_many
from reform_studio.engine.reform import Reform
from reform_studio.engine.scheme import BasicPension, Disability, Scheme, Survivors, YearPath, frozen_array
from tests.conftest import example_files
from tests.engine.reference_model import ReferenceRefusal, lever_paths, reference_projection, reform_from_dict

EXACT = ("year", "pensionable_age_male", "pensionable_age_female")
# Demography and the economy do not depend on the branches: the two readings agree to rounding.
TIGHT = ("population", "population_65_plus", "old_age_dependency_ratio", "employed", "gdp", "contribution_rate")
RTOL = 1e-6  # the spec's own tolerance for everything that goes through the benefit branches


# ---------------------------------------------------------------------------------------
# Schemes of the worked examples, with the version-2 additions read independently


def _cell(value: Any) -> float:
    return 0.0 if value is None or value == "" else float(value)


def _age_columns(book: openpyxl.Workbook, sheet: str, columns: list[str]) -> dict[str, np.ndarray]:
    """Named columns of an age table (blank = 0); columns the sheet lacks stay 0."""
    out = {c: np.zeros(101) for c in columns}
    if sheet not in book.sheetnames:
        return out
    rows = book[sheet].iter_rows(values_only=True)
    header = [str(c).strip().lower() if c is not None else "" for c in next(rows)]
    for row in rows:
        if row[0] is None:
            continue
        age = 100 if str(row[0]).strip() == "100+" else int(row[0])
        for c in columns:
            if c in header:
                out[c][age] = _cell(row[header.index(c)])
    return out


def with_v2_additions(scheme: Scheme, path: Path) -> Scheme:
    """The scheme with the keys, sheets and columns of spec 11-16 read straight from the workbook.

    The oracle is checked against the examples without relying on the v2 workbook reader
    (which has its own tests), so that a reader slip cannot hide or fake an oracle slip.
    """
    book = openpyxl.load_workbook(path, data_only=True)
    keys = {str(r[0]).strip().lower(): r[1] for r in book["Scheme"].iter_rows(values_only=True)
            if r[0] is not None and r[1] not in (None, "")}
    both = lambda d, a, b: frozen_array(np.stack([d[a], d[b]]))  # noqa: E731
    inc = _age_columns(book, "Disability", ["incidence_male", "incidence_female"])
    pens = _age_columns(book, "Pensioners", [
        "disability_pensioners_male", "disability_pensioners_female", "disability_pension_male",
        "disability_pension_female", "survivors_male", "survivors_female", "survivor_pension_male",
        "survivor_pension_female", "orphans", "orphan_pension"])
    sv = _age_columns(book, "Survivors", ["married_male", "married_female", "orphans_male", "orphans_female",
                                          "orphan_age_male", "orphan_age_female"])
    disability = Disability(
        incidence=both(inc, "incidence_male", "incidence_female"),
        min_service_years=int(keys.get("disability_min_service_years", 0)),
        future_service_credit=float(keys.get("disability_future_service_credit", 0)),
        mortality_factor=float(keys.get("disability_mortality_factor", 1)),
        pensioners=both(pens, "disability_pensioners_male", "disability_pensioners_female"),
        pensions=both(pens, "disability_pension_male", "disability_pension_female"))
    survivors = Survivors(
        married=both(sv, "married_male", "married_female"), orphans=both(sv, "orphans_male", "orphans_female"),
        orphan_age=both(sv, "orphan_age_male", "orphan_age_female"),
        orphan_share=float(keys.get("orphan_share", 0)), orphan_age_limit=int(keys.get("orphan_age_limit", 18)),
        spouse_age_difference=int(keys.get("spouse_age_difference", 0)),
        min_service_years=int(keys.get("survivor_min_service_years", 0)),
        spouses=both(pens, "survivors_male", "survivors_female"),
        spouse_pensions=both(pens, "survivor_pension_male", "survivor_pension_female"),
        orphans_paid=frozen_array(pens["orphans"]), orphan_pensions=frozen_array(pens["orphan_pension"]))
    ceiling = keys.get("contribution_ceiling_to_avg_wage")
    return replace(
        scheme, wage_dispersion=float(keys.get("wage_dispersion", 0)),
        service_spread=float(keys.get("service_spread", 0)),
        contribution_ceiling_to_avg_wage=None if ceiling is None else float(ceiling),
        minimum_service_years=int(keys.get("minimum_service_years", 0)),
        old_age_grant_rate=float(keys.get("old_age_grant_rate", 0)),
        survivor_share=float(keys.get("survivor_share", 0)),
        funeral_grant_to_avg_wage=float(keys.get("funeral_grant_to_avg_wage", 0)),
        disability=disability, survivors=survivors)


@lru_cache(maxsize=None)
def example_scheme(name: str) -> Scheme:
    workbook = example_files(name)[0]
    return with_v2_additions(load_scheme(workbook), workbook)


# ---------------------------------------------------------------------------------------
# Comparison


def _as_float(values: Any) -> np.ndarray:
    return np.array([math.nan if v is None else v for v in values], dtype=float)


def first_difference(name: str, got: np.ndarray, want: np.ndarray, years: np.ndarray,
                     rtol: float) -> str | None:
    """Where `got` leaves `want` (relative `rtol`, of the series' size near zero), or None."""
    if len(got) != len(want):
        return f"{name}: {len(got)} years instead of {len(want)}"
    finite = np.isfinite(want)
    scale = float(np.abs(want[finite]).max()) if finite.any() else 0.0
    for year, g, w in zip(years, got, want):
        if math.isnan(w) or math.isnan(g):
            if math.isnan(w) != math.isnan(g):
                return f"{name} in {int(year)}: {g!r}, the reference says {w!r} (null where one is null)"
            continue
        if name in EXACT:
            if g != w:
                return f"{name} in {int(year)}: {g!r}, the reference says {w!r}"
        elif abs(g - w) > rtol * max(abs(w), 1e-6 * scale):
            return f"{name} in {int(year)}: {g!r}, the reference says {w!r} (relative {abs(g - w) / max(abs(w), 1e-300):.2e})"
    return None


def compare(engine_indicators: dict[str, np.ndarray], engine_summary: dict, reference: dict[str, Any]) -> list[str]:
    """Every difference between the engine's output and the reference's, one line each."""
    years = reference["year"]
    problems = []
    for name, want in reference.items():
        if name in ("gap", "depletion_year"):
            continue
        if name not in engine_indicators:
            problems.append(f"{name}: missing from the engine's indicators")
            continue
        rtol = 1e-9 if name in TIGHT else RTOL
        diff = first_difference(name, np.asarray(engine_indicators[name], dtype=float), want, years, rtol)
        if diff:
            problems.append(diff)
    gap, want_gap = engine_summary.get("gap"), reference["gap"]
    gap = math.nan if gap is None else float(gap)
    if math.isnan(gap) != math.isnan(want_gap) or (
            not math.isnan(want_gap) and not math.isclose(gap, want_gap, rel_tol=RTOL, abs_tol=1e-12)):
        problems.append(f"gap: {gap!r}, the reference says {want_gap!r}")
    if engine_summary.get("depletion_year") != reference["depletion_year"]:
        problems.append(f"depletion_year: {engine_summary.get('depletion_year')!r}, "
                        f"the reference says {reference['depletion_year']!r}")
    return problems


def engine_columns(projection) -> dict[str, np.ndarray]:
    frame = projection.indicators
    columns = {name: frame[name].to_numpy(dtype=float) for name in frame.columns}
    columns["year"] = frame.index.to_numpy(dtype=float)
    return columns


# ---------------------------------------------------------------------------------------
# 1. The oracle against the worked examples


@pytest.mark.parametrize("name", ["example1", "example2", "example3", "example4"])
def test_reference_reproduces_the_worked_examples(name):
    _, reform_files, expected_path = example_files(name)
    expected = json.loads(expected_path.read_text())
    scheme = example_scheme(name)
    reforms = [Reform()] + [reform_from_dict(json.loads(p.read_text())) for p in reform_files]
    assert len(expected["scenarios"]) == len(reforms)
    for scenario, reform in zip(expected["scenarios"], reforms):
        got = reference_projection(scheme, reform)
        problems = []
        for indicator, values in scenario["indicators"].items():
            diff = first_difference(indicator, got[indicator], _as_float(values), got["year"], 1e-6)
            if diff:
                problems.append(diff)
        assert set(got) - {"gap", "depletion_year"} == set(scenario["indicators"])
        assert math.isclose(got["gap"], scenario["summary"]["gap"], rel_tol=1e-6)
        assert got["depletion_year"] == scenario["summary"]["depletion_year"]
        assert not problems, f"{name} / {scenario['name']}:\n" + "\n".join(problems)


# ---------------------------------------------------------------------------------------
# 2. The oracle's own refusals (spec 7 and 16)


@pytest.mark.parametrize("levers, why", [
    ({"contribution_ceiling_to_avg_wage": {"value": 1.5, "step": 0.1}}, "ceiling step without a baseline ceiling"),
    ({"contribution_ceiling_to_avg_wage": 0}, "ceiling must be above 0"),
    ({"contribution_ceiling_to_avg_wage": 10.5}, "ceiling at most 10"),
    ({"maximum_replacement_rate": {"value": 0.6, "step": 0.01}}, "max replacement step without a baseline one"),
    ({"minimum_service_years": 51}, "qualifying period at most 50"),
    ({"minimum_service_years": 12.5}, "whole years"),
    ({"minimum_service_years": {"value": 10, "step": 1}}, "a step on a years lever"),
    ({"old_age_grant_rate": 1.2}, "a rate above 1"),
    ({"survivor_share": {"value": 0.6, "years_per_step": 2}}, "years_per_step on a rate"),
    ({"survivor_share": {"value": 0.6, "from_year": 2022}}, "from_year not after the base year"),
    ({"pensionable_age_male": {"value": 65, "years_per_step": 0}}, "years_per_step 0"),
    ({"reference_period_years": 48}, "reference period above R - 15"),
    ({"basic_pension": {"enabled": True, "age": 65}}, "basic pension level missing"),
])
def test_reference_refuses_what_the_spec_calls_an_error(levers, why):
    scheme = example_scheme("example2")  # base year 2022, pensionable ages 62 and 60
    with pytest.raises(ReferenceRefusal):
        lever_paths(scheme, reform_from_dict({"name": why, "levers": levers}))


def test_minimum_pension_step_starts_from_zero_where_the_baseline_has_none():
    scheme = example_scheme("example2")  # no minimum pension
    t0 = scheme.base_year
    paths = lever_paths(scheme, reform_from_dict({"levers": {
        "minimum_pension_to_avg_wage": {"value": 0.3, "from_year": t0 + 2, "step": 0.1},
        "minimum_service_years": {"value": 5, "from_year": t0 + 1, "years_per_step": 2}}}))
    assert paths["minimum_pension_to_avg_wage"][:6] == pytest.approx([0, 0, 0.1, 0.2, 0.3, 0.3], abs=1e-15)
    assert paths["minimum_service_years"][:7] == [0, 1, 1, 2, 2, 3, 3]


# ---------------------------------------------------------------------------------------
# 3. The engine against the oracle
#
# A random case is a *recipe*: plain numbers saying which worked example to start from,
# which version-2 branches to switch on with which parameters, and the reform file's
# levers. On a failure the recipe is shrunk greedily (each branch and each lever switched
# off while the failure remains, the horizon cut to 10), and the message gives the smallest
# recipe and the first year each indicator differs: what the lead needs to reproduce it.


def random_recipe(seed: int) -> dict[str, Any]:
    """Branches and levers drawn from `seed`; each branch is on with probability 1/2."""
    rnd = random.Random(seed)
    base = rnd.choice(["example1", "example2", "example3", "example4"])
    t0 = example_scheme(base).base_year
    on = lambda: rnd.random() < 0.5  # noqa: E731
    recipe: dict[str, Any] = {"base": base, "horizon": rnd.randint(10, 25),
                              "reference_period_years": rnd.randint(1, 20)}
    if on():
        recipe["classes"] = [round(rnd.uniform(0, 1.5), 3), round(rnd.uniform(0, 1), 3)]
    if on():
        recipe["ceiling"] = round(rnd.uniform(0.5, 4), 3)
    if on():
        recipe["qualifying"] = [rnd.randint(0, 45), round(rnd.uniform(0, 0.3), 3)]
    if on():
        recipe["minimum_pension"] = round(rnd.uniform(0.05, 0.6), 3)
    if on():
        recipe["maximum_replacement_rate"] = round(rnd.uniform(0.2, 1.0), 3)
    if on():  # incidence scale, DQ, fc, mf, base stock
        recipe["disability"] = [round(rnd.uniform(0.2, 3), 3), rnd.randint(0, 15), round(rnd.uniform(0, 1), 3),
                                round(rnd.uniform(1, 5), 3), on()]
    if on():  # spouse share, orphan share, orphan age limit, Delta, min service, base stock
        recipe["survivors"] = [round(rnd.uniform(0, 1), 3), round(rnd.uniform(0, 0.5), 3), rnd.randint(1, 30),
                               rnd.randint(-20, 20), rnd.randint(0, 10), on()]
    if on():
        recipe["funeral"] = round(rnd.uniform(0, 2), 3)
    if on():  # Schedule rows, an EconomyByYear path, a baseline basic pension
        recipe["schedule"] = [round(rnd.uniform(0.05, 0.3), 3), t0 + rnd.randint(1, 8), rnd.randint(55, 68),
                              round(rnd.uniform(0, 0.06), 4)]
    if on():
        recipe["basic_pension"] = [rnd.randint(55, 75), round(rnd.uniform(0, 0.2), 3),
                                   rnd.choice(["universal", "pension_tested"]), round(rnd.uniform(0, 1), 3),
                                   round(rnd.uniform(0, 0.1), 3), rnd.choice([None, t0, t0 + 3])]
    recipe["levers"] = random_levers(rnd, t0)
    return recipe


def random_levers(rnd: random.Random, t0: int) -> dict[str, Any]:
    """A reform file's levers: v1 and v2, phased or not, now and then one the spec refuses."""
    def rate(low: float, high: float) -> Any:
        value = round(rnd.uniform(low, high), 4)
        kind = rnd.random()
        if kind < 0.3:
            return value
        lever = {"value": value, "from_year": t0 + rnd.randint(1, 12)}
        if kind < 0.75:
            lever["step"] = round(rnd.uniform(0.001, 0.1), 4)
        elif kind > 0.95:
            lever["from_year"] = t0 - rnd.randint(0, 2)  # refused: not after the base year
        return lever

    def years(low: int, high: int) -> Any:
        value = rnd.randint(low, high)
        if rnd.random() < 0.3:
            return value
        lever = {"value": value, "from_year": t0 + rnd.randint(1, 12)}
        if rnd.random() < 0.6:
            lever["years_per_step"] = rnd.randint(1, 4)
        return lever

    menu = {
        "contribution_rate": lambda: rate(0.0, 0.4),
        "accrual_rate": lambda: rate(0.0, 0.03),
        "minimum_pension_to_avg_wage": lambda: rate(0.0, 0.6),
        "maximum_replacement_rate": lambda: rate(0.0, 1.0),
        "indexation_wage_share": lambda: rate(0.0, 1.0),
        "contribution_density": lambda: rate(0.3, 1.0),
        "admin_cost_rate": lambda: rate(0.0, 0.1),
        "state_subsidy_rate": lambda: rate(0.0, 0.5),
        "contribution_ceiling_to_avg_wage": lambda: rate(0.5, 4.0) if rnd.random() < 0.9 else rnd.choice([0, 12]),
        "old_age_grant_rate": lambda: rate(0.0, 0.3),
        "survivor_share": lambda: rate(0.0, 1.0),
        "minimum_service_years": lambda: years(0, 40) if rnd.random() < 0.9 else 55,
        "pensionable_age_male": lambda: years(52, 70),
        "pensionable_age_female": lambda: years(52, 70),
        "reference_period_years": lambda: {"value": rnd.randint(1, 45), "from_year": t0 + rnd.randint(1, 12)},
        "revaluation": lambda: rnd.choice(["none", "prices", "wages"]),
        "coverage_extension": lambda: (lambda y: {"value": round(rnd.random(), 3), "from_year": y,
                                                  "full_by_year": y + rnd.randint(-1, 12)})(t0 + rnd.randint(1, 12)),
        "basic_pension": lambda: {"enabled": rnd.random() < 0.8, "age": rnd.randint(55, 75),
                                  "level_to_gdp_per_capita": round(rnd.uniform(0, 0.2), 3),
                                  "targeting": rnd.choice(["universal", "pension_tested"]),
                                  "from_year": t0 + rnd.randint(1, 12)},
    }
    chosen = rnd.sample(sorted(menu), rnd.randint(0, 5))
    return {name: menu[name]() for name in sorted(chosen)}


def scheme_from_recipe(recipe: dict[str, Any]) -> Scheme:
    """The worked example of `recipe["base"]` with only the recipe's branches switched on."""
    base = example_scheme(recipe["base"])
    source = example_scheme("example3")  # disability and survivors tables
    t0 = base.base_year
    changes: dict[str, Any] = dict(
        horizon=recipe["horizon"], reference_period_years=recipe["reference_period_years"],
        wage_dispersion=0.0, service_spread=0.0, contribution_ceiling_to_avg_wage=None, minimum_service_years=0,
        old_age_grant_rate=0.0, survivor_share=0.0, funeral_grant_to_avg_wage=0.0, disability=Disability(),
        survivors=Survivors(), minimum_pension_to_avg_wage=recipe.get("minimum_pension"),
        maximum_replacement_rate=recipe.get("maximum_replacement_rate"))
    if "classes" in recipe:
        changes["wage_dispersion"], changes["service_spread"] = recipe["classes"]
    if "ceiling" in recipe:
        changes["contribution_ceiling_to_avg_wage"] = recipe["ceiling"]
    if "qualifying" in recipe:
        changes["minimum_service_years"], changes["old_age_grant_rate"] = recipe["qualifying"]
    if "disability" in recipe:
        scale, dq, fc, mf, stock = recipe["disability"]
        d = source.disability
        changes["disability"] = Disability(
            incidence=frozen_array(np.minimum(1, np.asarray(d.incidence) * scale)), min_service_years=dq,
            future_service_credit=fc, mortality_factor=mf,
            pensioners=d.pensioners if stock else Disability().pensioners,
            pensions=d.pensions if stock else Disability().pensions)
    if "survivors" in recipe:
        share, orphan_share, limit, delta, smin, stock = recipe["survivors"]
        s = source.survivors
        paid = np.where(np.arange(101) < limit, s.orphans_paid, 0.0) if stock else np.zeros(101)
        changes["survivor_share"] = share
        changes["survivors"] = Survivors(
            married=s.married, orphans=s.orphans,
            orphan_age=frozen_array(np.minimum(s.orphan_age, limit - 1)),  # spec 14: below the limit
            orphan_share=orphan_share, orphan_age_limit=limit, spouse_age_difference=delta, min_service_years=smin,
            spouses=s.spouses if stock else Survivors().spouses,
            spouse_pensions=s.spouse_pensions if stock else Survivors().spouse_pensions,
            orphans_paid=frozen_array(paid), orphan_pensions=frozen_array(np.where(paid > 0, s.orphan_pensions, 0.0)))
    if "funeral" in recipe:
        changes["funeral_grant_to_avg_wage"] = recipe["funeral"]
    if "schedule" in recipe:
        rate, year, age, inflation = recipe["schedule"]
        changes["schedule"] = MappingProxyType({"contribution_rate": ((t0 + 3, rate),),
                                                "pensionable_age_male": ((year, age),)})
        changes["inflation"] = YearPath((t0 - 5, t0 + 10), (0.08, inflation))
    if "basic_pension" in recipe:
        changes["basic_pension"] = BasicPension(True, *recipe["basic_pension"])
    return replace(base, **changes)


_REFERENCE_CACHE: dict[str, Any] = {}


def reference_for(recipe: dict[str, Any]) -> dict[str, Any]:
    """The oracle's projection of a recipe (or its ReferenceRefusal, raised), computed once."""
    key = json.dumps(recipe, sort_keys=True)
    if key not in _REFERENCE_CACHE:
        try:
            _REFERENCE_CACHE[key] = reference_projection(scheme_from_recipe(recipe),
                                                         reform_from_dict({"levers": recipe["levers"]}))
        except ReferenceRefusal as exc:
            _REFERENCE_CACHE[key] = exc
    found = _REFERENCE_CACHE[key]
    if isinstance(found, ReferenceRefusal):
        raise found
    return found


def run_both(recipe: dict[str, Any]) -> tuple[list[str], str]:
    """Project with the engine and the oracle: the differences, and what happened."""
    scheme = scheme_from_recipe(recipe)
    data = {"name": "random", "levers": recipe["levers"]}
    try:
        engine: Any = project(scheme, Reform.from_dict(data))
    except InputError as exc:
        engine = exc
    try:
        reference: Any = reference_for(recipe)
    except ReferenceRefusal as exc:
        reference = exc
    engine_refuses, reference_refuses = isinstance(engine, InputError), isinstance(reference, ReferenceRefusal)
    if engine_refuses and reference_refuses:
        return [], "both refuse"
    if engine_refuses:
        return [f"the engine refuses what the reference accepts: {engine}"], "engine refuses"
    if reference_refuses:
        return [f"the engine accepts what the reference refuses: {reference}"], "reference refuses"
    return compare(engine_columns(engine), engine.summary, reference), "compared"


SHRINK_BUDGET = {"seconds": 20.0}  # shared by the whole module: a broken engine must not take minutes


def shrink(recipe: dict[str, Any], problems: list[str]) -> tuple[dict[str, Any], list[str]]:
    """The smallest recipe found that still fails, by switching off one thing at a time."""
    def what(problem: str) -> str:
        """The indicator (or exception, or refusal) a problem line is about."""
        return problem.split(":")[0].split(" in ")[0]

    wanted = what(problems[0])

    def fails(candidate: dict[str, Any]) -> list[str]:
        """The candidate's problems if it still shows the first one's kind, else nothing."""
        try:
            found = run_both(candidate)[0]
        except Exception as exc:  # a crash is a failure too
            found = [f"{type(exc).__name__}: {exc}"]
        return found if any(what(p) == wanted for p in found) else []

    start = time.monotonic()
    improved = True
    while improved and time.monotonic() - start < SHRINK_BUDGET["seconds"]:
        improved = False
        optional = [k for k in recipe if k not in ("base", "horizon", "reference_period_years", "levers")]
        candidates = [{k: v for k, v in recipe.items() if k != key} for key in optional]
        candidates += [{**recipe, "levers": {k: v for k, v in recipe["levers"].items() if k != lever}}
                       for lever in recipe["levers"]]
        if recipe["horizon"] > 10:
            candidates.append({**recipe, "horizon": 10})
        for candidate in candidates:
            if time.monotonic() - start >= SHRINK_BUDGET["seconds"]:
                break
            found = fails(candidate)
            if found:
                recipe, problems, improved = candidate, found, True
                break
    SHRINK_BUDGET["seconds"] = max(0.0, SHRINK_BUDGET["seconds"] - (time.monotonic() - start))
    return recipe, problems


SEEDS = range(40)


@pytest.mark.parametrize("seed", SEEDS)
def test_engine_matches_the_reference_on_random_v2_schemes_and_reforms(seed):
    recipe = random_recipe(seed)
    try:
        problems, _ = run_both(recipe)
    except Exception as exc:
        problems = [f"{type(exc).__name__}: {exc}"]
    if problems:
        small, small_problems = shrink(recipe, problems)
        pytest.fail(f"recipe {json.dumps(recipe)}\n" + "\n".join(problems[:12])
                    + f"\nsmallest failing recipe found: {json.dumps(small)}\n" + "\n".join(small_problems[:12]))


def test_random_cases_cover_every_branch_and_outcome():
    """The seeds exercise each branch, refusals and comparisons (so a pass means something)."""
    recipes = [random_recipe(seed) for seed in SEEDS]
    for branch in ("classes", "ceiling", "qualifying", "disability", "survivors", "funeral", "schedule",
                   "basic_pension", "minimum_pension", "maximum_replacement_rate"):
        assert sum(branch in r for r in recipes) >= 5, branch
    levers = {name for r in recipes for name in r["levers"]}
    assert {"contribution_ceiling_to_avg_wage", "old_age_grant_rate", "survivor_share",
            "minimum_service_years"} <= levers
    refused = 0
    for r in recipes:
        try:
            reference_for(r)
        except ReferenceRefusal:
            refused += 1
    assert 2 <= refused <= len(recipes) // 2


def test_project_many_matches_the_reference_scenario_by_scenario():
    recipe = random_recipe(1000)
    recipe.update(classes=[0.5, 0.4], ceiling=2.0, qualifying=[15, 0.1], disability=[1.0, 3, 0.5, 2.0, True],
                  survivors=[0.6, 0.2, 20, 4, 2, True], funeral=0.2)
    scheme = scheme_from_recipe(recipe)
    rnd = random.Random(7)
    batch = []
    while len(batch) < 4:
        levers = random_levers(rnd, scheme.base_year)
        try:
            batch.append((levers, reference_projection(scheme, reform_from_dict({"levers": levers}))))
        except ReferenceRefusal:
            continue
    results = project_many(scheme, [Reform.from_dict({"name": f"r{i}", "levers": levers})
                                    for i, (levers, _) in enumerate(batch)])
    for (levers, reference), result in zip(batch, results):
        problems = compare(engine_columns(result), result.summary, reference)
        assert not problems, json.dumps({**recipe, "levers": levers}) + "\n" + "\n".join(problems)


SPOTLIGHT: dict[str, dict[str, Any]] = {
    # each isolates one branch on a worked example, so a failure names the branch
    "classes and a ceiling only": {"base": "example1", "classes": [0.6, 0.0], "ceiling": 1.8, "levers": {}},
    "ceiling introduced by the reform": {"base": "example1", "classes": [0.6, 0.0], "levers": {
        "contribution_ceiling_to_avg_wage": {"value": 2.0, "from_year": 2028}}},
    "qualifying period and grant with service classes": {
        "base": "example1", "classes": [0.0, 0.8], "qualifying": [25, 0.1], "levers": {}},
    "qualifying period rising in steps while the age falls": {
        "base": "example1", "classes": [0.0, 0.5], "levers": {
            "minimum_service_years": {"value": 30, "years_per_step": 1},
            "pensionable_age_male": {"value": 58, "years_per_step": 2}, "old_age_grant_rate": 0.2}},
    "disability only": {"base": "example1", "disability": [1.0, 2, 0.5, 2.0, True], "levers": {}},
    "survivors only, with a base stock": {"base": "example1", "survivors": [0.5, 0.2, 20, 5, 2, True], "levers": {}},
    "survivors' share phased out": {"base": "example3", "survivors": [0.5, 0.2, 20, 5, 2, True], "levers": {
        "survivor_share": {"value": 0, "step": 0.1}}},
    "funeral grant only": {"base": "example2", "funeral": 0.5, "levers": {}},
    # share_qualifying is null (not 0) when members retire but none is awarded an old-age pension
    "nobody qualifies": {"base": "example1", "qualifying": [50, 0.1], "levers": {}},
    "ceiling from a reform where the baseline has none": {
        "base": "example4", "classes": [0.8, 0.3], "levers": {
            "contribution_ceiling_to_avg_wage": {"value": 1.2, "from_year": 2030}}},
    "ages fall while the qualifying period rises, every branch": {
        "base": "example3", "reference_period_years": 5, "classes": [0.5, 0.9], "qualifying": [20, 0.2],
        "disability": [2, 5, 0.7, 3, True], "survivors": [0.7, 0.3, 20, -5, 3, True], "funeral": 1, "levers": {
            "pensionable_age_male": {"value": 55, "from_year": 2028},
            "pensionable_age_female": {"value": 57, "from_year": 2027, "years_per_step": 1},
            "minimum_service_years": {"value": 30, "from_year": 2029, "years_per_step": 2}}},
    "coverage and density with every branch at its extreme": {
        "base": "example2", "classes": [1.2, 1.0], "ceiling": 1.1, "qualifying": [35, 0.3], "minimum_pension": 0.4,
        "maximum_replacement_rate": 0.3, "disability": [3, 15, 1, 5, True], "survivors": [1, 0.5, 30, 20, 10, True],
        "funeral": 2, "levers": {
            "coverage_extension": {"value": 0.7, "from_year": 2024, "full_by_year": 2030},
            "contribution_density": {"value": 0.4, "from_year": 2023, "step": 0.05},
            "survivor_share": {"value": 0.2, "from_year": 2025, "step": 0.1},
            "old_age_grant_rate": {"value": 0, "from_year": 2030}}},
    "pension-tested basic pension with every branch": {
        "base": "example4", "classes": [0.55, 0.5], "ceiling": 2.3, "qualifying": [20, 0.1],
        "disability": [1.0, 2, 0.5, 2.0, True], "survivors": [0.5, 0.2, 20, 5, 2, True], "funeral": 0.12,
        "levers": {"basic_pension": {"enabled": True, "age": 65, "level_to_gdp_per_capita": 0.1,
                                     "targeting": "pension_tested"}}},
}


@pytest.mark.parametrize("name", SPOTLIGHT)
def test_spotlight_branches_match_the_reference(name):
    recipe = {"horizon": 30, "reference_period_years": 10, **SPOTLIGHT[name]}
    problems, outcome = run_both(recipe)
    if name == "nobody qualifies":
        shares = reference_for(recipe)["share_qualifying"]
        assert all(math.isnan(share) for share in shares)
    assert outcome == "compared", problems
    assert not problems, json.dumps(recipe) + "\n" + "\n".join(problems)
