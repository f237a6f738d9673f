"""Reference lists: vehicle brands and models, insurance companies."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse

from .auth import current_user
from .catalog import insurance_companies
from .deviations import refuse
from .parameters import brand_items, model_items
from .problems import bad_request, not_found
from .web import ok


async def brands(request: Request) -> JSONResponse:
    current_user(request)
    return ok(brand_items())


async def models(request: Request) -> JSONResponse:
    current_user(request)
    brand = request.query_params.get("brandReference")
    year_text = request.query_params.get("year")
    if not brand:
        raise bad_request("'brandReference' parametresi zorunludur.", "BRAND_REFERENCE_REQUIRED")
    if year_text is None:
        # The SDK always sends the model year; the list without it is not a call the contract has (§4).
        raise refuse(request, "models-without-year", "§4", "'year' parametresi zorunludur.",
                     code="YEAR_REQUIRED")
    if not year_text.isdigit():
        raise bad_request("'year' parametresi sayı olmalıdır.", "MODEL_BINDING_FAILED")
    items = model_items(brand, int(year_text))
    if items is None:
        raise not_found("Marka", "BRAND_NOT_FOUND")
    return ok(items)


async def companies(request: Request) -> JSONResponse:
    current_user(request)
    return ok(insurance_companies())
