"""The illustrative contributory scheme of a country built from the shipped data.

None of this is a statistic: it is a plausible defined-benefit scheme, sized from the data
where the data says something (coverage from ILOSTAT's informality, the average insurable
wage from GDP per employed person, the pensionable age from the income group), for the user
to replace with the real scheme's rules and membership (the workbook's Checklist sheet).
"""
from __future__ import annotations

from reform_studio.countries import data
from reform_studio.countries.groups import said as said_group
from reform_studio.countries.schemes import Knots, Sample
from reform_studio.i18n import translate
from reform_studio.i18n.parameters import said

ILLUSTRATIVE = "illustrative default, not a statistic: replace it"
# Share of the employed contributing where ILOSTAT has no informality rate, by income group
COVERAGE_BY_INCOME = {"Low income": 0.08, "Lower middle income": 0.2, "Upper middle income": 0.45,
                      "High income": 0.85, "": 0.3}
# Of the formally employed, the share a national contributory scheme covers
FORMAL_COVERED = 0.8
PENSIONABLE_AGE = {"Low income": 60, "Lower middle income": 60, "Upper middle income": 62, "High income": 65}
WAGE_TO_OUTPUT_PER_WORKER = 0.6

LFPR: Knots = ((15, 0.25, 0.20), (20, 0.60, 0.50), (25, 0.86, 0.68), (30, 0.92, 0.72), (50, 0.91, 0.70),
               (55, 0.85, 0.62), (60, 0.72, 0.48), (65, 0.50, 0.30), (70, 0.33, 0.18), (80, 0.12, 0.06),
               (90, 0.03, 0.01), (100, 0.0, 0.0))
WAGE_PROFILE: Knots = ((15, 0.45, 0.40), (20, 0.55, 0.50), (25, 0.80, 0.72), (35, 1.05, 0.92), (45, 1.18, 1.00),
                       (55, 1.18, 1.00), (64, 1.12, 0.95))
DISABILITY: Knots = ((15, 0.0003, 0.0002), (30, 0.0008, 0.0006), (40, 0.0015, 0.0012), (50, 0.0035, 0.003),
                     (60, 0.007, 0.006), (64, 0.009, 0.008))
MARRIED: Knots = ((18, 0.05, 0.08), (20, 0.12, 0.20), (25, 0.40, 0.42), (30, 0.62, 0.52), (40, 0.75, 0.55),
                  (55, 0.75, 0.48), (65, 0.70, 0.38), (75, 0.55, 0.22), (85, 0.35, 0.10), (95, 0.18, 0.04),
                  (100, 0.10, 0.02))


def covered_share(country: data.Country) -> tuple[float, float, str]:
    """(men, women) share of the employed who contribute, and where it comes from."""
    rates = data.informality(country)
    if rates is not None and rates["informal_rate_male"] == rates["informal_rate_male"]:
        men = FORMAL_COVERED * (1 - float(rates["informal_rate_male"]))
        women = FORMAL_COVERED * (1 - float(rates["informal_rate_female"]))
        return men, women, translate("economy", "{covered} of the formally employed: ILOSTAT informal employment "
                                                "{total} ({year}, {source}), men {men}, women {women}").format(
            covered=said(FORMAL_COVERED, ".0%"), total=said(float(rates["informal_rate_total"]), ".1%"),
            year=int(rates["year"]), source=rates["source"], men=said(float(rates["informal_rate_male"]), ".1%"),
            women=said(float(rates["informal_rate_female"]), ".1%"))
    share = COVERAGE_BY_INCOME.get(country.income_group, COVERAGE_BY_INCOME[""])
    if country.income_group:
        return share, share, translate("economy", "no ILOSTAT informality rate: default for {group} countries").format(
            group=said_group(country.income_group))
    return share, share, translate("economy", "no ILOSTAT informality rate: default for unclassified countries")


def illustrative(country: data.Country, base_year: int, long_run: dict[str, float], average_wage: float,
                 improvement: float, population_growth: float) -> Sample:
    age = PENSIONABLE_AGE.get(country.income_group, 62)
    men, women, _ = covered_share(country)
    return Sample(
        key=country.iso3.lower(), country=country.name, m49=country.m49, iso3=country.iso3,
        scheme_name="Illustrative contributory scheme (defaults to replace)", currency=country.currency,
        description=("Illustrative defined-benefit scheme built from UN, World Bank, ILO and IMF data: every "
                     "rule, the membership and the pensioners are defaults to replace (Checklist sheet)."),
        economy=dict(long_run),
        rules={"contribution_rate": 0.12, "pensionable_age_male": age, "pensionable_age_female": age,
               "accrual_rate": 0.015, "reference_period_years": 5, "revaluation": "wages",
               "indexation_wage_share": 0.5, "contribution_density": 0.8, "admin_cost_rate": 0.04,
               "state_subsidy_rate": 0.0, "wage_dispersion": 0.6, "service_spread": 0.5,
               "minimum_service_years": 15, "old_age_grant_rate": 0.015,
               "disability_min_service_years": 5, "disability_future_service_credit": 0.0,
               "disability_mortality_factor": 2.0, "survivor_share": 0.5, "orphan_share": 0.15,
               "orphan_age_limit": 18, "spouse_age_difference": 4, "survivor_min_service_years": 5},
        reserve_years_of_expenditure=3.0,
        lfpr=LFPR,
        coverage=((17, 0.0, 0.0), (18, 0.3 * men, 0.3 * women), (22, men, women), (age - 1, men, women),
                  (age, 0.0, 0.0)),
        average_wage=average_wage,
        wage_profile=WAGE_PROFILE,
        service_entry_age=20, service_density=(0.6, 0.5), service_cap=None,
        past_coverage_decline=(0.02, 0.02), past_service_decline=0.01, first_award_year=None,
        past_population_growth=population_growth,
        disability_incidence=DISABILITY, married=MARRIED,
        mortality_improvement_after_anchors=improvement,
        base_year=base_year,
    )
