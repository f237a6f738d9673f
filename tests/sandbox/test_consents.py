"""KVKK / ETK consents: state and history with who and how, give and revoke, the SDK's drift shapes refused."""

from __future__ import annotations

import httpx
import pytest
from rest_helpers import Demo, problem_of

from insurup_desk.sandbox import Sandbox


def refused(sandbox: Sandbox) -> list[str]:
    return [e.rule for e in sandbox.deviations.entries() if e.kind == "refused"]


@pytest.mark.asyncio
async def test_give_and_revoke_keep_history_by_the_agent_user(
        asgi_http: httpx.AsyncClient, auth: dict[str, str], sandbox: Sandbox, demo: Demo) -> None:
    path = f"/api/customers/{demo.customer_id}/consents"
    before = (await asgi_http.get(path, headers=auth)).json()
    assert {"consents", "history"} <= set(before) and not {"activeConsents", "consentHistory"} & set(before)
    assert {c["consentType"]: c["isActive"] for c in before["consents"]} == {"KVKK": True, "ETK": False}
    assert [h["action"] for h in before["history"]] == ["GIVEN"]  # the seeded KVKK consent
    give = {"consentType": "ETK", "channel": "MANUAL", "customerId": demo.customer_id}
    assert (await asgi_http.post(path, json=give, headers=auth)).status_code == 204
    assert (await asgi_http.delete(f"{path}/KVKK", headers=auth)).status_code == 204
    after = (await asgi_http.get(path, headers=auth)).json()
    assert {c["consentType"]: c["isActive"] for c in after["consents"]} == {"KVKK": False, "ETK": True}
    added = after["history"][1:]
    assert [(h["consentType"], h["action"], h["channel"]) for h in added] == [
        ("ETK", "GIVEN", "MANUAL"), ("KVKK", "REVOKED", "MANUAL")]
    me = (await asgi_http.get("/api/agent-users/me", headers=auth)).json()
    assert {h["performedBy"]["id"] for h in added} == {me["id"]} and all(h["performedAt"] for h in added)
    customer = (await asgi_http.get(f"/api/customers/{demo.customer_id}", headers=auth)).json()
    assert {c["consentType"]: c["isActive"] for c in customer["consents"]} == {"KVKK": False, "ETK": True}
    # Giving what is already given changes nothing.
    assert (await asgi_http.post(path, json=give, headers=auth)).status_code == 204
    assert len((await asgi_http.get(path, headers=auth)).json()["history"]) == 3


@pytest.mark.asyncio
async def test_drift_shapes_are_refused(asgi_http: httpx.AsyncClient, auth: dict[str, str], sandbox: Sandbox,
                                        demo: Demo) -> None:
    path = f"/api/customers/{demo.customer_id}/consents"
    drift = {"consentType": "ETK", "consentDate": "2026-12-01", "source": "MANUAL"}
    problem_of(await asgi_http.post(path, json=drift, headers=auth), 422)
    no_customer = {"consentType": "ETK", "channel": "MANUAL"}
    problem_of(await asgi_http.post(path, json=no_customer, headers=auth), 422)
    problem_of(await asgi_http.post(f"{path}/revoke", json={"consentType": "KVKK"}, headers=auth), 404)
    problem_of(await asgi_http.post(path, json={**no_customer, "customerId": demo.customer_id,
                                                "channel": "PHONE"}, headers=auth), 422)
    problem_of(await asgi_http.delete(f"{path}/SMS", headers=auth), 422)
    assert refused(sandbox) == ["consent-drift-body", "consent-customer-id", "consent-revoke-route"]
    assert len((await asgi_http.get(path, headers=auth)).json()["history"]) == 1


@pytest.mark.asyncio
async def test_another_agencys_customer_has_no_consents(asgi_http: httpx.AsyncClient, auth: dict[str, str]) -> None:
    problem_of(await asgi_http.get("/api/customers/00000000-0000-0000-0000-000000000000/consents", headers=auth), 404)
