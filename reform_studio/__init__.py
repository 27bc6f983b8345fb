"""Reform Studio: project a pension scheme and compare reforms against its baseline.

The public API for scripts and notebooks::

    import reform_studio as rs
    scheme = rs.load_scheme("kenya.xlsx")
    baseline = rs.project(scheme)
    reform = rs.load_reform("raise_pension_age.json")
    results = rs.project_many(scheme, [reform])
"""
from reform_studio.engine.errors import InputError, Problem
from reform_studio.engine.projection import project, project_many
from reform_studio.engine.reform import Lever, Reform
from reform_studio.engine.results import Projection
from reform_studio.engine.scheme import Scheme
from reform_studio.scenarios import load_reform
from reform_studio.workbook import read_scheme as load_scheme

__version__ = "0.1.0"
MODEL_VERSION = "1"

__all__ = ["InputError", "Lever", "Problem", "Projection", "Reform", "Scheme", "load_reform", "load_scheme",
           "project", "project_many", "MODEL_VERSION", "__version__"]
