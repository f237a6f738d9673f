"""After the sale: the policy, its PDF (open, save, print, send to the customer), and a new sale."""

from __future__ import annotations

import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from insurup_desk.api.models import Policy
from insurup_desk.domain.formats import format_date, format_money
from insurup_desk.services.sale import Sale
from insurup_desk.services.sales_flow import SaleData
from insurup_desk.services.sending import SendingService, SendJob
from insurup_desk.ui.background import run_op
from insurup_desk.ui.keys import with_key
from insurup_desk.ui.no_viewer import Opener, open_or_offer_save, open_with_system
from insurup_desk.ui.printing.print_button import PrintButton, PrintWay
from insurup_desk.ui.save_dialog import ask_save_path
from insurup_desk.ui.send_dialog import SendDialog, open_send_dialog
from insurup_desk.ui.theme import mark_primary
from insurup_desk.ui.wizard.branch_words import asset_line
from insurup_desk.ui.wizard.common import page_title
from insurup_desk.ui.wizard.page_base import WizardPage


class DonePage(WizardPage):
    new_sale_requested = Signal()

    def __init__(self, sale: Sale, parent: QWidget | None = None) -> None:
        super().__init__(sale, parent)
        self.open_file: Opener = open_with_system
        self.policy: Policy | None = None
        self.headline = QLabel(self)
        self.headline.setObjectName("pageTitle")
        self.details = QLabel(self)
        self.details.setObjectName("infoLabel")
        self.details.setWordWrap(True)
        self.send_dialog: SendDialog | None = None
        self.open_button = QPushButton(with_key(self.tr("&Poliçeyi aç"), "Ctrl+O"), self)
        self.save_button = QPushButton(with_key(self.tr("PDF &kaydet"), "Ctrl+S"), self)
        self.send_button = QPushButton(with_key(self.tr("Müşteriye gönder…"), "Ctrl+E"), self)
        self.send_button.setToolTip(self.tr("Poliçeyi müşteriye e-posta veya SMS ile gönder"))
        # The policy PDF itself goes to the printer (preview and page setup in the button's menu).
        self.print_button = PrintButton(self._policy_fetch, self._print_title, banner=self.banner, busy=self.busy,
                                        parent=self, text=with_key(self.tr("Poliçeyi ya&zdır"), "Ctrl+P"))
        self.new_button = QPushButton(with_key(self.tr("Yeni &satış"), "Ctrl+Shift+N"), self)
        mark_primary(self.new_button)
        self.open_button.clicked.connect(lambda: self.policy_pdf())
        self.save_button.clicked.connect(self.save_pdf)
        self.send_button.clicked.connect(self.send)
        self.new_button.clicked.connect(self.new_sale_requested)
        for keys, slot in (("Ctrl+O", self.policy_pdf), ("Ctrl+S", self.save_pdf), ("Ctrl+E", self.send),
                           ("Ctrl+P", lambda: self.print_button.start(PrintWay.PRINT)),
                           ("Ctrl+Shift+N", self.new_sale_requested.emit)):
            QShortcut(QKeySequence(keys), self, slot)

        buttons = QHBoxLayout()
        for button in (self.open_button, self.save_button, self.send_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Poliçe düzenlendi"), self))
        layout.addWidget(self.headline)
        layout.addWidget(self.banner)
        layout.addWidget(self.busy)
        layout.addWidget(self.details)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def enter(self, sale: SaleData) -> None:
        super().enter(sale)
        self.headline.setText(self.tr("Poliçe no: %1").replace("%1", sale.policy_number or "…"))
        self.details.setText(self.tr("Poliçe bilgileri yükleniyor…"))
        if sale.policy_id:
            run_op(self, self.service.policy(sale.policy_id), on_success=self._show, banner=self.banner,
                   busy=self.busy, caption=self.tr("Poliçe bilgileri yükleniyor…"))
        self.new_button.setFocus()

    def primary(self) -> None:
        self.new_sale_requested.emit()

    def _show(self, policy: Policy) -> None:
        self.policy = policy
        number = policy.insurance_company_policy_number or self.data.policy_number or "—"
        headline = self.tr("Poliçe no: %1").replace("%1", number)
        if policy.dask_policy_number:
            headline += " · " + self.tr("DASK poliçe no: %1").replace("%1", policy.dask_policy_number)
        self.headline.setText(headline)
        self.details.setText(self.summary_lines(policy))

    def summary_lines(self, policy: Policy) -> str:
        return "\n".join((
            self.tr("Sigorta şirketi: %1").replace("%1", policy.insurance_company_name or self.data.offer_label),
            self.tr("Müşteri: %1").replace("%1", self.data.customer_label),
            ": ".join(asset_line(self.data)),
            self.tr("Başlangıç: %1 · Bitiş: %2").replace("%1", format_date(policy.start_date)).replace(
                "%2", format_date(policy.end_date)),
            self.tr("Brüt prim: %1 (%2 taksit)").replace("%1", format_money(policy.gross_premium,
                                                                              policy.currency or "TURKISH_LIRA"))
            .replace("%2", str(policy.installment_number or 1)),
        ))

    def policy_pdf(self, save_to: str | None = None) -> None:
        policy_id = self.data.policy_id
        if not policy_id:
            return

        def got(content: bytes) -> None:
            if save_to:
                Path(save_to).write_bytes(content)
                self.notice.emit(self.tr("Poliçe kaydedildi: %1").replace("%1", save_to))
                return
            path = Path(tempfile.mkdtemp(prefix="insurup-")) / f"police-{self.data.policy_number or policy_id}.pdf"
            path.write_bytes(content)
            # No PDF program here (Ctrl+O would do nothing): said, with the offer to save the file instead.
            open_or_offer_save(self, path, self.open_file,
                               saved=lambda to: self.notice.emit(self.tr("Poliçe kaydedildi: %1").replace("%1", to)))

        run_op(self, self.service.policy_document(policy_id), on_success=got, banner=self.banner, busy=self.busy,
               caption=self.tr("Poliçe indiriliyor…"))

    def save_pdf(self) -> None:
        path = ask_save_path(self, self.tr("Poliçeyi kaydet"), f"police-{self.data.policy_number or 'belge'}.pdf",
                             self.tr("PDF (*.pdf)"))
        if path:
            self.policy_pdf(save_to=path)

    def send(self) -> None:
        """The send dialog for this sale's policy and this sale's customer (read fresh by the dialog)."""
        policy_id, customer_id = self.data.policy_id, self.data.customer_id
        if not policy_id or not customer_id:
            return
        job = SendJob("policy", customer_id, policy_id=policy_id)
        self.send_dialog = open_send_dialog(self, SendingService(self.service.client),
                                            [(job, self.tr("Poliçe belgesi"))])
        self.send_dialog.sent.connect(
            lambda to: self.notice.emit(self.tr("Poliçe gönderildi: %1").replace("%1", to)))

    def _policy_fetch(self) -> Callable[[], Awaitable[bytes]] | None:
        policy_id = self.data.policy_id
        return (lambda: self.service.policy_document(policy_id)) if policy_id else None

    def _print_title(self) -> str:
        return self.tr("Poliçe %1").replace("%1", self.data.policy_number or self.data.policy_id or "")
