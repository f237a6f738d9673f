"""The list cell for what a row insures: the plate for a vehicle, the home's address for DASK and Konut
(its UAVT code while the desk has not read the address), the insured person for TSS."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from insurup_desk.domain.plate import format_plate
from insurup_desk.services.property_text import KNOWN_ADDRESSES
from insurup_desk.services.sale_steps import BRANCH_STEPS, AssetKind
from insurup_desk.ui.tables.columns import TableSpec

Row = tuple[Any, ...]


def _at(spec: TableSpec, name: str) -> int | None:
    return spec.index_of(name) if name in spec.fields else None


def asset_formatter(spec: TableSpec) -> Callable[[Row], str]:
    branch_i = spec.index_of("productBranch")
    code_i, city_i = _at(spec, "vehiclePlateCode"), _at(spec, "vehiclePlateCity")
    property_i, number_i = _at(spec, "propertyId"), _at(spec, "propertyNumber")
    insured_i = _at(spec, "insuredCustomerName")
    unknown = QCoreApplication.translate("Cells", "Adres kodu %1")

    def text(row: Row) -> str:
        steps = BRANCH_STEPS.get(str(row[branch_i] or ""))
        kind = steps.asset if steps is not None else AssetKind.VEHICLE
        if kind is AssetKind.PROPERTY:
            property_id = row[property_i] if property_i is not None else None
            number = row[number_i] if number_i is not None else None
            known = KNOWN_ADDRESSES.text_for(property_id, number)
            if known:
                return known
            return unknown.replace("%1", str(number)) if number else ""
        if kind is AssetKind.HEALTH:
            return str(row[insured_i] or "") if insured_i is not None else ""
        code = row[code_i] if code_i is not None else None
        if not code:
            return ""
        city = row[city_i] if city_i is not None else None
        return format_plate(int(city) if city is not None else None, code)

    return text
