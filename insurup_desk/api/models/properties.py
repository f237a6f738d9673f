"""Properties (DASK / Konut) in the SDK shape: the UAVT-numbered home, its building facts and address.

The building facts are fixed enums of the contract (no endpoint lists them); values this client has never
seen are kept as plain strings. ``floor.totalFloors`` is a NumericQuantity (a range, an exact number or
"more than"); older servers send a bare number, which is read as an exact count.
"""

from __future__ import annotations

from typing import Any, Final

from pydantic import Field, field_validator, model_validator

from .base import ApiModel, WireModel
from .common import ParameterItem
from .proposals import ProposalCreate

STRUCTURES: Final = ("STEEL_REINFORCED_CONCRETE", "OTHER", "UNKNOWN")
DAMAGE_STATES: Final = ("NONE", "SLIGHTLY_DAMAGED", "MODERATELY_DAMAGED", "SEVERELY_DAMAGED", "UNKNOWN")
UTILIZATION_STYLES: Final = ("HOUSE", "BUSINESS", "OTHER", "UNKNOWN")
OWNERSHIP_TYPES: Final = ("PROPRIETOR", "TENANT", "UNKNOWN")
# SigortaKapsami: plain values sent as they are.
KONUT_SCOPES: Final = ("KONUT_VE_ESYA", "SADECE_ESYA", "SADECE_KONUT")


def _unwrap_number(value: object) -> object:
    # ``customers/{id}/assets`` and snapshots wrap the number as ``{value}``; the property reads send it bare.
    if isinstance(value, dict) and "value" in value:
        value = value["value"]
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return value


class PropertyAddress(ApiModel):
    """Each part is a ``{value, text, reference?}`` entry of the address lists."""

    city: ParameterItem | None = None
    district: ParameterItem | None = None
    town: ParameterItem | None = None
    neighborhood: ParameterItem | None = None
    street: ParameterItem | None = None
    building: ParameterItem | None = None
    apartment: ParameterItem | None = None

    @property
    def found(self) -> bool:
        """A lookup answer that names a place (an empty city or district means the number was wrong)."""
        return all(part is not None and (part.value or part.text) for part in (self.city, self.district))


class FloorCount(ApiModel):
    """NumericQuantity: ``{"$type": "range", min, max}``, ``{"$type": "exact", value}`` or ``"exceeding"``."""

    kind: str = Field(default="range", alias="$type")
    min: int | None = None
    max: int | None = None
    value: int | None = None

    @model_validator(mode="before")
    @classmethod
    def _plain_number(cls, raw: object) -> object:
        if isinstance(raw, int) and not isinstance(raw, bool):
            return {"$type": "exact", "value": raw}
        return raw

    def to_wire(self) -> dict[str, Any]:
        if self.kind == "range":
            return {"$type": "range", "min": self.min, "max": self.max}
        return {"$type": self.kind, "value": self.value}


class PropertyFloor(ApiModel):
    total_floors: FloorCount | None = None
    current_floor: int | None = None

    def to_wire(self) -> dict[str, Any]:
        return {"totalFloors": self.total_floors.to_wire() if self.total_floors else None,
                "currentFloor": self.current_floor}


class DaskOldPolicy(ApiModel):
    number: int | str | None = None
    end_date: str | None = None


class Property(ApiModel):
    """``GetCustomerPropertyByIdResult`` (the list item is the same without ``daskOldPolicy``)."""

    id: str
    customer_id: str | None = None
    number: int | None = None
    address: PropertyAddress | None = None
    square_meter: int | None = None
    construction_year: int | None = None
    damage_status: str | None = None
    floor: PropertyFloor | None = None
    structure: str | None = None
    utilization_style: str | None = None
    ownership_type: str | None = None
    loss_payee_clause: dict[str, Any] | None = None
    dask_old_policy: DaskOldPolicy | None = None

    @field_validator("number", "square_meter", "construction_year", mode="before")
    @classmethod
    def _bare_number(cls, value: object) -> object:
        return _unwrap_number(value)


class PropertyWrite(WireModel):
    """The fields a property create and update share (``floor`` is written through ``to_wire``)."""

    customer_id: str
    dask_old_policy_number: int | None = None
    square_meter: int | None = None
    construction_year: int | None = None
    loss_payee_clause: dict[str, Any] | None = None
    damage_status: str
    floor: PropertyFloor
    structure: str
    utilization_style: str
    ownership_type: str

    def to_wire(self) -> dict[str, Any]:
        body = self.model_dump(by_alias=True, mode="json", exclude={"discriminator", "floor"})
        # Nullable fields are required by the contract: sent as null rather than left out.
        body["floor"] = self.floor.to_wire()
        return body


class PropertyCreate(PropertyWrite):
    """``POST customers/{id}/properties``: the UAVT number names the address (there is no address field)."""

    number: int


class PropertyUpdate(PropertyWrite):
    """``PUT customers/{id}/properties/{pid}``: everything but the number (it cannot change)."""

    property_id: str


class PropertyCreated(ApiModel):
    new_property_id: str = Field(min_length=1)


class DaskOldPolicyProperty(ApiModel):
    """What the DASK old-policy lookup knows about the insured building."""

    dask_old_policy: DaskOldPolicy | None = None
    property_number: int | None = None
    address: PropertyAddress | None = None
    floor: PropertyFloor | None = None
    construction_year: int | None = None
    structure: str | None = None
    damage_status: str | None = None
    utilization_style: str | None = None
    ownership_type: str | None = None
    square_meter: int | None = None

    @field_validator("property_number", mode="before")
    @classmethod
    def _bare_number(cls, value: object) -> object:
        return _unwrap_number(value)


class CustomerAsset(ApiModel):
    """One entry of ``customers/{id}/assets``: ``$type`` ``vehicle`` or ``property`` (number wrapped ``{value}``)."""

    kind: str = Field(default="", alias="$type")
    id: str
    customer_id: str | None = None
    created_at: str | None = None
    number: int | None = None
    address: PropertyAddress | None = None
    plate: dict[str, Any] | None = None
    model: dict[str, Any] | None = None

    @field_validator("number", mode="before")
    @classmethod
    def _bare_number(cls, value: object) -> object:
        return _unwrap_number(value)


class KonutProposalCreate(ProposalCreate):
    """``$type: konut``: the declared item values (TL), the earthquake and vacancy options (0/1), the scope."""

    furniture_price: int
    electronic_device_price: int
    insulation_price: int
    window_price: int
    construction_cost_per_square_meter: int | None = None
    earthquake_coverage_option: int  # 0 = no, 1 = yes
    vacancy_duration_option: int  # 0 = under a month, 1 = over a month


class KonutCoverageChoices(ApiModel):
    """What one Konut product lets the agency choose (``sigortaKapsami`` values are sent as they are)."""

    enflasyon: list[dict[str, Any]] = Field(default_factory=list)
    sigorta_kapsami: list[str] = Field(default_factory=list)


class CompanyKonutChoices(ApiModel):
    """One entry of ``coverage-choices:konut``: one per product (older servers omit ``productId``)."""

    insurance_company_id: int | None = None
    product_type: str | None = None
    product_id: int | None = None
    coverage_choices: KonutCoverageChoices = Field(default_factory=KonutCoverageChoices)
