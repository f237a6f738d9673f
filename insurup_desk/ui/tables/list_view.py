"""The table view every list uses: row-wise, read-only, and cheap with a million rows."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from insurup_desk.ui.tables.cell_delegate import ListCellDelegate
from insurup_desk.ui.tables.cut_text import show_cut_text
from insurup_desk.ui.tables.paged_model import PagedTableModel

__all__ = ["ListCellDelegate", "ListTableView", "configure_list_view"]


class ListTableView(QTableView):
    """A ``QTableView`` that does not repaint when a page of rows lands below what it shows.

    Qt lays the view out again after every change in the row count and repaints the whole viewport then,
    although rows appended under the last visible one change nothing on screen; with a page arriving as the
    operator scrolls, that was one full repaint per page. When the only change since the last layout is rows
    appended off-screen, only the scroll range is updated. Any other change (reset, removal, moves, layout or
    column changes) lays out and repaints as Qt does.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._appended_from: int | None = None  # first row appended since the last layout
        self._other_change = False
        self._watched: QAbstractItemModel | None = None
        self._cells: ListCellDelegate | None = None

    def setModel(self, model: QAbstractItemModel | None) -> None:
        if self._watched is not None:
            self._watch(self._watched, connect=False)
        super().setModel(model)
        self._watched = model
        self._cells = None
        if isinstance(model, PagedTableModel):
            self._cells = ListCellDelegate(model.cell, model.paint_cell, self)
            self.setItemDelegate(self._cells)
        self._other_change = True
        if model is not None:
            self._watch(model, connect=True)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._cells is not None and self.itemDelegate() is self._cells:
            self._cells.prepare(self)  # the font, margin and palette this paint draws plain cells with
        super().paintEvent(event)

    def _watch(self, model: QAbstractItemModel, *, connect: bool) -> None:
        signals = (model.modelReset, model.layoutChanged, model.rowsRemoved, model.rowsMoved,
                   model.columnsInserted, model.columnsRemoved, model.columnsMoved)
        if connect:
            model.rowsInserted.connect(self._rows_inserted)
            for signal in signals:
                signal.connect(self._changed)
        else:
            model.rowsInserted.disconnect(self._rows_inserted)
            for signal in signals:
                signal.disconnect(self._changed)

    def _rows_inserted(self, parent: QModelIndex | QPersistentModelIndex, first: int, last: int) -> None:
        model = self.model()
        if parent.isValid() or model is None or last != model.rowCount() - 1:
            self._other_change = True  # not an append at the end
        elif self._appended_from is None or first < self._appended_from:
            self._appended_from = first

    def _changed(self, *_args: object) -> None:
        self._other_change = True

    def doItemsLayout(self) -> None:
        first = self._appended_from
        quiet = first is not None and not self._other_change and 0 <= self._last_shown_row() < first
        self._appended_from = None
        self._other_change = False
        if quiet:
            self.updateGeometries()  # the scroll bar learns the new length; the rows on screen are unchanged
            return
        super().doItemsLayout()

    def _last_shown_row(self) -> int:
        """The row under the viewport's bottom edge, or -1 when the rows end above it."""
        return self.rowAt(self.viewport().height() - 1)


def configure_list_view(view: QTableView) -> None:
    """Row-wise, read-only, and cheap to lay out with 100,000 rows: fixed row heights, no row header."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setCornerButtonEnabled(False)
    rows = view.verticalHeader()
    rows.hide()
    # Fixed heights: a growing list never asks the model for row size hints.
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(max(24, view.fontMetrics().height() + 8))
    header = view.horizontalHeader()
    header.setSectionsClickable(True)
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setDefaultSectionSize(120)
    show_cut_text(view)  # a column too narrow for its text still lets it be read
