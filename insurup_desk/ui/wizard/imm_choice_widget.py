"""İMM's coverage choice on the quotes step: the limit, rental car, load carried and assistance
(``coverage-choices:imm``); each left on "the insurer's own" goes out unset."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from insurup_desk.api.errors import ApiError
from insurup_desk.services.imm_coverage import ImmOptions
from insurup_desk.services.sales_flow import SaleData
from insurup_desk.ui.background import run_op
from insurup_desk.ui.wizard.choice_combo import ChoiceCombo
from insurup_desk.ui.wizard.common import hint
from insurup_desk.ui.wizard.coverage_text import value_text
from insurup_desk.ui.wizard.imm_texts import load_label, rental_car_label
from insurup_desk.ui.wizard.page_base import WizardPage

Value = Mapping[str, Any]


class ImmChoiceWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        own = self.tr("Şirketin önerdiği")
        self.limit: ChoiceCombo[Value] = ChoiceCombo(own, self)
        self.rental_car: ChoiceCombo[Value] = ChoiceCombo(own, self)
        self.load: ChoiceCombo[str] = ChoiceCombo(own, self)
        self.assistance: ChoiceCombo[Value] = ChoiceCombo(own, self)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        rows: tuple[tuple[str, QComboBox], ...] = (
            (self.tr("İMM lim&iti:"), self.limit), (self.tr("İ&kame araç:"), self.rental_car),
            (self.tr("&Taşınan yük:"), self.load), (self.tr("Asistans &hizmeti:"), self.assistance))
        for column, (text, combo) in enumerate(rows):
            caption = QLabel(text, self)
            caption.setBuddy(combo)
            combo.setMinimumWidth(170)
            grid.addWidget(caption, 0, column * 2)
            grid.addWidget(combo, 0, column * 2 + 1)
        grid.setColumnStretch(8, 1)

    def set_options(self, options: ImmOptions) -> None:
        self.limit.set_values(options.limits, value_text)
        self.rental_car.set_values(options.rental_cars, rental_car_label)
        self.load.set_values(options.loads, load_label)
        self.assistance.set_values(options.assistance, value_text)

    def select(self, data: SaleData) -> None:
        self.limit.select(data.imm_limit)
        self.rental_car.select(data.imm_rental_car)
        self.load.select(data.imm_load)
        self.assistance.select(data.imm_assistance)

    def sale_fields(self) -> dict[str, Any]:
        def plain(value: Value | None) -> dict[str, Any] | None:
            return dict(value) if value is not None else None

        return {"imm_limit": plain(self.limit.value()), "imm_rental_car": plain(self.rental_car.value()),
                "imm_load": self.load.value(), "imm_assistance": plain(self.assistance.value())}


class ImmQuotesChoice(QWidget):
    """The İMM choice as the quotes step shows it: only for an İMM sale, options read once per sale service."""

    def __init__(self, owner: WizardPage) -> None:
        super().__init__(owner)
        self.owner = owner
        self.choice = ImmChoiceWidget(self)
        self.note = hint("", self)
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choice)
        layout.addWidget(self.note)
        self.loaded = False
        self.hide()

    def enter(self, sale: SaleData) -> None:
        self.setVisible(sale.branch == "IMM")
        if sale.branch != "IMM":
            return
        self.choice.select(sale)
        if not self.loaded:
            self._load(sale)

    def _load(self, sale: SaleData) -> None:
        def show(options: ImmOptions) -> None:
            self.loaded = True
            self.choice.set_options(options)
            self.choice.select(sale)
            self.note.setText(self.tr("Sigorta şirketleri İMM için seçenek bildirmedi; teklifler şirketlerin "
                                      "önerdiği teminatla istenir."))
            self.note.setVisible(options.empty)

        def failed(_error: ApiError) -> bool:
            self.note.setText(self.tr("İMM seçenekleri alınamadı; teklifler şirketlerin önerdiği teminatla "
                                      "istenir."))
            self.note.show()
            return True

        run_op(self.owner, self.owner.service.health.imm_options(), on_success=show, on_error=failed)

    def sale_fields(self) -> dict[str, Any]:
        return self.choice.sale_fields()
