"""What each chart shows: panels, the indicator columns they draw, units and help.

Charts are data, like the engine's lever table: a new chart is a new `ChartSpec`, and the
same spec drives the on-screen canvas, the exported image and the table of numbers.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LineSpec:
    """One indicator drawn per scenario. `summary` draws a constant from `Projection.summary`."""

    column: str
    label: str
    style: str = "-"
    summary: str | None = None


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


@dataclass(frozen=True)
class ChartSpec:
    key: str
    title: str
    panels: tuple[PanelSpec, ...]
    help: str


CHARTS: tuple[ChartSpec, ...] = (
    ChartSpec(
        "reserve", "Reserve",
        (PanelSpec("Reserve at 31 December", "{currency}", "money",
                   (LineSpec("reserve", "Reserve"),), zero_line=True),
         PanelSpec("Reserve ratio: reserve over the year's expenditure", "Years of expenditure", "years",
                   (LineSpec("reserve_ratio", "Reserve ratio"),), zero_line=True)),
        "The reserve at the end of each year, and how many years of expenditure it would pay."),
    ChartSpec(
        "cost_rate", "Cost rate",
        (PanelSpec("", "% of insurable wages", "percent",
                   (LineSpec("payg_cost_rate", "PAYG cost rate"),
                    LineSpec("contribution_rate", "Contribution rate", ":"),
                    LineSpec("gap", "GAP", "--", summary="gap"))),),
        "The pay-as-you-go cost rate (expenditure and administration over the wage bill) against "
        "the contribution rate, and the general average premium (GAP) that balances the scheme."),
    ChartSpec(
        "members", "Members",
        (PanelSpec("Contributors and pensioners", "Persons", "persons",
                   (LineSpec("contributors", "Contributors"),
                    LineSpec("pensioners", "Pensioners", "--"))),
         PanelSpec("System dependency ratio", "Pensioners per contributor", "percent",
                   (LineSpec("system_dependency_ratio", "System dependency ratio"),))),
        "Contributors and pensioners, and the system dependency ratio (pensioners over contributors)."),
    ChartSpec(
        "gdp", "Cost to GDP",
        (PanelSpec("", "% of GDP", "percent",
                   (LineSpec("expenditure_to_gdp", "Scheme expenditure"),
                    LineSpec("basic_pension_cost_to_gdp", "Basic pension cost", "--"))),),
        "The scheme's benefit expenditure and the cost of the basic pension, as shares of GDP."),
    ChartSpec(
        "replacement", "Replacement rate",
        (PanelSpec("", "% of average insurable wage", "percent",
                   (LineSpec("replacement_rate", "Replacement rate"),)),),
        "The average pension in payment as a share of the average insurable wage."),
)

CHART_BY_KEY: dict[str, ChartSpec] = {spec.key: spec for spec in CHARTS}
