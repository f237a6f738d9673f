"""Keyboard-level helpers that walk the wizard the way an operator does."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any, TypeVar

from PySide6.QtCore import Qt

from insurup_desk.domain.identity import tckn_check_digits
from insurup_desk.services.quote_collector import PollSchedule
from insurup_desk.services.sales_flow import DONE, PAYMENT, QUOTES, VEHICLE
from insurup_desk.ui.wizard.wizard import SaleWizard

T = TypeVar("T")
FAST_POLL = PollSchedule(fast_s=0.02, fast_for_s=30, medium_s=0.05, medium_for_s=60, slow_s=0.1,
                         give_up_after_s=60, error_backoff_s=0.05)


def run(qtbot: Any, work: Awaitable[T], timeout_ms: int = 10_000) -> T:
    """Drive a coroutine to completion on the running qasync loop from a synchronous test."""
    task = asyncio.ensure_future(work)
    qtbot.waitUntil(task.done, timeout=timeout_ms)
    return task.result()


def type_text(qtbot: Any, edit: Any, text: str) -> None:
    """QTest can only synthesise ASCII keys; Turkish letters are inserted the way an input method would."""
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.insert(text)


def tckn(first_nine: str) -> str:
    return first_nine + tckn_check_digits(first_nine)


def enter(qtbot: Any, widget: Any) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def new_customer(qtbot: Any, w: SaleWizard, identity: str, name: str = "Deniz Kaya", *,
                 birth: str = "14.03.1988", phone: str = "0532 111 22 33", email: str = "deniz@example.com") -> None:
    page = w.customer_page
    qtbot.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.form.isVisible()
    form = page.form
    form.identity.setFocus()
    qtbot.keyClicks(form.identity, identity)
    type_text(qtbot, form.full_name, name)
    form.birth_date.setText(birth)
    qtbot.keyClicks(form.phone, phone)
    qtbot.keyClicks(form.email, email)
    form.city.setCurrentIndex(form.city.findData("34"))
    enter(qtbot, form.email)


def new_vehicle(qtbot: Any, w: SaleWizard, plate: str = "34abc123", serial: str = "ab123456") -> None:
    qtbot.waitUntil(lambda: w.flow.current == VEHICLE)
    page = w.vehicle_page
    qtbot.waitUntil(lambda: page.form.isVisible() and page.form.brand.count() > 0)
    form = page.form
    qtbot.keyClicks(form.plate, plate)
    qtbot.keyClicks(form.serial, serial)
    qtbot.keyClick(form.serial, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(form.brand.reference()) and bool(form.year.text()))
    qtbot.waitUntil(lambda: form.model.count() > 1 and bool(form.model.reference()))
    enter(qtbot, form.fuel)
    qtbot.waitUntil(lambda: w.flow.current == QUOTES)


def to_quotes(qtbot: Any, w: SaleWizard, identity: str = "11111111110") -> None:
    """A known customer's first vehicle, straight to the quotes step."""
    customer = run(qtbot, w.service.client.customers.get(identity))
    w.open_new_sale(customer.id)
    qtbot.waitUntil(lambda: w.flow.current == VEHICLE and w.vehicle_page.vehicles.count() > 0)
    enter(qtbot, w.vehicle_page.vehicles)
    qtbot.waitUntil(lambda: w.flow.current == QUOTES)


def collect_quotes(qtbot: Any, w: SaleWizard) -> None:
    qtbot.waitUntil(lambda: w.flow.current == QUOTES)
    page = w.quotes_page
    enter(qtbot, page.table)
    qtbot.waitUntil(lambda: page.collector is not None and not page.collector.running
                    and page.model.board.total > 0 and page.progress.isHidden(), timeout=10_000)


def choose_best(qtbot: Any, w: SaleWizard) -> None:
    page = w.quotes_page
    qtbot.waitUntil(lambda: page.current_row() is not None and page.current_row().payable)  # type: ignore[union-attr]
    enter(qtbot, page.table)
    qtbot.waitUntil(lambda: w.flow.current == PAYMENT)
    qtbot.waitUntil(lambda: w.payment_page.amount is not None)


def choose_open_account_offer(qtbot: Any, w: SaleWizard) -> None:
    """The cheapest payable offer that also takes open account (which insurers drop it varies with the draw)."""
    page = w.quotes_page
    qtbot.waitUntil(lambda: any(r.payable and "SYNC_OPEN_ACCOUNT" in r.payment_options for r in page.model.board.rows))
    offer = min((r for r in page.model.board.rows if r.payable and "SYNC_OPEN_ACCOUNT" in r.payment_options),
                key=lambda r: r.plans[0].gross if r.plans else 0)
    page._select_row_id(offer.id)
    qtbot.waitUntil(lambda: page.current_row() is not None and page.current_row().id == offer.id)  # type: ignore[union-attr]
    enter(qtbot, page.table)
    qtbot.waitUntil(lambda: w.flow.current == PAYMENT)
    qtbot.waitUntil(lambda: w.payment_page.amount is not None)


def type_card(qtbot: Any, w: SaleWizard, number: str = "4242424242424242", expiry: str = "12/30",
              cvc: str = "123", holder: str = "DENIZ KAYA") -> None:
    card = w.payment_page.card
    qtbot.keyClicks(card.number, number)
    qtbot.keyClicks(card.holder, holder)
    qtbot.keyClicks(card.expiry, expiry)
    qtbot.keyClicks(card.cvc, cvc)


def confirm_payment(qtbot: Any, w: SaleWizard) -> None:
    page = w.payment_page
    enter(qtbot, page.card.cvc)
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 1)
    enter(qtbot, page.confirm_button)


def wait_done(qtbot: Any, w: SaleWizard) -> None:
    qtbot.waitUntil(lambda: w.flow.current == DONE, timeout=10_000)
