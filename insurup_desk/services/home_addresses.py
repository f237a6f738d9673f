"""Lists learn the addresses of the homes their rows insure.

A policy or proposal node names a home only by its property id (and the policy by its UAVT number); the address
is the customer's property record. After a live page arrives, the homes on it whose address the desk has not
read yet are read (a few at a time, briefly), so the list shows the address where a plate would be. A home that
cannot be read in time keeps its UAVT code; a page from the local cache is shown as it is.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Final

from insurup_desk.api.errors import ApiError

from .api_ports import PropertiesPort
from .list_queries import FetchPage, ListQuery, Page
from .property_text import KNOWN_ADDRESSES, KnownAddresses, address_text

log = logging.getLogger(__name__)

READ_TIMEOUT_S: Final = 2.0  # a slow record read never holds the list back for long
MAX_READS_PER_PAGE: Final = 20


def with_home_addresses(fetch: FetchPage, properties: PropertiesPort, fields: tuple[str, ...],
                        known: KnownAddresses = KNOWN_ADDRESSES) -> FetchPage:
    """``fetch``, then the addresses of the page's homes read into ``known`` (a list without homes: ``fetch``)."""
    if "propertyId" not in fields or "insuredCustomerId" not in fields:
        return fetch
    property_at, customer_at = fields.index("propertyId"), fields.index("insuredCustomerId")
    number_at = fields.index("propertyNumber") if "propertyNumber" in fields else None
    tried: set[str] = set()  # homes that could not be read are not asked for again on every page

    async def read(customer_id: str, property_id: str) -> None:
        tried.add(property_id)
        try:
            found = await asyncio.wait_for(properties.get(customer_id, property_id), READ_TIMEOUT_S)
        except (ApiError, TimeoutError) as exc:
            log.info("home %s of a list row not read: %r", property_id, exc)
            return
        text = address_text(found.address.model_dump(mode="json") if found.address is not None else None)
        known.remember(found.id or property_id, found.number, text)

    async def fetched(query: ListQuery, first: int, after: str | None) -> Page:
        page = await fetch(query, first, after)
        if page.fetched_at is not None:
            return page
        wanted: dict[str, str] = {}
        for row in page.rows:
            property_id, customer_id = row[property_at], row[customer_at]
            number = row[number_at] if number_at is not None else None
            if (isinstance(property_id, str) and property_id and isinstance(customer_id, str) and customer_id
                    and property_id not in tried and known.text_for(property_id, number) is None):
                wanted.setdefault(property_id, customer_id)
        if wanted:
            homes = list(wanted.items())[:MAX_READS_PER_PAGE]
            await asyncio.gather(*(read(customer_id, property_id) for property_id, customer_id in homes))
        return page

    return fetched
