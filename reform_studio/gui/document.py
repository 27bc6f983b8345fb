"""The state being edited: the scheme, the reforms (scenarios) and their undo history.

Widgets read from the `Document` and change it only through undoable commands, so every
edit can be undone and the window's `[*]` marker follows the undo stack's clean state.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from reform_studio.charts.style import MAX_SHOWN_REFORMS, REFORM_COLOURS
from reform_studio.engine.parameters import LEVER_BY_NAME
from reform_studio.engine.reform import Lever, BasicPensionLever, Reform
from reform_studio.engine.scheme import Scheme
from reform_studio.gui import commands
from reform_studio.i18n.levers import words

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Scenario:
    """A reform as the window shows it: with a fixed colour and whether it is drawn."""

    reform: Reform
    colour: str
    shown: bool = True


class Document(QObject):
    schemeChanged = Signal()
    scenariosReset = Signal()  # scenarios inserted, removed or replaced wholesale
    scenarioChanged = Signal(int)  # one scenario's levers, name or visibility changed
    currentChanged = Signal(int)  # the reform being edited (-1: none)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.scheme: Scheme | None = None
        self.source_path: Path | None = None
        self.scenarios_path: Path | None = None
        self._scenarios: list[Scenario] = []
        self._current = -1

    # -- reading ---------------------------------------------------------------------------
    @property
    def scenarios(self) -> tuple[Scenario, ...]:
        return tuple(self._scenarios)

    @property
    def current(self) -> int:
        return self._current

    @property
    def current_reform(self) -> Reform | None:
        return self._scenarios[self._current].reform if self._current >= 0 else None

    def shown(self) -> list[Scenario]:
        """The reforms drawn next to the baseline, in list order (at most four)."""
        return [s for s in self._scenarios if s.shown][:MAX_SHOWN_REFORMS]

    def reforms(self) -> list[Reform]:
        return [s.reform for s in self._scenarios]

    # -- whole-document changes (not undoable: they start a new history) -------------------
    def set_scheme(self, scheme: Scheme, path: Path | None, reforms: Sequence[Reform] = (),
                   shown: int | Sequence[bool] = MAX_SHOWN_REFORMS) -> None:
        """Open a workbook with its own reforms (none, or a bundled sample's): reforms belong to
        the workbook they were made for, so those of the workbook before are closed, never
        projected on this one. The caller has asked about unsaved changes."""
        self.scheme, self.source_path = scheme, path
        self._fill(reforms, shown)
        self.scenarios_path = None
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self._current = -1
        self.schemeChanged.emit()  # listeners see the new scheme with its own reforms, never the old ones
        self.scenariosReset.emit()
        self.set_current(0 if self._scenarios else -1)

    def set_scenarios(self, reforms: Sequence[Reform], path: Path | None,
                      shown: int | Sequence[bool] | None = MAX_SHOWN_REFORMS, current: int = 0) -> None:
        """Replace every reform (a scenario file was opened) and start the history afresh.

        `shown` is how many of the first reforms are drawn, or one flag per reform (a restored
        session); at most four are drawn either way."""
        self._fill(reforms, shown)
        self.scenarios_path = path
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self._current = -1  # before the signal: the current reform is a new one even at the same row
        self.scenariosReset.emit()
        self.set_current(current if 0 <= current < len(self._scenarios) else (0 if self._scenarios else -1))

    def _fill(self, reforms: Sequence[Reform], shown: int | Sequence[bool] | None) -> None:
        shown = MAX_SHOWN_REFORMS if shown is None else shown
        flags = [i < shown for i in range(len(reforms))] if isinstance(shown, int) else list(shown)
        self._scenarios = []
        for reform, drawn in zip(reforms, flags, strict=True):
            drawn = drawn and sum(s.shown for s in self._scenarios) < MAX_SHOWN_REFORMS
            self._scenarios.append(Scenario(reform, self._free_colour(), drawn))

    def mark_saved(self, path: Path) -> None:
        self.scenarios_path = path
        self.undo_stack.setClean()

    def set_current(self, index: int) -> None:
        index = index if 0 <= index < len(self._scenarios) else -1
        if index != self._current:
            self._current = index
            self.currentChanged.emit(index)

    # -- undoable edits ----------------------------------------------------------------------
    def set_lever(self, name: str, lever: Lever | BasicPensionLever | None, merge_key: str = "") -> None:
        """Set (or with None, reset) one lever of the reform being edited (none: nothing to set)."""
        if self._current < 0 or self.scheme is None:
            return
        scenario = self._scenarios[self._current]
        if scenario.reform.levers.get(name) == lever:
            return
        new = replace(scenario, reform=scenario.reform.with_lever(name, lever))
        spec = LEVER_BY_NAME.get(name)
        title = words(spec.title) if spec is not None else name.replace("_", " ")
        text = (translate("document", "Reset {lever}") if lever is None
                else translate("document", "Change {lever}")).format(lever=title)
        self._push_replace(self._current, new, text, merge_key)

    def reset_all(self) -> None:
        if self._current < 0:
            return
        scenario = self._scenarios[self._current]
        if scenario.reform.levers:
            new = replace(scenario, reform=replace(scenario.reform, levers={}))
            self._push_replace(self._current, new, translate("document", "Reset all levers"))

    def rename(self, index: int, name: str) -> None:
        name = name.strip()
        old = self._scenarios[index]
        if name and name != old.reform.name:
            reform = replace(old.reform, name=name)
            self._push_replace(index, replace(old, reform=reform),
                               translate("document", "Rename to {name}").format(name=name))

    def set_shown(self, index: int, shown: bool) -> bool:
        """Draw a reform or stop drawing it; False where four are already drawn."""
        old = self._scenarios[index]
        if shown == old.shown:
            return True
        if shown and len(self.shown()) >= MAX_SHOWN_REFORMS:
            return False
        text = translate("document", "Show {name}") if shown else translate("document", "Hide {name}")
        self._push_replace(index, replace(old, shown=shown), text.format(name=old.reform.name))
        return True

    def add_reform(self, reform: Reform | None = None) -> None:
        if self.scheme is None:  # a reform changes a scheme: none to change
            return
        reform = reform or Reform(self._free_name(translate("document", "Reform")))
        scenario = Scenario(reform, self._free_colour(), len(self.shown()) < MAX_SHOWN_REFORMS)
        self.undo_stack.push(commands.InsertScenario(self, len(self._scenarios), scenario,
                                                  translate("document", "Add {name}").format(name=reform.name)))

    def duplicate(self, index: int) -> None:
        source = self._scenarios[index].reform
        copy = replace(source, name=self._free_name(translate("document", "{name} (copy)").format(name=source.name)))
        self.add_reform(copy)

    def delete(self, index: int) -> None:
        name = self._scenarios[index].reform.name
        self.undo_stack.push(commands.RemoveScenario(self, index,
                                                           translate("document", "Delete {name}").format(name=name)))

    def _push_replace(self, index: int, new: Scenario, text: str, merge_key: str = "") -> None:
        self.undo_stack.push(commands.ReplaceScenario(self, index, new, text, merge_key))

    # -- primitives used by the commands -----------------------------------------------------
    def replace_scenario(self, index: int, scenario: Scenario) -> None:
        self._scenarios[index] = scenario
        self.scenarioChanged.emit(index)

    def insert_scenario(self, index: int, scenario: Scenario) -> None:
        self._scenarios.insert(index, scenario)
        self._current = -1  # before the signal: listeners may read the current reform
        self.scenariosReset.emit()
        self.set_current(index)

    def remove_scenario(self, index: int) -> Scenario:
        scenario = self._scenarios.pop(index)
        self._current = -1  # before the signal: listeners may read the current reform
        self.scenariosReset.emit()
        self.set_current(min(index, len(self._scenarios) - 1))
        return scenario

    def _free_colour(self) -> str:
        used = [s.colour for s in self._scenarios]
        return min(REFORM_COLOURS, key=lambda c: (used.count(c), REFORM_COLOURS.index(c)))

    def _free_name(self, stem: str) -> str:
        names = {s.reform.name for s in self._scenarios}
        if stem not in names:
            return stem
        return next(f"{stem} {n}" for n in range(2, 10_000) if f"{stem} {n}" not in names)
