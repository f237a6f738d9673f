"""The journal at the level of the whole desk: what a restart finds is told first; money in flight is never hidden.

Scenarios: the desk died after a purchase request left (the journal line is open) and the operator signs in
again; the operator tries to sign out, or to quit, while a purchase's outcome is unknown.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from shell_fakes import close_kit, make_shell, run, sandbox_client
from wizard_steps import choose_best, collect_quotes, confirm_payment, to_quotes, type_card

from insurup_desk.api import InsurUpClient, ProposalCreate
from insurup_desk.sandbox.faults import FaultRule
from insurup_desk.services.purchase_journal import AsyncJournal, JournalState, open_journal
from insurup_desk.store import AsyncStore, Database, RecordCipher, Store
from insurup_desk.ui.main_window import MainWindow
from insurup_desk.ui.pages_registry import build_pages
from insurup_desk.ui.pending_page import PendingPage
from insurup_desk.ui.purchase_outcomes import PurchaseOutcomeBox
from insurup_desk.ui.shell import Shell
from insurup_desk.ui.wizard.resume import ResumePrompt
from insurup_desk.ui.wizard.wizard import SaleWizard

AYSE = "11111111110"


@pytest.fixture
def journal() -> Iterator[AsyncJournal]:
    journal = open_journal(None)
    yield journal
    journal.close()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[AsyncStore]:
    store = AsyncStore(Store(Database(tmp_path / "desk.sqlite"), RecordCipher(b"k" * 32)))
    yield store
    store.close()


async def _bought_elsewhere(client: InsurUpClient) -> tuple[str, str, str]:
    """A purchase that reached the insurer, as a killed desk would have left it: (proposal, product, policy)."""
    await client.auth.login("gise@demo.acente", "Demo1234!")
    customer = await client.customers.get(AYSE)
    vehicles = await client.vehicles.list(customer.id)
    pid = await client.proposals.create(ProposalCreate(
        discriminator="trafik", insurer_customer_id=customer.id, insured_customer_id=customer.id,
        vehicle_id=vehicles[0].id))
    for _ in range(500):
        proposal = await client.proposals.get(pid)
        if proposal.products and all(p.state != "WAITING" for p in proposal.products):
            break
        await asyncio.sleep(0.02)
    product = next(p for p in proposal.products
                   if "SYNC_OPEN_ACCOUNT" in p.supported_payment_options and p.premium(1) is not None)
    result = await client.purchases.pay_open_account(pid, product.id, 1)
    return pid, product.id, result.policy_number or result.policy_id


def _sign_in(qtbot: Any, shell: Shell) -> MainWindow:
    qtbot.waitUntil(lambda: shell.login_dialog is not None and shell.login_dialog.isVisible())
    dialog = shell.login_dialog
    assert dialog is not None
    dialog.demo_combo.setCurrentIndex(1)
    dialog.submit()
    qtbot.waitUntil(lambda: shell.window is not None and shell.window.isVisible(), timeout=10000)
    assert shell.window is not None
    return shell.window


def test_after_a_restart_the_open_purchase_is_checked_first_and_its_policy_shown(
    qtbot: Any, qloop_running: Any, sandbox_app: Any, mem_keyring: Any, journal: AsyncJournal,
    store: AsyncStore
) -> None:
    other = sandbox_client(sandbox_app)
    pid, ppid, policy_number = run(qtbot, _bought_elsewhere(other), timeout_ms=20_000)
    run(qtbot, other.aclose())
    journal.sync.begin(pid, ppid, 1, "SYNC_OPEN_ACCOUNT")  # written ahead; the desk died before the answer

    kit = make_shell(sandbox_client(sandbox_app), page_builder=build_pages, journal=journal, store=store)
    running = asyncio.ensure_future(kit.shell.run())
    try:
        window = _sign_in(qtbot, kit.shell)
        qtbot.waitUntil(lambda: window.findChild(PurchaseOutcomeBox) is not None, timeout=10000)
        box = window.findChild(PurchaseOutcomeBox)
        assert isinstance(box, PurchaseOutcomeBox) and box.isVisible()
        assert policy_number in box.informativeText() and "Poliçe düzenlendi" in box.informativeText()
        assert window.findChild(ResumePrompt) is None  # nothing else is offered before the operator knows
        latest = journal.sync.latest_for(pid, ppid)
        assert latest is not None and latest.state is JournalState.PURCHASED and latest.seen

        # The pending-operations page keeps the record after the message is closed.
        pending = window.page("pending")
        assert isinstance(pending, PendingPage) and pending.purchases is not None
        panel = pending.purchases
        qtbot.waitUntil(lambda: panel.table.rowCount() == 1)
        state, policy = panel.table.item(0, 0), panel.table.item(0, 2)
        assert state is not None and policy is not None
        assert "Poliçe düzenlendi" in state.text() and policy.text() == policy_number
        box.buttons()[0].click()
    finally:
        kit.shell.quit(0)
        qtbot.waitUntil(running.done, timeout=10000)
        close_kit(qtbot, kit)


def test_signing_out_or_quitting_while_a_purchase_is_out_asks_first(
    qtbot: Any, qloop_running: Any, sandbox_app: Any, sandbox: Any, mem_keyring: Any, journal: AsyncJournal
) -> None:
    kit = make_shell(sandbox_client(sandbox_app), page_builder=build_pages, journal=journal)
    running = asyncio.ensure_future(kit.shell.run())
    try:
        window = _sign_in(qtbot, kit.shell)
        wizard = window.page("new_sale")
        assert isinstance(wizard, SaleWizard)
        window.show_page("new_sale")
        to_quotes(qtbot, wizard)
        collect_quotes(qtbot, wizard)
        choose_best(qtbot, wizard)
        sandbox.faults.add(FaultRule(route="/api/proposals/*/purchase/*", latency_s=1.5, count=1))
        type_card(qtbot, wizard)
        confirm_payment(qtbot, wizard)
        qtbot.waitUntil(wizard.money_may_move)

        # Quit (Ctrl+Q closes the window): asked, and "stay open" keeps everything.
        window.close()
        question = window.quit_question
        assert question is not None and question.isVisible() and "henüz belli değil" in question.text()
        assert window.isVisible() and not running.done()
        next(b for b in question.buttons() if question.buttonRole(b) is QMessageBox.ButtonRole.RejectRole).click()
        qtbot.waitUntil(lambda: not question.isVisible())
        assert window.isVisible() and not running.done()

        # Sign-out says the outcome is unknown before the operator agrees.
        logout_box = kit.shell.confirm_logout()
        assert logout_box.objectName() == "logoutWhilePaying" and "henüz belli değil" in logout_box.informativeText()
        next(b for b in logout_box.buttons()
             if logout_box.buttonRole(b) is QMessageBox.ButtonRole.RejectRole).click()

        qtbot.waitUntil(lambda: wizard.flow.current == "done", timeout=10000)
        assert not wizard.money_may_move()
        assert kit.shell.confirm_logout().objectName() != "logoutWhilePaying"
    finally:
        for box in window.findChildren(QMessageBox):
            box.close()
        kit.shell.quit(0)
        qtbot.waitUntil(running.done, timeout=10000)
        close_kit(qtbot, kit)
