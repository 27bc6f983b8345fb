"""The ILO standards checks as words: one row per check, the same in the terminal's table and
the window's panel (the export writes the numbers themselves)."""
from __future__ import annotations

from reform_studio.charts.formatters import percent
from reform_studio.engine.standards import Check, Rule
from reform_studio.i18n import QT_TRANSLATE_NOOP, translate
from reform_studio.i18n.numbers import number
from reform_studio.i18n.standards import words

# the table's columns, in English here; `headers()` says them in the current language
HEADERS = (QT_TRANSLATE_NOOP("standards_text", "Check"), QT_TRANSLATE_NOOP("standards_text", "Article"),
           QT_TRANSLATE_NOOP("standards_text", "Required"), QT_TRANSLATE_NOOP("standards_text", "Value"),
           QT_TRANSLATE_NOOP("standards_text", "Met"), QT_TRANSLATE_NOOP("standards_text", "First year not met"))


def headers() -> tuple[str, ...]:
    return tuple(translate("standards_text", header) for header in HEADERS)


def amount(rule: Rule, value: float | None) -> str:
    """A value in the rule's unit: '36.0 %', '20 years'."""
    if value is None:
        return "–"
    if rule.unit == "years":
        return translate("standards_text", "{count} years").format(count=number(value, 0 if value == int(value) else 1))
    return percent(value)


def required(rule: Rule) -> str:
    """'≥ 40.0 %', '≤ 65 years'."""
    return f"{'≥' if rule.at_least else '≤'} {amount(rule, rule.required)}"


def citation(rule: Rule) -> str:
    """'C102, Part V, Article 28 and the Schedule to Part XI'."""
    return f"{rule.convention}, {words(rule.citation)}"


def article(rule: Rule) -> str:
    """'C102 art. 28': short, for a table column (`citation` in full)."""
    return translate("standards_text", "{convention} art. {article}").format(convention=rule.convention,
                                                                             article=rule.article)


def check_row(check: Check) -> tuple[str, ...]:
    """The cells of `HEADERS` for one check; the value is the worst over the award years
    (`worst_year` says which)."""
    first = check.first_year_not_met
    shown = translate("standards_text", "NOT met") if not check.met else verdict(check)
    return (words(check.rule.title), article(check.rule), required(check.rule), amount(check.rule, check.worst[0]),
            shown, "–" if first is None else str(first))


def verdict(check: Check) -> str:
    """'met', 'not met', or 'met (10 years)' where only the alternative of a shorter career ten
    points lower (C102 Articles 29(3), 57(3), 63(3); C128 Articles 18(3), 11(3), 24(3)) meets the
    line in some year."""
    if not check.met:
        return translate("standards_text", "not met")
    if check.met_by_alternative:
        return translate("standards_text", "met ({count} years)").format(count=check.rule.alternative_years)
    return translate("standards_text", "met")


def worst_year(check: Check) -> str:
    """'lowest in 2054' ('highest' for a value with a ceiling), or '' where nothing was judged."""
    value, when = check.worst
    if when is None:
        return ""
    said = translate("standards_text", "lowest in {year}") if check.rule.at_least else translate(
        "standards_text", "highest in {year}")
    return said.format(year=when)
