"""The ILO conventions' checks in the user's language: the engine's rule titles, citations,
notes and not-judged reasons (engine/standards.py holds them in English, as it holds no
language), marked here for the catalogue and translated where shown with `words(text)`; a
test fails when the engine gains a word this table lacks."""
from __future__ import annotations

from reform_studio.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "standards"
MARKED = frozenset((
    QT_TRANSLATE_NOOP("standards", "Old-age benefit, 30 years"),
    QT_TRANSLATE_NOOP("standards", "Old-age benefit at 125 % of average wage"),
    QT_TRANSLATE_NOOP("standards", "Old-age qualifying period"),
    QT_TRANSLATE_NOOP("standards", "Reduced old-age benefit, 15 years"),
    QT_TRANSLATE_NOOP("standards", "Pensionable age"),
    QT_TRANSLATE_NOOP("standards", "Invalidity benefit, 15 years"),
    QT_TRANSLATE_NOOP("standards", "Invalidity qualifying period"),
    QT_TRANSLATE_NOOP("standards", "Survivors' benefit, 15 years"),
    QT_TRANSLATE_NOOP("standards", "Survivors' qualifying period"),
    QT_TRANSLATE_NOOP("standards", "Adjustment of pensions in payment"),
    QT_TRANSLATE_NOOP("standards", "Part V, Article 28 and the Schedule to Part XI"),
    QT_TRANSLATE_NOOP("standards", "Part XI, Article 65(3) and (6)(d) and the Schedule to Part XI"),
    QT_TRANSLATE_NOOP("standards", "Part V, Article 29(2)"),
    QT_TRANSLATE_NOOP("standards", "Part V, Article 29(2) and (4)"),
    QT_TRANSLATE_NOOP("standards", "Part V, Article 26(2)"),
    QT_TRANSLATE_NOOP("standards", "Part IX, Article 56 and the Schedule to Part XI"),
    QT_TRANSLATE_NOOP("standards", "Part IX, Article 57(2)"),
    QT_TRANSLATE_NOOP("standards", "Part X, Article 62 and the Schedule to Part XI"),
    QT_TRANSLATE_NOOP("standards", "Part X, Article 63(2)"),
    QT_TRANSLATE_NOOP("standards", "Part XI, Article 65(10) and Article 66(8)"),
    QT_TRANSLATE_NOOP("standards", "Part III, Article 17, Article 26 and the Schedule to Part V"),
    QT_TRANSLATE_NOOP("standards", "Part V, Article 26(3) and (6)(d) and the Schedule to Part V"),
    QT_TRANSLATE_NOOP("standards", "Part III, Article 18(2)"),
    QT_TRANSLATE_NOOP("standards", "Part III, Article 18(2) and (4)"),
    QT_TRANSLATE_NOOP("standards", "Part III, Article 15(2)"),
    QT_TRANSLATE_NOOP("standards", "Part II, Article 10, Article 26 and the Schedule to Part V"),
    QT_TRANSLATE_NOOP("standards", "Part II, Article 11(2)"),
    QT_TRANSLATE_NOOP("standards", "Part IV, Article 23, Article 26 and the Schedule to Part V"),
    QT_TRANSLATE_NOOP("standards", "Part IV, Article 24(2)"),
    QT_TRANSLATE_NOOP("standards", "Part V, Article 29"),
    QT_TRANSLATE_NOOP("standards", "a higher age is allowed where the government justifies it (C102: the working "
                      "ability of elderly persons; C128: demographic, economic and social criteria shown "
                      "statistically)"),
    QT_TRANSLATE_NOOP("standards", "widow's and two orphans' pensions together; also met where a benefit 10 points "
                      "lower is secured after 5 years (C102 Article 63(3), C128 Article 24(3))"),
    QT_TRANSLATE_NOOP("standards", "the scheme's own pension; a supplement for a wife is not modelled; also met "
                      "where a benefit 10 points lower is secured after 10 years (C102 Article 29(3), C128 "
                      "Article 18(3))"),
    QT_TRANSLATE_NOOP("standards", "also met where a benefit 10 points lower is secured after 5 years (C102 Article "
                      "57(3), C128 Article 11(3)); a supplement for a wife and children is not modelled"),
    QT_TRANSLATE_NOOP("standards", "previous earnings at the skilled manual employee's wage, 125 % of the average "
                      "wage: a ceiling or a maximum must still let him reach the line"),
    QT_TRANSLATE_NOOP("standards", "automatic indexation; an ad hoc review cannot be judged"),
    QT_TRANSLATE_NOOP("standards", "invalidity (the workbook has no Disability sheet)"),
    QT_TRANSLATE_NOOP("standards", "survivors (the workbook has no Survivors sheet)"),
))


def words(text: str) -> str:
    """A rule's title, citation or note, or a not-judged reason, in the current language."""
    return translate(CONTEXT, text)
