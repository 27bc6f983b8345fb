"""Sensitivity and stochastic timings on the bundled Kenya sample; prints `METRIC <name> <value> <unit>`.

Targets on the 2-core machine: the standard sensitivity set (7 tests × low/high = 14 variants,
plus the central run) for the baseline and 4 reforms <= 1 s, computed from scratch (a new
scheme object each run, so no variant's demography or economy is cached).
Run: python benchmarks/bench_uncertainty.py
"""
from __future__ import annotations

import statistics
import time
from dataclasses import replace

from reform_studio import load_scheme
from reform_studio.engine.reform import Reform
from reform_studio.engine.sensitivity import STANDARD_TESTS, run_sensitivity
from reform_studio.samples import reform_paths, sample_path
from reform_studio.scenarios import load_reform


def sensitivity() -> None:
    scheme = load_scheme(sample_path("kenya"))
    reforms = [Reform("Baseline")] + [load_reform(p) for p in reform_paths("kenya")[:4]]
    runs, cpu = [], []
    for _ in range(5):
        fresh = replace(scheme)  # another object: nothing cached from the previous run
        start, start_cpu = time.perf_counter(), time.process_time()
        run_sensitivity(fresh, reforms)
        runs.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    print(f"METRIC sensitivity_variants {2 * len(STANDARD_TESTS)} count")
    print(f"METRIC sensitivity_scenarios {len(reforms)} count")
    print(f"METRIC sensitivity_set {statistics.median(runs):.2f} s")
    # CPU time says what the wall time would be on a machine no one else is using
    print(f"METRIC sensitivity_set_cpu {statistics.median(cpu):.2f} s")


def main() -> None:
    sensitivity()


if __name__ == "__main__":
    main()
