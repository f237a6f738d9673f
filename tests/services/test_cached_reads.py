"""Lists, records and reference data keep answering from the local cache when the line is down."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from insurup_desk.api import InsurUpClient
from insurup_desk.api.errors import NetworkError, NotFound
from insurup_desk.sandbox.faults import FaultRule
from insurup_desk.services.cached_reads import CachedReads, live_unless_offline
from insurup_desk.services.connectivity import ConnectivityMonitor, LineState, observe_client
from insurup_desk.services.list_queries import ListQuery, PolicyFilters, local_rows
from insurup_desk.services.list_sources import POLICIES
from insurup_desk.services.reference_cache import ReferenceCache
from insurup_desk.store import AsyncStore, Database, RecordCipher, Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[AsyncStore]:
    s = AsyncStore(Store(Database(tmp_path / "desk.sqlite"), RecordCipher(b"c" * 32)))
    yield s
    s.close()


@pytest.fixture
def monitor(client: InsurUpClient) -> ConnectivityMonitor:
    m = ConnectivityMonitor()
    observe_client(client, m)
    return m


def _line_down(sandbox: Any) -> None:
    sandbox.faults.add(FaultRule(route="*", drop=True))


def _ids(page: Any) -> list[str]:
    return [row[0] for row in page.rows]


BY_DATE = PolicyFilters().to_query((("createdAt", "DESC"),))


@pytest.mark.asyncio
async def test_list_pages_come_back_from_the_cache_with_their_fetch_time(
    client: InsurUpClient, store: AsyncStore, monitor: ConnectivityMonitor, sandbox: Any
) -> None:
    fetch = CachedReads(client, store, monitor).list_fetcher(POLICIES, "policies")
    before = time.time()
    first = await fetch(BY_DATE, 5, None)
    second = await fetch(BY_DATE, 5, first.end_cursor)
    assert first.fetched_at is None and second.fetched_at is None  # live
    assert len(first.rows) == 5 and set(_ids(first)).isdisjoint(_ids(second))

    _line_down(sandbox)
    # A fresh fetcher (as after a restart) still finds both pages, in order, stamped with when they came.
    offline = CachedReads(client, store, monitor).list_fetcher(POLICIES, "policies")
    again = await offline(BY_DATE, 5, None)
    assert monitor.state is LineState.OFFLINE
    assert again.rows == first.rows and again.total_count == first.total_count
    assert again.fetched_at is not None and before <= again.fetched_at <= time.time()
    again2 = await offline(BY_DATE, 5, again.end_cursor)
    assert again2.rows == second.rows
    # Past what was fetched online the cached list simply ends.
    beyond = await offline(BY_DATE, 5, again2.end_cursor)
    assert beyond.rows == [] and not beyond.has_next


@pytest.mark.asyncio
async def test_offline_search_answers_from_cached_rows(
    client: InsurUpClient, store: AsyncStore, monitor: ConnectivityMonitor, sandbox: Any
) -> None:
    fetch = CachedReads(client, store, monitor).list_fetcher(POLICIES, "policies")
    page = await fetch(BY_DATE, 100, None)
    cached = [dict(zip(POLICIES.fields, row, strict=True)) for row in page.rows]
    name = str(cached[3]["insuredCustomerName"])
    word = name.split()[-1][:4].lower()  # a piece of a surname, typed in lower case
    expected = {n["id"] for n in cached if word in n["insuredCustomerName"].replace("I", "ı").lower()}

    _line_down(sandbox)
    query = PolicyFilters(text=word).to_query((("createdAt", "DESC"),))
    found = await fetch(query, 100, None)
    assert found.fetched_at is not None
    assert set(_ids(found)) == expected and cached[3]["id"] in expected
    dates = [row[POLICIES.fields.index("createdAt")] for row in found.rows]
    assert dates == sorted(dates, reverse=True)
    # A filter the cache can check (state) narrows the cached rows the same way the server would.
    state = str(cached[0]["state"])
    narrowed = await fetch(PolicyFilters(states=(state,)).to_query(), 100, None)
    assert {r[0] for r in narrowed.rows} == {n["id"] for n in cached if n["state"] == state}


@pytest.mark.asyncio
async def test_offline_rows_are_paged_by_the_page_size(
    client: InsurUpClient, store: AsyncStore, monitor: ConnectivityMonitor, sandbox: Any
) -> None:
    fetch = CachedReads(client, store, monitor).list_fetcher(POLICIES, "policies")
    live = await fetch(BY_DATE, 30, None)
    _line_down(sandbox)
    other = PolicyFilters().to_query((("grossPremium", "ASC"),))  # never asked online
    seen: list[str] = []
    page = await fetch(other, 12, None)
    while True:
        seen += _ids(page)
        if not page.has_next:
            break
        page = await fetch(other, 12, page.end_cursor)
    assert sorted(seen) == sorted(_ids(live)) and len(seen) == len(set(seen))


@pytest.mark.asyncio
async def test_details_fall_back_to_the_cache_and_say_so(
    client: InsurUpClient, store: AsyncStore, monitor: ConnectivityMonitor, sandbox: Any
) -> None:
    reads = CachedReads(client, store, monitor)
    page = await reads.list_fetcher(POLICIES, "policies")(BY_DATE, 2, None)
    policy_id, other_id = _ids(page)
    live = await reads.policy(policy_id)
    assert not live.from_cache
    customer_id = str(page.rows[0][POLICIES.fields.index("insuredCustomerId")])
    customer = await reads.customer(customer_id)
    vehicles = await reads.vehicles(customer_id)

    _line_down(sandbox)
    cached = await reads.policy(policy_id)
    assert cached.from_cache and cached.value == live.value
    assert (await reads.customer(customer_id)).value == customer.value
    assert (await reads.vehicles(customer_id)).value == vehicles.value
    with pytest.raises(NetworkError):
        await reads.policy(other_id)  # never opened online: nothing to show


@pytest.mark.asyncio
async def test_server_errors_are_not_hidden_behind_the_cache(
    client: InsurUpClient, store: AsyncStore, monitor: ConnectivityMonitor
) -> None:
    reads = CachedReads(client, store, monitor)
    with pytest.raises(NotFound):
        await reads.policy("00000000-0000-0000-0000-000000000000")
    assert monitor.state is not LineState.OFFLINE


@pytest.mark.asyncio
async def test_known_offline_line_answers_at_once_and_asks_for_a_probe(
    client: InsurUpClient, store: AsyncStore, monitor: ConnectivityMonitor
) -> None:
    reads = CachedReads(client, store, monitor)
    await reads.list_fetcher(POLICIES, "policies")(BY_DATE, 3, None)
    asked: list[int] = []
    monitor.add_check_handler(lambda: asked.append(1))
    monitor.record_failure()
    calls = client.session.calls
    page = await reads.list_fetcher(POLICIES, "policies")(BY_DATE, 3, None)
    assert page.fetched_at is not None and len(page.rows) == 3
    assert client.session.calls == calls  # nothing was sent down a dead line
    assert asked == [1]


@pytest.mark.asyncio
async def test_waiting_read_gives_up_when_the_line_is_declared_down() -> None:
    monitor = ConnectivityMonitor()
    never = asyncio.get_running_loop().create_future()
    waiting = asyncio.ensure_future(live_unless_offline(monitor, never))
    await asyncio.sleep(0)
    monitor.record_failure()
    with pytest.raises(NetworkError):
        await asyncio.wait_for(waiting, 1)
    assert never.cancelled()


@pytest.mark.asyncio
async def test_reference_data_is_kept_for_offline_use(
    client: InsurUpClient, store: AsyncStore, monitor: ConnectivityMonitor, sandbox: Any
) -> None:
    refs = ReferenceCache(client, store, monitor)
    brands = await refs.brands()
    groups = await refs.coverage_groups("KASKO")
    insurers = await refs.insurers()
    assert brands.value and not brands.from_cache and insurers.value
    _line_down(sandbox)
    assert (await refs.brands()).value == brands.value
    kept = await refs.coverage_groups("KASKO")
    assert kept.from_cache and kept.value == groups.value
    assert (await refs.insurers()).value == insurers.value
    with pytest.raises(NetworkError):
        await refs.models("never-asked", 2020)


def test_local_rows_filters_and_orders_like_the_server() -> None:
    nodes: list[dict[str, Any]] = [
        {"id": "a", "state": "ACTIVE", "endDate": "2026-12-01", "grossPremium": 1200.5, "insuredCustomerName": "İlker"},
        {"id": "b", "state": "CANCELLED", "endDate": "2026-11-01", "grossPremium": 90, "insuredCustomerName": "Ayşe"},
        {"id": "c", "state": "ACTIVE", "endDate": None, "grossPremium": 300, "insuredCustomerName": "ılgaz"},
    ]
    query = ListQuery(
        filter={"and": [{"state": {"in": ["ACTIVE", "EXPIRED"]}}, {"grossPremium": {"gte": 100}}]},
        order=(("grossPremium", "DESC"),),
    )
    assert [n["id"] for n in local_rows(nodes, query)] == ["a", "c"]
    by_end = ListQuery(order=(("endDate", "ASC"),))
    assert [n["id"] for n in local_rows(nodes, by_end)] == ["b", "a", "c"]  # empty last
    turkish = ListQuery(search={"insuredCustomerName": {"contains": {"value": "ILK"}}})
    assert local_rows(nodes, turkish) == []  # dotless I is not i in Turkish
    assert [n["id"] for n in local_rows(nodes, ListQuery(search={"insuredCustomerName": {"contains": {
        "value": "İL"}}}))] == ["a"]
    unknown = ListQuery(filter={"agentBranchId": {"eq": "x"}})  # a field the rows lack never matches
    assert local_rows(nodes, unknown) == []
