"""Version-2 schemes for property tests: a version-1 example with every branch of spec 11-15 on.

The example workbooks give demography, economy and the insured; the branches are laid on with
plausible shapes (incidence and marriage rising with age, orphans of young members), scaled by
the few numbers that the properties vary.
"""
from __future__ import annotations

from dataclasses import replace

import numpy as np

from reform_studio.engine.scheme import Disability, Scheme, Survivors, frozen_array

AGE = np.arange(101)


def by_sex(values: np.ndarray, female: float = 0.9) -> np.ndarray:
    return frozen_array(np.stack([values, female * values]))


def with_branches(scheme: Scheme, *, dispersion: float = 0.6, spread: float = 0.4, ceiling: float | None = 2.5,
                  qualifying: int = 15, grant: float = 0.05, incidence: float = 0.004, share: float = 0.6,
                  orphan_share: float = 0.2, funeral: float = 0.2) -> Scheme:
    """`scheme` with member classes, a ceiling, a qualifying period and grant, disability,
    survivors and a funeral grant, plus base stocks in every branch."""
    rising = np.clip((AGE - 20) / 40, 0, None) ** 2
    disability = Disability(
        incidence=by_sex(np.where(AGE < 70, incidence * rising, 0.0)), min_service_years=3,
        future_service_credit=0.5, mortality_factor=2.0,
        pensioners=by_sex(np.where((AGE >= 30) & (AGE < 90), 50.0, 0.0)),
        pensions=by_sex(np.where((AGE >= 30) & (AGE < 90), 2000.0, 0.0)))
    survivors = Survivors(
        married=by_sex(np.where(AGE >= 20, 0.75, 0.0), 0.5),
        orphans=by_sex(np.where((AGE >= 20) & (AGE < 60), 1.2 * (60 - AGE) / 40, 0.0)),
        orphan_age=frozen_array(np.stack([np.clip(AGE - 30, 0, 17)] * 2)),
        orphan_share=orphan_share, orphan_age_limit=18, spouse_age_difference=3, min_service_years=2,
        spouses=by_sex(np.where(AGE >= 40, 30.0, 0.0), 3.0),
        spouse_pensions=by_sex(np.where(AGE >= 40, 1500.0, 0.0)),
        orphans_paid=frozen_array(np.where(AGE < 18, 10.0, 0.0)),
        orphan_pensions=frozen_array(np.where(AGE < 18, 600.0, 0.0)))
    return replace(scheme, wage_dispersion=dispersion, service_spread=spread,
                   contribution_ceiling_to_avg_wage=ceiling, minimum_service_years=qualifying,
                   old_age_grant_rate=grant, survivor_share=share, funeral_grant_to_avg_wage=funeral,
                   disability=disability, survivors=survivors)
