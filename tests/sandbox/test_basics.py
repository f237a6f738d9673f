"""Problem details everywhere, colon paths, the Bearer requirement, health."""

from __future__ import annotations

import httpx
import pytest
from rest_helpers import problem_of

from insurup_desk.sandbox import SandboxServer


@pytest.mark.asyncio
async def test_unknown_route_is_a_problem(asgi_http: httpx.AsyncClient) -> None:
    body = problem_of(await asgi_http.get("/api/does-not-exist"), 404)
    assert body["type"].endswith("/endpoint-not-found")
    assert body["instance"] == "/api/does-not-exist"
    assert set(body) >= {"title", "codes", "suggestions"}


@pytest.mark.asyncio
async def test_wrong_method_is_a_problem(asgi_http: httpx.AsyncClient) -> None:
    body = problem_of(await asgi_http.delete("/api/proposals"), 405)
    assert body["type"].endswith("/method-not-allowed")


@pytest.mark.asyncio
async def test_percent_encoded_colon_reaches_the_same_route(asgi_http: httpx.AsyncClient) -> None:
    creds = {"email": "gise@demo.acente", "password": "Demo1234!"}
    plain = await asgi_http.post("/api/authentication:agent-user/login", json=creds)
    encoded = await asgi_http.post("/api/authentication%3Aagent-user/login", json=creds)
    assert plain.status_code == encoded.status_code == 200


@pytest.mark.asyncio
@pytest.mark.parametrize("path", ["/api/agent-users/me", "/api/customers/11111111110", "/api/insurance-companies",
                                  "/api/coverage-groups", "/api/vehicle-parameters/brands"])
async def test_bearer_token_required(asgi_http: httpx.AsyncClient, path: str) -> None:
    body = problem_of(await asgi_http.get(path), 401)
    assert body["type"].endswith("/unauthorized")
    problem_of(await asgi_http.get(path, headers={"Authorization": "Bearer not-a-token"}), 401)


@pytest.mark.asyncio
async def test_graphql_needs_a_token_but_schema_is_anonymous(asgi_http: httpx.AsyncClient) -> None:
    problem_of(await asgi_http.post("/api/graphql", json={"query": "{ __typename }"}), 401)
    for path in ("/graphql/schema", "/api/graphql/schema"):
        r = await asgi_http.get(path)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
        assert "policiesNew" in r.text


@pytest.mark.asyncio
async def test_malformed_json_is_a_400_problem(asgi_http: httpx.AsyncClient, auth: dict[str, str]) -> None:
    r = await asgi_http.post("/api/customers", content=b"{nope", headers={**auth, "Content-Type": "application/json"})
    problem_of(r, 400)


@pytest.mark.asyncio
async def test_health_reports_the_seed(asgi_http: httpx.AsyncClient) -> None:
    r = await asgi_http.get("/_sandbox/health")
    assert r.status_code == 200
    assert r.json()["status"] == "ok" and r.json()["policies"] > 100


def test_server_runs_on_a_free_port(sandbox_app: object) -> None:
    with SandboxServer(sandbox_app, port=0) as server:
        assert server.port > 0
        r = httpx.get(server.url + "/_sandbox/health", timeout=5)
        assert r.status_code == 200
