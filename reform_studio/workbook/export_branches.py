"""Shares of GDP by year: benefit expenditure by branch, the basic pension's cost and the
reserve; the sheet of numbers the branch charts and the reserve chart draw.

The scheme pays old-age, disability and survivors' pensions and lump sums (old-age and
funeral grants); the four add up to its benefit expenditure (spec 16), so as shares of GDP
they stack to 'Benefit expenditure to GDP'. Shares of GDP, not money, because nominal
amounts over 75 years of inflation hide what changes; and they compare across scenarios.
The branches are named as the window's stacks name them (the catalogue's `specs` context).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np
from openpyxl.worksheet.worksheet import Worksheet

from reform_studio.engine.results import EXPENDITURE_BRANCHES, Projection
from reform_studio.i18n import QT_TRANSLATE_NOOP, translate
from reform_studio.workbook import export_format as fmt
from reform_studio.workbook.export_scenarios import ByYear, Column, Group, write_groups

CONTEXT = "export_branches"
TOTAL = "expenditure_to_gdp"
TITLE = "Shares of GDP"  # the sheet's English name; export.build_comparison names it (export_format.sheet_name)
# after the branches and the total, in each scenario's block: (header, what it is over GDP)
EXTRAS = ((QT_TRANSLATE_NOOP("export_branches", "Basic pension cost (% of GDP)"), "basic_pension_cost"),
          (QT_TRANSLATE_NOOP("export_branches", "Reserve at year end (% of GDP)"), "reserve"))


@dataclass(frozen=True)
class Branch:
    """One layer of the stack: the indicator it comes from, its legend text and colour."""

    indicator: str
    label: str
    colour: str

    @property
    def said(self) -> str:
        """The label in the current language, as the window's stacks say it."""
        return translate("specs", self.label)


BRANCHES: tuple[Branch, ...] = tuple(
    Branch(name, label, colour) for (name, label), colour
    in zip(EXPENDITURE_BRANCHES, fmt.BRANCH_COLOURS))


@dataclass(frozen=True)
class BranchSheet:
    """Where each scenario's branch shares sit, and what a chart of them needs to know."""

    table: ByYear  # a group a scenario: branches in BRANCHES order, the total, then EXTRAS
    scenarios: tuple[str, ...]
    in_use: tuple[Branch, ...]  # branches that pay something in some year of some scenario
    highest: float  # the largest total share of any year and scenario (0 when none is finite)
    basic_pension: tuple[bool, ...] = ()  # each scenario: does it pay a basic pension in some year

    @property
    def title(self) -> str:
        return self.table.title

    def row(self, scenario: int, branch: Branch) -> int:
        return self.table.rows[scenario][BRANCHES.index(branch)]

    def extra_row(self, scenario: int, indicator: str) -> int:
        """The row of `indicator` ('basic_pension_cost' or 'reserve') over GDP."""
        return self.table.rows[scenario][len(BRANCHES) + 1 + [i for _, i in EXTRAS].index(indicator)]


def share_of_gdp(projection: Projection, indicator: str) -> np.ndarray:
    """An expenditure over GDP by year; NaN where GDP is 0 (an empty cell, as for any null)."""
    frame = projection.indicators
    gdp = frame["gdp"].to_numpy(dtype=float)
    amount = frame[indicator].to_numpy(dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(gdp != 0, amount / gdp, np.nan)


def write_branches(ws: Worksheet, projections: Sequence[Projection]) -> BranchSheet:
    """For each scenario, each branch's expenditure and all benefits as % of GDP, by year."""
    share = translate("export_branches", "{label} (% of GDP)")
    groups = []
    for p in projections:
        columns = [Column(share.format(label=b.said), share_of_gdp(p, b.indicator), fmt.PERCENT) for b in BRANCHES]
        total = p.indicators[TOTAL].to_numpy(dtype=float)
        columns.append(Column(translate("export_branches", "All benefits (% of GDP)"), total, fmt.PERCENT))
        columns += [Column(translate(CONTEXT, title), share_of_gdp(p, indicator), fmt.PERCENT)
                    for title, indicator in EXTRAS]
        groups.append(Group(p.name, columns))
    years = [int(y) for y in projections[0].indicators.index]
    title = translate("export_branches", "Shares of GDP: benefit expenditure by branch, the basic pension and the "
                                         "reserve")
    note = translate("export_branches", "Old-age, disability and survivors' (spouses' and orphans') pensions, and "
                                        "lump sums (old-age and funeral grants); together they are the scheme's "
                                        "benefit expenditure. The basic pension is paid by the state budget, outside "
                                        "the scheme.")
    table = write_groups(ws, title, note, years, groups, fmt.printed_years(years, [projections[0].depletion_year]))
    in_use = tuple(b for b in BRANCHES
                   if any(np.nansum(np.abs(p.indicators[b.indicator].to_numpy(dtype=float))) > 0
                          for p in projections))
    totals = np.concatenate([g.columns[len(BRANCHES)].values for g in groups])
    finite = totals[np.isfinite(totals)]
    return BranchSheet(table, tuple(p.name for p in projections), in_use,
                       float(finite.max()) if finite.size else 0.0,
                       tuple(np.nansum(np.abs(p.indicators["basic_pension_cost"].to_numpy(dtype=float))) > 0
                             for p in projections))
