"""The offline bundle's figures: size unpacked and compressed, build time, start time.

    python benchmarks/bench_bundle.py [--out DIR]     # builds into DIR (a temporary folder by default)

Prints `METRIC bundle_unpacked <MB> MB` (files on disk, a hard link once; MB = 2**20 bytes, as
`du -h` counts), `METRIC bundle_archive <MB> MB`, `METRIC bundle_build <s> s` and `METRIC
bundle_start_first|bundle_start_median <s> s`: process start until the window shows the sample
scheme projected (REFORM_STUDIO_STARTUP_PROBE, see reform_studio/bundle/launch.py), offscreen,
from a fresh user profile with no PATH or PYTHONPATH; the first start reads everything from disk,
the median is of the next `STARTS`. Then `METRIC bundle_cli_version <s> s`: `reform-studio
--version` from start to exit.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from reform_studio.bundle import platforms
from reform_studio.bundle.build import build
from reform_studio.bundle.launch import PROBE
from reform_studio.bundle.measure import folder_size

STARTS = 5
MB = 2**20


def environment(home: Path) -> dict[str, str]:
    return {"HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(home),
            **({"SYSTEMROOT": os.environ["SYSTEMROOT"]} if "SYSTEMROOT" in os.environ else {})}


def start_time(folder: Path, scratch: Path) -> float:
    """Seconds from the window's process start until its sample is shown (the probe's figure)."""
    home = Path(tempfile.mkdtemp(dir=scratch))
    report = home / "started.txt"
    subprocess.run([str(folder / platforms.executable(platforms.GUI))], env={**environment(home), PROBE: str(report)},
                   cwd=home, check=True, timeout=300, capture_output=True)
    return float(report.read_text(encoding="utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None, help="build into this folder (default: a temporary one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as scratch:
        bundle = build(args.out or Path(scratch) / "out")
        print(f"METRIC bundle_unpacked {folder_size(bundle.folder) / MB:.0f} MB")
        print(f"METRIC bundle_archive {bundle.archive.stat().st_size / MB:.0f} MB")
        print(f"METRIC bundle_build {bundle.seconds:.0f} s")
        print(f"METRIC bundle_start_first {start_time(bundle.folder, Path(scratch)):.2f} s")
        starts = [start_time(bundle.folder, Path(scratch)) for _ in range(STARTS)]
        print(f"METRIC bundle_start_median {statistics.median(starts):.2f} s")
        begin = time.perf_counter()
        subprocess.run([str(bundle.folder / platforms.executable(platforms.CLI)), "--version"], check=True,
                       env=environment(Path(scratch)), capture_output=True, timeout=120)
        print(f"METRIC bundle_cli_version {time.perf_counter() - begin:.2f} s")


if __name__ == "__main__":
    main()
