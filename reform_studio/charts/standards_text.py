"""The ILO standards checks as words: one row per check, the same in the terminal's table and
the window's panel (the export writes the numbers themselves)."""
from __future__ import annotations

from reform_studio.charts.formatters import percent
from reform_studio.engine.standards import Check, Rule

HEADERS = ("Check", "Convention", "Required", "Scenario's value", "Met", "First year not met")


def amount(rule: Rule, value: float | None) -> str:
    """A value in the rule's unit: '36.0 %', '20 years'."""
    if value is None:
        return "–"
    return f"{value:g} years" if rule.unit == "years" else percent(value)


def required(rule: Rule) -> str:
    """'at least 40.0 %', 'at most 65 years'."""
    return f"{'at least' if rule.at_least else 'at most'} {amount(rule, rule.required)}"


def citation(rule: Rule) -> str:
    """'C102, Part V, Article 28 and the Schedule to Part XI'."""
    return f"{rule.convention}, {rule.citation}"


def article(rule: Rule) -> str:
    """'C102 Art. 28': short, for a table column (`citation` in full)."""
    return f"{rule.convention} Art. {rule.article}"


def check_row(check: Check) -> tuple[str, ...]:
    """The cells of `HEADERS` for one check; the value is the worst over the years, with its year."""
    value, when = check.worst
    shown = amount(check.rule, value) + (f" ({when})" if when is not None else "")
    first = check.first_year_not_met
    return (check.rule.title, article(check.rule), required(check.rule), shown,
            "met" if check.met else "NOT met", "–" if first is None else str(first))
