"""A returning customer's Trafik sale by card in 3 installments, driven only by keys sent to the focused widget.

Starts from the main window as it is first shown and ends with the policy number on screen. Nothing is called
on the desk's widgets and no text is set: every key goes to ``QApplication.focusWidget()``, as a keyboard at the
counter would send it, so a step that leaves the focus in the wrong place makes the drive fail. Typing the
TCKN and the card's characters is free; every other key is counted.

Shared by ``test_keyboard_sale.py`` and ``benchmarks/bench_counter_keys.py``.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from insurup_desk.ui.main_window import MainWindow
from insurup_desk.ui.wizard.wizard import SaleWizard

RETURNING_TCKN = "11111111110"  # Ayşe Yılmaz, seeded with vehicles in every sandbox
CARD_NUMBER = "4242424242424242"
CARD_HOLDER = "AYSE YILMAZ"
CARD_EXPIRY = "11/29"
CARD_CVC = "958"
INSTALLMENTS = 3
TARGET_KEYS = 8
TIMEOUT_S = 20.0


@dataclass
class KeyboardSale:
    """What the drive counted and where it ended."""

    keys: list[str] = field(default_factory=list)  # the counted keys, in order, for the failure message
    typed: int = 0  # characters of the TCKN and the card (not counted)
    policy_number: str = ""
    wall_s: float = 0.0


class FocusLost(AssertionError):
    """A key had nowhere to go: no widget of the desk had the keyboard focus."""


async def until(what: str, predicate: Callable[[], bool], timeout_s: float = TIMEOUT_S) -> None:
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout_s
    while not predicate():
        if loop.time() > end:
            focus = QApplication.focusWidget()
            where = " in ".join(f"{type(w).__name__}{' ' + repr(w.objectName()) if w.objectName() else ''}"
                                for w in _ancestry(focus))
            raise TimeoutError(f"timed out waiting for {what} (focus on {where if focus else 'nothing'})")
        await asyncio.sleep(0.01)


def _ancestry(widget: QWidget | None) -> list[QWidget]:
    chain: list[QWidget] = []
    while widget is not None and len(chain) < 4:
        chain.append(widget)
        widget = widget.parentWidget()
    return chain


def has_focus_in(widget: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and widget.isAncestorOf(focus)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    if widget is None:
        raise FocusLost("no widget has the keyboard focus")
    return widget


async def drive(window: MainWindow) -> KeyboardSale:
    """The sale from "main window shown" to "policy number on screen"."""
    result = KeyboardSale()
    wizard = window.page("new_sale")
    assert isinstance(wizard, SaleWizard)
    started = time.perf_counter()

    def press(name: str, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        result.keys.append(name)
        QTest.keyClick(focused(), key, modifier)

    def type_free(text: str) -> None:
        result.typed += len(text)
        for char in text:  # one by one: the focus may move on by itself once a field is complete
            QTest.keyClicks(focused(), char)

    # The window manager activates the window once it is shown; the keyboard goes to it from then on.
    window.activateWindow()
    await until("the main window to take the keyboard", lambda: window.isActiveWindow() and has_focus_in(window))
    # An ID-card reader types the TCKN and Enter at once.
    type_free(RETURNING_TCKN)
    press("Enter", Qt.Key.Key_Return)
    vehicles = wizard.vehicle_page.vehicles
    await until("the customer's vehicles", lambda: wizard.flow.current == "asset" and vehicles.count() > 0
                and vehicles.currentRow() >= 0)
    press("Enter", Qt.Key.Key_Return)  # the first vehicle
    quotes = wizard.quotes_page
    await until("the quotes step", lambda: wizard.flow.current == "quotes")
    press("Enter", Qt.Key.Key_Return)  # ask every insurer (Trafik)
    await until("every insurer's answer", lambda: quotes.collector is not None and not quotes.collector.running
                and quotes.model.board.total > 0)
    await until("the best offer chosen", lambda: bool(getattr(quotes.current_row(), "payable", False)))
    press(str(INSTALLMENTS), Qt.Key(Qt.Key.Key_0.value + INSTALLMENTS))
    await until("the 3-installment plan", lambda: quotes.plan.currentData() == INSTALLMENTS)
    press("Enter", Qt.Key.Key_Return)
    payment = wizard.payment_page
    await until("the card form", lambda: wizard.flow.current == "payment" and payment.amount is not None
                and QApplication.focusWidget() is payment.card.number)
    type_free(CARD_NUMBER)  # a complete number moves on to the holder's name
    type_free(CARD_HOLDER)
    press("Tab", Qt.Key.Key_Tab)  # a name has no length to tell it is complete
    type_free(CARD_EXPIRY)  # a complete expiry moves on to the CVC
    type_free(CARD_CVC)
    press("Enter", Qt.Key.Key_Return)
    await until("the confirmation", lambda: payment.stack.currentIndex() == 1)
    press("Enter", Qt.Key.Key_Return)  # the one confirmation
    done = wizard.done_page
    await until("the policy number on screen", lambda: wizard.flow.current == "done"
                and (wizard.flow.data.policy_number or "?") in done_text(done))
    result.policy_number = wizard.flow.data.policy_number or ""
    result.wall_s = round(time.perf_counter() - started, 3)
    return result


def done_text(page: QWidget) -> str:
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in page.findChildren(QLabel) if label.isVisible())
