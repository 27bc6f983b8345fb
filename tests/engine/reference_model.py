"""A slow, literal reading of the spec's equations, one scenario, one year at a time.

The engine computes retirement, contributors and awards in closed form over all years and
batches scenarios; this oracle follows the spec's sentences as written (a retired flag per
cohort, awards found cohort by cohort, reference wages summed term by term), so that a
vectorisation slip in the engine shows up as a difference. Lever paths come from
`scenario_paths`, which has its own tests.
"""
from __future__ import annotations

import numpy as np

from reform_studio.engine.paths import scenario_paths
from reform_studio.engine.reform import Reform
from reform_studio.engine.scheme import REVALUATION_METHODS, Scheme

A = 101


def reference_projection(scheme: Scheme, reform: Reform) -> dict[str, np.ndarray]:
    paths = scenario_paths(scheme, [reform])
    p = {f: getattr(paths, f)[0] for f in paths.__dataclass_fields__}
    years = scheme.years
    T = len(years)
    t0 = scheme.base_year

    # demography
    anchors = {t0: np.asarray(scheme.qx), **{y: np.asarray(v) for y, v in scheme.qx_by_year.items()}}
    keys = sorted(anchors)

    def q_at(t: int) -> np.ndarray:
        if t >= keys[-1]:
            return np.minimum(1, anchors[keys[-1]] * (1 - np.asarray(scheme.mortality_improvement)) ** (t - keys[-1]))
        a = max(k for k in keys if k <= t)
        b = min(k for k in keys if k > t)
        w = (t - a) / (b - a)
        qa, qb = anchors[a], anchors[b]
        out = np.empty_like(qa)
        for idx in np.ndindex(qa.shape):
            if qa[idx] == 0 or qb[idx] == 0:
                out[idx] = qa[idx] * (1 - w) + qb[idx] * w
            else:
                out[idx] = qa[idx] ** (1 - w) * qb[idx] ** w
        return out

    q = np.array([q_at(int(t)) for t in years])
    if scheme.tfr is not None:
        tfr = scheme.tfr.at(years)
    else:
        tfr = np.array([scheme.tfr_start + (scheme.tfr_target - scheme.tfr_start)
                        * min(1.0, (t - t0) / (scheme.tfr_target_year - t0)) for t in years])
    srb = scheme.sex_ratio_at_birth.at(years)
    nm = scheme.net_migration.at(years)
    profile = np.zeros((2, A)) if scheme.migration_profile is None else np.asarray(scheme.migration_profile)
    m = profile / profile.sum() if profile.sum() else profile
    asfr = np.asarray(scheme.asfr)
    phi = asfr / asfr.sum()
    P = np.zeros((T, 2, A))
    P[0] = scheme.population
    for k in range(T - 1):
        M = nm[k] * m
        for s in range(2):
            for x in range(99):
                P[k + 1, s, x + 1] = P[k, s, x] * (1 - q[k, s, x]) + M[s, x]
            P[k + 1, s, 100] = (P[k, s, 99] * (1 - q[k, s, 99]) + P[k, s, 100] * (1 - q[k, s, 100])
                                + M[s, 99] + M[s, 100])
        births = tfr[k] * sum(phi[x - 15] * P[k, 1, x] for x in range(15, 50))
        P[k + 1, 0, 0] = births * srb[k] / (1 + srb[k]) * (1 - q[k, 0, 0] / 2)
        P[k + 1, 1, 0] = births / (1 + srb[k]) * (1 - q[k, 1, 0] / 2)
        P[k + 1] = np.maximum(P[k + 1], 0)

    # economy
    pi, g = scheme.inflation.at(years), scheme.real_wage_growth.at(years)
    i, u = scheme.investment_return.at(years), scheme.unemployment_rate.at(years)
    w = (1 + g) * (1 + pi) - 1

    def index(rates: np.ndarray, t: int) -> float:
        if t < t0:
            return (1 + rates[0]) ** (t - t0)
        return float(np.prod(1 + rates[1: t - t0 + 1]))

    lfpr = np.asarray(scheme.lfpr)
    emp = P * lfpr * (1 - u)[:, None, None]
    gdp = scheme.gdp * emp.sum(axis=(1, 2)) / emp[0].sum() * np.array([index(w, int(t)) for t in years])

    # insured population
    rb = [scheme.pensionable_age_male, scheme.pensionable_age_female]
    c0 = np.asarray(scheme.contributors)
    cov0 = np.zeros((2, A))
    for s in range(2):
        for x in range(rb[s]):
            cov0[s, x] = min(1, c0[s, x] / emp[0, s, x]) if emp[0, s, x] > 0 else 0
    w0 = np.asarray(scheme.wages)
    w0x = np.array([[w0[s, x] if x < rb[s] else w0[s, rb[s] - 1] for x in range(A)] for s in range(2)])
    R = p["pensionable_age"]  # (2, T)
    lam = p["coverage_extension"]
    d = p["contribution_density"]

    def contributors(k: int, retired: np.ndarray) -> np.ndarray:
        C = np.zeros((2, A))
        for s in range(2):
            for x in range(A):
                if retired[s, x]:
                    continue
                if x < rb[s]:
                    C[s, x] = emp[k, s, x] * (cov0[s, x] + (1 - cov0[s, x]) * lam[k])
                else:
                    cov = cov0[s, rb[s] - 1] + (1 - cov0[s, rb[s] - 1]) * lam[k]
                    C[s, x] = P[k, s, x] * lfpr[s, rb[s] - 1] * (1 - u[k]) * cov
        return C

    retired = np.array([[x >= rb[s] for x in range(A)] for s in range(2)])
    C = contributors(0, retired)
    Sv = np.asarray(scheme.service, dtype=float).copy()
    N = np.asarray(scheme.pensioners, dtype=float).copy()
    AP = np.asarray(scheme.pensions, dtype=float).copy()
    out = {k: np.zeros(T) for k in ("contributors", "wage_bill", "pensioners", "expenditure",
                                    "new_pensioners", "basic_pension_beneficiaries", "basic_pension_cost", "average_wage")}

    def record(k: int) -> None:
        out["contributors"][k] = C.sum()
        cw = (C * w0x).sum() * index(w, int(years[k]))
        out["wage_bill"][k] = d[k] * cw
        out["average_wage"][k] = cw / C.sum() if C.sum() else 0
        out["pensioners"][k] = N.sum()
        out["expenditure"][k] = (N * AP).sum()
        if p["bp_in_force"][k]:
            age = int(p["bp_age"][k])
            if p["bp_pension_tested"][k] > 0.5:
                eligible = np.maximum(0, P[k] - N)[:, age:].sum()
            else:
                eligible = P[k][:, age:].sum()
            b = p["bp_level"][k] * gdp[k] / P[k].sum()
            out["basic_pension_beneficiaries"][k] = p["bp_take_up"][k] * eligible
            out["basic_pension_cost"][k] = (1 + p["bp_admin_share"][k]) * b * out["basic_pension_beneficiaries"][k]

    record(0)
    for k in range(1, T):
        t = int(years[k])
        new_retired = np.zeros_like(retired)
        for s in range(2):
            for x in range(1, A):
                new_retired[s, x] = retired[s, x - 1] or x >= R[s, k]
            new_retired[s, 100] |= retired[s, 100]
        newC = contributors(k, new_retired)
        newSv = np.zeros((2, A))
        for s in range(2):
            for x in range(A - 1):
                S = C[s, x] * (1 - q[k - 1, s, x])
                keep = min(1, S / newC[s, x + 1]) if newC[s, x + 1] > 0 else 1
                newSv[s, x + 1] = (Sv[s, x] + d[k - 1]) * keep
        iota = p["indexation_wage_share"][k] * w[k] + (1 - p["indexation_wage_share"][k]) * pi[k]
        newN, total = np.zeros((2, A)), np.zeros((2, A))
        for s in range(2):
            for x in range(A - 1):
                newN[s, x + 1] += N[s, x] * (1 - q[k - 1, s, x])
                total[s, x + 1] += N[s, x] * (1 - q[k - 1, s, x]) * AP[s, x] * (1 + iota)
            newN[s, 100] += N[s, 100] * (1 - q[k - 1, s, 100])
            total[s, 100] += N[s, 100] * (1 - q[k - 1, s, 100]) * AP[s, 100] * (1 + iota)
        aw = (newC * w0x).sum() * index(w, t) / newC.sum() if newC.sum() else 0
        method = REVALUATION_METHODS[p["revaluation"][k]]
        ix_rates = {"none": np.zeros(T), "prices": pi, "wages": w}[method]
        period = int(p["reference_period"][k])
        awarded = 0.0
        for s in range(2):
            for y in range(A - 1):
                if not (new_retired[s, y + 1] and not retired[s, y]):
                    continue
                NP = C[s, y] * (1 - q[k - 1, s, y])
                SA = Sv[s, y] + d[k - 1]
                RW = sum(w0x[s, y + 1 - j] * index(w, t - j) * index(ix_rates, t) / index(ix_rates, t - j)
                         for j in range(1, period + 1)) / period
                amount = p["accrual_rate"][k] * SA * RW
                if np.isfinite(p["maximum_replacement_rate"][k]):
                    amount = min(amount, p["maximum_replacement_rate"][k] * RW)
                amount = max(amount, p["minimum_pension_to_avg_wage"][k] * aw)
                newN[s, y + 1] += NP
                total[s, y + 1] += NP * amount
                awarded += NP
        with np.errstate(divide="ignore", invalid="ignore"):
            AP = np.where(newN > 0, total / newN, 0.0)
        N, C, Sv, retired = newN, newC, newSv, new_retired
        out["new_pensioners"][k] = awarded
        record(k)

    # finances
    CI = p["contribution_rate"] * out["wage_bill"]
    EXP = out["expenditure"]
    ADM = p["admin_cost_rate"] * CI
    SUB = p["state_subsidy_rate"] * EXP
    F, INV = np.zeros(T), np.zeros(T)
    previous = scheme.initial_reserve
    for k in range(T):
        INV[k] = i[k] * previous + i[k] / 2 * (CI[k] + SUB[k] - EXP[k] - ADM[k])
        previous = F[k] = previous + CI[k] + SUB[k] - EXP[k] - ADM[k] + INV[k]
    v = np.array([(1 + i[k] / 2) / np.prod(1 + i[: k + 1]) for k in range(T)])
    gap = ((EXP - SUB) * v).sum() - scheme.initial_reserve
    gap /= ((1 - p["admin_cost_rate"]) * out["wage_bill"] * v).sum()
    out.update(population=P.sum(axis=(1, 2)), employed=emp.sum(axis=(1, 2)), gdp=gdp, contribution_income=CI,
               admin_expenses=ADM, state_subsidy=SUB, investment_income=INV, reserve=F,
               gap=np.array([gap]))
    return out
