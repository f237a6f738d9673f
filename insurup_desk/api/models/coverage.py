"""Coverage groups (agency packages) and per-product coverage choices."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import Field

from .base import ApiModel

# The kasko choices endpoint binds the utilisation style from the query string as its integer ordinal.
UTILIZATION_STYLE_ORDINALS: dict[str, int] = {
    name: i
    for i, name in enumerate(
        [
            "UNKNOWN",
            "PRIVATE_CAR",
            "TAXI",
            "ROUTE_BASED_MINIBUS",
            "MEDIUM_BUS",
            "LARGE_BUS",
            "PICKUP_TRUCK",
            "CLOSED_BED_PICKUP",
            "TRUCK",
            "CONSTRUCTION_MACHINERY",
            "TRACTOR",
            "TRAILER",
            "MOTORCYCLE",
            "TANKER",
            "TOW_TRUCK",
            "MOTORIZED_CARAVAN",
            "TOWABLE_CARAVAN",
            "AGRICULTURAL_MACHINE_EXCLUDING_TRACTOR",
            "OPEN_BODY_TRUCK",
            "RENTAL_CAR",
            "ARMORED_VEHICLE",
            "MINIBUS_SHARED_TAXI",
            "JEEP",
            "JEEP_SAV",
            "JEEP_SUV",
            "JEEP_RENTAL",
            "JEEP_TAXI",
            "AMBULANCE",
            "FIREFIGHTER_CAR",
            "HEARSE",
            "CHAUFFEURED_RENTAL_CAR",
            "OPERATIONAL_RENTAL",
            "PRIVATE_MINIBUS",
            "ROUTE_MINIBUS",
            "SERVICE_MINIBUS",
            "COMPANY_MINIBUS",
            "RENTAL_MINIBUS",
            "AMBULANCE_MINIBUS",
            "MINIBUS_BROADCASTING_VEHICLE",
            "MINIBUS_ARMORED_TRANSPORT",
            "SMALL_BUS_15_35_PASSENGERS",
            "SMALL_BUS_SERVICE",
            "SMALL_BUS_CITY",
            "SMALL_BUS_ROUTE",
            "LARGE_BUS_36_PLUS",
            "DUMP_TRUCK",
            "REFRIGERATED_TRUCK",
            "TRUCK_WITH_CONCRETE_MIXER",
            "SILO_TRUCK",
            "TRUCK_WITH_CONCRETE_PUMP",
            "ROCK_TRUCK",
            "TRUCK_WITH_CRANE",
            "HEAVY_MACHINERY",
            "EXCAVATOR",
            "LOADER",
            "BULLDOZER",
            "SCRAPER",
            "GRADER",
            "ROAD_ROLLER",
            "MOBILE_CRANE",
            "INDOOR_FORKLIFT",
            "OUTDOOR_FORKLIFT",
            "MOBILE_COMPRESSOR",
            "MOBILE_PUMP",
            "MOBILE_WELDING_MACHINE",
            "COMBINE_HARVESTER",
            "TANKER_ACID_CARRIER",
            "TANKER_WATER_FUEL_CARRIER",
            "TANKER_EXPLOSIVE_FLAMMABLE",
            "TOW_TRUCK_TRACTOR",
            "TOW_TRUCK_TANKER",
            "PANEL_GLASS_VAN_MINUBUS",
        ]
    )
}


def utilization_ordinal(style: str | int) -> int:
    if isinstance(style, int):
        return style
    try:
        return UTILIZATION_STYLE_ORDINALS[style.upper()]
    except KeyError:
        raise ValueError(f"unknown vehicle utilization style: {style!r}") from None


class CoverageTableRow(ApiModel):
    coverage: dict[str, Any] | None = None
    insurance_company_id: int | None = None
    type: str | None = None
    product_id: int | None = None


class CoverageGroup(ApiModel):
    id: str
    name: str
    description: str | None = None
    product_branch: str | None = None
    coverage_table: list[CoverageTableRow] = Field(default_factory=list)
    vehicle_utilization_style: str | None = None
    is_default: bool = False
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None


class KaskoCoverageChoice(ApiModel):
    """One entry per insurance *product*: key by ``product_id``, not by company."""

    insurance_company_id: int
    product_type: str | None = None
    product_id: int | None = None
    coverage_choices: dict[str, Any] = Field(default_factory=dict)
