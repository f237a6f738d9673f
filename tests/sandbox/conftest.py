"""Fixtures for the sandbox's REST tests: a signed-in agent and the documented demo records."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import pytest_asyncio
from rest_helpers import Demo, MakeProposal, sign_in

from insurup_desk.sandbox import Sandbox


@pytest_asyncio.fixture
async def auth(asgi_http: httpx.AsyncClient) -> dict[str, str]:
    return await sign_in(asgi_http)


@pytest.fixture
def demo(sandbox: Sandbox) -> Demo:
    ayse = next(c for c in sandbox.customers.values() if c.data.get("identityNumber") == "11111111110")
    company = next(c for c in sandbox.customers.values() if c.data.get("taxNumber") == "6130782524")
    vehicle = next(v for v in sandbox.vehicles.values() if v.customer_id == ayse.id)
    return Demo(ayse.id, vehicle.id, ayse.agent_id, company.id)


@pytest.fixture
def make_proposal(asgi_http: httpx.AsyncClient, auth: dict[str, str], demo: Demo) -> MakeProposal:
    async def create(branch: str = "trafik", **extra: Any) -> str:
        body = {"$type": branch, "productBranch": branch.upper(), "insurerCustomerId": demo.customer_id,
                "insuredCustomerId": demo.customer_id, "vehicleId": demo.vehicle_id, "channel": "CALL_CENTER",
                **extra}
        r = await asgi_http.post("/api/proposals", json=body, headers=auth)
        assert r.status_code == 200, r.text
        return str(r.json()["proposalId"])

    return create
