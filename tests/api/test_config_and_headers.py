from __future__ import annotations

from collections.abc import Callable

import pytest
from api_fakes import FakeApi, ok, signed_in

from insurup_desk.api import ApiConfig, InsurUpClient


def test_defaults_point_at_production_with_separate_graphql_and_hub() -> None:
    config = ApiConfig()
    assert config.rest_base == "https://api.insurup.com/api/"
    assert config.graphql_url == "https://api.insurup.com/api/graphql"
    assert config.hub_origin == "https://api.insurup.com"
    assert config.timeout_s == 30.0
    assert config.accept_language == "tr-TR"


def test_settings_are_independent() -> None:
    config = ApiConfig(
        rest_base="https://api.example.com/api",
        graphql_url="https://gql.example.com/graphql",
        hub_origin="https://hubs.example.com/ignored/path",
    )
    assert config.rest_base == "https://api.example.com/api/"
    assert config.graphql_url == "https://gql.example.com/graphql"
    assert config.hub_origin == "https://hubs.example.com"


@pytest.mark.parametrize(
    "url",
    [
        "http://api.insurup.com/api/",
        "http://10.0.0.5:8080/api/",
        "ftp://127.0.0.1/api/",
        "not a url",
        "http://evil.localhost/api/",
    ],
)
def test_plain_http_is_refused_off_this_machine(url: str) -> None:
    with pytest.raises(ValueError):
        ApiConfig(rest_base=url)


def test_plain_http_graphql_elsewhere_is_refused() -> None:
    with pytest.raises(ValueError):
        ApiConfig(graphql_url="http://gql.example.com/graphql")


@pytest.mark.parametrize("origin", ["http://127.0.0.1:8765", "http://localhost:9000", "http://[::1]:8000"])
def test_loopback_http_is_allowed_for_the_sandbox(origin: str) -> None:
    config = ApiConfig.for_origin(origin)
    assert config.rest_base == origin + "/api/"
    assert config.graphql_url == origin + "/api/graphql"
    assert config.hub_origin == origin


@pytest.mark.asyncio
async def test_every_call_carries_agent_language_and_its_own_request_id(
    fake: FakeApi, make_client: Callable[..., InsurUpClient]
) -> None:
    fake.on("GET", "vehicle-parameters/brands", ok([{"value": "130", "text": "FIAT"}]))
    async with make_client() as client:
        await signed_in(client)
        await client.vehicles.brands()
        await client.vehicles.brands()
    calls = fake.calls("GET", "vehicle-parameters/brands")
    assert len(calls) == 2
    for request in calls:
        assert request.headers["user-agent"].startswith("InsurUpDesk/")
        assert request.headers["accept-language"] == "tr-TR"
        assert request.headers["authorization"] == "Bearer acc-1"
    ids = {r.headers["x-request-id"] for r in fake.requests}
    assert len(ids) == len(fake.requests)


@pytest.mark.asyncio
async def test_colon_paths_are_sent_unencoded(fake: FakeApi, make_client: Callable[..., InsurUpClient]) -> None:
    fake.on("GET", "coverage-choices:kasko", ok([]))
    async with make_client() as client:
        await signed_in(client)
        await client.coverage.kasko_choices("TAXI")
    login, choices = fake.requests[0], fake.requests[-1]
    assert login.url.raw_path == b"/api/authentication:agent-user/login"
    assert choices.url.raw_path == b"/api/coverage-choices:kasko?vehicleUtilizationStyle=2"
