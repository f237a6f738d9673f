"""The payments part of "Bekleyen işlemler": purchases still being checked, and what recent checks found."""

from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from insurup_desk.services.purchase_journal import JournalEntry, JournalState
from insurup_desk.services.purchase_watch import PurchaseWatch, WatchedOutcome
from insurup_desk.ui.background import BusyBar, ErrorBanner, run_op

RECENT = 20


class PurchasesPanel(QWidget):
    open_count_changed = Signal(int)  # purchases whose outcome is still unknown (the navigation badge)

    def __init__(self, watch: PurchaseWatch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pendingPurchases")
        self.watch = watch
        self.entries: list[JournalEntry] = []
        title = QLabel(self.tr("Ödemeler"), self)
        title.setObjectName("sectionTitle")
        self.summary = QLabel(self)
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)
        self.banner = ErrorBanner(self)
        self.busy = BusyBar(self)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Durum"), self.tr("Teklif"), self.tr("Poliçe no"),
                                              self.tr("Ödeme zamanı")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 260), (2, 170), (3, 140)):
            self.table.setColumnWidth(column, width)
        self.check_button = QPushButton(self.tr("Ödemeleri şimdi &kontrol et"), self)
        self.check_button.clicked.connect(self.check_now)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addLayout(row)
        layout.addWidget(self.banner)
        layout.addWidget(self.busy)
        layout.addWidget(self.table, 1)
        watch.add_listener(self._journal_changed)
        self.destroyed.connect(lambda *_a: watch.remove_listener(self._journal_changed))
        self.refresh()

    def refresh(self) -> None:
        run_op(self, self.watch.journal.recent(RECENT), on_success=self._show, banner=self.banner)

    def check_now(self) -> None:
        run_op(self, self.watch.announce_after_reconcile(), on_success=self._checked, banner=self.banner,
               busy=self.busy, caption=self.tr("Ödemeler sigorta şirketlerinden soruluyor…"),
               disable=[self.check_button])

    def _checked(self, _outcomes: list[WatchedOutcome]) -> None:
        self.refresh()

    def _journal_changed(self) -> None:
        if shiboken6.isValid(self):
            self.refresh()

    def _show(self, entries: list[JournalEntry]) -> None:
        self.entries = entries
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            started = dt.datetime.fromtimestamp(entry.started_at).strftime("%d.%m.%Y %H:%M")
            cells = (self._state_text(entry), entry.proposal_id, entry.policy_number or entry.policy_id or "—",
                     started)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        still_open = sum(1 for e in entries if e.is_open)
        if still_open:
            self.summary.setText(self.tr("%1 ödemenin sonucu henüz belli değil; uygulama arka planda sormaya "
                                         "devam ediyor. Bu satışlar için tekrar ödeme almayın.").replace(
                "%1", str(still_open)))
        else:
            self.summary.setText(self.tr("Sonucu bekleyen ödeme yok."))
        self.open_count_changed.emit(still_open)

    def _state_text(self, entry: JournalEntry) -> str:
        if entry.state is JournalState.PURCHASED:
            return self.tr("✔ Poliçe düzenlendi")
        if entry.state is JournalState.NOT_PURCHASED:
            return self.tr("✖ Ödeme gerçekleşmedi")
        return self.tr("⏳ Sonuç bekleniyor")
