"""The live quote table: one row per insurer product, state shown by colour AND word."""

from __future__ import annotations

import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any, Final

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont

from insurup_desk.api.models import Proposal
from insurup_desk.domain.formats import format_money
from insurup_desk.services.quote_board import QuoteBoard, QuoteRow
from insurup_desk.services.renewal_sale import percent_change
from insurup_desk.ui.item_colors import ItemColor, item_color

INSURER, PRODUCT, STATUS, PREMIUM, PLANS, FLAGS, CHANGE = range(7)
ROW_ID_ROLE: Final = Qt.ItemDataRole.UserRole
SORT_ROLE: Final = Qt.ItemDataRole.UserRole + 1

_UNSORTABLE_PRICE = 1e15  # waiting and failed rows sink below every price

AnyIndex = QModelIndex | QPersistentModelIndex


class QuotesModel(QAbstractTableModel):
    priced = Signal(str)  # a row's price became visible (row id)

    def __init__(self, board: QuoteBoard | None = None, parent: QObject | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.board = board or QuoteBoard(clock=clock)
        self._clock = clock
        self._count = self.board.total  # rows the views know about; the board may briefly hold more
        # Last year's gross premium on a renewal sale: each offer shows its change against it.
        self.baseline: Decimal | None = None
        self._headers = [self.tr("Sigorta şirketi"), self.tr("Ürün"), self.tr("Durum"), self.tr("Brüt prim"),
                         self.tr("Taksit seçenekleri"), self.tr("İndirim / uyarı"), self.tr("Geçen yıla göre")]

    # --- updates ----------------------------------------------------------------------------------
    def reset(self, board: QuoteBoard) -> None:
        self.beginResetModel()
        self.board = board
        self._count = board.total
        self.endResetModel()

    def apply(self, proposal: Proposal) -> None:
        before = self._count
        was_priced = {r.id for r in self.board.rows if r.status != "waiting"}
        changed = self.board.apply(proposal)
        if self.board.total > before:
            # New rows are hidden behind _count until the views have been told they are coming.
            self.beginInsertRows(QModelIndex(), before, self.board.total - 1)
            self._count = self.board.total
            self.endInsertRows()
        for i in changed:
            if i < before:
                self.dataChanged.emit(self.index(i, 0), self.index(i, CHANGE))
        for row in self.board.rows:
            if row.status != "waiting" and row.id not in was_priced:
                self.priced.emit(row.id)

    def set_baseline(self, premium: Decimal | None) -> None:
        if premium != self.baseline:
            self.baseline = premium
            if self._count:
                self.dataChanged.emit(self.index(0, CHANGE), self.index(self._count - 1, CHANGE))

    def mark_revising(self, row_id: str) -> None:
        index = self.board.mark_revising(row_id)
        if index is not None:
            self.dataChanged.emit(self.index(index, 0), self.index(index, CHANGE))
        best = self.board.best_row
        if best is not None:
            i = self.board.rows.index(best)
            self.dataChanged.emit(self.index(i, 0), self.index(i, CHANGE))

    def change(self, row: QuoteRow) -> Decimal | None:
        """The offer's change against last year's premium in per cent (priced offers of a renewal only)."""
        if row.status != "priced" or row.gross is None:
            return None
        return percent_change(row.gross, self.baseline)

    def mark_retrying(self, row_id: str) -> None:
        index = self.board.mark_retrying(row_id)
        if index is not None:
            self.dataChanged.emit(self.index(index, 0), self.index(index, CHANGE))

    def tick(self) -> None:
        """Refresh the elapsed-time text of waiting rows (one signal for the span, not one per row)."""
        waiting = [i for i, row in enumerate(self.board.rows[: self._count]) if row.status == "waiting"]
        if waiting:
            self.dataChanged.emit(self.index(waiting[0], STATUS), self.index(waiting[-1], STATUS),
                                  [Qt.ItemDataRole.DisplayRole])

    def row_at(self, index: AnyIndex) -> QuoteRow | None:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        return self.board.rows[index.row()]

    # --- model ------------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_ROLE:
            if column == PREMIUM:
                return float(row.gross) if row.gross is not None and row.status == "priced" else _UNSORTABLE_PRICE
            if column == CHANGE:
                change = self.change(row)
                return float(change) if change is not None else _UNSORTABLE_PRICE
            return (self._text(row, column) or "").casefold()
        if role == ROW_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (PREMIUM, CHANGE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.best:
                return QBrush(item_color(ItemColor.BEST_ROW))
            if row.status == "failed":
                return QBrush(item_color(ItemColor.FAILED_ROW))
            return None
        if role == Qt.ItemDataRole.ForegroundRole and row.status == "waiting":
            return QBrush(item_color(ItemColor.WAITING_ROW_TEXT))
        if role == Qt.ItemDataRole.FontRole and row.best:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.error_message if row.status == "failed" else None
        return None

    def _text(self, row: QuoteRow, column: int) -> str:
        if column == INSURER:
            return row.insurer
        if column == PRODUCT:
            return row.product + (self.tr(" (robot)") if row.is_robot else "")
        if column == STATUS:
            return self.status_text(row)
        if column == PREMIUM:
            return format_money(row.gross, row.plans[0].currency) if row.gross is not None else ""
        if column == PLANS:
            return ", ".join(
                self.tr("Peşin") if p.installments == 1 else self.tr("%1 taksit").replace("%1", str(p.installments))
                for p in row.plans)
        if column == FLAGS:
            return self._flags(row)
        if column == CHANGE:
            return change_text(self.change(row))
        return ""

    def status_text(self, row: QuoteRow) -> str:
        text = self._status_text(row)
        if row.revised and row.status == "priced":
            return self.tr("%1 · yeniden çalışıldı").replace("%1", text)
        return text

    def _status_text(self, row: QuoteRow) -> str:
        if row.status == "waiting" and row.revising:
            seconds = max(0, int(self._clock() - row.waiting_since))
            return self.tr("Yeniden fiyatlanıyor (%1 sn)").replace("%1", str(seconds))
        if row.status == "waiting":
            seconds = max(0, int(self._clock() - row.waiting_since))
            return self.tr("Bekleniyor (%1 sn)").replace("%1", str(seconds))
        if row.status == "failed":
            return self.tr("Başarısız: %1").replace("%1", row.error_message or self.tr("fiyat verilemedi"))
        if row.status == "purchased":
            return self.tr("Satın alındı")
        if row.status == "purchasing":
            return self.tr("Satın alınıyor")
        if row.status == "priced":
            if row.best:
                return self.tr("★ En iyi fiyat")
            if row.is_robot:
                return self.tr("Fiyat geldi · ödenemez (robot)")
            if not row.payable:
                return self.tr("Fiyat geldi · bu kanaldan ödenemez")
            return self.tr("Fiyat geldi")
        return row.raw_state

    def _flags(self, row: QuoteRow) -> str:
        parts: list[str] = []
        if row.undamaged_discount:
            rate = f" %{row.undamaged_rate * 100:.0f}" if row.undamaged_rate else ""
            parts.append(self.tr("Hasarsızlık indirimi") + rate)
        if row.vocational_discount:
            parts.append(self.tr("Meslek indirimi"))
        if row.needs_investigation:
            parts.append(self.tr("⚠ Şirket incelemesi gerekli"))
        return ", ".join(parts)


def change_text(change: Decimal | None) -> str:
    """"+%8,2" / "−%3,1" (Turkish puts the per cent sign first and a decimal comma)."""
    if change is None:
        return ""
    rounded = change.quantize(Decimal("0.1"))
    sign = "+" if rounded > 0 else "−" if rounded < 0 else "±"
    return f"{sign}%{abs(rounded):.1f}".replace(".", ",")
