"""Customer and vehicle entry with the line down, through the wizard: drafts, replay without duplicates,
quotes that wait for the line and carry on, and a replay conflict on the "Bekleyen işlemler" page."""

from __future__ import annotations

import asyncio
import os
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from wizard_steps import (
    FAST_POLL,
    choose_best,
    collect_quotes,
    confirm_payment,
    enter,
    new_customer,
    new_vehicle,
    run,
    tckn,
    type_card,
    wait_done,
)

from insurup_desk.api import ApiConfig, IndividualCustomerCreate, InsurUpClient, RetryPolicy
from insurup_desk.api.errors import NetworkError
from insurup_desk.sandbox.faults import FaultRule
from insurup_desk.services.connectivity import ConnectivityMonitor, LineState, observe_client
from insurup_desk.services.offline_sale import OfflineSale, is_draft
from insurup_desk.services.outbox import Outbox
from insurup_desk.services.reference_cache import ReferenceCache
from insurup_desk.services.sale_service import SaleService
from insurup_desk.services.sales_flow import QUOTES, VEHICLE, SalesFlow
from insurup_desk.store import AsyncStore, Database, RecordCipher, Store
from insurup_desk.ui.pending_page import PendingPage
from insurup_desk.ui.wizard.wizard import SaleWizard

SCREENSHOTS = Path(__file__).resolve().parents[3] / "docs" / "screenshots"
MODEL_YEAR = 2019


async def _no_sleep(_: float) -> None:
    await asyncio.sleep(0)


class Desk:
    """The wizard and the pending page wired the way the app wires them, on the in-process sandbox."""

    def __init__(self, qtbot: Any, sandbox_app: Any, tmp_path: Path) -> None:
        self.client = InsurUpClient(ApiConfig.for_origin("http://127.0.0.1:9"),
                                    transport=httpx.ASGITransport(app=sandbox_app),
                                    retry=RetryPolicy(sleep=_no_sleep, rng=random.Random(3)))
        self.monitor = ConnectivityMonitor()
        observe_client(self.client, self.monitor)
        self.store = AsyncStore(Store(Database(tmp_path / "desk.sqlite"), RecordCipher(b"o" * 32)))
        self.outbox = Outbox(self.client, self.store)
        self.outbox.follow(self.monitor)
        self.service = SaleService(self.client, offline=OfflineSale(self.outbox, self.store, self.monitor),
                                   reference=ReferenceCache(self.client, self.store, self.monitor))
        self.wizard = SaleWizard(self.service, schedule=FAST_POLL)
        self.wizard.follow_line(self.monitor)
        self.wizard.quotes_page.open_file = lambda _path: None
        self.pending = PendingPage(self.outbox)
        for widget in (self.wizard, self.pending):
            qtbot.addWidget(widget)
            widget.resize(1366, 768)
        self.wizard.show()
        qtbot.waitExposed(self.wizard)

    def count_customers(self, qtbot: Any, identity: str) -> int:
        search = {"identityNumber": {"eq": {"value": identity}}}
        page = run(qtbot, self.client.graphql.customers(first=10, search=search))
        return int(page.total_count or 0)

    def line_returns(self, qtbot: Any, sandbox: Any) -> None:
        """The faults go away and the next request (as the connectivity probe would send) gets through."""
        sandbox.faults.clear()
        run(qtbot, self.client.me())
        assert self.monitor.state is not LineState.OFFLINE


@pytest.fixture
def desk(qtbot: Any, qloop_running: asyncio.AbstractEventLoop, sandbox_app: Any, tmp_path: Path) -> Iterator[Desk]:
    kit = Desk(qtbot, sandbox_app, tmp_path)
    run(qtbot, kit.client.auth.login("gise@demo.acente", "Demo1234!"))
    # Reference lists the counter has used before are kept in the store; offline entry relies on them.
    brands = run(qtbot, kit.service.brands())
    run(qtbot, kit.service.models(brands[0].reference or brands[0].value or "", MODEL_YEAR))
    yield kit
    kit.wizard.quotes_page.leave()
    run(qtbot, kit.outbox.stop())
    run(qtbot, kit.client.aclose())
    kit.store.close()


def _line_down(sandbox: Any) -> None:
    sandbox.faults.add(FaultRule(route="*", drop=True))


def _collecting(page: Any) -> bool:
    return page.collector is not None and page.model.board.total > 0


def _cell(page: PendingPage, row: int, column: int) -> str:
    item = page.table.item(row, column)
    return item.text() if item is not None else ""


def _screenshot(qtbot: Any, widget: Any, name: str) -> None:
    from PySide6.QtWidgets import QApplication

    from insurup_desk.ui.theme import apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app)
    try:
        widget.show()
        qtbot.waitExposed(widget)
        widget.table.selectRow(0)
        qtbot.wait(50)
        widget.grab().save(str(SCREENSHOTS / name))
    finally:
        app.setStyleSheet("")


def _offline_vehicle(qtbot: Any, w: SaleWizard, plate: str) -> None:
    """Typed by hand: the registry look-up needs the line, the brand and model lists come from the store."""
    qtbot.waitUntil(lambda: w.flow.current == VEHICLE)
    page = w.vehicle_page
    qtbot.waitUntil(lambda: page.form.isVisible() and page.form.brand.count() > 0)
    form = page.form
    qtbot.keyClicks(form.plate, plate)
    form.brand.setCurrentIndex(0)
    form.year.setText(str(MODEL_YEAR))
    form.year.editingFinished.emit()
    qtbot.waitUntil(lambda: form.model.count() > 0)
    form.model.setCurrentIndex(0)
    enter(qtbot, form.fuel)


def test_offline_customer_and_vehicle_are_sent_once_and_the_quotes_follow(
        qtbot: Any, desk: Desk, sandbox: Any) -> None:
    w = desk.wizard
    identity = tckn("314159265")
    _line_down(sandbox)
    new_customer(qtbot, w, identity, "Selin Aydın")
    qtbot.waitUntil(lambda: w.flow.current == VEHICLE)
    assert is_draft(w.flow.data.customer_id)
    assert "taslak olarak saklandı" in w.notice.text()
    assert desk.monitor.state is LineState.OFFLINE

    _offline_vehicle(qtbot, w, "06 sel 19")
    qtbot.waitUntil(lambda: w.flow.current == QUOTES)
    assert is_draft(w.flow.data.vehicle_id) and w.flow.data.vehicle_label == "06 SEL 19"
    assert "taslak olarak saklandı" in w.notice.text()

    desk.pending.refresh()
    qtbot.waitUntil(lambda: desk.pending.table.rowCount() == 2)
    assert "Selin Aydın" in _cell(desk.pending, 0, 1)
    assert _cell(desk.pending, 1, 1) == "06 SEL 19"
    assert "bekliyor" in _cell(desk.pending, 0, 2)

    quotes = w.quotes_page
    enter(qtbot, quotes.table)
    qtbot.waitUntil(lambda: quotes.awaiting_line)
    assert "bağlantı gerekiyor" in quotes.outcome_line.text()
    assert quotes.collector is None  # nothing was sent

    desk.line_returns(qtbot, sandbox)
    qtbot.waitUntil(lambda: _collecting(quotes), timeout=10_000)
    assert w.flow.current == QUOTES
    data = w.flow.data
    assert data.proposal_id
    assert not is_draft(data.customer_id)
    assert not is_draft(data.vehicle_id)
    assert data.customer_label.startswith("Selin Aydın") and data.vehicle_label == "06 SEL 19"
    qtbot.waitUntil(lambda: desk.pending.table.rowCount() == 0)
    assert desk.count_customers(qtbot, identity) == 1
    customer = run(qtbot, desk.client.customers.get(identity))
    assert customer.id == data.customer_id
    vehicles = run(qtbot, desk.client.vehicles.list(customer.id))
    assert [v.id for v in vehicles] == [data.vehicle_id]

    report = run(qtbot, desk.outbox.replay())  # a further replay has nothing left to send
    assert report.sent == [] and desk.count_customers(qtbot, identity) == 1


def test_replay_conflict_is_shown_on_the_pending_page_and_can_be_deleted(
        qtbot: Any, desk: Desk, sandbox: Any) -> None:
    w = desk.wizard
    identity = tckn("271000111")
    # Another counter registered the same identity number under a different name.
    run(qtbot, desk.client.customers.create(IndividualCustomerCreate(identity_number=identity,
                                                                     full_name="Kemal Sunal")))
    _line_down(sandbox)
    new_customer(qtbot, w, identity, "Kerem Su")
    qtbot.waitUntil(lambda: w.flow.current == VEHICLE)
    _offline_vehicle(qtbot, w, "35 ks 77")
    qtbot.waitUntil(lambda: w.flow.current == QUOTES)
    enter(qtbot, w.quotes_page.table)
    qtbot.waitUntil(lambda: w.quotes_page.awaiting_line)

    desk.line_returns(qtbot, sandbox)
    page = desk.pending
    page.refresh()
    qtbot.waitUntil(lambda: page.table.rowCount() == 2 and "Gönderilemedi" in _cell(page, 0, 2))
    assert "Kemal Sunal" in _cell(page, 0, 3)  # the replay's own words about the conflict
    qtbot.waitUntil(lambda: w.quotes_page.banner.isVisible())
    assert "Kemal Sunal" in w.quotes_page.banner.text() and "Bekleyen işlemler" in w.quotes_page.banner.text()
    assert w.flow.current == QUOTES and w.quotes_page.collector is None
    assert desk.count_customers(qtbot, identity) == 1

    if os.environ.get("INSURUP_DESK_SCREENSHOTS"):
        _screenshot(qtbot, page, "pending_operations.png")

    page.table.selectRow(0)
    assert page.retry_button.isEnabled()
    box = page.discard_selected()
    assert isinstance(box, QMessageBox)
    yes = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    assert "35 KS 77" in _cell(page, 0, 1)


def test_a_dropped_create_is_kept_as_a_draft_without_a_second_request(
        qtbot: Any, desk: Desk, sandbox: Any) -> None:
    """Once the line is known to be down, the next entry is queued at once instead of waiting to fail."""
    rule = FaultRule(route="*", drop=True)
    sandbox.faults.add(rule)
    with pytest.raises(NetworkError):
        run(qtbot, desk.client.customers.create(IndividualCustomerCreate(identity_number=tckn("100200300"),
                                                                         full_name="Ön Deneme")))
    hits = rule.hits
    new_customer(qtbot, desk.wizard, tckn("100200301"), "Nur Ak")
    qtbot.waitUntil(lambda: desk.wizard.flow.current == VEHICLE)
    assert rule.hits == hits and is_draft(desk.wizard.flow.data.customer_id)


def test_payment_waits_for_the_line_and_keeps_the_card_typed(qtbot: Any, desk: Desk, sandbox: Any) -> None:
    w = desk.wizard
    new_customer(qtbot, w, tckn("161803398"), "Ada Işık")
    new_vehicle(qtbot, w, plate="16 ada 16", serial="ad 161616")
    collect_quotes(qtbot, w)
    choose_best(qtbot, w)
    sandbox.faults.add(FaultRule(route="*", drop=True))
    with pytest.raises(NetworkError):
        run(qtbot, desk.client.me())
    assert desk.monitor.state is LineState.OFFLINE
    type_card(qtbot, w)
    confirm_payment(qtbot, w)
    page = w.payment_page
    qtbot.waitUntil(lambda: page.banner.isVisible())
    assert "Ödeme yapmak için bağlantı gerekiyor" in page.banner.text()
    assert sandbox.charges == [] and page.card.number.text().replace(" ", "") == "4242424242424242"

    desk.line_returns(qtbot, sandbox)
    enter(qtbot, page.confirm_button)
    wait_done(qtbot, w)
    assert len(sandbox.charges) == 1 and w.flow.data.policy_number


def test_a_sale_resumed_offline_loads_its_vehicle_list_when_the_line_returns(
        qtbot: Any, desk: Desk, sandbox: Any) -> None:
    w = desk.wizard
    customer = run(qtbot, desk.client.customers.get("11111111110"))
    count = len(run(qtbot, desk.client.vehicles.list(customer.id)))
    sandbox.faults.add(FaultRule(route="*", drop=True))
    w.restore(SalesFlow.begin(customer.id, "Ayşe Yılmaz (111***10)").to_dict())
    page = w.vehicle_page
    qtbot.waitUntil(lambda: page.banner.isVisible())
    assert w.flow.current == VEHICLE and page.vehicles.count() == 0
    assert desk.monitor.state is LineState.OFFLINE
    desk.line_returns(qtbot, sandbox)
    qtbot.waitUntil(lambda: page.vehicles.count() == count)
    assert count > 0 and not page.banner.isVisible()
