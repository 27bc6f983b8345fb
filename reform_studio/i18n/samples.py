"""The sample reforms' names and descriptions in the user's language.

The reforms shipped with the sample workbooks (reform_studio/samples/reforms/*.json) are
files in the spec's format, with one name and one description, in English. A French or
Spanish window opens them under names in its own language: each is marked here for the
catalogue, and `in_language` translates a sample reform as it is loaded (a test fails when a
sample gains a name or description this table lacks). A reform of the user's keeps its name.
"""
from __future__ import annotations

from dataclasses import replace

from reform_studio.engine.reform import Reform
from reform_studio.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "samples"
MARKED = frozenset((
    QT_TRANSLATE_NOOP("samples", 'Career-average benefits'),
    QT_TRANSLATE_NOOP("samples", 'New pensions on a 35-year career-average wage revalued with prices, and the accrual rate down from 2 % to 1.6 % in steps of 0.1 point a year from 2027.'),
    QT_TRANSLATE_NOOP("samples", 'More contributions and a larger state transfer'),
    QT_TRANSLATE_NOOP("samples", 'Contribution rate from 33 % to 36 % in steps of half a point a year from 2027, and the state transfer from 25 % to 30 % of expenditure from 2027.'),
    QT_TRANSLATE_NOOP("samples", 'Raise the pension age to 70'),
    QT_TRANSLATE_NOOP("samples", 'Pensionable age for men and women from 67 to 70, one year every three years from 2027 (68 in 2027, 70 in 2033).'),
    QT_TRANSLATE_NOOP("samples", "Spouse's pension 60 % to 50 %"),
    QT_TRANSLATE_NOOP("samples", "Survivors' pensions awarded to spouses from 2027 are 50 % of the deceased's pension instead of 60 %; those already paid are unchanged."),
    QT_TRANSLATE_NOOP("samples", 'Pension-tested basic pension at 70'),
    QT_TRANSLATE_NOOP("samples", "A state-financed basic pension of 8 % of GDP per head from age 70 for those without a scheme pension, from 2027 (take-up 80 %, administration 5 % of benefits). Outside the scheme's reserve."),
    QT_TRANSLATE_NOOP("samples", 'Extend coverage'),
    QT_TRANSLATE_NOOP("samples", 'A quarter of the employed who do not contribute today are brought into the scheme, phased in linearly from 2027 to 2040.'),
    QT_TRANSLATE_NOOP("samples", 'Index pensions to prices'),
    QT_TRANSLATE_NOOP("samples", 'Pensions in payment follow prices only from January 2026 instead of a half-wages, half-prices mix.'),
    QT_TRANSLATE_NOOP("samples", 'Qualifying period of 15 years with an age grant'),
    QT_TRANSLATE_NOOP("samples", 'From 2027 an old-age pension needs 15 years of service (none today); members short of it get an age grant of 12 % of their reference wage per year of service, about the contributions they paid.'),
    QT_TRANSLATE_NOOP("samples", 'Contributions up to 15 %'),
    QT_TRANSLATE_NOOP("samples", 'Contribution rate from 12 % to 15 % of the insurable wage in steps of half a point a year from 2027 (15 % in 2032).'),
    QT_TRANSLATE_NOOP("samples", 'Raise the pension age to 65'),
    QT_TRANSLATE_NOOP("samples", 'Pensionable age for men and women from 60 to 65, one year every two years from 2028 (61 in 2028, 65 in 2036).'),
))


def in_language(reform: Reform) -> Reform:
    """A sample reform with its name and description in the current language."""
    return replace(reform, name=translate(CONTEXT, reform.name), description=translate(CONTEXT, reform.description))
