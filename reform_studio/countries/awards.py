"""The scheme's award formula (spec 5 and 11-13), applied to the base year's insured.

Every base-year stock of pensioners is built from it: whoever the base year says is paid,
and how much, must be what the rules would have awarded, or the projection jumps in its
first years. The economy of the samples is given as constant keys, so wages, the average
wage, the ceiling and so every award scale with the wage index: an award made k years
before next year's is next year's award on that cohort's service, divided by (1 + w)^k.
"""
from __future__ import annotations

from statistics import NormalDist

import numpy as np

from reform_studio.countries.schemes import Sample, pensionable_ages

EARNINGS_CLASSES = 10
SERVICE_CLASSES = 5
SLACK = 1e-9  # spec 16: a class qualifies when S >= threshold - 1e-9


def growth(sample: Sample) -> tuple[float, float, float]:
    """Nominal wage growth, pension indexation and the revaluation index's growth (spec 3,
    5 and 6)."""
    e, r = sample.economy, sample.rules
    wage = (1 + e["real_wage_growth"]) * (1 + e["inflation"]) - 1
    theta = float(r["indexation_wage_share"])
    indexation = theta * wage + (1 - theta) * e["inflation"]
    revaluation = {"none": 0.0, "prices": e["inflation"], "wages": wage}[str(r["revaluation"])]
    return wage, indexation, revaluation


def earnings_classes(sd: float) -> np.ndarray:
    """`z_j` of spec 11: lognormal deciles with mean exactly 1."""
    e = np.array([np.exp(sd * NormalDist().inv_cdf((j - 0.5) / EARNINGS_CLASSES))
                  for j in range(1, EARNINGS_CLASSES + 1)])
    return e / e.mean()


def service_classes(h: float) -> np.ndarray:
    """`y_k` of spec 11: five service multiples around 1."""
    return np.array([1 + h * (2 * k - 6) / 5 for k in range(1, SERVICE_CLASSES + 1)])


class Rules:
    """Awards at 1 January of the year after the base year, in that year's money."""

    def __init__(self, sample: Sample, counts: np.ndarray, wage: np.ndarray, service: np.ndarray):
        r = sample.rules
        self.rules = r
        self.counts, self.wage, self.service = counts, wage, service
        self.density = float(r["contribution_density"])
        self.w, self.iota, self.ix = growth(sample)
        self.average = float((counts * wage).sum() / counts.sum())
        self.z = earnings_classes(float(r.get("wage_dispersion", 0.0)))
        self.y = service_classes(float(r.get("service_spread", 0.0)))
        ceiling = r.get("contribution_ceiling_to_avg_wage")
        self.ceiling = np.inf if ceiling is None else float(ceiling) * self.average
        self.ages = pensionable_ages(sample)

    def reference(self, sex: int, age: int, n: int) -> np.ndarray:
        """`RW_j(n)` for a cohort aged `age` now: each past wage capped by its year's ceiling,
        revalued; both the wage and the ceiling of year t0+1-m carry the factor (1+w)^(1-m)."""
        terms = [np.minimum(self.z * self.wage[sex, age + 1 - m], self.ceiling)
                 * (1 + self.w) ** (1 - m) * (1 + self.ix) ** m for m in range(1, n + 1)]
        return np.mean(terms, axis=0)

    def award(self, sex: int, age: int, credited: float, n: int, threshold: float,
              extra: float = 0.0) -> tuple[float, float]:
        """(share of the 50 classes that qualify, their mean award) for a cohort aged `age`
        now with `credited` years at award; `extra` years are credited on top without
        counting towards the threshold (disability's future service)."""
        service = self.y * credited
        reference = self.reference(sex, age, n)
        amount = float(self.rules["accrual_rate"]) * (service[:, None] + extra) * reference[None, :]
        if "maximum_replacement_rate" in self.rules:
            amount = np.minimum(amount, float(self.rules["maximum_replacement_rate"]) * reference[None, :])
        if "minimum_pension_to_avg_wage" in self.rules:
            floor = float(self.rules["minimum_pension_to_avg_wage"]) * self.average * (1 + self.w)
            amount = np.maximum(amount, floor)
        qualifying = service >= threshold - SLACK
        if not qualifying.any():
            return 0.0, 0.0
        return float(qualifying.mean()), float(amount[qualifying].mean())

    def old_age(self, sex: int, service_factor: float) -> tuple[float, float]:
        """The old-age award to the cohort aged R-1 now, its service times `service_factor`."""
        age = self.ages[sex] - 1
        credited = (self.service[sex, age] + self.density) * service_factor
        return self.award(sex, age, credited, int(self.rules["reference_period_years"]),
                          float(self.rules.get("minimum_service_years", 0)))

    def in_base_year(self, amount: float, years_before_next: int) -> float:
        """An award made `k` years before next year's, indexed since, in base-year money."""
        k = years_before_next
        return amount * (1 + self.iota) ** (k - 1) / (1 + self.w) ** k

    def survivor_award(self, benefit: float, years_before_next: int) -> float:
        """A survivor's pension per unit of share, awarded k years before next year's on a
        benefit worth `benefit` today: `Bs(t-1) × (1 + iota)` then indexed, in base-year money."""
        k = years_before_next
        return benefit * ((1 + self.iota) / (1 + self.w)) ** k
