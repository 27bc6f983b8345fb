"""A reform is a named set of levers: a diff on a baseline that is never mutated (spec 7).

`Reform.from_dict` checks a reform file's content (already parsed from JSON) and raises an
`InputError` naming every faulty lever; checks that need the scheme (a `from_year` after the
base year, the reference period against the pensionable age) are made by `check_against`.
"""
from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, field, fields
from types import MappingProxyType
from typing import Any, Mapping

from reform_studio.engine.assumptions import Assumptions
from reform_studio.engine.errors import InputError, Problem
from reform_studio.engine.parameters import LEVER_BY_NAME
from reform_studio.engine.scheme import TARGETING, Scheme
from reform_studio.engine.sentences import QT_TRANSLATE_NOOP, Sentence, figure, word

_FIELDS_BY_KIND = {
    "rate": {"value", "from_year", "step"},
    "ratio": {"value", "from_year", "step"},
    "age": {"value", "from_year", "years_per_step"},
    "years": {"value", "from_year"},
    "choice": {"value", "from_year"},
    "coverage": {"value", "from_year", "full_by_year"},
}
# Bounds on every number a lever field may hold: what the model can use, so that no value
# reaches the projection as an overflow (issue 11, item 5).
YEARS = (1000, 9999)  # from_year, full_by_year
YEARS_PER_STEP = (1, 50)  # years between one-year steps of an age or the qualifying period
MAX_NAME_CHARS = 500
MAX_DESCRIPTION_CHARS = 100_000
BASIC_PENSION_KEYS = ("enabled", "age", "level_to_gdp_per_capita", "targeting", "take_up",
                      "admin_share", "from_year")


@dataclass(frozen=True)
class Lever:
    """One lever setting. `from_year` None means the year after the base year."""

    value: Any
    from_year: int | None = None
    step: float | None = None
    years_per_step: int | None = None
    full_by_year: int | None = None

    def start(self, base_year: int) -> int:
        return self.from_year if self.from_year is not None else base_year + 1

    def to_dict(self) -> dict[str, Any]:
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        return {k: v for k, v in out.items() if v is not None}


@dataclass(frozen=True)
class BasicPensionLever:
    """The `basic_pension` lever; fields left None are filled from the baseline (spec 7)."""

    enabled: bool | None = None
    age: int | None = None
    level_to_gdp_per_capita: float | None = None
    targeting: str | None = None
    take_up: float | None = None
    admin_share: float | None = None
    from_year: int | None = None

    def start(self, base_year: int) -> int:
        return self.from_year if self.from_year is not None else base_year + 1

    def to_dict(self) -> dict[str, Any]:
        out = {k: getattr(self, k) for k in BASIC_PENSION_KEYS}
        return {k: v for k, v in out.items() if v is not None}


@dataclass(frozen=True)
class Reform:
    """A name, a description and the levers it changes; an empty reform is the baseline.

    `assumptions` vary the economy or demography it is projected under (a sensitivity
    variant in a reform file); the default is the workbook's own.
    """

    name: str = "Baseline"
    levers: Mapping[str, Lever | BasicPensionLever] = field(
        default_factory=lambda: MappingProxyType({}))
    description: str = ""
    assumptions: Assumptions = field(default_factory=Assumptions)

    def __post_init__(self) -> None:
        object.__setattr__(self, "levers", MappingProxyType(dict(self.levers)))

    @classmethod
    def from_dict(cls, data: Any, default_name: str = "Reform") -> "Reform":
        if not isinstance(data, dict):
            raise InputError(Sentence(
                QT_TRANSLATE_NOOP("engine", "a reform must be a JSON object with 'name' and 'levers'")))
        problems: list[Problem] = []
        for key in data:
            if key not in ("name", "description", "levers", "assumptions"):
                problems.append(Problem(Sentence(
                    QT_TRANSLATE_NOOP("engine", "unknown key {key} (allowed: name, description, levers, assumptions)"),
                    key=show(key))))
        name = data.get("name", default_name)
        if not isinstance(name, str) or not name.strip():
            problems.append(Problem(Sentence(QT_TRANSLATE_NOOP("engine", "'name' must be a non-empty text"))))
            name = default_name
        else:
            name = _checked_text("name", name, MAX_NAME_CHARS, problems)
        description = data.get("description", "")
        if not isinstance(description, str):
            problems.append(Problem(Sentence(QT_TRANSLATE_NOOP("engine", "'description' must be a text"))))
            description = ""
        else:
            description = _checked_text("description", description, MAX_DESCRIPTION_CHARS, problems,
                                        line_breaks=True)
        raw_levers = data.get("levers", {})
        levers: dict[str, Lever | BasicPensionLever] = {}
        if not isinstance(raw_levers, dict):
            problems.append(Problem(Sentence(
                QT_TRANSLATE_NOOP("engine", "'levers' must be an object of lever name to setting"))))
            raw_levers = {}
        for lever_name, raw in raw_levers.items():
            if not isinstance(lever_name, str):
                problems.append(Problem(Sentence(
                    QT_TRANSLATE_NOOP("engine", "lever name {name} must be a text"),
                    name=show(lever_name))))
                continue
            parsed = _parse_lever(lever_name, raw, problems)
            if parsed is not None:
                levers[lever_name] = parsed
        assumptions = Assumptions()
        if "assumptions" in data:
            try:
                assumptions = Assumptions.from_dict(data["assumptions"])
            except InputError as exc:
                problems += exc.problems
        if problems:
            raise InputError(problems)
        return cls(name=name.strip(), levers=levers, description=description, assumptions=assumptions)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name}
        if self.description:
            out["description"] = self.description
        out["levers"] = {k: v.to_dict() for k, v in self.levers.items()}
        if not self.assumptions.is_default:
            out["assumptions"] = self.assumptions.to_dict()
        return out

    def with_lever(self, name: str, lever: Lever | BasicPensionLever | None) -> "Reform":
        """A copy with one lever set (or removed where `lever` is None)."""
        levers = dict(self.levers)
        if lever is None:
            levers.pop(name, None)
        else:
            levers[name] = lever
        return Reform(self.name, levers, self.description, self.assumptions)

    def check_against(self, scheme: Scheme) -> None:
        """Raise an InputError for settings that only the scheme can judge."""
        problems: list[Problem] = []
        for name, lever in self.levers.items():
            for label in ("from_year", "full_by_year"):
                year = getattr(lever, label, None)
                if year is not None and year <= scheme.base_year:
                    problems.append(Problem(Sentence(
                        QT_TRANSLATE_NOOP("engine", "{key} {year} must be after the base year {base}"),
                        key=label, year=year, base=scheme.base_year), lever=name))
            if isinstance(lever, Lever) and lever.full_by_year is not None \
                    and lever.full_by_year < lever.start(scheme.base_year):
                problems.append(Problem(Sentence(
                    QT_TRANSLATE_NOOP("engine", "full_by_year must not be before from_year")), lever=name))
            if name in ("maximum_replacement_rate", "contribution_ceiling_to_avg_wage") \
                    and isinstance(lever, Lever) and lever.step is not None and getattr(scheme, name) is None:
                problems.append(Problem(Sentence(
                    QT_TRANSLATE_NOOP("engine", "a step needs a {lever} in the baseline to start from"),
                    lever=word(LEVER_BY_NAME[name].title, "levers").lowered()), lever=name))
        if problems:
            raise InputError(problems, source=self.name)


class LongNumber(float):
    """A whole number too long to be any lever's value, kept for the lever's own message.

    The JSON reader makes one of any whole number of more than 30 digits: converting it to an
    int would cost time (or raise Python's own error past 4,300 digits). It counts as a whole
    number beyond every lever's range (as a float it is infinite past 308 digits), so the
    lever check that meets it names the lever, and its repr says how long it was.
    """

    digits: int

    def __new__(cls, text: str) -> "LongNumber":
        number = super().__new__(cls, float(text))
        number.digits = len(text.lstrip("-"))
        return number

    def __repr__(self) -> str:
        return f"({'minus ' if self < 0 else ''}a number of {self.digits:,} digits)"


def _is_number(value: Any) -> bool:
    """A finite number; an int of any size and a LongNumber count (comparisons with them are exact)."""
    if isinstance(value, bool):
        return False
    return isinstance(value, (int, LongNumber)) or (isinstance(value, float) and math.isfinite(value))


def _as_int(value: Any) -> int | None:
    if isinstance(value, (int, LongNumber)) and not isinstance(value, bool):
        return value  # type: ignore[return-value]  # a LongNumber fails every range check
    if _is_number(value) and value.is_integer():
        return int(value)
    return None


def _unprintable(char: str, line_breaks: bool) -> bool:
    """A lone surrogate (a broken character) or a control code other than allowed line breaks."""
    if line_breaks and char in "\n\r\t":
        return False
    return unicodedata.category(char) in ("Cs", "Cc")


def safe_text(text: str, limit: int = 60) -> str:
    """`text` as it can be printed anywhere: broken characters and control codes escaped,
    cut to `limit` characters."""
    out = "".join(f"\\u{ord(c):04x}" if _unprintable(c, False) else c for c in text[:limit])
    return out + (f"… ({len(text):,} characters)" if len(text) > limit else "")


def show(value: Any) -> str | Sentence:
    """A value for a message: short, printable, never Python's own error for a huge number."""
    if isinstance(value, str):
        return f"'{safe_text(value, 40)}'"
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 64:
        if value.bit_length() < 13_000:  # below Python's 4,300-digit limit on int to text
            about, digits = False, len(str(abs(value)))
        else:
            about, digits = True, int(value.bit_length() * math.log10(2)) + 1
        template = (QT_TRANSLATE_NOOP("engine", "{sign}(a number of about {digits} digits)") if about else
                    QT_TRANSLATE_NOOP("engine", "{sign}(a number of {digits} digits)"))
        return Sentence(template, sign="-" if value < 0 else "", digits=figure(digits, ",d"))
    if isinstance(value, LongNumber):  # as its repr says it
        template = (QT_TRANSLATE_NOOP("engine", "(minus a number of {digits} digits)") if value < 0 else
                    QT_TRANSLATE_NOOP("engine", "(a number of {digits} digits)"))
        return Sentence(template, digits=figure(value.digits, ",d"))
    if isinstance(value, (list, dict)):
        return Sentence(QT_TRANSLATE_NOOP("engine", "a list") if isinstance(value, list) else
                        QT_TRANSLATE_NOOP("engine", "an object"))
    text = repr(value)
    return text if len(text) <= 40 else text[:40] + "…"


def _checked_text(label: str, text: str, limit: int, problems: list[Problem], line_breaks: bool = False) -> str:
    """`text`, or a problem naming `label` where it holds a broken character or is too long."""
    bad = next((c for c in text if _unprintable(c, line_breaks)), None)
    if bad is not None:
        template = (
            QT_TRANSLATE_NOOP("engine", "the {label} {text} holds a broken character (a lone UTF-16 surrogate), "
                                        "U+{code}, which is not printable text: retype it")
            if unicodedata.category(bad) == "Cs" else
            QT_TRANSLATE_NOOP("engine", "the {label} {text} holds a control code, U+{code}, which is not printable "
                                        "text: retype it"))
        problems.append(Problem(Sentence(template, label=label, text=show(text), code=f"{ord(bad):04X}")))
        return ""
    if len(text) > limit:
        problems.append(Problem(Sentence(
            QT_TRANSLATE_NOOP("engine", "the {label} is {length} characters long; at most {limit} are allowed"),
            label=label, length=figure(len(text), ",d"), limit=figure(limit, ",d"))))
        return ""
    return text


def _parse_lever(name: str, raw: Any, problems: list[Problem]) -> Lever | BasicPensionLever | None:
    spec = LEVER_BY_NAME.get(name)
    if spec is None:
        problems.append(Problem(Sentence(
            QT_TRANSLATE_NOOP("engine", "unknown lever (known: {levers})"),
            levers=", ".join(LEVER_BY_NAME)), lever=safe_text(name)))
        return None
    if spec.kind == "basic_pension":
        return _parse_basic_pension(name, raw, problems)
    if not isinstance(raw, dict):
        raw = {"value": raw}
    before = len(problems)
    for key in raw:
        if key not in _FIELDS_BY_KIND[spec.kind]:
            problems.append(Problem(Sentence(
                QT_TRANSLATE_NOOP("engine", "unknown field {key} (allowed: {fields})"),
                key=show(key), fields=", ".join(sorted(_FIELDS_BY_KIND[spec.kind]))), lever=name))
    if "value" not in raw:
        problems.append(Problem(Sentence(QT_TRANSLATE_NOOP("engine", "a 'value' is required")), lever=name))
        return None
    value = raw["value"]
    from_year = _year(raw, "from_year", name, problems)
    if spec.kind in ("rate", "coverage"):
        if not _is_number(value) or not 0 <= value <= 1:
            template = (
                QT_TRANSLATE_NOOP("engine", "value {value} must be a fraction between 0 and 1 (percentages are "
                                            "written as fractions: 0.15 for 15 %)")
                if _is_number(value) and 1 < value <= 100 else
                QT_TRANSLATE_NOOP("engine", "value {value} must be a fraction between 0 and 1"))
            problems.append(Problem(Sentence(template, value=show(value)), lever=name))
        else:
            value = float(value)
    elif spec.kind == "ratio":
        if not _is_number(value) or not spec.valid_low < value <= spec.valid_high:
            problems.append(Problem(Sentence(
                QT_TRANSLATE_NOOP("engine", "value {value} must be a number above {low} and at most {high} ({unit})"),
                value=show(value), low=figure(spec.valid_low), high=figure(spec.valid_high), unit=word(spec.unit,
                "levers")), lever=name))
        else:
            value = float(value)
    elif spec.kind in ("age", "years"):
        as_int = _as_int(value)
        if as_int is None:
            problems.append(Problem(Sentence(
                QT_TRANSLATE_NOOP("engine", "value {value} must be a whole number of years"),
                value=show(value)), lever=name))
        elif not spec.valid_low <= as_int <= spec.valid_high:
            problems.append(Problem(Sentence(
                QT_TRANSLATE_NOOP("engine", "{lever} {value} is outside {low}..{high} years"),
                lever=word(spec.title, "levers").lowered(), value=show(value), low=figure(spec.valid_low),
                high=figure(spec.valid_high)), lever=name))
        value = as_int
    elif spec.kind == "choice":
        if not isinstance(value, str) or value.strip().lower() not in spec.choices:
            problems.append(Problem(Sentence(
                QT_TRANSLATE_NOOP("engine", "value {value} must be one of {choices}"),
                value=show(value), choices=", ".join(spec.choices)), lever=name))
        else:
            value = value.strip().lower()
    step = raw.get("step")
    widest = spec.valid_high - spec.valid_low  # a step beyond the lever's whole range means no phase-in
    if step is not None and (not _is_number(step) or step <= 0):
        problems.append(Problem(Sentence(
            QT_TRANSLATE_NOOP("engine", "step {step} must be a number above 0"),
            step=show(step)), lever=name))
    elif step is not None and step > widest:
        problems.append(Problem(Sentence(
            QT_TRANSLATE_NOOP("engine", "step {step} (the change per year) must be above 0 and at most {widest}, "
                                        "the lever's whole range; leave 'step' out to change at once"),
            step=show(step), widest=figure(widest)), lever=name))
    years_per_step = raw.get("years_per_step")
    low, high = YEARS_PER_STEP
    if years_per_step is not None and (_as_int(years_per_step) is None or not low <= years_per_step <= high):
        problems.append(Problem(Sentence(
            QT_TRANSLATE_NOOP("engine", "years_per_step {value} must be a whole number from {low} to {high} (years "
                                        "between one-year steps)"),
            value=show(years_per_step), low=low, high=high), lever=name))
    full_by_year = _year(raw, "full_by_year", name, problems)
    if len(problems) > before:
        return None
    return Lever(value=value, from_year=from_year, step=float(step) if step is not None else None,
                 years_per_step=_as_int(years_per_step) if years_per_step is not None else None,
                 full_by_year=full_by_year)


def _year(raw: dict, key: str, lever: str, problems: list[Problem]) -> int | None:
    if key not in raw or raw[key] is None:
        return None
    year = _as_int(raw[key])
    if year is None or not YEARS[0] <= year <= YEARS[1]:
        problems.append(Problem(Sentence(
            QT_TRANSLATE_NOOP("engine", "{key} {value} must be a calendar year ({first}..{last})"),
            key=key, value=show(raw[key]), first=YEARS[0], last=YEARS[1]), lever=lever))
        return None
    return year


def _parse_basic_pension(name: str, raw: Any, problems: list[Problem]) -> BasicPensionLever | None:
    if isinstance(raw, bool):
        raw = {"enabled": raw}
    if not isinstance(raw, dict):
        problems.append(Problem(Sentence(
            QT_TRANSLATE_NOOP("engine", "must be an object with enabled, age, level_to_gdp_per_capita, ...")),
            lever=name))
        return None
    before = len(problems)
    for key in raw:
        if key not in BASIC_PENSION_KEYS:
            problems.append(Problem(Sentence(
                QT_TRANSLATE_NOOP("engine", "unknown field {key} (allowed: {fields})"),
                key=show(key), fields=", ".join(BASIC_PENSION_KEYS)), lever=name))
    out: dict[str, Any] = {}
    if raw.get("enabled") is not None:
        if not isinstance(raw["enabled"], bool):
            problems.append(Problem(Sentence(
                QT_TRANSLATE_NOOP("engine", "'enabled' must be true or false")), lever=name))
        out["enabled"] = raw["enabled"]
    if raw.get("age") is not None:
        age = _as_int(raw["age"])
        if age is None or not 0 <= age <= 100:
            problems.append(Problem(Sentence(
                QT_TRANSLATE_NOOP("engine", "age {value} must be a whole number from 0 to 100"),
                value=show(raw["age"])), lever=name))
        out["age"] = age
    for key in ("level_to_gdp_per_capita", "take_up", "admin_share"):
        if raw.get(key) is not None:
            value = raw[key]
            if not _is_number(value) or not 0 <= value <= 1:
                problems.append(Problem(Sentence(
                    QT_TRANSLATE_NOOP("engine", "{key} {value} must be a fraction between 0 and 1"),
                    key=key, value=show(value)), lever=name))
            out[key] = value
    if raw.get("targeting") is not None:
        targeting = raw["targeting"]
        if not isinstance(targeting, str) or targeting.strip().lower() not in TARGETING:
            problems.append(Problem(Sentence(QT_TRANSLATE_NOOP("engine", "targeting {value} must be one of {choices}"),
                                             value=show(targeting), choices=", ".join(TARGETING)), lever=name))
        else:
            out["targeting"] = targeting.strip().lower()
    out["from_year"] = _year(raw, "from_year", name, problems)
    if len(problems) > before:
        return None
    return BasicPensionLever(**out)
