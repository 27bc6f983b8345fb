"""The sample schemes. Demography comes from WPP 2024 and GDP from WDI; every number
below is an illustrative assumption chosen to be plausible in size, not an official figure.
"""
from __future__ import annotations

from schemes import Sample

KENYA = Sample(
    key="kenya",
    country="Kenya",
    m49=404,
    iso3="KEN",
    scheme_name="National Social Security Fund (illustrative defined-benefit model)",
    currency="KES",
    description=("A young, low-coverage scheme loosely modelled on Kenya's NSSF after the 2013 "
                 "Act: 12 % contribution, pensionable age 60, about one employed person in six "
                 "contributing, few pensioners and a reserve that still grows."),
    gdp_growth_2024_2025=(0.095, 0.095),
    economy={"inflation": 0.05, "real_wage_growth": 0.02, "investment_return": 0.075,
             "unemployment_rate": 0.056},
    rules={"contribution_rate": 0.12, "pensionable_age_male": 60, "pensionable_age_female": 60,
           "accrual_rate": 0.0225, "reference_period_years": 5, "revaluation": "wages",
           "indexation_wage_share": 0.5, "contribution_density": 0.75, "admin_cost_rate": 0.06,
           "state_subsidy_rate": 0.0,
           # members within a cohort: irregular, informal careers; Tier II's upper earnings limit
           "wage_dispersion": 0.7, "service_spread": 0.6, "contribution_ceiling_to_avg_wage": 1.8,
           "disability_min_service_years": 3, "disability_future_service_credit": 0.0,
           "disability_mortality_factor": 2.5,
           "survivor_share": 0.5, "orphan_share": 0.15, "orphan_age_limit": 18, "spouse_age_difference": 5,
           "survivor_min_service_years": 5, "funeral_grant_to_avg_wage": 0.1},
    reserve_years_of_expenditure=8.0,
    lfpr=((15, 0.20, 0.20), (20, 0.55, 0.52), (25, 0.86, 0.74), (30, 0.93, 0.79), (45, 0.93, 0.79),
          (55, 0.88, 0.72), (60, 0.80, 0.62), (65, 0.66, 0.48), (75, 0.40, 0.25), (85, 0.15, 0.08),
          (95, 0.03, 0.01), (100, 0.0, 0.0)),
    coverage=((17, 0.0, 0.0), (18, 0.02, 0.015), (20, 0.08, 0.06), (25, 0.19, 0.15), (30, 0.23, 0.18),
              (45, 0.23, 0.18), (55, 0.18, 0.14), (59, 0.15, 0.12), (60, 0.0, 0.0)),
    average_wage=480_000.0,
    wage_profile=((15, 0.45, 0.40), (20, 0.55, 0.48), (25, 0.80, 0.70), (35, 1.05, 0.90),
                  (45, 1.18, 1.00), (55, 1.18, 1.00), (59, 1.12, 0.95)),
    service_entry_age=20,
    service_density=0.6,
    service_cap=18.0,
    past_coverage_decline=(0.03, 0.04),
    past_service_decline=0.01,
    first_award_year=2014,
    past_population_growth=0.02,
    disability_incidence=((15, 0.0004, 0.0003), (25, 0.0008, 0.0006), (35, 0.0015, 0.0012), (45, 0.0035, 0.003),
                          (55, 0.007, 0.006), (59, 0.009, 0.008)),
    married=((18, 0.05, 0.08), (20, 0.12, 0.20), (25, 0.40, 0.42), (30, 0.62, 0.52), (40, 0.75, 0.55),
             (55, 0.75, 0.48), (65, 0.70, 0.38), (75, 0.55, 0.22), (85, 0.35, 0.10), (95, 0.18, 0.04),
             (100, 0.10, 0.02)),
    mortality_improvement_after_anchors=0.005,
)

ITALY = Sample(
    key="italy",
    country="Italy",
    m49=380,
    iso3="ITA",
    scheme_name="General pension scheme for employees (illustrative defined-benefit model)",
    currency="EUR",
    description=("An ageing, mature pay-as-you-go scheme loosely modelled on Italy's employee "
                 "scheme: 33 % contribution, pensionable age 67, near-universal coverage, a large "
                 "pensioner stock, a state transfer and a reserve of a few months."),
    gdp_growth_2024_2025=(0.029, 0.025),
    economy={"inflation": 0.02, "real_wage_growth": 0.01, "investment_return": 0.03,
             "unemployment_rate": 0.065},
    rules={"contribution_rate": 0.33, "pensionable_age_male": 67, "pensionable_age_female": 67,
           "accrual_rate": 0.02, "reference_period_years": 10, "revaluation": "prices",
           "minimum_pension_to_avg_wage": 0.2, "maximum_replacement_rate": 0.8,
           "indexation_wage_share": 0.0, "contribution_density": 0.92, "admin_cost_rate": 0.015,
           "state_subsidy_rate": 0.25,
           # no ceiling: Italy's applies only to those insured since 1996, far above most wages
           "wage_dispersion": 0.5, "service_spread": 0.4, "minimum_service_years": 20,
           "disability_min_service_years": 5, "disability_future_service_credit": 0.3,
           "disability_mortality_factor": 2.0,
           "survivor_share": 0.6, "orphan_share": 0.2, "orphan_age_limit": 21, "spouse_age_difference": 3,
           "survivor_min_service_years": 5},
    reserve_years_of_expenditure=0.3,
    lfpr=((15, 0.05, 0.03), (20, 0.45, 0.35), (25, 0.76, 0.61), (30, 0.90, 0.74), (50, 0.91, 0.76),
          (66, 0.90, 0.74), (67, 0.16, 0.08), (70, 0.07, 0.03), (80, 0.02, 0.01), (90, 0.0, 0.0)),
    coverage=((17, 0.0, 0.0), (18, 0.85, 0.85), (25, 0.93, 0.93), (66, 0.93, 0.93), (67, 0.0, 0.0)),
    average_wage=30_000.0,
    wage_profile=((15, 0.50, 0.45), (20, 0.60, 0.52), (25, 0.75, 0.64), (35, 0.98, 0.82),
                  (45, 1.12, 0.92), (55, 1.18, 0.95), (66, 1.18, 0.95)),
    service_entry_age=22,
    service_density=0.85,
    service_cap=None,
    past_coverage_decline=(0.0, 0.01),
    past_service_decline=0.0,
    first_award_year=None,
    past_population_growth=0.0,
    disability_incidence=((15, 0.0002, 0.0002), (30, 0.0005, 0.0004), (40, 0.001, 0.0009), (50, 0.0025, 0.002),
                          (60, 0.005, 0.004), (66, 0.007, 0.006)),
    married=((20, 0.02, 0.04), (25, 0.10, 0.15), (30, 0.30, 0.40), (35, 0.50, 0.52), (45, 0.68, 0.63),
             (60, 0.75, 0.62), (70, 0.72, 0.48), (80, 0.58, 0.28), (90, 0.35, 0.10), (100, 0.15, 0.03)),
    mortality_improvement_after_anchors=0.005,
)

SAMPLES = {s.key: s for s in (KENYA, ITALY)}
