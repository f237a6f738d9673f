"""Vehicles of a customer and the vehicle parameter lists."""

from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter

from .models.common import IdResponse, ParameterItem
from .models.vehicles import DocumentSerial, Plate, Vehicle, VehicleCreate, VehicleLookup
from .session import ApiSession, segment

VehicleList = list[Vehicle]
ParameterList = list[ParameterItem]
_VEHICLES = TypeAdapter(VehicleList)
_PARAMS = TypeAdapter(ParameterList)


class VehiclesApi:
    def __init__(self, session: ApiSession) -> None:
        self._s = session

    async def list(self, customer_id: str) -> VehicleList:
        return await self._s.call("GET", f"customers/{segment(customer_id)}/vehicles", _VEHICLES, empty=b"[]")

    async def get(self, customer_id: str, vehicle_id: str) -> Vehicle:
        return await self._s.call("GET", f"customers/{segment(customer_id)}/vehicles/{segment(vehicle_id)}", Vehicle)

    async def create(self, customer_id: str, body: VehicleCreate) -> str:
        wire = body.to_wire()
        wire["customerId"] = customer_id
        path = f"customers/{segment(customer_id)}/vehicles"
        created = await self._s.call("POST", path, IdResponse, json_body=wire, idempotent=False)
        return created.id

    async def update(self, customer_id: str, vehicle_id: str, body: VehicleCreate) -> None:
        wire = body.to_wire()
        wire["customerId"] = customer_id
        wire["vehicleId"] = vehicle_id
        path = f"customers/{segment(customer_id)}/vehicles/{segment(vehicle_id)}"
        await self._s.request("PUT", path, json_body=wire)

    async def external_lookup(
        self, customer_id: str, plate: Plate | str, document_serial: DocumentSerial | None = None
    ) -> VehicleLookup:
        """Registry (Tramer) look-up by plate and registration document serial."""
        plate_obj = Plate.parse(plate) if isinstance(plate, str) else plate
        body: dict[str, Any] = {"customerId": customer_id, "plate": plate_obj.model_dump(mode="json")}
        if document_serial is not None:
            body["documentSerial"] = document_serial.model_dump(mode="json")
        path = f"customers/{segment(customer_id)}/vehicles/external-lookup"
        # An empty answer means the registry knows nothing more: an empty look-up, as before.
        return await self._s.call("POST", path, VehicleLookup, json_body=body, idempotent=False, empty=b"{}")

    async def brands(self) -> ParameterList:
        return await self._s.call("GET", "vehicle-parameters/brands", _PARAMS, empty=b"[]")

    async def models(self, brand_reference: str, year: int) -> ParameterList:
        params = {"brandReference": brand_reference, "year": year}
        return await self._s.call("GET", "vehicle-parameters/models", _PARAMS, params=params, empty=b"[]")
