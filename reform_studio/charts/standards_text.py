"""The ILO standards checks as words: one row per check, the same in the terminal's table and
the window's panel (the export writes the numbers themselves)."""
from __future__ import annotations

from reform_studio.charts.formatters import percent
from reform_studio.engine.standards import Check, Rule

HEADERS = ("Check", "Article", "Required", "Value", "Met", "First year not met")


def amount(rule: Rule, value: float | None) -> str:
    """A value in the rule's unit: '36.0 %', '20 years'."""
    if value is None:
        return "–"
    return f"{value:g} years" if rule.unit == "years" else percent(value)


def required(rule: Rule) -> str:
    """'≥ 40.0 %', '≤ 65 years'."""
    return f"{'≥' if rule.at_least else '≤'} {amount(rule, rule.required)}"


def citation(rule: Rule) -> str:
    """'C102, Part V, Article 28 and the Schedule to Part XI'."""
    return f"{rule.convention}, {rule.citation}"


def article(rule: Rule) -> str:
    """'C102 art. 28': short, for a table column (`citation` in full)."""
    return f"{rule.convention} art. {rule.article}"


def check_row(check: Check) -> tuple[str, ...]:
    """The cells of `HEADERS` for one check; the value is the worst over the award years
    (`worst_year` says which)."""
    first = check.first_year_not_met
    return (check.rule.title, article(check.rule), required(check.rule), amount(check.rule, check.worst[0]),
            verdict(check).replace("not met", "NOT met"), "–" if first is None else str(first))


def verdict(check: Check) -> str:
    """'met', 'not met', or 'met (10 years)' where only the alternative of a shorter career ten
    points lower (C102 Articles 29(3), 57(3), 63(3); C128 Articles 18(3), 11(3), 24(3)) meets the
    line in some year."""
    if not check.met:
        return "not met"
    return f"met ({check.rule.alternative_years} years)" if check.met_by_alternative else "met"


def worst_year(check: Check) -> str:
    """'lowest in 2054' ('highest' for a value with a ceiling), or '' where nothing was judged."""
    value, when = check.worst
    return "" if when is None else f"{'lowest' if check.rule.at_least else 'highest'} in {when}"
