"""Offering back the sale a crash, a restart or a forced sign-out left half-way."""

from __future__ import annotations

import datetime as dt
import logging

import shiboken6
from PySide6.QtWidgets import QMessageBox, QWidget

from insurup_desk.services.autosave import SavedSale
from insurup_desk.services.sales_flow import ASSET, CUSTOMER, PAYMENT, QUOTES
from insurup_desk.ui.wizard.wizard import SaleWizard

log = logging.getLogger(__name__)

PAGE_KEY = "new_sale"


class ResumePrompt(QMessageBox):
    """Window-modal, non-blocking: the event loop (and the token timer) keep running while it is open."""

    def __init__(self, saved: SavedSale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resumePrompt")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Yarım kalan satış"))
        self.setText(self.tr("Yarım kalan satışa devam edilsin mi?"))
        self.setInformativeText(self.describe(saved))
        self.resume_button = self.addButton(self.tr("&Devam et"), QMessageBox.ButtonRole.AcceptRole)
        self.discard_button = self.addButton(self.tr("&Vazgeç ve sil"), QMessageBox.ButtonRole.DestructiveRole)
        # Esc decides nothing: the sale stays saved and is offered again next time (until another sale replaces it).
        self.later_button = self.addButton(self.tr("&Sonra"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.resume_button)
        self.setEscapeButton(self.later_button)
        if saved.data.get("pending_purchase"):
            # Money may have moved: the sale cannot be thrown away before its purchase has been checked.
            self.discard_button.setEnabled(False)

    def step_name(self, step: str) -> str:
        names = {CUSTOMER: self.tr("Müşteri"), ASSET: self.tr("Ne sigortalanacak?"), QUOTES: self.tr("Teklifler"),
                 PAYMENT: self.tr("Ödeme")}
        return names.get(step, step)

    def describe(self, saved: SavedSale) -> str:
        data = saved.data
        lines = [self.tr("Adım: %1").replace("%1", self.step_name(saved.step))]
        if data.get("customer_label"):
            lines.append(self.tr("Müşteri: %1").replace("%1", str(data["customer_label"])))
        if data.get("vehicle_label"):
            lines.append(self.tr("Araç: %1").replace("%1", str(data["vehicle_label"])))
        if data.get("property_label"):
            lines.append(self.tr("Konut: %1").replace("%1", str(data["property_label"])))
        if data.get("pending_purchase"):
            lines.append(self.tr("Bu satışın ödemesi sürerken uygulama kapandı. Devam ettiğinizde ödemenin sonucu "
                                 "sigorta şirketinden sorulur; poliçe düzenlendiyse gösterilir."))
        when = dt.datetime.fromtimestamp(saved.saved_at)
        lines.append(self.tr("Son kayıt: %1").replace("%1", when.strftime("%d.%m.%Y %H:%M")))
        lines.append(self.tr("Kart bilgileri güvenlik gereği saklanmaz; ödeme adımında yeniden girilir."))
        return "\n".join(lines)


async def offer_resume(window: QWidget) -> ResumePrompt | None:
    """Ask whether to continue the saved sale; restores the wizard at its step on yes, forgets it on no.

    ``window`` is the main window (``page``/``show_page``); nothing is offered when its sale page keeps no
    autosave or nothing was left behind.
    """
    page = getattr(window, "page", None)
    wizard = page(PAGE_KEY) if callable(page) else None
    if not isinstance(wizard, SaleWizard) or wizard.autosave is None:
        return None
    autosave = wizard.autosave
    try:
        saved = await autosave.load()
    except Exception:  # an unreadable autosave must not stop the desk from opening
        log.exception("could not read the saved sale")
        return None
    if saved is None or not shiboken6.isValid(window):
        return None
    prompt = ResumePrompt(saved, window)

    def answered(_result: int) -> None:
        if prompt.clickedButton() is prompt.resume_button:
            show_page = getattr(window, "show_page", None)
            if callable(show_page):
                show_page(PAGE_KEY)
            wizard.restore(saved.flow)
        elif prompt.clickedButton() is prompt.discard_button:
            autosave.clear()
        # "Sonra" (or Esc): nothing changes; the saved sale is offered again next time.
        prompt.deleteLater()

    prompt.finished.connect(answered)
    prompt.open()
    return prompt
