"""Live quotes through the real desk and the sandbox hub on a loopback socket: events first, polling when the
hub goes away mid-pricing, and plain polling when the server refuses the hub from the start."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from insurup_desk.api import ApiConfig, InsurUpClient
from insurup_desk.sandbox import Sandbox, SandboxConfig
from insurup_desk.sandbox.hub import hub_of
from insurup_desk.ui.shell import Shell
from insurup_desk.ui.wizard.quotes_page import QuotesPage
from insurup_desk.ui.wizard.wizard import SaleWizard

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ui" / "wizard"))
from live_shell import live_shell, run, sign_in_with_password
from wizard_steps import enter


@pytest.fixture
def sandbox_config() -> SandboxConfig:
    # Pricing spread over 1-9 s on a frozen clock: the test decides which insurers have answered.
    return SandboxConfig(seed=7, customers=40, policies=150, proposals=30, latency_min_s=1.0, latency_max_s=9.0,
                         purchase_latency_s=0.01, cases=6)


@pytest.fixture
def shell(qtbot: Any, qloop_running: Any, live_sandbox: Any) -> Iterator[Shell]:
    with live_shell(qtbot, InsurUpClient(ApiConfig.for_origin(live_sandbox.url)), live_sandbox) as shell:
        yield shell


def _quotes_page(qtbot: Any, shell: Shell) -> QuotesPage:
    window = sign_in_with_password(qtbot, shell)
    window.resize(1366, 768)
    customer = run(qtbot, shell.client.customers.get("11111111110"))
    shell.navigator.open_new_sale(customer_id=customer.id)
    wizard = window.page("new_sale")
    assert isinstance(wizard, SaleWizard)
    qtbot.waitUntil(lambda: wizard.flow.current == "asset" and wizard.vehicle_page.vehicles.count() > 0)
    qtbot.keyClick(wizard.vehicle_page.vehicles, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.flow.current == "quotes")
    return wizard.quotes_page


def _answered(page: QuotesPage) -> set[str]:
    return {r.id for r in page.model.board.rows if r.status != "waiting"}


def test_quotes_come_live_then_by_polling_after_the_hub_drops(qtbot: Any, shell: Shell, sandbox: Sandbox,
                                                               live_sandbox: Any) -> None:
    page = _quotes_page(qtbot, shell)
    sandbox.clock.freeze()
    enter(qtbot, page.table)
    qtbot.waitUntil(lambda: page.collector is not None and page.collector.mode == "live", timeout=10_000)
    collector = page.collector
    assert collector is not None and page.feed_mode.text() == "● canlı"
    proposal = sandbox.proposals[collector.proposal_id]
    qtbot.waitUntil(lambda: any(collector.proposal_id in c.registered for c in list(hub_of(sandbox).connections)))
    qtbot.waitUntil(lambda: page.model.board.total == len(proposal.products), timeout=10_000)
    # The first read, and the one that catches up on what happened before Register.
    qtbot.waitUntil(lambda: collector.polls >= 2, timeout=5_000)
    polls_when_live = collector.polls

    sandbox.clock.advance(4.0)
    first = {p.id for p in proposal.products if p.ready_at <= sandbox.clock.now()}
    assert 0 < len(first) < len(proposal.products)
    qtbot.waitUntil(lambda: _answered(page) == first, timeout=5_000)
    assert collector.events >= len(first)  # they came as events
    assert collector.polls == polls_when_live  # with no REST read in between

    # The hub goes away mid-pricing: refused from now on, and the open connection dropped.
    hub = hub_of(sandbox)
    hub.faults.refuse_status = 501
    for conn in list(hub.connections):
        conn.drop()
    qtbot.waitUntil(lambda: collector.mode == "poll", timeout=5_000)
    assert page.feed_mode.text() == "yoklama"
    events_before = collector.events
    sandbox.clock.advance(10.0)
    qtbot.waitUntil(lambda: len(_answered(page)) == len(proposal.products), timeout=10_000)
    qtbot.waitUntil(lambda: not collector.running, timeout=5_000)
    assert collector.events == events_before and collector.polls > polls_when_live  # the rest came by polling
    assert page.banner.isHidden()  # the operator saw no error for it


def test_quotes_are_polled_when_the_hub_is_refused_from_the_start(qtbot: Any, shell: Shell, sandbox: Sandbox) -> None:
    hub_of(sandbox).faults.refuse_status = 404
    page = _quotes_page(qtbot, shell)
    sandbox.clock.freeze()
    enter(qtbot, page.table)
    qtbot.waitUntil(lambda: page.model.board.total > 0, timeout=10_000)
    sandbox.clock.advance(10.0)
    qtbot.waitUntil(lambda: page.collector is not None and not page.collector.running
                    and page.model.board.total > 0 and page.progress.isHidden(), timeout=20_000)
    collector = page.collector
    assert collector is not None
    proposal = sandbox.proposals[collector.proposal_id]
    assert len(_answered(page)) == len(proposal.products)
    assert collector.mode == "poll" and collector.events == 0 and page.feed_mode.text() == "yoklama"
    assert page.banner.isHidden()
    assert hub_of(sandbox).connects == 0
