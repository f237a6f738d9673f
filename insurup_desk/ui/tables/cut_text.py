"""Text cut short in a cell is readable in full: hovering shows it as a tooltip, only when it was cut."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem, QToolTip

AnyIndex = QModelIndex | QPersistentModelIndex


class CutTextTips(QStyledItemDelegate):
    """Draws as usual; a cell's own tooltip wins, else a cut text's full version is the tooltip."""

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,
                  index: AnyIndex) -> bool:
        if event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        if index.data(Qt.ItemDataRole.ToolTipRole):
            return super().helpEvent(event, view, option, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if text and self.is_cut(option, index):
            QToolTip.showText(event.globalPos(), text, view)
            return True
        QToolTip.hideText()
        event.ignore()
        return False

    def is_cut(self, option: QStyleOptionViewItem, index: AnyIndex) -> bool:
        return self.sizeHint(option, index).width() > option.rect.width()


def show_cut_text(view: QAbstractItemView) -> CutTextTips:
    delegate = CutTextTips(view)
    view.setItemDelegate(delegate)
    return delegate
