"""Requests that depart from the reference's current shape are refused with problem details and logged; the
alternatives the reference says the sandbox accepts are served and logged as notes."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from rest_helpers import Demo, problem_of, sign_in

from insurup_desk.sandbox import Sandbox, SandboxConfig, create_app

VEHICLE: dict[str, Any] = {
    "plate": {"city": 6, "code": "KLM45"}, "documentSerial": {"code": "AB", "number": "123456"},
    "modelYear": 2021, "brandReference": "130", "modelTypeReference": "130-512", "utilizationStyle": "PRIVATE_CAR",
    "fuel": {"type": "GASOLINE"}, "accessories": [],
}
PERSON: dict[str, Any] = {"$type": "individual", "identityNumber": "10000000146", "fullName": "Deniz Kaya",
                          "fillMissingFields": False}


def refused(sandbox: Sandbox) -> list[str]:
    return [e.rule for e in sandbox.deviations.entries() if e.kind == "refused"]


Call = tuple[str, str, Any]


def breaches(demo: Demo, ayse_update: dict[str, Any]) -> dict[str, tuple[Call, int, str]]:
    """Each listed breach: (method, path, json body or raw bytes) → expected status and logged rule."""
    vehicles = f"/api/customers/{demo.customer_id}/vehicles"
    flat = {"customerId": demo.customer_id, "plate": "35TR1907", "documentSerialCode": "AB",
            "documentSerialNumber": "123456", "brandCode": "130", "modelCode": "130-512", "year": 2021,
            "utilizationStyle": "PRIVATE_CAR", "accessories": []}
    return {
        "kasko choices by insurer": (("GET", "/api/coverage-choices:kasko?insuranceCompanyId=3", None), 400,
                                     "unknown-query-parameter"),
        "lower-case enum": (("POST", vehicles, {"customerId": demo.customer_id, **VEHICLE,
                                                "utilizationStyle": "private_car"}), 422, "enum-casing"),
        "lower-case channel": (("POST", "/api/proposals", {
            "$type": "trafik", "productBranch": "TRAFIK", "insurerCustomerId": demo.customer_id,
            "insuredCustomerId": demo.customer_id, "vehicleId": demo.vehicle_id, "channel": "call_center"}), 422,
            "enum-casing"),
        "string country code": (("POST", "/api/customers", {
            **PERSON, "phoneNumber": {"countryCode": "90", "number": "5321234567"}}), 422,
            "phone-country-code-type"),
        "flat vehicle body": (("POST", vehicles, flat), 422, "vehicle-flat-body"),
        "customerId not the path's": (("POST", vehicles, {"customerId": demo.company_id, **VEHICLE}), 422,
                                      "vehicle-customer-mismatch"),
        "models without year": (("GET", "/api/vehicle-parameters/models?brandReference=130", None), 400,
                                "models-without-year"),
        "unknown query parameter": (("GET", "/api/vehicle-parameters/brands?page=2", None), 400,
                                    "unknown-query-parameter"),
        "GET on compare-pdf": (("GET", "/api/proposals/67452b1a022dec6666bf06d8/products/compare-pdf", None), 405,
                               "compare-pdf-get"),
        "GET with a body": (("GET", f"/api/customers/{demo.customer_id}", b'{"x": 1}'), 400, "get-with-body"),
        "duplicate JSON keys": (("POST", "/api/customers",
                                 b'{"$type": "individual", "identityNumber": "10000000146", '
                                 b'"fillMissingFields": false, "fillMissingFields": true}'), 400,
                                "duplicate-json-key"),
        "$type and type disagree": (("PUT", f"/api/customers/{demo.customer_id}",
                                     {**ayse_update, "$type": "company", "type": "INDIVIDUAL"}), 400,
                                    "customer-type-disagrees"),
        "create without fillMissingFields": (("POST", "/api/customers",
                                              {k: v for k, v in PERSON.items() if k != "fillMissingFields"}), 422,
                                             "fill-missing-fields-required"),
    }


@pytest.mark.asyncio
@pytest.mark.parametrize("name", list(breaches(Demo("c", "v", "a", "k"), {})))
async def test_each_breach_is_refused_with_problem_details(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                                           demo: Demo, sandbox: Sandbox, name: str) -> None:
    update = {"$type": "individual", "type": "INDIVIDUAL", "id": demo.customer_id, "fillMissingFields": False}
    (method, path, body), status, rule = breaches(demo, update)[name]
    if isinstance(body, bytes):
        headers = {**auth, "Content-Type": "application/json"}
        response = await asgi_http.request(method, path, content=body, headers=headers)
    else:
        response = await asgi_http.request(method, path, json=body, headers=auth)
    problem = problem_of(response, status)
    assert problem["codes"] and problem["instance"] == path.split("?")[0]
    assert refused(sandbox) == [rule]


@pytest.mark.asyncio
async def test_the_current_shapes_leave_no_entry(asgi_http: httpx.AsyncClient, auth: dict[str, str], demo: Demo,
                                                 sandbox: Sandbox) -> None:
    vehicles = f"/api/customers/{demo.customer_id}/vehicles"
    assert (await asgi_http.post(vehicles, json={"customerId": demo.customer_id, **VEHICLE},
                                 headers=auth)).status_code == 200
    assert (await asgi_http.post("/api/customers", json={
        **PERSON, "phoneNumber": {"countryCode": 90, "number": "5321234567"}}, headers=auth)).status_code == 200
    update = {"$type": "individual", "type": "INDIVIDUAL", "id": demo.customer_id, "fillMissingFields": False,
              "primaryEmail": "ayse@example.com"}
    assert (await asgi_http.put(f"/api/customers/{demo.customer_id}", json=update, headers=auth)).status_code == 204
    r = await asgi_http.get("/api/vehicle-parameters/models?brandReference=130&year=2021", headers=auth)
    assert r.status_code == 200
    assert sandbox.deviations.entries() == []


@pytest.mark.asyncio
async def test_accepted_alternatives_are_notes(asgi_http: httpx.AsyncClient, auth: dict[str, str], demo: Demo,
                                               sandbox: Sandbox) -> None:
    doc_update = {"$type": "individual", "id": demo.customer_id, "email": "ayse@example.com"}
    assert (await asgi_http.put(f"/api/customers/{demo.customer_id}", json=doc_update,
                                headers=auth)).status_code == 204
    notes = sorted(e.rule for e in sandbox.deviations.entries())
    assert notes == ["customer-update-doc-fields", "customer-update-dollar-type-only"]
    assert all(e.kind == "note" and e.reference == "§16 #15" for e in sandbox.deviations.entries())


@pytest.mark.asyncio
async def test_the_log_reads_as_json_and_json_lines(asgi_http: httpx.AsyncClient, auth: dict[str, str]) -> None:
    await asgi_http.get("/api/vehicle-parameters/brands?page=2", headers=auth)
    log = (await asgi_http.get("/_sandbox/deviations")).json()
    assert [(e["kind"], e["rule"], e["method"], e["path"]) for e in log] == [
        ("refused", "unknown-query-parameter", "GET", "/api/vehicle-parameters/brands")]
    lines = (await asgi_http.get("/_sandbox/deviations?format=jsonl")).text.splitlines()
    assert [json.loads(line)["rule"] for line in lines] == ["unknown-query-parameter"]
    assert (await asgi_http.delete("/_sandbox/deviations")).status_code == 204
    assert (await asgi_http.get("/_sandbox/deviations")).json() == []


@pytest.mark.asyncio
async def test_the_log_is_appended_to_a_json_lines_file(tmp_path: Path) -> None:
    path = tmp_path / "deviations.jsonl"
    app = create_app(dataclasses.replace(SandboxConfig.for_tests(), deviations_file=str(path)))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sandbox.test") as http:
        headers = {**await sign_in(http), "User-Agent": "Probe/1"}
        await http.get("/api/coverage-choices:kasko?insuranceCompanyId=3", headers=headers)
    entries = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [(e["rule"], e["reference"], e["user_agent"]) for e in entries] == [
        ("unknown-query-parameter", "§16 #24", "Probe/1")]
