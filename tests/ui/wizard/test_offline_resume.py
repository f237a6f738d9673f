"""A forced sign-out in the middle of a sale: after signing in again the desk offers the sale back."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "e2e"))
from live_shell import live_shell
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from wizard_steps import run

from insurup_desk.api import ApiConfig, InsurUpClient
from insurup_desk.sandbox.faults import FaultRule
from insurup_desk.services.context import AppContext
from insurup_desk.store import AsyncStore, Database, RecordCipher, Store
from insurup_desk.ui.pending_page import pending_page
from insurup_desk.ui.shell import Shell
from insurup_desk.ui.wizard import new_sale_page
from insurup_desk.ui.wizard.resume import ResumePrompt
from insurup_desk.ui.wizard.wizard import SaleWizard

AYSE = "11111111110"


def _pages(ctx: AppContext) -> dict[str, QWidget]:
    pending = pending_page(ctx)
    assert pending is not None  # this desk has a store, so it has pending entries to show
    return {"new_sale": new_sale_page(ctx), "pending": pending}


@pytest.fixture
def shell(qtbot: Any, qloop_running: asyncio.AbstractEventLoop, sandbox_app: Any, tmp_path: Path) -> Iterator[Shell]:
    client = InsurUpClient(ApiConfig.for_origin("http://127.0.0.1:9"), transport=httpx.ASGITransport(app=sandbox_app))
    store = AsyncStore(Store(Database(tmp_path / "desk.sqlite"), RecordCipher(b"r" * 32)))
    with live_shell(qtbot, client, None, store=store, page_builder=_pages) as shell:
        yield shell
    store.close()


def _sign_in(qtbot: Any, shell: Shell) -> Any:
    qtbot.waitUntil(lambda: shell.login_dialog is not None)
    dialog = shell.login_dialog
    assert dialog is not None
    dialog.email_edit.setText("gise@demo.acente")
    dialog.password_edit.setText("Demo1234!")
    dialog.submit()
    qtbot.waitUntil(lambda: shell.window is not None, timeout=5000)
    return shell.window


def _prompt(window: Any) -> ResumePrompt | None:
    found = window.findChild(ResumePrompt)
    return found if isinstance(found, ResumePrompt) else None


def test_the_sale_survives_a_forced_sign_out(qtbot: Any, shell: Shell) -> None:
    run(qtbot, shell.start())
    window = _sign_in(qtbot, shell)
    qtbot.wait(50)
    assert _prompt(window) is None  # nothing was left behind yet
    customer = run(qtbot, shell.client.customers.get(AYSE))
    shell.navigator.open_new_sale(customer_id=customer.id)
    wizard = window.page("new_sale")
    assert isinstance(wizard, SaleWizard) and wizard.autosave is not None
    qtbot.waitUntil(lambda: wizard.flow.current == "asset" and wizard.vehicle_page.vehicles.count() > 0)
    run(qtbot, wizard.autosave.flush())

    with qtbot.waitSignal(shell.reloginShown) as shown:
        shell.session_expired()
    shown.args[0].cancel_button.click()  # the operator could not sign in again there: full sign-out
    qtbot.waitUntil(lambda: shell.window is None and shell.login_dialog is not None)

    window = _sign_in(qtbot, shell)
    qtbot.waitUntil(lambda: _prompt(window) is not None)
    prompt = _prompt(window)
    assert prompt is not None
    assert prompt.text() == "Yarım kalan satışa devam edilsin mi?"
    assert "Ayşe Yılmaz" in prompt.informativeText() and "Ne sigortalanacak?" in prompt.informativeText()
    prompt.resume_button.click()
    wizard = window.page("new_sale")
    assert isinstance(wizard, SaleWizard)
    qtbot.waitUntil(lambda: wizard.flow.current == "asset" and wizard.vehicle_page.vehicles.count() > 0)
    assert wizard.flow.data.customer_id == customer.id and wizard.flow.can_go_back()
    assert "Ayşe Yılmaz" in wizard.vehicle_page.customer_line.text()


def test_later_keeps_the_sale_and_declining_forgets_it(qtbot: Any, shell: Shell) -> None:
    run(qtbot, shell.start())
    window = _sign_in(qtbot, shell)
    customer = run(qtbot, shell.client.customers.get(AYSE))
    shell.navigator.open_new_sale(customer_id=customer.id)
    wizard = window.page("new_sale")
    assert isinstance(wizard, SaleWizard) and wizard.autosave is not None
    qtbot.waitUntil(lambda: wizard.flow.current == "asset")
    run(qtbot, wizard.autosave.flush())
    run(qtbot, shell.logout())

    window = _sign_in(qtbot, shell)
    qtbot.waitUntil(lambda: _prompt(window) is not None)
    prompt = _prompt(window)
    assert prompt is not None
    qtbot.keyClick(prompt, Qt.Key.Key_Escape)  # "Sonra": nothing is decided yet
    qtbot.waitUntil(lambda: _prompt(window) is None)
    wizard = window.page("new_sale")
    assert isinstance(wizard, SaleWizard) and wizard.autosave is not None
    assert wizard.flow.current == "customer"
    assert run(qtbot, wizard.autosave.load()) is not None

    run(qtbot, shell.logout())
    window = _sign_in(qtbot, shell)
    qtbot.waitUntil(lambda: _prompt(window) is not None)
    prompt = _prompt(window)
    assert prompt is not None
    prompt.discard_button.click()
    wizard = window.page("new_sale")
    assert isinstance(wizard, SaleWizard) and wizard.autosave is not None
    run(qtbot, wizard.autosave.flush())
    assert wizard.flow.current == "customer"
    assert run(qtbot, wizard.autosave.load()) is None


def test_entries_left_from_an_earlier_run_are_sent_when_the_window_opens(qtbot: Any, shell: Shell,
                                                                       sandbox: Any) -> None:
    from insurup_desk.api import IndividualCustomerCreate
    from insurup_desk.domain.identity import tckn_check_digits

    outbox = shell.outbox
    assert outbox is not None
    left_behind = "424242420" + tckn_check_digits("424242420")
    run(qtbot, outbox.queue_customer(IndividualCustomerCreate(identity_number=left_behind, full_name="Ece Ak")))
    run(qtbot, shell.start())
    window = _sign_in(qtbot, shell)
    qtbot.waitUntil(lambda: outbox.last_report is not None)
    assert outbox.last_report is not None and len(outbox.last_report.sent) == 1
    assert run(qtbot, shell.client.customers.get(left_behind)).display_name == "Ece Ak"

    # While the line is down a new entry waits, and the navigation says how many are waiting.
    rule = FaultRule(route="/api/customers", method="POST", drop=True)
    sandbox.faults.add(rule)
    waiting = "424242421" + tckn_check_digits("424242421")
    run(qtbot, outbox.queue_customer(IndividualCustomerCreate(identity_number=waiting, full_name="Eda Ak")))
    window.show_page("pending")
    page = window.page("pending")
    page.send_now()
    item = window.navigation.item(window.page_keys().index("pending"))
    qtbot.waitUntil(lambda: rule.hits == 1 and item.text() == "Bekleyen işlemler (1)")
    qtbot.waitUntil(lambda: page.banner.isVisible())
    assert "hat gelince" in page.banner.text()
    sandbox.faults.clear()
    page.send_now()
    qtbot.waitUntil(lambda: item.text() == "Bekleyen işlemler")
    assert run(qtbot, shell.client.customers.get(waiting)).display_name == "Eda Ak"
