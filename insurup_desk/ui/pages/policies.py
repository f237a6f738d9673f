"""Poliçeler: the main list. Search (policy no, insured name, TCKN, plate), filters, server-side sort, detail."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Unpack

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from insurup_desk.services.api_ports import DeskClient
from insurup_desk.services.cached_reads import Fetched
from insurup_desk.services.list_queries import CellKind, ListQuery, PolicyFilters
from insurup_desk.services.list_sources import POLICIES
from insurup_desk.services.reference_cache import ReferenceCache
from insurup_desk.services.renewals import RenewalTarget
from insurup_desk.ui.background import run_op
from insurup_desk.ui.pages.policy_detail import PolicyDetailPane
from insurup_desk.ui.pages.renew_action import RenewAction
from insurup_desk.ui.tables.columns import Column, TableSpec
from insurup_desk.ui.tables.filter_bar import BranchPicker, ChoiceButton, DateRange
from insurup_desk.ui.tables.formatting import format_count
from insurup_desk.ui.tables.labels import POLICY_STATE_COLORS, branch_labels, policy_state_labels
from insurup_desk.ui.tables.list_page import ListOptions, ListPage, Row


def policy_columns() -> tuple[Column, ...]:
    return (
        Column("insuranceCompanyPolicyNumber", QCoreApplication.translate("PolicyColumns", "Poliçe no")),
        Column("insuredCustomerName", QCoreApplication.translate("PolicyColumns", "Sigortalı")),
        Column("insuredCustomerIdentityNumber", QCoreApplication.translate("PolicyColumns", "TCKN / VKN"),
               companion="insuredCustomerTaxNumber", visible=False),
        Column("productBranch", QCoreApplication.translate("PolicyColumns", "Branş"),
               CellKind.ENUM, labels=branch_labels()),
        Column("vehiclePlateCode", QCoreApplication.translate("PolicyColumns", "Plaka / adres"),
               CellKind.ASSET, companion="vehiclePlateCity"),
        Column("daskPolicyNumber", QCoreApplication.translate("PolicyColumns", "DASK poliçe no")),
        Column("grossPremium", QCoreApplication.translate("PolicyColumns", "Brüt prim"),
               CellKind.MONEY, sort_field="grossPremium", companion="currency"),
        Column("netPremium", QCoreApplication.translate("PolicyColumns", "Net prim"),
               CellKind.MONEY, sort_field="netPremium", companion="currency", visible=False),
        Column("startDate", QCoreApplication.translate("PolicyColumns", "Başlangıç"),
               CellKind.DATE, sort_field="startDate"),
        Column("endDate", QCoreApplication.translate("PolicyColumns", "Bitiş"), CellKind.DATE, sort_field="endDate"),
        Column("state", QCoreApplication.translate("PolicyColumns", "Durum"),
               CellKind.ENUM, labels=policy_state_labels(), colors=POLICY_STATE_COLORS),
        Column("insuranceCompanyName", QCoreApplication.translate("PolicyColumns", "Sigorta şirketi")),
        Column("productName", QCoreApplication.translate("PolicyColumns", "Ürün"), visible=False),
        Column("vehicleModelBrandText", QCoreApplication.translate("PolicyColumns", "Marka"), visible=False),
        Column("createdAt", QCoreApplication.translate("PolicyColumns", "Düzenlenme"),
               CellKind.DATETIME, sort_field="createdAt"),
        # The campaign code / tag the sale was made with (the purchase metadata); shown on demand, exported as seen.
        Column("campaign", QCoreApplication.translate("PolicyColumns", "Kampanya"), visible=False),
    )


def policy_spec(name: str = "policies") -> TableSpec:
    return TableSpec(name=name, fields=POLICIES.fields, columns=policy_columns())


def row_context(spec: TableSpec, row: Row) -> dict[str, Any]:
    return {name: row[i] for i, name in enumerate(spec.fields)}


class PoliciesPage(ListPage):
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
            policy_spec(),
            client,
            POLICIES,
            entity="policies",
            title=QCoreApplication.translate("PoliciesPage", "Poliçeler"),
            search_placeholder=QCoreApplication.translate(
                "PoliciesPage", "Ara: poliçe no, sigortalı adı, TCKN/VKN veya plaka (Ctrl+F)"
            ),
            order=(("createdAt", "DESC"),),
            parent=parent,
            **options,
        )
        self._client = client
        self.branch_filter = ChoiceButton(self.tr("Branş"), list(branch_labels().items()), self)
        self.state_filter = ChoiceButton(self.tr("Durum"), list(policy_state_labels().items()), self)
        self.insurer_filter = ChoiceButton(self.tr("Şirket"), [], self)
        self.start_range = DateRange(self.tr("Başlangıç"), self)
        self.end_range = DateRange(self.tr("Bitiş"), self)
        self.agency_branch = BranchPicker(branches, self)
        self.filter_by(self.branch_filter, self.state_filter, self.insurer_filter)
        self.filter_by(self.start_range, self.end_range, self.agency_branch, second_row=True)

        self.detail = PolicyDetailPane(client, self, reads=self.reads)
        self.set_detail_pane(self.detail)
        self._insurers_asked = False
        self._navigator = navigator
        self.renew_action = RenewAction(self.detail, self.renew)

    def renew(self, target: RenewalTarget) -> None:
        """Renew the policy shown in the detail pane (a sale on the quotes step, asking at once)."""
        opener = getattr(self._navigator, "open_renewal", None)
        if callable(opener):
            opener(target)

    def ensure_loaded(self) -> None:
        if not self._insurers_asked:
            self._insurers_asked = True
            self._load_insurers()
        super().ensure_loaded()

    def _load_insurers(self) -> None:
        def fill(names: Fetched[list[str]]) -> None:
            self.insurer_filter.set_choices([(n, n) for n in names.value])

        store, monitor = (self.reads.store, self.reads.monitor) if self.reads else (None, None)
        # A missing insurer list only costs the filter its choices; the list itself still works.
        run_op(self, ReferenceCache(self._client, store, monitor).insurers(), on_success=fill,
               on_error=lambda _e: True)

    def filters(self) -> PolicyFilters:
        start_from, start_to = self.start_range.values()
        end_from, end_to = self.end_range.values()
        return PolicyFilters(
            text=self.search.value(),
            branches=self.branch_filter.values(),
            states=self.state_filter.values(),
            insurers=self.insurer_filter.values(),
            start_from=start_from,
            start_to=start_to,
            end_from=end_from,
            end_to=end_to,
            agent_branch_id=self.agency_branch.value(),
        )

    def build_query(self) -> ListQuery:
        return self.filters().to_query()

    def count_text(self, count: int) -> str:
        return self.tr("%1 poliçe").replace("%1", format_count(count))

    def empty_text(self) -> str:
        return self.tr("Bu arama ve filtrelerle eşleşen poliçe yok. Aramayı temizleyin veya filtreleri gevşetin.")

    def export_name(self) -> str:
        return self.tr("policeler")

    def show_detail(self, row: Row, *, focus: bool) -> None:
        self.detail.show_policy(row[self.spec.index_of("id")], row_context(self.spec, row))
        if focus:
            self.detail.setFocus()
