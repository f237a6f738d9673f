"""Health info (addendum §B.1) and the family relationships of the TSS guide (§B.4)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from branch_helpers import plain, rules
from rest_helpers import Demo, problem_of

from insurup_desk.sandbox import Sandbox, SandboxConfig, create_app
from insurup_desk.sandbox.seed_assets import AYSE_CHILD_TCKN, AYSE_SPOUSE_TCKN

pytestmark = pytest.mark.asyncio


def health_path(customer_id: str) -> str:
    return f"/api/customers/{customer_id}/health-info"


def body(customer_id: str, **changes: Any) -> dict[str, Any]:
    return {"customerId": customer_id, "height": 172, "weight": 70, "surgeries": [], "diseases": [], **changes}


def someone_without_health(sandbox: Sandbox, demo: Demo) -> str:
    return next(c.id for c in sandbox.customers.values()
                if c.agent_id == demo.agent_id and c.data["type"] == "INDIVIDUAL" and c.id not in sandbox.health_info)


async def test_put_then_get(asgi_http: httpx.AsyncClient, auth: dict[str, str], sandbox: Sandbox,
                            demo: Demo) -> None:
    cid = someone_without_health(sandbox, demo)
    problem_of(await asgi_http.get(health_path(cid), headers=auth), 404)  # nothing entered yet
    r = await asgi_http.put(health_path(cid), json=body(cid, diseases=["HEART_FAILURE"]), headers=auth)
    assert r.status_code == 204, r.text
    got = plain((await asgi_http.get(health_path(cid), headers=auth)).json())
    assert got == {"height": 172, "weight": 70, "surgeries": [], "diseases": ["HEART_FAILURE"]}
    r = await asgi_http.put(health_path(cid), json=body(cid, height=None, weight=None), headers=auth)
    assert r.status_code == 204  # optional in the SDK contract; the proposal then asks for them


async def test_the_docs_answer_with_the_updated_info() -> None:
    config = SandboxConfig.for_tests()
    config.health_info_put_returns_body = True
    app = create_app(config)
    sandbox: Sandbox = app.state.sandbox
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sandbox.test") as http:
        r = await http.post("/api/authentication:agent-user/login",
                            json={"email": "gise@demo.acente", "password": "Demo1234!"})
        auth = {"Authorization": f"Bearer {r.json()['accessToken']}"}
        cid = next(c.id for c in sandbox.customers.values() if c.data.get("identityNumber") == "11111111110")
        r = await http.put(health_path(cid), json=body(cid, weight=63), headers=auth)
        assert r.status_code == 200 and plain(r.json())["weight"] == 63


@pytest.mark.parametrize(("change", "status", "field"), [
    ({"height": "172"}, 422, "height"),
    ({"height": 172.5}, 422, "height"),
    ({"weight": 900}, 422, "weight"),
    ({"diseases": ["DIABETES"]}, 422, "diseases"),
    ({"diseases": ["cancer"]}, 422, "diseases"),
    ({"surgeries": None}, 422, "surgeries"),
    ({"bloodType": "A+"}, 422, "bloodType"),
    ({"surgeries": ["OTHER", "OTHER"]}, 422, "surgeries"),
])
async def test_bad_health_info_names_the_field(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                               demo: Demo, change: dict[str, Any], status: int, field: str) -> None:
    problem = problem_of(await asgi_http.put(health_path(demo.customer_id), json=body(demo.customer_id, **change),
                                             headers=auth), status)
    assert problem["validationErrors"][0]["propertyName"] == field and problem["errors"]


async def test_missing_lists_and_companies_are_refused(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                                       sandbox: Sandbox, demo: Demo) -> None:
    sparse = body(demo.customer_id)
    del sparse["diseases"]
    problem_of(await asgi_http.put(health_path(demo.customer_id), json=sparse, headers=auth), 422)
    assert rules(sandbox) == ["missing-field"]
    company = problem_of(await asgi_http.put(health_path(demo.company_id), json=body(demo.company_id),
                                             headers=auth), 422)
    assert company["codes"] == ["HEALTH_INFO_PERSON_ONLY"]


async def test_ayse_has_a_husband_and_a_daughter(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                                 sandbox: Sandbox, demo: Demo) -> None:
    links = (await asgi_http.get(f"/api/customers/{demo.customer_id}/relationships", headers=auth)).json()
    by_type = {link["relationType"]: link for link in links}
    assert set(by_type) == {"SPOUSE", "CHILD"}
    assert by_type["SPOUSE"]["relatedCustomerName"] == "Mehmet Yılmaz"
    assert by_type["SPOUSE"]["relatedCustomerType"] == "Individual"
    assert by_type["CHILD"]["relatedCustomerPhoneNumber"].startswith("+90")
    child = sandbox.identity_index[(demo.agent_id, AYSE_CHILD_TCKN)]
    spouse = sandbox.identity_index[(demo.agent_id, AYSE_SPOUSE_TCKN)]
    child_links = (await asgi_http.get(f"/api/customers/{child}/relationships", headers=auth)).json()
    assert {(x["relatedCustomerId"], x["relationType"]) for x in child_links} == {
        (demo.customer_id, "PARENT"), (spouse, "PARENT")}


async def test_relationship_rules(asgi_http: httpx.AsyncClient, auth: dict[str, str], sandbox: Sandbox,
                                  demo: Demo) -> None:
    route = f"/api/customers/{demo.customer_id}/relationships"
    spouse = sandbox.identity_index[(demo.agent_id, AYSE_SPOUSE_TCKN)]
    stranger = someone_without_health(sandbox, demo)

    async def code(payload: dict[str, Any]) -> str:
        return str(problem_of(await asgi_http.post(route, json=payload, headers=auth), 400)["codes"][0])

    assert await code({"relatedCustomerId": demo.customer_id, "relationType": "CHILD"}) == \
        "CUSTOMER_RELATIONSHIP_SELF"
    assert await code({"relatedCustomerId": spouse, "relationType": "SPOUSE"}) == "CUSTOMER_RELATIONSHIP_DUPLICATE"
    assert await code({"relatedCustomerId": stranger, "relationType": "SPOUSE"}) == \
        "CUSTOMER_RELATIONSHIP_SPOUSE_EXISTS"
    assert await code({"relatedCustomerId": stranger, "relationType": "PARENT"}) == \
        "CUSTOMER_RELATIONSHIP_PARENT_MANUAL"
    r = await asgi_http.post(route, json={"relatedCustomerId": stranger, "relationType": "CHILD"}, headers=auth)
    assert r.status_code == 200, r.text
    siblings = (await asgi_http.get(f"/api/customers/{stranger}/relationships", headers=auth)).json()
    assert sorted(x["relationType"] for x in siblings) == ["PARENT", "PARENT", "SIBLING"]
    assert (await asgi_http.delete(f"{route}/{r.json()['id']}", headers=auth)).status_code == 204
    left = (await asgi_http.get(route, headers=auth)).json()
    assert stranger not in {x["relatedCustomerId"] for x in left}
