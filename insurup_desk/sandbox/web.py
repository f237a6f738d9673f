"""Small request/response helpers shared by the route modules."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, cast

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .deviations import refuse
from .problems import Problem, bad_request
from .state import Sandbox


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # System.Text.Json refuses a property given twice; json.loads would silently keep the last one.
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise _DuplicateKey(key)
        seen[key] = value
    return seen


def parse_json(request: Request, raw: bytes) -> Any:
    try:
        return json.loads(raw or b"{}", object_pairs_hook=_no_duplicates)
    except _DuplicateKey as dup:
        raise refuse(request, "duplicate-json-key", "§1.5", f"'{dup.key}' alanı gövdede birden fazla kez var.",
                     code="DUPLICATE_PROPERTY") from None
    except ValueError:
        raise bad_request("İstek gövdesi geçerli bir JSON değil.", "MALFORMED_JSON") from None


def sandbox_of(request: Request) -> Sandbox:
    return cast(Sandbox, request.app.state.sandbox)


async def json_body(request: Request) -> dict[str, Any]:
    ctype = request.headers.get("content-type", "")
    raw = await request.body()
    if raw and "json" not in ctype:
        raise Problem(415, "unsupported-media-type", "İstek gövdesi JSON olmalıdır.", codes=["UNSUPPORTED_MEDIA"])
    body = parse_json(request, raw)
    if not isinstance(body, dict):
        raise bad_request("İstek gövdesi bir JSON nesnesi olmalıdır.", "MALFORMED_JSON")
    return body


def discriminator(body: dict[str, Any], allowed: Iterable[str], *, required: bool = True) -> str | None:
    """The ``$type`` of a polymorphic body; like the real server it must be the first property."""
    allowed = tuple(allowed)
    if "$type" not in body:
        if required:
            raise bad_request(
                f"'$type' alanı zorunludur ({', '.join(allowed)}).", "TYPE_DISCRIMINATOR_MISSING"
            )
        return None
    if next(iter(body)) != "$type":
        raise bad_request("'$type' alanı gövdenin ilk alanı olmalıdır.", "TYPE_DISCRIMINATOR_NOT_FIRST")
    value = body["$type"]
    if value not in allowed:
        raise bad_request(f"Bilinmeyen '$type' değeri: {value!r}.", "TYPE_DISCRIMINATOR_UNKNOWN")
    return str(value)


def ok(payload: Any, status: int = 200) -> JSONResponse:
    return JSONResponse(payload, status_code=status)


def no_content() -> Response:
    return Response(status_code=204)


def path_param(request: Request, name: str) -> str:
    return str(request.path_params[name])
