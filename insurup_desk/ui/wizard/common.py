"""Small pieces every wizard page uses: a labelled field with an inline error, page titles, messages."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from insurup_desk.ui.theme import set_invalid


def problem_text(code: str) -> str:
    """Turkish wording for the form-rule codes of services.customer_form / vehicle_form."""
    messages = {
        "required": QCoreApplication.translate("Wizard", "Bu alan zorunlu."),
        "tckn_invalid": QCoreApplication.translate(
            "Wizard", "TC kimlik numarası geçersiz (11 hane, kontrol basamakları tutmuyor)."),
        "vkn_invalid": QCoreApplication.translate(
            "Wizard", "Vergi kimlik numarası geçersiz (10 hane, kontrol basamağı tutmuyor)."),
        "foreign_id_invalid": QCoreApplication.translate(
            "Wizard", "Yabancı kimlik/pasaport numarası 5–20 harf veya rakam olmalı."),
        "date_invalid": QCoreApplication.translate("Wizard", "Tarih GG.AA.YYYY biçiminde ve gerçek bir tarih olmalı."),
        "date_future": QCoreApplication.translate("Wizard", "Doğum tarihi gelecekte olamaz."),
        "phone_invalid": QCoreApplication.translate("Wizard", "Cep telefonu +90 5xx xxx xx xx biçiminde olmalı."),
        "email_invalid": QCoreApplication.translate("Wizard", "E-posta adresi geçersiz."),
        "plate_invalid": QCoreApplication.translate("Wizard", "Plaka geçersiz (örnek: 34 ABC 123)."),
        "serial_invalid": QCoreApplication.translate(
            "Wizard", "Ruhsat seri no 2 harf ve 6 rakam olmalı (örnek: AB 123456)."),
        "year_invalid": QCoreApplication.translate("Wizard", "Model yılı geçersiz."),
    }
    return messages.get(code, code)


def offline_saved_text() -> str:
    return QCoreApplication.translate(
        "Wizard", "Bağlantı yok — kayıt taslak olarak saklandı, hat gelince gönderilecek.")


def needs_line_text(what: str) -> str:
    """``what`` is already worded, e.g. 'Teklif almak' or 'Ödeme yapmak'."""
    return QCoreApplication.translate(
        "Wizard", "%1 için bağlantı gerekiyor. Girdikleriniz saklı; hat gelince bu adımdan devam edebilirsiniz."
    ).replace("%1", what)


def page_title(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("pageTitle")
    return label


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


class FieldErrors:
    """Inline error labels under form fields, keyed by the API property name the field feeds."""

    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def add(self, key: str, widget: QWidget, container: QWidget | None = None) -> QLabel:
        label = QLabel(container)
        label.setObjectName("fieldError")
        label.setWordWrap(True)
        label.hide()
        self._fields[key] = (widget, label)
        # A field the operator is correcting is no longer shown as wrong (it is checked again on the next submit).
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _text: self.clear_field(key))
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda _index: self.clear_field(key))
        return label

    def clear_field(self, key: str) -> None:
        entry = self._fields.get(key)
        if entry is not None:
            widget, label = entry
            set_invalid(widget, False)
            label.clear()
            label.hide()

    def keys(self) -> list[str]:
        return list(self._fields)

    def clear(self) -> None:
        for widget, label in self._fields.values():
            set_invalid(widget, False)
            label.clear()
            label.hide()

    def show(self, problems: Mapping[str, str]) -> list[str]:
        """Show messages (already worded) on their fields; returns the keys that had no field."""
        self.clear()
        unplaced: list[str] = []
        first: QWidget | None = None
        for key, message in problems.items():
            entry = self._fields.get(key)
            if entry is None:
                unplaced.append(key)
                continue
            widget, label = entry
            set_invalid(widget, True)
            label.setText(message)
            label.show()
            if first is None:
                first = widget
        if first is not None:
            first.setFocus()
        return unplaced

    def message(self, key: str) -> str:
        entry = self._fields.get(key)
        return entry[1].text() if entry and entry[1].isVisible() else ""


def add_row(grid: QGridLayout, row: int, label: str, widget: QWidget, errors: FieldErrors, key: str,
            column: int = 0) -> QLabel:
    """Label and field side by side with the error line under the field; returns the label."""
    caption = QLabel(label)
    caption.setBuddy(widget)
    box = QWidget()
    inner = QVBoxLayout(box)
    inner.setContentsMargins(0, 0, 0, 0)
    inner.setSpacing(2)
    inner.addWidget(widget)
    inner.addWidget(errors.add(key, widget, box))
    grid.addWidget(caption, row, column * 2)
    grid.addWidget(box, row, column * 2 + 1)
    return caption
