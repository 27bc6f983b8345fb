"""The French and Spanish user guides name the English revision they follow and have as many
sections as it has; `python -m reform_studio.i18n.guide_status` says what changed since."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from reform_studio.i18n import guide_status
from reform_studio.i18n.guide_status import ROOT, TRANSLATIONS, english_at, follows, sections


def _in_git() -> bool:
    return shutil.which("git") is not None and subprocess.run(
        ["git", "rev-parse", "--is-inside-work-tree"], cwd=ROOT, capture_output=True).returncode == 0


@pytest.mark.parametrize("language", list(TRANSLATIONS))
def test_translation_has_the_sections_of_the_revision_it_follows(language: str) -> None:
    text = (ROOT / TRANSLATIONS[language]).read_text(encoding="utf-8")
    revision = follows(text)
    assert revision, f"{TRANSLATIONS[language]} must name the English revision it follows in its first line"
    if not _in_git():
        pytest.skip("not a git checkout: the English revision cannot be read")
    try:
        english = sections(english_at(revision))
    except subprocess.CalledProcessError:
        pytest.skip(f"revision {revision} is not in this clone (shallow?)")
    translated = sections(text)
    assert len(translated) == len(english)
    # each section keeps its subsections and images, so a reader finds the same screenshots
    for (_, there), (_, here) in zip(english.items(), translated.items()):
        assert there.count("\n### ") == here.count("\n### ")
        assert there.count("](screenshots/") == here.count("](screenshots/")


def test_status_lists_sections_added_since_the_revision(tmp_path, monkeypatch) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / guide_status.ENGLISH).write_text("# Guide\n## One\ntext\n## Two\nnew\n", encoding="utf-8")
    for path in TRANSLATIONS.values():
        (tmp_path / path).write_text("<!-- follows docs/user-guide.md at abc1234 -->\n## Un\ntexte\n",
                                     encoding="utf-8")
    monkeypatch.setattr(guide_status, "english_at", lambda revision, root=None: "# Guide\n## One\ntext\n")
    found = guide_status.status("fr", tmp_path)
    assert found.added == ["Two"] and found.edited == [] and found.removed == [] and not found.current
