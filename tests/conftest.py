"""Fixtures shared by every test layer: where the spec's examples and the samples are."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def shared_folder() -> Path:
    """The project's shared folder (the spec and its worked examples): `../shared` beside the
    repository, wherever the repository was cloned. Every test finds it here, never by an
    absolute path."""
    return ROOT.parent / "shared"


EXAMPLES = shared_folder() / "spec" / "examples"


@pytest.fixture(autouse=True)
def english(monkeypatch):
    """Every test starts in English whatever the machine's locale (the language is read from
    LANGUAGE first, then LC_ALL, LC_MESSAGES and LANG; subprocesses inherit it) and without a
    start's language, and leaves no language behind for the next: tests of French and Spanish
    ask for them."""
    from reform_studio import i18n

    monkeypatch.setenv("LANGUAGE", "en")
    monkeypatch.delenv(i18n.LANGUAGE_VARIABLE, raising=False)  # `reform-studio --language` sets it
    from reform_studio.i18n import numbers

    i18n.set_language("en")
    numbers.follow(None)
    yield
    i18n.set_language("en")
    numbers.follow(None)


def example_files(name: str) -> tuple[Path, list[Path], Path]:
    """Workbook, reform files and expected JSON of one of the spec's worked examples."""
    if not EXAMPLES.is_dir():
        pytest.skip(f"the spec's examples are not at {EXAMPLES}")
    return (EXAMPLES / f"{name}.xlsx", sorted(EXAMPLES.glob(f"{name}_r*.json")),
            EXAMPLES / f"{name}.expected.json")


def _example_scheme(name: str):
    """A session fixture reading one worked example's workbook once."""

    @pytest.fixture(scope="session", name=f"{name}_scheme")
    def scheme():
        from reform_studio import load_scheme

        return load_scheme(example_files(name)[0])

    return scheme


example1_scheme = _example_scheme("example1")
example2_scheme = _example_scheme("example2")
example3_scheme = _example_scheme("example3")
example4_scheme = _example_scheme("example4")


def load_expected(path: Path) -> dict:
    return json.loads(path.read_text())
