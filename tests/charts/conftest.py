"""Chart tests use the Agg backend and the spec's published example output as data."""
from __future__ import annotations

import json
from pathlib import Path

import matplotlib
import numpy as np
import pandas as pd
import pytest

matplotlib.use("Agg")

from reform_studio.engine.results import Projection  # noqa: E402

EXAMPLES = Path("/work/shared/spec/examples")
EXPECTED = EXAMPLES / "example1.expected.json"


def projection_from_json(scenario: dict) -> Projection:
    """A Projection as the engine returns it: indicators indexed by year, None as NaN."""
    columns = {k: [np.nan if v is None else v for v in values]
               for k, values in scenario["indicators"].items() if k != "year"}
    frame = pd.DataFrame(columns, index=pd.Index(scenario["indicators"]["year"], name="year"), dtype=float)
    return Projection(scenario["name"], frame, dict(scenario["summary"]))


@pytest.fixture(scope="session")
def projections() -> list[Projection]:
    data = json.loads(EXPECTED.read_text())
    return [projection_from_json(s) for s in data["scenarios"]]


@pytest.fixture(scope="session")
def branch_projections() -> list[Projection]:
    """Example 3 pays every branch: disability, spouses' and orphans' pensions, funeral grants."""
    data = json.loads((EXAMPLES / "example3.expected.json").read_text())
    return [projection_from_json(s) for s in data["scenarios"]]
