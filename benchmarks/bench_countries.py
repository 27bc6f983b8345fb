"""Building a country's workbook from the shipped data; prints `METRIC <name> <value> <unit>`.

Target on the 2-core machine: one country's complete workbook (illustrative scheme, written
to disk) <= 2 s, median of a few countries of different sizes, after the shipped files have
been read once (a first call also pays for reading them: reported apart). The CPU time is
reported beside the wall time: on a machine shared with other work the wall time grows with
the load, the CPU time does not.
Run: python benchmarks/bench_countries.py
"""
from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from reform_studio.countries import data
from reform_studio.countries.builder import build_country_workbook

COUNTRIES = ("MWI", "NGA", "IND", "ITA", "TUV", "BRA", "QAT")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        data.catalogue()
        build_country_workbook("KEN", path=Path(folder) / "first.xlsx")
        first = time.perf_counter() - start
        times, cpu = {}, {}
        for code in COUNTRIES:
            start, start_cpu = time.perf_counter(), time.process_time()
            build_country_workbook(code, path=Path(folder) / f"{code}.xlsx")
            times[code] = time.perf_counter() - start
            cpu[code] = time.process_time() - start_cpu
        start = time.perf_counter()
        build_country_workbook("MWI", scheme="none", path=Path(folder) / "none.xlsx")
        none = time.perf_counter() - start
    print(f"METRIC build_country_workbook_seconds {statistics.median(times.values()):.3f} s")
    print(f"METRIC build_country_workbook_cpu_seconds {statistics.median(cpu.values()):.3f} s")
    print(f"METRIC build_country_workbook_max_seconds {max(times.values()):.3f} s")
    print(f"METRIC build_country_workbook_no_scheme_seconds {none:.3f} s")
    print(f"METRIC build_country_workbook_first_call_seconds {first:.3f} s")
    print("# " + ", ".join(f"{code} {seconds:.2f} s" for code, seconds in times.items()))


if __name__ == "__main__":
    main()
