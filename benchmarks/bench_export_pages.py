"""Count the pages of the comparison workbook as a user prints it: the Kenya sample with all
its reforms, converted to PDF by LibreOffice.

Prints `METRIC export_pages <n> pages` (the target is about 20 to 25), `METRIC
export_brief_pages <n> pages` (Summary and Charts: 4 to 6), `METRIC export_smallest_text <x> pt`
(the body text on the smallest-printed page, estimated from the PDF's word boxes: at least 8)
and the pages of each sheet. Skips with a message where LibreOffice or poppler is missing.
Needs LibreOffice (`apt-get install libreoffice-calc`), poppler-utils and, for the widths
Excel users see, the Calibri-metric font Carlito (`fonts-crosextra-carlito`).
Run: .venv/bin/python benchmarks/bench_export_pages.py [--keep DIR]
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from reform_studio.engine.projection import project_many
from reform_studio.engine.reform import Reform
from reform_studio.workbook import read_scheme
from reform_studio.workbook.export import write_comparison

SAMPLES = Path(__file__).resolve().parent.parent / "reform_studio" / "samples"
FOOTER = re.compile(r"^\s*(\S.*?)\s{2,}Page (\d+) of (\d+)\s*$", re.MULTILINE)
WORD_BOX = re.compile(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">')
LINE_HEIGHT = 1.3  # a word box of Carlito text is about 1.3 times its point size


def export_kenya(folder: Path) -> Path:
    source = SAMPLES / "kenya.xlsx"
    scheme = read_scheme(source)
    files = sorted((SAMPLES / "reforms").glob("kenya*.json"))
    reforms = [Reform(name="Baseline")] + [Reform.from_dict(json.loads(f.read_text()), f.stem) for f in files]
    path = folder / "kenya comparison.xlsx"
    write_comparison(path, scheme, project_many(scheme, reforms), reforms, source_path=source)
    return path


def to_pdf(path: Path, folder: Path) -> Path:
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                    "--convert-to", "pdf", "--outdir", str(folder), str(path)],
                   check=True, capture_output=True, timeout=300)
    return path.with_suffix(".pdf")


def sheet_of_each_page(pdf: Path) -> list[str]:
    """Each page's sheet, read from its footer ('<sheet>   Page n of m')."""
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    return [m.group(1) for m in FOOTER.finditer(text)]


def smallest_text(pdf: Path) -> float:
    """The smallest page's body text in points: each page's 5th-percentile word height (so that a
    rotated axis title or a superscript does not count), the smallest of the pages."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    sizes = []
    for page in html.split("<page ")[1:]:
        heights = sorted(float(b) - float(a) for a, b in WORD_BOX.findall(page))
        if heights:
            sizes.append(heights[len(heights) // 20] / LINE_HEIGHT)
    return min(sizes)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--keep", type=Path, help="write the workbook and PDF here instead of a temporary folder")
    args = parser.parse_args()
    missing = [tool for tool in ("soffice", "pdftotext") if shutil.which(tool) is None]
    if missing:
        print(f"skipped: {' and '.join(missing)} not installed (apt-get install libreoffice-calc poppler-utils)")
        return 0
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        pdf = to_pdf(export_kenya(folder), folder)
        sheets = sheet_of_each_page(pdf)
        counts = Counter(sheets)
        print(f"METRIC export_pages {len(sheets)} pages")
        print(f"METRIC export_brief_pages {counts['Summary'] + counts['Charts']} pages")
        print(f"METRIC export_smallest_text {smallest_text(pdf):.1f} pt")
        for sheet, pages in dict.fromkeys((s, counts[s]) for s in sheets):
            print(f"  {pages:3d}  {sheet}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
