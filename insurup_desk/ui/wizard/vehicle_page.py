"""The vehicle part of the "what we insure" step: one of the customer's vehicles, or a new one (registry prefill)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from insurup_desk.api.errors import ApiError, ValidationFailed
from insurup_desk.api.models import ParameterItem, Vehicle, VehicleLookup
from insurup_desk.domain.plate import format_plate
from insurup_desk.services import vehicle_form as vf
from insurup_desk.services.offline_sale import QueuedDraft, is_draft
from insurup_desk.services.sale import Sale
from insurup_desk.services.sales_flow import SaleData
from insurup_desk.ui.background import run_op
from insurup_desk.ui.wizard.common import offline_saved_text, page_title
from insurup_desk.ui.wizard.saved_items import SavedItem, SavedItemsList, SavedItemsPage
from insurup_desk.ui.wizard.vehicle_form_widget import VehicleFormWidget


def vehicle_label(vehicle: Vehicle) -> str:
    plate = format_plate(vehicle.plate.city, vehicle.plate.code) if vehicle.plate else ""
    model = vehicle.model
    parts = [plate]
    if model is not None:
        parts.append(" ".join(p for p in (model.brand.text if model.brand else None,
                                         model.type.text if model.type else None,
                                         str(model.year) if model.year else None) if p))
    return " · ".join(p for p in parts if p)


class VehiclePage(SavedItemsPage):
    form: VehicleFormWidget

    def __init__(self, sale: Sale, parent: QWidget | None = None) -> None:
        super().__init__(sale, parent)
        self.customer_line = QLabel(self)
        self.customer_line.setObjectName("hint")
        self.list_box = SavedItemsList(self, self.tr("↑/↓ ile aracı seçip Enter'a basın."), self.tr("Y&eni araç"),
                                       self.tr("Bu müşterinin kayıtlı aracı yok. Ctrl+N ile yeni araç ekleyin."))
        self.vehicles, self.empty = self.list_box.items, self.list_box.empty
        self.new_button, self.pick_button = self.list_box.new_button, self.list_box.pick_button
        self.list_box.chosen.connect(lambda item_id, label: self.finish(vehicle_id=item_id, vehicle_label=label))
        self.list_box.new_wanted.connect(self._open_form)

        self.form = VehicleFormWidget(self)
        self.form.hide()
        self.form.cancel_requested.connect(self._close_form)
        self.form.lookup_requested.connect(self._lookup)
        self.form.save_requested.connect(self._save)
        self.form.models_wanted.connect(self._load_models)

        layout = QVBoxLayout(self)
        self.title = page_title(self.tr("Araç"), self)
        layout.addWidget(self.title)
        layout.addWidget(self.customer_line)
        layout.addWidget(self.banner)
        layout.addWidget(self.busy)
        layout.addWidget(self.list_box, 1)
        layout.addWidget(self.form, 1)

    def enter(self, sale: SaleData) -> None:
        self.customer_line.setText(self.tr("Müşteri: %1").replace("%1", sale.customer_label or "—"))
        super().enter(sale)

    def chosen_id(self, sale: SaleData) -> str | None:
        return sale.vehicle_id

    def primary(self) -> None:
        if self.form.isVisible():
            self._save()
        else:
            self._pick()

    def take_focus(self) -> None:
        (self.form.plate if self.form.isVisible() else self.vehicles).setFocus()

    def escape(self) -> bool:
        if self.form.isVisible():
            self._close_form()
            return True
        return False

    def _load(self, customer_id: str, preselect: str | None = None) -> None:
        self.vehicles.clear()

        def show(vehicles: list[Vehicle]) -> None:
            self._loaded_for = customer_id
            entries = [SavedItem(vehicle_label(vehicle), vehicle.id) for vehicle in vehicles]
            if preselect and is_draft(preselect) and self.data.vehicle_label:
                # A vehicle still waiting in the outbox: offer it back so a resumed sale can move on.
                entries.append(SavedItem(self.tr("%1 (taslak, gönderilmeyi bekliyor)").replace(
                    "%1", self.data.vehicle_label), preselect, self.data.vehicle_label))
            if not self.list_box.fill(entries, preselect):
                self._open_form()

        run_op(self, self.service.vehicles(customer_id), on_success=show, banner=self.banner, busy=self.busy,
               caption=self.tr("Araçlar yükleniyor…"))

    def _open_form(self) -> None:
        self.list_box.hide()
        self.form.clear()
        self.form.show()
        self.form.plate.setFocus()
        if self.form.brand.count() == 0:
            run_op(self, self.service.brands(), on_success=self.form.brand.set_items, banner=self.banner)

    def _lookup(self) -> None:
        if not self.data.customer_id or not self.form.lookup_ready():
            return

        def apply(found: VehicleLookup) -> None:
            self.form.apply_lookup(found)
            self.form.brand.setFocus()

        run_op(self, self.service.lookup_vehicle(self.data.customer_id, self.form.plate.text(),
                                                 self.form.serial.text()),
               on_success=apply, banner=self.banner, busy=self.busy,
               caption=self.tr("Araç bilgileri sorgulanıyor…"), disable=[self.form])

    def _load_models(self, brand: str, year: int) -> None:
        def show(models: list[ParameterItem]) -> None:
            self.form.model.set_items(models)

        run_op(self, self.service.models(brand, year), on_success=show, banner=self.banner)

    def _save(self) -> None:
        customer_id = self.data.customer_id
        if not customer_id or not self.form.validate():
            return

        def done(vehicle: Vehicle | QueuedDraft) -> None:
            self._loaded_for = None  # the list is stale now
            if isinstance(vehicle, QueuedDraft):
                self.finish(vehicle_id=vehicle.draft_id, vehicle_label=vehicle.label)
                self.notice.emit(offline_saved_text())
                return
            self.finish(vehicle_id=vehicle.id, vehicle_label=vehicle_label(vehicle))

        run_op(self, self.service.create_vehicle(customer_id, self.form.draft()), on_success=done,
               on_error=self._server_problems, banner=self.banner, busy=self.busy,
               caption=self.tr("Araç kaydediliyor…"), disable=[self.form])

    def _server_problems(self, error: ApiError) -> bool:
        if isinstance(error, ValidationFailed) and error.field_errors:
            mapped = {vf.server_field(name): " ".join(messages) for name, messages in error.field_errors.items()}
            return not self.form.errors.show(mapped)
        return False
