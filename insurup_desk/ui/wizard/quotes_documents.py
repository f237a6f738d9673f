"""Quotes-step actions that produce paper: coverage comparison (screen, PDF), the insurer's documents, and
sending them to the customer."""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt

from insurup_desk.services.quote_board import QuoteRow
from insurup_desk.services.sending import SendingService, SendJob
from insurup_desk.ui.background import run_op
from insurup_desk.ui.no_viewer import open_or_offer_save
from insurup_desk.ui.save_dialog import ask_save_path
from insurup_desk.ui.send_dialog import SendDialog, open_send_dialog
from insurup_desk.ui.wizard.branch_words import asset_line
from insurup_desk.ui.wizard.comparison import ComparisonDialog, comparison_html, write_pdf

if TYPE_CHECKING:
    from insurup_desk.ui.wizard.quotes_page import QuotesPage


class OfferDocuments(QObject):
    """Owned by the quotes page; works on its current proposal and selection."""

    def __init__(self, page: QuotesPage) -> None:
        super().__init__(page)
        self.page = page
        self.comparison_dialog: ComparisonDialog | None = None
        self.send_dialog: SendDialog | None = None

    def _priced_selection(self) -> list[QuoteRow]:
        return [r for r in self.page.selected_rows() if r.status == "priced"][:4]

    async def _coverages(self, rows: list[QuoteRow]) -> list[Mapping[str, Any] | None]:
        pid = self.page.data.proposal_id or ""
        results = await asyncio.gather(*(self.page.service.coverage(pid, r.id) for r in rows))
        return list(results)

    def comparison_document(self, rows: list[QuoteRow], coverages: list[Mapping[str, Any] | None]) -> str:
        sale = self.page.data
        return comparison_html(sale.customer_label, asset_line(sale)[1], sale.branch, rows, coverages)

    def show_comparison(self) -> None:
        rows = self._priced_selection()
        if not rows:
            return

        def show(coverages: list[Mapping[str, Any] | None]) -> None:
            dialog = ComparisonDialog(rows, coverages, self.comparison_document(rows, coverages), self.page)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
            self.comparison_dialog = dialog

        run_op(self.page, self._coverages(rows), on_success=show, banner=self.page.banner, busy=self.page.busy,
               caption=self.tr("Teminatlar getiriliyor…"))

    def save_comparison_pdf(self, path: str | None = None) -> None:
        rows = self._priced_selection() or [r for r in self.page.model.board.rows if r.payable][:4]
        if not rows:
            return
        target = path or ask_save_path(self.page, self.tr("Karşılaştırmayı kaydet"), "teklif-karsilastirma.pdf",
                                       self.tr("PDF (*.pdf)"))
        if not target:
            return

        def write(coverages: list[Mapping[str, Any] | None]) -> None:
            write_pdf(self.comparison_document(rows, coverages), target)
            self.page.notice.emit(self.tr("Karşılaştırma kaydedildi: %1").replace("%1", target))

        run_op(self.page, self._coverages(rows), on_success=write, banner=self.page.banner, busy=self.page.busy,
               caption=self.tr("Karşılaştırma hazırlanıyor…"))

    def fetch_document(self, kind: str, save_to: str | None = None) -> None:
        row = self.page.current_row()
        pid = self.page.data.proposal_id
        if row is None or row.status != "priced" or pid is None:
            return

        def got(content: bytes) -> None:
            if save_to:
                Path(save_to).write_bytes(content)
                self.page.notice.emit(self.tr("Belge kaydedildi: %1").replace("%1", save_to))
                return
            name = "bilgilendirme-formu" if kind == "information" else "teklif"
            folder = Path(tempfile.mkdtemp(prefix="insurup-"))
            path = folder / f"{name}-{row.insurer.replace(' ', '-')}.pdf"
            path.write_bytes(content)
            saved_text = self.tr("Belge kaydedildi: %1")
            open_or_offer_save(self.page, path, self.page.open_file,
                               saved=lambda to: self.page.notice.emit(saved_text.replace("%1", to)))

        run_op(self.page, self.page.service.offer_document(pid, row.id, kind), on_success=got, banner=self.page.banner,
               busy=self.page.busy, caption=self.tr("Belge indiriliyor…"))

    def save_document(self, kind: str) -> None:
        row = self.page.current_row()
        if row is None or row.status != "priced":
            return
        name = "bilgilendirme-formu" if kind == "information" else "teklif"
        suggested = f"{name}-{row.insurer.replace(' ', '-')}.pdf"
        path = ask_save_path(self.page, self.tr("Belgeyi kaydet"), suggested, self.tr("PDF (*.pdf)"))
        if path:
            self.fetch_document(kind, save_to=path)

    def send_choices(self) -> list[tuple[SendJob, str]]:
        """For this sale's customer: the comparison of the selected priced offers, the current offer's document
        and its information form."""
        sale = self.page.data
        pid, customer_id = sale.proposal_id, sale.customer_id
        current = self.page.current_row()
        if pid is None or not customer_id:
            return []
        choices: list[tuple[SendJob, str]] = []
        compared = [r.id for r in self.page.selected_rows() if r.status == "priced"]
        if compared:
            choices.append((SendJob("comparison", customer_id, pid, tuple(compared)),
                            self.tr("Karşılaştırma (%n teklif)", "", len(compared))))
        if current is not None and current.status == "priced":
            choices.append((SendJob("offer", customer_id, pid, (current.id,)),
                            self.tr("Teklif belgesi — %1").replace("%1", current.insurer)))
            choices.append((SendJob("information", customer_id, pid, (current.id,)),
                            self.tr("Bilgilendirme formu — %1").replace("%1", current.insurer)))
        return choices

    def send(self) -> None:
        choices = self.send_choices()
        if not choices:
            return
        self.send_dialog = open_send_dialog(self.page, SendingService(self.page.service.client), choices)
        self.send_dialog.sent.connect(
            lambda to: self.page.notice.emit(self.tr("Gönderildi: %1").replace("%1", to)))

    def offer_fetch(self) -> Callable[[], Awaitable[bytes]] | None:
        """The chosen priced offer's own document, for printing; None while no priced offer is chosen."""
        row = self.page.current_row()
        pid = self.page.data.proposal_id
        if row is None or row.status != "priced" or pid is None:
            return None
        return lambda: self.page.service.offer_document(pid, row.id, "document")

    def offer_title(self) -> str:
        row = self.page.current_row()
        return self.tr("Teklif: %1").replace("%1", row.insurer if row is not None else "")
