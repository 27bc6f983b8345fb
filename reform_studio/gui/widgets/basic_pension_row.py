"""The basic pension lever: a group of fields (spec 7), built from BASIC_PENSION_FIELDS."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLabel, QSpinBox, QWidget

from reform_studio.engine.parameters import BASIC_PENSION_FIELDS, LeverSpec
from reform_studio.engine.reform import BasicPensionLever
from reform_studio.engine.scheme import BasicPension
from reform_studio.gui.widgets.lever_rows import LeverRow, year_spin
from reform_studio.i18n.levers import words

translate = QCoreApplication.translate

DEFAULT = BasicPension(enabled=False, age=65, level_to_gdp_per_capita=0.1)


class BasicPensionRow(LeverRow):
    """On/off, age, level, targeting, take-up, administration and start year."""

    def __init__(self, spec: LeverSpec, parent: QWidget | None = None):
        super().__init__(spec, parent)
        self.enabled = QCheckBox(translate("basic_pension_row", "Pay a basic pension"))
        self.enabled.setToolTip(translate("basic_pension_row", "Pay a non-contributory pension from the state budget (outside the reserve)."))
        self.grid.addWidget(self.enabled, 1, 0, 1, 2)
        self.fields: dict[str, QSpinBox | QDoubleSpinBox] = {}
        row = 2
        for name, (title, unit, low, high, help_text) in BASIC_PENSION_FIELDS.items():
            title, help_text, years = words(title), words(help_text), unit == "years"
            unit = words(unit)
            if years:
                spin = QSpinBox()
                spin.setRange(int(low), int(high))
                spin.setSuffix(translate("basic_pension_row", " yrs"))
            else:
                spin = QDoubleSpinBox()
                spin.setRange(low * 100, high * 100)
                spin.setDecimals(1)
                spin.setSingleStep(0.5 if high <= 0.5 else 5)
                spin.setSuffix(" %")
            spin.setKeyboardTracking(False)
            tip = f"<b>{title}</b> ({unit})<br>{help_text}"
            spin.setToolTip(tip)
            spin.setStatusTip(help_text)
            label = QLabel(f"{title} ({unit})" if not years else title)
            label.setToolTip(tip)
            label.setWordWrap(True)  # "Niveau de la pension de base (% du PIB par habitant)" wraps, the dock stays narrow
            self.grid.addWidget(label, row, 0, 1, 2)
            self.grid.addWidget(spin, row, 2, 1, 2)
            spin.valueChanged.connect(lambda _v, n=name: self._emit(n))
            self.fields[name] = spin
            row += 1
        self.targeting = QComboBox()
        self.targeting.addItem(translate("basic_pension_row", "Universal"), "universal")
        self.targeting.addItem(translate("basic_pension_row", "Pension-tested"), "pension_tested")
        self.targeting.setToolTip(translate("basic_pension_row", "Universal: everyone above the age. Pension-tested: only those without "
                                    "a contributory pension."))
        self.from_year = year_spin(translate("basic_pension_row", "First year the basic pension (or its change) applies."))
        self.from_year.setPrefix(translate("basic_pension_row", "from "))
        self.grid.addWidget(self.targeting, row, 0, 1, 2)
        self.grid.addWidget(self.from_year, row, 2, 1, 2)
        self.enabled.toggled.connect(lambda _v: self._emit("enabled"))
        self.targeting.currentIndexChanged.connect(lambda _i: self._emit("targeting"))
        self.from_year.valueChanged.connect(lambda _v: self._emit("from_year"))
        self._tab_order(self.enabled, *self.fields.values(), self.targeting, self.from_year)

    def _baseline(self) -> BasicPension:
        base = self.scheme.basic_pension
        return base if base is not None and base.enabled else DEFAULT

    def _show(self, lever: BasicPensionLever | None) -> None:
        base = self._baseline()
        value = lambda key: getattr(lever, key) if lever is not None and getattr(lever, key) is not None \
            else getattr(base, key)  # noqa: E731
        self.enabled.setChecked(bool(value("enabled")))
        for name, spin in self.fields.items():
            number = value(name)
            spin.setValue(int(number) if isinstance(spin, QSpinBox) else number * 100)
            spin.setEnabled(bool(value("enabled")))
        self.targeting.setCurrentIndex(self.targeting.findData(value("targeting")))
        self.targeting.setEnabled(bool(value("enabled")))
        self._years(self.from_year, translate("basic_pension_row", "from next year"))
        self.from_year.setValue(lever.from_year if lever and lever.from_year else self.from_year.minimum())

    def _emit(self, part: str) -> None:
        values = {name: (spin.value() if isinstance(spin, QSpinBox) else round(spin.value() / 100, 6))
                  for name, spin in self.fields.items()}
        lever = BasicPensionLever(enabled=self.enabled.isChecked(), targeting=self.targeting.currentData(),
                                  from_year=self._year_or_none(self.from_year), **values)
        base = self._baseline()
        same = lever.from_year is None and all(
            getattr(lever, key) == getattr(base, key) for key in ("enabled", "targeting", *values))
        self.edited.emit(self.spec.name, None if same else lever, f"basic_pension:{part}")
