"""Costing tests run on the Kenya sample workbook's population and GDP (a workbook the reader
accepts, with a contributory scheme), standing in for a built country where the test is about
the arithmetic, the command or the export rather than the builder."""
from __future__ import annotations

import pytest

from reform_studio import load_scheme
from reform_studio.countries import costing, costing_inputs
from reform_studio.samples import sample_path


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory, monkeypatch):
    """Built countries are cached in a folder of the test session's, never the user's."""
    monkeypatch.setenv(costing_inputs.CACHE_VARIABLE, str(tmp_path_factory.getbasetemp() / "costing-cache"))


@pytest.fixture(scope="session")
def kenya_scheme():
    return load_scheme(sample_path("kenya"))


@pytest.fixture(scope="session")
def kenya_base(kenya_scheme):
    return costing_inputs.base_from_scheme(kenya_scheme)


@pytest.fixture
def sample_bases(monkeypatch, kenya_base):
    """Every country costed on the Kenya sample's base (no builder run): the figures differ
    only through each country's own data (PPP factor, government expenditure)."""
    monkeypatch.setattr(costing, "country_base", lambda iso3, year: kenya_base)
    return kenya_base
