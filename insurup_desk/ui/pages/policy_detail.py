"""One policy in full (GET /api/policies/{id}): premiums, dates, parties, vehicle, versions; PDF and sending."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from insurup_desk.domain.formats import format_date, format_datetime, format_money
from insurup_desk.domain.plate import format_plate
from insurup_desk.services.api_ports import SaleClient
from insurup_desk.services.cached_reads import CachedReads, Fetched
from insurup_desk.services.property_text import snapshot_address_text
from insurup_desk.services.sale_tags import tag_of
from insurup_desk.services.sending import SendingService, SendJob
from insurup_desk.ui.background import BusyBar, ErrorBanner, run_op
from insurup_desk.ui.no_viewer import open_or_offer_save
from insurup_desk.ui.pages.detail_form import DetailForm
from insurup_desk.ui.pages.documents import ask_pdf_path, open_file, save_pdf, write_temp_pdf
from insurup_desk.ui.printing.print_button import PrintButton
from insurup_desk.ui.send_dialog import SendDialog, open_send_dialog
from insurup_desk.ui.tables.labels import branch_labels, payment_labels, policy_state_labels
from insurup_desk.ui.tables.offline_marker import OfflineMarker


def _version_text(version: Any) -> str:
    if not isinstance(version, dict):
        return str(version)
    kinds = {
        "INITIAL": QCoreApplication.translate("PolicyDetailPane", "İlk düzenleme"),
        "CANCELLATION": QCoreApplication.translate("PolicyDetailPane", "İptal"),
        "UPDATE": QCoreApplication.translate("PolicyDetailPane", "Zeyil"),
    }
    number = version.get("version", "?")
    kind = kinds.get(str(version.get("versionType")), str(version.get("versionType") or ""))
    when = version.get("timestamp")
    when_text = ""
    if isinstance(when, str) and when:
        try:
            when_text = format_datetime(dt.datetime.fromisoformat(when.replace("Z", "+00:00")))
        except ValueError:
            when_text = when
    reason = version.get("updateReasonText") or ""
    return " · ".join(p for p in (f"v{number}", kind, when_text, reason) if p)


class PolicyDetailPane(QWidget):
    loaded = Signal(object)  # the Policy
    documentSent = Signal(str)  # the recipient as shown

    def __init__(self, client: SaleClient, parent: QWidget | None = None, *, reads: CachedReads | None = None) -> None:
        super().__init__(parent)
        self._client = client
        self._reads = reads
        self.policy: Any | None = None
        self._row_context: dict[str, Any] = {}
        self._current_id: str | None = None

        self.heading = QLabel(self.tr("Bir poliçe seçin"), self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.busy = BusyBar(self)
        self.banner = ErrorBanner(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.offline_marker = OfflineMarker(self)

        self.form = DetailForm(self)
        f = self.form
        f.add_section(self.tr("Poliçe"))
        f.add_field("number", self.tr("Poliçe no"))
        f.add_field("state", self.tr("Durum"))
        f.add_field("branch", self.tr("Branş"))
        f.add_field("insurer", self.tr("Sigorta şirketi"))
        f.add_field("proposal_number", self.tr("Şirket teklif no"))
        f.add_field("dates", self.tr("Başlangıç – bitiş"))
        f.add_field("arranged", self.tr("Tanzim"))
        f.add_field("campaign", self.tr("Kampanya / etiket"))
        f.add_section(self.tr("Prim"))
        f.add_field("net", self.tr("Net prim"), right=True)
        f.add_field("gross", self.tr("Brüt prim"), right=True)
        f.add_field("commission", self.tr("Komisyon"), right=True)
        f.add_field("payment", self.tr("Ödeme"))
        f.add_section(self.tr("Taraflar"))
        f.add_field("insured", self.tr("Sigortalı"))
        f.add_field("insurer_customer", self.tr("Sigorta ettiren"))
        f.add_section(self.tr("Araç"))
        f.add_field("plate", self.tr("Plaka"))
        f.add_field("vehicle", self.tr("Marka / model"))
        f.add_section(self.tr("Konut"))
        f.add_field("home", self.tr("Adres"))
        f.add_field("dask_number", self.tr("DASK poliçe no"))
        f.add_section(self.tr("Sürümler"))
        self.versions = QListWidget(self)
        self.versions.setMaximumHeight(90)
        f.add_widget(self.versions)
        f.finish()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(f)

        self.open_pdf_button = QPushButton(self.tr("PDF'i aç"), self)
        self.open_pdf_button.setToolTip(self.tr("Poliçe PDF'ini indirip varsayılan görüntüleyicide aç"))
        self.open_pdf_button.clicked.connect(self.open_pdf)
        self.save_pdf_button = QPushButton(self.tr("Kaydet…"), self)
        self.save_pdf_button.setToolTip(self.tr("Poliçe PDF'ini bir dosyaya kaydet"))
        self.save_pdf_button.clicked.connect(self.ask_save_pdf)
        self.send_dialog: SendDialog | None = None
        self.email_button = QPushButton(self.tr("Gönder…"), self)
        self.email_button.setToolTip(self.tr("Poliçeyi müşteriye e-posta veya SMS ile gönder"))
        self.email_button.clicked.connect(self.open_send)
        # Prints the policy PDF itself (downloaded, rendered page by page), with preview and page setup.
        self.print_button = PrintButton(lambda: self._pdf_bytes if self.policy is not None else None,
                                        lambda: self.tr("Poliçe %1").replace("%1", self._pdf_name()),
                                        banner=self.banner, busy=self.busy, parent=self)
        buttons = QHBoxLayout()
        for button in (self.open_pdf_button, self.save_pdf_button, self.print_button, self.email_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.action_row = buttons  # pages add their own actions to this row (e.g. renew)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.offline_marker)
        layout.addWidget(self.busy)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        self._set_actions_enabled(False)
        self.setMinimumWidth(340)

    @property
    def row_context(self) -> dict[str, Any]:
        """The list row's fields the policy was opened with."""
        return dict(self._row_context)

    def _set_actions_enabled(self, enabled: bool) -> None:
        for button in (self.open_pdf_button, self.save_pdf_button, self.print_button, self.email_button):
            button.setEnabled(enabled)

    def show_policy(self, policy_id: str, context: dict[str, Any] | None = None) -> None:
        """Load and show a policy; ``context`` carries list fields the REST detail lacks (names, plate)."""
        if policy_id == self._current_id and self.policy is not None:
            return
        self._current_id = policy_id
        self._row_context = dict(context or {})
        self.policy = None
        self.message.clear()
        self._set_actions_enabled(False)
        self.heading.setText(self.tr("Poliçe yükleniyor…"))
        self.offline_marker.set_fetched_at(None)
        run_op(
            self,
            self._load(policy_id),
            on_success=partial(self._show_fetched, wanted=policy_id),
            banner=self.banner,
            busy=self.busy,
            caption=self.tr("Poliçe bilgileri alınıyor…"),
        )

    async def _load(self, policy_id: str) -> Fetched[Any]:
        if self._reads is None:
            return Fetched(await self._client.policies.get(policy_id), None)
        return await self._reads.policy(policy_id)

    def _show_fetched(self, fetched: Fetched[Any], wanted: str) -> None:
        if wanted == self._current_id:
            self.offline_marker.set_fetched_at(fetched.fetched_at)
            self._fill(fetched.value, wanted)
            if fetched.from_cache:
                self._set_actions_enabled(False)  # the PDF and e-mail come from the server

    def _fill(self, policy: Any, wanted: str) -> None:
        if wanted != self._current_id:
            return  # the operator has moved on to another row
        self.policy = policy
        ctx = self._row_context
        currency = policy.currency or "TURKISH_LIRA"
        number = policy.insurance_company_policy_number or policy.id
        state = policy_state_labels().get(policy.state or "", policy.state or "")
        self.heading.setText(self.tr("Poliçe %1 — %2").replace("%1", str(number)).replace("%2", str(state)))
        f = self.form
        f.set("number", number)
        f.set("state", state)
        f.set("branch", branch_labels().get(policy.product_branch or "", policy.product_branch))
        f.set("insurer", policy.insurance_company_name or ctx.get("insuranceCompanyName"))
        f.set("proposal_number", policy.insurance_company_proposal_number)
        f.set("dates", f"{format_date(policy.start_date)} – {format_date(policy.end_date)}")
        f.set("arranged", format_date(policy.arrangement_date) or format_datetime(policy.created_at))
        f.set("campaign", tag_of(policy.metadata) or ctx.get("campaign"))
        f.set("net", format_money(policy.net_premium, currency))
        f.set("gross", format_money(policy.gross_premium, currency))
        f.set("commission", format_money(policy.commission, currency))
        payment = payment_labels().get(policy.payment_type or "", policy.payment_type or "")
        installments = policy.installment_number
        if installments:
            payment = self.tr("%1, %2 taksit").replace("%1", str(payment)).replace("%2", str(installments))
        f.set("payment", payment)
        f.set("insured", ctx.get("insuredCustomerName") or policy.insured_customer_id)
        insurer_name = ctx.get("insurerCustomerName")
        if not insurer_name and policy.insurer_customer_id == policy.insured_customer_id:
            insurer_name = ctx.get("insuredCustomerName")
        f.set("insurer_customer", insurer_name or policy.insurer_customer_id)
        f.set("plate", format_plate(ctx.get("vehiclePlateCity"), ctx.get("vehiclePlateCode")))
        f.set("vehicle", ctx.get("vehicleModelBrandText"))
        home = (policy.snapshot or {}).get("property")
        f.set("home", snapshot_address_text(home) if isinstance(home, dict) else "")
        f.set("dask_number", policy.dask_policy_number or ctx.get("daskPolicyNumber"))
        self.versions.clear()
        versions = policy.extra("versions") or []
        for version in versions:
            self.versions.addItem(_version_text(version))
        if not versions and policy.current_version:
            self.versions.addItem(self.tr("Güncel sürüm: v%1").replace("%1", str(policy.current_version)))
        self._set_actions_enabled(True)
        self.loaded.emit(policy)

    # --- documents ----------------------------------------------------------------------------------

    async def _pdf_bytes(self) -> bytes:
        assert self.policy is not None
        document = await self._client.policies.document_url(self.policy.id)
        content: bytes = await self._client.proposals.download(document)
        return content

    def _pdf_name(self) -> str:
        assert self.policy is not None
        return f"police-{self.policy.insurance_company_policy_number or self.policy.id}"

    def open_pdf(self) -> None:
        if self.policy is None:
            return

        async def work() -> Any:
            return await write_temp_pdf(await self._pdf_bytes(), self._pdf_name())

        def opened(path: Any) -> None:
            open_or_offer_save(self, path, open_file,
                               saved=lambda to: self.message.setText(self.tr("PDF kaydedildi: %1").replace("%1", to)))

        run_op(self, work(), on_success=opened, banner=self.banner, busy=self.busy,
               caption=self.tr("PDF indiriliyor…"), disable=[self.open_pdf_button])

    def ask_save_pdf(self) -> None:
        if self.policy is None:
            return
        path = ask_pdf_path(self, self._pdf_name())
        if path is not None:
            self.save_pdf_to(path)

    def save_pdf_to(self, path: Any) -> None:
        async def work() -> Any:
            return await save_pdf(await self._pdf_bytes(), path)

        run_op(self, work(), on_success=lambda p: self.message.setText(self.tr("Kaydedildi: %1").replace("%1", str(p))),
               banner=self.banner, busy=self.busy, caption=self.tr("PDF indiriliyor…"),
               disable=[self.save_pdf_button])

    def open_send(self) -> None:
        """The send dialog for this policy, to its insured (or else its policyholder), read fresh."""
        policy = self.policy
        if policy is None:
            return
        customer_id = policy.insured_customer_id or policy.insurer_customer_id
        if not customer_id:
            return
        job = SendJob("policy", customer_id, policy_id=policy.id)
        self.send_dialog = open_send_dialog(self, SendingService(self._client), [(job, self.tr("Poliçe belgesi"))])
        self.send_dialog.sent.connect(self._sent)

    def _sent(self, to: str) -> None:
        self.message.setText(self.tr("Poliçe gönderildi: %1").replace("%1", to))
        self.documentSent.emit(to)
