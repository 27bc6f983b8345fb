"""The costing window's table says its headers and unknown values in the window's language, with
the words of the costing workbook (one place for both)."""
from __future__ import annotations

import math

import pandas as pd
import pytest

pytest.importorskip("PySide6")

from reform_studio.gui import language  # noqa: E402
from reform_studio.gui.costing_view import _headers, _rows  # noqa: E402

TABLE = pd.DataFrame({"Country": ["Niger"], "Beneficiaries": [812_000.0], "Benefit a year": [math.nan],
                      "Cost % of GDP": [1.25]})


@pytest.mark.parametrize(("code", "headers", "unknown"), [
    ("en", ["Country", "Beneficiaries (persons)", "Benefit a year (local currency)", "Cost % of GDP"], "n/a"),
    ("fr", ["Pays", "Bénéficiaires (personnes)", "Prestation annuelle (monnaie nationale)", "Coût, % du PIB"],
     "n.d."),
    ("es", ["País", "Beneficiarios (personas)", "Prestación anual (moneda nacional)", "Costo, % del PIB"], "n.d."),
])
def test_the_costing_table_speaks_the_language(qapp, monkeypatch, code, headers, unknown):
    monkeypatch.setenv("LC_ALL", "C")  # each language's own numbers
    language.apply(qapp, code)
    try:
        assert _headers(TABLE) == headers
        assert _rows(TABLE)[0][2] == unknown
        assert _rows(TABLE)[0][3] == ("1.25" if code == "en" else "1,25")
    finally:
        language.apply(qapp, "en")
