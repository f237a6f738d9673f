""""Bekleyen işlemler": customers and vehicles entered while the line was down, waiting to be sent.

Failed entries show the server's (or the replay's) message; the operator retries or deletes them here.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from insurup_desk.domain.plate import format_plate
from insurup_desk.services.context import AppContext
from insurup_desk.services.outbox import Outbox, ReplayReport
from insurup_desk.services.purchase_watch import PurchaseWatch
from insurup_desk.store import OutboxEntry
from insurup_desk.ui.background import BusyBar, ErrorBanner, run_op
from insurup_desk.ui.item_colors import ItemColor, item_color
from insurup_desk.ui.keys import with_key
from insurup_desk.ui.pending_purchases import PurchasesPanel
from insurup_desk.ui.theme import mark_primary

SEQ_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = 5


def _masked(identity: str) -> str:
    return f"{identity[:3]}***{identity[-2:]}" if len(identity) > 5 else identity


def entry_subject(entry: OutboxEntry) -> str:
    """What the entry is about, in the operator's words: the customer's name or the vehicle's plate."""
    payload: Any = entry.payload if isinstance(entry.payload, dict) else {}
    fields: dict[str, Any] = payload.get("fields") or {}
    if entry.kind == "customer":
        name = fields.get("full_name") or fields.get("title") or ""
        identity = str(fields.get("identity_number") or fields.get("tax_number") or "")
        return f"{name} ({_masked(identity)})" if identity else str(name)
    plate = fields.get("plate") or {}
    if isinstance(plate, dict) and plate.get("city") is not None:
        return format_plate(int(plate["city"]), str(plate.get("code") or ""))
    return "—"


class PendingPage(QWidget):
    count_changed = Signal(int)  # entries still waiting or failed (the navigation badge)

    def __init__(self, outbox: Outbox, parent: QWidget | None = None, *, watch: PurchaseWatch | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pendingPage")
        self.outbox = outbox
        self.entries: list[OutboxEntry] = []
        self._counts = {"outbox": 0, "purchases": 0}
        # Purchases whose outcome is still being checked, and what recent checks found.
        self.purchases = PurchasesPanel(watch, self) if watch is not None else None
        title = QLabel(self.tr("Bekleyen işlemler"), self)
        title.setObjectName("pageTitle")
        self.summary = QLabel(self)
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)
        self.banner = ErrorBanner(self)
        self.busy = BusyBar(self)
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setHorizontalHeaderLabels([self.tr("Tür"), self.tr("Kayıt"), self.tr("Durum"),
                                              self.tr("Sunucu mesajı"), self.tr("Girildiği zaman")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        # Rows follow the wrapped message as the column widens or narrows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in ((0, 90), (1, 240), (2, 150), (4, 140)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.send_button = QPushButton(with_key(self.tr("Şimdi &gönder"), "F5"), self)
        self.retry_button = QPushButton(self.tr("&Yeniden dene"), self)
        self.discard_button = QPushButton(self.tr("&Sil (Del)"), self)
        mark_primary(self.send_button)
        self.send_button.clicked.connect(self.send_now)
        self.retry_button.clicked.connect(self.retry_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        QShortcut(QKeySequence("F5"), self, self.send_now)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.discard_selected)

        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.banner)
        layout.addWidget(self.busy)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        if self.purchases is not None:
            layout.addWidget(self.purchases, 1)
            self.purchases.open_count_changed.connect(lambda n: self._count("purchases", n))
        self._selection_changed()
        outbox.add_listener(self._outbox_changed)
        self.refresh()

    # --- data ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        run_op(self, self.outbox.pending(), on_success=self._show, banner=self.banner)

    def _outbox_changed(self) -> None:
        if shiboken6.isValid(self):
            self.refresh()

    def _show(self, entries: list[OutboxEntry]) -> None:
        selected = self.selected_entry()
        self.entries = entries
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            failed = entry.state == "failed"
            kind = self.tr("Müşteri") if entry.kind == "customer" else self.tr("Araç")
            state = self.tr("✖ Gönderilemedi") if failed else self.tr("⏳ Gönderilmeyi bekliyor")
            message = entry.last_error or (self.tr("Hat gelince kendiliğinden gönderilecek.") if not failed else "")
            created = dt.datetime.fromtimestamp(entry.created_at).strftime("%d.%m.%Y %H:%M")
            for column, text in enumerate((kind, entry_subject(entry), state, message, created)):
                item = QTableWidgetItem(text)
                item.setData(SEQ_ROLE, entry.seq)
                if column == 3:
                    item.setToolTip(text)
                if column == 2:
                    item.setForeground(QBrush(item_color(ItemColor.BAD if failed else ItemColor.WAITING)))
                self.table.setItem(row, column, item)
            if selected is not None and entry.seq == selected.seq:
                self.table.selectRow(row)
        waiting = sum(1 for e in entries if e.state == "pending")
        failed_count = len(entries) - waiting
        if not entries:
            self.summary.setText(self.tr("Bekleyen işlem yok. Bağlantı yokken girilen müşteri ve araçlar "
                                         "burada görünür ve hat gelince kendiliğinden gönderilir."))
        else:
            parts = []
            if waiting:
                parts.append(self.tr("%1 kayıt hat gelince gönderilecek.").replace("%1", str(waiting)))
            if failed_count:
                parts.append(self.tr("%1 kayıt gönderilemedi: satırı seçip yeniden deneyin ya da silin.")
                             .replace("%1", str(failed_count)))
            self.summary.setText(" ".join(parts))
        self._selection_changed()
        self._count("outbox", len(entries))

    def _count(self, part: str, value: int) -> None:
        self._counts[part] = value
        self.count_changed.emit(sum(self._counts.values()))

    # --- actions ------------------------------------------------------------------------------------
    def selected_entry(self) -> OutboxEntry | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows:
            return None
        row = min(rows)
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _selection_changed(self) -> None:
        entry = self.selected_entry()
        self.retry_button.setEnabled(entry is not None and entry.state == "failed")
        self.discard_button.setEnabled(entry is not None)

    def send_now(self) -> None:
        run_op(self, self.outbox.replay(), on_success=self._report, banner=self.banner, busy=self.busy,
               caption=self.tr("Bekleyen kayıtlar gönderiliyor…"), disable=[self.send_button, self.retry_button])

    def retry_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None or entry.state != "failed":
            return
        run_op(self, self.outbox.retry(entry.seq), on_success=self._report, banner=self.banner, busy=self.busy,
               caption=self.tr("Yeniden gönderiliyor…"), disable=[self.send_button, self.retry_button])

    def _report(self, report: ReplayReport) -> None:
        if report.stopped_offline:
            self.banner.show_message(self.tr("Bağlantı yok; kayıtlar hat gelince gönderilecek."))

    def discard_selected(self) -> QMessageBox | None:
        entry = self.selected_entry()
        if entry is None:
            return None
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Kaydı sil"))
        box.setText(self.tr("'%1' kaydı sunucuya gönderilmeden silinsin mi? Bu işlem geri alınamaz.")
                    .replace("%1", entry_subject(entry)))
        yes = box.addButton(self.tr("&Sil"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("&Vazgeç"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_result: int) -> None:
            if box.clickedButton() is yes:
                run_op(self, self.outbox.discard(entry.seq), banner=self.banner)

        box.finished.connect(answered)
        box.open()
        return box


def pending_page(ctx: AppContext) -> QWidget | None:
    """The page, or None for a desk without a local store (nothing is ever pending there)."""
    if ctx.outbox is None:
        return None
    ctx.outbox.follow(ctx.connectivity)
    page = PendingPage(ctx.outbox, watch=ctx.watch)
    # Entries left from an earlier run go out now if the line is up (a replay stops at the first sign it is not).
    ctx.tasks.start(ctx.outbox.replay(), name="outbox-replay-at-start")
    return page
