"""The comparison workbook a ministry can circulate: `write_comparison`.

Sheets, in reading order: the brief a minister reads, Summary (key sentences, the key table,
sources and caveats) and Charts; then the full tables: Differences, Shares of GDP, one sheet
per scenario (a printed page each), Assumptions, Indicators (what each line means). Each
sheet has its own module; this one orders them, heads every printed page and writes the file
atomically.
Errors writing the file are `ExportError`s with one sentence.
"""
from __future__ import annotations

import hashlib
import logging
import re
import time
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Callable, Sequence

from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from reform_studio.engine.reform import Reform
from reform_studio.engine.results import Projection
from reform_studio.engine.scheme import Scheme
from reform_studio.i18n import translate
from reform_studio.workbook.atomic import ExportError, write_atomically
from reform_studio.workbook.export_assumptions import (
    Row, provenance_rows, reform_rows, scheme_rows, write_assumptions)
from reform_studio.workbook.export_branches import TITLE as SHARES_TITLE, write_branches
from reform_studio.workbook.export_charts import write_charts
from reform_studio.workbook.export_scenarios import write_differences, write_glossary, write_scenario
from reform_studio.workbook import export_format as fmt
from reform_studio.workbook.export_summary import SourceInfo, milestone_years, write_summary
from reform_studio.workbook.safety import open_checked

__all__ = ["Appendix", "ExportError", "build_comparison", "remove_stale_temporaries", "write_comparison"]

# A sheet that an analysis adds when the user asks for it (sensitivity, stochastic, standards):
# its title and what fills it. Appendices come after the scenario tables, before Assumptions.
Appendix = tuple[str, Callable[[Worksheet], None]]

# `write_atomically`'s temporary files: `.<stem>.<8 hex digits>.tmp<suffix>` (the stem may be cut to nothing)
TEMPORARY_NAME = re.compile(r"^\..*\.[0-9a-f]{8}\.tmp(\.(xlsx|csv|json|png|svg|pdf))?$")
STALE_AFTER_SECONDS = 3600  # no export takes an hour: older ones were left by a killed process
log = logging.getLogger("reform_studio")


def remove_stale_temporaries(folder: str | Path, max_age: float = STALE_AFTER_SECONDS) -> list[Path]:
    """Remove the temporary files an export killed mid-write (kill -9, power cut) left in
    `folder`: only names of our temporary pattern, only regular files, only older than
    `max_age` seconds (a running export elsewhere keeps its own). Never raises: a folder
    that cannot be listed or a file that cannot be removed is left as it is."""
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return removed
    for entry in entries:
        if not TEMPORARY_NAME.match(entry.name):
            continue
        try:
            info = entry.lstat()
            if not entry.is_file() or entry.is_symlink() or now - info.st_mtime < max_age:
                continue
            entry.unlink()
            removed.append(entry)
        except OSError as exc:
            log.info("stale temporary file %s not removed: %s", entry, exc)
    if removed:
        log.info("removed %d stale temporary file(s) in %s", len(removed), folder)
    return removed


def write_comparison(path: str | Path, scheme: Scheme, projections: Sequence[Projection],
                     reforms: Sequence[Reform], source_path: Path | None = None,
                     source_sha256: str | None = None, appendices: Sequence[Appendix] = ()) -> None:
    """Write the comparison of the baseline (`projections[0]`) and reforms to `path`.

    The file appears complete or not at all; the source workbook is never overwritten.
    """
    if source_path is not None and source_sha256 is None:
        source_sha256 = _sha256(Path(source_path))
    remove_stale_temporaries(Path(path).expanduser().parent)
    notes = read_source_notes(Path(source_path)) if source_path is not None else ((), False)
    wb = build_comparison(scheme, projections, reforms,
                          Path(source_path).name if source_path is not None else None, source_sha256,
                          sources=notes[0], illustrative=notes[1], appendices=appendices)
    write_atomically(Path(path), wb.save, Path(source_path) if source_path is not None else None)


def build_comparison(scheme: Scheme, projections: Sequence[Projection], reforms: Sequence[Reform],
                     source_name: str | None = None, source_sha256: str | None = None,
                     sources: Sequence[tuple[str, str]] = (), illustrative: bool = False,
                     appendices: Sequence[Appendix] = ()) -> Workbook:
    """The comparison workbook in memory (what `write_comparison` saves).

    `sources` are the (item, source) rows of the workbook's Sources sheet; `illustrative` says
    whether it calls its assumptions illustrative (also said where the scheme's name does).
    """
    if not projections or len(projections) != len(reforms):
        raise ValueError(f"need one reform per projection, baseline first "
                         f"(got {len(projections)} projections and {len(reforms)} reforms)")
    exported = datetime.now().astimezone().isoformat(timespec="seconds")
    projections, reforms = _baseline_said(projections), _baseline_said(reforms)
    wb = Workbook()
    summary = wb.active
    summary.title = fmt.sheet_name("Summary")
    charts = wb.create_sheet(fmt.sheet_name("Charts"))
    differences = wb.create_sheet(fmt.sheet_name("Differences"))
    by_branch = wb.create_sheet(fmt.sheet_name(SHARES_TITLE))
    # the last two are created now so that no scenario sheet takes their names
    assumptions = wb.create_sheet(fmt.sheet_name("Assumptions"))
    glossary = wb.create_sheet(fmt.sheet_name("Indicators"))
    data_sheets = [write_scenario(wb, p, r, scheme.currency, n)
                   for n, (p, r) in enumerate(zip(projections, reforms), start=1)]
    for title, write in appendices:
        write(wb.create_sheet(title))
    for last in (assumptions, glossary):
        wb.move_sheet(last, offset=len(wb.sheetnames) - 1 - wb.index(last))
    write_differences(differences, projections, scheme.currency)
    illustrative = illustrative or any("illustrative" in (x or "").lower()
                                       for x in (scheme.scheme_name, scheme.country))
    write_summary(summary, scheme, projections, exported,
                  SourceInfo(source_name, source_sha256, illustrative, tuple(sources)))
    milestones = milestone_years(projections[0])
    write_charts(charts, data_sheets, write_branches(by_branch, projections), scheme.currency,
                 milestones[0] if milestones else int(projections[0].indicators.index[-1]))
    write_glossary(glossary, scheme.currency)
    rows = provenance_rows(source_name, source_sha256, exported) + list(scheme_rows(scheme))
    rows += [Row(translate("export", "Data sources"), item, text) for item, text in sources]
    for reform in reforms:
        rows += list(reform_rows(reform, scheme.base_year))
    write_assumptions(assumptions, rows)
    label = ", ".join(x for x in (scheme.scheme_name, scheme.country) if x)
    for ws in wb.worksheets:
        fmt.finish_print(ws, label, exported[:10])
    return wb


def _baseline_said(scenarios: Sequence) -> list:
    """The scenarios (projections or reforms), the baseline named in the current language where
    it has the engine's default name ('Baseline'), so that every sheet calls it alike."""
    said = translate("report", "Baseline")
    return [replace(s, name=said) if n == 0 and s.name == Reform.name != said else s for n, s in enumerate(scenarios)]


SOURCE_SHEETS = ("Scheme", "Economy", "Demography")  # their Notes column may call a value illustrative
MAX_SOURCE_ROWS = 40


def read_source_notes(path: Path) -> tuple[tuple[tuple[str, str], ...], bool]:
    """The (item, source) rows of the source workbook's Sources sheet, and whether it calls
    any of its assumptions illustrative; nothing where it cannot be read (never raises)."""
    try:
        with open_checked(path) as stream:  # the reader's limits: this read is no back door
            wb = load_workbook(stream, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - the export goes on without the notes
        log.info("source notes of %s not read: %s", path, exc)
        return (), False
    try:
        sources: list[tuple[str, str]] = []
        illustrative = False
        if "Sources" in wb.sheetnames:
            for n, row in enumerate(wb["Sources"].iter_rows(min_row=2, max_col=2, values_only=True)):
                if n >= MAX_SOURCE_ROWS:
                    break
                item, text = (str(x).strip() if x is not None else "" for x in (tuple(row) + (None, None))[:2])
                if item and text:
                    sources.append((item, text))
                    illustrative |= "illustrative" in text.lower()
        for name in SOURCE_SHEETS:
            if name in wb.sheetnames and not illustrative:
                for row in wb[name].iter_rows(max_row=200, max_col=4, values_only=True):
                    if any(isinstance(x, str) and "illustrative" in x.lower() for x in row):
                        illustrative = True
                        break
        return tuple(sources), illustrative
    except Exception as exc:  # noqa: BLE001
        log.info("source notes of %s not read: %s", path, exc)
        return (), False
    finally:
        wb.close()


def _sha256(path: Path) -> str | None:
    try:
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        return digest.hexdigest()
    except OSError:
        return None
