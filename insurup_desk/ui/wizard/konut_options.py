"""What a Konut proposal declares besides the home: the item values, the earthquake and vacancy options, the scope.

Shown above the quotes board when the sale's branch is Konut; the values travel in the sale (autosaved) and
a change asks the insurers again.
"""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLineEdit, QWidget

from insurup_desk.services.property_form import digits
from insurup_desk.services.sales_flow import SaleData
from insurup_desk.ui.wizard.common import FieldErrors, add_row
from insurup_desk.ui.wizard.property_labels import problem_text, scope_names

MAX_PRICE: Final = 100_000_000
# What a counter usually declares for a flat when the customer has no figure at hand (TL).
DEFAULT_PRICES: Final = {"konut_furniture_price": 50_000, "konut_electronics_price": 10_000,
                         "konut_insulation_price": 1_000, "konut_window_price": 5_000}


class KonutOptions(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prices: dict[str, QLineEdit] = {}
        self.errors = FieldErrors()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        captions = {"konut_furniture_price": self.tr("Eşya bedeli (TL)"),
                    "konut_electronics_price": self.tr("Elektronik cihaz (TL)"),
                    "konut_insulation_price": self.tr("İzolasyon (TL)"),
                    "konut_window_price": self.tr("Cam (TL)")}
        for index, (key, caption) in enumerate(captions.items()):
            edit = QLineEdit(self)
            edit.setObjectName(key)
            edit.setValidator(QIntValidator(0, MAX_PRICE, self))
            self.prices[key] = edit
            add_row(grid, index // 2, caption, edit, self.errors, key, column=index % 2)
        self.earthquake = QCheckBox(self.tr("Deprem teminatı da olsun"), self)
        self.vacancy = QCheckBox(self.tr("Konut yılda bir aydan uzun boş kalıyor"), self)
        self.scope = QComboBox(self)
        self.scope.setObjectName("konutScope")
        self.scope.addItem(self.tr("Şirketin önerdiği kapsam"), "")
        for code, name in scope_names().items():
            self.scope.addItem(name, code)
        grid.addWidget(self.earthquake, 2, 0, 1, 2)
        grid.addWidget(self.vacancy, 2, 2, 1, 2)
        add_row(grid, 3, self.tr("Sigorta kapsamı"), self.scope, self.errors, "konut_scope")
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    def offer_scopes(self, scopes: list[str]) -> None:
        """Only the scopes some insurer offers (``coverage-choices:konut``); the insurer's own is always there."""
        if not scopes:
            return
        kept = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(self.tr("Şirketin önerdiği kapsam"), "")
        names = scope_names()
        for code in scopes:
            self.scope.addItem(names.get(code, code), code)
        self.scope.setCurrentIndex(max(0, self.scope.findData(kept)))
        self.scope.blockSignals(False)

    def load(self, sale: SaleData) -> None:
        for key, edit in self.prices.items():
            value = getattr(sale, key)
            edit.setText(str(value if value is not None else DEFAULT_PRICES[key]))
        self.earthquake.setChecked(sale.konut_earthquake)
        self.vacancy.setChecked(sale.konut_vacancy_over_month)
        self.scope.setCurrentIndex(max(0, self.scope.findData(sale.konut_scope or "")))
        self.errors.clear()

    def validate(self) -> bool:
        problems: dict[str, str] = {}
        for key, edit in self.prices.items():
            text = digits(edit.text())
            if not text:
                problems[key] = problem_text("required")
            elif not text.isdigit() or int(text) > MAX_PRICE:
                problems[key] = problem_text("price_invalid")
        self.errors.show(problems)
        return not problems

    def options(self) -> dict[str, Any]:
        """The sale fields these choices fill (call ``validate`` first)."""
        values: dict[str, Any] = {key: int(digits(edit.text()) or 0) for key, edit in self.prices.items()}
        values["konut_earthquake"] = self.earthquake.isChecked()
        values["konut_vacancy_over_month"] = self.vacancy.isChecked()
        values["konut_scope"] = str(self.scope.currentData() or "") or None
        return values
