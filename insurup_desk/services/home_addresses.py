"""Lists learn the addresses of the homes their rows insure, for the rows on screen only.

A policy or proposal node names a home only by its property id (and the policy by its UAVT number); the address
is the customer's property record, one REST read per home. Reading the page's homes before its rows were shown
held every page back by those reads and spent their CPU on the GUI thread for rows nobody looked at. So the rows
land at once, showing the UAVT code, and the homes of the rows being drawn are read beside them — a few at a
time, the latest drawn first — and each one learnt redraws the list with its address.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any, Final, Protocol

from insurup_desk.api.errors import ApiError
from insurup_desk.api.models.properties import Property

from .property_text import KNOWN_ADDRESSES, KnownAddresses, address_text

log = logging.getLogger(__name__)

READ_TIMEOUT_S: Final = 2.0  # a slow record read gives up; the row keeps its UAVT code
READERS: Final = 3  # reads in flight at once
WAITING_KEPT: Final = 40  # a screenful and a half; older wishes are for rows scrolled away

Row = Sequence[Any]


class PropertyReads(Protocol):
    """The one call of :class:`~insurup_desk.services.api_ports.PropertiesPort` the lists need."""

    async def get(self, customer_id: str, property_id: str) -> Property: ...


class HomeAddressReader:
    """Reads the addresses of the homes of rows as they are drawn; ``learned`` is called after each one read."""

    def __init__(self, properties: PropertyReads, fields: tuple[str, ...], *,
                 known: KnownAddresses = KNOWN_ADDRESSES, learned: Callable[[], None] | None = None) -> None:
        self._properties = properties
        self._known = known
        self.learned = learned
        has_homes = "propertyId" in fields and "insuredCustomerId" in fields
        self._property_at = fields.index("propertyId") if has_homes else -1
        self._customer_at = fields.index("insuredCustomerId") if has_homes else -1
        self._number_at = fields.index("propertyNumber") if "propertyNumber" in fields else None
        self._tried: set[str] = set()  # asked once: a home that could not be read is not asked again
        self._waiting: OrderedDict[str, str] = OrderedDict()  # property id -> customer id, newest last
        self._readers: set[asyncio.Task[None]] = set()

    @property
    def reads_homes(self) -> bool:
        return self._property_at >= 0

    def row_shown(self, row: Row) -> None:
        """A row is being drawn: if it insures a home whose address is not known, read it soon."""
        if self._property_at < 0:
            return
        property_id = row[self._property_at]
        if not isinstance(property_id, str) or not property_id or property_id in self._tried:
            return
        customer_id = row[self._customer_at]
        number = row[self._number_at] if self._number_at is not None else None
        if not isinstance(customer_id, str) or not customer_id or self._known.text_for(property_id, number):
            return
        self._waiting[property_id] = customer_id
        self._waiting.move_to_end(property_id)
        while len(self._waiting) > WAITING_KEPT:
            self._waiting.popitem(last=False)
        self._start_readers()

    async def idle(self) -> None:
        """Wait until nothing is waiting or being read (tests, and a page closing)."""
        while self._readers:
            await asyncio.gather(*self._readers, return_exceptions=True)

    def close(self) -> None:
        self._waiting.clear()
        for task in self._readers:
            task.cancel()
        self._readers.clear()

    def _start_readers(self) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # drawn with no event loop (a model test): nothing can be read now
            return
        while self._waiting and len(self._readers) < READERS:
            task = loop.create_task(self._read_waiting())
            self._readers.add(task)
            task.add_done_callback(self._reader_ended)

    def _reader_ended(self, task: asyncio.Task[None]) -> None:
        self._readers.discard(task)
        if not task.cancelled() and task.exception() is not None:  # e.g. the client closed under it at sign-out
            log.info("a list's home reads stopped: %r", task.exception())

    async def _read_waiting(self) -> None:
        while self._waiting:
            property_id, customer_id = self._waiting.popitem(last=True)  # the latest row drawn first
            if property_id in self._tried:
                continue
            self._tried.add(property_id)
            if await self._read(customer_id, property_id) and self.learned is not None:
                self.learned()

    async def _read(self, customer_id: str, property_id: str) -> bool:
        try:
            found = await asyncio.wait_for(self._properties.get(customer_id, property_id), READ_TIMEOUT_S)
        except (ApiError, TimeoutError) as exc:
            log.info("home %s of a list row not read: %r", property_id, exc)
            return False
        text = address_text(found.address.model_dump(mode="json") if found.address is not None else None)
        self._known.remember(found.id or property_id, found.number, text)
        return bool(text)
