"""Errors that carry where the problem is, so a user can find and fix it.

Readers and the reform parser collect every problem before raising, because an official
fixing a workbook by email wants the whole list at once, not one round-trip per mistake.
"""
from __future__ import annotations

from dataclasses import dataclass

SHOWN = 50  # problems listed in a message; all of them stay in `InputError.problems`


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input: where (sheet and cell, or lever) and a plain sentence."""

    message: str
    sheet: str | None = None
    cell: str | None = None
    lever: str | None = None

    def __str__(self) -> str:
        where = []
        if self.sheet:
            where.append(f"sheet '{self.sheet}'")
        if self.cell:
            where.append(f"cell {self.cell}")
        if self.lever:
            where.append(f"lever '{self.lever}'")
        return f"{', '.join(where)}: {self.message}" if where else self.message


class InputError(ValueError):
    """Raised with every problem found in one input (workbook, reform file, scenario file)."""

    def __init__(self, problems: list[Problem] | Problem | str, source: str | None = None):
        if isinstance(problems, str):
            problems = [Problem(problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        self.source = source
        super().__init__(self._text())

    def _text(self) -> str:
        """The problems, one a line; past `SHOWN` of them the rest are counted, not listed
        (a sheet of numbers typed wrongly everywhere would print thousands of lines)."""
        head = f"{self.source}: " if self.source else ""
        if len(self.problems) == 1:
            return head + str(self.problems[0])
        lines = [f"{head}{len(self.problems)} problems:"]
        lines += [f"  - {p}" for p in self.problems[:SHOWN]]
        if len(self.problems) > SHOWN:
            lines.append(f"  … and {len(self.problems) - SHOWN:,} more like these")
        return "\n".join(lines)
