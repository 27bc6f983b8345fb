"""The solver's phrases for each lever, marked for the catalogue.

The engine says a lever's value in a phrase made from its noun and suffix ('a contribution
rate as low as {value}'), not from a literal pyside6-lupdate can read; a language that agrees
'as low as' with the noun ('une pension minimale aussi basse que') needs each phrase whole.
They are marked here, under the engine's context, and translated by `sentences.said` like any
other engine sentence; a test fails when the engine makes a phrase this table lacks.
"""
from __future__ import annotations

from reform_studio.i18n import QT_TRANSLATE_NOOP

MARKED = frozenset((
    # contribution_rate
    QT_TRANSLATE_NOOP("engine", 'a contribution rate of {value}'),
    QT_TRANSLATE_NOOP("engine", 'a contribution rate as low as {value}'),
    QT_TRANSLATE_NOOP("engine", 'a contribution rate as high as {value}'),
    QT_TRANSLATE_NOOP("engine", 'at any contribution rate from {low} to {high}'),
    # contribution_ceiling_to_avg_wage
    QT_TRANSLATE_NOOP("engine", 'a contribution ceiling of {value}'),
    QT_TRANSLATE_NOOP("engine", 'a contribution ceiling as low as {value}'),
    QT_TRANSLATE_NOOP("engine", 'a contribution ceiling as high as {value}'),
    QT_TRANSLATE_NOOP("engine", 'at any contribution ceiling from {low} to {high}'),
    # pensionable_age_male
    QT_TRANSLATE_NOOP("engine", 'a pensionable age for men of {value}'),
    QT_TRANSLATE_NOOP("engine", 'a pensionable age for men as low as {value}'),
    QT_TRANSLATE_NOOP("engine", 'a pensionable age for men as high as {value}'),
    QT_TRANSLATE_NOOP("engine", 'at any pensionable age for men from {low} to {high}'),
    # pensionable_age_female
    QT_TRANSLATE_NOOP("engine", 'a pensionable age for women of {value}'),
    QT_TRANSLATE_NOOP("engine", 'a pensionable age for women as low as {value}'),
    QT_TRANSLATE_NOOP("engine", 'a pensionable age for women as high as {value}'),
    QT_TRANSLATE_NOOP("engine", 'at any pensionable age for women from {low} to {high}'),
    # pensionable_age
    QT_TRANSLATE_NOOP("engine", 'a pensionable age of {value} for men and women'),
    QT_TRANSLATE_NOOP("engine", 'a pensionable age as low as {value} for men and women'),
    QT_TRANSLATE_NOOP("engine", 'a pensionable age as high as {value} for men and women'),
    QT_TRANSLATE_NOOP("engine", 'at any pensionable age from {low} to {high} for men and women'),
    # minimum_service_years
    QT_TRANSLATE_NOOP("engine", 'a qualifying period of {value}'),
    QT_TRANSLATE_NOOP("engine", 'a qualifying period as low as {value}'),
    QT_TRANSLATE_NOOP("engine", 'a qualifying period as high as {value}'),
    QT_TRANSLATE_NOOP("engine", 'at any qualifying period from {low} to {high}'),
    # old_age_grant_rate
    QT_TRANSLATE_NOOP("engine", 'an old-age grant of {value} of the reference wage per year of service'),
    QT_TRANSLATE_NOOP("engine", 'an old-age grant as low as {value} of the reference wage per year of service'),
    QT_TRANSLATE_NOOP("engine", 'an old-age grant as high as {value} of the reference wage per year of service'),
    QT_TRANSLATE_NOOP("engine", 'at any old-age grant from {low} to {high} of the reference wage per year of service'),
    # accrual_rate
    QT_TRANSLATE_NOOP("engine", 'an accrual rate of {value}'),
    QT_TRANSLATE_NOOP("engine", 'an accrual rate as low as {value}'),
    QT_TRANSLATE_NOOP("engine", 'an accrual rate as high as {value}'),
    QT_TRANSLATE_NOOP("engine", 'at any accrual rate from {low} to {high}'),
    # indexation_wage_share
    QT_TRANSLATE_NOOP("engine", 'a wage share in indexation of {value}'),
    QT_TRANSLATE_NOOP("engine", 'a wage share in indexation as low as {value}'),
    QT_TRANSLATE_NOOP("engine", 'a wage share in indexation as high as {value}'),
    QT_TRANSLATE_NOOP("engine", 'at any wage share in indexation from {low} to {high}'),
    # coverage_extension
    QT_TRANSLATE_NOOP("engine", 'a coverage extension of {value} of the uncovered employed'),
    QT_TRANSLATE_NOOP("engine", 'a coverage extension as low as {value} of the uncovered employed'),
    QT_TRANSLATE_NOOP("engine", 'a coverage extension as high as {value} of the uncovered employed'),
    QT_TRANSLATE_NOOP("engine", 'at any coverage extension from {low} to {high} of the uncovered employed'),
    # minimum_pension_to_avg_wage
    QT_TRANSLATE_NOOP("engine", 'a minimum pension of {value} of the average wage'),
    QT_TRANSLATE_NOOP("engine", 'a minimum pension as low as {value} of the average wage'),
    QT_TRANSLATE_NOOP("engine", 'a minimum pension as high as {value} of the average wage'),
    QT_TRANSLATE_NOOP("engine", 'at any minimum pension from {low} to {high} of the average wage'),
    # survivor_share
    QT_TRANSLATE_NOOP("engine", "a survivor's pension of {value} of the deceased's pension"),
    QT_TRANSLATE_NOOP("engine", "a survivor's pension as low as {value} of the deceased's pension"),
    QT_TRANSLATE_NOOP("engine", "a survivor's pension as high as {value} of the deceased's pension"),
    QT_TRANSLATE_NOOP("engine", "at any survivor's pension from {low} to {high} of the deceased's pension"),
    QT_TRANSLATE_NOOP("engine", 'with no contribution ceiling, as now'),
))
