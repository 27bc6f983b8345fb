"""Rebuild the sample workbooks with the package's country builder (one way to build a
country: reform_studio.countries.builder), each with its own assumptions from countries.py.

    python sample_data/build_samples.py

writes sample_data/<key>.xlsx for every sample and copies the workbooks and the reform files
in sample_data/reforms/ into reform_studio/samples/, where the installed application finds
them. The data are the package's shipped files (rebuilt from ../shared/data by
`python -m reform_studio.countries.rebuild`). Sources and methods: sample_data/README.md.
"""
from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

from countries import SAMPLES  # noqa: E402

from reform_studio.countries.builder import build  # noqa: E402

PACKAGE_SAMPLES = REPO / "reform_studio" / "samples"


def build_sample(key: str, out: Path) -> dict[str, float]:
    """Write one sample workbook; return a few headline figures for the build log."""
    sample = SAMPLES[key]
    built = build(sample.iso3, sample.base_year, sample=sample)
    built.save(out)
    stocks, population = built.stocks, built.demography.population
    return {"population": float(population.sum()), "contributors": float(stocks.counts.sum()),
            "pensioners": float(stocks.old_age.count.sum()), "disabled": float(stocks.disabled.count.sum()),
            "spouses": float(stocks.spouses.count.sum()), "orphans": float(stocks.orphans.count.sum()),
            "expenditure": stocks.expenditure, "gdp": built.economy.gdp}


def copy_into_package(workbooks: list[Path]) -> None:
    """The installed app loads its default sample from inside the package."""
    reforms_out = PACKAGE_SAMPLES / "reforms"
    reforms_out.mkdir(parents=True, exist_ok=True)
    for path in workbooks:
        shutil.copy2(path, PACKAGE_SAMPLES / path.name)
    for path in sorted((HERE / "reforms").glob("*.json")):
        shutil.copy2(path, reforms_out / path.name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args(argv)
    written = []
    for key in SAMPLES:
        out = HERE / f"{key}.xlsx"
        figures = build_sample(key, out)
        written.append(out)
        print(f"{out.name}: " + ", ".join(f"{k} {v:,.3g}" for k, v in figures.items()))
    copy_into_package(written)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
