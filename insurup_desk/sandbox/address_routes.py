"""The address-parameter lists (addendum §A.1): each level asked by its parent's reference.

The query keys use British spelling (``neighbourhoodReference``) like the paths; any other key is refused by the
route's query check. A well-formed reference that names nothing answers an empty list, as an empty level does
(InsurUp's own site shows "Daire kaydı bulunamadı" for one).
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse

from . import addresses
from .auth import current_user
from .problems import bad_request
from .web import ok

# path tail -> (query key, level of the parent named by the key)
LEVEL_ROUTES: dict[str, tuple[str, int]] = {
    "districts": ("cityReference", 0),
    "towns": ("districtReference", 1),
    "neighbourhoods": ("townReference", 2),
    "streets": ("neighbourhoodReference", 3),
    "buildings": ("streetReference", 4),
    "apartments": ("buildingReference", 5),
}
BASE = "/api/address-parameters"


async def cities(request: Request) -> JSONResponse:
    current_user(request)
    return ok(addresses.items(()))


async def level(request: Request) -> JSONResponse:
    current_user(request)
    tail = request.url.path.rsplit("/", 1)[-1]
    key, parent_level = LEVEL_ROUTES[tail]
    reference = request.query_params.get(key)
    if reference is None or not reference.strip():
        raise bad_request(f"'{key}' parametresi zorunludur.", "REFERENCE_REQUIRED")
    path = addresses.decode(reference, parent_level)
    return ok(addresses.items(path) if path is not None else [])


def query_params() -> dict[str, tuple[str, ...]]:
    return {f"{BASE}/{tail}": (key,) for tail, (key, _level) in LEVEL_ROUTES.items()}
