"""Country groups and --countries lists: World Bank regions and income groups, UN M49
regions, their combinations, names with commas, and close matches for a typing mistake."""
from __future__ import annotations

import pytest

from reform_studio.countries import data
from reform_studio.countries.groups import find_group, groups, select_countries
from reform_studio.countries.un_regions import UN_REGIONS, un_region_of
from reform_studio.engine.errors import InputError


def test_every_country_of_the_data_is_in_exactly_one_un_sub_region():
    codes = [code for *_, members in UN_REGIONS for code in members]
    assert len(codes) == len(set(codes))
    assert set(codes) == set(data.catalogue()["m49"])


@pytest.mark.parametrize("name, m49, region", [("Malawi", 454, "Eastern Africa"), ("Sudan", 729, "Northern Africa"),
                                                ("Bolivia", 68, "South America"), ("Samoa", 882, "Polynesia")])
def test_un_regions_of_some_countries(name, m49, region):
    assert data.find_country(name).m49 == m49
    assert region in un_region_of(m49)


def test_an_income_group_within_a_region_is_the_intersection():
    catalogue = data.catalogue().set_index("iso3")
    low_ssa = groups()["Low income Sub-Saharan Africa"]
    assert low_ssa and set(low_ssa) == set(groups()["Low income"]) & set(groups()["Sub-Saharan Africa"])
    assert all(catalogue.at[c, "income_group"] == "Low income" for c in low_ssa)
    assert "MWI" in low_ssa and "KEN" not in low_ssa  # Kenya is lower-middle income


def test_sub_saharan_africa_is_the_world_banks_unless_the_un_is_asked_for():
    assert "SDN" in groups()["Sub-Saharan Africa"]           # the World Bank counts Sudan
    assert "SDN" not in groups()["Sub-Saharan Africa (UN)"]  # M49 puts it in Northern Africa


def test_a_un_sub_region_holds_all_its_intermediate_regions():
    """Latin America and the Caribbean is the Caribbean, Central and South America together
    (it once held only the Caribbean, its first row, the rest going to a '(UN)' twin)."""
    iso3_of = dict(zip(data.catalogue()["m49"], data.catalogue()["iso3"]))
    for _, subregion, _, codes in UN_REGIONS:
        name = subregion if find_group(subregion + " (UN)") is None else subregion + " (UN)"
        assert {iso3_of[c] for c in codes} <= set(groups()[name]), subregion
    assert len(groups()["Latin America and the Caribbean"]) == sum(
        len(groups()[part]) for part in ("Caribbean", "Central America", "South America"))


def test_group_names_ignore_case_hyphens_and_accents():
    assert find_group("low-income sub-saharan africa") == "Low income Sub-Saharan Africa"
    assert find_group("WORLD") == "World" and len(groups()["World"]) == len(data.catalogue())


def test_lists_mix_names_codes_numbers_groups_and_names_with_commas():
    chosen = select_countries(["Malawi, NER; 686", "China, Hong Kong SAR", "Bonaire, Sint Eustatius and Saba"])
    assert [c.iso3 for c in chosen] == ["MWI", "NER", "SEN", "HKG", "BES"]
    group = select_countries(["Malawi", "Low income Sub-Saharan Africa"])
    assert group[0].iso3 == "MWI" and len(group) == len(groups()["Low income Sub-Saharan Africa"])  # once each


@pytest.mark.parametrize("text, hint", [("Malawee", "Malawi"), ("low income subsaharan afrika", "Low income Sub-Saharan Africa"),
                                        ("", "Name at least one")])
def test_unknown_names_give_the_closest(text, hint):
    with pytest.raises(InputError, match=hint):
        select_countries([text])
