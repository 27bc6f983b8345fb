"""The layering of ARCHITECTURE.md holds: import-linter contracts from pyproject.toml."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept():
    # A subprocess: import-linter builds its graph from the package on disk, and must not
    # see modules this test session has already imported or monkeypatched.
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports; "
                               "sys.exit(lint_imports(config_filename='pyproject.toml', no_cache=True))"],
        cwd=ROOT, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 kept, 0 broken" in result.stdout


def test_engine_imports_no_qt_matplotlib_or_openpyxl():
    code = ("import sys, reform_studio.engine.projection; "
            "bad = [m for m in ('PySide6', 'matplotlib', 'openpyxl') if m in sys.modules]; "
            "sys.exit(1 if bad else 0)")
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0
