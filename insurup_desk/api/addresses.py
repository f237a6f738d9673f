"""The address lists a home is found by without its UAVT code: il → ilçe → bucak/köy → mahalle → sokak → bina → daire.

The routes spell ``neighbourhoods`` the British way while the address object says ``neighborhood``; each level
is read with the chosen parent's ``value`` as its reference.
"""

from __future__ import annotations

from typing import Final

from pydantic import TypeAdapter

from .models.common import ParameterItem
from .session import ApiSession

ParameterList = list[ParameterItem]
_PARAMS = TypeAdapter(ParameterList)

# Each level: (route under ``address-parameters/``, the query key naming its parent).
LEVELS: Final = (
    ("cities", None),
    ("districts", "cityReference"),
    ("towns", "districtReference"),
    ("neighbourhoods", "townReference"),
    ("streets", "neighbourhoodReference"),
    ("buildings", "streetReference"),
    ("apartments", "buildingReference"),
)


class AddressesApi:
    def __init__(self, session: ApiSession) -> None:
        self._s = session

    async def level(self, index: int, parent_reference: str | None = None) -> ParameterList:
        """The entries of one level (0 = cities) under the chosen parent (None for the cities)."""
        route, key = LEVELS[index]
        params = {key: parent_reference} if key is not None and parent_reference is not None else None
        if key is not None and parent_reference is None:
            raise ValueError(f"the {route} list needs its parent's reference")
        return await self._s.call("GET", f"address-parameters/{route}", _PARAMS, params=params, empty=b"[]")

    async def cities(self) -> ParameterList:
        return await self.level(0)
