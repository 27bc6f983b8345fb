"""Chart tests use the Agg backend and the spec's published example output as data."""
from __future__ import annotations

import json

import matplotlib
import numpy as np
import pandas as pd
import pytest

matplotlib.use("Agg")

from reform_studio.engine.results import Projection  # noqa: E402
from tests.conftest import EXAMPLES  # noqa: E402



def projection_from_json(scenario: dict) -> Projection:
    """A Projection as the engine returns it: indicators indexed by year, None as NaN."""
    columns = {k: [np.nan if v is None else v for v in values]
               for k, values in scenario["indicators"].items() if k != "year"}
    frame = pd.DataFrame(columns, index=pd.Index(scenario["indicators"]["year"], name="year"), dtype=float)
    return Projection(scenario["name"], frame, dict(scenario["summary"]))


def example_projections(number: int) -> list[Projection]:
    data = json.loads((EXAMPLES / f"example{number}.expected.json").read_text())
    return [projection_from_json(s) for s in data["scenarios"]]


@pytest.fixture(scope="session")
def projections() -> list[Projection]:
    return example_projections(1)


@pytest.fixture(scope="session")
def branch_projections() -> list[Projection]:
    """Example 3 pays every branch: disability, spouses' and orphans' pensions, funeral grants."""
    return example_projections(3)


@pytest.fixture(scope="session")
def class_projections() -> list[Projection]:
    """Example 4: member classes under a ceiling, a qualifying period with an old-age grant."""
    return example_projections(4)
