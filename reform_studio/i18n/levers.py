"""The levers' titles, units, groups and help in the user's language, and a solved value said
in it.

The engine's LEVERS table (engine/parameters.py) holds these words in English, because the
engine holds no formatting and knows no language. Each is marked here for the catalogue, and
`words(text)` translates it where it is shown (the command line, the window's lever rows, the
export); a test fails when the engine gains a word this table lacks.
"""
from __future__ import annotations


from reform_studio.i18n import QT_TRANSLATE_NOOP, translate
from reform_studio.i18n.sentences import said

CONTEXT = "levers"
# every title, unit, group and help of engine.parameters.LEVERS and BASIC_PENSION_FIELDS,
# and the revaluation choices, in the engine's order
MARKED = frozenset((
    QT_TRANSLATE_NOOP("levers", 'Contribution rate'),
    QT_TRANSLATE_NOOP("levers", '% of insurable wage'),
    QT_TRANSLATE_NOOP("levers", 'Contributions'),
    QT_TRANSLATE_NOOP("levers", 'Share of the insurable wage paid as contributions by workers and employers together.'),
    QT_TRANSLATE_NOOP("levers", 'Contribution density'),
    QT_TRANSLATE_NOOP("levers", '% of the year'),
    QT_TRANSLATE_NOOP("levers", 'Share of a year that a contributor actually pays for; it scales the wage bill and the service credited.'),
    QT_TRANSLATE_NOOP("levers", 'Coverage extension'),
    QT_TRANSLATE_NOOP("levers", '% of uncovered employed'),
    QT_TRANSLATE_NOOP("levers", 'Coverage'),
    QT_TRANSLATE_NOOP("levers", 'Share of the employed who do not contribute today that is brought into coverage, reached linearly by the full-by year.'),
    QT_TRANSLATE_NOOP("levers", 'Contribution ceiling'),
    QT_TRANSLATE_NOOP("levers", '× average wage'),
    QT_TRANSLATE_NOOP("levers", 'Wage above which no contribution is due, as a multiple of the average insurable wage; wages in the benefit formula are capped at it too. Needs members who differ (wage dispersion) to bite.'),
    QT_TRANSLATE_NOOP("levers", 'Pensionable age, men'),
    QT_TRANSLATE_NOOP("levers", 'years'),
    QT_TRANSLATE_NOOP("levers", 'Pensionable age'),
    QT_TRANSLATE_NOOP("levers", 'Age at which men are awarded their old-age pension. Cohorts already retired are not affected.'),
    QT_TRANSLATE_NOOP("levers", 'Pensionable age, women'),
    QT_TRANSLATE_NOOP("levers", 'Age at which women are awarded their old-age pension. Cohorts already retired are not affected.'),
    QT_TRANSLATE_NOOP("levers", 'Qualifying period'),
    QT_TRANSLATE_NOOP("levers", 'years of service'),
    QT_TRANSLATE_NOOP("levers", 'Qualifying conditions'),
    QT_TRANSLATE_NOOP("levers", 'Credited service needed for an old-age pension; members short of it get the old-age grant instead.'),
    QT_TRANSLATE_NOOP("levers", 'Old-age grant'),
    QT_TRANSLATE_NOOP("levers", '% of reference wage per year of service'),
    QT_TRANSLATE_NOOP("levers", 'Lump sum paid at the pensionable age to members short of the qualifying period, per year of service.'),
    QT_TRANSLATE_NOOP("levers", 'Accrual rate'),
    QT_TRANSLATE_NOOP("levers", '% of reference wage per year'),
    QT_TRANSLATE_NOOP("levers", 'Benefit formula'),
    QT_TRANSLATE_NOOP("levers", 'Pension earned per year of credited service, as a share of the reference wage.'),
    QT_TRANSLATE_NOOP("levers", 'Reference period'),
    QT_TRANSLATE_NOOP("levers", 'Number of final years whose (revalued) wages are averaged into the reference wage. At most the pensionable age minus 15.'),
    QT_TRANSLATE_NOOP("levers", 'Revaluation of past wages'),
    QT_TRANSLATE_NOOP("levers", 'How past wages are updated to the award year in the reference wage: not at all, with prices or with wages.'),
    QT_TRANSLATE_NOOP("levers", 'Minimum pension'),
    QT_TRANSLATE_NOOP("levers", '% of average wage'),
    QT_TRANSLATE_NOOP("levers", 'Floor on a new pension, as a share of the average insurable wage of the award year. 0 removes the floor.'),
    QT_TRANSLATE_NOOP("levers", 'Maximum replacement rate'),
    QT_TRANSLATE_NOOP("levers", '% of reference wage'),
    QT_TRANSLATE_NOOP("levers", "Cap on a new pension as a share of the pensioner's own reference wage; the minimum pension wins over it."),
    QT_TRANSLATE_NOOP("levers", "Survivor's pension"),
    QT_TRANSLATE_NOOP("levers", "% of the deceased's pension"),
    QT_TRANSLATE_NOOP("levers", 'Survivors'),
    QT_TRANSLATE_NOOP("levers", "Spouse's pension as a share of the pension the deceased drew or had earned. 0 % awards no new spouse pensions."),
    QT_TRANSLATE_NOOP("levers", 'Indexation: wage share'),
    QT_TRANSLATE_NOOP("levers", '% weight on wages'),
    QT_TRANSLATE_NOOP("levers", 'Indexation'),
    QT_TRANSLATE_NOOP("levers", 'Pensions in payment rise each January by this mix of wage growth and price inflation (0 % = prices, 100 % = wages).'),
    QT_TRANSLATE_NOOP("levers", 'Administration cost'),
    QT_TRANSLATE_NOOP("levers", '% of contributions'),
    QT_TRANSLATE_NOOP("levers", 'Financing'),
    QT_TRANSLATE_NOOP("levers", 'Administrative expenses as a share of contribution income.'),
    QT_TRANSLATE_NOOP("levers", 'State subsidy'),
    QT_TRANSLATE_NOOP("levers", '% of expenditure'),
    QT_TRANSLATE_NOOP("levers", 'State budget transfer to the scheme as a share of its benefit expenditure.'),
    QT_TRANSLATE_NOOP("levers", 'Basic pension'),
    QT_TRANSLATE_NOOP("levers", 'A non-contributory pension financed by the state budget, outside the reserve: universal or pension-tested.'),
    QT_TRANSLATE_NOOP("levers", 'Basic pension age'),
    QT_TRANSLATE_NOOP("levers", 'Age from which the basic pension is paid.'),
    QT_TRANSLATE_NOOP("levers", 'Basic pension level'),
    QT_TRANSLATE_NOOP("levers", '% of GDP per capita'),
    QT_TRANSLATE_NOOP("levers", 'Annual benefit as a share of GDP per head of population.'),
    QT_TRANSLATE_NOOP("levers", 'Take-up'),
    QT_TRANSLATE_NOOP("levers", '% of eligible'),
    QT_TRANSLATE_NOOP("levers", 'Share of the eligible who claim the basic pension.'),
    QT_TRANSLATE_NOOP("levers", 'Administration'),
    QT_TRANSLATE_NOOP("levers", '% of benefits'),
    QT_TRANSLATE_NOOP("levers", 'Delivery cost as a share of the benefits paid.'),
    QT_TRANSLATE_NOOP("levers", "Pensionable age, men and women"),  # the solver's title of the pair
    QT_TRANSLATE_NOOP("levers", "none"),
    QT_TRANSLATE_NOOP("levers", "prices"),
    QT_TRANSLATE_NOOP("levers", "wages"),
))


def words(text: str) -> str:
    """A lever's title, unit, group, help or choice in the current language."""
    return translate(CONTEXT, text)


def value_text(lever: object, value: float) -> str:
    """A solvable lever's value as the engine's `SolvableLever.text` says it, in the current
    language: '15,23 %', '2,50 × salaire moyen', '67', '20 años'; 'none' for an unset ceiling."""
    return said(lever.text(value))


def amount_text(lever: object, value: float) -> str:
    """A solvable lever's value standing alone, as in a table (`SolvableLever.amount`): an age
    with its unit ('67 ans')."""
    return said(lever.amount(value))


def title(lever: object) -> str:
    """A solvable lever's title (`SolvableLever.title`) in the current language."""
    return words(lever.title)
