"""The API work behind the property part of the "what we insure" step, as plain coroutines.

Three ways to a home's address: its UAVT code (the server answers the address), the address lists walked
level by level (the last level's value is the UAVT code), or an earlier DASK policy number (the server answers
the address and what it knows of the building). Properties are written online only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final, Protocol

from insurup_desk.api.errors import Duplicate, NotFound
from insurup_desk.api.models import ParameterItem
from insurup_desk.api.models.properties import (
    KONUT_SCOPES,
    CustomerAsset,
    DaskOldPolicyProperty,
    Property,
    PropertyAddress,
)

from .api_ports import AddressesPort, PropertiesPort
from .property_form import PropertyDraft, create_body, dask_policy_number, uavt_number
from .property_text import KNOWN_ADDRESSES, address_text

# The address walk's levels, from the city down to the flat.
WALK_LEVELS: Final = ("city", "district", "town", "neighborhood", "street", "building", "apartment")


class PropertyClient(Protocol):
    @property
    def properties(self) -> PropertiesPort: ...
    @property
    def addresses(self) -> AddressesPort: ...


class AddressNotFound(NotFound):
    """The UAVT code or the DASK policy number names no address (the server answered, but with an empty one)."""

    def __init__(self, typed: str, answer: NotFound | None = None) -> None:
        # The server's own words (e.g. "Mahalle koduna ait kayıt bulunamadı.") are kept for the log.
        detail = answer.detail if answer is not None and answer.detail else f"no address for {typed!r}"
        super().__init__(detail, status=404, trace_id=answer.trace_id if answer is not None else None)


@dataclass(frozen=True, slots=True)
class SavedProperty:
    property: Property
    label: str
    already_registered: bool = False


@dataclass(frozen=True, slots=True)
class PropertyChoice:
    """One of the customer's properties as the asset step lists it."""

    id: str
    number: int | None
    label: str


def property_label(found: Property | CustomerAsset) -> str:
    text = address_text(found.address.model_dump(mode="json") if found.address is not None else None)
    if text:
        KNOWN_ADDRESSES.remember(found.id, found.number, text)
        return text
    return f"UAVT {found.number}" if found.number else found.id


@dataclass(slots=True)
class PropertyService:
    client: PropertyClient
    # Address lists do not change during a session: each level is read once per parent.
    _levels: dict[tuple[int, str | None], list[ParameterItem]] = field(default_factory=dict)

    async def properties(self, customer_id: str) -> list[PropertyChoice]:
        """The customer's properties, from their assets (vehicles are listed by the vehicle part)."""
        assets = await self.client.properties.assets(customer_id)
        return [PropertyChoice(a.id, a.number, property_label(a)) for a in assets if a.kind == "property"]

    async def address_by_number(self, text: str) -> PropertyAddress:
        number = uavt_number(text)
        if number is None:
            raise ValueError("not a UAVT address code")
        try:
            address = await self.client.properties.address_by_number(number)
        except NotFound as exc:
            raise AddressNotFound(text, exc) from exc
        if not address.found:
            raise AddressNotFound(text)
        return address

    async def by_dask_old_policy(self, text: str) -> DaskOldPolicyProperty:
        number = dask_policy_number(text)
        if number is None:
            raise ValueError("not a DASK policy number")
        try:
            found = await self.client.properties.by_dask_old_policy(number)
        except NotFound as exc:
            raise AddressNotFound(text, exc) from exc
        if found.address is None or not found.address.found or not found.property_number:
            raise AddressNotFound(text)
        return found

    async def level(self, index: int, parent_reference: str | None = None) -> list[ParameterItem]:
        """One level of the address walk (0 = cities), read once per parent."""
        key = (index, parent_reference)
        if key not in self._levels:
            self._levels[key] = list(await self.client.addresses.level(index, parent_reference))
        return self._levels[key]

    async def konut_scopes(self) -> list[str]:
        """The insurance scopes at least one Konut product offers, in the contract's order."""
        offered = {scope for entry in await self.client.properties.konut_choices()
                   for scope in entry.coverage_choices.sigorta_kapsami}
        return [scope for scope in KONUT_SCOPES if scope in offered]

    async def save(self, customer_id: str, draft: PropertyDraft) -> SavedProperty:
        """Register the property to the customer; a home they already have on record is opened instead."""
        body = create_body(customer_id, draft)
        api = self.client.properties
        try:
            new_id = await api.create(customer_id, body)
        except Duplicate as exc:
            existing = await self._registered(customer_id, body.number, exc.existing_id)
            if existing is None:
                raise
            return SavedProperty(existing, property_label(existing), already_registered=True)
        saved = await api.get(customer_id, new_id)
        return SavedProperty(saved, property_label(saved))

    async def _registered(self, customer_id: str, number: int, existing_id: str | None) -> Property | None:
        api = self.client.properties
        if existing_id:
            return await api.get(customer_id, existing_id)
        return next((p for p in await api.list(customer_id) if p.number == number), None)
