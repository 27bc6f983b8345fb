"""Groups of countries to cost together: the World Bank's regions and income groups (WDI's
classification, shipped with the data), the UN M49 regions, sub-regions and intermediate
regions (un_regions.py), every income group within every region ("Low income Sub-Saharan
Africa", "Lower middle income Western Africa") and "World".

A name is matched with case, accents, hyphens and punctuation ignored, so "low-income
Sub-Saharan Africa" finds "Low income Sub-Saharan Africa". Sub-Saharan Africa is both a World
Bank region (which includes Sudan) and a UN sub-region (which does not): the plain name is
the World Bank's, as are the income groups it is usually combined with; the UN's is "Sub-Saharan
Africa (UN)".

A group's name is its English name (the key, as --countries takes it in every language);
`said(name)` gives it in the current language ("Afrique subsaharienne à faible revenu",
"África subsahariana de ingreso bajo": the World Bank's and the UN Statistics Division's own
French and Spanish names), and a group may be typed by that name too.
"""
from __future__ import annotations

import difflib
from functools import lru_cache
from typing import Sequence

from reform_studio.countries import data
from reform_studio.countries.un_regions import UN_REGIONS
from reform_studio.engine.errors import InputError
from reform_studio.i18n import QT_TRANSLATE_NOOP, language, translate

INCOME_GROUPS = ("Low income", "Lower middle income", "Upper middle income", "High income")
WORLD = "World"
SEPARATORS = (",", ";")
UN_TWIN = QT_TRANSLATE_NOOP("groups", "{region} (UN)")  # a UN sub-region named as a World Bank region
# an income group within a region
WITHIN = {"Low income": QT_TRANSLATE_NOOP("groups", "Low income {region}"),
          "Lower middle income": QT_TRANSLATE_NOOP("groups", "Lower middle income {region}"),
          "Upper middle income": QT_TRANSLATE_NOOP("groups", "Upper middle income {region}"),
          "High income": QT_TRANSLATE_NOOP("groups", "High income {region}")}
# the names of the data's groups, for the catalogue (a test fails on a group not marked here)
MARKED = frozenset((
    QT_TRANSLATE_NOOP("groups", "World"), QT_TRANSLATE_NOOP("groups", "Low income"),
    QT_TRANSLATE_NOOP("groups", "Lower middle income"), QT_TRANSLATE_NOOP("groups", "Upper middle income"),
    QT_TRANSLATE_NOOP("groups", "High income"),
    QT_TRANSLATE_NOOP("groups", "East Asia & Pacific"), QT_TRANSLATE_NOOP("groups", "Europe & Central Asia"),
    QT_TRANSLATE_NOOP("groups", "Latin America & Caribbean"), QT_TRANSLATE_NOOP("groups", "Middle East & North Africa"),
    QT_TRANSLATE_NOOP("groups", "North America"), QT_TRANSLATE_NOOP("groups", "South Asia"),
    QT_TRANSLATE_NOOP("groups", "Sub-Saharan Africa"),
    QT_TRANSLATE_NOOP("groups", "Africa"), QT_TRANSLATE_NOOP("groups", "Northern Africa"),
    QT_TRANSLATE_NOOP("groups", "Eastern Africa"), QT_TRANSLATE_NOOP("groups", "Middle Africa"),
    QT_TRANSLATE_NOOP("groups", "Southern Africa"), QT_TRANSLATE_NOOP("groups", "Western Africa"),
    QT_TRANSLATE_NOOP("groups", "Americas"), QT_TRANSLATE_NOOP("groups", "Latin America and the Caribbean"),
    QT_TRANSLATE_NOOP("groups", "Caribbean"), QT_TRANSLATE_NOOP("groups", "Central America"),
    QT_TRANSLATE_NOOP("groups", "South America"), QT_TRANSLATE_NOOP("groups", "Northern America"),
    QT_TRANSLATE_NOOP("groups", "Asia"), QT_TRANSLATE_NOOP("groups", "Central Asia"),
    QT_TRANSLATE_NOOP("groups", "Eastern Asia"), QT_TRANSLATE_NOOP("groups", "South-eastern Asia"),
    QT_TRANSLATE_NOOP("groups", "Southern Asia"), QT_TRANSLATE_NOOP("groups", "Western Asia"),
    QT_TRANSLATE_NOOP("groups", "Europe"), QT_TRANSLATE_NOOP("groups", "Eastern Europe"),
    QT_TRANSLATE_NOOP("groups", "Northern Europe"), QT_TRANSLATE_NOOP("groups", "Southern Europe"),
    QT_TRANSLATE_NOOP("groups", "Western Europe"), QT_TRANSLATE_NOOP("groups", "Oceania"),
    QT_TRANSLATE_NOOP("groups", "Australia and New Zealand"), QT_TRANSLATE_NOOP("groups", "Melanesia"),
    QT_TRANSLATE_NOOP("groups", "Micronesia"), QT_TRANSLATE_NOOP("groups", "Polynesia"),
))


def _fold(text: str) -> str:
    return data._folded(text)


@lru_cache(maxsize=None)
def groups() -> dict[str, tuple[str, ...]]:
    """Every group's name -> ISO3 codes of its members, in catalogue order."""
    table = data.catalogue()
    regions: dict[str, set[str]] = {}
    for name, part in table.groupby("region"):
        if name:
            regions[str(name)] = set(part["iso3"])
    world_bank = set(regions)  # a UN sub-region of the same name is told apart by " (UN)"
    iso3_of = dict(zip(table["m49"], table["iso3"]))
    for region, subregion, intermediate, codes in UN_REGIONS:
        members = {iso3_of[c] for c in codes if c in iso3_of}
        for name in (region, subregion + (" (UN)" if subregion in world_bank else ""), intermediate):
            if name:
                regions.setdefault(name, set()).update(members)
    incomes = {g: set(table.loc[table["income_group"] == g, "iso3"]) for g in INCOME_GROUPS}
    found: dict[str, set[str]] = {WORLD: set(table["iso3"]), **incomes, **regions}
    for income, poorer in incomes.items():
        for region, members in regions.items():
            if poorer & members:
                found[f"{income} {region}"] = poorer & members
    order = list(table["iso3"])
    return {name: tuple(c for c in order if c in members) for name, members in found.items()}


def said(name: str) -> str:
    """A group's name (its English name, a key of `groups()`) in the current language."""
    for income, template in WITHIN.items():
        if name.startswith(income + " "):
            return translate("groups", template).format(region=said(name[len(income) + 1:]))
    if name.endswith(" (UN)"):
        return translate("groups", UN_TWIN).format(region=translate("groups", name.removesuffix(" (UN)")))
    return translate("groups", name)


def _by_folded_name() -> dict[str, str]:
    """Every way of naming a group -> its name: the English name and the current language's."""
    return _names_in(language())


@lru_cache(maxsize=None)
def _names_in(code: str) -> dict[str, str]:
    """`_by_folded_name` for the language `code`, the current one (a cache per language)."""
    return {**{_fold(said(name)): name for name in groups()}, **{_fold(name): name for name in groups()}}


def find_group(text: str) -> str | None:
    """The group `text` names, in English or in the current language, or None."""
    return _by_folded_name().get(_fold(text))


def select_countries(texts: Sequence[str]) -> list[data.Country]:
    """The countries named by `texts`: names, ISO3 codes, M49 numbers or group names, several
    to a text when separated by commas or semicolons; each country once, in the order named.
    A name that is neither raises InputError with the closest countries and groups."""
    pieces = [p.strip() for text in texts for p in _split(text) if p.strip()]
    if not pieces:
        raise InputError(translate("groups", "Name at least one country or group, e.g. --countries 'Malawi, Niger' "
                                             "or --countries 'Low income Sub-Saharan Africa'."))
    by_iso3 = {c.iso3: c for c in data.countries()}
    chosen: dict[str, data.Country] = {}
    k = 0
    while k < len(pieces):
        taken, found = _match(pieces, k, by_iso3)
        for country in found:
            chosen.setdefault(country.iso3, country)
        k += taken
    return list(chosen.values())


def _split(text: str) -> list[str]:
    for separator in SEPARATORS[1:]:
        text = text.replace(separator, SEPARATORS[0])
    return text.split(SEPARATORS[0])


def _match(pieces: list[str], k: int, by_iso3: dict[str, data.Country]) -> tuple[int, list[data.Country]]:
    """(pieces used, countries) for the name starting at piece `k`; names with commas in them
    ("China, Hong Kong SAR", "Bonaire, Sint Eustatius and Saba") span several pieces."""
    for width in range(min(3, len(pieces) - k), 1, -1):
        try:
            return width, _lookup(", ".join(pieces[k:k + width]), by_iso3)
        except InputError:
            continue
    try:
        return 1, _lookup(pieces[k], by_iso3)
    except InputError as exc:
        raise _unknown(pieces[k], exc) from None


def _lookup(text: str, by_iso3: dict[str, data.Country]) -> list[data.Country]:
    group = find_group(text)
    if group is not None:
        return [by_iso3[c] for c in groups()[group]]
    return [data.find_country(text)]


def _unknown(text: str, country_error: InputError) -> InputError:
    close = difflib.get_close_matches(_fold(text), list(_by_folded_name()), n=3, cutoff=0.6)
    if not close:
        return country_error
    names = ", ".join(dict.fromkeys(said(_by_folded_name()[c]) for c in close))
    return InputError(translate("groups", "{problem} Groups with a close name: {names}.").format(
        problem=country_error, names=names))
