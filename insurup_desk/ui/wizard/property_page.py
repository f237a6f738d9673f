"""The property part of the "what we insure" step: one of the customer's homes, or a new one found the fast way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from insurup_desk.api.errors import ApiError, NotFound, ValidationFailed
from insurup_desk.api.models import ParameterItem
from insurup_desk.api.models.properties import DaskOldPolicyProperty, PropertyAddress
from insurup_desk.services import property_form as pf
from insurup_desk.services.offline_sale import is_draft
from insurup_desk.services.property_service import PropertyChoice, PropertyService, SavedProperty
from insurup_desk.services.sale import Sale
from insurup_desk.services.sales_flow import SaleData
from insurup_desk.ui.background import run_op
from insurup_desk.ui.wizard.property_form_widget import PropertyFormWidget
from insurup_desk.ui.wizard.saved_items import SavedItem, SavedItemsList, SavedItemsPage


class PropertyPage(SavedItemsPage):
    form: PropertyFormWidget

    def __init__(self, sale: Sale, parent: QWidget | None = None) -> None:
        super().__init__(sale, parent)
        self.properties = PropertyService(sale.service.client)
        self.list_box = SavedItemsList(self, self.tr("↑/↓ ile konutu seçip Enter'a basın."), self.tr("Y&eni konut"),
                                       self.tr("Bu müşterinin kayıtlı konutu yok. Ctrl+N ile yeni konut ekleyin."))
        self.homes, self.empty = self.list_box.items, self.list_box.empty
        self.homes.setObjectName("propertyList")
        self.new_button, self.pick_button = self.list_box.new_button, self.list_box.pick_button
        self.list_box.chosen.connect(lambda item_id, label: self.finish(property_id=item_id, property_label=label))
        self.list_box.new_wanted.connect(self._open_form)

        self.form = PropertyFormWidget(self)
        self.form.hide()
        self.form.cancel_requested.connect(self._close_form)
        self.form.lookup_requested.connect(self._lookup)
        self.form.dask_lookup_requested.connect(self._dask_lookup)
        self.form.walk_requested.connect(self._open_walk)
        self.form.walk.level_wanted.connect(self._load_level)
        self.form.walk.finished.connect(self._walk_finished)
        self.form.save_requested.connect(self._save)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.busy)
        layout.addWidget(self.list_box, 1)
        layout.addWidget(self.form, 1)

    # --- WizardPage -----------------------------------------------------------------------------------
    def chosen_id(self, sale: SaleData) -> str | None:
        return sale.property_id

    def primary(self) -> None:
        if not self.form.isVisible():
            self._pick()
            return
        focus = QApplication.focusWidget()
        if focus is self.form.dask_number:
            self._dask_lookup()
        elif focus is self.form.number or (self.form.address is None and pf.digits(self.form.number.text())
                                            and not self.form.walk.isVisible()):
            self._lookup()
        else:
            self._save()

    def take_focus(self) -> None:
        (self.form.number if self.form.isVisible() else self.homes).setFocus()

    def escape(self) -> bool:
        if self.form.walk.isVisible():
            self.form.walk.hide()
            self.form.number.setFocus()
            return True
        if self.form.isVisible():
            self._close_form()
            return True
        return False

    # --- the customer's homes --------------------------------------------------------------------------
    def _load(self, customer_id: str, preselect: str | None = None) -> None:
        self.homes.clear()
        if is_draft(customer_id):
            # Homes are registered online only, to a customer the server knows.
            self.list_box.show_notice(self.tr("Müşteri bağlantı gelince gönderilecek; konut ancak ondan sonra "
                                              "kaydedilebilir. DASK ve konut satışı için bağlantıyı bekleyin."))
            return

        def show(homes: list[PropertyChoice]) -> None:
            self._loaded_for = customer_id
            if not self.list_box.fill((SavedItem(home.label, home.id) for home in homes), preselect):
                self._open_form()

        run_op(self, self.properties.properties(customer_id), on_success=show, banner=self.banner, busy=self.busy,
               caption=self.tr("Konutlar yükleniyor…"))

    def _open_form(self) -> None:
        if is_draft(self.data.customer_id):
            return
        self.list_box.hide()
        self.form.clear()
        self.form.show()
        self.form.number.setFocus()

    # --- finding the address -------------------------------------------------------------------------
    def _lookup(self, then_save: bool = False) -> None:
        if not self.form.number_ready():
            return
        typed = self.form.number.text()

        def found(address: PropertyAddress) -> None:
            self.form.show_address(str(pf.uavt_number(typed) or typed), address)
            if then_save:
                self._save()
            else:
                self.form.square_meter.setFocus()

        run_op(self, self.properties.address_by_number(typed), on_success=found,
               on_error=self._not_found_as(pf.NUMBER, "address_not_found"),
               banner=self.banner, busy=self.busy, caption=self.tr("Adres sorgulanıyor…"), disable=[self.form])

    def _dask_lookup(self) -> None:
        if not self.form.dask_ready():
            return
        typed = self.form.dask_number.text()

        def found(building: DaskOldPolicyProperty) -> None:
            draft = pf.draft_from_dask(building, typed)
            self.form.apply_draft(draft)
            if building.address is not None:
                self.form.show_address(draft.number, building.address)
            self.form.square_meter.setFocus()

        run_op(self, self.properties.by_dask_old_policy(typed), on_success=found,
               on_error=self._not_found_as(pf.DASK_POLICY, "dask_not_found"),
               banner=self.banner, busy=self.busy, caption=self.tr("DASK poliçesi sorgulanıyor…"),
               disable=[self.form])

    def _not_found_as(self, field: str, problem: str) -> Callable[[ApiError], bool]:
        """A lookup that finds nothing is the typed number's problem, said beside it rather than in the banner."""

        def shown(error: ApiError) -> bool:
            if isinstance(error, NotFound):
                self.form.show_problem(field, problem)
                return True
            return False

        return shown

    def _open_walk(self) -> None:
        self.form.walk.show()
        if not self.form.walk.combos[0].count():
            self._load_level(0, "")
        else:
            self.form.walk.combos[0].setFocus()

    def _load_level(self, index: int, parent_value: str) -> None:
        def show(items: list[ParameterItem]) -> None:
            self.form.walk.set_level(index, items)

        run_op(self, self.properties.level(index, parent_value or None), on_success=show, banner=self.banner,
               busy=self.busy, caption=self.tr("Adres listesi yükleniyor…"))

    def _walk_finished(self, number: str) -> None:
        self.form.show_address(number, self.form.walk.chosen_address())
        self.form.walk.hide()
        self.form.square_meter.setFocus()

    # --- saving -------------------------------------------------------------------------------------
    def _save(self) -> None:
        customer_id = self.data.customer_id
        if not customer_id or not self.form.validate():
            return
        if self.form.address is None:
            self._lookup(then_save=True)  # the code's address is shown before the home is registered
            return

        def done(saved: SavedProperty) -> None:
            self._loaded_for = None  # the list is stale now
            if saved.already_registered:
                self.notice.emit(self.tr("Bu konut müşteride zaten kayıtlı; kayıtlı olan seçildi."))
            self.finish(property_id=saved.property.id, property_label=saved.label)

        run_op(self, self.properties.save(customer_id, self.form.draft()), on_success=done,
               on_error=self._server_problems, banner=self.banner, busy=self.busy,
               caption=self.tr("Konut kaydediliyor…"), disable=[self.form])

    def _server_problems(self, error: ApiError) -> bool:
        if isinstance(error, ValidationFailed) and error.field_errors:
            mapped = {pf.server_field(name): " ".join(messages) for name, messages in error.field_errors.items()}
            return not self.form.errors.show(mapped)
        return False
