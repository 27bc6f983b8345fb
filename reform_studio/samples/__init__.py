"""Sample schemes shipped inside the package, so the installed app can open one from any
directory. Built by sample_data/build_samples.py from UN WPP 2024 and World Bank WDI data
plus illustrative scheme assumptions (sources: sample_data/README.md)."""
from __future__ import annotations

from pathlib import Path

SAMPLES_DIR = Path(__file__).resolve().parent
DEFAULT_SAMPLE = "kenya"


def available() -> list[str]:
    """Names of the shipped sample workbooks, e.g. ['italy', 'kenya']."""
    return sorted(p.stem for p in SAMPLES_DIR.glob("*.xlsx"))


def sample_path(name: str = DEFAULT_SAMPLE) -> Path:
    """The workbook of sample `name` (case-insensitive); FileNotFoundError naming the
    available samples otherwise."""
    path = SAMPLES_DIR / f"{name.strip().lower()}.xlsx"
    if not path.is_file():
        raise FileNotFoundError(f"no sample named {name!r} (available: {', '.join(available())})")
    return path


def reform_paths(name: str = DEFAULT_SAMPLE) -> list[Path]:
    """The sample reform files written for sample `name` (files named '<name>_*.json')."""
    return sorted((SAMPLES_DIR / "reforms").glob(f"{name.strip().lower()}_*.json"))
