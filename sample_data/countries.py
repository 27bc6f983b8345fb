"""The sample schemes. Demography, GDP and the first economic years come from the shipped
data (reform_studio.countries); every number below is an illustrative assumption chosen to be
plausible in size, not an official figure. `economy` holds the long-run rates the IMF WEO's
paths converge to (and that stand for the past of the base-year pensioners).
"""
from __future__ import annotations

from reform_studio.countries.schemes import Sample

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
    notes=(
        ("Reading: a young scheme",
         "Disability and survivors' pensions are about 46 % of the 2025 expenditure (survivors 34 %, "
         "disability 13 %) and orphans (266,000) outnumber old-age pensioners (156,000). That is "
         "plausible for a young scheme: old-age pensions have been paid only since 2014 (illustrative), "
         "so only the few, thinly covered cohorts that reached 60 since then draw one, whereas a "
         "disability or survivors' pension needs only 3 or 5 years of service and can arise from any of "
         "the 3.7 million contributors at any working age, in a country where adults die young (male "
         "life expectancy about 62) and have about three children (TFR 3.1, WPP 2024). As the scheme "
         "matures, old-age pensions rise from half of the spending in 2025 to 63 % in 2050 and 72 % in "
         "2100."),
    ),
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
    economy={"inflation": 0.02, "real_wage_growth": 0.01, "investment_return": 0.03,
             "unemployment_rate": 0.065},
    rules={"contribution_rate": 0.33, "pensionable_age_male": 67, "pensionable_age_female": 67,
           "accrual_rate": 0.02, "reference_period_years": 10, "revaluation": "prices",
           "minimum_pension_to_avg_wage": 0.2, "maximum_replacement_rate": 0.8,
           "indexation_wage_share": 0.0, "contribution_density": 0.92, "admin_cost_rate": 0.015,
           "state_subsidy_rate": 0.25,
           # no ceiling: Italy's applies only to those insured since 1996, far above most wages.
           # Service spread 0.6: the shortest-service fifth of a cohort has 0.52 x its service,
           # so with women's shorter past careers (below) about one award in ten (women's
           # shortest fifth) falls short of the 20-year qualifying period until their careers
           # catch up with men's (illustrative)
           "wage_dispersion": 0.5, "service_spread": 0.6, "minimum_service_years": 20,
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
    # past density men, women: women's careers were shorter and more broken (illustrative);
    # future service accrues at contribution_density for both
    service_density=(0.86, 0.70),
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
    notes=(
        ("Past service and the qualifying period",
         "Illustrative: past contribution density 0.86 for men and 0.70 for women (shorter, more "
         "broken careers), a service spread of 0.6 (the shortest-service fifth of a cohort has 0.52 "
         "times its service). Women retiring in 2026 average about 32 years, their shortest fifth about "
         "16.5, so about one award in ten (women's shortest fifth) falls short of the 20-year qualifying "
         "period and is paid nothing (no grant), until the cohorts retiring from about 2059, whose "
         "service since 2025 accrues at the contribution density, catch up with men. A 25-year period "
         "would also exclude men's shortest fifth (about 20 years)."),
        ("Reading: coverage",
         "27.7 million employed (WPP population x the illustrative participation rates x (1 - "
         "unemployment)) and 25.2 million contributors, 91 % coverage: high for an employee scheme, "
         "since in Italy the self-employed (about a fifth of those in work) and public employees "
         "are insured in other funds, and above the about 24 million employed Italy counts, because "
         "participation is held up to 66 (early retirement is not modelled). Illustrative: the sample "
         "stands for everyone in work under one set of rules."),
        ("Reading: survivors' pensions",
         "Survivors' pensions fall from 16 % of the expenditure in 2025 to 12 % in 2050 and 8 % in "
         "2100. A limit of the data: the probability of leaving an entitled spouse by the deceased's "
         "age (Survivors sheet) is fixed at today's values while deaths shift to ages 90 and over, "
         "where few leave a spouse today (men 0.35 at 90, women 0.10); as men's longevity catches up "
         "with women's more of the very old will be married, so the fall is probably overstated."),
    ),
)

SAMPLES = {s.key: s for s in (KENYA, ITALY)}
