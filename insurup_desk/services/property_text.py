"""A property's address as the one line the sale, the lists and the receipts show."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# From the widest part to the narrowest, as PropertyAddress names them.
ADDRESS_PARTS = ("city", "district", "town", "neighborhood", "street", "building", "apartment")


def _text(part: object) -> str:
    if isinstance(part, Mapping):
        return str(part.get("text") or "").strip()
    return str(part or "").strip()


def address_text(address: Mapping[str, Any] | None) -> str:
    """``Caferağa Mahallesi Moda Caddesi No: 5 Daire 5, Kadıköy/İstanbul`` from a PropertyAddress (gaps left out)."""
    if not address:
        return ""
    parts = {name: _text(address.get(name)) for name in ADDRESS_PARTS}
    # The lists name buildings and flats "No: 5" and "Daire 5"; a bare number gets the same word in front.
    building = f"No: {parts['building']}" if parts["building"].isdigit() else parts["building"]
    flat = f"Daire {parts['apartment']}" if parts["apartment"].isdigit() else parts["apartment"]
    street_line = " ".join(p for p in (parts["neighborhood"], parts["street"], building, flat) if p)
    place = "/".join(p for p in (parts["district"], parts["city"]) if p)
    return ", ".join(p for p in (street_line, place) if p)


def snapshot_address_text(found: Mapping[str, Any]) -> str:
    """The address of a property as a proposal or policy snapshot carries it."""
    address = found.get("address")
    return address_text(address) if isinstance(address, Mapping) else ""


class KnownAddresses:
    """The homes' addresses the desk has read this session, by property id and by UAVT code.

    The list nodes name a property only by its id and number; the lists show its address where the desk knows it
    (a home picked, found or registered at this counter) and its UAVT code otherwise.
    """

    def __init__(self) -> None:
        self._by_id: dict[str, str] = {}
        self._by_number: dict[int, str] = {}

    def remember(self, property_id: str | None, number: int | None, text: str) -> None:
        if not text:
            return
        if property_id:
            self._by_id[property_id] = text
        if number:
            self._by_number[number] = text

    def text_for(self, property_id: object, number: object) -> str | None:
        if isinstance(property_id, str) and property_id in self._by_id:
            return self._by_id[property_id]
        if isinstance(number, int) and not isinstance(number, bool):
            return self._by_number.get(number)
        return None


# One per desk process: what one list learns, every list shows.
KNOWN_ADDRESSES = KnownAddresses()
