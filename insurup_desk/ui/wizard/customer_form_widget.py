"""The new-customer form: individual, company or foreign, with inline Turkish field errors."""

from __future__ import annotations

import re
from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from insurup_desk.services import customer_form as cf
from insurup_desk.services.cities import CITIES
from insurup_desk.ui.keys import with_key
from insurup_desk.ui.theme import mark_primary
from insurup_desk.ui.wizard.common import FieldErrors, add_row, problem_text


class CustomerFormWidget(QWidget):
    save_requested = Signal()
    lookup_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_individual = QRadioButton(self.tr("&Bireysel"), self)
        self.kind_company = QRadioButton(self.tr("&Kurumsal"), self)
        self.kind_foreign = QRadioButton(self.tr("Yaba&ncı"), self)
        self.kind_individual.setChecked(True)
        self._kinds = QButtonGroup(self)
        for button in (self.kind_individual, self.kind_company, self.kind_foreign):
            self._kinds.addButton(button)
            button.toggled.connect(self._kind_changed)

        self.identity = QLineEdit(self)
        self.identity.setMaxLength(20)
        self.full_name = QLineEdit(self)
        self.birth_date = QLineEdit(self)
        self.birth_date.setPlaceholderText(self.tr("GG.AA.YYYY"))
        self.birth_date.setInputMask("99.99.9999;_")
        self.title = QLineEdit(self)
        self.tax_number = QLineEdit(self)
        self.tax_number.setMaxLength(20)  # room for a pasted number with spaces
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText(self.tr("+90 5xx xxx xx xx"))
        self.email = QLineEdit(self)
        self.city = QComboBox(self)
        self.city.addItem(self.tr("— il seçin —"), "")
        for code, name in CITIES:
            self.city.addItem(f"{name} ({code})", code)
        self.district = QLineEdit(self)

        self.errors = FieldErrors()
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self._captions: dict[QWidget, QLabel] = {}
        rows: tuple[tuple[int, int, str, QWidget, str], ...] = (
            (0, 0, self.tr("TC kimlik no"), self.identity, cf.IDENTITY),
            (0, 1, self.tr("Vergi kimlik no"), self.tax_number, cf.TAX_NUMBER),
            (1, 0, self.tr("Ad soyad"), self.full_name, cf.FULL_NAME),
            (1, 1, self.tr("Unvan"), self.title, cf.TITLE),
            (2, 0, self.tr("Doğum tarihi"), self.birth_date, cf.BIRTH_DATE),
            (3, 0, self.tr("Cep telefonu"), self.phone, cf.PHONE),
            (3, 1, self.tr("E-posta"), self.email, cf.EMAIL),
            (4, 0, self.tr("İl"), self.city, cf.CITY),
            (4, 1, self.tr("İlçe"), self.district, cf.DISTRICT),
        )
        for row, column, caption, widget, key in rows:
            self._captions[widget] = add_row(grid, row, caption, widget, self.errors, key, column=column)

        self.lookup_button = QPushButton(with_key(self.tr("Kimlikten do&ldur"), "Ctrl+L"), self)
        self.cancel_button = QPushButton(with_key(self.tr("Vazgeç"), "Esc"), self)
        self.save_button = QPushButton(self.tr("Kaydet ve de&vam et"), self)
        mark_primary(self.save_button)
        self.lookup_button.clicked.connect(self.lookup_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.save_button.clicked.connect(self.save_requested)
        QShortcut(QKeySequence("Ctrl+L"), self, self.lookup_requested.emit)

        kinds = QHBoxLayout()
        for button in (self.kind_individual, self.kind_company, self.kind_foreign):
            kinds.addWidget(button)
        kinds.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.lookup_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(kinds)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._kind_changed()

    # --- reading and writing ----------------------------------------------------------------------
    @property
    def kind(self) -> cf.CustomerKind:
        if self.kind_company.isChecked():
            return "company"
        if self.kind_foreign.isChecked():
            return "foreign"
        return "individual"

    def set_kind(self, kind: cf.CustomerKind) -> None:
        {"individual": self.kind_individual, "company": self.kind_company,
         "foreign": self.kind_foreign}[kind].setChecked(True)

    def draft(self) -> cf.CustomerDraft:
        birth = self.birth_date.text()
        return cf.CustomerDraft(
            kind=self.kind,
            identity_number=self.identity.text(),
            full_name=self.full_name.text(),
            birth_date="" if birth.replace(".", "").strip() == "" else birth,
            title=self.title.text(),
            tax_number=self.tax_number.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            city=str(self.city.currentData() or ""),
            district=self.district.text(),
        )

    def validate(self) -> bool:
        problems = cf.field_problems(self.draft())
        self.errors.show({k: problem_text(v) for k, v in problems.items()})
        return not problems

    def show_server_errors(self, field_errors: Mapping[str, list[str]]) -> list[str]:
        mapped: dict[str, str] = {}
        for name, messages in field_errors.items():
            key = cf.server_field(name)
            mapped[key] = " ".join(messages)
        return self.errors.show(mapped)

    def prefill_identity(self, text: str) -> None:
        """Carry a number typed into the search box over to the right field."""
        digits = re.sub(r"\D", "", text)
        if len(digits) == 10 and not digits.startswith("5"):
            self.set_kind("company")
            self.tax_number.setText(digits)
        elif len(digits) == 11:
            self.set_kind("individual")
            self.identity.setText(digits)
        elif text.strip() and not digits:
            self.full_name.setText(text.strip())

    def apply_prefill(self, values: Mapping[str, str]) -> None:
        targets = {cf.FULL_NAME: self.full_name, cf.TITLE: self.title, cf.BIRTH_DATE: self.birth_date,
                   cf.DISTRICT: self.district}
        for key, edit in targets.items():
            if values.get(key) and not edit.text().replace(".", "").strip():
                edit.setText(values[key])
        city = values.get(cf.CITY)
        if city and not self.city.currentData():
            index = self.city.findData(city)
            if index >= 0:
                self.city.setCurrentIndex(index)

    def focus_first(self) -> None:
        (self.tax_number if self.kind == "company" else self.identity).setFocus()

    def _kind_changed(self) -> None:
        company = self.kind == "company"
        person_widgets = (self.identity, self.full_name, self.birth_date)
        for widget in person_widgets:
            self._set_row_visible(widget, not company)
        for widget in (self.title, self.tax_number):
            self._set_row_visible(widget, company)
        self._set_row_visible(self.birth_date, not company)
        self.lookup_button.setEnabled(True)
        caption = self._caption(self.identity)
        if caption is not None:
            caption.setText(self.tr("Yabancı kimlik / pasaport no") if self.kind == "foreign"
                            else self.tr("TC kimlik no"))
        self.errors.clear()

    def _caption(self, widget: QWidget) -> QLabel | None:
        return self._captions.get(widget)

    def _set_row_visible(self, widget: QWidget, visible: bool) -> None:
        box = widget.parentWidget()
        if box is not None:
            box.setVisible(visible)
        caption = self._caption(widget)
        if caption is not None:
            caption.setVisible(visible)
