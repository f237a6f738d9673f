"""HTTP face of the GraphQL engine: POST /api/graphql and /graphql, SDL at .../graphql/schema."""

from __future__ import annotations

from typing import Any, Protocol, cast

from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse

from .auth import current_user
from .problems import Problem, bad_request
from .realistic import ExactJSONResponse
from .state import Sandbox
from .web import parse_json, sandbox_of


class _Engine(Protocol):
    async def execute(self, query: str, variables: dict[str, Any] | None, operation_name: str | None,
                      agent_id: str) -> dict[str, Any]: ...

    def sdl(self) -> str: ...


def _engine(sb: Sandbox) -> _Engine:
    engine = getattr(sb, "graphql_engine", None)
    if engine is None:
        try:
            from .graphql import GraphQLEngine
        except ImportError:
            raise Problem(501, "feature-not-supported", "GraphQL bu sandbox sürümünde henüz yok.",
                          codes=["GRAPHQL_UNAVAILABLE"]) from None
        engine = GraphQLEngine(sb)
        sb.graphql_engine = engine
    return cast(_Engine, engine)


async def graphql(request: Request) -> JSONResponse:
    sb = sandbox_of(request)
    user = current_user(request)
    body = parse_json(request, await request.body())
    if not isinstance(body, dict) or not isinstance(body.get("query"), str):
        raise bad_request("'query' alanı zorunludur.", "GRAPHQL_QUERY_MISSING")
    variables = body.get("variables")
    if variables is not None and not isinstance(variables, dict):
        raise bad_request("'variables' bir nesne olmalıdır.", "GRAPHQL_VARIABLES_INVALID")
    result = await _engine(sb).execute(body["query"], variables, body.get("operationName"), user.agent_id)
    return ExactJSONResponse(result, status_code=200)


async def schema(request: Request) -> PlainTextResponse:
    return PlainTextResponse(_engine(sandbox_of(request)).sdl())
