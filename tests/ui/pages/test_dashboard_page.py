"""The "Pano" page on the sandbox: tiles and charts drawn from the service, empty and offline states, a range
change, the exports, and the models behind every chart table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtGui import QImage

from insurup_desk.api import InsurUpClient
from insurup_desk.domain.formats import format_date, format_money
from insurup_desk.domain.numbers import format_count
from insurup_desk.sandbox import SandboxConfig
from insurup_desk.sandbox.faults import FaultRule
from insurup_desk.services.cached_reads import CachedReads
from insurup_desk.services.connectivity import ConnectivityMonitor, observe_client
from insurup_desk.services.dashboard import DashboardService, Period, Stage
from insurup_desk.store import AsyncStore, Database, RecordCipher, Store
from insurup_desk.ui.pages.dashboard import DashboardPage
from insurup_desk.ui.pages.dashboard_charts import by_week


@pytest.fixture
def sandbox_config() -> SandboxConfig:
    """Enough policies that this month has production (the default test seed spreads 150 over two years)."""
    return replace(SandboxConfig.for_tests(), policies=1500, proposals=200)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[AsyncStore]:
    s = AsyncStore(Store(Database(tmp_path / "desk.sqlite"), RecordCipher(b"p" * 32)))
    yield s
    s.close()


def _page(qtbot: Any, client: InsurUpClient, store: AsyncStore, *, manager: bool = True) -> DashboardPage:
    monitor = ConnectivityMonitor()
    observe_client(client, monitor)
    service = DashboardService(client.analytics, client.graphql, CachedReads(client, store, monitor),
                               with_earnings=manager)
    page = DashboardPage(service, manager=manager)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    return page


def _ready(qtbot: Any, page: DashboardPage) -> None:
    qtbot.waitUntil(lambda: page.service.state.stage is Stage.READY and page.busy.isHidden(), timeout=10_000)


def test_opening_draws_tiles_and_every_chart_table(qtbot: Any, signed_client: InsurUpClient, store: AsyncStore,
                                                   qtmodeltester: Any) -> None:
    page = _page(qtbot, signed_client, store)
    page.show()
    _ready(qtbot, page)
    state = page.service.state
    assert state.period is Period.MONTH and state.kpis is not None
    assert page.tiles["policies"].value.text() == format_count(state.kpis.policies)
    assert page.tiles["premium"].value.text() == format_money(state.kpis.premium)
    assert page.tiles["commission"].value.text() == format_money(state.kpis.commission)
    assert set(page.cards) == {"premium", "insurers", "branches", "conversion", "renewals", "earnings"}
    assert page.cards["premium"].model.rowCount() == state.span.days
    assert page.cards["renewals"].model.rowCount() == 3
    assert page.cards["earnings"].showing_table()
    for card in page.cards.values():
        qtmodeltester.check(card.model)
    insurers = page.cards["insurers"].model
    if insurers.rowCount():
        assert insurers.data(insurers.index(0, 2)).startswith("₺")
    assert page.offline.isHidden() and page.empty.isHidden()


def test_a_counter_account_sees_no_earnings(qtbot: Any, signed_client: InsurUpClient, store: AsyncStore) -> None:
    page = _page(qtbot, signed_client, store, manager=False)
    assert "earnings" not in page.cards and not page.navigation_first


def test_a_period_without_production_shows_the_empty_state(qtbot: Any, signed_client: InsurUpClient,
                                                           store: AsyncStore) -> None:
    page = _page(qtbot, signed_client, store)
    page.show()
    _ready(qtbot, page)
    page.start_edit.setDate(QDate(2015, 1, 1))
    page.end_edit.setDate(QDate(2015, 1, 31))
    page.apply_button.click()
    qtbot.waitUntil(lambda: page.service.state.span.start == dt.date(2015, 1, 1)
                    and page.service.state.stage is Stage.READY, timeout=10_000)
    assert page.empty.isVisible()
    assert page.tiles["policies"].value.text() == "0"
    assert page.tiles["policies"].change.text() == "karşılaştırma yok"


def test_a_range_change_redraws_for_that_range_and_its_comparison(qtbot: Any, signed_client: InsurUpClient,
                                                                  store: AsyncStore, demo_nodes: Any) -> None:
    page = _page(qtbot, signed_client, store)
    page.show()
    _ready(qtbot, page)
    today = dt.date.today()
    start = today - dt.timedelta(days=89)
    page.start_edit.setDate(QDate(start.year, start.month, start.day))
    page.apply_button.click()
    qtbot.waitUntil(lambda: page.service.state.period is Period.RANGE
                    and page.service.state.stage is Stage.READY, timeout=10_000)
    assert page.period_buttons[Period.RANGE].isChecked()
    assert format_date(start) in page.caption.text() and format_date(start - dt.timedelta(days=90)) in \
        page.caption.text()
    assert page.cards["premium"].model.rowCount() == 90
    local = [(dt.datetime.fromisoformat(n["createdAt"].replace("Z", "+00:00")) + dt.timedelta(hours=3)).date()
             for n in demo_nodes("policies") if n["state"] != "CANCELLED"]
    assert page.tiles["policies"].value.text() == format_count(sum(start <= d <= today for d in local))


def test_offline_the_page_shows_the_cached_figures_with_their_time(qtbot: Any, signed_client: InsurUpClient,
                                                                  store: AsyncStore, sandbox: Any) -> None:
    page = _page(qtbot, signed_client, store)
    page.show()
    _ready(qtbot, page)
    live = page.tiles["premium"].value.text()
    sandbox.faults.add(FaultRule(route="*", drop=True))
    page.refresh()
    qtbot.waitUntil(lambda: page.offline.isVisible() and page.busy.isHidden(), timeout=10_000)
    assert page.offline.text().startswith("çevrimdışı — ") and page.offline.text().endswith(" verisi")
    assert page.tiles["premium"].value.text() == live and page.banner.isHidden()


def test_charts_export_to_png_and_excel(qtbot: Any, signed_client: InsurUpClient, store: AsyncStore,
                                        tmp_path: Path) -> None:
    page = _page(qtbot, signed_client, store)
    page.show()
    _ready(qtbot, page)
    card = page.cards["branches"]
    png = tmp_path / "brans.png"
    assert card.save_png(png)
    image = QImage(str(png))
    assert image.width() == 2 * card.chart.width() if card.chart is not None else False
    xlsx = tmp_path / "brans.xlsx"
    with qtbot.waitSignal(card.exported, timeout=10_000):
        card.save_excel(xlsx)
    sheet = openpyxl.load_workbook(xlsx).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Branş", "Poliçe", "Brüt prim", "Pay")
    board = page.service.state
    assert sorted((r[1], r[2]) for r in rows[1:]) == sorted((b.count, float(b.premium)) for b in board.by_branch)
    card.toggle_table()
    assert card.showing_table() and card.toggle.text() == "Grafik"


class _Wizard(QObject):
    state_changed = Signal(dict)


def test_a_policy_issued_by_the_wizard_reloads_the_page_once(qtbot: Any, signed_client: InsurUpClient,
                                                             store: AsyncStore) -> None:
    page = _page(qtbot, signed_client, store)
    page.show()
    _ready(qtbot, page)
    loads: list[Stage] = []
    page.service.add_listener(lambda s: loads.append(s.stage))
    wizard = _Wizard()
    page.follow_sales(wizard)
    wizard.state_changed.emit({"current": "customer", "data": {"policy_id": None}})
    assert loads == []
    wizard.state_changed.emit({"current": "done", "data": {"policy_id": "p-1"}})
    qtbot.waitUntil(lambda: loads[-1:] == [Stage.READY] and page.busy.isHidden(), timeout=10_000)
    wizard.state_changed.emit({"current": "done", "data": {"policy_id": "p-1"}})  # autosave repeats the state
    assert loads.count(Stage.LOADING_TILES) == 1


def test_long_spans_are_drawn_by_week_with_nothing_lost() -> None:
    days = [dt.date(2026, 1, 1) + dt.timedelta(days=i) for i in range(90)]
    weeks, sums = by_week(days, [float(i) for i in range(90)])
    assert len(weeks) == 14 and all(w.weekday() == 0 for w in weeks) and sum(sums) == sum(range(90))
    assert by_week(days[:31], [1.0] * 31) == (days[:31], [1.0] * 31)
