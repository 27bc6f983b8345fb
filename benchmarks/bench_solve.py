"""Solver timings on the bundled Kenya sample; prints `METRIC <name> <value> <unit>` lines.

Targets on the 2-core machine: one solve <= 100 ms (median over levers and targets), a
30-point frontier <= 1 s (contribution rate against the accrual
rate, two rates solved to 0.01 point; and against the pensionable age). Run: python benchmarks/bench_solve.py
"""
from __future__ import annotations

import statistics
import time

import numpy as np

from reform_studio import load_scheme, project
from reform_studio.engine.solve import frontier, solve
from reform_studio.samples import sample_path

CASES = (
    ("contribution_rate", "reserve>=0"),
    ("contribution_rate", "reserve_ratio>=2@2050"),
    ("pensionable_age", "reserve>=0"),
    ("pensionable_age_female", "payg_balance@2040"),
    ("accrual_rate", "gap<=contribution_rate"),
    ("accrual_rate", "replacement_rate>=0.4@2060"),
    ("indexation_wage_share", "reserve>=0@2090"),
    ("coverage_extension", "reserve>=0"),
)


def main() -> None:
    scheme = load_scheme(sample_path("kenya"))
    project(scheme)  # the first run computes the scheme's demography once
    times = []
    for lever, target in CASES:
        for _ in range(5):
            start = time.perf_counter()
            solve(scheme, None, lever, target)
            times.append(time.perf_counter() - start)
    print(f"METRIC solve_median {1000 * statistics.median(times):.1f} ms")
    print(f"METRIC solve_max {1000 * max(times):.1f} ms")
    rates = np.linspace(0.08, 0.20, 30)
    for name, lever_y in (("frontier_30", "accrual_rate"), ("frontier_30_age", "pensionable_age")):
        runs, cpu = [], []
        for _ in range(3):
            start, start_cpu = time.perf_counter(), time.process_time()
            frontier(scheme, None, "contribution_rate", rates, lever_y, "reserve>=0")
            runs.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        print(f"METRIC {name} {statistics.median(runs):.2f} s")
        print(f"METRIC {name}_cpu {statistics.median(cpu):.2f} s")  # what a machine no one else uses would take

if __name__ == "__main__":
    main()
