"""The sample schemes as the engine sees them, and their projections, computed once per run."""
from __future__ import annotations

import json

import pytest

from reform_studio.engine.projection import project
from reform_studio.engine.reform import Reform
from reform_studio.samples import reform_paths, sample_path

SAMPLES = ("kenya", "italy")


@pytest.fixture(scope="session")
def schemes() -> dict[str, object]:
    read_scheme = pytest.importorskip("reform_studio.workbook.reader").read_scheme
    return {name: read_scheme(sample_path(name)) for name in SAMPLES}


@pytest.fixture(scope="session")
def runs(schemes) -> dict[str, dict[str, object]]:
    """Baseline and every sample reform of every sample, projected once."""
    out: dict[str, dict[str, object]] = {}
    for name, scheme in schemes.items():
        out[name] = {"Baseline": project(scheme)}
        for path in reform_paths(name):
            reform = Reform.from_dict(json.loads(path.read_text(encoding="utf-8")), default_name=path.stem)
            reform.check_against(scheme)
            out[name][path.stem.removeprefix(f"{name}_")] = project(scheme, reform)
    return out
