"""A slow, literal reading of the projection spec (version 2), one scenario, one year at a time.

The engine computes retirement, contributors and awards in closed form over all years and
batches scenarios; this oracle follows the spec's sentences as written, so that a
vectorisation slip in the engine shows up as a difference:

- its own lever paths (spec 7 and 16), written from the text and sharing no code with
  `reform_studio.engine.paths`, and its own refusal of settings the spec calls errors;
- a retired flag per cohort, carried from year to year (spec 4);
- awards found cohort by cohort, member class by member class (50 classes, spec 11-13),
  reference wages summed term by term with each past wage capped by the ceiling of the
  year it was earned in (`K(t-m)`);
- stocks of old-age, disability, spouse and orphan pensioners survived and indexed age by
  age (spec 6, 13, 14), deaths turned into survivors' awards and funeral grants (14, 15);
- finances and every indicator of sections 8 and 16.

Python floats and plain loops throughout: clarity over speed (a 75-year projection still
takes a second or two). Where the spec is silent the choice made here is written next to
the code and in docs/methodology.md ("Choices"), so the engine can be checked against it.
"""
from __future__ import annotations

import math
from statistics import NormalDist
from typing import Any

import numpy as np

from reform_studio.engine.reform import BasicPensionLever, Lever, Reform
from reform_studio.engine.scheme import Scheme

A = 101  # ages 0..100, 100 = 100+
SLACK = 1e-9  # spec 16: service compared with a threshold
N_EARNINGS = 10
N_SERVICE = 5
INF = math.inf

RATE_LEVERS = ("contribution_rate", "accrual_rate", "minimum_pension_to_avg_wage",
               "maximum_replacement_rate", "indexation_wage_share", "admin_cost_rate",
               "state_subsidy_rate", "contribution_density", "old_age_grant_rate", "survivor_share")
RATIO_LEVERS = ("contribution_ceiling_to_avg_wage",)
AGE_LEVERS = ("pensionable_age_male", "pensionable_age_female")
SERVICE_LEVERS = ("minimum_service_years",)
ALLOWED_FIELDS = {
    **{name: {"step"} for name in RATE_LEVERS + RATIO_LEVERS},
    **{name: {"years_per_step"} for name in AGE_LEVERS + SERVICE_LEVERS},
    "reference_period_years": set(),
    "revaluation": set(),
    "coverage_extension": {"full_by_year"},
}
REVALUATION = ("none", "prices", "wages")


class ReferenceRefusal(ValueError):
    """The spec calls this input an error (spec 7, 16); the engine must refuse it too."""


# ---------------------------------------------------------------------------------------
# Member classes (spec 11)


def earnings_classes(sd: float) -> list[float]:
    """`z_j = e_j / mean(e)`, `e_j = exp(sd * Phi^-1((j - 0.5)/10))`, j = 1..10."""
    e = [math.exp(sd * NormalDist().inv_cdf((j - 0.5) / N_EARNINGS)) for j in range(1, N_EARNINGS + 1)]
    mean = sum(e) / len(e)
    return [v / mean for v in e]


def service_classes(h: float) -> list[float]:
    """`y_k = 1 + h * (2k - 6) / 5`, k = 1..5."""
    return [1 + h * (2 * k - 6) / 5 for k in range(1, N_SERVICE + 1)]


# ---------------------------------------------------------------------------------------
# Lever paths (spec 7 and 16), read from the text


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _is_whole(value: Any) -> bool:
    return _is_number(value) and float(value).is_integer()


def _sign(x: float) -> float:
    return (x > 0) - (x < 0)


def _baseline(scheme: Scheme, name: str, years: list[int]) -> list[float]:
    """`pbase(t)`: the workbook's value, changed by Schedule rows from their year on.

    A rate the workbook leaves unset is `None` in every year (no minimum pension, no
    maximum replacement rate, no ceiling); `minimum_service_years` unset is 0.
    """
    value = getattr(scheme, name)
    path: list[Any] = [None if value is None else float(value)] * len(years)
    for year, scheduled in sorted(scheme.schedule.get(name, ())):
        path = [float(scheduled) if t >= year else p for t, p in zip(years, path)]
    return path


def _check_lever_fields(name: str, lever: Lever, t0: int) -> None:
    allowed = ALLOWED_FIELDS[name]
    for field_name in ("step", "years_per_step", "full_by_year"):
        if getattr(lever, field_name) is not None and field_name not in allowed:
            raise ReferenceRefusal(f"{name}: field {field_name} is not allowed")
    if lever.from_year is not None and (not _is_whole(lever.from_year) or lever.from_year <= t0):
        raise ReferenceRefusal(f"{name}: from_year must be after the base year")
    if lever.step is not None and (not _is_number(lever.step) or lever.step <= 0):
        raise ReferenceRefusal(f"{name}: step must be above 0")
    if lever.years_per_step is not None and (not _is_whole(lever.years_per_step) or lever.years_per_step <= 0):
        raise ReferenceRefusal(f"{name}: years_per_step must be a whole number above 0")


def _phased_path(base: list[Any], lever: Lever, years: list[int], t0: int, reach) -> list[Any]:
    """Spec 7: `value` from `from_year`, or `pbase + sign * min(|gap|, reach(t - from))` where
    the lever phases in (`reach` is None where it does not)."""
    start = lever.from_year if lever.from_year is not None else t0 + 1
    out = []
    for t, pb in zip(years, base):
        if t < start:
            out.append(pb)
        elif reach is None:
            out.append(float(lever.value))
        else:
            gap = float(lever.value) - pb
            out.append(pb + _sign(gap) * min(abs(gap), reach(t - start)))
    return out


def _rate_path(base: list[Any], lever: Lever, years: list[int], t0: int) -> list[Any]:
    """Rates move by `step` a year: `step * (t - from + 1)`."""
    reach = None if lever.step is None else (lambda since: lever.step * (since + 1))
    return _phased_path(base, lever, years, t0, reach)


def _years_path(base: list[float], lever: Lever, years: list[int], t0: int) -> list[float]:
    """Ages (and 16's qualifying period): one year per `years_per_step`."""
    n = lever.years_per_step
    return _phased_path(base, lever, years, t0, None if n is None else (lambda since: since // n + 1))


def lever_paths(scheme: Scheme, reform: Reform) -> dict[str, list[Any]]:
    """Every parameter for every year `t0..t0+H` of one scenario, or a ReferenceRefusal."""
    t0 = scheme.base_year
    years = [t0 + k for k in range(scheme.horizon + 1)]
    paths: dict[str, list[Any]] = {}
    levers = dict(reform.levers)
    for name in levers:
        if name not in ALLOWED_FIELDS and name != "basic_pension":
            raise ReferenceRefusal(f"unknown lever {name}")

    for name in RATE_LEVERS + RATIO_LEVERS:
        base = _baseline(scheme, name, years)
        lever = levers.get(name)
        if lever is None:
            paths[name] = base
            continue
        if not isinstance(lever, Lever):
            raise ReferenceRefusal(f"{name}: not a lever")
        _check_lever_fields(name, lever, t0)
        if not _is_number(lever.value):
            raise ReferenceRefusal(f"{name}: value must be a number")
        if name in RATIO_LEVERS:
            if not 0 < lever.value <= 10:
                raise ReferenceRefusal(f"{name}: a ceiling is a ratio in 0 < c <= 10")
        elif not 0 <= lever.value <= 1:
            raise ReferenceRefusal(f"{name}: a rate is a fraction 0..1")
        if lever.step is not None and base[0] is None:
            if name == "minimum_pension_to_avg_wage":
                base = [0.0 if b is None else b for b in base]  # spec 7: pbase is 0
            else:
                # spec 7 (maximum replacement rate) and 16 (ceiling): step needs a baseline value
                raise ReferenceRefusal(f"{name}: step needs a baseline value to start from")
        if lever.step is not None and any(b is None for b in base):
            raise ReferenceRefusal(f"{name}: step needs a baseline value in every year")
        paths[name] = _rate_path(base, lever, years, t0)

    for name in AGE_LEVERS + SERVICE_LEVERS:
        base = [0.0 if b is None else b for b in _baseline(scheme, name, years)]
        lever = levers.get(name)
        if lever is not None:
            if not isinstance(lever, Lever):
                raise ReferenceRefusal(f"{name}: not a lever")
            _check_lever_fields(name, lever, t0)
            low, high = (40, 80) if name in AGE_LEVERS else (0, 50)
            if not _is_whole(lever.value) or not low <= lever.value <= high:
                raise ReferenceRefusal(f"{name}: a whole number {low}..{high}")
            base = _years_path(base, lever, years, t0)
        paths[name] = [int(round(v)) for v in base]

    period = [scheme.reference_period_years] * len(years)
    lever = levers.get("reference_period_years")
    if lever is not None:
        _check_lever_fields("reference_period_years", lever, t0)
        if not _is_whole(lever.value) or lever.value < 1:
            raise ReferenceRefusal("reference_period_years: a whole number of years, at least 1")
        start = lever.from_year if lever.from_year is not None else t0 + 1
        period = [int(lever.value) if t >= start else p for t, p in zip(years, period)]
    for k, t in enumerate(years):
        for name in AGE_LEVERS:
            if period[k] > paths[name][k] - 15:
                raise ReferenceRefusal(f"reference period {period[k]} longer than {name} - 15 in {t}")
    paths["reference_period_years"] = period

    method = [scheme.revaluation] * len(years)
    lever = levers.get("revaluation")
    if lever is not None:
        _check_lever_fields("revaluation", lever, t0)
        if lever.value not in REVALUATION:
            raise ReferenceRefusal("revaluation: none, prices or wages")
        start = lever.from_year if lever.from_year is not None else t0 + 1
        method = [lever.value if t >= start else m for t, m in zip(years, method)]
    paths["revaluation"] = method

    lam = [0.0] * len(years)
    lever = levers.get("coverage_extension")
    if lever is not None:
        _check_lever_fields("coverage_extension", lever, t0)
        if not _is_number(lever.value) or not 0 <= lever.value <= 1:
            raise ReferenceRefusal("coverage_extension: a fraction 0..1")
        start = lever.from_year if lever.from_year is not None else t0 + 1
        full = lever.full_by_year if lever.full_by_year is not None else start
        if not _is_whole(full) or full < start:
            raise ReferenceRefusal("coverage_extension: full_by_year not before from_year")
        lam = [lever.value * min(1.0, max(0.0, (t - start + 1) / (full - start + 1))) for t in years]
    paths["coverage_extension"] = lam

    paths["basic_pension"] = _basic_pension_path(scheme, levers.get("basic_pension"), years)
    return paths


def _basic_pension_path(scheme: Scheme, lever: Any, years: list[int]) -> list[dict | None]:
    """The basic pension in force in each year (None where there is none), spec 7."""
    t0 = years[0]
    base = scheme.basic_pension if scheme.basic_pension is not None and scheme.basic_pension.enabled else None
    path: list[dict | None] = [None] * len(years)
    if base is not None:
        start = base.from_year if base.from_year is not None else t0
        fields = {k: getattr(base, k) for k in ("age", "level_to_gdp_per_capita", "targeting",
                                                "take_up", "admin_share")}
        path = [fields if t >= start else None for t in years]
    if lever is None:
        return path
    if not isinstance(lever, BasicPensionLever):
        raise ReferenceRefusal("basic_pension: not a basic-pension lever")
    if lever.from_year is not None and lever.from_year <= t0:
        raise ReferenceRefusal("basic_pension: from_year must be after the base year")
    start = lever.from_year if lever.from_year is not None else t0 + 1
    values: dict[str, Any] = {}
    for key in ("enabled", "age", "level_to_gdp_per_capita", "targeting", "take_up", "admin_share"):
        given = getattr(lever, key)
        if given is not None:
            values[key] = given
        elif base is not None and key != "enabled":
            values[key] = getattr(base, key)
    values.setdefault("enabled", True)
    values.setdefault("targeting", "universal")
    values.setdefault("take_up", 1.0)
    values.setdefault("admin_share", 0.0)
    if not isinstance(values["enabled"], bool):
        raise ReferenceRefusal("basic_pension: enabled must be true or false")
    if values["enabled"]:
        if "age" not in values or "level_to_gdp_per_capita" not in values:
            raise ReferenceRefusal("basic_pension: age and level are required without a baseline basic pension")
        if not _is_whole(values["age"]) or not 0 <= values["age"] <= 100:
            raise ReferenceRefusal("basic_pension: age 0..100")
        for key in ("level_to_gdp_per_capita", "take_up", "admin_share"):
            if not _is_number(values[key]) or not 0 <= values[key] <= 1:
                raise ReferenceRefusal(f"basic_pension: {key} a fraction 0..1")
        if values["targeting"] not in ("universal", "pension_tested"):
            raise ReferenceRefusal("basic_pension: targeting universal or pension_tested")
    new = None if not values["enabled"] else {k: values[k] for k in (
        "age", "level_to_gdp_per_capita", "targeting", "take_up", "admin_share")}
    return [new if t >= start else p for t, p in zip(years, path)]


def reform_from_dict(data: dict) -> Reform:
    """A reform file's content (spec 10) as levers, without the engine's parser.

    Only the shape is read here (a bare value stands for `{"value": ...}`, a bare boolean
    for `{"enabled": ...}` of the basic pension); every check of a value is made by
    `lever_paths`, so that the oracle's refusals are its own.
    """
    if not isinstance(data, dict) or set(data) - {"name", "description", "levers"}:
        raise ReferenceRefusal("a reform has name, description and levers only")
    levers: dict[str, Lever | BasicPensionLever] = {}
    for name, raw in dict(data.get("levers", {})).items():
        if name == "basic_pension":
            raw = {"enabled": raw} if isinstance(raw, bool) else raw
            if not isinstance(raw, dict) or set(raw) - {"enabled", "age", "level_to_gdp_per_capita", "targeting",
                                                        "take_up", "admin_share", "from_year"}:
                raise ReferenceRefusal("basic_pension: unknown field")
            levers[name] = BasicPensionLever(**raw)
            continue
        raw = raw if isinstance(raw, dict) else {"value": raw}
        if "value" not in raw or set(raw) - {"value", "from_year", "step", "years_per_step", "full_by_year"}:
            raise ReferenceRefusal(f"{name}: a value and the fields of spec 7 only")
        levers[name] = Lever(**raw)
    return Reform(str(data.get("name", "Reform")), levers)


# ---------------------------------------------------------------------------------------
# The projection


def _grid(value: Any) -> list[list[float]]:
    """A (2, 101) array as two lists of Python floats (fast scalar arithmetic)."""
    arr = np.asarray(value, dtype=float)
    return [[float(v) for v in arr[s]] for s in range(2)]


def _zeros() -> list[list[float]]:
    return [[0.0] * A for _ in range(2)]


def _ratio(num: float, den: float) -> float:
    """Spec 8: a ratio whose denominator is 0 is null (NaN here)."""
    return num / den if den != 0 else math.nan


def _survive_and_index(count: list[list[float]], amount: list[list[float]], q: list[list[float]],
                       iota: float) -> tuple[list[list[float]], list[list[float]]]:
    """Spec 6: one year older, `count * (1 - q)`, pensions raised by `iota`; age 100 pools 99 and 100.

    Returns counts and total money by age (not yet averages), so awards can join and the
    count-weighted average be taken once.
    """
    new_count, new_money = _zeros(), _zeros()
    for s in range(2):
        for x in range(A):
            to = min(x + 1, 100)
            alive = count[s][x] * (1 - q[s][x])
            new_count[s][to] += alive
            new_money[s][to] += alive * amount[s][x] * (1 + iota)
    return new_count, new_money


def _averages(count: list[list[float]], money: list[list[float]]) -> list[list[float]]:
    return [[money[s][x] / count[s][x] if count[s][x] > 0 else 0.0 for x in range(A)] for s in range(2)]


def reference_projection(scheme: Scheme, reform: Reform | None = None) -> dict[str, Any]:
    """Every indicator of spec 8 and 16 as an array over `t0..t0+H` (NaN = null), plus
    `gap` (float, NaN if undefined) and `depletion_year` (int or None)."""
    reform = reform or Reform()
    paths = lever_paths(scheme, reform)
    t0 = scheme.base_year
    T = scheme.horizon + 1
    years = [t0 + k for k in range(T)]

    # --- demography (spec 2) -----------------------------------------------------------
    anchors = {t0: _grid(scheme.qx)}
    for year, table in scheme.qx_by_year.items():
        anchors[int(year)] = _grid(table)
    anchor_years = sorted(anchors)
    improvement = _grid(scheme.mortality_improvement)

    def mortality(t: int) -> list[list[float]]:
        last = anchor_years[-1]
        if t >= last:
            return [[min(1.0, anchors[last][s][x] * (1 - improvement[s][x]) ** (t - last)) for x in range(A)]
                    for s in range(2)]
        a = max(y for y in anchor_years if y <= t)
        b = min(y for y in anchor_years if y > t)
        w = (t - a) / (b - a)
        out = _zeros()
        for s in range(2):
            for x in range(A):
                qa, qb = anchors[a][s][x], anchors[b][s][x]
                out[s][x] = qa * (1 - w) + qb * w if qa == 0 or qb == 0 else qa ** (1 - w) * qb ** w
        return out

    q = [mortality(t) for t in years]
    if scheme.tfr is not None:
        tfr = [float(v) for v in scheme.tfr.at(np.array(years))]
    else:
        tfr = [scheme.tfr_start + (scheme.tfr_target - scheme.tfr_start)
               * min(1.0, (t - t0) / (scheme.tfr_target_year - t0)) for t in years]
    srb = [float(v) for v in scheme.sex_ratio_at_birth.at(np.array(years))]
    net_migration = [float(v) for v in scheme.net_migration.at(np.array(years))]
    if scheme.migration_profile is None:
        profile = _zeros()
    else:
        raw = _grid(scheme.migration_profile)
        total = sum(sum(row) for row in raw)
        profile = [[v / total for v in row] for row in raw]
    asfr = [float(v) for v in scheme.asfr]
    phi = [v / sum(asfr) for v in asfr]  # ages 15..49

    P = [_grid(scheme.population)]
    for k in range(T - 1):
        now, nxt = P[k], _zeros()
        M = [[net_migration[k] * profile[s][x] for x in range(A)] for s in range(2)]
        for s in range(2):
            for x in range(99):
                nxt[s][x + 1] = now[s][x] * (1 - q[k][s][x]) + M[s][x]
            nxt[s][100] = (now[s][99] * (1 - q[k][s][99]) + now[s][100] * (1 - q[k][s][100])
                           + M[s][99] + M[s][100])
        births = tfr[k] * sum(phi[x - 15] * now[1][x] for x in range(15, 50))
        nxt[0][0] = births * srb[k] / (1 + srb[k]) * (1 - q[k][0][0] / 2)
        nxt[1][0] = births / (1 + srb[k]) * (1 - q[k][1][0] / 2)
        P.append([[max(0.0, v) for v in row] for row in nxt])

    # --- economy (spec 3) --------------------------------------------------------------
    infl = [float(v) for v in scheme.inflation.at(np.array(years))]
    real = [float(v) for v in scheme.real_wage_growth.at(np.array(years))]
    ret = [float(v) for v in scheme.investment_return.at(np.array(years))]
    unemp = [float(v) for v in scheme.unemployment_rate.at(np.array(years))]
    wg = [(1 + g) * (1 + p) - 1 for g, p in zip(real, infl)]

    def make_index(rates: list[float]):
        levels = [1.0]
        for k in range(1, T):
            levels.append(levels[-1] * (1 + rates[k]))

        def index(u: int) -> float:
            if u < t0:
                return (1 + rates[0]) ** (u - t0)
            return levels[u - t0]
        return index

    WI, PI = make_index(wg), make_index(infl)

    def IX(method: str, u: int) -> float:
        return {"none": lambda _: 1.0, "prices": PI, "wages": WI}[method](u)

    lfpr = _grid(scheme.lfpr)
    emp = [[[P[k][s][x] * lfpr[s][x] * (1 - unemp[k]) for x in range(A)] for s in range(2)] for k in range(T)]
    emp_total = [sum(sum(row) for row in e) for e in emp]
    gdp = [scheme.gdp * (emp_total[k] / emp_total[0]) * WI(t) for k, t in enumerate(years)]

    # --- insured population (spec 4) --------------------------------------------------
    Rb = [int(scheme.pensionable_age_male), int(scheme.pensionable_age_female)]
    R = [[paths["pensionable_age_male"][k], paths["pensionable_age_female"][k]] for k in range(T)]
    c0 = _grid(scheme.contributors)
    cov0 = _zeros()
    for s in range(2):
        for x in range(Rb[s]):
            e0 = emp[0][s][x]
            cov0[s][x] = min(1.0, c0[s][x] / e0) if e0 > 0 else 0.0
    w0 = _grid(scheme.wages)
    w0x = [[w0[s][x] if x < Rb[s] else w0[s][Rb[s] - 1] for x in range(A)] for s in range(2)]
    lam = paths["coverage_extension"]
    dens = paths["contribution_density"]

    def wage(s: int, x: int, u: int) -> float:
        """`W[s,x,u] = W0x[s,x] * WI(u)`, also for years before t0."""
        return w0x[s][x] * WI(u)

    def contributors(k: int, retired: list[list[bool]]) -> list[list[float]]:
        C = _zeros()
        for s in range(2):
            for x in range(A):
                if retired[s][x]:
                    continue
                if x < Rb[s]:
                    C[s][x] = emp[k][s][x] * (cov0[s][x] + (1 - cov0[s][x]) * lam[k])
                else:
                    r1 = Rb[s] - 1
                    cov = cov0[s][r1] + (1 - cov0[s][r1]) * lam[k]
                    C[s][x] = P[k][s][x] * lfpr[s][r1] * (1 - unemp[k]) * cov
        return C

    z = earnings_classes(scheme.wage_dispersion)
    ys = service_classes(scheme.service_spread)
    ceiling = paths["contribution_ceiling_to_avg_wage"]
    AW: list[float] = []  # spec 4/16: gross average wage, 0 without contributors

    def K(u: int) -> float:
        """Spec 11: the ceiling of year `u`; before t0 the base-year ceiling moved by WI."""
        if u < t0:
            return INF if ceiling[0] is None else ceiling[0] * AW[0] * WI(u)
        c = ceiling[u - t0]
        return INF if c is None else c * AW[u - t0]

    accrual = paths["accrual_rate"]
    maxrr = paths["maximum_replacement_rate"]
    minpct = paths["minimum_pension_to_avg_wage"]
    grant_rate = paths["old_age_grant_rate"]
    MQ = paths["minimum_service_years"]
    period = paths["reference_period_years"]
    revaluation = paths["revaluation"]
    theta = paths["indexation_wage_share"]
    survivor_share = paths["survivor_share"]

    def reference_wage(s: int, y: int, t: int, n: int, zj: float) -> float:
        """`RW_j(n)` for an award at 1 January `t` to the cohort aged `y` at `t-1` (spec 11)."""
        method = revaluation[t - t0]
        total = 0.0
        for m in range(1, n + 1):
            earned = min(zj * wage(s, y + 1 - m, t - m), K(t - m))
            total += earned * IX(method, t) / IX(method, t - m)
        return total / n

    def award(t: int, credited: float, rw: float) -> float:
        """Spec 12: accrual on credited service, cap at maxrr * RW_j, then the floor (which wins)."""
        k = t - t0
        amount = accrual[k] * credited * rw
        if maxrr[k] is not None:
            amount = min(amount, maxrr[k] * rw)
        if minpct[k] is not None:
            amount = max(amount, minpct[k] * AW[k])
        return amount

    dis = scheme.disability
    incidence = _grid(dis.incidence)
    DQ = dis.min_service_years
    fc = dis.future_service_credit
    mf = dis.mortality_factor
    surv = scheme.survivors
    married = _grid(surv.married)
    orphans_per_death = _grid(surv.orphans)
    orphan_age = _grid(surv.orphan_age)
    limit = int(surv.orphan_age_limit)
    delta = int(surv.spouse_age_difference)
    smin = surv.min_service_years
    fg = scheme.funeral_grant_to_avg_wage

    def disabled_mortality(k: int) -> list[list[float]]:
        return [[min(1.0, mf * q[k][s][x]) for x in range(A)] for s in range(2)]

    qd = [disabled_mortality(k) for k in range(T)]

    # --- state at 1 January t0 --------------------------------------------------------
    retired = [[x >= Rb[s] for x in range(A)] for s in range(2)]
    C = contributors(0, retired)
    Sv = _grid(scheme.service)
    N, AP = _grid(scheme.pensioners), _grid(scheme.pensions)
    ND, DP = _grid(dis.pensioners), _grid(dis.pensions)
    NS, SP = _grid(surv.spouses), _grid(surv.spouse_pensions)
    NO = [float(v) for v in surv.orphans_paid]
    OP = [float(v) for v in surv.orphan_pensions]

    names = ("population", "population_65_plus", "old_age_dependency_ratio", "employed", "contributors",
             "pensioners", "new_pensioners", "system_dependency_ratio", "average_wage", "wage_bill",
             "average_pension", "replacement_rate", "contribution_rate", "pensionable_age_male",
             "pensionable_age_female", "contribution_income", "expenditure", "admin_expenses",
             "state_subsidy", "investment_income", "reserve", "payg_cost_rate", "reserve_ratio", "gdp",
             "expenditure_to_gdp", "basic_pension_beneficiaries", "basic_pension_cost",
             "basic_pension_cost_to_gdp", "old_age_pensioners", "old_age_expenditure",
             "disability_pensioners", "new_disability_pensioners", "disability_expenditure",
             "survivor_pensioners", "orphan_pensioners", "survivor_expenditure", "lump_sum_expenditure",
             "share_qualifying", "new_pension_replacement_rate", "average_insurable_wage")
    out: dict[str, list[float]] = {name: [] for name in names}
    flows = {"EXP": [], "WB": []}

    def year_totals(k: int, awarded: float, qualifying: float, award_money: float, new_disabled: float,
                    LSG: float) -> None:
        """Record the stocks and flows of year `t0+k` once its 1 January state is known."""
        t = years[k]
        sumC = sum(sum(row) for row in C)
        gross = sum(C[s][x] * wage(s, x, t) for s in range(2) for x in range(A))
        if len(AW) == k:  # the base year; later years set AW(t) before the awards need it
            AW.append(gross / sumC if sumC > 0 else 0.0)
        Kt = K(t)
        capped = sum(C[s][x] * sum(min(zj * wage(s, x, t), Kt) for zj in z) / N_EARNINGS
                     for s in range(2) for x in range(A))
        WB = dens[k] * capped
        old_count = sum(sum(row) for row in N)
        old_exp = sum(N[s][x] * AP[s][x] for s in range(2) for x in range(A))
        dis_count = sum(sum(row) for row in ND)
        dis_exp = sum(ND[s][x] * DP[s][x] for s in range(2) for x in range(A))
        sp_count = sum(sum(row) for row in NS)
        orph_count = sum(NO)
        surv_exp = sum(NS[s][x] * SP[s][x] for s in range(2) for x in range(A)) + sum(
            NO[a] * OP[a] for a in range(A))
        deaths = sum(C[s][x] * q[k][s][x] + N[s][x] * q[k][s][x] + ND[s][x] * qd[k][s][x]
                     for s in range(2) for x in range(A))
        LSF = fg * AW[k] * deaths
        EXP = old_exp + dis_exp + surv_exp + LSG + LSF
        pensioners = old_count + dis_count + sp_count + orph_count
        pop = sum(sum(row) for row in P[k])
        old = sum(P[k][s][x] for s in range(2) for x in range(65, A))
        working = sum(P[k][s][x] for s in range(2) for x in range(15, 65))
        bp = paths["basic_pension"][k]
        beneficiaries = cost = 0.0
        if bp is not None:
            age = int(bp["age"])
            if bp["targeting"] == "pension_tested":
                eligible = sum(max(0.0, P[k][s][x] - N[s][x] - ND[s][x] - NS[s][x])
                               for s in range(2) for x in range(age, A))
            else:
                eligible = sum(P[k][s][x] for s in range(2) for x in range(age, A))
            benefit = bp["level_to_gdp_per_capita"] * gdp[k] / pop
            beneficiaries = bp["take_up"] * eligible
            cost = (1 + bp["admin_share"]) * benefit * beneficiaries
        average_pension = _ratio(old_exp, old_count)
        row = {
            "population": pop, "population_65_plus": old, "old_age_dependency_ratio": _ratio(old, working),
            "employed": emp_total[k], "contributors": sumC, "pensioners": pensioners,
            "new_pensioners": qualifying, "system_dependency_ratio": _ratio(pensioners, sumC),
            # spec 8 "average_wage (AW)": a ratio of wages to contributors, null without any
            "average_wage": _ratio(gross, sumC), "wage_bill": WB,
            "average_pension": average_pension, "replacement_rate": _ratio(average_pension, AW[k]),
            "contribution_rate": paths["contribution_rate"][k],
            "pensionable_age_male": float(R[k][0]), "pensionable_age_female": float(R[k][1]),
            "expenditure": EXP, "gdp": gdp[k], "expenditure_to_gdp": _ratio(EXP, gdp[k]),
            "basic_pension_beneficiaries": beneficiaries, "basic_pension_cost": cost,
            "basic_pension_cost_to_gdp": _ratio(cost, gdp[k]),
            "old_age_pensioners": old_count, "old_age_expenditure": old_exp,
            "disability_pensioners": dis_count, "new_disability_pensioners": new_disabled,
            "disability_expenditure": dis_exp, "survivor_pensioners": sp_count,
            "orphan_pensioners": orph_count, "survivor_expenditure": surv_exp,
            "lump_sum_expenditure": LSG + LSF,
            # null in any year in which no one is awarded an old-age pension (examples README)
            "share_qualifying": _ratio(qualifying, awarded) if qualifying > 0 else math.nan,
            "new_pension_replacement_rate": (_ratio(_ratio(award_money, qualifying), AW[k])
                                             if qualifying > 0 else math.nan),
            "average_insurable_wage": _ratio(WB, dens[k] * sumC),
        }
        for name, value in row.items():
            out[name].append(value)
        flows["EXP"].append(EXP)
        flows["WB"].append(WB)

    year_totals(0, 0.0, 0.0, 0.0, 0.0, 0.0)

    for k in range(1, T):
        t = years[k]
        # who is retired (spec 4): a cohort once retired stays retired
        was_retired = retired
        retired = [[False] * A for _ in range(2)]
        for s in range(2):
            for x in range(A):
                before = was_retired[s][x - 1] if x > 0 else False
                if x == 100:
                    before = before or was_retired[s][100]
                retired[s][x] = before or x >= R[k][s]
        C_prev, Sv_prev = C, Sv
        C = contributors(k, retired)
        # credited service (spec 5)
        Sv = _zeros()
        for s in range(2):
            for x in range(100):
                S = C_prev[s][x] * (1 - q[k - 1][s][x])
                kept = min(1.0, S / C[s][x + 1]) if C[s][x + 1] > 0 else 1.0
                Sv[s][x + 1] = (Sv_prev[s][x] + dens[k - 1]) * kept
        # AW(t) (spec 4, 0 without contributors) is needed by the floor before the totals
        sumC = sum(sum(row) for row in C)
        AW.append(sum(C[s][x] * wage(s, x, t) for s in range(2) for x in range(A)) / sumC if sumC > 0 else 0.0)
        iota = theta[k] * wg[k] + (1 - theta[k]) * infl[k]

        # old-age pensions: the stock of t-1 survives and is indexed, then awards join (spec 6, 12)
        N_prev, AP_prev = N, AP
        count, money = _survive_and_index(N_prev, AP_prev, q[k - 1], iota)
        awarded = qualifying = award_money = LSG = 0.0
        for s in range(2):
            for y in range(100):
                if was_retired[s][y] or not retired[s][y + 1]:
                    continue
                NP = C_prev[s][y] * (1 - q[k - 1][s][y])
                SA = Sv_prev[s][y] + dens[k - 1]
                n = period[k]
                rws = [reference_wage(s, y, t, n, zj) for zj in z]
                n_q, money_q, grants = 0, 0.0, 0.0
                for rw in rws:
                    for yk in ys:
                        S_k = yk * SA
                        if S_k >= MQ[k] - SLACK:
                            n_q += 1
                            money_q += award(t, S_k, rw)
                        else:
                            grants += grant_rate[k] * S_k * rw
                awarded += NP
                LSG += NP * grants / (N_EARNINGS * N_SERVICE)
                if n_q:
                    joined = NP * n_q / (N_EARNINGS * N_SERVICE)
                    count[s][y + 1] += joined
                    money[s][y + 1] += joined * money_q / n_q
                    qualifying += joined
                    award_money += joined * money_q / n_q
        N, AP = count, _averages(count, money)

        # disability pensions (spec 13)
        ND_prev, DP_prev = ND, DP
        count, money = _survive_and_index(ND_prev, DP_prev, qd[k - 1], iota)
        new_disabled = 0.0
        for s in range(2):
            for y in range(100):
                if retired[s][y + 1]:
                    continue
                ND_new = C_prev[s][y] * incidence[s][y] * (1 - q[k - 1][s][y])
                if ND_new == 0:
                    continue  # nothing to award; skipping saves the reference wages
                SD = Sv_prev[s][y] + dens[k - 1]
                n = min(period[k], max(1, y - 14))
                future = fc * max(0, R[k][s] - y - 1)
                rws = [reference_wage(s, y, t, n, zj) for zj in z]
                n_q, money_q = 0, 0.0
                for rw in rws:
                    for yk in ys:
                        if yk * SD >= DQ - SLACK:
                            n_q += 1
                            money_q += award(t, yk * SD + future, rw)
                if n_q:
                    joined = ND_new * n_q / (N_EARNINGS * N_SERVICE)
                    count[s][y + 1] += joined
                    money[s][y + 1] += joined * money_q / n_q
                    new_disabled += joined
        ND, DP = count, _averages(count, money)

        # survivors (spec 14): deaths during t-1 and the benefit they leave
        NS_prev, SP_prev = NS, SP
        count, money = _survive_and_index(NS_prev, SP_prev, q[k - 1], iota)
        orphan_count, orphan_money = [0.0] * A, [0.0] * A
        for a in range(A):
            if a + 1 < limit:
                alive = NO[a] * (1 - (q[k - 1][0][a] + q[k - 1][1][a]) / 2)
                orphan_count[a + 1] += alive
                orphan_money[a + 1] += alive * OP[a] * (1 + iota)
        spouse_share = survivor_share[k]
        orphan_share = surv.orphan_share
        if spouse_share > 0 or orphan_share > 0:
            Kprev = K(t - 1)
            for s in range(2):
                for x in range(A):
                    deaths = [(N_prev[s][x] * q[k - 1][s][x], AP_prev[s][x]),
                              (ND_prev[s][x] * qd[k - 1][s][x], DP_prev[s][x])]
                    if Sv_prev[s][x] >= smin - SLACK:
                        Bs = (accrual[k - 1] * (Sv_prev[s][x] + fc * max(0, R[k - 1][s] - x))
                              * min(wage(s, x, t - 1), Kprev))
                        deaths.append((C_prev[s][x] * q[k - 1][s][x], Bs))
                    for D, Bs in deaths:
                        if D == 0:
                            continue
                        if spouse_share > 0 and married[s][x] > 0:
                            other = 1 - s
                            age = x + 1 - delta if s == 0 else x + 1 + delta
                            age = min(100, max(0, age))
                            new = D * married[s][x]
                            count[other][age] += new
                            money[other][age] += new * spouse_share * Bs * (1 + iota)
                        if orphan_share > 0 and orphans_per_death[s][x] > 0:
                            a = int(orphan_age[s][x]) + 1
                            if a < limit:
                                new = D * orphans_per_death[s][x]
                                orphan_count[a] += new
                                orphan_money[a] += new * orphan_share * Bs * (1 + iota)
        NS, SP = count, _averages(count, money)
        NO = orphan_count
        OP = [orphan_money[a] / orphan_count[a] if orphan_count[a] > 0 else 0.0 for a in range(A)]

        year_totals(k, awarded, qualifying, award_money, new_disabled, LSG)

    # --- finances (spec 6 and 16) ------------------------------------------------------
    kappa, adm_rate, sub_rate = paths["contribution_rate"], paths["admin_cost_rate"], paths["state_subsidy_rate"]
    F_prev = float(scheme.initial_reserve)
    depletion = None
    for k in range(T):
        EXP, WB = flows["EXP"][k], flows["WB"][k]
        CI = kappa[k] * WB
        ADM = adm_rate[k] * CI
        SUB = sub_rate[k] * EXP
        INV = ret[k] * F_prev + ret[k] / 2 * (CI + SUB - EXP - ADM)
        F = F_prev + CI + SUB - EXP - ADM + INV
        out["contribution_income"].append(CI)
        out["admin_expenses"].append(ADM)
        out["state_subsidy"].append(SUB)
        out["investment_income"].append(INV)
        out["reserve"].append(F)
        out["payg_cost_rate"].append(_ratio(EXP + ADM, WB))
        out["reserve_ratio"].append(_ratio(F, EXP + ADM))
        if depletion is None and F < 0:
            depletion = years[k]
        F_prev = F
    numerator, denominator, discount = -float(scheme.initial_reserve), 0.0, 1.0
    for k in range(T):
        discount /= 1 + ret[k]
        v = (1 + ret[k] / 2) * discount
        numerator += (flows["EXP"][k] - out["state_subsidy"][k]) * v
        denominator += (1 - adm_rate[k]) * flows["WB"][k] * v
    result: dict[str, Any] = {"year": np.array(years, dtype=float)}
    result.update({name: np.array(values, dtype=float) for name, values in out.items()})
    result["gap"] = _ratio(numerator, denominator)
    result["depletion_year"] = depletion
    return result
