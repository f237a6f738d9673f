"""Reference data (vehicle brands and models, coverage groups, insurers) kept locally for offline use.

Each read asks the server first and keeps what it gets; when the line is down it answers from the kept copy
(``Fetched.fetched_at`` says from when). Without a store it is a plain live read.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

from pydantic import TypeAdapter

from insurup_desk.api.models import CoverageGroup, ParameterItem
from insurup_desk.services.api_ports import DeskClient
from insurup_desk.services.cached_reads import LINE_ERRORS, Fetched, live_unless_offline, not_cached_error
from insurup_desk.services.connectivity import ConnectivityMonitor, LineState
from insurup_desk.services.list_sources import insurer_names
from insurup_desk.store import AsyncStore

T = TypeVar("T")

_ITEMS: TypeAdapter[list[ParameterItem]] = TypeAdapter(list[ParameterItem])
_GROUPS: TypeAdapter[list[CoverageGroup]] = TypeAdapter(list[CoverageGroup])
_NAMES: TypeAdapter[list[str]] = TypeAdapter(list[str])


class ReferenceCache:
    def __init__(self, client: DeskClient, store: AsyncStore | None,
                 monitor: ConnectivityMonitor | None = None) -> None:
        self._client = client
        self._store = store
        self._monitor = monitor

    async def brands(self) -> Fetched[list[ParameterItem]]:
        return await self._read("vehicle-brands", self._client.vehicles.brands, _ITEMS)

    async def models(self, brand_reference: str, year: int) -> Fetched[list[ParameterItem]]:
        return await self._read(f"vehicle-models:{brand_reference}:{year}",
                                lambda: self._client.vehicles.models(brand_reference, year), _ITEMS)

    async def coverage_groups(self, product_branch: str | None = None) -> Fetched[list[CoverageGroup]]:
        return await self._read(f"coverage-groups:{product_branch or '*'}",
                                lambda: self._client.coverage.groups(product_branch), _GROUPS)

    async def insurers(self) -> Fetched[list[str]]:
        """Insurance company names (for filters)."""
        return await self._read("insurers", lambda: insurer_names(self._client), _NAMES)

    async def _read(self, name: str, live: Callable[[], Awaitable[Sequence[Any]]],
                    adapter: TypeAdapter[list[T]]) -> Fetched[list[T]]:
        store = self._store
        if store is None:
            return Fetched(list(await live()), None)
        offline = self._monitor is not None and self._monitor.state is LineState.OFFLINE
        if not offline:
            try:
                items = list(await live_unless_offline(self._monitor, live()))
            except LINE_ERRORS:
                pass
            else:
                await store.call(store.sync.put_reference, name, adapter.dump_python(items, mode="json",
                                                                                       by_alias=True))
                return Fetched(items, None)
        elif self._monitor is not None:
            self._monitor.request_check()
        kept = await store.call(store.sync.get_reference, name)
        if kept is None:
            raise not_cached_error()
        return Fetched(adapter.validate_python(kept.payload), kept.fetched_at)
