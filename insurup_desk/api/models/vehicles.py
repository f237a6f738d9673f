"""Vehicles in the SDK shape: structured plate, document serial and model references."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, Literal

from pydantic import Field, field_validator

from insurup_desk.domain.plate import parse_plate

from .base import ApiModel, WireModel
from .common import ParameterItem


class Plate(ApiModel):
    """``34ABC123`` travels as ``{city: 34, code: "ABC123"}``."""

    city: int
    code: str

    @classmethod
    def parse(cls, text: str) -> Plate:
        """The wire form of a typed plate, by the desk's one plate rule (``domain.plate``)."""
        parsed = parse_plate(text)
        if parsed is None:
            raise ValueError(f"not a Turkish licence plate: {text!r}")
        return cls(city=parsed.city, code=parsed.code)

    @property
    def compact(self) -> str:
        return f"{self.city:02d}{self.code}"


class DocumentSerial(ApiModel):
    code: str
    number: str


class Fuel(ApiModel):
    type: str
    custom_lpg: bool | None = None
    custom_lpg_price: Decimal | None = None


class Accessory(ApiModel):
    type: Literal["audio", "display", "other"] | str = Field(default="other", alias="$type")
    price: Decimal

    def to_wire(self) -> dict[str, Any]:
        return {"$type": self.type, "price": float(self.price)}


class VehicleModel(ApiModel):
    brand: ParameterItem | None = None
    year: int | None = None
    type: ParameterItem | None = None


class OldPolicy(ApiModel):
    insurance_company_policy_number: str | None = None
    insurance_company_renewal_number: str | None = None
    insurance_company_reference: str | None = None
    agent_number: str | None = None
    end_date: dt.date | None = None


class Vehicle(ApiModel):
    id: str
    customer_id: str | None = None
    has_plate: bool | None = None
    plate: Plate | None = None
    model: VehicleModel | None = None
    utilization_style: str | None = None
    fuel: Fuel | None = None
    engine_number: str | None = None
    chassis_number: str | None = None
    registration_date: dt.date | None = None
    seat_number: int | None = None
    document_serial: DocumentSerial | None = None
    accessories: list[Accessory] = Field(default_factory=list)
    kasko_old_policy: OldPolicy | None = None
    trafik_old_policy: OldPolicy | None = None


class VehicleCreate(WireModel):
    """The SDK's create/update body. ``utilization_style`` and ``accessories`` are required there."""

    customer_id: str
    plate: Plate
    utilization_style: str = "PRIVATE_CAR"
    model_year: int | None = None
    brand_reference: str | None = None
    model_type_reference: str | None = None
    fuel: Fuel | None = None
    engine: str | None = None
    chassis: str | None = None
    document_serial: DocumentSerial | None = None
    registration_date: dt.date | None = None
    seat_number: int | None = None
    accessories: list[Accessory] = Field(default_factory=list)
    kasko_old_policy: OldPolicy | None = None
    trafik_old_policy: OldPolicy | None = None

    def to_wire(self) -> dict[str, Any]:
        body = super().to_wire()
        body["accessories"] = [a.to_wire() for a in self.accessories]
        return body


class VehicleLookup(ApiModel):
    """External (registry) look-up result; every field optional."""

    registration_date: dt.date | None = None
    plate: Plate | None = None
    document_serial: DocumentSerial | None = None
    model: VehicleModel | None = None
    chassis: str | None = None
    engine: str | None = None
    fuel_type: str | None = None
    price: Decimal | None = None
    currency: str | None = None
    utilization_style: str | None = None
    seat_number: int | None = None
    kasko_old_policy: OldPolicy | None = None
    trafik_old_policy: OldPolicy | None = None

    @field_validator("chassis", "engine", mode="before")
    @classmethod
    def _unwrap(cls, value: object) -> object:
        # Snapshot-style wrappers ({number: "..."}) appear in some answers.
        if isinstance(value, dict):
            return value.get("number") or value.get("value")
        return value
