"""Reads that keep working when the line is down: lists and records are written to the local store as they
arrive, and served from it (with the time they were fetched) when the server cannot be reached.

A read goes to the cache when
* the monitor already says the line is down (no point waiting for retries; a probe is asked for instead), or
* the request fails at the network level, or the line is declared down while it is still waiting.

Nothing else falls back: a 4xx/5xx answer proves the server is there and is shown as it is.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from insurup_desk.api.errors import NetworkError, RequestTimeout
from insurup_desk.api.models import Customer, Policy, Proposal, Vehicle
from insurup_desk.services.api_ports import SaleClient
from insurup_desk.services.connectivity import ConnectivityMonitor, LineState
from insurup_desk.services.list_queries import FetchPage, ListQuery, Page, local_rows
from insurup_desk.services.list_sources import ListSource
from insurup_desk.store import AsyncStore, Store

T = TypeVar("T")
log = logging.getLogger(__name__)

LINE_ERRORS = (NetworkError, RequestTimeout)
OFFLINE_CURSOR = "cache:"  # cursors of pages computed from cached rows (never sent to the server)


def not_cached_error() -> NetworkError:
    return NetworkError("Çevrimdışısınız ve bu veri bu bilgisayarda kayıtlı değil.",
                        suggestions=["Bağlantı geri geldiğinde F5 ile yeniden deneyin."])


@dataclass(frozen=True, slots=True)
class Fetched(Generic[T]):
    value: T
    fetched_at: float | None  # epoch seconds of the cached copy; None when it came from the server just now

    @property
    def from_cache(self) -> bool:
        return self.fetched_at is not None


async def live_unless_offline(monitor: ConnectivityMonitor | None, work: Awaitable[T]) -> T:
    """Await ``work``, but give up with ``NetworkError`` as soon as the line is declared down.

    The client retries reads for several seconds on a dead line; the first failed attempt already tells the
    monitor, so the operator sees cached data at once instead of after the whole retry schedule.
    """
    task = asyncio.ensure_future(work)
    if monitor is None:
        return await task
    went_down = asyncio.Event()

    def listener(state: LineState) -> None:
        if state is LineState.OFFLINE:
            went_down.set()

    monitor.add_listener(listener)
    waiter = asyncio.ensure_future(went_down.wait())
    try:
        await asyncio.wait({task, waiter}, return_when=asyncio.FIRST_COMPLETED)
        if task.done():
            return task.result()
        task.cancel()
        raise NetworkError()
    finally:
        monitor.remove_listener(listener)
        waiter.cancel()
        if not task.done():
            task.cancel()


def _offline(monitor: ConnectivityMonitor | None) -> bool:
    return monitor is not None and monitor.state is LineState.OFFLINE


def _dump(model: Any) -> Any:
    return model.model_dump(mode="json", by_alias=True)


class CachedReads:
    """Records and lists through the cache. ``store`` may be None (no cache: plain live reads)."""

    def __init__(self, client: SaleClient, store: AsyncStore | None,
                 monitor: ConnectivityMonitor | None = None) -> None:
        self.client = client
        self.store = store
        self.monitor = monitor

    # --- records ------------------------------------------------------------------------------------

    async def read(
        self,
        kind: str,
        record_id: str,
        live: Callable[[], Awaitable[T]],
        dump: Callable[[T], Any],
        load: Callable[[Any], T],
    ) -> Fetched[T]:
        if self.store is None:
            return Fetched(await live(), None)
        if _offline(self.monitor):
            assert self.monitor is not None
            self.monitor.request_check()
            cached = await self._cached_record(kind, record_id, load)
            if cached is None:
                raise not_cached_error()
            return cached
        try:
            value = await live_unless_offline(self.monitor, live())
        except LINE_ERRORS:
            cached = await self._cached_record(kind, record_id, load)
            if cached is None:
                raise
            return cached
        try:
            await self.store.call(self.store.sync.put_record, kind, record_id, dump(value))
        except Exception:  # a cache that cannot be written must not break a read that worked
            log.warning("could not cache %s record", kind, exc_info=True)
        return Fetched(value, None)

    async def _cached_record(self, kind: str, record_id: str, load: Callable[[Any], T]) -> Fetched[T] | None:
        assert self.store is not None
        record = await self.store.call(self.store.sync.get_record, kind, record_id)
        if record is None:
            return None
        try:
            return Fetched(load(record.payload), record.fetched_at)
        except ValueError:  # written by an older version of the models
            log.info("cached %s record no longer readable", kind)
            return None

    async def policy(self, policy_id: str) -> Fetched[Policy]:
        return await self.read("policy", policy_id, lambda: self.client.policies.get(policy_id), _dump,
                               Policy.model_validate)

    async def proposal(self, proposal_id: str) -> Fetched[Proposal]:
        return await self.read("proposal", proposal_id, lambda: self.client.proposals.get(proposal_id), _dump,
                               Proposal.model_validate)

    async def customer(self, customer_id: str) -> Fetched[Customer]:
        return await self.read("customer", customer_id, lambda: self.client.customers.get(customer_id), _dump,
                               Customer.model_validate)

    async def vehicles(self, customer_id: str) -> Fetched[list[Vehicle]]:
        return await self.read(
            "vehicles",
            customer_id,
            lambda: self.client.vehicles.list(customer_id),
            lambda items: [_dump(v) for v in items],
            lambda payload: [Vehicle.model_validate(v) for v in payload],
        )

    # --- lists --------------------------------------------------------------------------------------

    def list_fetcher(self, source: ListSource, entity: str, fetch: FetchPage | None = None) -> FetchPage:
        """``fetch`` (default: the client's GraphQL fetcher for ``source``) with caching and offline fallback."""
        if fetch is None:
            from insurup_desk.services.list_sources import client_fetcher

            fetch = client_fetcher(self.client, source)
        if self.store is None:
            return fetch
        return CachedListFetcher(fetch, source, entity, self.store, self.monitor)


def list_key(entity: str, query: ListQuery, first: int) -> str:
    """The cache key of one list: the entity plus a digest of what it asks and its page size."""
    text = json.dumps([query.filter, query.search, query.order, first], sort_keys=True, default=str)
    return f"{entity}:{hashlib.sha256(text.encode()).hexdigest()[:24]}"


def row_kind(source: ListSource) -> str:
    return f"row:{source.root}"


class CachedListFetcher:
    """A :data:`FetchPage` that stores every page it gets and answers from the store when the line is down.

    Offline, a list asked before is served page by page as it was; any other question (a new search, other
    filters) is answered from every cached row of that kind, filtered and ordered here.
    """

    def __init__(
        self,
        fetch: FetchPage,
        source: ListSource,
        entity: str,
        store: AsyncStore,
        monitor: ConnectivityMonitor | None,
    ) -> None:
        self._fetch = fetch
        self._source = source
        self._entity = entity
        self._store = store
        self._monitor = monitor
        self._page_after: dict[tuple[str, str], int] = {}  # (list key, cursor) -> number of the next page

    async def __call__(self, query: ListQuery, first: int, after: str | None) -> Page:
        key = list_key(self._entity, query, first)
        if after is not None and after.startswith(OFFLINE_CURSOR):
            return await self._from_rows(query, first, int(after[len(OFFLINE_CURSOR):]), None)
        page_no = 0 if after is None else self._page_after.get((key, after))
        if _offline(self._monitor):
            assert self._monitor is not None
            self._monitor.request_check()
            return await self._from_cache(key, page_no, query, first, not_cached_error())
        try:
            page = await live_unless_offline(self._monitor, self._fetch(query, first, after))
        except LINE_ERRORS as error:
            return await self._from_cache(key, page_no, query, first, error)
        if page_no is not None:
            self._remember(key, page, page_no)
            # The rows go to the table now; the page is sealed and written after, on the store's thread (in
            # order with every other store call, so an offline read that follows still finds it).
            self._store.submit(f"a page of {self._entity}", _save_page, self._store.sync, key, page_no, page,
                               row_kind(self._source))
        return page

    def _remember(self, key: str, page: Page, page_no: int) -> None:
        if len(self._page_after) > 10_000:
            self._page_after.clear()
        if page.end_cursor:
            self._page_after[(key, page.end_cursor)] = page_no + 1

    async def _from_cache(
        self, key: str, page_no: int | None, query: ListQuery, first: int, error: Exception
    ) -> Page:
        if page_no is not None:
            cached = await self._store.call(self._store.sync.get_list, key)
            if cached is not None:
                page = _cached_page(cached.pages, page_no, cached.fetched_at)
                self._remember(key, page, page_no)
                return page
        if page_no == 0:
            return await self._from_rows(query, first, 0, error)
        raise error

    async def _from_rows(self, query: ListQuery, first: int, offset: int, error: Exception | None) -> Page:
        page = await self._store.call(_rows_page, self._store.sync, row_kind(self._source), self._source.fields,
                                      query, first, offset)
        if page is None:
            raise error if error is not None else not_cached_error()
        return page


def _save_page(store: Store, key: str, page_no: int, page: Page, kind: str) -> None:
    """One page, stored once, in the form both offline reads use: served as it was for the same list, and
    searched (with every cached page of its kind) for any other question."""
    store.put_list_page(key, page_no, {"page": page_no, "rows": [list(row) for row in page.rows],
                                       "total": page.total_count, "end": page.end_cursor, "next": page.has_next},
                        row_kind=kind)


def _cached_page(pages: list[Any], page_no: int, fetched_at: float) -> Page:
    for payload in pages:
        if payload.get("page") == page_no:
            return Page(
                rows=[tuple(row) for row in payload.get("rows") or ()],
                total_count=payload.get("total"),
                end_cursor=payload.get("end"),
                has_next=bool(payload.get("next")),
                fetched_at=fetched_at,
            )
    # Beyond what was fetched before the line went: the list ends here.
    total = pages[0].get("total") if pages else None
    return Page(rows=[], total_count=total, end_cursor=None, has_next=False, fetched_at=fetched_at)


def _rows_page(
    store: Store, kind: str, fields: tuple[str, ...], query: ListQuery, first: int, offset: int
) -> Page | None:
    # Pages come oldest first: a row seen in several cached lists keeps its newest copy.
    id_at = fields.index("id")
    latest: dict[str, tuple[dict[str, Any], float]] = {}
    for payload, fetched_at in store.pages_of_kind(kind):
        for row in payload.get("rows") or ():
            latest[str(row[id_at])] = (dict(zip(fields, row, strict=False)), fetched_at)
    if not latest:
        return None
    matched = local_rows([values for values, _ in latest.values()], query)
    newest = max(at for _, at in latest.values())
    # The answer is as old as its stalest row; with no match, as old as the freshest thing cached.
    fetched_at = min((latest[str(p.get("id"))][1] for p in matched if str(p.get("id")) in latest), default=newest)
    chunk = matched[offset:offset + first]
    end = offset + len(chunk)
    more = end < len(matched)
    return Page(
        rows=[tuple(p.get(name) for name in fields) for p in chunk],
        total_count=len(matched),
        end_cursor=f"{OFFLINE_CURSOR}{end}" if more else None,
        has_next=more,
        fetched_at=fetched_at,
    )


def page_fetcher(client: SaleClient, reads: CachedReads | None, source: ListSource, entity: str) -> FetchPage:
    """The fetcher a list page uses: through the cache when there is one, straight to the server otherwise."""
    if reads is None:
        from insurup_desk.services.list_sources import client_fetcher

        return client_fetcher(client, source)
    return reads.list_fetcher(source, entity)


def monitor_of(reads: CachedReads | None) -> ConnectivityMonitor | None:
    return reads.monitor if reads is not None else None
