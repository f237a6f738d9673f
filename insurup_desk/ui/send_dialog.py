"""Send a document to the customer by e-mail or SMS: one dialog for the quotes step, the done page and the
policy and proposal detail panes.

The address and mobile come from the customer of the sale or row on screen, read from the server when the
dialog opens (never from an earlier sale), and stay editable. An offer to a customer without an active ETK
consent waits for the operator's "send anyway". A failed send keeps everything typed for another try.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from insurup_desk.api.errors import ApiError, RateLimited
from insurup_desk.services.sending import (
    Channel,
    Contact,
    RecipientInvalid,
    SendingService,
    SendJob,
    describe,
    recipient,
)
from insurup_desk.ui.background import BusyBar, ErrorBanner, run_op
from insurup_desk.ui.theme import mark_primary


class SendDialog(QDialog):
    sent = Signal(str)  # the recipient as shown ("ayse@example.com", "+90 532 123 45 67")

    def __init__(self, service: SendingService, choices: Sequence[tuple[SendJob, str]],
                 parent: QWidget | None = None) -> None:
        """``choices``: the documents this place can send (job, its name), all for the same customer."""
        super().__init__(parent)
        if not choices:
            raise ValueError("nothing to send")
        self.service = service
        self.choices = list(choices)
        self.contact: Contact | None = None
        self._confirmed = False
        self.setWindowTitle(self.tr("Müşteriye gönder"))
        self.setMinimumWidth(520)

        self.heading = QLabel(self.tr("Müşteri bilgileri alınıyor…"), self)
        self.heading.setObjectName("dialogTitle")
        self.heading.setWordWrap(True)
        self.consent_line = QLabel(self)
        self.consent_line.setObjectName("hint")
        self.busy = BusyBar(self)
        self.banner = ErrorBanner(self)

        self.document = QComboBox(self)
        for job, name in self.choices:
            self.document.addItem(name, job.kind)
        self.document.setEnabled(len(self.choices) > 1)
        self.document.currentIndexChanged.connect(lambda _i: self._document_changed())

        self.by_email = QRadioButton(self.tr("&E-posta"), self)
        self.by_sms = QRadioButton(self.tr("&SMS"), self)
        self.by_email.setChecked(True)
        self.channels = QButtonGroup(self)
        self.channels.addButton(self.by_email)
        self.channels.addButton(self.by_sms)
        self.by_email.toggled.connect(lambda _on: self._channel_changed())
        self.email = QLineEdit(self)
        self.email.setPlaceholderText(self.tr("musteri@ornek.com"))
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText(self.tr("0532 123 45 67"))
        self.field_error = QLabel(self)
        self.field_error.setObjectName("fieldError")
        self.field_error.hide()

        self.consent_box = QFrame(self)
        self.consent_box.setObjectName("consentWarning")
        self.consent_text = QLabel(self.consent_box)
        self.consent_text.setWordWrap(True)
        self.send_anyway = QPushButton(self.tr("Yine de &gönder"), self.consent_box)
        self.send_anyway.clicked.connect(self._send_confirmed)
        self.dont_send = QPushButton(self.tr("&Vazgeç"), self.consent_box)
        self.dont_send.clicked.connect(self._not_confirmed)
        box = QHBoxLayout(self.consent_box)
        box.addWidget(self.consent_text, 1)
        box.addWidget(self.send_anyway)
        box.addWidget(self.dont_send)
        self.consent_box.hide()

        self.outcome = QLabel(self)
        self.outcome.setObjectName("sendOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.send_button = QPushButton(self.tr("Gönder"), self)
        mark_primary(self.send_button)
        self.send_button.setEnabled(False)
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        self.close_button = QPushButton(self.tr("Kapat"), self)
        self.close_button.clicked.connect(self.reject)

        channel_row = QHBoxLayout()
        channel_row.addWidget(self.by_email)
        channel_row.addWidget(self.by_sms)
        channel_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Belge:"), self.document)
        form.addRow(self.tr("Kanal:"), channel_row)
        form.addRow(self.tr("E-posta:"), self.email)
        form.addRow(self.tr("Cep telefonu:"), self.phone)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.consent_line)
        layout.addWidget(self.busy)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.field_error)
        layout.addWidget(self.consent_box)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._channel_changed()
        self._load()

    # --- the customer -------------------------------------------------------------------------------
    @property
    def job(self) -> SendJob:
        return self.choices[max(0, self.document.currentIndex())][0]

    def _load(self) -> None:
        run_op(self, self.service.contact(self.job.customer_id), on_success=self._prefill, banner=self.banner,
               busy=self.busy, caption=self.tr("Müşteri bilgileri alınıyor…"))

    def _prefill(self, contact: Contact) -> None:
        self.contact = contact
        self.heading.setText(self.tr("Alıcı: %1").replace("%1", contact.name or contact.customer_id))
        self.email.setText(contact.email)
        self.phone.setText(contact.mobile)
        (self.by_email if contact.default_channel() == "email" else self.by_sms).setChecked(True)
        if contact.etk_active is None:
            self.consent_line.setText(self.tr("ETK izni okunamadı."))
        elif contact.etk_active:
            self.consent_line.setText(self.tr("ETK izni var: ticari ileti gönderilebilir."))
        else:
            self.consent_line.setText(self.tr("ETK izni yok."))
        self.send_button.setEnabled(True)
        self._channel_changed()

    # --- what the operator picks ------------------------------------------------------------------
    @property
    def channel(self) -> Channel:
        return "email" if self.by_email.isChecked() else "sms"

    def _channel_changed(self) -> None:
        email = self.channel == "email"
        self.email.setEnabled(email)
        self.phone.setEnabled(not email)
        self.field_error.hide()
        (self.email if email else self.phone).setFocus()

    def _document_changed(self) -> None:
        self._confirmed = False
        self.consent_box.hide()
        self.outcome.clear()

    # --- sending ----------------------------------------------------------------------------------
    def send(self) -> None:
        if self.contact is None:
            return
        self.outcome.clear()
        field = self.email if self.channel == "email" else self.phone
        try:
            to = recipient(self.channel, field.text())
        except RecipientInvalid as bad:
            self.field_error.setText(self._invalid_text(bad))
            self.field_error.show()
            field.setFocus()
            return
        self.field_error.hide()
        job = self.job
        if self.service.needs_consent_confirmation(job, self.contact) and not self._confirmed:
            self.consent_text.setText(self.tr(
                "Müşterinin etkin bir ETK (ticari elektronik ileti) izni yok. Teklif yine de gönderilsin mi?"))
            self.consent_box.show()
            self.send_anyway.setFocus()
            return
        shown = describe(to)

        def done(_none: None) -> None:
            self.outcome.setText(self.tr("Gönderildi: %1").replace("%1", shown))
            self.sent.emit(shown)

        run_op(self, self.service.send(job, to), on_success=done, on_error=self._send_failed, banner=self.banner,
               busy=self.busy, caption=self.tr("Gönderiliyor…"),
               disable=[self.send_button, self.email, self.phone, self.document])

    def _send_confirmed(self) -> None:
        self._confirmed = True
        self.consent_box.hide()
        self.send()

    def _not_confirmed(self) -> None:
        self.consent_box.hide()
        self.outcome.setText(self.tr("Gönderilmedi."))

    def _send_failed(self, error: ApiError) -> bool:
        if isinstance(error, RateLimited) and error.retry_after_s:
            wait = self.tr("%1 saniye sonra yeniden deneyin.").replace("%1", str(round(error.retry_after_s)))
            self.banner.show_message(f"{error.detail} {wait}", error.suggestions, error.trace_id)
            return True
        return False

    def _invalid_text(self, bad: RecipientInvalid) -> str:
        if bad.reason == "empty":
            return self.tr("E-posta adresini yazın.") if bad.channel == "email" else self.tr(
                "Cep telefonu numarasını yazın.")
        if bad.reason == "email_syntax":
            return self.tr("Geçerli bir e-posta adresi yazın (ornek@alan.com).")
        return self.tr("SMS yalnızca Türkiye cep telefonuna gönderilir (05xx xxx xx xx).")


def open_send_dialog(parent: QWidget, service: SendingService, choices: Sequence[tuple[SendJob, str]]) -> SendDialog:
    """Open the dialog window-modal without blocking the event loop (nor the tests)."""
    dialog = SendDialog(service, choices, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog
