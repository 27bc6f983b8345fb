"""Engine timings on the bundled Kenya sample; prints `METRIC <name> <value> <unit>` lines.

The sample uses every branch of model version 2 (member classes, ceiling, disability,
survivors, funeral grant); its version-1 form is the same scheme with those branches taken
out. Targets on the 2-core machine: a version-1 projection <= 5 ms (median), one with every
branch <= 10 ms, project_many of 1,000 lever variants with every branch <= 3 s with peak
memory <= 500 MB, reading a sample <= 0.5 s. CPU times are printed beside the wall times of
the batches: on a machine shared with other work they say what a quiet one would take.
Run: python benchmarks/bench_engine.py
"""
from __future__ import annotations

import statistics
import time
import tracemalloc
from dataclasses import replace

from reform_studio import Lever, Reform, Scheme, load_scheme, project, project_many
from reform_studio.engine.scheme import Disability, Survivors
from reform_studio.samples import sample_path


def timed(call, repeat: int, cpu: list[float] | None = None) -> list[float]:
    """Wall times of `repeat` calls; their CPU times go to `cpu` where given."""
    times = []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        call()
        times.append(time.perf_counter() - start)
        if cpu is not None:
            cpu.append(time.process_time() - start_cpu)
    return times


def version_1(scheme: Scheme) -> Scheme:
    """The scheme without any addition of spec sections 11-15."""
    return replace(scheme, wage_dispersion=0.0, service_spread=0.0, contribution_ceiling_to_avg_wage=None,
                   minimum_service_years=0, old_age_grant_rate=0.0, survivor_share=0.0,
                   funeral_grant_to_avg_wage=0.0, disability=Disability(), survivors=Survivors())


def median_projection(scheme: Scheme, reform: Reform) -> float:
    project(scheme, reform)  # the first run computes the scheme's demography once
    return 1000 * statistics.median(timed(lambda: project(scheme, reform), 200))


def main() -> None:
    path = sample_path("kenya")
    read = timed(lambda: load_scheme(path), 5)
    print(f"METRIC read_workbook {statistics.median(read):.3f} s")
    scheme = load_scheme(path).with_horizon(75)
    reform = Reform("bench", {"contribution_rate": Lever(0.15, from_year=scheme.base_year + 2, step=0.005)})
    print(f"METRIC project_median {median_projection(version_1(scheme), reform):.2f} ms")
    print(f"METRIC project_all_branches_median {median_projection(scheme, reform):.2f} ms")
    variants = [Reform(f"v{i}", {"contribution_rate": Lever(0.08 + i * 0.0002),
                                 "pensionable_age_male": Lever(58 + i % 8, years_per_step=1 + i % 3),
                                 "accrual_rate": Lever(0.01 + (i % 10) * 0.001)}) for i in range(1000)]
    cpu: list[float] = []
    many = timed(lambda: project_many(scheme, variants), 3, cpu)
    print(f"METRIC project_many_1000 {statistics.median(many):.2f} s")
    # CPU time says what the wall time would be on a machine no one else is using
    print(f"METRIC project_many_1000_cpu {statistics.median(cpu):.2f} s")
    tracemalloc.start()
    project_many(scheme, variants)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"METRIC project_many_peak_memory {peak / 2**20:.0f} MB")
    # Those variants share their flows in groups (the contribution rate moves money, not people):
    # 1,000 variants that each have flows of their own are the heavier case.
    distinct = [Reform(f"d{i}", {"accrual_rate": Lever(0.01 + i * 0.00001),
                                 "pensionable_age_male": Lever(58 + i % 8, years_per_step=1 + i % 3)})
                for i in range(1000)]
    cpu = []
    alone = timed(lambda: project_many(scheme, distinct), 1, cpu)
    print(f"METRIC project_many_1000_distinct_flows {alone[0]:.2f} s")
    print(f"METRIC project_many_1000_distinct_flows_cpu {cpu[0]:.2f} s")


if __name__ == "__main__":
    main()
