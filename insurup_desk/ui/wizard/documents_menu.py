"""The quotes step's "Belgeler" button: the offer's document and information form (open or save), the comparison
PDF, printing the offer and sending to the customer, in one menu.

The step's action row is full at 1366 px, so these share one button. Each entry keeps its own shortcut as an
action on the page (Ctrl+D, Ctrl+I, Ctrl+P, Ctrl+E, Alt+Z …): the keys work from anywhere on the step without
opening the menu, and the menu shows them beside the entries.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolButton

from insurup_desk.ui.keys import key_text
from insurup_desk.ui.printing.print_button import PrintMenu

if TYPE_CHECKING:
    from insurup_desk.ui.wizard.quotes_documents import OfferDocuments
    from insurup_desk.ui.wizard.quotes_page import QuotesPage

PRINT_KEYS = "Alt+Z"  # the old "Teklifi yazdır" button's letter; İMM's assistance choice moved off it for this


class DocumentsMenu(QObject):
    """Owned by the quotes page; ``refresh`` turns the entries on and off with the page's current offer."""

    def __init__(self, page: QuotesPage, documents: OfferDocuments) -> None:
        super().__init__(page)
        self.page = page
        self.documents = documents
        self.button = QToolButton(page)
        self.button.setObjectName("documentsButton")
        self.button.setText(self.tr("&Belgeler"))
        self.button.setToolTip(self.tr("Teklif belgesi, bilgilendirme formu, karşılaştırma PDF'i, yazdırma ve "
                                       "müşteriye gönderme"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.menu = QMenu(self.button)
        self.menu.setObjectName("documentsMenu")
        self.button.setMenu(self.menu)

        self.document_action = self._add(self.tr("Teklif &belgesi"), "Ctrl+D",
                                         lambda: documents.fetch_document("document"))
        self.document_action.setToolTip(self.tr("Teklif belgesini açar"))
        self.save_document_action = self._add(self.tr("Teklif belgesini &kaydet…"), "Ctrl+Shift+D",
                                              lambda: documents.save_document("document"))
        self.form_action = self._add(self.tr("Bilgilendirme &formu"), "Ctrl+I",
                                     lambda: documents.fetch_document("information"))
        self.save_form_action = self._add(self.tr("Bilgilendirme formunu ka&ydet…"), "Ctrl+Shift+I",
                                          lambda: documents.save_document("information"))
        self.menu.addSeparator()
        self.pdf_action = self._add(self.tr("Karşılaştırma &PDF…"), "Ctrl+P", documents.save_comparison_pdf)
        self.menu.addSeparator()
        # A submenu (print, preview, page setup) as the button it replaces had; its key opens it under the button.
        # The key is written into the title: Qt shows a submenu entry's text, not its action's shortcut.
        title = self.tr("Teklifi ya&zdır")
        self.printing = PrintMenu(documents.offer_fetch, documents.offer_title, banner=page.banner, busy=page.busy,
                                  owner=page, text=f"{title}\t{key_text(PRINT_KEYS)}")
        self.printing.setObjectName("offerPrintMenu")
        self.menu.addMenu(self.printing)
        self.print_action = self.printing.menuAction()
        self._bind(self.print_action, PRINT_KEYS)
        # A submenu entry is never "triggered" by the menu itself (it opens); only the key reaches this.
        self.print_action.triggered.connect(self.open_print_menu)
        self.menu.addSeparator()
        self.send_action = self._add(self.tr("Müşteriye &gönder…"), "Ctrl+E", documents.send)
        self.send_action.setToolTip(self.tr("Müşteriye e-posta veya SMS ile gönder"))

    def _add(self, text: str, keys: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.page)
        action.triggered.connect(lambda _checked=False: slot())
        self._bind(action, keys)
        self.menu.addAction(action)
        return action

    def _bind(self, action: QAction, keys: str) -> None:
        action.setShortcut(QKeySequence(keys))
        # Live while the focus is anywhere on the step (the table, the plan box …), not in other pages.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.page.addAction(action)

    def open_print_menu(self) -> None:
        """Alt+Z: the print choices where the "Belgeler" menu would open, as the old print button showed them."""
        self.printing.popup(self.button.mapToGlobal(QPoint(0, self.button.height())))

    def refresh(self) -> None:
        """Each entry is on when it has something to work on, so its key does nothing exactly when it is off."""
        row = self.page.current_row()
        priced = row is not None and row.status == "priced"
        for action in (self.document_action, self.save_document_action, self.form_action, self.save_form_action):
            action.setEnabled(priced)
        # The comparison takes the selected priced offers, or else the first payable ones.
        self.pdf_action.setEnabled(priced or any(r.payable for r in self.page.model.board.rows))
        # Sending offers the selected offers' comparison even while the current one is not priced.
        self.send_action.setEnabled(bool(self.documents.send_choices()))
        # The submenu's own state drives its entry (and so Alt+Z).
        self.printing.setEnabled(priced)
