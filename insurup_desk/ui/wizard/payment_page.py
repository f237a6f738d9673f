"""Step 4: summary, payment method, card entry, confirmation, then purchase — guarded against paying twice."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import shiboken6
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

from insurup_desk.api.models import Proposal
from insurup_desk.domain.formats import format_money
from insurup_desk.services.purchase_guard import PurchaseGuard, PurchaseState
from insurup_desk.services.sale import Sale
from insurup_desk.services.sale_payment import CARD, OPEN_ACCOUNT, PaymentStep, SalePayment
from insurup_desk.services.sale_tags import purchase_metadata
from insurup_desk.services.sales_flow import SaleData
from insurup_desk.ui.background import run_op
from insurup_desk.ui.keys import with_key
from insurup_desk.ui.theme import mark_primary
from insurup_desk.ui.wizard.branch_words import asset_line
from insurup_desk.ui.wizard.campaign_tag_field import CampaignTagField
from insurup_desk.ui.wizard.card_form import CardForm
from insurup_desk.ui.wizard.common import hint, needs_line_text, page_title
from insurup_desk.ui.wizard.page_base import WizardPage

FORM, CONFIRM, WORKING, CHECKING = range(4)
_STACK = {PaymentStep.FORM: FORM, PaymentStep.CONFIRMING: CONFIRM, PaymentStep.PAYING: WORKING,
          PaymentStep.CHECKING: CHECKING}


class PaymentPage(WizardPage):
    def __init__(self, sale: Sale, parent: QWidget | None = None) -> None:
        super().__init__(sale, parent)
        # The state machine lives in the sale (services); this page draws it and sends it intents.
        self.payment: SalePayment | None = None
        self._drawn: tuple[PaymentStep, PurchaseState] | None = None
        self.amount: Decimal | None = None
        self.currency = "TURKISH_LIRA"

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
        self.pay_account.toggled.connect(self._method_changed)
        self.card = CardForm(self)
        self.tag = CampaignTagField(self)
        # Not card data: recorded in the sale as soon as the operator leaves the field, so it is autosaved.
        self.tag.kept.connect(lambda tag: self.changed.emit({"campaign_tag": tag}))
        self.to_confirm = QPushButton(self.tr("Ödemey&e geç"), self)
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
        form_layout.addWidget(self.tag)
        form_layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.to_confirm)
        form_layout.addLayout(buttons)

        confirm = QWidget(self)
        self.confirm_text = QLabel(confirm)
        self.confirm_text.setObjectName("pageTitle")
        self.confirm_text.setWordWrap(True)
        self.confirm_back = QPushButton(with_key(self.tr("Düzelt"), "Esc"), confirm)
        self.confirm_button = QPushButton(self.tr("Ödemeyi o&nayla"), confirm)
        mark_primary(self.confirm_button)
        self.confirm_back.clicked.connect(self.escape)
        self.confirm_button.clicked.connect(self.primary)
        confirm_layout = QVBoxLayout(confirm)
        confirm_layout.addWidget(self.confirm_text)
        # What confirming does depends on the method: a card is charged, an open account is only debited.
        self.confirm_hint = hint("", confirm)
        confirm_layout.addWidget(self.confirm_hint)
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
        if sale.proposal_id is None or sale.proposal_product_id is None:
            return
        self.stack.setCurrentIndex(FORM)
        self.tag.set_tag(sale.campaign_tag)
        self.to_confirm.setEnabled(False)
        self.summary.setText(self.tr("Teklif yükleniyor…"))

        async def prepare() -> tuple[SalePayment | None, Proposal]:
            payment = await self.sale.payment_for_offer()
            return payment, await self.service.proposal(sale.proposal_id or "")

        run_op(self, prepare(), on_success=self._show_offer, banner=self.banner, busy=self.busy,
               caption=self.tr("Teklif yükleniyor…"))

    def leave(self) -> None:
        self.card.wipe()
        if self.payment is not None:
            self.payment.remove_listener(self._draw)

    def take_focus(self) -> None:
        index = self.stack.currentIndex()
        if index == CONFIRM:
            self.confirm_button.setFocus()
        elif index == FORM and self.pay_card.isChecked():
            self.card.number.setFocus()
        else:
            self.focusNextChild()

    def escape(self) -> bool:
        index = self.stack.currentIndex()
        if index == CONFIRM:
            if self.payment is not None:
                self.payment.back_to_form()
            return True
        # While money may be moving, Esc must not lead anywhere.
        return index in (WORKING, CHECKING)

    def primary(self) -> None:
        index = self.stack.currentIndex()
        if index == FORM:
            self._to_confirmation()
        elif index == CONFIRM:
            self.pay()

    @property
    def guard(self) -> PurchaseGuard | None:
        """The purchase guard of the payment on screen (read-only; tests and diagnostics)."""
        return self.payment.guard if self.payment is not None else None

    # --- steps ------------------------------------------------------------------------------------
    def _show_offer(self, result: tuple[SalePayment | None, Proposal]) -> None:
        payment, proposal = result
        product = proposal.product(self.data.proposal_product_id or "")
        installments = self.data.installment_number or 1
        premium = product.premium(installments) if product else None
        if payment is None or product is None or premium is None or premium.gross_premium is None:
            self.summary.setText(self.tr("Seçilen teklif artık geçerli değil; teklifler adımına dönün."))
            self.to_confirm.setEnabled(False)
            return
        self.payment = payment
        self.amount = premium.gross_premium
        self.currency = premium.currency
        payment.add_listener(self._draw)
        payment.offer_loaded(tuple(product.supported_payment_options))
        self.pay_card.setEnabled(CARD in payment.options)
        self.pay_account.setEnabled(OPEN_ACCOUNT in payment.options)
        # The method is the payment's choice for this offer (card first); the radios only show it.
        (self.pay_account if payment.method == OPEN_ACCOUNT else self.pay_card).setChecked(True)
        self.to_confirm.setEnabled(bool(payment.options))
        self.summary.setText(self._summary_text(product.insurance_company_name or "", product.product_name or "",
                                                installments))
        self._method_changed()
        self._draw(payment)
        if payment.guard.needs_reconcile and not payment.checking_now:
            payment.check_again()
        elif payment.step is PaymentStep.FORM and self.pay_card.isChecked():
            self.card.number.setFocus()

    def _summary_text(self, insurer: str, product: str, installments: int) -> str:
        total = format_money(self.amount, self.currency)
        if installments == 1:
            plan = self.tr("Peşin, toplam %1").replace("%1", total)
        else:
            each = format_money((self.amount or Decimal(0)) / installments, self.currency)
            plan = self.tr("%1 taksit × %2 = toplam %3").replace("%1", str(installments)).replace(
                "%2", each).replace("%3", total)
        word, label = asset_line(self.data)
        return self.tr("%1 · %2\nMüşteri: %3 · %4: %5\nÖdeme planı: %6").replace("%1", insurer).replace(
            "%2", product).replace("%3", self.data.customer_label).replace("%4", word).replace("%5", label).replace(
            "%6", plan)

    def _method_changed(self) -> None:
        self.card.setVisible(self.pay_card.isChecked())
        payment = self.payment
        if payment is not None and payment.step is PaymentStep.FORM and self.method in payment.options \
                and payment.method != self.method:
            payment.choose(self.method)

    @property
    def method(self) -> str:
        return CARD if self.pay_card.isChecked() else OPEN_ACCOUNT

    def _to_confirmation(self) -> None:
        payment = self.payment
        if self.amount is None or payment is None or not payment.guard.may_pay:
            return
        if self.method == CARD and not self.card.validate():
            return
        tag = self.tag.checked()
        if tag is None:
            return
        if tag != self.data.campaign_tag:
            self.changed.emit({"campaign_tag": tag})
        self.data = replace(self.data, campaign_tag=tag)
        total = format_money(self.amount, self.currency)
        installments = self.data.installment_number or 1
        if installments > 1:
            total += self.tr(" (%1 taksit × %2)").replace("%1", str(installments)).replace(
                "%2", format_money(self.amount / installments, self.currency))
        if self.method == CARD:
            text = self.tr("%1 tutarındaki ödeme %2 numaralı karttan alınacak.").replace("%1", total).replace(
                "%2", self.card.masked_number())
        else:
            text = self.tr("%1 tutarındaki ödeme acentenin açık hesabına yazılacak.").replace("%1", total)
        if tag:
            text += "\n" + self.tr("Kampanya / etiket: %1").replace("%1", tag)
        self.confirm_text.setText(text)
        self.confirm_hint.setText(
            self.tr("Onayladığınızda karttan ödeme hemen alınır ve poliçe düzenlenir.") if self.method == CARD
            else self.tr("Onayladığınızda tutar acentenin açık hesabına borç yazılır ve poliçe düzenlenir; karttan "
                         "ödeme alınmaz."))
        payment.confirm()
        self.confirm_button.setFocus()

    def pay(self) -> None:
        payment = self.payment
        if payment is None or payment.step is not PaymentStep.CONFIRMING:
            return
        if self.line_down():
            # Known to be down: nothing is sent, so no money can move; the card stays typed on this screen.
            self.banner.show_message(needs_line_text(self.tr("Ödeme yapmak")))
            return
        card = self.card.card() if payment.method == CARD else None
        # The widgets forget the card now; only the request in flight still holds it.
        self.card.wipe()
        # The saved sale says "being paid" before the request leaves (the payment waits for it to reach disk),
        # so a crash in flight reopens it on the check, never on a payment form that could charge twice.
        self.changed.emit({"pending_purchase": True})
        # The tag confirmed on the last screen rides on this one purchase; a check after a lost answer sends nothing.
        payment.pay(card, metadata=purchase_metadata(self.data.campaign_tag))

    def reconcile(self) -> None:
        """'Tekrar kontrol et': ask the insurer again what happened to the purchase."""
        if self.payment is not None:
            self.payment.check_again()

    # --- drawing ----------------------------------------------------------------------------------
    def _draw(self, payment: SalePayment) -> None:
        if not shiboken6.isValid(self) or payment is not self.payment:
            return
        step, state = payment.step, payment.state
        before, self._drawn = self._drawn, (step, state)
        if step is PaymentStep.PURCHASED:
            if before is None or before[0] is not PaymentStep.PURCHASED:
                self._finished(payment)
            return
        self.stack.setCurrentIndex(_STACK[step])
        if step is PaymentStep.CHECKING:
            self._draw_checking(payment)
            return
        if step is not PaymentStep.FORM or before is None or before[0] not in (PaymentStep.PAYING,
                                                                                 PaymentStep.CHECKING):
            return
        # Back on the form after an attempt: a definite refusal, so the sale is no longer "being paid".
        self.changed.emit({"pending_purchase": False})
        self.card.wipe()
        if payment.journal_failed:
            self.banner.show_message(self.tr("Ödeme kaydı diske yazılamadı; güvenlik için ödeme gönderilmedi. "
                                             "Disk alanını ve veri klasörünün yazılabilir olduğunu kontrol edin."))
        elif before[0] is PaymentStep.CHECKING:
            self.notice.emit(self.tr("Sigorta şirketi ödemenin gerçekleşmediğini bildirdi; "
                                     "yeniden deneyebilirsiniz."))
        elif payment.error is not None:
            self.banner.show_error(payment.error)
        if self.pay_card.isChecked():
            self.card.number.setFocus()

    def _draw_checking(self, payment: SalePayment) -> None:
        state = payment.state
        checking = state is PurchaseState.CHECKING
        self.check_bar.setVisible(checking)
        self.check_again.setEnabled(not checking)
        if checking:
            self.checking_text.setText(self.tr(
                "Ödemenin sonucu alınamadı. Çift ödeme olmaması için poliçe durumu sigorta şirketinden "
                "soruluyor; bu sırada tekrar ödeme alınamaz."))
        elif state is PurchaseState.PROCESSING:
            self.checking_text.setText(self.tr("Sigorta şirketi işlemi hâlâ sürdürüyor. Birkaç dakika sonra "
                                               "'Tekrar kontrol et' ile sorun; tekrar ödeme almayın."))
        else:
            if payment.error is not None:
                self.banner.show_error(payment.error)
            self.checking_text.setText(self.tr("Sonuç hâlâ öğrenilemedi (bağlantı sorunu olabilir). "
                                               "'Tekrar kontrol et' ile yeniden sorun; tekrar ödeme almayın."))

    def _finished(self, payment: SalePayment) -> None:
        self.card.wipe()
        outcome = payment.outcome
        self.finish(payment_method=payment.method or self.method, policy_id=outcome.policy_id,
                    policy_number=outcome.policy_number, pending_purchase=False)
