"""How far the French and Spanish user guides are behind the English one:
`python -m reform_studio.i18n.guide_status` (from a git checkout).

Each translation names, in its first line, the revision of docs/user-guide.md it follows
(`<!-- follows docs/user-guide.md at 990ce0f -->`). This compares that revision with the
English guide today and lists the sections (`## ` headings) added, removed or edited since,
so a translator knows what to bring over. Headings are translated, so sections are matched
in the English text only; the translation is expected to have as many sections as the
revision it follows (tests/i18n/test_guides.py checks that).
"""
from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ENGLISH = "docs/user-guide.md"
TRANSLATIONS = {"fr": "docs/user-guide.fr.md", "es": "docs/user-guide.es.md"}
FOLLOWS = re.compile(r"<!-- follows docs/user-guide\.md at ([0-9a-f]{7,40}) -->")


def sections(text: str) -> dict[str, str]:
    """Each `## ` section's heading and its text (subsections included), in order."""
    found: dict[str, str] = {}
    heading = None
    for line in text.splitlines():
        if line.startswith("## "):
            heading = line[3:].strip()
            found[heading] = ""
        elif heading is not None:
            found[heading] += line + "\n"
    return found


def follows(translation: str) -> str | None:
    """The English revision a translation names, or None."""
    match = FOLLOWS.search(translation)
    return match.group(1) if match else None


def english_at(revision: str, root: Path = ROOT) -> str:
    """The English guide as it was at `revision` (git)."""
    return subprocess.run(["git", "show", f"{revision}:{ENGLISH}"], cwd=root, capture_output=True, text=True,
                          check=True).stdout


@dataclass(frozen=True)
class Status:
    language: str
    revision: str | None
    added: list[str]
    removed: list[str]
    edited: list[str]
    sections: int  # in the translation

    @property
    def current(self) -> bool:
        return self.revision is not None and not (self.added or self.removed or self.edited)


def status(language: str, root: Path = ROOT) -> Status:
    translation = (root / TRANSLATIONS[language]).read_text(encoding="utf-8")
    revision = follows(translation)
    now = sections((root / ENGLISH).read_text(encoding="utf-8"))
    count = len(sections(translation))
    if revision is None:
        return Status(language, None, list(now), [], [], count)
    then = sections(english_at(revision, root))
    return Status(language, revision, [h for h in now if h not in then], [h for h in then if h not in now],
                  [h for h in now if h in then and now[h] != then[h]], count)


def main() -> int:
    behind = 0
    for language, path in TRANSLATIONS.items():
        found = status(language)
        if found.current:
            print(f"{path}: up to date with {ENGLISH} (follows {found.revision})")
            continue
        behind += 1
        print(f"{path}: follows {ENGLISH} at {found.revision or '(no revision named)'}; since then")
        for word, headings in (("added", found.added), ("edited", found.edited), ("removed", found.removed)):
            for heading in headings:
                print(f"  {word}: ## {heading}")
    return 1 if behind else 0


if __name__ == "__main__":
    sys.exit(main())
