"""A customer's properties, their assets, and the UAVT / DASK old-policy look-ups that find a home's address."""

from __future__ import annotations

from pydantic import TypeAdapter

from .models.properties import (
    CompanyKonutChoices,
    CustomerAsset,
    DaskOldPolicyProperty,
    Property,
    PropertyAddress,
    PropertyCreate,
    PropertyCreated,
    PropertyUpdate,
)
from .session import ApiSession, segment

PropertyList = list[Property]
AssetList = list[CustomerAsset]
_PROPERTIES = TypeAdapter(PropertyList)
_ASSETS = TypeAdapter(AssetList)
KonutChoiceList = list[CompanyKonutChoices]
_KONUT_CHOICES = TypeAdapter(KonutChoiceList)


class PropertiesApi:
    def __init__(self, session: ApiSession) -> None:
        self._s = session

    async def list(self, customer_id: str) -> PropertyList:
        return await self._s.call("GET", f"customers/{segment(customer_id)}/properties", _PROPERTIES, empty=b"[]")

    async def get(self, customer_id: str, property_id: str) -> Property:
        path = f"customers/{segment(customer_id)}/properties/{segment(property_id)}"
        return await self._s.call("GET", path, Property)

    async def create(self, customer_id: str, body: PropertyCreate) -> str:
        """Register the property and return its id. Never retried: a repeat registers the home twice."""
        wire = body.to_wire()
        wire["customerId"] = customer_id
        path = f"customers/{segment(customer_id)}/properties"
        created = await self._s.call("POST", path, PropertyCreated, json_body=wire, idempotent=False)
        return created.new_property_id

    async def update(self, customer_id: str, property_id: str, body: PropertyUpdate) -> None:
        wire = body.to_wire()
        wire["customerId"] = customer_id
        wire["propertyId"] = property_id
        path = f"customers/{segment(customer_id)}/properties/{segment(property_id)}"
        await self._s.request("PUT", path, json_body=wire)

    async def assets(self, customer_id: str) -> AssetList:
        """Everything the customer has on record to insure: vehicles and properties (``$type`` tells which)."""
        return await self._s.call("GET", f"customers/{segment(customer_id)}/assets", _ASSETS, empty=b"[]")

    async def address_by_number(self, property_number: int) -> PropertyAddress:
        """The address a UAVT address code names (POST with the number as a number, as the SDK sends it)."""
        return await self._s.call("POST", "properties/query-address-by-property-number", PropertyAddress,
                                  json_body={"propertyNumber": property_number}, idempotent=True)

    async def by_dask_old_policy(self, policy_number: int) -> DaskOldPolicyProperty:
        """The building an earlier DASK policy insured (the SDK's ``daskPolicyNumber`` key)."""
        return await self._s.call("POST", "properties/query-property-by-dask-old-policy", DaskOldPolicyProperty,
                                  json_body={"daskPolicyNumber": policy_number}, idempotent=True)

    async def konut_choices(self) -> KonutChoiceList:
        """Per-product Konut choices (insurance scope, inflation); the Konut coverage lives with its property."""
        return await self._s.call("GET", "coverage-choices:konut", _KONUT_CHOICES, empty=b"[]")
