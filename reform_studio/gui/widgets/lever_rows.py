"""One row of controls per lever kind, built from a `LeverSpec` of the engine's table.

A row shows the reform's setting of its lever (or the baseline's value where the reform
leaves it alone), marks a difference from the baseline with a dot and a bold title, and
emits `edited(name, lever_or_None, merge_key)`; it never changes the document itself.
A lever the solver can move also gets a "Solve…" button that emits `solveRequested(name)`.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractSpinBox, QComboBox, QDoubleSpinBox, QGridLayout, QHBoxLayout,
                               QLabel, QSlider, QSpinBox, QToolButton, QWidget)

from reform_studio.engine.parameters import LeverSpec
from reform_studio.engine.reform import Lever, Reform
from reform_studio.engine.scheme import Scheme
from reform_studio.engine.solve import SOLVABLE
from reform_studio.i18n.levers import words

translate = QCoreApplication.translate
UNIT_WIDTH = 100  # pixels a unit keeps on its line before it wraps (not a word a line)
STEP_KINDS = ("rate", "ratio")  # phased in by a `step` per year (spec 7 and 16)


def baseline_value(spec: LeverSpec, scheme: Scheme):
    """The value a lever has in the baseline: 0 for an absent minimum pension or coverage
    extension, the slider's top for an absent maximum replacement rate (it caps nothing
    there), None for an absent ceiling (no ceiling is not some high multiple: it is 'none')."""
    if spec.kind == "coverage":
        return 0.0
    value = getattr(scheme, spec.scheme_attr)
    if value is None and spec.kind != "ratio":
        return 0.0 if spec.name == "minimum_pension_to_avg_wage" else spec.high
    return value


def inert_reason(name: str, scheme: Scheme, reform: Reform | None) -> str | None:
    """Why a lever cannot change this scheme's projection, from the scheme's own data (None:
    it can). A survivor's pension needs members who leave a spouse (the Survivors sheet); an
    old-age grant needs a qualifying period to fall short of, in the baseline or in the reform."""
    if name == "survivor_share" and not scheme.survivors.married.any():
        return translate("lever_rows", "No effect on this workbook: it gives no members who leave a spouse (no "
                         "Survivors sheet), so no spouse's pension is awarded.")
    if name == "old_age_grant_rate" and not scheme.minimum_service_years:
        qualifying = reform.levers.get("minimum_service_years") if reform is not None else None
        if qualifying is None or not qualifying.value:
            return translate("lever_rows", "No effect without a qualifying period: nobody falls short of one, so "
                             "nobody gets the grant. Set a qualifying period first.")
    return None


def phase_in_possible(spec: LeverSpec, scheme: Scheme) -> bool:
    """A `step` moves from the baseline's value, so it needs one (spec 7 and 16): an absent
    maximum replacement rate or ceiling has none; an absent minimum pension starts from 0."""
    return (spec.kind not in STEP_KINDS or spec.name == "minimum_pension_to_avg_wage"
            or getattr(scheme, spec.scheme_attr) is not None)


def field_range(spec: LeverSpec) -> tuple[float, float]:
    """What a lever's field accepts: all the model accepts (a rate up to 100 %, a ceiling up
    to 10 × the average wage), so that a baseline or a solver's answer beyond the slider's
    usual range shows as it is. The reference period's table row gives no valid range."""
    if spec.kind == "years":
        return spec.low, spec.high
    return min(spec.low, spec.valid_low), max(spec.high, spec.valid_high)


def year_spin(tip: str) -> QSpinBox:
    """A year field whose lowest value means 'the default' (shown as text)."""
    spin = QSpinBox()
    spin.setToolTip(tip)
    spin.setStatusTip(tip)
    spin.setKeyboardTracking(False)
    spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.PlusMinus)
    return spin


class LeverRow(QWidget):
    """Header (marker, title, unit, reset) above the kind-specific controls."""

    edited = Signal(str, object, str)
    solveRequested = Signal(str)

    def __init__(self, spec: LeverSpec, parent: QWidget | None = None):
        super().__init__(parent)
        self.spec = spec
        self.scheme: Scheme | None = None
        self.lever = None
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 2, 0, 2)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(2)
        self.marker = QLabel("●")
        self.marker.setObjectName("leverMarker")
        self.marker.setToolTip(translate("lever_rows", "This lever differs from the baseline"))
        self.marker.hide()  # until a reform shows a change (never with no scheme)
        self.title = QLabel(words(spec.title))
        self.title.setObjectName("leverTitle")
        unit = QLabel(words(spec.unit) if spec.unit else "")
        unit.setObjectName("leverUnit")
        # French and Spanish units run a third longer ("% du salaire de référence par année de
        # service"): they wrap under themselves rather than widen the dock past a 1280-pixel screen
        unit.setWordWrap(True)
        unit.setMinimumWidth(min(unit.fontMetrics().horizontalAdvance(unit.text()), UNIT_WIDTH))
        self.reset = QToolButton()
        self.reset.setText("↺")
        self.reset.setAutoRaise(True)
        self.reset.setToolTip(translate("lever_rows", "Reset to the baseline: {lever}").format(lever=words(spec.title)))
        self.reset.clicked.connect(lambda: self.edited.emit(spec.name, None, ""))
        header = QHBoxLayout()
        header.setSpacing(4)
        header.addWidget(self.marker)
        header.addWidget(self.title)
        header.addWidget(unit, 1)
        self.solve: QToolButton | None = None
        if spec.name in SOLVABLE:
            self.solve = QToolButton()
            self.solve.setObjectName("leverSolve")
            self.solve.setText(translate("lever_rows", "Solve…"))
            self.solve.setAutoRaise(True)
            tip = translate("lever_rows", "Find the value of this lever ({lever}) that meets a target, such as a "
                            "reserve that never runs out.").format(lever=words(spec.title))
            self.solve.setToolTip(tip)
            self.solve.setStatusTip(tip)
            self.solve.clicked.connect(lambda: self.solveRequested.emit(spec.name))
            header.addWidget(self.solve)
        header.addWidget(self.reset)
        self.grid.addLayout(header, 0, 0, 1, 4)
        self.note = QLabel()  # why the lever does nothing here (set_inert); below the controls
        self.note.setObjectName("leverNote")
        self.note.setWordWrap(True)
        self.note.hide()
        self.grid.addWidget(self.note, 9, 0, 1, 4)
        unit_text = words(spec.unit) if spec.unit else translate("lever_rows", "choice")
        self.help_tip = f"<b>{words(spec.title)}</b> ({unit_text})<br>{words(spec.help)}"
        self.setToolTip(self.help_tip)
        self.setStatusTip(words(spec.help))
        self.inert: str | None = None

    def _tab_order(self, *controls: QWidget) -> None:
        """Tab visits the value's controls first, then Solve… and ↺ (drawn above them, on the
        title's line, but helpers of the value, not the way into the row)."""
        chain = [*controls, *([self.solve] if self.solve is not None else []), self.reset]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def set_scheme(self, scheme: Scheme) -> None:
        self.scheme = scheme
        baseline = self.baseline_text()
        self.reset.setToolTip(translate("lever_rows", "Reset to the baseline: {lever}").format(
            lever=words(self.spec.title)) + (f" ({baseline})" if baseline else ""))

    def baseline_text(self) -> str:
        """The baseline's value as the row writes it, for the reset button's tooltip."""
        return ""

    def show_lever(self, lever) -> None:
        """Show the reform's setting (None: the baseline) without emitting `edited`."""
        self.lever = lever
        for child in self.findChildren(QWidget):
            child.blockSignals(True)
        try:
            self._show(lever)
        finally:
            for child in self.findChildren(QWidget):
                child.blockSignals(False)
        changed = lever is not None
        self.marker.setVisible(changed)
        self.reset.setEnabled(changed)
        font = QFont()  # only the weight: the size follows the window (presentation mode)
        font.setBold(changed)
        self.title.setFont(font)

    def set_inert(self, reason: str | None) -> None:
        """Grey out the controls of a lever that cannot change the projection, with `reason`
        below them and in the tooltip (None: enable them). ↺ still removes a setting made."""
        if reason == self.inert:
            return  # a row never made inert keeps the enabled states its kind manages
        self.inert = reason
        for child in self.findChildren(QWidget):
            if child not in (self.reset, self.marker, self.note):
                child.setEnabled(reason is None)
        self.note.setText(reason or "")
        self.note.setVisible(reason is not None)
        self.setToolTip(self.help_tip + (f"<br><i>{reason}</i>" if reason else ""))

    def _show(self, lever) -> None:
        raise NotImplementedError

    def _years(self, spin: QSpinBox, default_text: str) -> None:
        base = self.scheme.base_year
        spin.setRange(base, base + self.scheme.horizon)
        spin.setSpecialValueText(default_text)

    @staticmethod
    def _year_or_none(spin: QSpinBox) -> int | None:
        return None if spin.value() == spin.minimum() else spin.value()


class NumberRow(LeverRow):
    """Rates, ratios, ages, periods and coverage: a slider with a field, timing and phase-in.

    The slider spans the lever's usual range, the field all the model accepts. A ratio whose
    baseline is absent (no ceiling) shows "none" at the field's bottom and the slider at its
    top: moving either sets one, and the field's "none" or ↺ removes it again.
    """

    def __init__(self, spec: LeverSpec, parent: QWidget | None = None):
        super().__init__(spec, parent)
        self.scale = 100.0 if spec.percent else 1.0
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, round((spec.high - spec.low) / spec.slider_step))
        self.slider.setToolTip(self.toolTip())
        low, high = field_range(spec)
        if spec.kind in ("age", "years"):
            self.spin = QSpinBox()
            self.spin.setSuffix(translate("lever_rows", " yrs"))
        else:
            self.spin = QDoubleSpinBox()
            decimals = len(f"{spec.slider_step * self.scale:g}".partition(".")[2])
            # 0.01 point at least: the solver's answers (and typed values) keep that precision
            # instead of being rounded by the field the next time the row emits
            self.spin.setDecimals(max(decimals, 2))
            self.spin.setSingleStep(spec.slider_step * self.scale)
            self.spin.setSuffix(" %" if spec.percent else " ×")
        self.spin.setRange(low * self.scale, high * self.scale)
        self.spin.setKeyboardTracking(False)
        self.spin.setToolTip(self.toolTip())
        self.spin.setStatusTip(words(spec.help))
        self.spin.setMinimumWidth(80)
        self.grid.addWidget(self.slider, 1, 0, 1, 3)
        self.grid.addWidget(self.spin, 1, 3)
        self.from_year = year_spin(translate("lever_rows", "First year the new value applies (default: the year "
                                             "after the base year)."))
        self.from_year.setPrefix(translate("lever_rows", "from "))
        self.grid.addWidget(self.from_year, 2, 0, 1, 2)
        self.phase = self._phase_widget()
        if self.phase is not None:
            self.grid.addWidget(self.phase, 2, 2, 1, 2)
        self.timing = [w for w in (self.from_year, self.phase) if w is not None]
        self.slider.valueChanged.connect(self._slider_moved)
        self.spin.valueChanged.connect(self._spin_changed)
        self.from_year.valueChanged.connect(lambda _v: self._emit("from_year"))
        self._tab_order(self.slider, self.spin, *self.timing)

    def _phase_widget(self) -> QWidget | None:
        spec = self.spec
        if spec.kind in STEP_KINDS:
            spin = QDoubleSpinBox()
            spin.setDecimals(2)
            spin.setRange(0.0, spec.valid_high * self.scale)
            spin.setSingleStep(spec.slider_step * self.scale)
            spin.setSpecialValueText(translate("lever_rows", "at once"))
            if spec.percent:
                spin.setSuffix(translate("lever_rows", " pp/yr"))
                tip = translate("lever_rows", "Phase-in: percentage points moved towards the new value each year "
                                "(at once: no phase-in).")
            else:
                spin.setSuffix(translate("lever_rows", " ×/yr"))
                tip = translate("lever_rows", "Phase-in: how far the value moves towards the new one each year "
                                "({unit}; at once: no phase-in). Only where the baseline sets a value to start "
                                "from.").format(unit=words(spec.unit))
        elif spec.kind == "age":
            spin = QSpinBox()
            spin.setRange(0, 10)
            spin.setPrefix(translate("lever_rows", "1 yr every "))
            spin.setSuffix(translate("lever_rows", " yrs"))
            spin.setSpecialValueText(translate("lever_rows", "at once"))
            tip = translate("lever_rows", "Phase-in: one year closer to the new value every this many years (at "
                            "once: no phase-in).")
        elif spec.kind == "coverage":
            spin = year_spin(translate("lever_rows", "Year by which the full extension is reached, linearly from "
                                       "the from-year (default: at once in the from-year)."))
            spin.setPrefix(translate("lever_rows", "full by "))
            tip = spin.toolTip()
        else:
            return None
        spin.setToolTip(tip)
        spin.setStatusTip(tip)
        spin.setKeyboardTracking(False)
        spin.valueChanged.connect(lambda _v: self._emit("phase"))
        return spin

    def set_scheme(self, scheme: Scheme) -> None:
        """Offer "none" only where the baseline has no value of a ratio (the model accepts no
        ceiling of 0, so a reform cannot remove one), and phase-in only where it can start."""
        if self.spec.kind == "ratio":
            absent = baseline_value(self.spec, scheme) is None
            blocker = QSignalBlocker(self.spin)  # the field shows the reform next, in show_lever
            self.spin.setMinimum(0.0 if absent else self.spec.slider_step)
            self.spin.setSpecialValueText(translate("lever_rows", "none") if absent else "")
            blocker.unblock()
        if self.spec.kind in STEP_KINDS:
            self.phase.setEnabled(phase_in_possible(self.spec, scheme))
        super().set_scheme(scheme)

    def set_inert(self, reason: str | None) -> None:
        super().set_inert(reason)
        if reason is None and self.spec.kind in STEP_KINDS and self.scheme is not None:
            self.phase.setEnabled(phase_in_possible(self.spec, self.scheme))

    def baseline_text(self) -> str:
        value = baseline_value(self.spec, self.scheme)
        if value is None:
            return self.spin.specialValueText()
        return f"{self.spin.textFromValue(value * self.scale)}{self.spin.suffix()}"

    def _show(self, lever: Lever | None) -> None:
        for widget in self.timing:  # timing and phase-in only once the lever is changed: compact
            widget.setVisible(lever is not None)
        value = baseline_value(self.spec, self.scheme) if lever is None else lever.value
        self.spin.setValue(self.spin.minimum() if value is None else value * self.scale)
        self.slider.setValue(self._position(value))
        self._years(self.from_year, translate("lever_rows", "from next year"))
        self.from_year.setValue(lever.from_year if lever and lever.from_year else self.from_year.minimum())
        if self.spec.kind in STEP_KINDS:
            self.phase.setValue((lever.step or 0.0) * self.scale if lever else 0.0)
        elif self.spec.kind == "age":
            self.phase.setValue((lever.years_per_step or 0) if lever else 0)
        elif self.spec.kind == "coverage":
            self._years(self.phase, translate("lever_rows", "full at once"))
            self.phase.setValue(lever.full_by_year if lever and lever.full_by_year else self.phase.minimum())

    def _position(self, value) -> int:
        """The slider position of a value (clamped by the slider); none sits at the top end."""
        if value is None:
            return self.slider.maximum()
        return round((value - self.spec.low) / self.spec.slider_step)

    def _slider_moved(self, position: int) -> None:
        self.spin.blockSignals(True)
        self.spin.setValue((self.spec.low + position * self.spec.slider_step) * self.scale)
        self.spin.blockSignals(False)
        self._emit("value")

    def _spin_changed(self, _value: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(self._position(self._value()))
        self.slider.blockSignals(False)
        self._emit("value")

    def _value(self):
        """The field's value in the model's unit; None where it shows "none"."""
        if self.spin.specialValueText() and self.spin.value() == self.spin.minimum():
            return None
        value = self.spin.value() / self.scale
        return int(value) if isinstance(self.spin, QSpinBox) else round(value, 6)

    def _emit(self, part: str) -> None:
        kind = self.spec.kind
        step = years_per_step = full_by = None
        if kind in STEP_KINDS and self.phase.value() > 0:
            step = round(self.phase.value() / self.scale, 6)
        elif kind == "age" and self.phase.value() > 0:
            years_per_step = self.phase.value()
        elif kind == "coverage":
            full_by = self._year_or_none(self.phase)
        value = self._value()
        lever = Lever(value, self._year_or_none(self.from_year), step, years_per_step, full_by)
        if value is None or lever == Lever(baseline_value(self.spec, self.scheme)):
            lever = None  # back to the baseline (for a ratio, "none" is only offered where it is the baseline)
        self.edited.emit(self.spec.name, lever, f"{self.spec.name}:{part}")


class ChoiceRow(LeverRow):
    """A choice among the spec's `choices` (revaluation of past wages)."""

    def __init__(self, spec: LeverSpec, parent: QWidget | None = None):
        super().__init__(spec, parent)
        self.combo = QComboBox()
        for choice in spec.choices:
            self.combo.addItem(words(choice).capitalize() if choice != "none"
                               else translate("lever_rows", "None (nominal wages)"), choice)
        self.combo.setToolTip(self.toolTip())
        self.from_year = year_spin(translate("lever_rows", "First year of awards to which the new method applies."))
        self.from_year.setPrefix(translate("lever_rows", "from "))
        self.grid.addWidget(self.combo, 1, 0, 1, 2)
        self.grid.addWidget(self.from_year, 1, 2, 1, 2)
        self.combo.currentIndexChanged.connect(lambda _i: self._emit())
        self.from_year.valueChanged.connect(lambda _v: self._emit())
        self._tab_order(self.combo, self.from_year)

    def baseline_text(self) -> str:
        return self.combo.itemText(self.combo.findData(baseline_value(self.spec, self.scheme)))

    def _show(self, lever: Lever | None) -> None:
        value = baseline_value(self.spec, self.scheme) if lever is None else lever.value
        self.combo.setCurrentIndex(self.combo.findData(value))
        self._years(self.from_year, translate("lever_rows", "from next year"))
        self.from_year.setValue(lever.from_year if lever and lever.from_year else self.from_year.minimum())

    def _emit(self) -> None:
        lever = Lever(self.combo.currentData(), self._year_or_none(self.from_year))
        if lever == Lever(baseline_value(self.spec, self.scheme)):
            lever = None
        self.edited.emit(self.spec.name, lever, "")
