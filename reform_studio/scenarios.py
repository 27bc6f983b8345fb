"""Reform files and scenario-set files: JSON, versioned, written atomically.

A reform file is the spec's format (`name`, optional `description`, `levers`). A scenario
set is what the window saves: a format tag, a version and a list of reforms in that same
format, so any reform in it can be cut out and run with the command line.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from reform_studio.engine.errors import InputError, Problem
from reform_studio.engine.reform import LongNumber, Reform, safe_text
from reform_studio.i18n import translate
from reform_studio.i18n.problems import describe_problem
from reform_studio.workbook.atomic import write_atomically
from reform_studio.workbook.cells import show_number
from reform_studio.workbook.safety import read_regular_file

SCENARIO_FORMAT = "reform-studio-scenarios"
SCENARIO_VERSION = 1
MAX_JSON_BYTES = 5_000_000


MAX_DEPTH = 16  # a scenario set nests 5 deep (set, reforms, reform, levers, basic pension)
MAX_DIGITS = 30  # longer whole numbers are read as LongNumber


def read_json(path: Path) -> Any:
    """Parse a small JSON file; every failure becomes an InputError naming the file.

    Refused with a sentence: anything but a regular file (a folder, a FIFO, a device), more than `MAX_JSON_BYTES`, text
    that is not UTF-8, invalid JSON, NaN and Infinity, nesting deeper than `MAX_DEPTH`, and a key given twice in one object
    (where JSON readers silently keep the last).
    """
    path = Path(path)
    # a FIFO or a device (/dev/zero) reports a size of 0 and would block or be read without
    # end: refused from its status, and a regular file is read with a hard cap
    data = read_regular_file(path, MAX_JSON_BYTES, "reform")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(translate("scenarios", "the file is not UTF-8 text; is it really a JSON file?"),
                         source=path.name) from None
    try:
        value = json.loads(text, parse_constant=_reject_constant, parse_int=_bounded_int,
                           object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as exc:
        raise InputError(translate("scenarios", "not valid JSON at line {line}, column {column}: {problem}").format(
            line=exc.lineno, column=exc.colno, problem=exc.msg), source=path.name) from None
    except RecursionError:
        raise InputError(_too_deep(), source=path.name) from None
    except ValueError as exc:  # from the hooks below: already a sentence
        raise InputError(str(exc), source=path.name) from None
    if _depth(value) > MAX_DEPTH:
        raise InputError(_too_deep(), source=path.name)
    return value


def _too_deep() -> str:
    return translate("scenarios", "the JSON is nested more than {levels} levels of brackets deep; a reform file "
                                  "nests 4 levels").format(levels=MAX_DEPTH)


def _reject_constant(name: str) -> float:
    raise ValueError(translate("scenarios", "{name} is not a number a reform can use").format(name=name))


def _bounded_int(text: str) -> int | float:
    return LongNumber(text) if len(text) > MAX_DIGITS else int(text)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(translate("scenarios", "the key '{key}' is given twice in one object (JSON readers "
                                                    "would silently keep the last one): remove one of them").format(
                key=safe_text(key)))
        out[key] = value
    return out


def _depth(value: Any) -> int:
    """How deeply lists and objects nest in `value`, without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, (list, dict)):
            deepest = max(deepest, level)
            if level > MAX_DEPTH:
                return level
            stack.extend((child, level + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


def load_reform(path: Path | str) -> Reform:
    """A reform from its file; without a `name` it takes the file name's stem."""
    path = Path(path)
    return _reform_of(read_json(path), path)


def _reform_of(data: object, path: Path) -> Reform:
    try:
        return Reform.from_dict(data, default_name=path.stem)
    except InputError as exc:
        raise InputError(exc.problems, source=path.name) from None


def scenarios_to_json(reforms: Sequence[Reform], workbook: str | None = None,
                      shown: Sequence[bool] | None = None, current: int | None = None) -> str:
    """A scenario set as JSON: the workbook it was made for (its file name), the reforms, and
    where given which reforms are drawn (`shown`, one flag per reform) and which is edited
    (`current`). Readers of version 1 without these keys still read the reforms."""
    payload: dict[str, Any] = {"format": SCENARIO_FORMAT, "version": SCENARIO_VERSION}
    if workbook:
        payload["workbook"] = workbook
    payload["reforms"] = [reform.to_dict() for reform in reforms]
    if shown is not None:
        payload["shown"] = [bool(s) for s in shown]
    if current is not None:
        payload["current"] = int(current)
    return json.dumps(payload, indent=1, ensure_ascii=False, allow_nan=False)


def save_scenarios(path: Path | str, reforms: Sequence[Reform], workbook: str | None = None,
                   shown: Sequence[bool] | None = None, current: int | None = None) -> Path:
    """Write a scenario set atomically: the previous file survives any failure."""
    text = scenarios_to_json(reforms, workbook, shown, current)
    return write_atomically(Path(path), lambda temp: temp.write_text(text, encoding="utf-8"))


@dataclass(frozen=True)
class ScenarioSet:
    """A scenario file as the window reads it: the reforms, the workbook they were made for
    (a file name, or None where the file does not say), which are drawn and which is edited.
    `shown` is None where the file does not record it (older files, bare reform files)."""

    reforms: list[Reform]
    workbook: str | None = None
    shown: list[bool] | None = None
    current: int = 0

    @property
    def workbook_name(self) -> str | None:
        """The workbook's file name (a recovery copy records the whole path)."""
        return Path(self.workbook).name if self.workbook else None


def read_scenario_set(path: Path | str) -> ScenarioSet:
    """The reforms of a scenario file with what it records beside them; fields that are
    missing or do not fit the reforms are left at their defaults, never an error."""
    return scenario_set_of(read_json(Path(path)), Path(path))


def scenario_set_of(data: object, path: Path) -> ScenarioSet:
    """A scenario set from a file's parsed JSON (`path` names it in messages), for a reader that
    wants other fields of the same content without parsing the file twice."""
    reforms = _reforms_of(data, path)
    if not isinstance(data, dict) or "reforms" not in data:
        return ScenarioSet(reforms)
    workbook = data.get("workbook")
    workbook = safe_text(workbook, 1000) if isinstance(workbook, str) and workbook.strip() else None
    shown = data.get("shown")
    if not (isinstance(shown, list) and len(shown) == len(reforms) and all(isinstance(s, bool) for s in shown)):
        shown = None
    current = data.get("current")
    valid = isinstance(current, int) and not isinstance(current, bool) and 0 <= current < len(reforms)
    return ScenarioSet(reforms, workbook, shown, current if valid else 0)


def load_scenarios(path: Path | str) -> list[Reform]:
    """The reforms of a scenario set (a bare reform file is accepted as a set of one)."""
    path = Path(path)
    return _reforms_of(read_json(path), path)


def _reforms_of(data: object, path: Path) -> list[Reform]:
    if isinstance(data, dict) and "levers" in data and "reforms" not in data:
        return [_reform_of(data, path)]
    if not isinstance(data, dict) or data.get("format") != SCENARIO_FORMAT:
        raise InputError(translate("scenarios", "this is not a Reform Studio scenario file"), source=path.name)
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version > SCENARIO_VERSION:
        raise InputError(translate("scenarios", "scenario file version {version} is newer than this application "
                                                "reads ({readable}); update Reform Studio").format(
            version=repr(version), readable=SCENARIO_VERSION), source=path.name)
    raw = data.get("reforms")
    if not isinstance(raw, list):
        raise InputError(translate("scenarios", "'reforms' must be a list"), source=path.name)
    reforms, problems = [], []
    for i, item in enumerate(raw, start=1):
        try:
            reforms.append(Reform.from_dict(item, default_name=translate("scenarios", "Reform {number}").format(
                number=i)))
        except InputError as exc:
            problems += [Problem(translate("scenarios", "reform {number}: {problem}").format(
                number=i, problem=describe_problem(p))) for p in exc.problems]
    if problems:
        raise InputError(problems, source=path.name)
    return reforms


def lever_misfits(reform: Reform, scheme) -> list[Problem]:
    """The levers of `reform` that make no sense for `scheme` (a reform made for another
    workbook): a year not after its base year, a phase-in step with no baseline value to start
    from, a reference period longer than its pensionable age minus 15 (spec 7); each names its lever."""
    problems: list[Problem] = []
    try:
        reform.check_against(scheme)
    except InputError as exc:
        problems += list(exc.problems)
    period_lever = reform.levers.get("reference_period_years")
    period = getattr(period_lever, "value", None) or scheme.reference_period_years
    ages = []
    for name in ("pensionable_age_male", "pensionable_age_female"):
        lever = reform.levers.get(name)
        ages.append(getattr(scheme, name))
        if getattr(lever, "value", None) is not None:
            ages.append(lever.value)
    youngest = min(ages)
    if period > youngest - 15:
        problems.append(Problem(translate("scenarios", "the reference period of {period} years is longer than the "
                                                       "pensionable age ({age}) minus 15").format(
            period=show_number(period), age=show_number(youngest)), lever="reference_period_years"))
    return problems
