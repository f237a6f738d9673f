"""Request-shape rules every REST route shares: the query parameters a route binds, and no body on a GET.

Each route is wrapped by :func:`strict_route`, which refuses (and logs as a deviation) a query parameter the route
does not bind — ASP.NET would ignore it silently, so a client relying on it (``?insuranceCompanyId`` on kasko
coverage choices, §16 #24) is wrong against the real API without ever noticing — and a GET that carries a body
(§1.2: the SDK sets a content type only when it sends a body, and sends none on GET).
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Iterable

from starlette.requests import Request
from starlette.responses import Response

from .deviations import refuse
from .realistic import decorate

Endpoint = Callable[[Request], Awaitable[Response]]
# Query parameters that are the documented spelling of another route's rule (reference section for the message).
_RULED_OUT = {"insuranceCompanyId": "§16 #24", "neighborhoodReference": "addendum §A.1"}


def _has_body(request: Request) -> bool:
    length = request.headers.get("content-length")
    if length is not None:
        return length.strip() not in ("", "0")
    return "transfer-encoding" in request.headers


def check_request(request: Request, query: frozenset[str]) -> None:
    if request.method in ("GET", "HEAD") and _has_body(request):
        raise refuse(request, "get-with-body", "§1.2", "GET isteği gövde taşıyamaz.", code="GET_WITH_BODY")
    for name in request.query_params:
        if name not in query:
            ref = _RULED_OUT.get(name, "§4")
            raise refuse(request, "unknown-query-parameter", ref,
                         f"'{name}' bu uç noktanın bir sorgu parametresi değil.", code="UNKNOWN_QUERY_PARAMETER")


def strict_route(endpoint: Endpoint, query: Iterable[str] = ()) -> Endpoint:
    allowed = frozenset(query)

    @functools.wraps(endpoint)
    async def checked(request: Request) -> Response:
        check_request(request, allowed)
        response = await endpoint(request)
        return decorate(response) if request.app.state.sandbox.config.realistic else response

    return checked
