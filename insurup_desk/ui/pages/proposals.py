"""Teklifler: proposals made earlier; opening one shows its offers so the sale can be finished later."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Unpack

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from insurup_desk.services.api_ports import DeskClient
from insurup_desk.services.list_queries import CellKind, ListQuery, ProposalFilters
from insurup_desk.services.list_sources import PROPOSALS
from insurup_desk.ui.pages.proposal_detail import ProposalDetailPane
from insurup_desk.ui.tables.columns import Column, TableSpec
from insurup_desk.ui.tables.filter_bar import BranchPicker, ChoiceButton, DateRange
from insurup_desk.ui.tables.formatting import format_count
from insurup_desk.ui.tables.labels import PROPOSAL_STATE_COLORS, branch_labels, proposal_state_labels
from insurup_desk.ui.tables.list_page import ListOptions, ListPage, Row


def proposal_spec(name: str = "proposals") -> TableSpec:
    return TableSpec(
        name=name,
        fields=PROPOSALS.fields,
        columns=(
            Column("createdAt", QCoreApplication.translate("ProposalColumns", "Tarih"),
                   CellKind.DATETIME, sort_field="createdAt"),
            Column("insuredCustomerName", QCoreApplication.translate("ProposalColumns", "Sigortalı")),
            Column("insuredCustomerIdentityNumber", QCoreApplication.translate("ProposalColumns", "TCKN / VKN"),
                   companion="insuredCustomerTaxNumber", visible=False),
            Column("productBranch", QCoreApplication.translate("ProposalColumns", "Branş"),
                   CellKind.ENUM, labels=branch_labels()),
            Column("vehiclePlateCode", QCoreApplication.translate("ProposalColumns", "Plaka / adres"),
                   CellKind.ASSET, companion="vehiclePlateCity"),
            Column("vehicleModelBrandText", QCoreApplication.translate("ProposalColumns", "Marka")),
            Column("succeedProductsCount", QCoreApplication.translate("ProposalColumns", "Fiyat veren"), CellKind.INT),
            Column("productsCount", QCoreApplication.translate("ProposalColumns", "Şirket"),
                   CellKind.INT, visible=False),
            Column("lowestPremium", QCoreApplication.translate("ProposalColumns", "En düşük prim"), CellKind.MONEY),
            Column("state", QCoreApplication.translate("ProposalColumns", "Durum"),
                   CellKind.ENUM, labels=proposal_state_labels(), colors=PROPOSAL_STATE_COLORS),
        ),
    )


class ProposalsPage(ListPage):
    def __init__(
        self,
        client: DeskClient,
        *,
        navigator: Any | None = None,
        branches: Sequence[tuple[str, str]] = (),
        parent: QWidget | None = None,
        **options: Unpack[ListOptions],
    ) -> None:
        super().__init__(
            proposal_spec(),
            client,
            PROPOSALS,
            entity="proposals",
            title=QCoreApplication.translate("ProposalsPage", "Teklifler"),
            search_placeholder=QCoreApplication.translate(
                "ProposalsPage", "Ara: sigortalı adı, TCKN/VKN, plaka veya marka (Ctrl+F)"
            ),
            order=(("createdAt", "DESC"),),
            parent=parent,
            **options,
        )
        self._navigator = navigator
        self.branch_filter = ChoiceButton(self.tr("Branş"), list(branch_labels().items()), self)
        self.state_filter = ChoiceButton(self.tr("Durum"), list(proposal_state_labels().items()), self)
        self.created_range = DateRange(self.tr("Tarih"), self)
        self.agency_branch = BranchPicker(branches, self)
        self.filter_by(self.branch_filter, self.state_filter)
        self.filter_by(self.created_range, self.agency_branch, second_row=True)

        can_resume = navigator is not None and hasattr(navigator, "open_proposal")
        self.detail = ProposalDetailPane(client, can_resume=can_resume, parent=self, reads=self.reads)
        self.detail.resumeRequested.connect(self._resume)
        self.detail.newSaleRequested.connect(self._new_sale)
        self.set_detail_pane(self.detail)

    def filters(self) -> ProposalFilters:
        created_from, created_to = self.created_range.values()
        return ProposalFilters(
            text=self.search.value(),
            branches=self.branch_filter.values(),
            states=self.state_filter.values(),
            created_from=created_from,
            created_to=created_to,
            agent_branch_id=self.agency_branch.value(),
        )

    def build_query(self) -> ListQuery:
        return self.filters().to_query()

    def count_text(self, count: int) -> str:
        return self.tr("%1 teklif").replace("%1", format_count(count))

    def empty_text(self) -> str:
        return self.tr("Eşleşen teklif yok. Yeni bir teklif için “Yeni satış” sayfasını kullanın.")

    def export_name(self) -> str:
        return self.tr("teklifler")

    def show_detail(self, row: Row, *, focus: bool) -> None:
        context = {name: row[i] for i, name in enumerate(self.spec.fields)}
        self.detail.show_proposal(str(context["id"]), context)
        if focus:
            self.detail.offers.setFocus()

    def _resume(self, proposal_id: str) -> None:
        if self._navigator is not None:
            self._navigator.open_proposal(proposal_id)

    def _new_sale(self, customer_id: str, vehicle_id: str) -> None:
        if self._navigator is not None:
            self._navigator.open_new_sale(customer_id=customer_id, vehicle_id=vehicle_id or None)
