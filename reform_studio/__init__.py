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
from reform_studio.engine.solve import solve
from reform_studio.engine.scheme import Scheme

__version__ = "0.1.0"
MODEL_VERSION = "2"



def load_scheme(path) -> Scheme:
    """Read and validate an input workbook (template version 1); raises InputError."""
    from reform_studio.workbook import read_scheme

    return read_scheme(path)


def load_reform(path) -> Reform:
    """Read and validate a reform file (spec 10); raises InputError."""
    from reform_studio.scenarios import load_reform as load

    return load(path)


__all__ = ["InputError", "Lever", "Problem", "Projection", "Reform", "Scheme", "load_reform", "load_scheme",
           "project", "project_many", "solve", "MODEL_VERSION", "__version__"]
