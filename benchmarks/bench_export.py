"""Time the comparison export: baseline and four reforms over a 100-year horizon.

Prints `METRIC export_5_scenarios_100y <seconds> s` (wall clock, median of five; the budget
is 1 s) and the CPU time, which a busy machine does not inflate.
Run: /work/venv/bin/python benchmarks/bench_export.py
"""
from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from reform_studio.engine.projection import project_many
from reform_studio.engine.reform import Reform
from reform_studio.workbook import read_scheme
from reform_studio.workbook.export import write_comparison

SAMPLES = Path(__file__).resolve().parent.parent / "reform_studio" / "samples"


def main() -> None:
    source = SAMPLES / "kenya.xlsx"
    scheme = read_scheme(source).with_horizon(100)
    files = sorted((SAMPLES / "reforms").glob("kenya*.json"))[:4]
    reforms = [Reform(name="Baseline")] + [Reform.from_dict(json.loads(f.read_text()), f.stem) for f in files]
    assert len(reforms) == 5, f"need four Kenya sample reforms, found {len(files)}"
    projections = project_many(scheme, reforms)
    wall, cpu = [], []
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "comparison.xlsx"
        for _ in range(5):
            start, start_cpu = time.perf_counter(), time.process_time()
            write_comparison(target, scheme, projections, reforms, source_path=source)
            wall.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
    print(f"METRIC export_5_scenarios_100y {sorted(wall)[2]:.3f} s")
    # CPU time of this process: what the export costs when other programs share the machine
    print(f"cpu time, median of five: {sorted(cpu)[2]:.3f} s")


if __name__ == "__main__":
    main()
