"""The new-vehicle form: plate and registration serial typed freely, brand/model with type-ahead."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QIntValidator, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from insurup_desk.api.models import ParameterItem, VehicleLookup
from insurup_desk.domain.formats import format_date
from insurup_desk.domain.plate import parse_plate
from insurup_desk.services import vehicle_form as vf
from insurup_desk.ui.keys import with_key
from insurup_desk.ui.theme import mark_primary
from insurup_desk.ui.wizard.common import FieldErrors, add_row, problem_text


def usage_names() -> dict[str, str]:
    return {
        "PRIVATE_CAR": QCoreApplication.translate("Wizard", "Hususi otomobil"),
        "TAXI": QCoreApplication.translate("Wizard", "Taksi"),
        "PICKUP_TRUCK": QCoreApplication.translate("Wizard", "Kamyonet"),
        "MOTORCYCLE": QCoreApplication.translate("Wizard", "Motosiklet"),
        "RENTAL_CAR": QCoreApplication.translate("Wizard", "Kiralık otomobil"),
        "JEEP": QCoreApplication.translate("Wizard", "Arazi taşıtı"),
        "MINIBUS_SHARED_TAXI": QCoreApplication.translate("Wizard", "Dolmuş"),
        "TRUCK": QCoreApplication.translate("Wizard", "Kamyon"),
    }


def fuel_names() -> dict[str, str]:
    return {
        "GASOLINE": QCoreApplication.translate("Wizard", "Benzin"),
        "DIESEL": QCoreApplication.translate("Wizard", "Dizel"),
        "LPG": QCoreApplication.translate("Wizard", "LPG"),
        "LPG_GASOLINE": QCoreApplication.translate("Wizard", "Benzin + LPG"),
        "HYBRID": QCoreApplication.translate("Wizard", "Hibrit"),
        "ELECTRIC": QCoreApplication.translate("Wizard", "Elektrik"),
    }


def reference_of(item: ParameterItem) -> str:
    return item.reference or item.value or ""


class TypeAheadCombo(QComboBox):
    """An editable combo whose completer matches anywhere in the text, case-insensitively."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.model(), self)
        self.setCompleter(completer)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_items(self, items: Sequence[ParameterItem]) -> None:
        keep = self.currentText()
        self.blockSignals(True)
        self.clear()
        for item in items:
            self.addItem(item.text or reference_of(item), reference_of(item))
        index = self.findText(keep, Qt.MatchFlag.MatchFixedString) if keep else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText(keep)
        self.blockSignals(False)

    def reference(self) -> str:
        index = self.findText(self.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        return str(self.itemData(index) or "") if index >= 0 else ""

    def select_reference(self, reference: str | None, text: str | None = None) -> None:
        index = self.findData(reference) if reference else -1
        if index < 0 and text:
            index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            self.setCurrentIndex(index)
        elif text:
            self.setEditText(text)


class VehicleFormWidget(QWidget):
    save_requested = Signal()
    lookup_requested = Signal()
    cancel_requested = Signal()
    models_wanted = Signal(str, int)  # brand reference, model year

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plate = QLineEdit(self)
        self.plate.setPlaceholderText(self.tr("34 ABC 123"))
        self.plate.editingFinished.connect(self._normalise_plate)
        self.serial = QLineEdit(self)
        self.serial.setPlaceholderText(self.tr("AB 123456"))
        self.brand = TypeAheadCombo(self)
        self.year = QLineEdit(self)
        self.year.setValidator(QIntValidator(1950, dt.date.today().year + 1, self))
        self.year.setPlaceholderText(str(dt.date.today().year))
        self.model = TypeAheadCombo(self)
        self.usage = QComboBox(self)
        for code, name in usage_names().items():
            self.usage.addItem(name, code)
        self.fuel = QComboBox(self)
        self.fuel.addItem(self.tr("— bilinmiyor —"), "")
        for code, name in fuel_names().items():
            self.fuel.addItem(name, code)
        self.old_policies = QLabel(self)
        self.old_policies.setObjectName("infoLabel")
        self.old_policies.hide()

        self.errors = FieldErrors()
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        add_row(grid, 0, self.tr("Plaka"), self.plate, self.errors, vf.PLATE)
        add_row(grid, 0, self.tr("Ruhsat seri no"), self.serial, self.errors, vf.DOCUMENT_SERIAL, column=1)
        add_row(grid, 1, self.tr("Marka"), self.brand, self.errors, vf.BRAND)
        add_row(grid, 1, self.tr("Model yılı"), self.year, self.errors, vf.YEAR, column=1)
        add_row(grid, 2, self.tr("Model"), self.model, self.errors, vf.MODEL)
        add_row(grid, 2, self.tr("Kullanım tarzı"), self.usage, self.errors, vf.USAGE, column=1)
        add_row(grid, 3, self.tr("Yakıt"), self.fuel, self.errors, vf.FUEL)

        self.lookup_button = QPushButton(with_key(self.tr("Plakadan &sorgula"), "Ctrl+L"), self)
        self.cancel_button = QPushButton(with_key(self.tr("Vazgeç"), "Esc"), self)
        self.save_button = QPushButton(self.tr("Kaydet ve de&vam et"), self)
        mark_primary(self.save_button)
        self.lookup_button.clicked.connect(self.lookup_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.save_button.clicked.connect(self.save_requested)
        QShortcut(QKeySequence("Ctrl+L"), self, self.lookup_requested.emit)
        self.year.editingFinished.connect(self._want_models)
        self.brand.activated.connect(lambda _i: self._want_models())

        buttons = QHBoxLayout()
        buttons.addWidget(self.lookup_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.old_policies)
        layout.addStretch(1)
        layout.addLayout(buttons)
        for a, b in ((self.plate, self.serial), (self.serial, self.lookup_button), (self.lookup_button, self.brand),
                     (self.brand, self.year), (self.year, self.model), (self.model, self.usage),
                     (self.usage, self.fuel), (self.fuel, self.save_button)):
            self.setTabOrder(a, b)

    def clear(self) -> None:
        for edit in (self.plate, self.serial, self.year):
            edit.clear()
        self.brand.setCurrentIndex(-1)
        self.model.clear()
        self.usage.setCurrentIndex(0)
        self.fuel.setCurrentIndex(0)
        self.old_policies.hide()
        self.errors.clear()

    def draft(self) -> vf.VehicleDraft:
        return vf.VehicleDraft(
            plate=self.plate.text(), document_serial=self.serial.text(),
            brand_reference=self.brand.reference(), model_reference=self.model.reference(),
            model_year=self.year.text(), usage=str(self.usage.currentData() or ""),
            fuel=str(self.fuel.currentData() or ""))

    def validate(self) -> bool:
        problems = vf.field_problems(self.draft())
        self.errors.show({k: problem_text(v) for k, v in problems.items()})
        return not problems

    def lookup_ready(self) -> bool:
        problems = vf.field_problems(self.draft())
        shown = {k: problem_text(v) for k, v in problems.items() if k in (vf.PLATE, vf.DOCUMENT_SERIAL)}
        self.errors.show(shown)
        return not shown

    def apply_lookup(self, found: VehicleLookup) -> None:
        model = found.model
        if model is not None:
            if model.year:
                self.year.setText(str(model.year))
            if model.brand is not None:
                self.brand.select_reference(reference_of(model.brand), model.brand.text)
            if model.type is not None:
                self.model.addItem(model.type.text or reference_of(model.type), reference_of(model.type))
                self.model.select_reference(reference_of(model.type), model.type.text)
        if found.utilization_style:
            index = self.usage.findData(found.utilization_style)
            if index >= 0:
                self.usage.setCurrentIndex(index)
        if found.fuel_type:
            index = self.fuel.findData(found.fuel_type)
            if index >= 0:
                self.fuel.setCurrentIndex(index)
        lines = []
        if found.trafik_old_policy and found.trafik_old_policy.end_date:
            lines.append(self.tr("Önceki trafik poliçesi bitişi: %1").replace(
                "%1", format_date(found.trafik_old_policy.end_date)))
        if found.kasko_old_policy and found.kasko_old_policy.end_date:
            lines.append(self.tr("Önceki kasko poliçesi bitişi: %1").replace(
                "%1", format_date(found.kasko_old_policy.end_date)))
        self.old_policies.setText("\n".join(lines))
        self.old_policies.setVisible(bool(lines))
        self._want_models()

    def _normalise_plate(self) -> None:
        plate = parse_plate(self.plate.text())
        if plate is not None:
            self.plate.setText(plate.display())

    def _want_models(self) -> None:
        brand, year = self.brand.reference(), self.year.text()
        if brand and year.isdigit():
            self.models_wanted.emit(brand, int(year))
