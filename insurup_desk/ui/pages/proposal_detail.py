"""One proposal's offers (GET /api/proposals/{id}) and the way back into the sale to finish it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any, Final

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from insurup_desk.domain.formats import format_datetime, format_money
from insurup_desk.services.api_ports import SaleClient
from insurup_desk.services.cached_reads import CachedReads, Fetched
from insurup_desk.services.sending import SendingService, SendJob
from insurup_desk.ui.background import BusyBar, ErrorBanner, run_op
from insurup_desk.ui.item_colors import item_color
from insurup_desk.ui.printing.print_button import PrintButton
from insurup_desk.ui.send_dialog import SendDialog, open_send_dialog
from insurup_desk.ui.tables.labels import (
    PRODUCT_STATE_COLORS,
    branch_labels,
    product_state_labels,
    proposal_state_labels,
)
from insurup_desk.ui.tables.offline_marker import OfflineMarker
from insurup_desk.ui.theme import mark_primary

# Offers with a document to print: priced, or already bought.
_PRINTABLE: Final = frozenset({"ACTIVE", "PURCHASED"})


class ProposalDetailPane(QWidget):
    loaded = Signal(object)  # the Proposal
    resumeRequested = Signal(str)  # proposal id
    newSaleRequested = Signal(str, str)  # customer id, vehicle id ("" when unknown)

    def __init__(
        self, client: SaleClient, *, can_resume: bool, parent: QWidget | None = None, reads: CachedReads | None = None
    ) -> None:
        super().__init__(parent)
        self._client = client
        self._reads = reads
        self.proposal: Any | None = None
        self._row_products: list[Any] = []  # the offers table's products, row by row
        self._current_id: str | None = None
        self._context: dict[str, Any] = {}

        self.heading = QLabel(self.tr("Bir teklif seçin"), self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.busy = BusyBar(self)
        self.banner = ErrorBanner(self)
        self.offline_marker = OfflineMarker(self)

        self.offers = QTableWidget(0, 4, self)
        self.offers.setHorizontalHeaderLabels(
            [self.tr("Sigorta şirketi"), self.tr("Brüt prim"), self.tr("Taksit"), self.tr("Durum")]
        )
        self.offers.verticalHeader().hide()
        self.offers.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.offers.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.offers.setAlternatingRowColors(True)
        self.offers.setWordWrap(False)

        self.resume_button = QPushButton(self.tr("Satışı tamamla"), self)
        mark_primary(self.resume_button)
        self.resume_button.setToolTip(self.tr("Bu teklifin fiyatlarını satış ekranında açar; ödeme oradan alınır."))
        self._resume_tip = self.resume_button.toolTip()
        self.resume_button.clicked.connect(self._resume)
        self.resume_button.setVisible(can_resume)
        self.new_sale_button = QPushButton(self.tr("Aynı araç için yeni teklif"), self)
        self.new_sale_button.clicked.connect(self._new_sale)
        # The chosen offer's own document (the insurer's PDF) to paper; the first priced offer when none is chosen.
        self.print_button = PrintButton(self._offer_fetch, self._offer_title, banner=self.banner, busy=self.busy,
                                        parent=self, text=self.tr("Teklifi ya&zdır"))
        self.send_dialog: SendDialog | None = None
        self.send_button = QPushButton(self.tr("Müşteriye gönder…"), self)
        self.send_button.setToolTip(self.tr("Karşılaştırmayı, teklif belgesini veya bilgilendirme formunu "
                                            "e-posta ya da SMS ile gönderir (seçili teklif)."))
        self.send_button.clicked.connect(self.open_send)
        buttons = QHBoxLayout()
        buttons.addWidget(self.resume_button)
        buttons.addWidget(self.new_sale_button)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.offline_marker)
        layout.addWidget(self.busy)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        layout.addWidget(self.offers, 1)
        self._set_actions_enabled(False)
        self.setMinimumWidth(380)

    def _set_actions_enabled(self, enabled: bool) -> None:
        self.resume_button.setEnabled(enabled)
        self.print_button.setEnabled(enabled and any(p.state in _PRINTABLE for p in self._row_products))
        self.new_sale_button.setEnabled(enabled and bool(self._context.get("insuredCustomerId")))
        self.send_button.setEnabled(enabled and bool(self._priced_ids()))

    def show_proposal(self, proposal_id: str, context: dict[str, Any] | None = None) -> None:
        if proposal_id == self._current_id and self.proposal is not None:
            return
        self._current_id = proposal_id
        self._context = dict(context or {})
        self.proposal = None
        self._row_products = []
        self._set_actions_enabled(False)
        self.offers.setRowCount(0)
        self.heading.setText(self.tr("Teklif yükleniyor…"))
        self.offline_marker.set_fetched_at(None)
        run_op(
            self,
            self._load(proposal_id),
            on_success=partial(self._show_fetched, wanted=proposal_id),
            banner=self.banner,
            busy=self.busy,
            caption=self.tr("Teklifler alınıyor…"),
        )

    async def _load(self, proposal_id: str) -> Fetched[Any]:
        if self._reads is None:
            return Fetched(await self._client.proposals.get(proposal_id), None)
        return await self._reads.proposal(proposal_id)

    def _show_fetched(self, fetched: Fetched[Any], wanted: str) -> None:
        if wanted != self._current_id:
            return
        self.offline_marker.set_fetched_at(fetched.fetched_at)
        self._fill(fetched.value, wanted)
        if fetched.from_cache:
            # Prices in a cached proposal may be gone by now, and a sale needs the line anyway.
            self.resume_button.setEnabled(False)
            self.resume_button.setToolTip(self.tr("Çevrimdışı: satışı tamamlamak için bağlantı gerekir."))
            self.send_button.setEnabled(False)  # the server sends, so the line is needed
        else:
            self.resume_button.setToolTip(self._resume_tip)

    def _fill(self, proposal: Any, wanted: str) -> None:
        if wanted != self._current_id:
            return
        self.proposal = proposal
        branch = branch_labels().get(proposal.product_branch or "", proposal.product_branch or "")
        state = proposal_state_labels().get(proposal.state, proposal.state)
        name = self._context.get("insuredCustomerName") or ""
        self.heading.setText(self.tr("%1 teklifi — %2").replace("%1", str(branch)).replace("%2", str(name)).strip(" —"))
        priced = sum(1 for p in proposal.products if p.state in ("ACTIVE", "PURCHASED"))
        self.summary.setText(
            self.tr("%1 · %2 · %3/%4 şirket fiyat verdi").replace("%1", str(state))
            .replace("%2", format_datetime(proposal.created_at)).replace("%3", str(priced))
            .replace("%4", str(len(proposal.products)))
        )
        products = sorted(
            proposal.products,
            key=lambda p: (p.cheapest_gross is None, p.cheapest_gross or 0, p.insurance_company_name or ""),
        )
        labels = product_state_labels()
        self._row_products = products
        self.offers.setRowCount(len(products))
        for r, product in enumerate(products):
            first = product.premium(1) or (product.premiums[0] if product.premiums else None)
            money = format_money(first.gross_premium, first.currency) if first and first.gross_premium else ""
            state_text = labels.get(product.state, product.state)
            if product.state == "FAILED" and product.error_message:
                state_text = f"{state_text}: {product.error_message}"
            plans = ", ".join(str(p.installment_number) for p in product.premiums)
            cells = [product.insurance_company_name or "", money, plans, state_text]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, product.id)
                    item.setData(Qt.ItemDataRole.UserRole + 1, product.state == "ACTIVE" and bool(product.premiums))
                    if product.product_name:
                        item.setToolTip(product.product_name)
                if c == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == 3:
                    item.setToolTip(state_text)
                    if product.state in PRODUCT_STATE_COLORS:
                        item.setForeground(item_color(PRODUCT_STATE_COLORS[product.state]))
                self.offers.setItem(r, c, item)
        header = self.offers.horizontalHeader()
        for c in range(3):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._set_actions_enabled(True)
        self.resume_button.setEnabled(proposal.state != "PURCHASED" and priced > 0)
        self.loaded.emit(proposal)

    def _chosen_offer(self) -> Any | None:
        row = self.offers.currentRow()
        chosen = self._row_products[row] if 0 <= row < len(self._row_products) else None
        if chosen is not None and chosen.state in _PRINTABLE:
            return chosen
        return next((p for p in self._row_products if p.state in _PRINTABLE), None)

    def _offer_fetch(self) -> Callable[[], Awaitable[bytes]] | None:
        product, proposal = self._chosen_offer(), self.proposal
        if product is None or proposal is None:
            return None
        proposals = self._client.proposals

        async def fetch() -> bytes:
            content: bytes = await proposals.download(await proposals.document_url(proposal.proposal_id, product.id))
            return content

        return fetch

    def _offer_title(self) -> str:
        product = self._chosen_offer()
        return self.tr("Teklif: %1").replace("%1", str(product.insurance_company_name or "") if product else "")

    def _resume(self) -> None:
        if self._current_id:
            self.resumeRequested.emit(self._current_id)

    def _new_sale(self) -> None:
        customer = self._context.get("insuredCustomerId")
        if customer:
            self.newSaleRequested.emit(str(customer), str(self._context.get("vehicleId") or ""))

    # --- sending --------------------------------------------------------------------------------------
    def _priced_ids(self, rows: list[int] | None = None) -> list[str]:
        out = []
        for r in range(self.offers.rowCount()) if rows is None else rows:
            item = self.offers.item(r, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole + 1):
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def send_choices(self) -> list[tuple[SendJob, str]]:
        """The comparison of the selected priced offers (all priced ones when none is selected), and the
        current offer's document and information form."""
        proposal = self.proposal
        customer_id = (proposal.insured_customer_id if proposal is not None else None) or \
            self._context.get("insuredCustomerId")
        pid = self._current_id
        if proposal is None or not customer_id or not pid:
            return []
        selected = sorted({i.row() for i in self.offers.selectionModel().selectedRows()})
        compared = self._priced_ids(selected) or self._priced_ids()
        choices: list[tuple[SendJob, str]] = []
        if compared:
            choices.append((SendJob("comparison", str(customer_id), pid, tuple(compared)),
                            self.tr("Karşılaştırma (%n teklif)", "", len(compared))))
        row = self.offers.currentRow()
        item = self.offers.item(row, 0) if row >= 0 else None
        current = self._priced_ids([row]) if item is not None else []
        if item is not None and current:
            insurer = item.text()
            choices.append((SendJob("offer", str(customer_id), pid, (current[0],)),
                            self.tr("Teklif belgesi — %1").replace("%1", insurer)))
            choices.append((SendJob("information", str(customer_id), pid, (current[0],)),
                            self.tr("Bilgilendirme formu — %1").replace("%1", insurer)))
        return choices

    def open_send(self) -> None:
        choices = self.send_choices()
        if choices:
            self.send_dialog = open_send_dialog(self, SendingService(self._client), choices)
