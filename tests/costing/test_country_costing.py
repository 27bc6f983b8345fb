"""countries.costing: one country's costing equals the basic-pension lever of its workbook,
the benefit in PPP dollars, the government-expenditure ratio and the options' ranges."""
from __future__ import annotations

import numpy as np
import pytest

from reform_studio import project
from reform_studio.countries import data
from reform_studio.countries.costing import CostingOptions, cost_countries
from reform_studio.engine.errors import InputError
from reform_studio.engine.reform import BasicPensionLever, Reform

KENYA = data.find_country("Kenya")


def engine_lever(scheme, options: CostingOptions):
    """The workbook's own basic-pension lever with the same inputs, from the year after the
    base year (a lever cannot start in the base year)."""
    lever = BasicPensionLever(enabled=True, age=options.age, level_to_gdp_per_capita=options.level,
                              targeting=options.targeting, take_up=options.take_up,
                              admin_share=options.admin_share, from_year=scheme.base_year + 1)
    return project(scheme, Reform(name="basic pension", levers={"basic_pension": lever})).indicators


@pytest.mark.parametrize("targeting", ["universal", "pension_tested"])
def test_one_country_equals_the_basic_pension_lever_of_its_workbook(kenya_scheme, kenya_base, targeting):
    options = CostingOptions(age=62, level=0.15, take_up=0.85, admin_share=0.07, targeting=targeting,
                             first_year=2025, last_year=2075)
    costing = cost_countries([KENYA], options, base=lambda iso3, year: kenya_base)
    engine = engine_lever(kenya_scheme, options).loc[2026:2075]
    later = slice(1, None)
    assert np.allclose(costing.cost.beneficiaries[0, later], engine["basic_pension_beneficiaries"], rtol=1e-12)
    assert np.allclose(costing.cost.cost[0, later], engine["basic_pension_cost"], rtol=1e-12)
    assert np.allclose(costing.cost.cost_to_gdp[0, later], engine["basic_pension_cost_to_gdp"], rtol=1e-12)


def test_the_pension_test_excludes_the_workbooks_pensioners(kenya_base):
    universal = cost_countries([KENYA], CostingOptions(), base=lambda iso3, year: kenya_base)
    tested = cost_countries([KENYA], CostingOptions(targeting="pension_tested"), base=lambda iso3, year: kenya_base)
    assert np.all(tested.cost.beneficiaries < universal.cost.beneficiaries)
    assert any("Pension test" in note for note in tested.notes[0])


def test_a_ppp_benefit_is_the_dollar_amount_in_local_currency_at_base_year_prices(sample_bases):
    options = CostingOptions(ppp_per_day=2.15, first_year=2025, last_year=2030)
    costing = cost_countries([KENYA], options)
    factors = data.gdp(KENYA)["ppp_lcu_per_intl"].dropna()
    inflation = data.weo(KENYA)["PCPIPCH"]
    carried = factors.iloc[-1] * np.prod([1 + inflation[y] / 100 for y in range(int(factors.index[-1]) + 1, 2026)])
    assert np.isclose(costing.cost.benefit[0, 0], 2.15 * 365 * carried)
    # after the base year it keeps its purchasing power: indexed to the workbook's prices
    assert np.allclose(costing.cost.benefit[0] / costing.cost.benefit[0, 0], sample_bases.price_index[:6])


def test_government_expenditure_is_the_weos_share_held_after_its_last_year(sample_bases):
    costing = cost_countries([KENYA], CostingOptions(first_year=2025, last_year=2040))
    spending = data.weo(KENYA)["GGX_NGDP"].dropna()
    ratio = costing.cost.cost_to_gdp[0] / costing.cost.cost_to_government_expenditure[0] * 100
    assert np.isclose(ratio[0], spending[2025]) and np.isclose(ratio[-1], spending.iloc[-1])
    assert any("held" in note for note in costing.notes[0])


def test_no_weo_means_an_unknown_share_of_government_expenditure(sample_bases):
    cuba = data.find_country("Cuba")  # not in the WEO
    costing = cost_countries([cuba, KENYA], CostingOptions())
    assert np.all(np.isnan(costing.cost.cost_to_government_expenditure[0]))
    assert costing.to_json()["countries"][0]["cost_to_government_expenditure"][0] is None
    assert costing.ranked_table(2025)["ISO3"].tolist() == ["CUB", "KEN"]  # same % of GDP: the order given


def test_a_country_that_cannot_be_built_is_left_out_of_a_group_with_the_reason(kenya_base):
    def base(iso3, year):
        if iso3 == "MWI":
            raise InputError("no GDP for Malawi")
        if iso3 == "NER":
            raise ZeroDivisionError("float division by zero")  # a builder failure that is not an InputError
        return kenya_base

    costing = cost_countries([KENYA, data.find_country("MWI"), data.find_country("NER")], CostingOptions(),
                             base=base)
    assert [c.iso3 for c in costing.countries] == ["KEN"]
    assert [why for _, why in costing.left_out] == ["no GDP for Malawi", "float division by zero"]
    with pytest.raises(InputError, match="no GDP"):
        cost_countries([data.find_country("MWI")], CostingOptions(), base=base)
    with pytest.raises(InputError, match="The workbook of Niger could not be built: float division by zero"):
        cost_countries([data.find_country("NER")], CostingOptions(), base=base)


@pytest.mark.parametrize("options, words", [
    (CostingOptions(age=45), "age 45 is out of range"), (CostingOptions(age=85), "between 50 and 80"),
    (CostingOptions(level=0.8), "level 0.8 is out of range"), (CostingOptions(take_up=1.5), "Take-up"),
    (CostingOptions(admin_share=-0.1), "Administration"), (CostingOptions(ppp_per_day=0), "PPP dollars"),
    (CostingOptions(first_year=2030), "base year"), (CostingOptions(last_year=2150), "last year 2150"),
    (CostingOptions(targeting="means_tested"), "universal or pension_tested")])
def test_options_out_of_range_are_refused_in_a_sentence(options, words):
    with pytest.raises(InputError, match=words):
        options.check()


def test_a_country_without_wdi_gdp_says_its_money_figures_rest_on_a_placeholder(sample_bases):
    reunion = data.find_country("Reunion")  # no GDP in WDI
    taiwan = data.find_country("TWN")  # no WDI GDP, but the WEO's
    costing = cost_countries([reunion, taiwan, KENYA], CostingOptions())
    assert any("placeholder" in note for note in costing.notes[0]) and costing.currencies[0] == "USD"
    assert not any("placeholder" in note for note in costing.notes[1] + costing.notes[2])
    assert costing.currencies[1:] == (taiwan.currency, "KES")
    assert costing.to_json()["countries"][0]["currency"] == "USD"
