"""The key-figure sentence when a reform crosses a line of the conventions."""
from __future__ import annotations

from reform_studio.charts.key_figures import standards_sentence
from reform_studio.engine.projection import project_many
from reform_studio.engine.reform import Lever, Reform
from reform_studio.engine.standards import check_standards


def sentences(scheme, *reforms):
    reforms = [Reform("Baseline"), *reforms]
    checks = check_standards(scheme, reforms, project_many(scheme, reforms))
    return [standards_sentence(r.name, checks[0], own) for r, own in zip(reforms[1:], checks[1:])]


def test_cutting_accrual_reads_as_the_issue_says(plain):
    [text] = sentences(plain, Reform("Cut accrual", {"accrual_rate": Lever(0.012, from_year=2030)}))
    assert text.startswith("Cut accrual: the old-age benefit of the standard beneficiary falls to 36 % of the "
                           "reference wage from 2030, below the 40 % that C102 requires (Part V, Article 28 and "
                           "the Schedule to Part XI) and the 45 % that C128 requires")


def test_each_line_crossed_has_its_sentence_in_year_order_and_nothing_is_said_otherwise(plain):
    later, same = sentences(plain, Reform("Later", {"minimum_service_years": Lever(20, from_year=2031),
                                                    "pensionable_age_male": Lever(66, from_year=2030)}),
                            Reform("Same", {"contribution_rate": Lever(0.3)}))
    assert later.index("pensionable age rises to 66 from 2030") < later.index("rises to 20 years from 2031")
    assert "above the 65 that C102 allows (Part V, Article 26(2))" in later
    assert same == ""


def test_a_line_already_crossed_by_the_baseline_is_not_said_again(plain):
    from dataclasses import replace

    [text] = sentences(replace(plain, minimum_service_years=20),
                       Reform("Longer", {"minimum_service_years": Lever(25)}))
    assert text == ""


def test_the_skilled_wage_line_is_said_only_where_the_average_wage_still_meets_its_own(plain):
    cut, ceiling = sentences(plain, Reform("Cut accrual", {"accrual_rate": Lever(0.012, from_year=2030)}),
                             Reform("Low ceiling", {"contribution_ceiling_to_avg_wage": Lever(1.1, from_year=2030)}))
    assert "skilled" not in cut  # both fall with the accrual: one sentence, the standard beneficiary's
    # a ceiling at 110 % of the average wage leaves the average wage alone, but the skilled wage
    # falls towards 45 % × 1.1 / 1.25 = 39.6 % as capped years fill the reference period
    assert ceiling.startswith("Low ceiling: the old-age benefit of a standard beneficiary at the skilled manual "
                              "employee's wage (125 % of the average wage) falls to ")
    assert "below the 40 % that C102 requires (Part XI, Article 65(3) and (6)(d)" in ceiling
    assert "below the 45 % that C128 requires (Part V, Article 26(3) and (6)(d)" in ceiling
    assert "standard beneficiary falls" not in ceiling
