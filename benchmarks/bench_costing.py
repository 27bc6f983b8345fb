"""Costing timings on a group of 51 countries (the World Bank's Sub-Saharan Africa) over the
51 years 2025-2075; prints `METRIC <name> <value> <unit>` lines.

Target (issue 12): costing for all countries of a group of 50 over 50 years <= 5 s, from the
first run. A country is built once (its demography fitted to WPP, its workbook's sheets made
and read by the reader in memory: `cold`), then kept in memory for the session and in the
disk cache across sessions:
`warm_disk` is a new session's costing of the same group (bases read from the cache),
`warm_memory` a second costing in the same session (a new level and age). The cache goes to a temporary folder,
never the user's. The CPU time is reported beside the wall time: on a machine shared with
other work the wall time grows with the load, the CPU time does not.
Run: python benchmarks/bench_costing.py [--countries GROUP]
"""
from __future__ import annotations

import argparse
import os
import tempfile
import time
from dataclasses import replace

from reform_studio.countries import costing_inputs
from reform_studio.countries.costing import CostingOptions, cost_countries
from reform_studio.countries.groups import select_countries

GROUP = "Sub-Saharan Africa"


def timed(countries, options) -> tuple[float, float]:
    """(wall, CPU) seconds of one costing."""
    start, start_cpu = time.perf_counter(), time.process_time()
    cost_countries(countries, options)
    return time.perf_counter() - start, time.process_time() - start_cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--countries", default=GROUP)
    args = parser.parse_args()
    countries = select_countries([args.countries])
    options = CostingOptions(first_year=2025, last_year=2075)
    with tempfile.TemporaryDirectory() as folder:
        os.environ[costing_inputs.CACHE_VARIABLE] = folder
        cold, cold_cpu = timed(countries, options)
        costing_inputs.country_base.cache_clear()
        costing_inputs.built_scheme.cache_clear()
        warm_disk, _ = timed(countries, options)
        warm_memory, _ = timed(countries, replace(options, level=0.1, age=60))
    print(f"METRIC costing_countries {len(countries)} countries")
    print(f"METRIC costing_cold {cold:.2f} s")
    print(f"METRIC costing_cold_cpu {cold_cpu:.2f} s")
    print(f"METRIC costing_cold_per_country {cold / len(countries):.2f} s")
    print(f"METRIC costing_warm_disk {warm_disk:.2f} s")
    print(f"METRIC costing_warm_memory {warm_memory:.3f} s")


if __name__ == "__main__":
    main()
