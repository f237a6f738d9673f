"""Runs the real desk (``insurup_desk.app.main`` with ``--sandbox``) and drives it like an operator.

Used by the restart tests as ``python -c "import desk_driver; desk_driver.main()"`` with this folder on
``PYTHONPATH``. ``DESK_DRIVER_SCRIPT`` picks what to do:

* ``to_vehicle`` — sign in, find Ayşe Yılmaz in the new-sale search, pick her, wait on the vehicle step until
  the autosave is on disk, print ``AT_VEHICLE {json}`` and keep running (the test kills the process);
* ``purchase`` — on a quick sandbox: sign in, register a new customer and vehicle, take the best quote, pay by
  card, print ``PURCHASED {json}`` and stay open until told to stop (SIGTERM), so the test can look at the files
  while the app runs and again after it closed;
* ``pay_and_wait`` — sign in, Ayşe Yılmaz's vehicle, best quote, card payment; print ``PAYING`` while the
  purchase is in flight (the test kills the process; with ``DESK_DRIVER_API_URL`` the sandbox lives elsewhere);
* ``resume_payment`` — sign in, accept the prompt, print ``RESUMED_PAYMENT`` once the policy is shown, and quit;
* ``resume`` — sign in, accept the "continue the half-finished sale?" prompt, print ``RESUMED {json}`` once the
  wizard shows the restored step, and quit.

``DESK_DRIVER_REMEMBER=1`` ticks "Beni hatırla" at sign-in; ``DESK_DRIVER_ROTATE=1`` makes ``purchase`` rotate the
token pair once before and once after the sale, as the desk's timer does during a working day.

Each printed line is one event; a failure prints ``DRIVER_FAILED <reason>`` and exits 3.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections.abc import Awaitable, Callable
from typing import Any

SEARCH_TEXT = "11111111110"
TIMEOUT_S = 15.0


def emit(tag: str, payload: dict[str, Any] | None = None) -> None:
    sys.stdout.write(f"{tag} {json.dumps(payload or {}, ensure_ascii=False)}\n")
    sys.stdout.flush()


async def until(what: str, predicate: Callable[[], bool], timeout_s: float = TIMEOUT_S) -> None:
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout_s
    while not predicate():
        if loop.time() > end:
            raise TimeoutError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


async def sign_in(shell: Any) -> Any:
    await until("the login dialog or the main window", lambda: shell.login_dialog is not None or shell.window)
    dialog = shell.login_dialog
    if dialog is not None:
        dialog.email_edit.setText("gise@demo.acente")
        dialog.password_edit.setText("Demo1234!")
        # DESK_DRIVER_REMEMBER=1 ticks "Beni hatırla", so the password is handled (and stored) too.
        if os.environ.get("DESK_DRIVER_REMEMBER") == "1":
            dialog.remember_check.setChecked(True)
        dialog.submit()
    await until("the main window", lambda: shell.window is not None)
    return shell.window


async def pick_ayse(wizard: Any) -> None:
    """Find Ayşe Yılmaz in the new-sale search, pick her, and wait for her vehicles."""
    page = wizard.customer_page
    page.search.setText(SEARCH_TEXT)
    page.search.textEdited.emit(SEARCH_TEXT)
    await until("search results", lambda: page.results.count() > 0 and not page._debounce.isActive())
    page.primary()
    await until("the vehicle list", lambda: wizard.flow.current == "asset" and wizard.vehicle_page.vehicles.count())


async def to_vehicle(shell: Any) -> None:
    from insurup_desk.ui.wizard.wizard import SaleWizard

    window = await sign_in(shell)
    window.show_page("new_sale")
    wizard = window.page("new_sale")
    assert isinstance(wizard, SaleWizard)
    await pick_ayse(wizard)
    vehicles = wizard.vehicle_page.vehicles
    autosave = wizard.autosave
    assert autosave is not None
    await autosave.flush()
    emit("AT_VEHICLE", {"customer_id": wizard.flow.data.customer_id,
                        "customer_label": wizard.flow.data.customer_label, "vehicles": vehicles.count()})
    await asyncio.Event().wait()  # until killed


def save_over_window(window: Any, dialog: Any, path: str) -> None:
    """Offscreen windows are grabbed one by one; draw the dialog over the window where it would appear."""
    from PySide6.QtGui import QColor, QPainter

    window.resize(1366, 768)
    picture = window.grab()
    over = dialog.grab()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 60))
    painter.drawPixmap((picture.width() - over.width()) // 2, (picture.height() - over.height()) // 3, over)
    painter.end()
    picture.save(path)


async def resume(shell: Any) -> None:
    from insurup_desk.ui.wizard.resume import ResumePrompt
    from insurup_desk.ui.wizard.wizard import SaleWizard

    window = await sign_in(shell)
    await until("the resume prompt", lambda: window.findChild(ResumePrompt) is not None)
    prompt = window.findChild(ResumePrompt)
    question, details = prompt.text(), prompt.informativeText()
    screenshots = os.environ.get("DESK_DRIVER_SCREENSHOTS")
    if screenshots:
        await asyncio.sleep(0.2)
        save_over_window(window, prompt, os.path.join(screenshots, "resume_prompt.png"))
    prompt.resume_button.click()
    wizard = window.page("new_sale")
    assert isinstance(wizard, SaleWizard)
    await until("the restored step", lambda: wizard.flow.current == "asset")
    vehicles = wizard.vehicle_page.vehicles
    await until("the vehicle list", lambda: vehicles.count() > 0)
    emit("RESUMED", {
        "question": question, "details": details, "page": window.current_page_key(),
        "step": wizard.flow.current, "customer_id": wizard.flow.data.customer_id,
        "customer_label": wizard.flow.data.customer_label, "customer_line": wizard.vehicle_page.customer_line.text(),
        "vehicles": vehicles.count(), "can_go_back": wizard.flow.can_go_back(),
    })
    shell.quit(0)


CARD = {"number": "4242424242424242", "holder": "KART SAHIBI TEST", "expiry": "11/29", "cvc": "958"}
IDENTITY_FIRST_NINE = "662607015"


async def rotate_if_asked(shell: Any) -> None:
    if os.environ.get("DESK_DRIVER_ROTATE") == "1":
        await shell.session.refresh()
        await shell.session.flush()


async def purchase(shell: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from insurup_desk.domain.identity import tckn_check_digits
    from insurup_desk.ui.wizard.wizard import SaleWizard

    def enter(widget: Any) -> None:
        QTest.keyClick(widget, Qt.Key.Key_Return)

    window = await sign_in(shell)
    await rotate_if_asked(shell)
    window.show_page("new_sale")
    wizard = window.page("new_sale")
    assert isinstance(wizard, SaleWizard)
    wizard.quotes_page.open_file = lambda _path: None
    wizard.done_page.open_file = lambda _path: None
    identity = IDENTITY_FIRST_NINE + tckn_check_digits(IDENTITY_FIRST_NINE)

    page = wizard.customer_page
    QTest.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = page.form
    QTest.keyClicks(form.identity, identity)
    QTest.keyClicks(form.full_name, "Deniz Kaya")
    form.birth_date.setText("14.03.1988")
    QTest.keyClicks(form.phone, "0532 111 22 33")
    QTest.keyClicks(form.email, "deniz@example.com")
    form.city.setCurrentIndex(form.city.findData("34"))
    enter(form.email)
    await until("the vehicle step", lambda: wizard.flow.current == "asset")

    vehicle = wizard.vehicle_page
    await until("the vehicle form", lambda: vehicle.form.isVisible() and vehicle.form.brand.count() > 0)
    vform = vehicle.form
    QTest.keyClicks(vform.plate, "34kk482")
    QTest.keyClicks(vform.serial, "kk482931")
    QTest.keyClick(vform.serial, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    await until("the registry look-up", lambda: bool(vform.brand.reference()) and bool(vform.year.text()))
    await until("the model list", lambda: vform.model.count() > 1 and bool(vform.model.reference()))
    enter(vform.fuel)
    await until("the quotes step", lambda: wizard.flow.current == "quotes")

    quotes = wizard.quotes_page
    enter(quotes.table)
    await until("the quotes", lambda: quotes.collector is not None and not quotes.collector.running
                and quotes.model.board.total > 0)
    await until("a payable offer", lambda: bool(getattr(quotes.current_row(), "payable", False)))
    enter(quotes.table)
    await until("the payment step", lambda: wizard.flow.current == "payment"
                and wizard.payment_page.amount is not None)

    card = wizard.payment_page.card
    for edit, key in ((card.number, "number"), (card.holder, "holder"), (card.expiry, "expiry"),
                      (card.cvc, "cvc")):
        QTest.keyClicks(edit, CARD[key])
    enter(card.cvc)
    await until("the confirmation", lambda: wizard.payment_page.stack.currentIndex() == 1)
    enter(wizard.payment_page.confirm_button)
    await until("the policy", lambda: wizard.flow.current == "done")
    autosave = wizard.autosave
    assert autosave is not None
    await autosave.flush()
    await rotate_if_asked(shell)
    emit("PURCHASED", {"identity": identity, "policy_number": wizard.flow.data.policy_number,
                       "card_fields_after": [card.number.text(), card.cvc.text(), card.expiry.text()]})
    await asyncio.Event().wait()  # until SIGTERM asks the app to close


async def pay_and_wait(shell: Any) -> None:
    """Ayşe Yılmaz's first vehicle, the best Trafik offer, a card payment: print PAYING while it is in flight."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from insurup_desk.ui.wizard.wizard import SaleWizard

    window = await sign_in(shell)
    window.show_page("new_sale")
    wizard = window.page("new_sale")
    assert isinstance(wizard, SaleWizard)
    await pick_ayse(wizard)
    QTest.keyClick(wizard.vehicle_page.vehicles, Qt.Key.Key_Return)
    await until("the quotes step", lambda: wizard.flow.current == "quotes")
    quotes = wizard.quotes_page
    QTest.keyClick(quotes.table, Qt.Key.Key_Return)
    await until("the quotes", lambda: quotes.collector is not None and not quotes.collector.running
                and quotes.model.board.total > 0)
    QTest.keyClick(quotes.table, Qt.Key.Key_Return)
    payment = wizard.payment_page
    await until("the payment step", lambda: wizard.flow.current == "payment" and payment.amount is not None)
    card = payment.card
    for edit, key in ((card.number, "number"), (card.holder, "holder"), (card.expiry, "expiry"), (card.cvc, "cvc")):
        QTest.keyClicks(edit, CARD[key])
    QTest.keyClick(card.cvc, Qt.Key.Key_Return)
    await until("the confirmation", lambda: payment.stack.currentIndex() == 1)
    QTest.keyClick(payment.confirm_button, Qt.Key.Key_Return)
    await until("the payment in flight",
                lambda: payment.stack.currentIndex() == 2 and wizard.flow.data.pending_purchase)
    autosave = wizard.autosave
    assert autosave is not None
    await autosave.flush()
    emit("PAYING", {"proposal_id": wizard.flow.data.proposal_id})
    await asyncio.Event().wait()  # until killed


async def resume_payment(shell: Any) -> None:
    """After a kill mid-payment: accept the prompt and report what the operator is shown."""
    from insurup_desk.ui.purchase_outcomes import PurchaseOutcomeBox
    from insurup_desk.ui.wizard.resume import ResumePrompt
    from insurup_desk.ui.wizard.wizard import SaleWizard

    window = await sign_in(shell)
    # The journal's open line is reconciled, and the operator told, before the sale is offered back.
    await until("the purchase outcome", lambda: window.findChild(PurchaseOutcomeBox) is not None)
    box = window.findChild(PurchaseOutcomeBox)
    outcome_text = box.informativeText()
    prompt_first = window.findChild(ResumePrompt) is not None
    box.buttons()[0].click()
    await until("the resume prompt", lambda: window.findChild(ResumePrompt) is not None)
    prompt = window.findChild(ResumePrompt)
    details, can_discard = prompt.informativeText(), prompt.discard_button.isEnabled()
    prompt.resume_button.click()
    wizard = window.page("new_sale")
    assert isinstance(wizard, SaleWizard)
    # The insurer may still be working on it: the desk checks again every few seconds until it can tell.
    await until("the policy", lambda: wizard.flow.current == "done" and wizard.done_page.policy is not None,
                timeout_s=40)
    emit("RESUMED_PAYMENT", {"details": details, "can_discard": can_discard, "outcome": outcome_text,
                             "prompt_before_outcome": prompt_first,
                             "policy_id": wizard.flow.data.policy_id,
                             "policy_number": wizard.flow.data.policy_number,
                             "headline": wizard.done_page.headline.text()})
    shell.quit(0)


def fast_sandbox_config() -> Any:
    from insurup_desk.sandbox import SandboxConfig

    return SandboxConfig.for_tests()


def main() -> None:
    from insurup_desk import training_server

    name = os.environ["DESK_DRIVER_SCRIPT"]
    script = {"to_vehicle": to_vehicle, "resume": resume, "purchase": purchase, "pay_and_wait": pay_and_wait,
              "resume_payment": resume_payment}[name]
    if name == "purchase":
        training_server.sandbox_config = fast_sandbox_config  # quotes in milliseconds instead of seconds
    # DESK_DRIVER_API_URL: a sandbox outside this process, so it outlives the desk when the test kills it.
    api_url = os.environ.get("DESK_DRIVER_API_URL")
    target = ["--api-url", api_url] if api_url else ["--sandbox"]
    args = [*target, *os.environ.get("DESK_DRIVER_ARGS", "").split()]
    run_driven(script, args)


def run_driven(script: Callable[[Any], Awaitable[None]], args: list[str]) -> None:
    """Start the real desk with ``args``; ``script(shell)`` drives it from inside, failures printed on stdout."""
    import insurup_desk.ui.shell as shell_module
    from insurup_desk import app

    base = shell_module.Shell

    class DrivenShell(base):  # type: ignore[misc, valid-type]
        async def start(self) -> None:
            self._driver = asyncio.ensure_future(self._drive())
            await super().start()

        async def _drive(self) -> None:
            try:
                await script(self)
            except Exception as exc:  # reported on stdout so the test shows the reason
                emit("DRIVER_FAILED", {"reason": f"{type(exc).__name__}: {exc}"})
                self.quit(3)

    shell_module.Shell = DrivenShell  # type: ignore[misc]
    sys.exit(app.main(args))
