"""The dashboard's figures against the sandbox: each equals what the GraphQL lists add up to."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from dashboard_lists import converted, created_between, every_row

from insurup_desk.api import InsurUpClient
from insurup_desk.api.errors import NetworkError
from insurup_desk.sandbox.faults import FaultRule
from insurup_desk.services.cached_reads import CachedReads
from insurup_desk.services.connectivity import ConnectivityMonitor, observe_client
from insurup_desk.services.dashboard import (
    Dashboard,
    DashboardService,
    Period,
    Span,
    Stage,
    change_percent,
    period_spans,
)
from insurup_desk.store import AsyncStore, Database, RecordCipher, Store

TODAY = dt.date.today()
YEAR = Span(TODAY - dt.timedelta(days=364), TODAY)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[AsyncStore]:
    s = AsyncStore(Store(Database(tmp_path / "desk.sqlite"), RecordCipher(b"d" * 32)))
    yield s
    s.close()


@pytest.fixture
def service(client: InsurUpClient, store: AsyncStore) -> DashboardService:
    monitor = ConnectivityMonitor()
    observe_client(client, monitor)
    return DashboardService(client.analytics, client.graphql, CachedReads(client, store, monitor))


def _money(rows: list[dict[str, Any]], key: str) -> Decimal:
    return sum((Decimal(str(r[key])) for r in rows), Decimal(0))


async def _production_rows(client: InsurUpClient, span: Span) -> list[dict[str, Any]]:
    return await every_row(client, "policies", {"and": [created_between(span.start, span.end),
                                                        {"state": {"neq": "CANCELLED"}}]})


# --- periods -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("period, today, span, previous", [
    (Period.TODAY, dt.date(2026, 11, 27), (dt.date(2026, 11, 27),) * 2, (dt.date(2026, 11, 26),) * 2),
    (Period.WEEK, dt.date(2026, 11, 27), (dt.date(2026, 11, 23), dt.date(2026, 11, 27)),
     (dt.date(2026, 11, 16), dt.date(2026, 11, 20))),
    (Period.MONTH, dt.date(2026, 3, 31), (dt.date(2026, 3, 1), dt.date(2026, 3, 31)),
     (dt.date(2026, 2, 1), dt.date(2026, 2, 28))),
    (Period.MONTH, dt.date(2026, 1, 10), (dt.date(2026, 1, 1), dt.date(2026, 1, 10)),
     (dt.date(2025, 12, 1), dt.date(2025, 12, 10))),
])
def test_periods_compare_like_for_like(period: Period, today: dt.date, span: tuple[dt.date, dt.date],
                                       previous: tuple[dt.date, dt.date]) -> None:
    assert period_spans(period, today) == (Span(*span), Span(*previous))


def test_a_chosen_range_is_compared_with_as_many_days_before_it() -> None:
    chosen = Span(dt.date(2026, 11, 1), dt.date(2026, 11, 10))
    assert period_spans(Period.RANGE, TODAY, chosen) == (chosen, Span(dt.date(2026, 10, 22), dt.date(2026, 10, 31)))
    with pytest.raises(ValueError):
        Span(dt.date(2026, 11, 2), dt.date(2026, 11, 1))


def test_change_is_unknown_without_a_previous_figure() -> None:
    assert change_percent(Decimal("150"), Decimal("100")) == pytest.approx(50.0)
    assert change_percent(3, 4) == pytest.approx(-25.0)
    assert change_percent(5, 0) is None


# --- figures against the lists -----------------------------------------------------------------------


@pytest.mark.asyncio
async def test_tiles_equal_what_the_lists_add_up_to(client: InsurUpClient, service: DashboardService) -> None:
    board = await service.load(Period.RANGE, YEAR)
    assert board.stage is Stage.READY and board.kpis is not None and board.previous is not None
    rows = await _production_rows(client, YEAR)
    assert board.kpis.policies == len(rows) > 0
    assert board.kpis.premium == _money(rows, "grossPremium")
    assert board.kpis.commission == _money(rows, "commission")
    proposals = await every_row(client, "proposals", created_between(YEAR.start, YEAR.end))
    everything = await every_row(client, "policies")
    bought = sum(converted(p, everything) for p in proposals)
    assert 0 < bought < len(proposals)
    assert board.kpis.conversion_rate == pytest.approx(100 * bought / len(proposals), abs=0.01)
    previous = await _production_rows(client, YEAR.preceding())
    assert board.previous.policies == len(previous)
    assert board.previous.premium == _money(previous, "grossPremium")


@pytest.mark.asyncio
async def test_charts_equal_what_the_lists_add_up_to(client: InsurUpClient, service: DashboardService) -> None:
    board = await service.load(Period.RANGE, YEAR)
    rows = await _production_rows(client, YEAR)
    assert len(board.premium_over_time) == YEAR.days
    assert sum((p.premium for p in board.premium_over_time), Decimal(0)) == _money(rows, "grossPremium")
    insurers: dict[str, Decimal] = defaultdict(Decimal)
    branches: dict[str, Decimal] = defaultdict(Decimal)
    earned: dict[str, Decimal] = defaultdict(Decimal)
    for r in rows:
        insurers[r["insuranceCompanyName"]] += Decimal(str(r["grossPremium"]))
        branches[r["productBranch"]] += Decimal(str(r["grossPremium"]))
        earned[(r["representedBy"] or r["createdBy"])["name"]] += Decimal(str(r["commission"]))
    assert {g.group_key: g.premium for g in board.by_insurer} == insurers
    assert {b.branch: b.premium for b in board.by_branch} == branches
    assert {e.representative_name: e.earnings for e in board.earnings} == earned
    assert sum(p.proposal_count for p in board.conversion) == len(
        await every_row(client, "proposals", created_between(YEAR.start, YEAR.end)))


@pytest.mark.asyncio
async def test_renewal_windows_equal_the_policy_list(client: InsurUpClient, service: DashboardService) -> None:
    board = await service.load(Period.MONTH)
    everything = await every_row(client, "policies")
    assert [w.days for w in board.renewals] == [30, 60, 90]
    for window in board.renewals:
        last = (TODAY + dt.timedelta(days=window.days)).isoformat()
        ending = [p for p in everything if TODAY.isoformat() <= p["endDate"][:10] <= last]
        assert window.due == len(ending) > 0
        assert window.lost == Counter(p["state"] for p in ending)["CANCELLED"]
        assert window.renewed == sum(1 for p in everything if TODAY.isoformat() <= p["startDate"][:10] <= last
                                     and (p["renewalNumber"] or 0) > 0 and p["state"] != "CANCELLED")
        assert window.open == window.due - window.lost - window.renewed


@pytest.mark.asyncio
async def test_tiles_arrive_before_the_charts(service: DashboardService) -> None:
    seen: list[Dashboard] = []
    service.add_listener(seen.append)
    await service.load(Period.WEEK)
    assert [s.stage for s in seen] == [Stage.LOADING_TILES, Stage.LOADING_CHARTS, Stage.READY]
    assert seen[1].kpis is not None and seen[1].by_branch == () and seen[2].by_branch != ()


# --- offline and live updates ------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_offline_the_last_figures_come_from_the_cache_with_their_time(
        service: DashboardService, sandbox: Any) -> None:
    live = await service.load(Period.RANGE, YEAR)
    assert live.fetched_at is None
    sandbox.faults.add(FaultRule(route="*", drop=True))
    cached = await service.load(Period.RANGE, YEAR)
    assert cached.stage is Stage.READY and cached.fetched_at is not None
    assert cached.kpis == live.kpis and cached.by_insurer == live.by_insurer and cached.renewals == live.renewals


@pytest.mark.asyncio
async def test_offline_without_a_cached_copy_the_failure_is_shown(service: DashboardService, sandbox: Any) -> None:
    sandbox.faults.add(FaultRule(route="*", drop=True))
    board = await service.load(Period.TODAY)
    assert board.stage is Stage.FAILED and isinstance(board.error, NetworkError)


@pytest.mark.asyncio
async def test_a_finished_sale_reloads_the_shown_period(client: InsurUpClient, service: DashboardService,
                                                        sandbox: Any) -> None:
    span = Span(TODAY - dt.timedelta(days=1), TODAY + dt.timedelta(days=1))
    before = await service.load(Period.RANGE, span)
    assert before.kpis is not None
    rec = next(p for p in sandbox.policies.values() if p.agent_id == next(
        u.agent_id for u in sandbox.users.values() if u.email == "gise@demo.acente"))
    sold = {**rec.node, "id": "sale-just-now", "state": "ACTIVE", "grossPremium": 12345.67, "commission": 800.0,
            "createdAt": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}
    with sandbox.lock:
        sandbox.put_node("policies", rec.agent_id, sold)
    await service.sale_finished()
    after = service.state
    assert after.kpis is not None and after.kpis.policies == before.kpis.policies + 1
    assert after.kpis.premium == before.kpis.premium + Decimal("12345.67")
    assert after.kpis.commission == before.kpis.commission + Decimal("800.00")
