"""One table of every reform lever: what it is called, its unit, range and help text.

The window builds its sliders, the reform parser its checks and the export its labels from
this table, so a new lever is one new row here (plus its equation), not five edits.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LeverSpec:
    """How one lever is shown and checked.

    `kind` decides the phase-in a lever accepts (spec 7 and 16): `rate` (fraction, `step`),
    `ratio` (a multiple such as the ceiling's 2.5 × average wage, `step`), `age` (whole years,
    `years_per_step`: pensionable ages and the qualifying period), `years` (integer, no
    phase-in), `choice` (one of `choices`), `coverage` (fraction, `full_by_year`),
    `basic_pension`. `low`/`high` bound the slider; `valid_low`/`valid_high` are what the
    spec accepts (rates 0..1; a ratio must also be above `valid_low`).
    """

    name: str
    title: str
    kind: str
    unit: str
    low: float
    high: float
    slider_step: float
    help: str
    scheme_attr: str | None = None
    choices: tuple[str, ...] = ()
    group: str = "Contributions"
    valid_low: float = 0.0
    valid_high: float = 1.0

    @property
    def percent(self) -> bool:
        """Shown and typed as a percentage (rates and shares), not as a plain number."""
        return self.kind in ("rate", "coverage")


LEVERS: tuple[LeverSpec, ...] = (
    LeverSpec("contribution_rate", "Contribution rate", "rate", "% of insurable wage", 0.0, 0.40, 0.001,
              "Share of the insurable wage paid as contributions by workers and employers together.",
              "contribution_rate", group="Contributions"),
    LeverSpec("contribution_density", "Contribution density", "rate", "% of the year", 0.3, 1.0, 0.01,
              "Share of a year that a contributor actually pays for; it scales the wage bill and the service credited.",
              "contribution_density", group="Contributions"),
    LeverSpec("coverage_extension", "Coverage extension", "coverage", "% of uncovered employed", 0.0, 1.0, 0.01,
              "Share of the employed who do not contribute today that is brought into coverage, reached linearly by the full-by year.",
              None, group="Coverage"),
    LeverSpec("contribution_ceiling_to_avg_wage", "Contribution ceiling", "ratio", "× average wage", 1.0, 5.0, 0.05,
              "Wage above which no contribution is due, as a multiple of the average insurable wage; "
              "wages in the benefit formula are capped at it too. Needs members who differ (wage dispersion) to bite.",
              "contribution_ceiling_to_avg_wage", group="Contributions", valid_low=0.0, valid_high=10.0),
    LeverSpec("pensionable_age_male", "Pensionable age, men", "age", "years", 40, 80, 1,
              "Age at which men are awarded their old-age pension. Cohorts already retired are not affected.",
              "pensionable_age_male", group="Pensionable age", valid_low=40, valid_high=80),
    LeverSpec("pensionable_age_female", "Pensionable age, women", "age", "years", 40, 80, 1,
              "Age at which women are awarded their old-age pension. Cohorts already retired are not affected.",
              "pensionable_age_female", group="Pensionable age", valid_low=40, valid_high=80),
    LeverSpec("minimum_service_years", "Qualifying period", "age", "years of service", 0, 50, 1,
              "Credited service needed for an old-age pension; members short of it get the old-age grant instead.",
              "minimum_service_years", group="Qualifying conditions", valid_low=0, valid_high=50),
    LeverSpec("old_age_grant_rate", "Old-age grant", "rate", "% of reference wage per year of service", 0.0, 0.3, 0.005,
              "Lump sum paid at the pensionable age to members short of the qualifying period, per year of service.",
              "old_age_grant_rate", group="Qualifying conditions"),
    LeverSpec("accrual_rate", "Accrual rate", "rate", "% of reference wage per year", 0.0, 0.04, 0.0005,
              "Pension earned per year of credited service, as a share of the reference wage.",
              "accrual_rate", group="Benefit formula"),
    LeverSpec("reference_period_years", "Reference period", "years", "years", 1, 40, 1,
              "Number of final years whose (revalued) wages are averaged into the reference wage. "
              "At most the pensionable age minus 15.",
              "reference_period_years", group="Benefit formula", valid_low=1, valid_high=80),
    LeverSpec("revaluation", "Revaluation of past wages", "choice", "", 0, 0, 0,
              "How past wages are updated to the award year in the reference wage: not at all, with prices or with wages.",
              "revaluation", choices=("none", "prices", "wages"), group="Benefit formula"),
    LeverSpec("minimum_pension_to_avg_wage", "Minimum pension", "rate", "% of average wage", 0.0, 0.8, 0.01,
              "Floor on a new pension, as a share of the average insurable wage of the award year. 0 removes the floor.",
              "minimum_pension_to_avg_wage", group="Benefit formula"),
    LeverSpec("maximum_replacement_rate", "Maximum replacement rate", "rate", "% of reference wage", 0.0, 1.0, 0.01,
              "Cap on a new pension as a share of the pensioner's own reference wage; the minimum pension wins over it.",
              "maximum_replacement_rate", group="Benefit formula"),
    LeverSpec("survivor_share", "Survivor's pension", "rate", "% of the deceased's pension", 0.0, 1.0, 0.01,
              "Spouse's pension as a share of the pension the deceased drew or had earned. 0 % awards no new spouse pensions.",
              "survivor_share", group="Survivors"),
    LeverSpec("indexation_wage_share", "Indexation: wage share", "rate", "% weight on wages", 0.0, 1.0, 0.05,
              "Pensions in payment rise each January by this mix of wage growth and price inflation (0 % = prices, 100 % = wages).",
              "indexation_wage_share", group="Indexation"),
    LeverSpec("admin_cost_rate", "Administration cost", "rate", "% of contributions", 0.0, 0.10, 0.001,
              "Administrative expenses as a share of contribution income.",
              "admin_cost_rate", group="Financing"),
    LeverSpec("state_subsidy_rate", "State subsidy", "rate", "% of expenditure", 0.0, 0.5, 0.01,
              "State budget transfer to the scheme as a share of its benefit expenditure.",
              "state_subsidy_rate", group="Financing"),
    LeverSpec("basic_pension", "Basic pension", "basic_pension", "", 0, 0, 0,
              "A non-contributory pension financed by the state budget, outside the reserve: universal or pension-tested.",
              None, group="Basic pension"),
)

LEVER_BY_NAME: dict[str, LeverSpec] = {spec.name: spec for spec in LEVERS}

RATE_LEVERS = tuple(s.name for s in LEVERS if s.kind in ("rate", "ratio"))
PENSIONABLE_AGE_LEVERS = ("pensionable_age_male", "pensionable_age_female")
# Whole-year levers phased in by `years_per_step` (spec 7 ages, spec 16 qualifying period).
YEAR_STEP_LEVERS = tuple(s.name for s in LEVERS if s.kind == "age")

BASIC_PENSION_FIELDS: dict[str, tuple[str, str, float, float, str]] = {
    # field: (title, unit, low, high, help)
    "age": ("Basic pension age", "years", 50, 80, "Age from which the basic pension is paid."),
    "level_to_gdp_per_capita": ("Basic pension level", "% of GDP per capita", 0.0, 0.5,
                                "Annual benefit as a share of GDP per head of population."),
    "take_up": ("Take-up", "% of eligible", 0.0, 1.0, "Share of the eligible who claim the basic pension."),
    "admin_share": ("Administration", "% of benefits", 0.0, 0.3, "Delivery cost as a share of the benefits paid."),
}
