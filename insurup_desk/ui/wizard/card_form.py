"""Card entry. The values live only in these widgets and in the one CardDetails built for the call;
``wipe`` clears them (and their undo history) whenever the payment step is left or a payment ends."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLineEdit, QWidget

from insurup_desk.api.models import CardDetails
from insurup_desk.api.secret_registry import register_card
from insurup_desk.domain.card import (
    card_digits,
    card_number_complete,
    cvc_ok,
    expiry_complete,
    expiry_in_future,
    group_card_number,
    luhn_ok,
    parse_expiry,
)
from insurup_desk.ui.wizard.common import FieldErrors, add_row

NUMBER, HOLDER, EXPIRY, CVC = "card.number", "card.holderName", "card.expiry", "card.cvc"


class CardForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = QLineEdit(self)
        self.number.setPlaceholderText("0000 0000 0000 0000")
        self.number.setMaxLength(23)
        self.number.textEdited.connect(self._group)
        self.holder = QLineEdit(self)
        self.holder.setPlaceholderText(self.tr("Kartın üzerindeki ad soyad"))
        self.expiry = QLineEdit(self)
        self.expiry.setPlaceholderText(self.tr("AA/YY"))
        self.expiry.setMaxLength(7)
        # A field typed in full hands the keyboard to the next one (the card reads number, name, expiry, CVC).
        self.expiry.textEdited.connect(self._expiry_edited)
        self.cvc = QLineEdit(self)
        self.cvc.setEchoMode(QLineEdit.EchoMode.Password)
        self.cvc.setMaxLength(4)
        self.cvc.setPlaceholderText("CVC")
        for edit in (self.number, self.holder, self.expiry, self.cvc):
            edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.errors = FieldErrors()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        add_row(grid, 0, self.tr("Kart numarası"), self.number, self.errors, NUMBER)
        add_row(grid, 0, self.tr("Kart sahibi"), self.holder, self.errors, HOLDER, column=1)
        add_row(grid, 1, self.tr("Son kullanma"), self.expiry, self.errors, EXPIRY)
        add_row(grid, 1, self.tr("CVC"), self.cvc, self.errors, CVC, column=1)
        self.setTabOrder(self.number, self.holder)
        self.setTabOrder(self.holder, self.expiry)
        self.setTabOrder(self.expiry, self.cvc)

    def problems(self, today: dt.date | None = None) -> dict[str, str]:
        found: dict[str, str] = {}
        if not luhn_ok(card_digits(self.number.text())):
            found[NUMBER] = self.tr("Kart numarası geçersiz.")
        holder = self.holder.text().strip()
        if len(holder) < 3:
            found[HOLDER] = self.tr("Kart sahibinin adını yazın.")
        elif any(c.isdigit() for c in holder):
            found[HOLDER] = self.tr("Kart sahibinin adında rakam olamaz; kartın üzerindeki adı yazın.")
        expiry = parse_expiry(self.expiry.text())
        if expiry is None:
            found[EXPIRY] = self.tr("Son kullanma AA/YY biçiminde olmalı.")
        elif not expiry_in_future(*expiry, today=today):
            found[EXPIRY] = self.tr("Kartın son kullanma tarihi geçmiş.")
        if not cvc_ok(self.cvc.text().strip()):
            found[CVC] = self.tr("CVC 3 veya 4 rakam olmalı.")
        return found

    def validate(self) -> bool:
        problems = self.problems()
        self.errors.show(problems)
        return not problems

    def card(self) -> CardDetails:
        expiry = parse_expiry(self.expiry.text())
        if expiry is None:
            raise ValueError("expiry not valid")
        month, year = expiry
        # From here on the card is in a request body: the log filter masks it by value, wherever it shows.
        register_card(self.number.text(), self.cvc.text(), f"{month:02d}", str(year), self.holder.text(),
                      self.expiry.text())
        return CardDetails(number=card_digits(self.number.text()), cvc=self.cvc.text().strip(),
                           expiry_month=f"{month:02d}", expiry_year=str(year),
                           holder_name=self.holder.text().strip())

    def masked_number(self) -> str:
        digits = card_digits(self.number.text())
        return f"**** **** **** {digits[-4:]}" if len(digits) >= 4 else ""

    def wipe(self) -> None:
        for edit in (self.number, self.holder, self.expiry, self.cvc):
            edit.clear()
            edit.setModified(False)
        self.errors.clear()

    def is_empty(self) -> bool:
        return not any(e.text() for e in (self.number, self.holder, self.expiry, self.cvc))

    def _group(self, text: str) -> None:
        grouped = group_card_number(text)
        if grouped != text:
            self.number.setText(grouped)
            self.number.setCursorPosition(len(grouped))
        if card_number_complete(grouped) and self.number.cursorPosition() == len(self.number.text()):
            self.holder.setFocus()

    def _expiry_edited(self, text: str) -> None:
        if expiry_complete(text) and self.expiry.cursorPosition() == len(text):
            self.cvc.setFocus()
