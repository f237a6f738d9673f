"""Step 4: summary, payment method, card entry, confirmation, then purchase — guarded against paying twice."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from decimal import Decimal

from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from insurup_desk.api.errors import ApiError
from insurup_desk.api.models import Proposal
from insurup_desk.domain.formats import format_money
from insurup_desk.services.purchase_guard import PurchaseGuard, PurchaseOutcome, PurchaseState
from insurup_desk.services.sale_service import SaleService
from insurup_desk.services.sales_flow import SaleData
from insurup_desk.ui.background import run_op
from insurup_desk.ui.theme import mark_primary
from insurup_desk.ui.wizard.card_form import CardForm
from insurup_desk.ui.wizard.common import hint, needs_line_text, page_title
from insurup_desk.ui.wizard.page_base import WizardPage

CARD, OPEN_ACCOUNT = "SYNC_CREDIT_CARD", "SYNC_OPEN_ACCOUNT"
FORM, CONFIRM, WORKING, CHECKING = range(4)


async def _nothing_to_wait_for() -> None:
    return None


class PaymentPage(WizardPage):
    def __init__(self, service: SaleService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        self.guard: PurchaseGuard | None = None
        self.amount: Decimal | None = None
        self.currency = "TURKISH_LIRA"
        self.options: tuple[str, ...] = ()
        # Awaited before a purchase request leaves (the wizard makes it wait for the saved sale to reach disk).
        self.before_purchase: Callable[[], Awaitable[None]] = _nothing_to_wait_for

        self.summary = QLabel(self)
        self.summary.setObjectName("infoLabel")
        self.summary.setWordWrap(True)
        self.pay_card = QRadioButton(self.tr("&Kredi kartı"), self)
        self.pay_account = QRadioButton(self.tr("Açık &hesap"), self)
        methods = QButtonGroup(self)
        methods.addButton(self.pay_card)
        methods.addButton(self.pay_account)
        self.pay_card.setChecked(True)
        self.pay_card.toggled.connect(self._method_changed)
        self.card = CardForm(self)
        self.to_confirm = QPushButton(self.tr("Ödemeye &geç"), self)
        mark_primary(self.to_confirm)
        self.to_confirm.clicked.connect(self.primary)

        form = QWidget(self)
        form_layout = QVBoxLayout(form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        method_row = QHBoxLayout()
        method_row.addWidget(QLabel(self.tr("Ödeme yöntemi:"), self))
        method_row.addWidget(self.pay_card)
        method_row.addWidget(self.pay_account)
        method_row.addStretch(1)
        form_layout.addLayout(method_row)
        form_layout.addWidget(self.card)
        form_layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.to_confirm)
        form_layout.addLayout(buttons)

        confirm = QWidget(self)
        self.confirm_text = QLabel(confirm)
        self.confirm_text.setObjectName("pageTitle")
        self.confirm_text.setWordWrap(True)
        self.confirm_back = QPushButton(self.tr("Düzelt (Esc)"), confirm)
        self.confirm_button = QPushButton(self.tr("Ödemeyi &onayla"), confirm)
        mark_primary(self.confirm_button)
        self.confirm_back.clicked.connect(self.escape)
        self.confirm_button.clicked.connect(self.primary)
        confirm_layout = QVBoxLayout(confirm)
        confirm_layout.addWidget(self.confirm_text)
        confirm_layout.addWidget(hint(self.tr("Onayladığınızda ödeme hemen alınır ve poliçe düzenlenir."), confirm))
        confirm_layout.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.confirm_back)
        row.addStretch(1)
        row.addWidget(self.confirm_button)
        confirm_layout.addLayout(row)

        working = QWidget(self)
        self.working_text = QLabel(self.tr("Ödeme alınıyor, lütfen bekleyin…"), working)
        self.working_text.setObjectName("pageTitle")
        bar = QProgressBar(working)
        bar.setRange(0, 0)
        working_layout = QVBoxLayout(working)
        working_layout.addWidget(self.working_text)
        working_layout.addWidget(bar)
        working_layout.addStretch(1)

        checking = QWidget(self)
        self.checking_title = QLabel(self.tr("Sigorta şirketiyle kontrol ediliyor"), checking)
        self.checking_title.setObjectName("pageTitle")
        self.checking_text = QLabel(checking)
        self.checking_text.setWordWrap(True)
        self.check_bar = QProgressBar(checking)
        self.check_bar.setRange(0, 0)
        self.check_again = QPushButton(self.tr("Tekrar &kontrol et"), checking)
        mark_primary(self.check_again)
        self.check_again.clicked.connect(self.reconcile)
        checking_layout = QVBoxLayout(checking)
        checking_layout.addWidget(self.checking_title)
        checking_layout.addWidget(self.checking_text)
        checking_layout.addWidget(self.check_bar)
        checking_layout.addStretch(1)
        checking_layout.addWidget(self.check_again)

        self.stack = QStackedWidget(self)
        for widget in (form, confirm, working, checking):
            self.stack.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Ödeme"), self))
        layout.addWidget(self.summary)
        layout.addWidget(self.banner)
        layout.addWidget(self.busy)
        layout.addWidget(self.stack, 1)

    # --- WizardPage -------------------------------------------------------------------------------
    def enter(self, sale: SaleData) -> None:
        super().enter(sale)
        pid, ppid = sale.proposal_id, sale.proposal_product_id
        if pid is None or ppid is None:
            return
        if self.guard is None or self.guard.proposal_id != pid:
            self.guard = PurchaseGuard(self.service.client.purchases, pid)
            if sale.pending_purchase:
                self.guard.restore_pending(ppid)
        self.stack.setCurrentIndex(FORM)
        self.summary.setText(self.tr("Teklif yükleniyor…"))
        run_op(self, self.service.proposal(pid), on_success=self._show_offer, banner=self.banner,
               busy=self.busy, caption=self.tr("Teklif yükleniyor…"))
        if self.guard.needs_reconcile:
            self.reconcile()

    def leave(self) -> None:
        self.card.wipe()

    def escape(self) -> bool:
        index = self.stack.currentIndex()
        if index == CONFIRM:
            self.stack.setCurrentIndex(FORM)
            return True
        # While money may be moving, Esc must not lead anywhere.
        return index in (WORKING, CHECKING)

    def primary(self) -> None:
        index = self.stack.currentIndex()
        if index == FORM:
            self._to_confirmation()
        elif index == CONFIRM:
            self.pay()

    # --- steps ------------------------------------------------------------------------------------
    def _show_offer(self, proposal: Proposal) -> None:
        product = proposal.product(self.sale.proposal_product_id or "")
        installments = self.sale.installment_number or 1
        premium = product.premium(installments) if product else None
        if product is None or premium is None or premium.gross_premium is None:
            self.summary.setText(self.tr("Seçilen teklif artık geçerli değil; teklifler adımına dönün."))
            self.to_confirm.setEnabled(False)
            return
        self.amount = premium.gross_premium
        self.currency = premium.currency
        self.options = tuple(o for o in product.supported_payment_options if o in (CARD, OPEN_ACCOUNT))
        self.pay_card.setEnabled(CARD in self.options)
        self.pay_account.setEnabled(OPEN_ACCOUNT in self.options)
        # The method is chosen for this offer from what it supports: card first, open account when card is absent.
        (self.pay_card if CARD in self.options or OPEN_ACCOUNT not in self.options else self.pay_account
         ).setChecked(True)
        self.to_confirm.setEnabled(bool(self.options))
        self.summary.setText(self._summary_text(product.insurance_company_name or "", product.product_name or "",
                                                installments))
        self._method_changed()
        if self.pay_card.isChecked():
            self.card.number.setFocus()

    def _summary_text(self, insurer: str, product: str, installments: int) -> str:
        total = format_money(self.amount, self.currency)
        if installments == 1:
            plan = self.tr("Peşin, toplam %1").replace("%1", total)
        else:
            each = format_money((self.amount or Decimal(0)) / installments, self.currency)
            plan = self.tr("%1 taksit × %2 = toplam %3").replace("%1", str(installments)).replace(
                "%2", each).replace("%3", total)
        return self.tr("%1 · %2\nMüşteri: %3 · Araç: %4\nÖdeme planı: %5").replace("%1", insurer).replace(
            "%2", product).replace("%3", self.sale.customer_label).replace("%4", self.sale.vehicle_label).replace(
            "%5", plan)

    def _method_changed(self) -> None:
        self.card.setVisible(self.pay_card.isChecked())

    @property
    def method(self) -> str:
        return CARD if self.pay_card.isChecked() else OPEN_ACCOUNT

    def _to_confirmation(self) -> None:
        if self.amount is None or self.guard is None:
            return
        if self.method == CARD and not self.card.validate():
            return
        total = format_money(self.amount, self.currency)
        installments = self.sale.installment_number or 1
        if installments > 1:
            total += self.tr(" (%1 taksit × %2)").replace("%1", str(installments)).replace(
                "%2", format_money(self.amount / installments, self.currency))
        if self.method == CARD:
            text = self.tr("%1 tutarındaki ödeme %2 numaralı karttan alınacak.").replace("%1", total).replace(
                "%2", self.card.masked_number())
        else:
            text = self.tr("%1 tutarındaki ödeme acentenin açık hesabına yazılacak.").replace("%1", total)
        self.confirm_text.setText(text)
        self.stack.setCurrentIndex(CONFIRM)
        self.confirm_button.setFocus()

    def pay(self) -> None:
        guard, ppid = self.guard, self.sale.proposal_product_id
        if guard is None or ppid is None or not guard.may_pay:
            return
        if self.line_down():
            # Known to be down: nothing is sent, so no money can move; the card stays typed on this screen.
            self.banner.show_message(needs_line_text(self.tr("Ödeme yapmak")))
            return
        installments = self.sale.installment_number or 1
        card = self.card.card() if self.method == CARD else None
        # The widgets forget the card now; only the request in flight still holds it.
        self.card.wipe()
        # Written ahead: the saved sale says "being paid" before the request leaves, so a crash or a kill in
        # flight reopens it on the check, never on a payment form that could charge twice.
        self.changed.emit({"pending_purchase": True})

        async def journaled() -> PurchaseOutcome:
            await self.before_purchase()
            if card is not None:
                return await guard.pay_by_card(ppid, installments, card)
            return await guard.pay_open_account(ppid, installments)

        self.stack.setCurrentIndex(WORKING)
        run_op(self, journaled(), on_success=self._paid, banner=self.banner)

    def _paid(self, outcome: PurchaseOutcome) -> None:
        if outcome.state is PurchaseState.PURCHASED:
            self._finished(outcome)
        elif outcome.state is PurchaseState.UNKNOWN:
            self.changed.emit({"pending_purchase": True})
            self.reconcile()
        else:
            # A definite refusal: nothing was charged, so the sale is no longer "being paid".
            self.changed.emit({"pending_purchase": False})
            self._back_to_form(outcome.error)

    def reconcile(self) -> None:
        guard = self.guard
        if guard is None:
            return
        self.stack.setCurrentIndex(CHECKING)
        self.checking_text.setText(self.tr(
            "Ödemenin sonucu alınamadı. Çift ödeme olmaması için poliçe durumu sigorta şirketinden "
            "soruluyor; bu sırada tekrar ödeme alınamaz."))
        self.check_bar.show()
        self.check_again.setEnabled(False)
        run_op(self, guard.reconcile(), on_success=self._reconciled, banner=self.banner)

    def _reconciled(self, outcome: PurchaseOutcome) -> None:
        self.check_again.setEnabled(True)
        self.check_bar.hide()
        if outcome.state is PurchaseState.PURCHASED:
            self._finished(outcome)
        elif outcome.state is PurchaseState.FAILED:
            self.changed.emit({"pending_purchase": False})
            self.notice.emit(self.tr("Sigorta şirketi ödemenin gerçekleşmediğini bildirdi; "
                                     "yeniden deneyebilirsiniz."))
            self._back_to_form(None)
        elif outcome.state is PurchaseState.PROCESSING:
            self.checking_text.setText(self.tr("Sigorta şirketi işlemi hâlâ sürdürüyor. Birkaç dakika sonra "
                                               "'Tekrar kontrol et' ile sorun; tekrar ödeme almayın."))
        else:
            if outcome.error is not None:
                self.banner.show_error(outcome.error)
            self.checking_text.setText(self.tr("Sonuç hâlâ öğrenilemedi (bağlantı sorunu olabilir). "
                                               "'Tekrar kontrol et' ile yeniden sorun; tekrar ödeme almayın."))

    def _back_to_form(self, error: ApiError | None) -> None:
        self.card.wipe()
        self.stack.setCurrentIndex(FORM)
        if error is not None:
            self.banner.show_error(error)
        if self.pay_card.isChecked():
            self.card.number.setFocus()

    def _finished(self, outcome: PurchaseOutcome) -> None:
        self.card.wipe()
        self.finish(payment_method=self.method, policy_id=outcome.policy_id,
                    policy_number=outcome.policy_number, pending_purchase=False)
