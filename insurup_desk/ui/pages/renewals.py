"""Yenilemeler: active policies ending in the next N days, soonest first, one action to renew (a sale on the
quotes step, asking at once), and which of them a newer policy has renewed already."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Unpack

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPushButton, QSpinBox, QWidget

from insurup_desk.services.api_ports import DeskClient
from insurup_desk.services.list_queries import CellKind, ListQuery
from insurup_desk.services.list_sources import POLICIES
from insurup_desk.services.renewal_sale import RENEWABLE
from insurup_desk.services.renewals import (
    DEFAULT_DAYS,
    MAX_DAYS,
    Renewal,
    RenewalLookupError,
    RenewalTarget,
    renewal_query,
    renewal_target,
    renewed_by,
)
from insurup_desk.ui.background import run_op
from insurup_desk.ui.keys import with_key
from insurup_desk.ui.pages.policies import row_context
from insurup_desk.ui.pages.policy_detail import PolicyDetailPane
from insurup_desk.ui.pages.renew_action import RenewAction
from insurup_desk.ui.tables.columns import Column, TableSpec
from insurup_desk.ui.tables.filter_bar import BranchPicker, ChoiceButton
from insurup_desk.ui.tables.formatting import format_count
from insurup_desk.ui.tables.labels import branch_labels
from insurup_desk.ui.tables.list_page import ListOptions, ListPage, Row
from insurup_desk.ui.theme import mark_primary


class RenewedLabels(dict[str, str]):
    """Policy id -> "renewed by" text, filled after the rows arrive; a row not renewed shows nothing (an ENUM
    column would otherwise print the id itself)."""

    def get(self, key: str, default: object = None) -> str:
        return super().get(key) or ""

    def __bool__(self) -> bool:
        return True  # an empty map is still this column's labels (not "no labels": the id would show)


def renewal_spec(renewed: Mapping[str, str] | None = None) -> TableSpec:
    return TableSpec(
        name="renewals",
        fields=POLICIES.fields,
        columns=(
            Column("endDate", QCoreApplication.translate("RenewalColumns", "Bitiş"),
                   CellKind.DATE, sort_field="endDate"),
            Column("endDate", QCoreApplication.translate("RenewalColumns", "Kalan"),
                   CellKind.DAYS_LEFT, name="daysLeft"),
            # Next to the days left: a row already renewed needs no call.
            Column("id", QCoreApplication.translate("RenewalColumns", "Yenileme"), CellKind.ENUM,
                   labels=renewed if renewed is not None else RenewedLabels(), name="renewedBy"),
            Column("insuredCustomerName", QCoreApplication.translate("RenewalColumns", "Sigortalı")),
            Column("productBranch", QCoreApplication.translate("RenewalColumns", "Branş"),
                   CellKind.ENUM, labels=branch_labels()),
            Column("vehiclePlateCode", QCoreApplication.translate("RenewalColumns", "Plaka / adres"),
                   CellKind.ASSET, companion="vehiclePlateCity"),
            Column("insuranceCompanyName", QCoreApplication.translate("RenewalColumns", "Mevcut şirket")),
            Column("grossPremium", QCoreApplication.translate("RenewalColumns", "Geçen yılki prim"),
                   CellKind.MONEY, sort_field="grossPremium", companion="currency"),
            Column("insuranceCompanyPolicyNumber", QCoreApplication.translate("RenewalColumns", "Poliçe no"),
                   visible=False),
        ),
    )


class RenewalsPage(ListPage):
    renewalStarted = Signal(object)  # RenewalTarget

    def __init__(
        self,
        client: DeskClient,
        *,
        navigator: Any | None = None,
        branches: Sequence[tuple[str, str]] = (),
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
        **options: Unpack[ListOptions],
    ) -> None:
        # Filled by the look-up after each page of rows; the "Yenileme" column reads it.
        self.renewed = RenewedLabels()
        self.renewals: dict[str, Renewal] = {}
        self.lookups = 0  # answered look-ups (a test waits for one)
        super().__init__(
            renewal_spec(self.renewed),
            client,
            POLICIES,
            entity="renewals",
            title=QCoreApplication.translate("RenewalsPage", "Yenilemeler"),
            search_placeholder=QCoreApplication.translate("RenewalsPage", "Ara: sigortalı, TCKN/VKN, plaka (Ctrl+F)"),
            order=(("endDate", "ASC"),),
            parent=parent,
            **options,
        )
        self._navigator = navigator
        self._client = client
        self._today = today
        self.days = QSpinBox(self)
        self.days.setRange(1, MAX_DAYS)
        self.days.setValue(DEFAULT_DAYS)
        self.days.setSuffix(self.tr(" gün"))
        self.days.setAccelerated(True)
        self.days.valueChanged.connect(lambda _v: self.apply_filters())
        self.add_filter(QLabel(self.tr("Önümüzdeki"), self), second_row=True)
        self.add_filter(self.days, second_row=True)
        self.add_filter(QLabel(self.tr("içinde biten yürürlükteki poliçeler"), self), second_row=True)
        self.branch_filter = ChoiceButton(self.tr("Branş"), list(branch_labels().items()), self)
        self.filter_by(self.branch_filter)
        self.agency_branch = BranchPicker(branches, self)
        self.filter_by(self.agency_branch, second_row=True)

        self.renew_button = QPushButton(with_key(self.tr("Yenileme satışını başlat"), "Ctrl+R"), self)
        mark_primary(self.renew_button)
        self.renew_button.setEnabled(False)
        self.renew_button.clicked.connect(self.start_renewal)
        self.add_filter(self.renew_button, second_row=True)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_R), self, self.start_renewal)
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self.renew_button.setEnabled(current.isValid())
        )
        self.detail = PolicyDetailPane(client, self, reads=self.reads)
        self.set_detail_pane(self.detail)
        self.renew_action = RenewAction(self.detail, self.renew)
        self.model.pageInserted.connect(lambda _rows, _when: self.look_up_renewals())

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.look_up_renewals()  # a renewal may have been sold since the rows were read

    def look_up_renewals(self) -> None:
        """Which listed policies a newer policy renews (read for the rows loaded so far)."""
        rows = [row_context(self.spec, self.model.row(r)) for r in range(self.model.rowCount())]
        if not rows:
            return

        def found(renewals: dict[str, Renewal]) -> None:
            self.renewals = renewals
            self.renewed.clear()
            for policy_id, renewal in renewals.items():
                self.renewed[policy_id] = self.tr("Yenilendi: %1").replace("%1", renewal.policy_number)
            self.model.reformat()
            if renewals:
                # The column was fitted while it was empty: widen it to its texts now.
                column = next(i for i, c in enumerate(self.spec.columns) if c.ident == "renewedBy")
                self.view.resizeColumnToContents(column)
                header = self.view.horizontalHeader()
                header.resizeSection(column, min(max(header.sectionSize(column) + 12, 70), 240))
            self.lookups += 1

        async def look_up() -> dict[str, Renewal]:
            try:
                return await renewed_by(self._client.graphql, rows)
            except RenewalLookupError:
                return self.renewals  # the column keeps what it knew; the list itself is unaffected

        run_op(self, look_up(), on_success=found, on_error=lambda _e: True)

    def build_query(self) -> ListQuery:
        return renewal_query(
            self._today(),
            self.days.value(),
            text=self.search.value(),
            branches=self.branch_filter.values(),
            agent_branch_id=self.agency_branch.value(),
        )

    def count_text(self, count: int) -> str:
        return self.tr("%1 poliçe %2 gün içinde bitiyor").replace("%1", format_count(count)).replace(
            "%2", str(self.days.value()))

    def empty_text(self) -> str:
        return self.tr("Önümüzdeki %1 günde biten yürürlükte poliçe yok. Gün sayısını artırabilirsiniz.").replace(
            "%1", str(self.days.value()))

    def export_name(self) -> str:
        return self.tr("yenilemeler")

    def show_detail(self, row: Row, *, focus: bool) -> None:
        self.detail.show_policy(str(row[self.spec.index_of("id")]), row_context(self.spec, row))

    def selected_target(self) -> RenewalTarget | None:
        row = self.selected_row()
        if row is None or row >= self.model.rowCount():
            return None
        return renewal_target(row_context(self.spec, self.model.row(row)))

    def start_renewal(self) -> None:
        target = self.selected_target()
        if target is None:
            self.status_label.setText(self.tr("Önce listeden bir poliçe seçin."))
            return
        if target.product_branch not in RENEWABLE:
            self.status_label.setText(self.tr("Bu branşın yenilemesi masadan yapılamıyor; yalnızca Trafik ve Kasko "
                                              "yenilenebilir."))
            return
        self.renew(target)

    def renew(self, target: RenewalTarget) -> None:
        """Renew in one action: the sale opens on the quotes step for the same customer, vehicle and branch."""
        self.renewalStarted.emit(target)
        if self._navigator is None:
            return
        opener = getattr(self._navigator, "open_renewal", None)
        if callable(opener):
            opener(target)
        else:
            self._navigator.open_new_sale(customer_id=target.customer_id, vehicle_id=target.vehicle_id)
