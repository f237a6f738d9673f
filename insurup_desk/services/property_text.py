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
    """``Caferağa Mah. Moda Cad. No:12 D:5, Kadıköy/İstanbul`` from a PropertyAddress (missing parts left out)."""
    if not address:
        return ""
    parts = {name: _text(address.get(name)) for name in ADDRESS_PARTS}
    street_line = " ".join(p for p in (
        parts["neighborhood"], parts["street"],
        f"No:{parts['building']}" if parts["building"] else "",
        f"D:{parts['apartment']}" if parts["apartment"] else "") if p)
    place = "/".join(p for p in (parts["district"], parts["city"]) if p)
    return ", ".join(p for p in (street_line, place) if p)


def snapshot_address_text(found: Mapping[str, Any]) -> str:
    """The address of a property as a proposal or policy snapshot carries it."""
    address = found.get("address")
    return address_text(address) if isinstance(address, Mapping) else ""
