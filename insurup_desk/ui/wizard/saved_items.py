"""The customer's items on record (vehicles, homes) as a list chosen from by keyboard, with the way to a new one.

The vehicle and the property steps draw it the same: a hint, the list (↑/↓, Enter or a double click chooses),
a notice where the list is empty, and the "new …" (Ctrl+N) and "choose and continue" buttons; the list is
(re)loaded when the step is entered for another customer or the line comes back, and gives way to the form.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from insurup_desk.services.sales_flow import SaleData
from insurup_desk.ui.keys import with_key
from insurup_desk.ui.theme import mark_primary
from insurup_desk.ui.wizard.common import hint
from insurup_desk.ui.wizard.page_base import WizardPage

_ID = Qt.ItemDataRole.UserRole
_CHOSEN_LABEL = Qt.ItemDataRole.UserRole + 1


class SavedItem(NamedTuple):
    label: str
    item_id: str
    # What the sale records as the item's label when it differs from the line shown (a draft's own label).
    chosen_label: str | None = None


class SavedItemsList(QWidget):
    chosen = Signal(str, str)  # the item's id and label
    new_wanted = Signal()

    def __init__(self, page: QWidget, hint_text: str, new_text: str, empty_text: str = "") -> None:
        super().__init__(page)
        self.items = QListWidget(self)
        self.items.itemDoubleClicked.connect(lambda _i: self.choose())
        self._empty_text = empty_text
        self.empty = QLabel(empty_text, self)
        self.empty.setObjectName("infoLabel")
        self.empty.hide()
        self.new_button = QPushButton(with_key(new_text, "Ctrl+N"), self)
        self.pick_button = QPushButton(self.tr("&Seç ve devam et"), self)
        mark_primary(self.pick_button)
        self.pick_button.setEnabled(False)
        self.items.currentRowChanged.connect(lambda r: self.pick_button.setEnabled(r >= 0))
        self.pick_button.clicked.connect(self.choose)
        self.new_button.clicked.connect(lambda: self.new_wanted.emit())
        # On the page, not on this list: Ctrl+N answers while the page's form is open as well.
        QShortcut(QKeySequence("Ctrl+N"), page, self.new_wanted.emit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint(hint_text, self))
        layout.addWidget(self.empty)
        layout.addWidget(self.items, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.pick_button)
        layout.addLayout(buttons)

    def fill(self, entries: Iterable[SavedItem], preselect: str | None = None) -> bool:
        """Show ``entries``, the one with id ``preselect`` (else the first) highlighted; False if there are none."""
        self.items.clear()
        for entry in entries:
            item = QListWidgetItem(entry.label)
            item.setData(_ID, entry.item_id)
            if entry.chosen_label is not None:
                item.setData(_CHOSEN_LABEL, entry.chosen_label)
            self.items.addItem(item)
            if entry.item_id == preselect:
                self.items.setCurrentItem(item)
        if self.items.count() and self.items.currentRow() < 0:
            self.items.setCurrentRow(0)
        self.empty.setText(self._empty_text)
        self.empty.setVisible(not self.items.count())
        return bool(self.items.count())

    def show_notice(self, text: str) -> None:
        """No list to show, and why, where the list would be."""
        self.items.clear()
        self.empty.setText(text)
        self.empty.show()

    def choose(self) -> None:
        if self.items.currentRow() < 0:
            return
        item = self.items.currentItem()
        self.chosen.emit(str(item.data(_ID)), str(item.data(_CHOSEN_LABEL) or item.text()))


class SavedItemsPage(WizardPage):
    """A step that chooses one of the customer's items in ``list_box`` or registers a new one in ``form``.

    Subclasses build both in their ``__init__`` and say which item the sale had chosen and how the list loads.
    """

    list_box: SavedItemsList
    form: QWidget
    _loaded_for: str | None = None  # the customer whose items the list shows

    def chosen_id(self, sale: SaleData) -> str | None:
        raise NotImplementedError

    def _load(self, customer_id: str, preselect: str | None = None) -> None:
        raise NotImplementedError

    def enter(self, sale: SaleData) -> None:
        super().enter(sale)
        self._close_form()
        if sale.customer_id and sale.customer_id != self._loaded_for:
            self._load(sale.customer_id, preselect=self.chosen_id(sale))
        self.list_box.items.setFocus()

    def line_returned(self) -> None:
        """A list that could not load while the line was down loads now (a form being typed is kept)."""
        customer_id = self.data.customer_id
        if customer_id and customer_id != self._loaded_for and not self.form.isVisible():
            self._load(customer_id, preselect=self.chosen_id(self.data))

    def _pick(self) -> None:
        self.list_box.choose()

    def _close_form(self) -> None:
        self.form.hide()
        self.list_box.show()
        self.list_box.items.setFocus()
