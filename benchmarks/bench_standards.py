"""ILO standards checks (C102, C128) on the bundled Kenya sample; prints `METRIC` lines.

The window checks the baseline and up to four drawn reforms on the GUI thread each time
their projections arrive, so the target is the house's 50 ms for that (five scenarios over
the longest horizon, 150 years); a solve for `reserve>=0 & c102:old_age` should cost little more
than one for `reserve>=0` (the checks are a few array steps per batch of projections).
Run: python benchmarks/bench_standards.py
"""
from __future__ import annotations

import statistics
import time

from reform_studio import Lever, Reform, load_scheme, project_many
from reform_studio.engine.solve import solve
from reform_studio.engine.standards import check_standards
from reform_studio.samples import sample_path


def median_ms(call, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return 1000 * statistics.median(times)


def main() -> None:
    scheme = load_scheme(sample_path("kenya")).with_horizon(150)
    reforms = [Reform("Baseline")] + [Reform(f"Accrual {a}", {"accrual_rate": Lever(a, from_year=2030)})
                                      for a in (0.012, 0.015, 0.018, 0.02)]
    projections = project_many(scheme, reforms)
    checks = median_ms(lambda: check_standards(scheme, reforms, projections), 50)
    print(f"METRIC standards_five_scenarios_150y {checks:.2f} ms")
    short = load_scheme(sample_path("kenya"))
    for target in ("reserve>=0", "reserve>=0 & c102:old_age"):
        name = "solve_" + target.replace(">=0", "").replace(" & ", "_").replace(":", "_")
        print(f"METRIC {name} {median_ms(lambda: solve(short, None, 'contribution_rate', target), 3):.0f} ms")


if __name__ == "__main__":
    main()
