"""A country with no contributory scheme (built with `--scheme none`, for costing a basic
pension) opens in the window: the standards check runs on it without a floating-point
warning (the test settings make every warning an error)."""
from __future__ import annotations

from reform_studio.countries.builder import build_country_workbook
from reform_studio.engine.projection import project_many
from reform_studio.engine.reform import Reform
from reform_studio.engine.standards import check_standards
from reform_studio.workbook.reader import read_scheme


def test_standards_on_a_country_without_a_scheme(tmp_path):
    path = tmp_path / "niger.xlsx"
    build_country_workbook("NER", 2025, "none", path)
    scheme = read_scheme(path)
    reforms = [Reform("Baseline")]
    checks = check_standards(scheme, reforms, project_many(scheme, reforms))
    assert len(checks) == 1 and checks[0]
