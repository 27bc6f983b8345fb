"""What the costing needs of each country: the population and GDP of its built workbook as
the engine projects them, and those without a contributory pension for a pension test.

A country's workbook is built in memory and handed to the reader as the sheets it would
write (`Built.scheme`, countries/sheets.py): the reader's checks and assembly run on exactly
the values `reform-studio new` writes, without the quarter of a second a country that writing
and reading back an xlsx costs. Population and GDP do not depend on the contributory scheme
(spec 2-3: they follow the demography, the Labour sheet and the economy), so a universal
costing builds the country without one (`--scheme none`: no pensioner stocks to derive) and
gets the figures of the illustrative workbook exactly (tests/costing/test_built_country.py);
only a pension test builds the illustrative scheme.

The projected population, GDP and prices are kept twice: in memory for the session, and on
disk in the user's cache folder (`REFORM_STUDIO_CACHE`, else the platform's cache folder),
under a key that hashes the shipped data and the code that builds and projects a country, so
that a new release or new data never reads an old figure. A cache that cannot be read or
written is ignored: it only ever saves time.
"""
from __future__ import annotations

import hashlib
import logging
import os
import sys
import zipfile
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import numpy as np

from reform_studio.countries import data
from reform_studio.engine.demography import mortality_rates, project_population
from reform_studio.engine.economy import project_economy
from reform_studio.engine.projection import project
from reform_studio.engine.scheme import BasicPension, Scheme
from reform_studio.workbook.atomic import ExportError, write_atomically

CACHE_VARIABLE = "REFORM_STUDIO_CACHE"
PACKAGE = Path(__file__).resolve().parents[1]
BASE_ARRAYS = ("population", "gdp", "price_index")
KEYED = ("countries/*.py", "countries/files/*", "engine/*.py", "workbook/*.py")  # what a base depends on
log = logging.getLogger("reform_studio")


@dataclass(frozen=True)
class CountryBase:
    """One country's projection by year from the base year, and where it came from."""

    iso3: str
    base_year: int
    population: np.ndarray  # (T, 2, 101) at 1 January
    gdp: np.ndarray  # (T,) local currency
    price_index: np.ndarray  # (T,) PI(t0) = 1
    scheme: Scheme | None = None  # None when read from the cache: rebuilt only for a pension test

    def pension_tested(self, age: int) -> np.ndarray:
        """Persons at or above `age` without a contributory pension `(T,)`, as the engine counts
        them for the workbook's own pension-tested basic pension (spec 7); a built country's
        are cached by age like its base."""
        path = cache_folder() / f"{self.iso3}-{self.base_year}-tested-{age}.npz" if self.iso3 else None
        stored = _read(path, ("eligible",)) if path else None
        if stored is not None:
            return stored["eligible"]
        eligible = _pension_tested(self.scheme or built_scheme(self.iso3, self.base_year), age)
        if path:
            _write(path, {"eligible": eligible})
        return eligible


def base_from_scheme(scheme: Scheme, iso3: str = "") -> CountryBase:
    """Population and GDP as the engine projects them from a workbook's inputs (spec 2-3)."""
    years = scheme.years
    population, _ = project_population(scheme, mortality_rates(scheme, years), years)
    economy = project_economy(scheme, population, years)
    return CountryBase(iso3, scheme.base_year, population, economy.gdp, economy.price_index, scheme)


@lru_cache(maxsize=64)
def _pension_tested(scheme: Scheme, age: int) -> np.ndarray:
    tested = replace(scheme, basic_pension=BasicPension(age=age, targeting="pension_tested"))
    return project(tested).indicators["basic_pension_beneficiaries"].to_numpy()


@lru_cache(maxsize=8)
def built_scheme(iso3: str, base_year: int, scheme: str = "illustrative") -> Scheme:
    """The scheme the reader makes of the country's built workbook: the very workbook
    `reform-studio new --scheme <scheme>` writes, so that every figure is as written."""
    from reform_studio.countries.builder import build

    return build(data.find_country(iso3), base_year, scheme).scheme()


@lru_cache(maxsize=None)
def country_base(iso3: str, base_year: int) -> CountryBase:
    """The country's base: from memory, else the disk cache, else built (and then cached)."""
    path = cache_folder() / f"{iso3}-{base_year}.npz"
    stored = _read(path, BASE_ARRAYS)
    if stored is not None:
        return CountryBase(iso3, base_year, **stored)
    base = base_from_scheme(built_scheme(iso3, base_year, "none"), iso3)
    base = replace(base, scheme=None)  # the illustrative scheme is built only for a pension test
    _write(path, {name: getattr(base, name) for name in BASE_ARRAYS})
    return base


def cache_folder() -> Path:
    """The folder for this release's and this data's bases (created when first written)."""
    root = os.environ.get(CACHE_VARIABLE)
    if not root:
        if sys.platform == "win32":
            root = os.path.join(os.environ.get("LOCALAPPDATA", Path.home()), "reform-studio", "cache")
        elif sys.platform == "darwin":
            root = os.path.join(Path.home(), "Library", "Caches", "reform-studio")
        else:
            root = os.path.join(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"), "reform-studio")
    return Path(root) / f"costing-{_key()}"


@lru_cache(maxsize=1)
def _key() -> str:
    digest = hashlib.sha256()
    for pattern in KEYED:
        for path in sorted(PACKAGE.glob(pattern)):
            digest.update(path.relative_to(PACKAGE).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _read(path: Path, names: tuple[str, ...]) -> dict[str, np.ndarray] | None:
    try:
        with np.load(path) as stored:
            return {name: stored[name] for name in names}
    except (OSError, ValueError, KeyError, zipfile.BadZipFile):
        return None


def _write(path: Path, arrays: dict[str, np.ndarray]) -> None:
    def save(temp: Path) -> None:
        with open(temp, "wb") as stream:
            np.savez(stream, **arrays)  # uncompressed: 0.1 MB a country, written ten times faster

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, save)
    except (OSError, ExportError) as exc:
        log.info("costing cache not written (%s): %s", path, exc)
