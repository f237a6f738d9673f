"""The list view repaints only when what it shows changes; the model's compact rows read back exactly."""

from __future__ import annotations

import decimal
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QStyleOptionViewItem
from table_fakes import SPEC, FakeServer, make_row

from insurup_desk.ui.tables.list_view import ListCellDelegate, ListTableView, configure_list_view
from insurup_desk.ui.tables.paged_model import PagedTableModel
from insurup_desk.ui.tables.row_store import RowStore


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def shown_view(qtbot: Any, model: PagedTableModel) -> tuple[ListTableView, PaintCounter]:
    view = ListTableView()
    configure_list_view(view)
    view.setModel(model)
    view.resize(600, 300)
    qtbot.addWidget(view)
    counter = PaintCounter()
    view.viewport().installEventFilter(counter)
    view.show()
    qtbot.waitExposed(view)
    return view, counter


def settle_layout(view: ListTableView) -> None:
    view.executeDelayedItemsLayout()
    QApplication.processEvents()


def answer(qtbot: Any, server: FakeServer, model: PagedTableModel) -> None:
    qtbot.waitUntil(lambda: bool(server.pending()))
    for request in server.pending():
        server.resolve(request)
    qtbot.waitUntil(lambda: not model.is_loading)


def test_rows_landing_below_the_screen_cause_no_repaint(qapp: Any, qloop_running: Any, qtbot: Any) -> None:
    server = FakeServer(totals={"all": 300})
    model = PagedTableModel(SPEC, server.fetch, page_size=100)
    server.model = model
    view, counter = shown_view(qtbot, model)
    answer(qtbot, server, model)
    qtbot.waitUntil(lambda: counter.paints > 0)  # the first page is painted
    settle_layout(view)
    painted = counter.paints
    model.fetchMore(QModelIndex())  # the next page lands under the last visible row
    answer(qtbot, server, model)
    settle_layout(view)
    assert model.rowCount() == 200
    assert counter.paints == painted, "rows appended off-screen repaint nothing"
    assert view.verticalScrollBar().maximum() > 100, "the scroll range still grows with the list"
    view.scrollToBottom()
    qtbot.waitUntil(lambda: counter.paints > painted)  # and the new rows are painted once scrolled to


def test_rows_landing_on_screen_are_painted(qapp: Any, qloop_running: Any, qtbot: Any) -> None:
    server = FakeServer(totals={"all": 6})
    model = PagedTableModel(SPEC, server.fetch, page_size=3)
    server.model = model
    view, counter = shown_view(qtbot, model)
    qtbot.waitUntil(lambda: bool(server.pending()))
    server.resolve(server.pending()[0])
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    settle_layout(view)
    painted = counter.paints
    # Three rows leave the view half empty, so it asks for more itself; they land in that empty space.
    answer(qtbot, server, model)
    assert model.rowCount() == 6
    qtbot.waitUntil(lambda: counter.paints > painted)


def options(delegate: QStyledItemDelegate, index: QModelIndex) -> tuple[str, Qt.AlignmentFlag, QColor]:
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, index)  # what painting does for every cell
    return option.text, option.displayAlignment, QColor(option.palette.color(QPalette.ColorRole.Text))


def test_the_list_delegate_paints_what_the_model_says(qapp: Any, qloop_running: Any, qtbot: Any) -> None:
    server = FakeServer(totals={"all": 2})
    model = PagedTableModel(SPEC, server.fetch, page_size=10)
    server.model = model
    model.start()
    answer(qtbot, server, model)
    view = ListTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    ours = view.itemDelegate()
    assert isinstance(ours, ListCellDelegate)
    qt_own = QStyledItemDelegate()  # asks the model role by role
    for r in range(2):
        for c in range(model.columnCount()):
            assert options(ours, model.index(r, c)) == options(qt_own, model.index(r, c))
    text, alignment, colour = options(ours, model.index(1, 5))
    assert text == "Yürürlükte" and colour == model.data(model.index(1, 5), Qt.ItemDataRole.ForegroundRole)
    text, alignment, colour = options(ours, model.index(1, 2))
    assert text == "₺1.235,50" and alignment & Qt.AlignmentFlag.AlignRight
    assert colour == options(ours, model.index(1, 1))[2], "an uncoloured cell keeps the palette's text colour"


def test_rows_are_kept_packed_and_read_back_exactly() -> None:
    store = RowStore()
    first = [make_row("a", i) for i in range(100)]
    odd = [("x", decimal.Decimal("1.5"), None)]  # a value that cannot be packed is kept as it came
    store.extend(first)
    store.extend(odd)
    store.extend([make_row("b", i) for i in range(7)])
    assert len(store) == 108
    assert store.row(0) == first[0] and store.row(99) == first[99]
    assert store.row(100) == odd[0]
    assert store.row(107) == make_row("b", 6)
    assert list(store) == [*first, *odd, *[make_row("b", i) for i in range(7)]]
    store.clear()
    assert len(store) == 0 and list(store) == []
