"""The list delegate's quick drawing of plain cells looks exactly like Qt's own delegate."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QPoint
from PySide6.QtGui import QHelpEvent, QImage
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem
from table_fakes import SPEC, FakeServer

from insurup_desk.ui.tables.cell_delegate import ListCellDelegate
from insurup_desk.ui.tables.cut_text import CutTextTips
from insurup_desk.ui.tables.list_view import ListTableView, configure_list_view
from insurup_desk.ui.tables.paged_model import PagedTableModel


def loaded_model(qtbot: Any, rows: int) -> PagedTableModel:
    server = FakeServer(totals={"all": rows})
    model = PagedTableModel(SPEC, server.fetch, page_size=100)
    server.model = model
    model.start()
    qtbot.waitUntil(lambda: bool(server.pending()))
    server.resolve(server.pending()[0])
    qtbot.waitUntil(lambda: not model.is_loading)
    return model


def rendered(qtbot: Any, model: PagedTableModel, *, qt_delegate: bool, selected_row: int | None) -> QImage:
    view = ListTableView()
    configure_list_view(view)
    view.setModel(model)
    if qt_delegate:
        view.setItemDelegate(QStyledItemDelegate(view))  # asks the model role by role and draws through the style
    qtbot.addWidget(view)
    view.resize(700, 260)
    view.setColumnWidth(1, 52)  # "Müşteri 12" does not fit: elided
    view.setColumnWidth(2, 150)
    view.show()
    qtbot.waitExposed(view)
    if selected_row is not None:
        view.selectRow(selected_row)
    return view.viewport().grab().toImage()


def test_plain_and_selected_cells_are_drawn_as_qt_draws_them(qapp: Any, qloop_running: Any, qtbot: Any) -> None:
    model = loaded_model(qtbot, 12)
    view = ListTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    assert isinstance(view.itemDelegate(), ListCellDelegate)
    assert isinstance(view.itemDelegate(), CutTextTips), "a cut text still shows whole on hover"
    for selected in (None, 3):
        ours = rendered(qtbot, model, qt_delegate=False, selected_row=selected)
        qt_own = rendered(qtbot, model, qt_delegate=True, selected_row=selected)
        assert ours.size() == qt_own.size()
        assert ours == qt_own, "a list painted by the quick delegate differs from Qt's own painting"
    assert model.rowCount(QModelIndex()) == 12


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen platform shows no tooltip
def test_a_cut_cell_of_a_list_shows_its_whole_text_on_hover(qapp: Any, qloop_running: Any, qtbot: Any) -> None:
    model = loaded_model(qtbot, 3)
    view = ListTableView()
    configure_list_view(view)
    view.setModel(model)
    qtbot.addWidget(view)
    view.setColumnWidth(1, 40)  # "Müşteri 1" is cut
    view.setColumnWidth(2, 200)
    view.show()
    qtbot.waitExposed(view)
    delegate = view.itemDelegate()
    assert isinstance(delegate, CutTextTips)

    def hover(column: int) -> bool:
        index = model.index(1, column)
        option = QStyleOptionViewItem()
        option.rect = view.visualRect(index)
        option.font = view.font()
        option.fontMetrics = view.fontMetrics()
        event = QHelpEvent(QEvent.Type.ToolTip, option.rect.center(), view.viewport().mapToGlobal(QPoint(5, 5)))
        return delegate.helpEvent(event, view, option, index)

    assert hover(1), "the cut name is offered whole"
    assert not hover(2), "a premium that fits needs no tooltip"
