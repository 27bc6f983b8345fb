"""What each chart shows: panels, the indicator columns they draw, units and help.

Charts are data, like the engine's lever table: a new chart is a new `ChartSpec` (lines per
scenario) or `StackSpec` (a stack of branches, the baseline beside one reform), and the same
spec drives the on-screen canvas, the exported image and the table of numbers.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from reform_studio.engine.finance import ratio
from reform_studio.engine.results import EXPENDITURE_BRANCHES, PENSIONER_BRANCHES
from reform_studio.i18n import QT_TRANSLATE_NOOP, translate


# the engine's names of the branches (engine.results), which the stacks show, marked for the
# catalogue (a test fails when the engine gains one this list lacks)
BRANCH_WORDS = frozenset((
    QT_TRANSLATE_NOOP("specs", "Old-age pensions"), QT_TRANSLATE_NOOP("specs", "Disability pensions"),
    QT_TRANSLATE_NOOP("specs", "Survivors' pensions"), QT_TRANSLATE_NOOP("specs", "Lump sums"),
    QT_TRANSLATE_NOOP("specs", "Old-age pensioners"), QT_TRANSLATE_NOOP("specs", "Disability pensioners"),
    QT_TRANSLATE_NOOP("specs", "Spouses"), QT_TRANSLATE_NOOP("specs", "Orphans"),
))


def said(text: str) -> str:
    """A spec's title, label, unit or help (or a branch's name) in the current language: the
    specs hold the English text, marked for the catalogue, and are translated where shown."""
    return translate("specs", text)


@dataclass(frozen=True)
class LineSpec:
    """One indicator drawn per scenario. `summary` draws a constant from `Projection.summary`."""

    column: str
    label: str
    style: str = "-"
    summary: str | None = None
    until_depletion: bool = False  # drawn only while the reserve lasts (a ratio of a debt means nothing)


@dataclass(frozen=True)
class PanelSpec:
    """One axes: a value axis of one unit `kind` (percent, persons, money, years).

    `title` names the panel where a chart has several; `ylabel` gives the unit.
    """

    title: str
    ylabel: str
    kind: str
    lines: tuple[LineSpec, ...]
    zero_line: bool = False
    nominal: "PanelSpec | None" = None  # the same lines in nominal currency, shown on request


@dataclass(frozen=True)
class ChartSpec:
    """A chart of panels; `columns` lays them out in a grid (read row by row). A `difference`
    chart draws one scenario minus another: its axes always include zero (no change), and a
    difference is drawn at a reform's width, never as the baseline."""

    key: str
    title: str
    panels: tuple[PanelSpec, ...]
    help: str
    columns: int = 1
    difference: bool = False


CHARTS: tuple[ChartSpec, ...] = (
    ChartSpec(
        "reserve", QT_TRANSLATE_NOOP("specs", "Reserve"),
        (PanelSpec(QT_TRANSLATE_NOOP("specs", "Reserve at 31 December, as % of the year's GDP"), QT_TRANSLATE_NOOP("specs", "Reserve, % of GDP"), "percent",
                   (LineSpec("reserve_to_gdp", QT_TRANSLATE_NOOP("specs", "Reserve")),), zero_line=True,
                   nominal=PanelSpec(QT_TRANSLATE_NOOP("specs", "Reserve at 31 December, nominal"), QT_TRANSLATE_NOOP("specs", "Reserve, {currency} (nominal)"), "money",
                                     (LineSpec("reserve", QT_TRANSLATE_NOOP("specs", "Reserve")),), zero_line=True)),
         PanelSpec(QT_TRANSLATE_NOOP("specs", "Reserve ratio: reserve over the year's expenditure (until depletion)"), QT_TRANSLATE_NOOP("specs", "Years of expenditure"),
                   "years", (LineSpec("reserve_ratio", QT_TRANSLATE_NOOP("specs", "Reserve ratio"), until_depletion=True),), zero_line=True)),
        QT_TRANSLATE_NOOP("specs", "The reserve at the end of each year as % of that year's GDP (nominal currency on request: a "
        "75-year nominal path hides the years that matter), and how many years of expenditure it would pay. "
        "Below zero the reserve is a deficit the state would have to cover; the reserve ratio stops at "
        "depletion.")),
    ChartSpec(
        "cost_rate", QT_TRANSLATE_NOOP("specs", "Cost rate"),
        (PanelSpec("", QT_TRANSLATE_NOOP("specs", "% of insurable wages"), "percent",
                   (LineSpec("payg_cost_rate", QT_TRANSLATE_NOOP("specs", "PAYG cost rate")),
                    LineSpec("contribution_rate", QT_TRANSLATE_NOOP("specs", "Contribution rate"), ":"),
                    LineSpec("gap", QT_TRANSLATE_NOOP("specs", "GAP"), "--", summary="gap"),
                    LineSpec("financing_rate", QT_TRANSLATE_NOOP("specs", "Contribution rate + state subsidy"), "-."))),),
        QT_TRANSLATE_NOOP("specs", "The pay-as-you-go cost rate (expenditure and administration over the wage bill) against "
        "the contribution rate, the contribution rate plus the state subsidy (as % of the same wage "
        "bill: what finances the scheme), and the general average premium (GAP) that balances the scheme.")),
    ChartSpec(
        "members", QT_TRANSLATE_NOOP("specs", "Members"),
        (PanelSpec(QT_TRANSLATE_NOOP("specs", "Contributors and pensioners"), QT_TRANSLATE_NOOP("specs", "Persons"), "persons",
                   (LineSpec("contributors", QT_TRANSLATE_NOOP("specs", "Contributors")),
                    LineSpec("pensioners", QT_TRANSLATE_NOOP("specs", "Pensioners"), "--"))),
         PanelSpec(QT_TRANSLATE_NOOP("specs", "System dependency ratio"), QT_TRANSLATE_NOOP("specs", "Pensioners per contributor"), "percent",
                   (LineSpec("system_dependency_ratio", QT_TRANSLATE_NOOP("specs", "System dependency ratio")),))),
        QT_TRANSLATE_NOOP("specs", "Contributors and pensioners, and the system dependency ratio (pensioners over contributors).")),
    ChartSpec(
        "gdp", QT_TRANSLATE_NOOP("specs", "Cost to GDP"),
        (PanelSpec("", QT_TRANSLATE_NOOP("specs", "% of GDP"), "percent",
                   (LineSpec("expenditure_to_gdp", QT_TRANSLATE_NOOP("specs", "Scheme expenditure")),
                    LineSpec("basic_pension_cost_to_gdp", QT_TRANSLATE_NOOP("specs", "Basic pension cost"), "--"))),),
        QT_TRANSLATE_NOOP("specs", "The scheme's benefit expenditure and the cost of the basic pension, as shares of GDP.")),
    ChartSpec(
        "replacement", QT_TRANSLATE_NOOP("specs", "Replacement rate"),
        (PanelSpec("", QT_TRANSLATE_NOOP("specs", "% of average wage"), "percent",
                   (LineSpec("replacement_rate", QT_TRANSLATE_NOOP("specs", "Replacement rate")),)),),
        QT_TRANSLATE_NOOP("specs", "The average pension in payment as a share of the gross average wage (with a contribution ceiling, "
        "not the average insurable wage).")),
)

CHART_BY_KEY: dict[str, ChartSpec] = {spec.key: spec for spec in CHARTS}

# One scenario minus another ("A − B"), year by year: rates in percentage points ("pp"),
# head counts in persons, the reserve in points of GDP (nominal currency on request). Six
# panels in a grid: short titles and line names, as a panel is a third of the chart wide.
DIFFERENCES = ChartSpec(
    "difference", QT_TRANSLATE_NOOP("specs", "Difference between two scenarios"),
    (PanelSpec(QT_TRANSLATE_NOOP("specs", "Reserve"), QT_TRANSLATE_NOOP("specs", "pp of GDP"), "pp", (LineSpec("reserve_to_gdp", QT_TRANSLATE_NOOP("specs", "Reserve")),), zero_line=True,
               nominal=PanelSpec(QT_TRANSLATE_NOOP("specs", "Reserve"), QT_TRANSLATE_NOOP("specs", "{currency} (nominal)"), "money",
                                 (LineSpec("reserve", QT_TRANSLATE_NOOP("specs", "Reserve")),), zero_line=True)),
     PanelSpec(QT_TRANSLATE_NOOP("specs", "Cost and contribution rates"), QT_TRANSLATE_NOOP("specs", "pp of wages"), "pp",
               (LineSpec("payg_cost_rate", QT_TRANSLATE_NOOP("specs", "Cost")), LineSpec("contribution_rate", QT_TRANSLATE_NOOP("specs", "Contribution"), ":")),
               zero_line=True),
     PanelSpec(QT_TRANSLATE_NOOP("specs", "Expenditure"), QT_TRANSLATE_NOOP("specs", "pp of GDP"), "pp",
               (LineSpec("expenditure_to_gdp", QT_TRANSLATE_NOOP("specs", "Scheme")), LineSpec("basic_pension_cost_to_gdp", QT_TRANSLATE_NOOP("specs", "Basic"), "--")),
               zero_line=True),
     PanelSpec(QT_TRANSLATE_NOOP("specs", "Replacement rate"), QT_TRANSLATE_NOOP("specs", "pp of average wage"), "pp",
               (LineSpec("replacement_rate", QT_TRANSLATE_NOOP("specs", "Replacement rate")),), zero_line=True),
     PanelSpec(QT_TRANSLATE_NOOP("specs", "Dependency ratio"), "pp", "pp",
               (LineSpec("system_dependency_ratio", QT_TRANSLATE_NOOP("specs", "Pensioners per contributor")),), zero_line=True),
     PanelSpec(QT_TRANSLATE_NOOP("specs", "Members"), QT_TRANSLATE_NOOP("specs", "Persons"), "persons",
               (LineSpec("contributors", QT_TRANSLATE_NOOP("specs", "Contributors")), LineSpec("pensioners", QT_TRANSLATE_NOOP("specs", "Pensioners"), "--")),
               zero_line=True)),
    QT_TRANSLATE_NOOP("specs", "One scenario minus another, year by year (A − B, chosen above the chart): the reserve as % of GDP, the "
    "PAYG cost rate beside the contribution rate, expenditure as % of GDP, the "
    "replacement rate and the system dependency ratio (pensioners per contributor) in percentage points (pp), contributors and "
    "pensioners in persons. Above zero, A is higher."),
    columns=3, difference=True)


def _ratio(top: pd.Series, bottom: pd.Series) -> pd.Series:
    return pd.Series(ratio(top.to_numpy(dtype=float), bottom.to_numpy(dtype=float)), index=top.index)


# Columns the charts compute from the engine's indicators (NaN where a denominator is 0, as
# the engine's own ratios are).
DERIVED: dict = {
    "reserve_to_gdp": lambda f: _ratio(f["reserve"], f["gdp"]),
    "financing_rate": lambda f: f["contribution_rate"] + _ratio(f["state_subsidy"], f["wage_bill"]).fillna(0.0),
}


@dataclass(frozen=True)
class AreaSpec:
    """One layer of a stack: an indicator column, its legend text and colour."""

    column: str
    label: str
    colour: str


@dataclass(frozen=True)
class StackSpec:
    """Branches stacked into a total, for the baseline and one reform side by side.

    Each layer is its column divided by the column `per` where one is given (NaN where that
    is 0); `total` names the top of the stack in tables and read-outs; `tab` is the short
    name of the window's tab (eight tabs fit a 1280-pixel screen).
    """

    key: str
    tab: str
    title: str
    ylabel: str
    kind: str
    areas: tuple[AreaSpec, ...]
    total: str
    help: str
    per: str | None = None


# the export workbook's branch colours, so that a chart and its sheet read alike
OLD_AGE, DISABILITY, SURVIVORS, LUMP_SUMS, ORPHANS = "#1F4E79", "#E08A1E", "#2E8B57", "#7B4F9E", "#8FCB9B"

EXPENDITURE_BY_BRANCH = StackSpec(
    "branches", QT_TRANSLATE_NOOP("specs", "Branches"), QT_TRANSLATE_NOOP("specs", "Benefit expenditure by branch"), QT_TRANSLATE_NOOP("specs", "% of GDP"), "percent",
    tuple(AreaSpec(name, label, colour) for (name, label), colour
          in zip(EXPENDITURE_BRANCHES, (OLD_AGE, DISABILITY, SURVIVORS, LUMP_SUMS))),
    QT_TRANSLATE_NOOP("specs", "All benefits"),
    QT_TRANSLATE_NOOP("specs", "The scheme's benefit expenditure as % of GDP, stacked by branch: old-age, disability and survivors' "
    "(spouses' and orphans') pensions, and lump sums (old-age and funeral grants); the baseline on the "
    "left, the reform being edited (or the first drawn) on the right."),
    per="gdp")

BENEFICIARIES_BY_BRANCH = StackSpec(
    "beneficiaries", QT_TRANSLATE_NOOP("specs", "Pensioners"), QT_TRANSLATE_NOOP("specs", "Pensioners by branch"), QT_TRANSLATE_NOOP("specs", "Persons"), "persons",
    tuple(AreaSpec(name, label, colour) for (name, label), colour
          in zip(PENSIONER_BRANCHES, (OLD_AGE, DISABILITY, SURVIVORS, ORPHANS))),
    QT_TRANSLATE_NOOP("specs", "All pensioners"),
    QT_TRANSLATE_NOOP("specs", "Pensioners in payment, stacked by branch: old-age and disability pensioners, spouses and "
    "orphans; the baseline on the left, the reform being edited (or the first drawn) on the right."))

STACKS: tuple[StackSpec, ...] = (EXPENDITURE_BY_BRANCH, BENEFICIARIES_BY_BRANCH)
