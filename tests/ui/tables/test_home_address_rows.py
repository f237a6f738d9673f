"""A list page of homes lands at once with their UAVT codes; the addresses of the rows drawn are read beside it
and drawn when they arrive — the page never waits for them, and rows nobody drew are not read."""

from __future__ import annotations

import asyncio
import itertools
import logging
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex

from insurup_desk.api.models.properties import Property
from insurup_desk.services.home_addresses import READERS, HomeAddressReader
from insurup_desk.services.list_queries import ListQuery, Page
from insurup_desk.services.list_sources import POLICIES
from insurup_desk.ui.pages.policies import policy_spec
from insurup_desk.ui.tables.paged_model import PagedTableModel

_ids = itertools.count()
SPEC = policy_spec()
ASSET = SPEC.column_index("vehiclePlateCode")


class HeldHomes:
    """Property reads that answer only when released; records what was asked."""

    def __init__(self) -> None:
        self.release = asyncio.Event()
        self.asked: list[str] = []

    async def get(self, customer_id: str, property_id: str) -> Property:
        self.asked.append(property_id)
        await self.release.wait()
        return Property.model_validate({
            "id": property_id, "customerId": customer_id, "number": 1000000000 + len(self.asked),
            "address": {"city": {"value": 34, "text": "İstanbul"}, "district": {"value": 1, "text": "Kadıköy"},
                        "neighborhood": {"value": 2, "text": "Caferağa Mahallesi"},
                        "street": {"value": 3, "text": "Moda Caddesi"}, "building": {"value": 4, "text": "5"}},
        })


def home_rows(count: int) -> list[tuple[Any, ...]]:
    run = next(_ids)  # the desk remembers addresses per process: every test asks for homes never seen
    rows = []
    for i in range(count):
        values = {"id": f"pol-{run}-{i}", "productBranch": "DASK", "propertyId": f"home-{run}-{i}",
                  "insuredCustomerId": "cus-1", "propertyNumber": 2000000000 + i}
        rows.append(tuple(values.get(name) for name in POLICIES.fields))
    return rows


def model_over(rows: list[tuple[Any, ...]], homes: HeldHomes) -> tuple[PagedTableModel, HomeAddressReader]:
    async def fetch(_query: ListQuery, _first: int, _after: str | None) -> Page:
        return Page(rows=rows, total_count=len(rows), end_cursor=None, has_next=False)

    model = PagedTableModel(SPEC, fetch)
    reader = HomeAddressReader(homes, POLICIES.fields, learned=model.reformat)
    model.row_formatted = reader.row_shown
    return model, reader


async def loaded(model: PagedTableModel) -> None:
    idle = asyncio.Event()
    model.loadingChanged.connect(lambda busy: None if busy else idle.set())
    model.start()
    await asyncio.wait_for(idle.wait(), 5)


async def turns(count: int = 20) -> None:
    """Let the reads started so far reach the (held) server."""
    for _ in range(count):
        await asyncio.sleep(0)


def test_the_rows_land_before_the_addresses_and_the_addresses_are_drawn_when_read(qapp: Any) -> None:
    homes = HeldHomes()
    model, reader = model_over(home_rows(3), homes)
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, _roles: changed.append(top.row()))

    async def scenario() -> None:
        await loaded(model)  # with every property read still held
        assert model.rowCount(QModelIndex()) == 3
        assert model.index(0, ASSET).data() == "Adres kodu 2000000000"
        await turns()
        assert homes.asked == [str(model.value(0, "propertyId"))]
        homes.release.set()
        await reader.idle()

    asyncio.run(scenario())
    assert changed, "the list is told to draw the learnt address"
    assert model.index(0, ASSET).data() == "Caferağa Mahallesi Moda Caddesi No: 5, Kadıköy/İstanbul"
    assert model.index(1, ASSET).data() == "Adres kodu 2000000001"  # never drawn, never read


def test_only_the_homes_of_rows_drawn_are_read_a_few_at_a_time_latest_first(qapp: Any) -> None:
    homes = HeldHomes()
    model, reader = model_over(home_rows(100), homes)

    async def scenario() -> None:
        await loaded(model)
        for r in range(10, 20):  # a screenful in the middle of the page
            model.index(r, ASSET).data()
            model.index(r, ASSET).data()  # drawn again: asked once
        await turns()
        assert len(homes.asked) == READERS
        assert homes.asked[0] == str(model.value(19, "propertyId"))  # the row drawn last is read first
        homes.release.set()
        await reader.idle()

    asyncio.run(scenario())
    assert sorted(homes.asked) == sorted(str(model.value(r, "propertyId")) for r in range(10, 20))


class ClosingHomes(HeldHomes):
    """The first read finds the client closed under it (sign-out), as httpx says it; later reads answer."""

    async def get(self, customer_id: str, property_id: str) -> Property:
        if not self.asked:
            self.asked.append(property_id)
            raise RuntimeError("Cannot send a request, as the client has been closed.")
        self.release.set()
        return await super().get(customer_id, property_id)


def test_a_read_stopped_by_a_closed_client_is_logged_and_later_rows_are_still_read(
    qapp: Any, caplog: pytest.LogCaptureFixture
) -> None:
    homes = ClosingHomes()
    model, reader = model_over(home_rows(10), homes)
    lost: list[dict[str, Any]] = []

    async def scenario() -> None:
        asyncio.get_running_loop().set_exception_handler(lambda _loop, context: lost.append(context))
        await loaded(model)
        model.index(0, ASSET).data()
        await turns()
        await reader.idle()  # the first row's read failed: the reader that ran it has ended
        assert homes.asked == [str(model.value(0, "propertyId"))]
        model.index(5, ASSET).data()
        await turns()
        await reader.idle()

    with caplog.at_level(logging.INFO, logger="insurup_desk.services.home_addresses"):
        asyncio.run(scenario())
    assert lost == []  # no "Task exception was never retrieved"
    assert any("client has been closed" in r.getMessage() for r in caplog.records)
    assert model.index(5, ASSET).data() == "Caferağa Mahallesi Moda Caddesi No: 5, Kadıköy/İstanbul"
