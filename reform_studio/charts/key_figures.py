"""The handful of numbers a minister asks for, and one plain sentence per reform.

Kept out of the window so that the GUI holds no actuarial logic and the same figures can
be printed, exported or tested without Qt.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Sequence

from reform_studio.charts.formatters import percent, persons, signed, with_unit, year, years_of_expenditure
from reform_studio.charts.specs import EXPENDITURE_BY_BRANCH, said
from reform_studio.engine.results import Projection
from reform_studio.engine.standards import Check
from reform_studio.i18n import QT_TRANSLATE_NOOP, translate
from reform_studio.i18n.numbers import conventions, number
from reform_studio.i18n.standards import words as standard_words

OFFSETS = (25, 50, 75)
SAME = 0.005  # an expenditure within 0.5 % of the baseline's is not worth a sentence
NOTABLE = 0.00005  # a branch moving less than 0.005 % of GDP (shown as 0.00 or 0.01 %) goes unsaid


@dataclass(frozen=True)
class KeyFigure:
    """One row: a label, how to read it off a projection, and how to write a value and a change."""

    label: str
    unit: str
    read: Callable[[Projection], float | None]
    text: Callable[[float | None], str]
    change: Callable[[float | None, float | None], str]


def _at(column: str, when: int) -> Callable[[Projection], float | None]:
    def read(projection: Projection) -> float | None:
        frame = projection.indicators
        if when not in frame.index:
            return None
        value = float(frame.at[when, column])
        return None if math.isnan(value) else value
    return read


def _missing(*values: float | None) -> bool:
    return any(v is None or (isinstance(v, float) and math.isnan(v)) for v in values)


def _points(old: float | None, new: float | None) -> str:
    """A change of a rate in percentage points, signed."""
    return "–" if _missing(old, new) else with_unit(signed((new - old) * 100, 1), translate("formatters", "pp"))


def _years_change(old: float | None, new: float | None) -> str:
    """A change in the reserve ratio; a negative ratio is a depleted reserve, not a number of years."""
    if _missing(old, new):
        return "–"
    if old < 0 and new < 0:
        return translate("key_figures", "still depleted")
    if new < 0:
        return translate("key_figures", "now depleted")
    if old < 0:
        return translate("key_figures", "no longer depleted")
    return with_unit(signed(new - old, 1), translate("formatters", "yrs"))


def _persons_change(old: float | None, new: float | None) -> str:
    if _missing(old, new):
        return "–"
    return translate("key_figures", "same") if round(new) == round(old) else ("+" if new > old else "-") + persons(abs(new - old))


def _depletion_change(old: float | None, new: float | None) -> str:
    if old == new:
        return translate("key_figures", "same")
    if old is None:
        return translate("key_figures", "now depleted")
    if new is None:
        return translate("key_figures", "no longer depleted")
    return with_unit(signed(int(new - old), 0), translate("formatters", "yrs"))


# the table's row labels and units, marked for the catalogue and said in the language by `key_figures`
LABELS = (QT_TRANSLATE_NOOP("key_figures", "Reserve depletion year"),
          QT_TRANSLATE_NOOP("key_figures", "General average premium (GAP)"),
          QT_TRANSLATE_NOOP("key_figures", "PAYG cost rate {year}"), QT_TRANSLATE_NOOP("key_figures", "Reserve ratio {year}"),
          QT_TRANSLATE_NOOP("key_figures", "Replacement rate {year}"), QT_TRANSLATE_NOOP("key_figures", "Expenditure {year}"),
          QT_TRANSLATE_NOOP("key_figures", "Basic pension cost {year}"),
          QT_TRANSLATE_NOOP("key_figures", "Basic pension beneficiaries {year}"))
UNITS = (QT_TRANSLATE_NOOP("key_figures", "year"), QT_TRANSLATE_NOOP("key_figures", "% of wages"),
         QT_TRANSLATE_NOOP("key_figures", "years of expenditure"), QT_TRANSLATE_NOOP("key_figures", "% of average wage"),
         QT_TRANSLATE_NOOP("key_figures", "% of GDP"), QT_TRANSLATE_NOOP("key_figures", "persons"))


def _figure(label: str, unit: str, *rest, when: int | None = None) -> KeyFigure:
    said = translate("key_figures", label)
    return KeyFigure(said.format(year=when) if when is not None else said, translate("key_figures", unit), *rest)


def key_figures(base_year: int, horizon: int) -> list[KeyFigure]:
    """The rows of the key-figure table for a scheme's base year and horizon."""
    rows = [
        _figure(LABELS[0], UNITS[0], lambda p: p.depletion_year, year, _depletion_change),
        _figure(LABELS[1], UNITS[1], lambda p: p.gap, percent, _points),
    ]
    years = [base_year + k for k in OFFSETS if k <= horizon]
    by_year = ((LABELS[2], UNITS[1], "payg_cost_rate", percent, _points),
               (LABELS[3], UNITS[2], "reserve_ratio", years_of_expenditure, _years_change),
               (LABELS[4], UNITS[3], "replacement_rate", percent, _points),
               (LABELS[5], UNITS[4], "expenditure_to_gdp", lambda v: percent(v, 2), _points_fine),
               (LABELS[6], UNITS[4], "basic_pension_cost_to_gdp", lambda v: percent(v, 2), _points_fine),
               (LABELS[7], UNITS[5], "basic_pension_beneficiaries", persons, _persons_change))
    for label, unit, column, text, change in by_year:
        rows += [_figure(label, unit, _at(column, when), text, change, when=when) for when in years]
    return rows


def _points_fine(old: float | None, new: float | None) -> str:
    return "–" if _missing(old, new) else with_unit(signed((new - old) * 100, 2), translate("formatters", "pp"))


def key_figure_table(base_year: int, horizon: int, baseline: Projection,
                     reforms: Sequence[Projection], reference: int = 0) -> list[list[str]]:
    """Text rows: label, unit, then for each scenario (the baseline first, then the reforms)
    its value, followed by its change from the reference scenario (`reference` indexes the
    scenarios; 0, the baseline, by default) for every scenario but the reference itself."""
    scenarios = [baseline, *reforms]
    if not 0 <= reference < len(scenarios):
        raise IndexError(f"no scenario {reference} to compare with among {len(scenarios)}")
    out = []
    for figure in key_figures(base_year, horizon):
        old = figure.read(scenarios[reference])
        row = [figure.label, figure.unit]
        for i, scenario in enumerate(scenarios):
            new = figure.read(scenario)
            row.append(figure.text(new))
            if i != reference:
                row.append(figure.change(old, new))
        out.append(row)
    return out


def basic_pension_sentence(baseline: Projection, reform: Projection, when: int, reference: str | None = None) -> str:
    """What the basic pension costs in `when` (% of GDP, beneficiaries) where a reform changes
    it; "" where it does not (a basic pension is paid by the state, outside the reserve and
    the GAP, so without this sentence a basic-pension reform would read as changing nothing)."""
    new_cost = _at("basic_pension_cost_to_gdp", when)(reform) or 0.0
    old_cost = _at("basic_pension_cost_to_gdp", when)(baseline) or 0.0
    new_people = _at("basic_pension_beneficiaries", when)(reform) or 0.0
    old_people = _at("basic_pension_beneficiaries", when)(baseline) or 0.0
    if abs(new_cost - old_cost) < NOTABLE and round(new_people) == round(old_people):
        return ""
    reference = reference or _the_baseline()
    if new_cost < NOTABLE and new_people < 0.5:
        return translate("key_figures", "The basic pension is no longer paid in {year} (in {reference} it costs {cost} of GDP, {people} "
                 "beneficiaries).").format(year=when, reference=reference, cost=percent(old_cost, 2),
                                           people=persons(old_people))
    if old_cost < NOTABLE and old_people < 0.5:
        return translate("key_figures", "The basic pension costs {cost} of GDP in {year} ({people} beneficiaries), against none in "
                 "{reference}.").format(cost=percent(new_cost, 2), year=when, people=persons(new_people),
                                        reference=reference)
    return translate("key_figures", "The basic pension costs {cost} of GDP in {year} ({people} beneficiaries) instead of {old_cost} "
             "({old_people}).").format(cost=percent(new_cost, 2), year=when, people=persons(new_people),
                                       old_cost=percent(old_cost, 2), old_people=persons(old_people))


def _the_baseline() -> str:
    """What the sentences call the baseline where no other reference is named."""
    return translate("key_figures", "the baseline")


def reform_sentence(name: str, baseline: Projection, reform: Projection, reference: str | None = None) -> str:
    """One plain sentence on what a reform does to the reserve and the GAP (with no `name`,
    without the reform's name in front), compared with `baseline` (called `reference`), and
    one on the basic pension's cost where the reform changes it."""
    reference = reference or _the_baseline()
    text = _reserve_and_gap(name, baseline, reform, reference)
    years = baseline.indicators.index
    basic = basic_pension_sentence(baseline, reform, int(years[0]) + OFFSETS[0], reference) if len(years) else ""
    return f"{text} {basic}" if basic else text


def _reserve_and_gap(name: str, baseline: Projection, reform: Projection, reference: str) -> str:
    old, new = baseline.depletion_year, reform.depletion_year
    if old is None and new is None:
        reserve = translate("key_figures", "the reserve is never exhausted, as in {reference}")
    elif old is None:
        reserve = translate("key_figures", "the reserve now runs out in {new}, while in {reference} it never does")
    elif new is None:
        reserve = translate("key_figures", "the reserve is never exhausted instead of running out in {old}")
    elif new == old:
        reserve = translate("key_figures", "the reserve still runs out in {new}")
    else:
        reserve = translate("key_figures", "the reserve lasts until {new} instead of {old}")
    reserve = reserve.format(reference=reference, new=new, old=old)
    gap = ""
    if not _missing(baseline.gap, reform.gap):
        if abs(reform.gap - baseline.gap) < 5e-5:
            gap = translate("key_figures", ", and the GAP stays at {gap} of insurable wages").format(gap=percent(reform.gap))
        else:
            gap = (translate("key_figures", ", and the GAP falls from {old} to {new} of insurable wages") if reform.gap < baseline.gap
                   else translate("key_figures", ", and the GAP rises from {old} to {new} of insurable wages")).format(
                old=percent(baseline.gap), new=percent(reform.gap))
    if not name:  # under a heading that names the reform already (presentation mode)
        return f"{reserve[0].upper()}{reserve[1:]}{gap}."
    return translate("key_figures", "{name}: {sentence}").format(name=name, sentence=f"{reserve}{gap}.")


def branch_sentence(baseline: Projection, reform: Projection) -> str:
    """The change in expenditure 25 years after the base year (the first key-figure year),
    by the branch that drives it; "" where it hardly changes or the horizon is shorter."""
    years = baseline.indicators.index
    return expenditure_sentence(baseline, reform, int(years[0]) + OFFSETS[0]) if len(years) else ""


def expenditure_sentence(baseline: Projection, reform: Projection, when: int) -> str:
    """How much a reform changes benefit expenditure in `when`, and through which branch.

    The branch named is the one that moves most in the direction of the total (old-age,
    disability or survivors' pensions, lump sums); branches moving the other way are said
    too, so that a reform that saves on old age but pays more to survivors reads as such.
    Amounts are in % of GDP, as in the branch chart; "" where expenditure hardly changes.
    """
    old, new = _at("expenditure", when)(baseline), _at("expenditure", when)(reform)
    gdp = _at("gdp", when)(reform)
    if _missing(old, new, gdp) or old == 0 or gdp == 0 or abs(new / old - 1) < SAME:
        return ""
    changes = {}
    for area in EXPENDITURE_BY_BRANCH.areas:
        before, after = _at(area.column, when)(baseline), _at(area.column, when)(reform)
        if not _missing(before, after):
            changes[said(area.label).lower()] = (after - before) / gdp
    total = sum(changes.values())
    same_way = {branch: change for branch, change in changes.items() if change * total > 0}
    share = percent(abs(new / old - 1), 0)
    text = (translate("key_figures", "Expenditure in {year} is {share} higher") if new > old
            else translate("key_figures", "Expenditure in {year} is {share} lower")).format(year=when, share=share)
    if not same_way:
        return text + "."
    driver = max(same_way, key=lambda branch: abs(same_way[branch]))
    amount = ("+" if same_way[driver] >= 0 else "") + percent(same_way[driver], 2)
    text += (translate("key_figures", ", mostly {branch} ({amount} of GDP)") if same_way[driver] / total >= 0.5
             else translate("key_figures", ", led by {branch} ({amount} of GDP)")).format(branch=driver, amount=amount)
    against = [(translate("key_figures", "{branch} add {amount} of GDP") if change > 0 else translate("key_figures", "{branch} save {amount} of GDP")).format(
        branch=branch, amount=percent(abs(change), 2))
        for branch, change in changes.items() if change * total < 0 and abs(change) >= NOTABLE]
    return text + (translate("key_figures", ", while {changes}").format(changes=translate("key_figures", " and ").join(against)) if against else "") + "."


# What a standards check is about, as the subject of a sentence (marked for the catalogue).
_STANDARD_SUBJECTS = {
    "old_age_replacement_rate": QT_TRANSLATE_NOOP("key_figures", "the old-age benefit of the standard beneficiary"),
    "old_age_skilled_wage_rate": QT_TRANSLATE_NOOP(
        "key_figures", "the old-age benefit of a standard beneficiary at the skilled manual employee's wage (125 % of "
        "the average wage)"),
    "invalidity_replacement_rate": QT_TRANSLATE_NOOP("key_figures", "the invalidity benefit of the standard "
                                                     "beneficiary"),
    "survivor_replacement_rate": QT_TRANSLATE_NOOP("key_figures", "the survivors' benefit of the standard beneficiary "
                                                   "(a widow with two children)"),
    "old_age_qualifying_period": QT_TRANSLATE_NOOP("key_figures", "the qualifying period for an old-age pension"),
    "old_age_reduced_benefit": QT_TRANSLATE_NOOP("key_figures", "the old-age benefit after 15 years of contribution"),
    "pensionable_age": QT_TRANSLATE_NOOP("key_figures", "the pensionable age"),
    "invalidity_qualifying_period": QT_TRANSLATE_NOOP("key_figures", "the qualifying period for an invalidity "
                                                      "pension"),
    "survivor_qualifying_period": QT_TRANSLATE_NOOP("key_figures", "the breadwinner's qualifying period for a "
                                                    "survivors' pension"),
    "pension_adjustment": QT_TRANSLATE_NOOP("key_figures", "the yearly adjustment of pensions in payment"),
}

# A line whose crossing is news only where the line it names is not crossed as early.
_STANDARD_REPEATS = {"old_age_skilled_wage_rate": "old_age_replacement_rate"}


def _standard_amount(check: Check, value: float, line: bool = False) -> str:
    """A check's value as said: '36 % of the reference wage', '20 years', '67'; `line`: the
    requirement, bare ('40 %')."""
    rule = check.rule
    if rule.unit == "years":
        shown = number(value, 0 if value == int(value) else 1)
        return shown if rule.item == "pensionable_age" else translate("key_figures", "{count} years").format(
            count=shown)
    shown = number(100 * value, 1).rstrip("0").rstrip(".,") + conventions().percent + "%"
    if line:
        return shown
    if rule.unit == "share":
        return translate("key_figures", "{amount} of the reference wage").format(amount=shown)
    if rule.unit == "ratio":
        return translate("key_figures", "{amount} of the lower of price and wage growth").format(amount=shown)
    return shown


def standards_sentence(name: str, baseline: Sequence[Check], reform: Sequence[Check]) -> str:
    """One sentence for each line of the ILO conventions that a reform crosses (a check the
    baseline meets and the reform does not), as the official at the slider should hear it:
    "Cut accrual: the old-age benefit of the standard beneficiary falls to 36 % of the
    reference wage from 2030, below the 40 % that C102 requires (Part V, Article 28 and the
    Schedule to Part XI)." "" where no line is crossed."""
    met_before = {(c.rule.convention, c.rule.item) for c in baseline if c.met}
    newly = [c for c in reform if not c.met and (c.rule.convention, c.rule.item) in met_before]
    since = {(c.rule.convention, c.rule.item): c.first_year_not_met for c in newly}
    crossed: dict[tuple[int, str], list[Check]] = {}  # both conventions in one sentence where they fail together
    for check in newly:
        covered = _STANDARD_REPEATS.get(check.rule.item)
        if since.get((check.rule.convention, covered), check.first_year_not_met + 1) <= check.first_year_not_met:
            continue  # the skilled wage fails with the average wage (an accrual cut): said once
        crossed.setdefault((check.first_year_not_met, check.rule.item), []).append(check)
    sentences = []
    for (first_year, item), checks in sorted(crossed.items(), key=lambda pair: pair[0][0]):
        first = checks[0]
        rule = first.rule
        lines = translate("key_figures", " and ").join(
            (translate("key_figures", "the {amount} that {convention} requires ({citation})") if c.rule.at_least
             else translate("key_figures", "the {amount} that {convention} allows ({citation})")).format(
                amount=_standard_amount(c, c.rule.required, line=True), convention=c.rule.convention,
                citation=standard_words(c.rule.citation)) for c in checks)
        subject = (translate("key_figures", _STANDARD_SUBJECTS[item]) if item in _STANDARD_SUBJECTS
                   else standard_words(rule.title).lower())
        said = (translate("key_figures", "{subject} falls to {value} from {year}, below {lines}.") if rule.at_least
                else translate("key_figures", "{subject} rises to {value} from {year}, above {lines}."))
        sentences.append(translate("key_figures", "{name}: {sentence}").format(name=name, sentence=said.format(
            subject=subject, value=_standard_amount(first, first.value_in(first_year)), year=first_year, lines=lines)))
    return " ".join(sentences)
