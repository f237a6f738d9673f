"""The TSS sale's "what we insure" step: the insured person's health info (and family members), saved to the
customer before any insurer is asked."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from insurup_desk.api.errors import ApiError, NetworkError, RequestTimeout
from insurup_desk.services.health_coverage import TssOptions
from insurup_desk.services.health_sale import (
    HealthEntryInvalid,
    HealthFile,
    HealthService,
    RelativeNotFound,
    SavedHealth,
)
from insurup_desk.services.offline_sale import is_draft
from insurup_desk.services.sale import Sale
from insurup_desk.services.sales_flow import SaleData
from insurup_desk.ui.background import run_op
from insurup_desk.ui.wizard.common import hint, needs_line_text, page_title
from insurup_desk.ui.wizard.health_choice_widget import TssChoiceWidget
from insurup_desk.ui.wizard.health_form_widget import HealthFormWidget
from insurup_desk.ui.wizard.page_base import WizardPage


def health_label(saved: SavedHealth) -> str:
    """How the insured person is named on the later steps: their height and weight, and who comes along."""
    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate("Health", "%1 cm, %2 kg").replace("%1", str(saved.info.height)).replace(
        "%2", str(saved.info.weight))
    if saved.family:
        text += " · " + QCoreApplication.translate("Health", "+%1 aile bireyi").replace("%1", str(len(saved.family)))
    return text


class HealthPage(WizardPage):
    def __init__(self, sale: Sale, parent: QWidget | None = None, *, health: HealthService | None = None) -> None:
        super().__init__(sale, parent)
        self.health = health if health is not None else sale.service.health
        self.customer_line = QLabel(self)
        self.customer_line.setObjectName("hint")
        self.form = HealthFormWidget(self)
        self.form.save_requested.connect(self.primary)
        self.form.add_relative_requested.connect(self.add_relative)
        # What the insurers are asked to quote: their own network and package unless one is chosen here.
        self.choice = TssChoiceWidget(self)
        self.choice_note = hint("", self)
        self.choice_note.hide()
        choice_box = QWidget(self)
        choice_layout = QVBoxLayout(choice_box)
        choice_layout.setContentsMargins(0, 0, 0, 0)
        choice_layout.addWidget(self.choice)
        choice_layout.addWidget(self.choice_note)
        self.form.add_beside_measures(choice_box)
        # Tab follows the screen: the measures, the choice beside them, then the questions.
        for a, b in ((self.form.weight_edit, self.choice.network), (self.choice.network, self.choice.package),
                     (self.choice.package, self.form.surgery.yes)):
            QWidget.setTabOrder(a, b)
        self._options_loaded = False
        self.note = QLabel(self)
        self.note.setObjectName("infoLabel")
        self.note.setWordWrap(True)
        self.note.hide()
        layout = QVBoxLayout(self)
        self.title = page_title(self.tr("Sağlık bilgileri (TSS)"), self)
        layout.addWidget(self.title)
        layout.addWidget(self.customer_line)
        layout.addWidget(self.banner)
        layout.addWidget(self.busy)
        layout.addWidget(self.note)
        # On a small screen the step scrolls rather than squeezing the questions' boxes into each other.
        scroll = QScrollArea(self)
        scroll.setObjectName("healthScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.form.save_button)
        layout.addLayout(buttons)
        # Whose health info the form holds: coming back to this step keeps what was typed.
        self.loaded_for: str | None = None

    def enter(self, sale: SaleData) -> None:
        super().enter(sale)
        self.customer_line.setText(self.tr("Sigortalı: %1").replace("%1", sale.customer_label or "—"))
        self.note.hide()
        if is_draft(sale.customer_id):
            # Health information is written online only, to a customer the server knows.
            self.note.setText(self.tr("Müşteri bağlantı gelince gönderilecek; sağlık bilgileri ancak ondan sonra "
                                      "kaydedilebilir. TSS satışı için bağlantıyı bekleyin."))
            self.note.show()
        elif sale.customer_id and sale.customer_id != self.loaded_for:
            self._load(sale.customer_id)
        if not self._options_loaded:
            self._load_options()
        self.take_focus()

    def _load_options(self) -> None:
        def show(options: TssOptions) -> None:
            self._options_loaded = True
            self.choice.set_options(options)
            self.choice.select(self.data)
            self.choice_note.setVisible(options.empty)
            self.choice_note.setText(self.tr("Sigorta şirketleri seçenek bildirmedi; teklifler şirketlerin önerdiği "
                                             "teminatla istenir."))

        def failed(_error: ApiError) -> bool:
            self.choice_note.setText(self.tr("Teminat seçenekleri alınamadı; teklifler şirketlerin önerdiği "
                                             "teminatla istenir."))
            self.choice_note.show()
            return True

        run_op(self, self.health.tss_options(), on_success=show, on_error=failed)

    def take_focus(self) -> None:
        self.form.height_edit.setFocus()

    def _load(self, customer_id: str) -> None:
        def show(file: HealthFile) -> None:
            self.loaded_for = customer_id
            self.form.set_file(file)
            self.take_focus()

        run_op(self, self.health.load(customer_id), on_success=show, banner=self.banner, busy=self.busy,
               caption=self.tr("Sağlık bilgileri yükleniyor…"), disable=[self.form])

    def add_relative(self) -> None:
        """Link the customer typed into the family box as a spouse or child; the form keeps what was typed."""
        customer_id = self.data.customer_id
        wanted = self.form.relative_to_add()
        if not customer_id or is_draft(customer_id) or wanted is None:
            return
        identity, relation = wanted
        before = {row.relative.customer_id for row in self.form.relatives}

        async def link() -> HealthFile | None:
            try:
                return await self.health.add_relative(customer_id, identity, relation)
            except RelativeNotFound:
                return None

        def linked(file: HealthFile | None) -> None:
            if file is None:
                self.form.show_problems({"relative_identity": "relative_not_customer"})
                return
            added = next((r.customer_id for r in file.relatives or () if r.customer_id not in before), None)
            self.form.set_relatives(file.relatives, take=added)
            self.form.relative_identity.clear()

        def refused(error: ApiError) -> bool:
            code = next((c for c in error.codes if c.startswith("CUSTOMER_RELATIONSHIP_")), None)
            if code is None:
                return False
            self.form.show_problems({"relative_identity": code})
            return True

        run_op(self, link(), on_success=linked, on_error=refused, banner=self.banner, busy=self.busy,
               caption=self.tr("Aile bireyi ekleniyor…"), disable=[self.form])

    def primary(self) -> None:
        identity = self.form.relative_identity
        if identity.hasFocus() and identity.text().strip():
            self.add_relative()  # Enter in the family member's identity number links them, it does not save
            return
        customer_id = self.data.customer_id
        if not customer_id or is_draft(customer_id) or not self.form.validate(customer_id):
            return
        if self.line_down():
            self.note.setText(needs_line_text(self.tr("Sağlık bilgilerini kaydetmek")))
            self.note.show()
            return
        self.note.hide()

        def saved(result: SavedHealth) -> None:
            self.finish(**self.decided(result))

        def refused(error: ApiError) -> bool:
            if isinstance(error, NetworkError | RequestTimeout):
                self.note.setText(needs_line_text(self.tr("Sağlık bilgilerini kaydetmek")))
                self.note.show()
                return True
            return self.form.show_server_problems(error)

        run_op(self, self._save(customer_id), on_success=saved, on_error=refused, banner=self.banner,
               busy=self.busy, caption=self.tr("Sağlık bilgileri kaydediliyor…"), disable=[self.form])

    async def _save(self, customer_id: str) -> SavedHealth:
        try:
            return await self.health.save(self.form.entry(customer_id))
        except HealthEntryInvalid as exc:  # the form changed between the check and the send
            self.form.show_problems(exc.problems)
            raise ApiError(self.tr("Sağlık bilgilerinde düzeltilecek alanlar var.")) from exc

    def decided(self, saved: SavedHealth) -> dict[str, Any]:
        """The sale fields this step fills: the customer insures themself, family members ride along."""
        label = " · ".join(p for p in (self.data.customer_label, health_label(saved)) if p)
        return {"insured_customer_id": self.data.customer_id, "insured_label": label, "tss_family": saved.family,
                **self.choice.sale_fields()}
