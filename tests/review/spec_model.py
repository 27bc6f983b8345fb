"""A second, independent reading of the spec, written by the reviewer from the spec's text only.

Unlike tests/engine/reference_model.py it does not borrow the engine's lever paths
(`scenario_paths`): phase-ins, the Schedule, `from_year` defaults, coverage extension and
the basic pension are resolved here from spec section 7 directly. It steps one year at a
time, one cohort flag at a time, and returns every spec-8 indicator plus the summary.
"""
from __future__ import annotations

import math

import numpy as np

from reform_studio.engine.scheme import Scheme

A = 101
METHODS = ("none", "prices", "wages")


def _sign(x: float) -> float:
    return (x > 0) - (x < 0)


class Paths:
    """Spec 7: the baseline (workbook + Schedule) and one reform's levers, year by year."""

    def __init__(self, scheme: Scheme, levers: dict):
        self.s, self.levers, self.t0 = scheme, levers, scheme.base_year

    def _from(self, lever) -> int:
        return lever.from_year if lever.from_year is not None else self.t0 + 1

    def base(self, name: str, t: int):
        value = getattr(self.s, name)
        if name == "minimum_pension_to_avg_wage" and value is None:
            value = 0.0
        rows = sorted(self.s.schedule.get(name, ()))
        for year, v in rows:
            if year <= t:
                value = v
        return value

    def rate(self, name: str, t: int):
        pbase = self.base(name, t)
        lever = self.levers.get(name)
        if lever is None or t < self._from(lever):
            return pbase
        if lever.step is None:
            return lever.value
        reach = lever.step * (t - self._from(lever) + 1)
        return pbase + _sign(lever.value - pbase) * min(abs(lever.value - pbase), reach)

    def age(self, sex: int, t: int) -> int:
        name = ("pensionable_age_male", "pensionable_age_female")[sex]
        rbase = int(self.base(name, t))
        lever = self.levers.get(name)
        if lever is None or t < self._from(lever):
            return rbase
        if lever.years_per_step is None:
            return int(lever.value)
        reach = math.floor((t - self._from(lever)) / lever.years_per_step) + 1
        return int(rbase + _sign(lever.value - rbase) * min(abs(lever.value - rbase), reach))

    def simple(self, name: str, t: int):
        lever = self.levers.get(name)
        if lever is None or t < self._from(lever):
            return getattr(self.s, name)
        return lever.value

    def coverage(self, t: int) -> float:
        lever = self.levers.get("coverage_extension")
        if lever is None:
            return 0.0
        start = self._from(lever)
        full = lever.full_by_year if lever.full_by_year is not None else start
        return lever.value * min(1.0, max(0.0, (t - start + 1) / (full - start + 1)))

    def basic_pension(self, t: int) -> dict | None:
        """The basic pension in force in year t as a dict, or None."""
        bp = self.s.basic_pension
        current = None
        if bp is not None and bp.enabled:
            start = bp.from_year if bp.from_year is not None else self.t0
            if t >= start:
                current = dict(age=bp.age, level=bp.level_to_gdp_per_capita, targeting=bp.targeting,
                               take_up=bp.take_up, admin=bp.admin_share)
        lever = self.levers.get("basic_pension")
        if lever is not None and t >= self._from(lever):
            inherit = bp if bp is not None and bp.enabled else None

            def pick(field, default):
                given = getattr(lever, field)
                if given is not None:
                    return given
                return getattr(inherit, field) if inherit is not None else default

            if not pick("enabled", True):
                return None
            current = dict(age=pick("age", None), level=pick("level_to_gdp_per_capita", None),
                           targeting=pick("targeting", "universal"), take_up=pick("take_up", 1.0),
                           admin=pick("admin_share", 0.0))
        return current


def spec_projection(scheme: Scheme, levers: dict) -> dict:
    p = Paths(scheme, levers)
    t0, H = scheme.base_year, scheme.horizon
    years = list(range(t0, t0 + H + 1))
    T = len(years)

    # ---- 2. demography
    anchors = {t0: np.array(scheme.qx)}
    anchors.update({y: np.array(v) for y, v in scheme.qx_by_year.items()})
    ay = sorted(anchors)
    r = np.array(scheme.mortality_improvement)

    def q_of(t):
        if t >= ay[-1]:
            return np.minimum(1.0, anchors[ay[-1]] * (1 - r) ** (t - ay[-1]))
        a = max(y for y in ay if y <= t)
        b = min(y for y in ay if y > t)
        w = (t - a) / (b - a)
        qa, qb = anchors[a], anchors[b]
        out = np.zeros((2, A))
        for s in range(2):
            for x in range(A):
                if qa[s, x] == 0 or qb[s, x] == 0:
                    out[s, x] = qa[s, x] + (qb[s, x] - qa[s, x]) * w
                else:
                    out[s, x] = qa[s, x] ** (1 - w) * qb[s, x] ** w
        return out

    q = [q_of(t) for t in years]
    prof = np.zeros((2, A)) if scheme.migration_profile is None else np.array(scheme.migration_profile)
    m = prof / prof.sum() if prof.sum() > 0 else prof
    asfr = np.array(scheme.asfr)
    phi = asfr / asfr.sum()

    def tfr(t):
        if scheme.tfr is not None:
            return float(scheme.tfr.at([t])[0])
        share = min(1.0, (t - t0) / (scheme.tfr_target_year - t0))
        return scheme.tfr_start + (scheme.tfr_target - scheme.tfr_start) * share

    P = [np.array(scheme.population, dtype=float)]
    warnings = 0
    for k in range(T - 1):
        t = years[k]
        M = float(scheme.net_migration.at([t])[0]) * m
        srb = float(scheme.sex_ratio_at_birth.at([t])[0])
        cur, nxt = P[k], np.zeros((2, A))
        for s in range(2):
            for x in range(99):
                nxt[s, x + 1] = cur[s, x] * (1 - q[k][s, x]) + M[s, x]
            nxt[s, 100] = (cur[s, 99] * (1 - q[k][s, 99]) + cur[s, 100] * (1 - q[k][s, 100])
                           + M[s, 99] + M[s, 100])
        B = tfr(t) * sum(phi[x - 15] * cur[1, x] for x in range(15, 50))
        nxt[0, 0] = B * srb / (1 + srb) * (1 - q[k][0, 0] / 2)
        nxt[1, 0] = B / (1 + srb) * (1 - q[k][1, 0] / 2)
        if (nxt < 0).any():
            warnings += 1
            nxt = np.maximum(nxt, 0)
        P.append(nxt)

    # ---- 3. economy
    def at(path, t):
        return float(path.at([t])[0])

    pi = {t: at(scheme.inflation, t) for t in years}
    g = {t: at(scheme.real_wage_growth, t) for t in years}
    i = {t: at(scheme.investment_return, t) for t in years}
    u = {t: at(scheme.unemployment_rate, t) for t in years}
    w = {t: (1 + g[t]) * (1 + pi[t]) - 1 for t in years}

    def index(rates, t):
        if t < t0:
            return (1 + rates[t0]) ** (t - t0)
        out = 1.0
        for y in range(t0 + 1, t + 1):
            out *= 1 + rates[y]
        return out

    WI = lambda t: index(w, t)  # noqa: E731
    lfpr = np.array(scheme.lfpr)
    Emp = [P[k] * lfpr * (1 - u[years[k]]) for k in range(T)]
    gdp = [scheme.gdp * Emp[k].sum() / Emp[0].sum() * WI(years[k]) for k in range(T)]

    # ---- 4. insured
    Rb = [scheme.pensionable_age_male, scheme.pensionable_age_female]
    C0 = np.array(scheme.contributors)
    cov0 = np.zeros((2, A))
    for s in range(2):
        for x in range(Rb[s]):
            cov0[s, x] = min(1.0, C0[s, x] / Emp[0][s, x]) if Emp[0][s, x] > 0 else 0.0
    W0 = np.array(scheme.wages)
    W0x = np.array([[W0[s, x] if x < Rb[s] else W0[s, Rb[s] - 1] for x in range(A)] for s in range(2)])
    R = {t: [p.age(0, t), p.age(1, t)] for t in years}

    def is_retired(s, x, t):
        """Spec 4: aged >= R[s,t'] at some t' in t0..t (x - (t - t') >= R[s,t'])."""
        if x - (t - t0) >= Rb[s]:
            return True
        return any(x - (t - tp) >= R[tp][s] for tp in range(t0, t + 1))

    def contributors(k):
        t = years[k]
        lam = p.coverage(t)
        C = np.zeros((2, A))
        for s in range(2):
            for x in range(A):
                if is_retired(s, x, t):
                    continue
                if x < Rb[s]:
                    C[s, x] = Emp[k][s, x] * (cov0[s, x] + (1 - cov0[s, x]) * lam)
                else:
                    cv = cov0[s, Rb[s] - 1] + (1 - cov0[s, Rb[s] - 1]) * lam
                    C[s, x] = P[k][s, x] * lfpr[s, Rb[s] - 1] * (1 - u[t]) * cv
        return C

    C = [contributors(k) for k in range(T)]
    d = {t: p.rate("contribution_density", t) for t in years}
    CW = [(C[k] * W0x).sum() * WI(years[k]) for k in range(T)]
    WB = [d[years[k]] * CW[k] for k in range(T)]
    AW = [CW[k] / C[k].sum() if C[k].sum() > 0 else float("nan") for k in range(T)]

    # ---- 5. service and awards
    Sv = [np.array(scheme.service, dtype=float)]
    for k in range(T - 1):
        t = years[k]
        nxt = np.zeros((2, A))
        for s in range(2):
            for x in range(100):
                S = C[k][s, x] * (1 - q[k][s, x])
                base = Sv[k][s, x] + d[t]
                nxt[s, x + 1] = base * min(1.0, S / C[k + 1][s, x + 1]) if C[k + 1][s, x + 1] > 0 else base
        Sv.append(nxt)

    N = [np.array(scheme.pensioners, dtype=float)]
    AP = [np.array(scheme.pensions, dtype=float)]
    new_p = [0.0]
    for k in range(1, T):
        t = years[k]
        theta = p.rate("indexation_wage_share", t)
        iota = theta * w[t] + (1 - theta) * pi[t]
        n_new, tot = np.zeros((2, A)), np.zeros((2, A))
        for s in range(2):
            for x in range(100):
                tgt = min(x + 1, 100)
                n_new[s, tgt] += N[k - 1][s, x] * (1 - q[k - 1][s, x])
                tot[s, tgt] += N[k - 1][s, x] * (1 - q[k - 1][s, x]) * AP[k - 1][s, x] * (1 + iota)
            n_new[s, 100] += N[k - 1][s, 100] * (1 - q[k - 1][s, 100])
            tot[s, 100] += N[k - 1][s, 100] * (1 - q[k - 1][s, 100]) * AP[k - 1][s, 100] * (1 + iota)
        Nref = int(p.simple("reference_period_years", t))
        method = p.simple("revaluation", t)
        ix = {"none": lambda y: 1.0, "prices": lambda y: index(pi, y), "wages": WI}[method]
        acc = p.rate("accrual_rate", t)
        maxrr = p.rate("maximum_replacement_rate", t)
        minpct = p.rate("minimum_pension_to_avg_wage", t)
        awarded = 0.0
        for s in range(2):
            for y in range(100):
                if not (is_retired(s, y + 1, t) and not is_retired(s, y, t - 1)):
                    continue
                NP = C[k - 1][s, y] * (1 - q[k - 1][s, y])
                SA = Sv[k - 1][s, y] + d[t - 1]
                RW = sum(W0x[s, y + 1 - j] * WI(t - j) * ix(t) / ix(t - j) for j in range(1, Nref + 1)) / Nref
                amt = acc * SA * RW
                if maxrr is not None:
                    amt = min(amt, maxrr * RW)
                if minpct:
                    amt = max(amt, minpct * AW[k])
                n_new[s, y + 1] += NP
                tot[s, y + 1] += NP * amt
                awarded += NP
        N.append(n_new)
        AP.append(np.divide(tot, n_new, out=np.zeros_like(tot), where=n_new > 0))
        new_p.append(awarded)

    # ---- 6. finances
    out = {name: [] for name in ("population", "population_65_plus", "old_age_dependency_ratio", "employed",
                                 "contributors", "pensioners", "new_pensioners", "system_dependency_ratio",
                                 "average_wage", "wage_bill", "average_pension", "replacement_rate",
                                 "contribution_rate", "pensionable_age_male", "pensionable_age_female",
                                 "contribution_income", "expenditure", "admin_expenses", "state_subsidy",
                                 "investment_income", "reserve", "payg_cost_rate", "reserve_ratio", "gdp",
                                 "expenditure_to_gdp", "basic_pension_beneficiaries", "basic_pension_cost",
                                 "basic_pension_cost_to_gdp")}

    def ratio(a, b):
        return a / b if b != 0 else float("nan")

    F_prev = scheme.initial_reserve
    gap_num, gap_den = -scheme.initial_reserve, 0.0
    disc = 1.0
    depletion = None
    for k, t in enumerate(years):
        kappa = p.rate("contribution_rate", t)
        a = p.rate("admin_cost_rate", t)
        sigma = p.rate("state_subsidy_rate", t)
        EXP = float((N[k] * AP[k]).sum())
        CI = kappa * WB[k]
        ADM = a * CI
        SUB = sigma * EXP
        INV = i[t] * F_prev + i[t] / 2 * (CI + SUB - EXP - ADM)
        F = F_prev + CI + SUB - EXP - ADM + INV
        F_prev = F
        if F < 0 and depletion is None:
            depletion = t
        disc /= 1 + i[t]
        v = (1 + i[t] / 2) * disc
        gap_num += (EXP - SUB) * v
        gap_den += (1 - a) * WB[k] * v
        pop = P[k].sum()
        old = P[k][:, 65:].sum()
        wa = P[k][:, 15:65].sum()
        pens = float(N[k].sum())
        contr = float(C[k].sum())
        avg_p = ratio(EXP, pens)
        bp = p.basic_pension(t)
        if bp is None:
            bpb = bpc = 0.0
        else:
            age = int(bp["age"])
            if bp["targeting"] == "universal":
                elig = P[k][:, age:].sum()
            else:
                elig = np.maximum(0.0, P[k] - N[k])[:, age:].sum()
            bpb = bp["take_up"] * elig
            bpc = (1 + bp["admin"]) * bp["level"] * gdp[k] / pop * bpb
        row = dict(population=pop, population_65_plus=old, old_age_dependency_ratio=ratio(old, wa),
                   employed=Emp[k].sum(), contributors=contr, pensioners=pens, new_pensioners=new_p[k],
                   system_dependency_ratio=ratio(pens, contr), average_wage=AW[k], wage_bill=WB[k],
                   average_pension=avg_p, replacement_rate=ratio(avg_p, AW[k]) if not math.isnan(AW[k]) else float("nan"),
                   contribution_rate=kappa, pensionable_age_male=R[t][0], pensionable_age_female=R[t][1],
                   contribution_income=CI, expenditure=EXP, admin_expenses=ADM, state_subsidy=SUB,
                   investment_income=INV, reserve=F, payg_cost_rate=ratio(EXP + ADM, WB[k]),
                   reserve_ratio=ratio(F, EXP + ADM), gdp=gdp[k], expenditure_to_gdp=ratio(EXP, gdp[k]),
                   basic_pension_beneficiaries=bpb, basic_pension_cost=bpc,
                   basic_pension_cost_to_gdp=ratio(bpc, gdp[k]))
        for key, value in row.items():
            out[key].append(value)
    result = {key: np.array(v, dtype=float) for key, v in out.items()}
    result["year"] = np.array(years)
    result["gap"] = gap_num / gap_den if gap_den != 0 else None
    result["depletion_year"] = depletion
    result["negative_population_years"] = warnings
    return result


def assert_matches(projection, expected: dict, rtol: float = 1e-9) -> None:
    """Every indicator within rtol (near-zero series: rtol of the series' size), summary too."""
    frame = projection.indicators
    assert list(frame.index) == list(expected["year"])
    bad = []
    for name, values in expected.items():
        if name in ("year", "gap", "depletion_year", "negative_population_years"):
            continue
        got = frame[name].to_numpy(dtype=float)
        nan_e, nan_g = np.isnan(values), np.isnan(got)
        if (nan_e != nan_g).any():
            bad.append(f"{name}: null pattern differs at {np.nonzero(nan_e != nan_g)[0][:5]}")
            continue
        scale = np.nanmax(np.abs(values)) if (~nan_e).any() else 0.0
        diff = np.abs(np.where(nan_e, 0, got - values))
        tol = rtol * np.maximum(np.abs(np.where(nan_e, 0, values)), scale * 1e-3) + 1e-12
        if (diff > tol).any():
            j = int(np.argmax(diff - tol))
            bad.append(f"{name} @ {expected['year'][j]}: engine {got[j]!r} spec {values[j]!r}")
    if expected["gap"] is None:
        if projection.summary["gap"] is not None:
            bad.append(f"gap: engine {projection.summary['gap']} spec null")
    elif projection.summary["gap"] is None or not math.isclose(projection.summary["gap"], expected["gap"],
                                                                rel_tol=rtol, abs_tol=1e-12):
        bad.append(f"gap: engine {projection.summary['gap']} spec {expected['gap']}")
    if projection.summary["depletion_year"] != expected["depletion_year"]:
        bad.append(f"depletion: engine {projection.summary['depletion_year']} spec {expected['depletion_year']}")
    assert not bad, "\n".join(bad)
