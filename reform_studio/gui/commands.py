"""Undoable edits of the document's scenarios (QUndoCommand subclasses).

Three commands cover every edit: a scenario replaced by an edited copy (levers, name,
visibility), one inserted and one removed. Consecutive slider moves on the same lever
merge into a single undo step, so undo goes back to where the drag started.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from reform_studio.gui.document import Document, Scenario

MERGE_ID = 1


class ReplaceScenario(QUndoCommand):
    def __init__(self, document: "Document", index: int, new: "Scenario", text: str, merge_key: str = ""):
        super().__init__(text)
        self.document, self.index = document, index
        self.old, self.new = document.scenarios[index], new
        self.merge_key = merge_key

    def id(self) -> int:
        return MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ReplaceScenario) or (other.index, other.merge_key) != (self.index, self.merge_key):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.document.set_current(self.index)
        self.document.replace_scenario(self.index, self.new)

    def undo(self) -> None:
        self.document.set_current(self.index)
        self.document.replace_scenario(self.index, self.old)


class InsertScenario(QUndoCommand):
    def __init__(self, document: "Document", index: int, scenario: "Scenario", text: str):
        super().__init__(text)
        self.document, self.index, self.scenario = document, index, scenario

    def redo(self) -> None:
        self.document.insert_scenario(self.index, self.scenario)

    def undo(self) -> None:
        self.document.remove_scenario(self.index)


class RemoveScenario(QUndoCommand):
    def __init__(self, document: "Document", index: int, text: str):
        super().__init__(text)
        self.document, self.index = document, index
        self.scenario = document.scenarios[index]

    def redo(self) -> None:
        self.document.remove_scenario(self.index)

    def undo(self) -> None:
        self.document.insert_scenario(self.index, self.scenario)
