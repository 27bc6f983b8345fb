"""Where the window's style sheet and icons are, however Reform Studio was started.

Installed (a wheel or `pip install -e`), they are the package `reform_studio.resources`, which
setuptools maps from the top-level `resources/` folder. Run from a checkout without installing
(`python main.py`, or a checkout beside an installed copy), that package does not exist in the
source tree, and the folder itself is used.
"""
from __future__ import annotations

import importlib.resources
from pathlib import Path


def resource_folder() -> Path:
    try:
        return Path(str(importlib.resources.files("reform_studio.resources")))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[1] / "resources"
