"""A cell too narrow for its text shows the whole text on hover; a cell that fits shows no tooltip."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from insurup_desk.ui.tables.cut_text import show_cut_text

LONG = "⚠ Şirket incelemesi gerekli · Hasarsızlık indirimi %30 · Meslek indirimi %10"


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen platform shows no tooltip
def test_only_cut_text_becomes_a_tooltip(qtbot: Any) -> None:
    model = QStandardItemModel(1, 2)
    model.setItem(0, 0, QStandardItem(LONG))
    model.setItem(0, 1, QStandardItem("Peşin"))
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    delegate = show_cut_text(view)
    view.setColumnWidth(0, 60)
    view.setColumnWidth(1, 200)
    view.show()
    qtbot.waitExposed(view)

    def hover(column: int) -> bool:
        index = model.index(0, column)
        option = QStyleOptionViewItem()
        option.rect = view.visualRect(index)
        option.font = view.font()
        option.fontMetrics = view.fontMetrics()
        event = QHelpEvent(QEvent.Type.ToolTip, option.rect.center(), view.viewport().mapToGlobal(QPoint(5, 5)))
        return delegate.is_cut(option, index) and delegate.helpEvent(event, view, option, index)

    assert hover(0)
    assert not hover(1)
