"""A customer's page: who they are, their vehicles, proposals, policies and consents (KVKK / ETK with history),
and "new sale for this customer"."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from insurup_desk.domain.formats import format_date
from insurup_desk.domain.phone import format_mobile
from insurup_desk.domain.plate import format_plate
from insurup_desk.services.api_ports import SaleClient
from insurup_desk.services.cached_reads import CachedReads, Fetched, page_fetcher
from insurup_desk.services.consents import ConsentService
from insurup_desk.services.list_queries import PolicyFilters, ProposalFilters
from insurup_desk.services.list_sources import POLICIES, PROPOSALS
from insurup_desk.ui.background import BusyBar, ErrorBanner, run_op
from insurup_desk.ui.consent_panel import ConsentPanel
from insurup_desk.ui.pages.detail_form import DetailForm
from insurup_desk.ui.pages.policies import policy_spec
from insurup_desk.ui.pages.proposals import proposal_spec
from insurup_desk.ui.tables.cut_text import show_cut_text
from insurup_desk.ui.tables.labels import customer_type_labels
from insurup_desk.ui.tables.offline_marker import OfflineMarker
from insurup_desk.ui.tables.paged_model import PagedTableModel
from insurup_desk.ui.theme import mark_primary

_POLICY_COLUMNS = ("insuranceCompanyPolicyNumber", "productBranch", "insuranceCompanyName", "vehiclePlateCode",
                   "grossPremium", "endDate", "state")
_PROPOSAL_COLUMNS = ("createdAt", "productBranch", "vehiclePlateCode", "lowestPremium", "state")


def _small_table(parent: QWidget, model: PagedTableModel, keep: tuple[str, ...]) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setStretchLastSection(True)
    for i, column in enumerate(model.spec.columns):
        view.setColumnHidden(i, column.key not in keep)
    # A customer's few policies: sizing to the text is cheap, and policy numbers and premiums are never cut.
    model.rowsInserted.connect(lambda *_a: view.resizeColumnsToContents())
    model.modelReset.connect(view.resizeColumnsToContents)
    show_cut_text(view)
    return view


class CustomerDetailPane(QWidget):
    loaded = Signal(object)  # the Customer
    newSaleRequested = Signal(str, str)  # customer id, vehicle id ("" for none)
    proposalRequested = Signal(str)  # proposal id

    def __init__(self, client: SaleClient, parent: QWidget | None = None, *, reads: CachedReads | None = None) -> None:
        super().__init__(parent)
        self._client = client
        self._reads = reads
        self.customer: Any | None = None
        self._current_id: str | None = None

        self.heading = QLabel(self.tr("Bir müşteri seçin"), self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.busy = BusyBar(self)
        self.banner = ErrorBanner(self)
        self.offline_marker = OfflineMarker(self)
        self.new_sale_button = QPushButton(self.tr("Bu müşteriye yeni satış"), self)
        mark_primary(self.new_sale_button)
        self.new_sale_button.setToolTip(self.tr("Satış sihirbazını araç adımında, bu müşteriyle açar."))
        self.new_sale_button.clicked.connect(self.start_new_sale)
        self.new_sale_button.setEnabled(False)

        self.form = DetailForm(self)
        self.form.add_section(self.tr("Müşteri"))
        for key, label in (
            ("type", self.tr("Tür")),
            ("identity", self.tr("TCKN / VKN / Pasaport")),
            ("birth", self.tr("Doğum tarihi")),
            ("phone", self.tr("Cep telefonu")),
            ("email", self.tr("E-posta")),
            ("place", self.tr("İl / ilçe")),
        ):
            self.form.add_field(key, label)

        self.vehicles = QListWidget(self)
        self.vehicles.itemActivated.connect(lambda _item: self.start_new_sale())
        self.proposals_model = PagedTableModel(
            proposal_spec("customer_proposals"), page_fetcher(client, reads, PROPOSALS, "customer_proposals"),
            page_size=50, parent=self)
        self.policies_model = PagedTableModel(
            policy_spec("customer_policies"), page_fetcher(client, reads, POLICIES, "customer_policies"),
            page_size=50, parent=self)
        self.proposals_view = _small_table(self, self.proposals_model, _PROPOSAL_COLUMNS)
        self.proposals_view.activated.connect(self._open_proposal)
        self.policies_view = _small_table(self, self.policies_model, _POLICY_COLUMNS)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.vehicles, self.tr("Araçlar"))
        self.tabs.addTab(self.proposals_view, self.tr("Teklifler"))
        self.tabs.addTab(self.policies_view, self.tr("Poliçeler"))
        self.consents = ConsentPanel(ConsentService(client.consents), with_history=True, parent=self)
        self.tabs.addTab(self.consents, self.tr("İzinler"))
        self.proposals_model.totalCountChanged.connect(
            lambda n: self.tabs.setTabText(1, self.tr("Teklifler (%1)").replace("%1", str(max(n, 0))))
        )
        self.policies_model.totalCountChanged.connect(
            lambda n: self.tabs.setTabText(2, self.tr("Poliçeler (%1)").replace("%1", str(max(n, 0))))
        )

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.new_sale_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.offline_marker)
        layout.addWidget(self.busy)
        layout.addWidget(self.banner)
        layout.addWidget(self.form)
        layout.addWidget(self.tabs, 1)
        self.setMinimumWidth(400)

    def show_customer(self, customer_id: str, name: str = "") -> None:
        if customer_id == self._current_id and self.customer is not None:
            return
        self._current_id = customer_id
        self.customer = None
        self.heading.setText(name or self.tr("Müşteri yükleniyor…"))
        self.vehicles.clear()
        self.new_sale_button.setEnabled(True)
        self.consents.show_customer(customer_id)
        by_date = (("createdAt", "DESC"),)
        self.proposals_model.set_query(ProposalFilters(insured_customer_id=customer_id).to_query(by_date))
        self.policies_model.set_query(
            PolicyFilters(extra=({"insuredCustomerId": {"eq": customer_id}},)).to_query((("endDate", "DESC"),))
        )

        async def load() -> tuple[Fetched[Any], Fetched[Any]]:
            if self._reads is None:
                customer = await self._client.customers.get(customer_id)
                return Fetched(customer, None), Fetched(await self._client.vehicles.list(customer_id), None)
            return await self._reads.customer(customer_id), await self._reads.vehicles(customer_id)

        self.offline_marker.set_fetched_at(None)
        run_op(self, load(), on_success=partial(self._show_fetched, wanted=customer_id),
               banner=self.banner, busy=self.busy, caption=self.tr("Müşteri bilgileri alınıyor…"))

    def _show_fetched(self, result: tuple[Fetched[Any], Fetched[Any]], wanted: str) -> None:
        if wanted != self._current_id:
            return
        customer, vehicles = result
        stamps = [f.fetched_at for f in result if f.fetched_at is not None]
        self.offline_marker.set_fetched_at(min(stamps) if stamps else None)
        self._fill((customer.value, vehicles.value), wanted)

    def _fill(self, result: tuple[Any, Any], wanted: str) -> None:
        if wanted != self._current_id:
            return
        customer, vehicles = result
        self.customer = customer
        self.heading.setText(customer.full_name or customer.title or self.heading.text())
        f = self.form
        f.set("type", customer_type_labels().get(customer.type, customer.type))
        f.set("identity", customer.identity_number or customer.tax_number or customer.passport_number)
        f.set("birth", format_date(customer.birth_date))
        phone = customer.primary_phone_number
        f.set("phone", format_mobile(phone.number, phone.country_code) if phone else "")
        f.set("email", customer.primary_email)
        place = " / ".join(p.text or "" for p in (customer.city, customer.district) if p is not None and p.text)
        f.set("place", place)
        self.vehicles.clear()
        for vehicle in vehicles:
            plate = format_plate(vehicle.plate.city, vehicle.plate.code) if vehicle.plate else self.tr("Plakasız")
            model = vehicle.model
            parts = [plate]
            if model is not None:
                parts.append(" ".join(str(x) for x in (model.brand and model.brand.text, model.type and model.type.text,
                                                        model.year) if x))
            item = QListWidgetItem(" — ".join(p for p in parts if p))
            item.setData(256, vehicle.id)
            self.vehicles.addItem(item)
        self.tabs.setTabText(0, self.tr("Araçlar (%1)").replace("%1", str(len(vehicles))))
        if self.vehicles.count():
            self.vehicles.setCurrentRow(0)
        self.loaded.emit(customer)

    def selected_vehicle_id(self) -> str | None:
        item = self.vehicles.currentItem()
        return str(item.data(256)) if item is not None and item.data(256) else None

    def start_new_sale(self) -> None:
        if self._current_id:
            self.newSaleRequested.emit(self._current_id, self.selected_vehicle_id() or "")

    def _open_proposal(self, index: Any) -> None:
        if index.isValid():
            self.proposalRequested.emit(str(self.proposals_model.value(index.row(), "id")))
