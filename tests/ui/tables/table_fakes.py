"""A fake cursor-paged server whose answers the test releases one by one."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

from insurup_desk.services.list_queries import CellKind, ListQuery, Page
from insurup_desk.ui.tables.columns import Column, TableSpec

SPEC = TableSpec(
    name="fake",
    fields=("id", "name", "grossPremium", "currency", "endDate", "vehiclePlateCode", "vehiclePlateCity", "state"),
    columns=(
        Column("id", "No", CellKind.TEXT, sort_field="id"),
        Column("name", "Ad", CellKind.TEXT),
        Column("grossPremium", "Prim", CellKind.MONEY, sort_field="grossPremium", companion="currency"),
        Column("endDate", "Bitiş", CellKind.DATE, sort_field="endDate"),
        Column("vehiclePlateCode", "Plaka", CellKind.PLATE, companion="vehiclePlateCity"),
        Column("state", "Durum", CellKind.ENUM, labels={"ACTIVE": "Yürürlükte"}, colors={"ACTIVE": "#1b7f3b"}),
    ),
)


def make_row(tag: Any, i: int) -> tuple[Any, ...]:
    return (f"{tag}-{i}", f"Müşteri {i}", 1234.5 + i, "TURKISH_LIRA", "2026-11-27", "ABC123", 34, "ACTIVE")


def rows_for(query: ListQuery, totals: dict[Any, int]) -> list[tuple[Any, ...]]:
    tag = (query.filter or {}).get("tag", "all")
    return [make_row(tag, i) for i in range(totals.get(tag, 0))]


@dataclass
class Request:
    query: ListQuery
    first: int
    after: str | None
    generation: int
    future: asyncio.Future[Page]
    cancelled: bool = False


@dataclass
class FakeServer:
    """Pages are cut from a per-filter row list; cursors are offsets, like the sandbox's."""

    totals: dict[Any, int]
    stubborn: bool = False  # keep going after cancellation, so only the generation check protects the model
    requests: list[Request] = field(default_factory=list)
    model: Any = None

    def page(self, query: ListQuery, first: int, after: str | None) -> Page:
        rows = rows_for(query, self.totals)
        start = int(after) + 1 if after is not None else 0
        chunk = rows[start : start + first]
        end = start + len(chunk) - 1
        return Page(
            rows=chunk,
            total_count=len(rows),
            end_cursor=str(end) if chunk else None,
            has_next=end + 1 < len(rows),
        )

    async def fetch(self, query: ListQuery, first: int, after: str | None) -> Page:
        loop = asyncio.get_running_loop()
        request = Request(query, first, after, self.model.generation if self.model else 0, loop.create_future())
        self.requests.append(request)
        try:
            # shield: cancelling the caller must not cancel the server's answer, which may still arrive.
            return await asyncio.shield(request.future)
        except asyncio.CancelledError:
            request.cancelled = True
            if not self.stubborn:
                raise
            return await request.future

    def pending(self) -> list[Request]:
        return [r for r in self.requests if not r.future.done()]

    def resolve(self, request: Request) -> None:
        if not request.future.done():
            request.future.set_result(self.page(request.query, request.first, request.after))

    def fail(self, request: Request, error: Exception) -> None:
        request.future.set_exception(error)
