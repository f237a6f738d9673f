"""A list page is stored once, after its rows are shown; an in-memory store keeps a bounded cache."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from insurup_desk.services.cached_reads import CachedListFetcher, list_key, row_kind
from insurup_desk.services.connectivity import ConnectivityMonitor, LineState
from insurup_desk.services.list_queries import ListQuery, Page
from insurup_desk.services.list_sources import CUSTOMERS
from insurup_desk.store import AsyncStore, Database, RecordCipher, Store

QUERY = ListQuery()


def _row(i: int) -> tuple[object, ...]:
    values = {"id": f"c{i:05d}", "name": f"Müşteri {i}", "type": "INDIVIDUAL", "cityText": "İzmir"}
    return tuple(values.get(name) for name in CUSTOMERS.fields)


def _page(start: int, more: bool) -> Page:
    return Page(rows=[_row(i) for i in range(start, start + 100)], total_count=200,
                end_cursor=f"after-{start}" if more else None, has_next=more)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[AsyncStore]:
    s = AsyncStore(Store(Database(tmp_path / "desk.sqlite"), RecordCipher(b"p" * 32)))
    yield s
    s.close()


async def _server(query: ListQuery, first: int, after: str | None) -> Page:
    return _page(0, True) if after is None else _page(100, False)


@pytest.mark.asyncio
async def test_rows_are_shown_before_the_page_is_stored(store: AsyncStore) -> None:
    release = threading.Event()
    # The store's thread is busy (a slow disk): the rows must not wait for it.
    store.submit("a slow write", release.wait, 5)
    fetch = CachedListFetcher(_server, CUSTOMERS, "customers", store, ConnectivityMonitor())
    page = await asyncio.wait_for(fetch(QUERY, 100, None), timeout=2)
    assert len(page.rows) == 100
    release.set()
    await store.flush()
    cached = await store.call(store.sync.get_list, list_key("customers", QUERY, 100))
    assert cached is not None and len(cached.pages) == 1


@pytest.mark.asyncio
async def test_each_page_is_stored_once_and_serves_both_offline_reads(store: AsyncStore) -> None:
    monitor = ConnectivityMonitor()
    fetch = CachedListFetcher(_server, CUSTOMERS, "customers", store, monitor)
    first = await fetch(QUERY, 100, None)
    await fetch(QUERY, 100, first.end_cursor)
    await store.flush()
    conn = store.sync.database.conn
    assert conn.execute("SELECT COUNT(*) FROM list_pages").fetchone()[0] == 2
    assert conn.execute("SELECT COUNT(*) FROM records").fetchone()[0] == 0  # no per-row copies

    monitor.record_failure()
    assert monitor.state is LineState.OFFLINE
    again = await fetch(QUERY, 100, None)  # the same list, page by page as it was
    assert again.fetched_at is not None and again.rows == first.rows
    search = ListQuery(search={"name": {"contains": "Müşteri 15"}})
    found = await fetch(search, 100, None)  # any other question, answered from the cached pages' rows
    assert found.fetched_at is not None
    assert sorted(r[0] for r in found.rows) == ["c00015"] + [f"c{i:05d}" for i in range(150, 160)]
    assert row_kind(CUSTOMERS) == "row:customersNew"


def test_an_in_memory_store_keeps_a_bounded_cache() -> None:
    store = Store(Database(":memory:"), RecordCipher(b"m" * 32), cache_budget=400_000)
    rows = [list(_row(i)) for i in range(100)]
    for page_no in range(200):  # 20,000 rows: far beyond the budget
        store.put_list_page("customers:a", page_no, {"page": page_no, "rows": rows}, row_kind="row:customersNew")
    used = store.database.conn.execute("SELECT SUM(length(payload)), MIN(page_no) FROM list_pages").fetchone()
    assert used[0] <= 400_000 and used[1] == 0  # within budget, and the list still starts at its first page
    store.put_list_page("customers:b", 0, {"page": 0, "rows": rows}, row_kind="row:customersNew")
    for page_no in range(1, 200):
        store.put_list_page("customers:b", page_no, {"page": page_no, "rows": rows}, row_kind="row:customersNew")
    keys = {r[0] for r in store.database.conn.execute("SELECT DISTINCT list_key FROM list_pages")}
    assert keys == {"customers:b"}  # the list fetched longest ago went first


def test_a_file_store_is_not_capped(tmp_path: Path) -> None:
    store = Store(Database(tmp_path / "d.sqlite"), RecordCipher(b"m" * 32))
    rows = [list(_row(i)) for i in range(100)]
    for page_no in range(50):
        store.put_list_page("customers:a", page_no, {"page": page_no, "rows": rows}, row_kind="row:customersNew")
    assert store.database.conn.execute("SELECT COUNT(*) FROM list_pages").fetchone()[0] == 50
