"""Sensitivity and stochastic timings on the bundled Kenya sample; prints `METRIC <name> <value> <unit>`.

Targets on the 2-core machine: the standard sensitivity set (7 tests × low/high = 14 variants,
plus the central run) for the baseline and 4 reforms <= 1 s, computed from scratch (a new
scheme object each run, so no variant's demography or economy is cached); 1,000 stochastic
paths of the 75-year baseline, projected as one batch, <= 3 s and <= 1 GB peak memory, for
the sample with every version-2 branch and for its version-1 form (bench_engine's): the
median of 3 timed runs, and the peak of numpy's allocations in a fourth, traced, run.
CPU times are printed too: on a machine shared with other work they say what the wall time
would be on a quiet one. Run: python benchmarks/bench_uncertainty.py
"""
from __future__ import annotations

import resource
import statistics
import sys
import time
import tracemalloc
from dataclasses import replace
from pathlib import Path

from reform_studio import load_scheme
from reform_studio.engine.reform import Reform
from reform_studio.engine.sensitivity import STANDARD_TESTS, run_sensitivity
from reform_studio.engine.stochastic import run_stochastic
from reform_studio.samples import reform_paths, sample_path
from reform_studio.scenarios import load_reform

sys.path.insert(0, str(Path(__file__).parent))
from bench_engine import version_1  # the same version-1 form as the engine's figures


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


def stochastic() -> None:
    scheme = load_scheme(sample_path("kenya"))
    for label, variant in (("all_branches", scheme), ("v1", version_1(scheme))):
        run_stochastic(variant, [Reform("Baseline")], 10, seed=1)  # demography and economy computed once
        walls, cpus = [], []
        for _ in range(3):
            start, start_cpu = time.perf_counter(), time.process_time()
            run_stochastic(variant, [Reform("Baseline")], 1000, seed=7)
            walls.append(time.perf_counter() - start)
            cpus.append(time.process_time() - start_cpu)
        # peak memory in a run of its own: tracing every allocation slows the run by a third or more
        tracemalloc.start()
        run_stochastic(variant, [Reform("Baseline")], 1000, seed=7)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(f"METRIC stochastic_1000_{label} {statistics.median(walls):.2f} s")
        print(f"METRIC stochastic_1000_{label}_cpu {statistics.median(cpus):.2f} s")
        print(f"METRIC stochastic_1000_{label}_peak_memory {peak / 2**20:.0f} MB")
    print(f"METRIC process_peak_rss {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def main() -> None:
    sensitivity()
    stochastic()


if __name__ == "__main__":
    main()
