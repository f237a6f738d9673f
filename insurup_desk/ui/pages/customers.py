"""Müşteriler: search first (name, TCKN/VKN, phone, e-mail), then the customer's page on the right."""

from __future__ import annotations

from typing import Any, Unpack

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from insurup_desk.services.api_ports import DeskClient
from insurup_desk.services.list_queries import CellKind, CustomerFilters, ListQuery
from insurup_desk.services.list_sources import CUSTOMERS
from insurup_desk.ui.pages.customer_detail import CustomerDetailPane
from insurup_desk.ui.tables.columns import Column, TableSpec
from insurup_desk.ui.tables.filter_bar import ChoiceButton
from insurup_desk.ui.tables.formatting import format_count
from insurup_desk.ui.tables.labels import customer_type_labels
from insurup_desk.ui.tables.list_page import ListOptions, ListPage, Row


def customer_spec() -> TableSpec:
    return TableSpec(
        name="customers",
        fields=CUSTOMERS.fields,
        columns=(
            Column("name", QCoreApplication.translate("CustomerColumns", "Ad / unvan"), sort_field="name"),
            Column("type", QCoreApplication.translate("CustomerColumns", "Tür"),
                   CellKind.ENUM, labels=customer_type_labels()),
            Column("identityNumber", QCoreApplication.translate("CustomerColumns", "TCKN / VKN"),
                   companion="taxNumber"),
            Column("passportNumber", QCoreApplication.translate("CustomerColumns", "Pasaport"), visible=False),
            Column("primaryPhoneNumber", QCoreApplication.translate("CustomerColumns", "Cep telefonu"),
                   CellKind.PHONE, companion="primaryPhoneNumberCountryCode"),
            Column("primaryEmail", QCoreApplication.translate("CustomerColumns", "E-posta"), visible=False),
            Column("cityText", QCoreApplication.translate("CustomerColumns", "İl")),
            Column("districtText", QCoreApplication.translate("CustomerColumns", "İlçe"), visible=False),
            Column("createdAt", QCoreApplication.translate("CustomerColumns", "Kayıt"),
                   CellKind.DATETIME, sort_field="createdAt"),
        ),
    )


class CustomersPage(ListPage):
    def __init__(
        self,
        client: DeskClient,
        *,
        navigator: Any | None = None,
        parent: QWidget | None = None,
        **options: Unpack[ListOptions],
    ) -> None:
        super().__init__(
            customer_spec(),
            client,
            CUSTOMERS,
            entity="customers",
            title=QCoreApplication.translate("CustomersPage", "Müşteriler"),
            search_placeholder=QCoreApplication.translate(
                "CustomersPage", "Müşteri ara: ad, TCKN/VKN, telefon veya e-posta (Ctrl+F)"
            ),
            order=(("createdAt", "DESC"),),
            parent=parent,
            **options,
        )
        self._navigator = navigator
        self.type_filter = ChoiceButton(self.tr("Tür"), list(customer_type_labels().items()), self)
        self.filter_by(self.type_filter)
        self.detail = CustomerDetailPane(client, self, reads=self.reads)
        self.detail.newSaleRequested.connect(self._new_sale)
        self.detail.proposalRequested.connect(self._open_proposal)
        self.set_detail_pane(self.detail)
        self.setFocusProxy(self.search)

    def build_query(self) -> ListQuery:
        return CustomerFilters(text=self.search.value(), types=self.type_filter.values()).to_query()

    def current_query(self) -> ListQuery:
        query = super().current_query()
        if query.search is not None:
            # While searching, the best match comes first (reference §10.6), whatever the column sort says.
            return ListQuery(filter=query.filter, search=query.search, order=(("searchScore", "DESC"), *query.order))
        return query

    def count_text(self, count: int) -> str:
        return self.tr("%1 müşteri").replace("%1", format_count(count))

    def empty_text(self) -> str:
        return self.tr("Eşleşen müşteri yok. Yeni müşteriyi “Yeni satış” sayfasında kaydedebilirsiniz.")

    def export_name(self) -> str:
        return self.tr("musteriler")

    def show_detail(self, row: Row, *, focus: bool) -> None:
        spec = self.spec
        self.detail.show_customer(str(row[spec.index_of("id")]), str(row[spec.index_of("name")] or ""))
        if focus:
            self.detail.new_sale_button.setFocus()

    def show_customer(self, customer_id: str) -> None:
        """Open one customer's page (the navigator calls this, e.g. from a finished sale)."""
        self.ensure_loaded()
        self.detail.show_customer(customer_id)

    def _new_sale(self, customer_id: str, vehicle_id: str) -> None:
        if self._navigator is not None:
            self._navigator.open_new_sale(customer_id=customer_id, vehicle_id=vehicle_id or None)

    def _open_proposal(self, proposal_id: str) -> None:
        if self._navigator is not None and hasattr(self._navigator, "open_proposal"):
            self._navigator.open_proposal(proposal_id)
