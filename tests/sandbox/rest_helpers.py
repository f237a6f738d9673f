"""Helpers for the sandbox's REST tests (imported by the tests and by conftest.py)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx

VALID_CARD = {"number": "4242424242424242", "cvc": "123", "expiryMonth": "12", "expiryYear": "2030",
              "holderName": "AYSE YILMAZ"}


@dataclass
class Demo:
    customer_id: str
    vehicle_id: str
    agent_id: str
    company_id: str


MakeProposal = Callable[..., Awaitable[str]]


async def sign_in(http: httpx.AsyncClient, email: str = "gise@demo.acente") -> dict[str, str]:
    r = await http.post("/api/authentication:agent-user/login", json={"email": email, "password": "Demo1234!"})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['accessToken']}"}


def problem_of(response: httpx.Response, status: int) -> dict[str, Any]:
    """Assert a problem-details answer and return its body."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["type"].startswith("https://api.insurup.com/problems/")
    assert body["traceId"] and body["detail"]
    return body
