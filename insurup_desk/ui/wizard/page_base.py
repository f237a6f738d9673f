"""What the wizard expects from each step's page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from insurup_desk.services.sale import Sale
from insurup_desk.services.sales_flow import SaleData
from insurup_desk.ui.background import BusyBar, ErrorBanner


class WizardPage(QWidget):
    """A step's drawing. It reads the sale's data on ``enter`` and asks to move on by emitting ``completed``."""

    completed = Signal(dict)  # the sale fields this step decided
    changed = Signal(dict)  # choices recorded without leaving the step
    notice = Signal(str)  # a short message for the wizard's notice line

    def __init__(self, sale: Sale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The sale this page draws; pages are built for one sale and thrown away with it.
        self.sale = sale
        self.service = sale.service
        self.banner = ErrorBanner(self)
        self.busy = BusyBar(self)
        self.data = SaleData()
        # Set by the wizard when it follows the line: steps that need it say so instead of sending.
        self.line_down: Callable[[], bool] = lambda: False

    def enter(self, sale: SaleData) -> None:
        self.data = sale
        self.banner.hide()

    def leave(self) -> None:
        """Called when the step stops being current (forwards or backwards)."""

    def escape(self) -> bool:
        """Handle Esc inside the page (e.g. close a form); False lets the wizard go back a step."""
        return False

    def primary(self) -> None:
        """The step's main action, bound to Enter."""

    def take_focus(self) -> None:
        """Put the keyboard where the step's work starts (the window was shown or the step was switched to)."""
        self.focusNextChild()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Line edits, lists and spin boxes let Enter bubble up to here: it always means "the main action".
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.primary()
            return
        super().keyPressEvent(event)

    def finish(self, **changes: Any) -> None:
        self.completed.emit(changes)
