"""Every lever a sample reform sets changes the sample's results, and the qualifying period
binds on every sample.

Guards against "the slider moves and nothing happens", found in review: on the Italy
sample the qualifying period and the old-age grant changed nothing (share_qualifying was
1.000 every year and periods of 0 to 25 years gave the same GAP), because the narrow
service spread left no member class short of 20 years.
"""
from __future__ import annotations

import json

import pytest

from reform_studio.engine.projection import project
from reform_studio.engine.reform import Lever, Reform
from reform_studio.samples import reform_paths
from tests.samples.conftest import SAMPLES

GAP_MOVE = 5e-4            # a lever must move the GAP by at least 0.05 point ...
YEAR = 2050                # ... or the depletion year; share_qualifying is read in this year
# The sample reform's qualifying period, where the baseline has none: Kenya's baseline has no
# qualifying period and a 5-year one binds nobody (the shortest-service fifth retiring in
# 2050 has about 14 years), so its check starts from the reform's 15 years.
WITHOUT_BASELINE_PERIOD = {"kenya": 15}

REFORM_FILES = [(name, path) for name in SAMPLES for path in reform_paths(name)]


def _reform(path) -> Reform:
    return Reform.from_dict(json.loads(path.read_text(encoding="utf-8")), default_name=path.stem)


@pytest.mark.parametrize("name, path", REFORM_FILES, ids=[p.stem for _, p in REFORM_FILES])
def test_every_lever_of_a_sample_reform_moves_the_gap_or_the_depletion_year(schemes, runs, name, path):
    """Each lever, against the same reform without it (so a grant is judged together with
    the qualifying period it pays on). The basic pension is financed by the state budget,
    outside the scheme's reserve (spec 7), so it is judged by its own cost instead."""
    scheme, reform = schemes[name], _reform(path)
    assert reform.levers, path.name
    full = runs[name][path.stem.removeprefix(f"{name}_")]
    for lever in reform.levers:
        without = project(scheme, reform.with_lever(lever, None))
        if lever == "basic_pension":
            assert full.indicators["basic_pension_cost"].sum() > without.indicators["basic_pension_cost"].sum()
            continue
        moved_gap = abs(full.gap - without.gap)
        assert moved_gap >= GAP_MOVE or full.depletion_year != without.depletion_year, (
            f"{path.name}: {lever} moves the GAP by {moved_gap:.6f} and leaves the depletion year at "
            f"{full.depletion_year}")


@pytest.mark.parametrize("name", SAMPLES)
def test_a_longer_qualifying_period_lowers_share_qualifying(schemes, runs, name):
    scheme = schemes[name]
    baseline = int(scheme.minimum_service_years)
    period = baseline + 5 if baseline > 0 else WITHOUT_BASELINE_PERIOD[name]
    longer = project(scheme, Reform(name="Longer qualifying period").with_lever(
        "minimum_service_years", Lever(value=period, from_year=scheme.base_year + 1)))
    before = runs[name]["Baseline"].indicators.loc[YEAR, "share_qualifying"]
    after = longer.indicators.loc[YEAR, "share_qualifying"]
    assert after < before, (period, before, after)
    assert longer.gap < runs[name]["Baseline"].gap


def test_italy_qualifying_period_leaves_some_awards_short_of_it(schemes, runs):
    """Italy's 20 years bind on women's shortest careers (illustratively about one award in
    ten), so the baseline pays fewer pensions than the same scheme without the period."""
    scheme, base = schemes["italy"], runs["italy"]["Baseline"]
    share = base.indicators.loc[scheme.base_year + 1:YEAR, "share_qualifying"]
    assert ((share > 0.85) & (share < 0.97)).all(), share.round(3).tolist()
    none = project(scheme, Reform(name="No qualifying period").with_lever(
        "minimum_service_years", Lever(value=0, from_year=scheme.base_year + 1)))
    assert none.indicators.loc[YEAR, "share_qualifying"] == pytest.approx(1.0)
    assert none.gap > base.gap + GAP_MOVE
