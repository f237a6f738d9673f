"""Walking the sandbox's address lists through the property service, the way the address walk does."""

from __future__ import annotations

from insurup_desk.api.models import ParameterItem
from insurup_desk.services.api_ports import PropertiesPort
from insurup_desk.services.property_service import WALK_LEVELS, PropertyService

# Ayşe Yılmaz's seeded flat (the documented test customer): Kadıköy, Caferağa Mahallesi, Moda Caddesi No: 5.
AYSE = "11111111110"
AYSE_DASK_OLD_POLICY = "34512876"
PATH_TO_MODA = ("İstanbul", "Kadıköy", "Merkez", "Caferağa Mahallesi", "Moda Caddesi", "No: 5")


async def walk_to_building(service: PropertyService, names: tuple[str, ...] = PATH_TO_MODA) -> list[ParameterItem]:
    """The flats of the building the names lead to (one name per level, from the city down)."""
    parent: str | None = None
    for index, name in enumerate(names):
        items = await service.level(index, parent)
        chosen = next((i for i in items if i.text == name), None)
        assert chosen is not None, f"no {WALK_LEVELS[index]} named {name!r} in {[i.text for i in items]}"
        parent = chosen.value
    return await service.level(len(names), parent)


async def ayse_uavt(properties: PropertiesPort, customer_id: str) -> str:
    """The UAVT code of the flat Ayşe has on record (read from the server, as the asset step lists it)."""
    homes = await properties.list(customer_id)
    assert homes and homes[0].number is not None
    return str(homes[0].number)
