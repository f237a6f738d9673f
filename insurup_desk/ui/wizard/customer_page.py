"""Step 1: find the customer with one search box, or register a new one; the highlighted customer's KVKK and
ETK consent are shown and can be recorded here."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from insurup_desk.api.errors import ApiError, ValidationFailed
from insurup_desk.domain.phone import format_mobile
from insurup_desk.services.consents import ConsentService
from insurup_desk.services.customer_search import CustomerMatches, search_input
from insurup_desk.services.offline_sale import QueuedDraft, is_draft
from insurup_desk.services.sale import Sale, customer_label
from insurup_desk.services.sale_service import CustomerResult
from insurup_desk.services.sales_flow import SaleData
from insurup_desk.ui.background import run_op
from insurup_desk.ui.consent_panel import ConsentPanel
from insurup_desk.ui.keys import with_key
from insurup_desk.ui.theme import mark_primary
from insurup_desk.ui.wizard.common import hint, offline_saved_text, page_title
from insurup_desk.ui.wizard.customer_form_widget import CustomerFormWidget
from insurup_desk.ui.wizard.page_base import WizardPage

SEARCH_DEBOUNCE_MS = 300


class CustomerPage(WizardPage):
    def __init__(self, sale: Sale, parent: QWidget | None = None) -> None:
        super().__init__(sale, parent)
        self._generation = 0
        self._answered = 0  # the generation whose results are on screen
        # Enter came before the results (an ID-card reader types the TCKN and Enter at once): pick on arrival.
        self._pick_when_found = False
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("TC kimlik no, vergi no, ad soyad veya cep telefonu"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.search.placeholderText())  # the placeholder may be cut on a narrow window
        self.results = QListWidget(self)
        self.results.setMinimumHeight(160)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.status = QLabel(self)
        self.status.setObjectName("hint")
        self.new_button = QPushButton(with_key(self.tr("Yeni &müşteri"), "Ctrl+N"), self)
        self.pick_button = QPushButton(self.tr("&Seç ve devam et"), self)
        mark_primary(self.pick_button)
        self.pick_button.setEnabled(False)
        self.form = CustomerFormWidget(self)
        self.form.hide()
        self.form.cancel_requested.connect(self._close_form)
        self.form.lookup_requested.connect(self._lookup)
        self.form.save_requested.connect(self._save)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._run_search)
        self.search.textEdited.connect(lambda _t: self._debounce.start())
        self.search.installEventFilter(self)
        self.results.itemDoubleClicked.connect(lambda _i: self._pick())
        self.results.currentRowChanged.connect(lambda r: self.pick_button.setEnabled(r >= 0))
        self.consents = ConsentPanel(ConsentService(self.service.client.consents), with_history=False, parent=self)
        self.results.currentRowChanged.connect(lambda _r: self._show_consents())
        self.pick_button.clicked.connect(self._pick)
        self.new_button.clicked.connect(self._open_form)
        QShortcut(QKeySequence("Ctrl+N"), self, self._open_form)
        QShortcut(QKeySequence("Ctrl+F"), self, self._focus_search)

        self.search_box = QWidget(self)
        search_layout = QVBoxLayout(self.search_box)
        search_layout.setContentsMargins(0, 0, 0, 0)
        search_layout.addWidget(hint(self.tr(
            "Yazmaya başlayın; ↑/↓ ile seçip Enter'a basın. Kayıt yoksa Ctrl+N ile yeni müşteri açın."), self))
        search_layout.addWidget(self.search)
        search_layout.addWidget(self.status)
        search_layout.addWidget(self.results, 1)
        search_layout.addWidget(self.consents)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.pick_button)
        search_layout.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Müşteri"), self))
        layout.addWidget(self.banner)
        layout.addWidget(self.busy)
        layout.addWidget(self.search_box, 1)
        layout.addWidget(self.form, 1)
        self.setTabOrder(self.search, self.pick_button)
        self.setTabOrder(self.pick_button, self.new_button)

    # --- WizardPage -------------------------------------------------------------------------------
    def enter(self, sale: SaleData) -> None:
        super().enter(sale)
        self._close_form()

    def primary(self) -> None:
        if self.form.isVisible():
            self._save()
        else:
            self._pick()

    def take_focus(self) -> None:
        if self.form.isVisible():
            self.form.focus_first()
        else:
            self.search.setFocus()

    def escape(self) -> bool:
        if self.form.isVisible():
            self._close_form()
            return True
        if self.search.text():
            self.search.clear()
            self.results.clear()
            self.status.clear()
            return True
        return False

    # --- search -----------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if step is not None and self.results.count():
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def _focus_search(self) -> None:
        self._close_form()
        self.search.setFocus()
        self.search.selectAll()

    def _run_search(self) -> None:
        text = self.search.text()
        self._generation += 1
        generation = self._generation
        if search_input(text) is None:
            self._answered, self._pick_when_found = generation, False
            self.results.clear()
            self.status.setText(self.tr("En az 2 harf veya kimlik/telefon numarası yazın."))
            return
        self.status.setText(self.tr("Aranıyor…"))

        def show(found: CustomerMatches) -> None:
            if generation != self._generation:
                return  # an answer to an older query
            nodes = found.nodes
            self._answered = generation
            self.results.clear()
            for node in nodes:
                phone = format_mobile(node.primary_phone_number) if node.primary_phone_number else ""
                identity = node.identity_number or node.tax_number or node.passport_number or ""
                item = QListWidgetItem(" · ".join(p for p in (node.name or "", identity, phone) if p))
                item.setData(Qt.ItemDataRole.UserRole, node.id)
                item.setData(Qt.ItemDataRole.UserRole + 1, customer_label(node.name, identity))
                self.results.addItem(item)
            if nodes:
                self.results.setCurrentRow(0)
                shown = self.tr("%n müşteri bulundu.", "", len(nodes))
                if found.more:
                    shown += " " + self.tr("%n müşteri daha var — aramayı daraltın.", "", found.more)
                self.status.setText(shown)
            else:
                self.status.setText(self.tr("Kayıt bulunamadı. Yeni müşteri için Ctrl+N."))
            wanted, self._pick_when_found = self._pick_when_found, False
            if wanted and len(nodes) == 1:
                self._pick()

        run_op(self, self.service.search_customers(text), on_success=show, banner=self.banner)

    def _pick(self) -> None:
        if self._debounce.isActive() or self._answered != self._generation:
            # The list on screen is not the answer to what is typed yet: search now, pick a single match.
            self._pick_when_found = True
            if self._debounce.isActive():
                self._debounce.stop()
                self._run_search()
            return
        if self.results.currentRow() < 0:
            return
        item = self.results.currentItem()
        self.finish(customer_id=str(item.data(Qt.ItemDataRole.UserRole)),
                    customer_label=str(item.data(Qt.ItemDataRole.UserRole + 1)))

    def _show_consents(self) -> None:
        item = self.results.currentItem()
        customer_id = str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
        # A customer saved offline has no server record yet, so no consent to read.
        self.consents.show_customer(customer_id if customer_id and not is_draft(customer_id) else None)

    # --- new customer -----------------------------------------------------------------------------
    def _open_form(self) -> None:
        self.search_box.hide()
        self.form.show()
        self.form.prefill_identity(self.search.text())
        self.form.focus_first()

    def _close_form(self) -> None:
        self.form.hide()
        self.search_box.show()
        self.search.setFocus()

    def _lookup(self) -> None:
        run_op(self, self.service.lookup_customer(self.form.draft()), on_success=self.form.apply_prefill,
               banner=self.banner, busy=self.busy, caption=self.tr("Kimlik bilgileri sorgulanıyor…"),
               disable=[self.form])

    def _save(self) -> None:
        if not self.form.validate():
            return

        def done(result: CustomerResult | QueuedDraft) -> None:
            if isinstance(result, QueuedDraft):
                self.finish(customer_id=result.draft_id, customer_label=result.label)
                self.notice.emit(offline_saved_text())
                return
            customer = result.customer
            self.finish(customer_id=customer.id,
                        customer_label=customer_label(customer.display_name, customer.identity))
            if result.already_existed:
                # After the move, so the notice shows on the vehicle step rather than being cleared by it.
                self.notice.emit(self.tr("Bu kimlik numarasıyla kayıtlı müşteri bulundu; mevcut kayıt açıldı."))

        run_op(self, self.service.create_customer(self.form.draft()), on_success=done,
               on_error=self._server_problems, banner=self.banner, busy=self.busy,
               caption=self.tr("Müşteri kaydediliyor…"), disable=[self.form])

    def _server_problems(self, error: ApiError) -> bool:
        if isinstance(error, ValidationFailed) and error.field_errors:
            unplaced = self.form.show_server_errors(error.field_errors)
            return not unplaced
        return False
