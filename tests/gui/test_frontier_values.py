"""The frontier's settings across the horizontal lever: on the solver's grid, in the lever's unit."""
from __future__ import annotations

from dataclasses import replace

import numpy as np

from reform_studio.engine.reform import Lever, Reform
from reform_studio.gui.widgets.frontier_panel import X_POINTS, x_values
from reform_studio.samples import sample_path
from reform_studio.workbook.reader import read_scheme


def test_whole_years_around_the_reform_and_ceilings_as_multiples_of_the_wage():
    scheme = read_scheme(sample_path())
    ages = x_values(scheme, Reform("R", {"pensionable_age_male": Lever(62)}), "pensionable_age_male")
    np.testing.assert_array_equal(ages, np.arange(62 - X_POINTS // 2, 62 + X_POINTS // 2 + 1))
    service = x_values(scheme, None, "minimum_service_years")  # from 0 years, not from the ages' 40
    assert service[0] == 0 and service[-1] == X_POINTS // 2 and service.dtype.kind == "i"
    ceilings = x_values(replace(scheme, contribution_ceiling_to_avg_wage=7.5), None, "contribution_ceiling_to_avg_wage")
    assert ceilings[0] == 1.0 and ceilings[-1] == 7.5 and len(ceilings) == X_POINTS  # a ratio, not capped at 100 %
    none = x_values(replace(scheme, contribution_ceiling_to_avg_wage=None), None, "contribution_ceiling_to_avg_wage")
    assert (none[0], none[-1]) == (1.0, 5.0)  # no ceiling: the slider's range
    assert x_values(scheme, Reform("R", {"pensionable_age_male": Lever(75)}), "pensionable_age_male")[-1] == 80
