"""The validated, immutable inputs of one scheme (spec sections 2-9 and 11-16).

A `Scheme` is what the workbook reader produces and what the engine consumes. Arrays are
shaped `(sex, age)` with sex 0 = male, 1 = female and ages 0..100 (100 = 100+); they are
made read-only so that nothing downstream can change a baseline by accident.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Mapping

import numpy as np

AGES = 101
SEXES = ("male", "female")
FERTILE_AGES = range(15, 50)
REVALUATION_METHODS = ("none", "prices", "wages")
TARGETING = ("universal", "pension_tested")


def frozen_array(values, shape: tuple[int, ...] | None = None) -> np.ndarray:
    """A float copy that cannot be written to, so a Scheme stays what was read."""
    arr = np.array(values, dtype=float)
    if shape is not None and arr.shape != shape:
        raise ValueError(f"expected shape {shape}, got {arr.shape}")
    arr.setflags(write=False)
    return arr


@dataclass(frozen=True)
class YearPath:
    """A quantity given for listed years; linear in between, flat before and after (spec 1)."""

    years: tuple[int, ...]
    values: tuple[float, ...]

    @classmethod
    def constant(cls, value: float) -> "YearPath":
        return cls((0,), (float(value),))

    def at(self, years: np.ndarray) -> np.ndarray:
        return np.interp(np.asarray(years, dtype=float), self.years, self.values)


@dataclass(frozen=True)
class BasicPension:
    """A non-contributory pension paid from the state budget (spec 7, `basic_pension`)."""

    enabled: bool = True
    age: int = 65
    level_to_gdp_per_capita: float = 0.0
    targeting: str = "universal"
    take_up: float = 1.0
    admin_share: float = 0.0
    from_year: int | None = None  # None: in force from the base year


def zeros_by_sex() -> np.ndarray:
    return frozen_array(np.zeros((2, AGES)))


@dataclass(frozen=True, eq=False)
class Disability:
    """Disability pensions (spec 13): who becomes disabled, on what terms, and who is paid now.

    The default is no branch at all: no incidence and no disability pensioners.
    """

    incidence: np.ndarray = field(default_factory=zeros_by_sex)  # (2, 101), per contributor per year
    min_service_years: int = 0  # DQ
    future_service_credit: float = 0.0  # fc: share of the years to the pensionable age credited
    mortality_factor: float = 1.0  # mf: qd = min(1, mf * q)
    pensioners: np.ndarray = field(default_factory=zeros_by_sex)  # base-year stock by age
    pensions: np.ndarray = field(default_factory=zeros_by_sex)  # their average annual pension

    @property
    def in_use(self) -> bool:
        return bool(self.incidence.any() or self.pensioners.any())


@dataclass(frozen=True, eq=False)
class Survivors:
    """Spouses' and orphans' pensions (spec 14), by the age and sex of the deceased.

    `survivor_share` is a lever and lives on the Scheme; the rest is fixed by the workbook.
    """

    married: np.ndarray = field(default_factory=zeros_by_sex)  # P(leaving an entitled spouse)
    orphans: np.ndarray = field(default_factory=zeros_by_sex)  # entitled orphans per death
    orphan_age: np.ndarray = field(default_factory=zeros_by_sex)  # their age at the death, whole years
    orphan_share: float = 0.0
    orphan_age_limit: int = 18
    spouse_age_difference: int = 0  # husband's age minus wife's
    min_service_years: int = 0
    spouses: np.ndarray = field(default_factory=zeros_by_sex)  # base-year stock by own age
    spouse_pensions: np.ndarray = field(default_factory=zeros_by_sex)
    orphans_paid: np.ndarray = field(default_factory=lambda: frozen_array(np.zeros(AGES)))  # by age
    orphan_pensions: np.ndarray = field(default_factory=lambda: frozen_array(np.zeros(AGES)))

    def in_use(self, survivor_share_used: bool) -> bool:
        """Whether the branch pays anything: a base stock, or shares that award new pensions."""
        awards = (survivor_share_used and self.married.any()) or (self.orphan_share > 0 and self.orphans.any())
        return bool(awards or self.spouses.any() or self.orphans_paid.any())


@dataclass(frozen=True, eq=False)
class Scheme:
    """Everything one workbook says: labels, rules, economy, demography and the insured.

    Compared and hashed by identity (`eq=False`): schemes hold arrays, and the engine keys
    its per-scheme cache (demography, economy) on the object.
    """

    # labels
    country: str
    scheme_name: str
    currency: str
    base_year: int
    horizon: int
    # scheme rules in force at the base year (Schedule changes them later)
    contribution_rate: float
    pensionable_age_male: int
    pensionable_age_female: int
    accrual_rate: float
    reference_period_years: int
    revaluation: str
    indexation_wage_share: float
    contribution_density: float
    admin_cost_rate: float
    state_subsidy_rate: float
    initial_reserve: float
    minimum_pension_to_avg_wage: float | None
    maximum_replacement_rate: float | None
    basic_pension: BasicPension | None
    # economy
    gdp: float
    inflation: YearPath
    real_wage_growth: YearPath
    investment_return: YearPath
    unemployment_rate: YearPath
    # demography
    tfr: YearPath | None  # DemographyByYear path; None: use the three tfr keys
    tfr_start: float | None
    tfr_target: float | None
    tfr_target_year: int | None
    sex_ratio_at_birth: YearPath
    net_migration: YearPath
    population: np.ndarray  # (2, 101) persons at 1 January of the base year
    qx: np.ndarray  # (2, 101) base-year probabilities of dying within the year
    mortality_improvement: np.ndarray  # (2, 101) annual improvement after the last anchor
    qx_by_year: Mapping[int, np.ndarray]  # later anchor years -> (2, 101)
    asfr: np.ndarray  # (35,) ages 15..49, any scale
    migration_profile: np.ndarray | None  # (2, 101), any scale; None = no Migration sheet
    # insured population and pensioners at the base year
    lfpr: np.ndarray  # (2, 101)
    contributors: np.ndarray  # (2, 101)
    wages: np.ndarray  # (2, 101) annual insurable wage
    service: np.ndarray  # (2, 101) past credited service, years
    pensioners: np.ndarray  # (2, 101)
    pensions: np.ndarray  # (2, 101) average annual pension
    # legislated changes: key -> ((year, value), ...), each value holds until the next row
    schedule: Mapping[str, tuple[tuple[int, float], ...]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    # model version 2 (spec 11-16); the defaults are a version-1 scheme
    wage_dispersion: float = 0.0  # sd of log earnings within a cohort
    service_spread: float = 0.0  # h: service classes from 1-4h/5 to 1+4h/5 of the cohort's
    contribution_ceiling_to_avg_wage: float | None = None  # None: no ceiling
    minimum_service_years: int = 0  # qualifying period MQ
    old_age_grant_rate: float = 0.0  # lump sum per year of service, of the reference wage
    survivor_share: float = 0.0
    funeral_grant_to_avg_wage: float = 0.0
    disability: Disability = field(default_factory=Disability)
    survivors: Survivors = field(default_factory=Survivors)

    @property
    def pensionable_age_base(self) -> np.ndarray:
        """`Rb[s]`: the pensionable ages in force in the base year, as integers."""
        return np.array([self.pensionable_age_male, self.pensionable_age_female], dtype=int)

    @property
    def years(self) -> np.ndarray:
        return np.arange(self.base_year, self.base_year + self.horizon + 1)

    def with_horizon(self, horizon: int) -> "Scheme":
        """The same scheme projected over another horizon (the CLI's `--horizon`)."""
        return replace(self, horizon=int(horizon))
