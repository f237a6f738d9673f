"""With the line down the list pages and detail panes show cached data, marked with the time it was fetched;
the status bar says how the line is and announces losing and regaining it once each."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from page_helpers import settle
from PySide6.QtCore import Qt

from insurup_desk.sandbox.faults import FaultRule
from insurup_desk.services.cached_reads import CachedReads
from insurup_desk.services.connectivity import ConnectivityMonitor, LineProbe, LineState, client_check, observe_client
from insurup_desk.store import AsyncStore, Database, RecordCipher, Store
from insurup_desk.ui.pages.customers import CustomersPage
from insurup_desk.ui.pages.policies import PoliciesPage
from insurup_desk.ui.pages.policy_detail import PolicyDetailPane
from insurup_desk.ui.pages.proposals import ProposalsPage
from insurup_desk.ui.status_bar import AppStatusBar


@pytest.fixture
def store(tmp_path: Path) -> Iterator[AsyncStore]:
    s = AsyncStore(Store(Database(tmp_path / "desk.sqlite"), RecordCipher(b"q" * 32)))
    yield s
    s.close()


@pytest.fixture
def monitor(signed_client: Any) -> ConnectivityMonitor:
    m = ConnectivityMonitor(slow_threshold_s=0.25, window=1)
    observe_client(signed_client, m)
    return m


@pytest.fixture
def reads(signed_client: Any, store: AsyncStore, monitor: ConnectivityMonitor) -> CachedReads:
    return CachedReads(signed_client, store, monitor)


def _hhmm(epoch: float) -> str:
    return dt.datetime.fromtimestamp(epoch).strftime("%H:%M")


def _policies_page(qtbot: Any, client: Any, reads: CachedReads, qsettings: Any) -> PoliciesPage:
    page = PoliciesPage(client, settings=qsettings, reads=reads)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    settle(qtbot, page)
    return page


def test_policies_list_offline_from_cache_then_live_again(
    qtbot: Any, signed_client: Any, reads: CachedReads, monitor: ConnectivityMonitor, sandbox: Any, qsettings: Any
) -> None:
    status = AppStatusBar(monitor, is_sandbox=True)
    qtbot.addWidget(status)
    probe = LineProbe(monitor, client_check(signed_client), intervals=(0.02,))
    page = _policies_page(qtbot, signed_client, reads, qsettings)
    live_rows = page.model.rows()
    # Connected (on a loaded machine the sandbox may be slow enough to count as a slow line: still connected).
    assert page.offline_marker.isHidden() and status.line_label.text() in ("● Çevrimiçi", "● Yavaş bağlantı")

    sandbox.faults.add(FaultRule(route="*", drop=True))
    qtbot.keyClick(page, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: page.model.fetched_at is not None and not page.model.is_loading)
    assert page.model.rows() == live_rows  # the same list, from the cache
    assert page.offline_marker.isVisible()
    fetched_at = page.model.fetched_at
    assert fetched_at is not None
    assert page.offline_marker.text() == f"çevrimdışı — {_hhmm(fetched_at)} verisi"
    assert page.banner.isHidden()
    assert status.line_label.text() == "● Çevrimdışı"

    # Searching offline works on what is cached; more failures do not repeat the announcement.
    names = [page.model.value(r, "insuredCustomerName") for r in range(page.model.rowCount())]
    # QTest types ASCII only (a Turkish letter aborts the process): search by the first ASCII first name.
    word = next(n.split()[0] for n in names[5:] if n.split()[0].isascii())
    qtbot.keyClicks(page.search, word)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.model.is_loading and page.model.total_count == sum(word in n for n in names))
    assert all(word in page.model.value(r, "insuredCustomerName") for r in range(page.model.rowCount()))
    assert page.offline_marker.isVisible()
    assert len(status.announcements) == 1 and "Bağlantı kesildi" in status.announcements[0]

    # The line comes back: the probe notices, the list reloads itself live and the marker goes.
    sandbox.faults.clear()
    qtbot.waitUntil(lambda: monitor.state is not LineState.OFFLINE, timeout=5_000)
    qtbot.waitUntil(lambda: page.model.fetched_at is None and not page.model.is_loading)
    assert page.offline_marker.isHidden()
    # Live, the search covers every policy, not only the cached first page.
    assert (page.model.total_count or 0) >= sum(word in n for n in names) and page.model.rowCount() > 0
    assert len(status.announcements) == 2 and "geri geldi" in status.announcements[1]
    assert not probe.running
    probe.close()


def test_slow_line_is_shown_without_an_announcement(
    qtbot: Any, signed_client: Any, monitor: ConnectivityMonitor, sandbox: Any, reads: CachedReads, qsettings: Any
) -> None:
    status = AppStatusBar(monitor, is_sandbox=False)
    qtbot.addWidget(status)
    sandbox.faults.add(FaultRule(route="*graphql", latency_s=0.4))
    page = _policies_page(qtbot, signed_client, reads, qsettings)
    assert monitor.state is LineState.SLOW and status.line_label.text() == "● Yavaş bağlantı"
    assert page.offline_marker.isHidden() and status.announcements == []


def test_policy_detail_from_cache_with_marker(
    qtbot: Any, signed_client: Any, reads: CachedReads, sandbox: Any, qsettings: Any
) -> None:
    page = _policies_page(qtbot, signed_client, reads, qsettings)
    page.open_detail(0)
    qtbot.waitUntil(lambda: page.detail.policy is not None)
    heading = page.detail.heading.text()
    assert page.detail.offline_marker.isHidden()

    sandbox.faults.add(FaultRule(route="*", drop=True))
    pane = PolicyDetailPane(signed_client, reads=reads)
    qtbot.addWidget(pane)
    pane.show()
    pane.show_policy(page.model.value(0, "id"), {})
    qtbot.waitUntil(lambda: pane.policy is not None)
    assert pane.heading.text() == heading
    assert pane.offline_marker.isVisible() and "çevrimdışı — " in pane.offline_marker.text()
    assert not pane.open_pdf_button.isEnabled() and not pane.email_button.isEnabled()
    pane.show_policy(page.model.value(1, "id"), {})  # never opened online
    qtbot.waitUntil(lambda: pane.banner.isVisible())
    assert "kayıtlı değil" in pane.banner.text() and pane.offline_marker.isHidden()


def test_customer_list_and_detail_offline(
    qtbot: Any, signed_client: Any, reads: CachedReads, sandbox: Any, qsettings: Any
) -> None:
    page = CustomersPage(signed_client, settings=qsettings, reads=reads)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, page)
    page.open_detail(2)
    qtbot.waitUntil(lambda: page.detail.customer is not None)
    live_name = page.detail.heading.text()
    customer_id = page.model.value(2, "id")
    vehicles = page.detail.vehicles.count()

    sandbox.faults.add(FaultRule(route="*", drop=True))
    page.refresh()
    qtbot.waitUntil(lambda: page.model.fetched_at is not None and not page.model.is_loading)
    assert page.model.value(2, "id") == customer_id and page.offline_marker.isVisible()
    other = CustomersPage(signed_client, settings=qsettings, reads=reads)
    qtbot.addWidget(other)
    other.detail.show_customer(customer_id)
    qtbot.waitUntil(lambda: other.detail.customer is not None)
    assert other.detail.heading.text() == live_name and other.detail.vehicles.count() == vehicles
    assert not other.detail.offline_marker.isHidden()


def test_cached_proposal_is_shown_but_cannot_be_sold_offline(
    qtbot: Any, signed_client: Any, reads: CachedReads, sandbox: Any, qsettings: Any, navigator: Any
) -> None:
    page = ProposalsPage(signed_client, navigator=navigator, settings=qsettings, reads=reads)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, page)
    proposal_id = page.model.value(0, "id")
    page.open_detail(0)
    qtbot.waitUntil(lambda: page.detail.proposal is not None)
    offers = page.detail.offers.rowCount()
    assert page.detail.resume_button.isEnabled()

    sandbox.faults.add(FaultRule(route="*", drop=True))
    other = ProposalsPage(signed_client, navigator=navigator, settings=qsettings, reads=reads)
    qtbot.addWidget(other)
    other.show()
    qtbot.waitUntil(lambda: other.model.fetched_at is not None and not other.model.is_loading)
    assert other.model.value(0, "id") == proposal_id and other.offline_marker.isVisible()
    other.open_detail(0)
    qtbot.waitUntil(lambda: other.detail.proposal is not None)
    assert other.detail.offers.rowCount() == offers and other.detail.offline_marker.isVisible()
    assert not other.detail.resume_button.isEnabled()
    assert "bağlantı gerekir" in other.detail.resume_button.toolTip()
