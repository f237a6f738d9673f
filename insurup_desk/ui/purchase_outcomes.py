"""Telling the operator what became of purchases whose answer was not seen on screen.

Shown after start or sign-in (the journal's open lines were reconciled first) and whenever the background watch
finds the outcome of a sale the operator left while it was being paid.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from insurup_desk.services.purchase_journal import JournalState
from insurup_desk.services.purchase_watch import WatchedOutcome


def outcome_line(outcome: WatchedOutcome) -> str:
    entry = outcome.entry
    started = dt.datetime.fromtimestamp(entry.started_at).strftime("%d.%m.%Y %H:%M")
    insurer = outcome.policy.insurance_company_name if outcome.policy is not None else None
    where = QCoreApplication.translate("PurchaseOutcomes", "teklif %1, %2")
    where = where.replace("%1", entry.proposal_id).replace("%2", started)
    if entry.state is JournalState.PURCHASED:
        number = entry.policy_number or entry.policy_id or "?"
        text = QCoreApplication.translate("PurchaseOutcomes", "✔ Poliçe düzenlendi: poliçe no %1 (%2).")
        text = text.replace("%1", number).replace("%2", where)
        return f"{text} {insurer}" if insurer else text
    if entry.state is JournalState.NOT_PURCHASED:
        text = QCoreApplication.translate(
            "PurchaseOutcomes", "✖ Ödeme gerçekleşmedi, para çekilmedi (%1). Yeniden ödeme alınabilir.")
        return text.replace("%1", where)
    text = QCoreApplication.translate(
        "PurchaseOutcomes", "⏳ Sonuç henüz belli değil (%1): kontrol sürüyor; bu satış için tekrar ödeme almayın.")
    return text.replace("%1", where)


def summary_text(outcomes: list[WatchedOutcome]) -> str:
    return "\n".join(outcome_line(o) for o in outcomes)


class PurchaseOutcomeBox(QMessageBox):
    """Window-modal, non-blocking: the desk keeps running (and checking) while it is open."""

    def __init__(self, outcomes: list[WatchedOutcome], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("purchaseOutcomes")
        issued = any(o.entry.state is JournalState.PURCHASED for o in outcomes)
        self.setIcon(QMessageBox.Icon.Information if issued else QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Ödeme sonuçları"))
        self.setText(self.tr("Ekranda sonucu görülmeyen ödemeler kontrol edildi:"))
        self.setInformativeText(summary_text(outcomes))
        self.addButton(self.tr("&Tamam"), QMessageBox.ButtonRole.AcceptRole)


def show_outcomes(outcomes: list[WatchedOutcome], parent: QWidget | None) -> PurchaseOutcomeBox | None:
    if not outcomes:
        return None
    box = PurchaseOutcomeBox(outcomes, parent)
    box.finished.connect(lambda _r: box.deleteLater())
    box.open()
    return box
