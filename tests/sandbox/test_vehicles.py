"""Vehicles (SDK shape), the plate lookup, brands/models, insurers, coverage groups and choices."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from rest_helpers import Demo, problem_of

from insurup_desk.sandbox import Sandbox

SDK_BODY: dict[str, Any] = {
    "plate": {"city": 6, "code": "KLM45"}, "documentSerial": {"code": "AB", "number": "123456"},
    "modelYear": 2021, "brandReference": "130", "modelTypeReference": "130-512", "utilizationStyle": "PRIVATE_CAR",
    "fuel": {"type": "GASOLINE"}, "accessories": [],
}


@pytest.mark.asyncio
async def test_create_sdk_shape_then_list_get_update_delete(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                                            demo: Demo) -> None:
    base = f"/api/customers/{demo.customer_id}/vehicles"
    r = await asgi_http.post(base, json={"customerId": demo.customer_id, **SDK_BODY}, headers=auth)
    assert r.status_code == 200
    vid = r.json()["id"]
    got = (await asgi_http.get(f"{base}/{vid}", headers=auth)).json()
    assert got["plate"] == {"city": 6, "code": "KLM45"}
    assert got["model"]["brand"]["text"] == "Renault" and got["model"]["type"]["text"].startswith("Clio")
    assert vid in {v["id"] for v in (await asgi_http.get(base, headers=auth)).json()}
    updated = {"customerId": demo.customer_id, **SDK_BODY, "modelYear": 2022, "vehicleId": vid}
    assert (await asgi_http.put(f"{base}/{vid}", json=updated, headers=auth)).status_code == 204
    assert (await asgi_http.get(f"{base}/{vid}", headers=auth)).json()["model"]["year"] == 2022
    assert (await asgi_http.delete(f"{base}/{vid}", headers=auth)).status_code == 204
    problem_of(await asgi_http.get(f"{base}/{vid}", headers=auth), 404)


@pytest.mark.asyncio
async def test_the_docs_serial_value_is_accepted_with_a_note(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                                              demo: Demo, sandbox: Sandbox) -> None:
    body = {"customerId": demo.customer_id, **SDK_BODY, "plate": {"city": 35, "code": "TR1907"},
            "documentSerial": {"code": "A", "number": "1234567"}}
    r = await asgi_http.post(f"/api/customers/{demo.customer_id}/vehicles", json=body, headers=auth)
    assert r.status_code == 200, r.text
    got = (await asgi_http.get(f"/api/customers/{demo.customer_id}/vehicles/{r.json()['id']}", headers=auth)).json()
    assert got["documentSerial"] == {"code": "A", "number": "1234567"}
    assert [(e.kind, e.rule) for e in sandbox.deviations.entries()] == [("note", "document-serial-doc-format")]


@pytest.mark.asyncio
async def test_invalid_vehicle_fields_and_duplicate_plate(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                                          demo: Demo) -> None:
    base = f"/api/customers/{demo.customer_id}/vehicles"
    bad = {"customerId": demo.customer_id, **SDK_BODY, "plate": {"city": 99, "code": "??"},
           "utilizationStyle": "SPACESHIP"}
    body = problem_of(await asgi_http.post(base, json=bad, headers=auth), 422)
    assert {e["propertyName"] for e in body["validationErrors"]} == {"plate", "utilizationStyle"}
    dup = {"customerId": demo.customer_id, **SDK_BODY, "plate": {"city": 34, "code": "ABC123"}}
    assert problem_of(await asgi_http.post(base, json=dup, headers=auth), 409)["existingId"] == demo.vehicle_id
    problem_of(await asgi_http.get("/api/customers/00000000-0000-4000-8000-000000000000/vehicles",
                                   headers=auth), 404)


@pytest.mark.asyncio
async def test_plate_lookup_is_deterministic(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                             demo: Demo) -> None:
    path = f"/api/customers/{demo.customer_id}/vehicles/external-lookup"
    body = {"customerId": demo.customer_id, "plate": "34ABC123", "documentSerial": {"code": "AB", "number": "123456"}}
    first = (await asgi_http.post(path, json=body, headers=auth)).json()
    second = (await asgi_http.post(path, json=body, headers=auth)).json()
    assert first == second
    assert first["plate"] == {"city": 34, "code": "ABC123"} and first["model"]["brand"]["text"]
    assert first["kaskoOldPolicy"]["endDate"] and first["trafikOldPolicy"]["endDate"]
    problem_of(await asgi_http.post(path, json={"plate": "XYZ"}, headers=auth), 422)


@pytest.mark.asyncio
async def test_brands_and_models(asgi_http: httpx.AsyncClient, auth: dict[str, str]) -> None:
    brands = (await asgi_http.get("/api/vehicle-parameters/brands", headers=auth)).json()
    names = {b["text"] for b in brands}
    assert {"Renault", "Fiat", "Toyota", "Togg", "Mercedes-Benz"} <= names
    togg = next(b for b in brands if b["text"] == "Togg")
    r = await asgi_http.get(f"/api/vehicle-parameters/models?brandReference={togg['value']}&year=2024", headers=auth)
    assert [m["text"] for m in r.json()] and all("T10X" in m["text"] for m in r.json())
    old = await asgi_http.get(f"/api/vehicle-parameters/models?brandReference={togg['value']}&year=2015",
                              headers=auth)
    assert old.json() == []
    problem_of(await asgi_http.get("/api/vehicle-parameters/models?brandReference=nope&year=2020", headers=auth),
               404)
    problem_of(await asgi_http.get("/api/vehicle-parameters/models", headers=auth), 400)


@pytest.mark.asyncio
async def test_insurance_companies_follow_the_payment_matrix(asgi_http: httpx.AsyncClient,
                                                             auth: dict[str, str]) -> None:
    companies = {c["name"]: c for c in (await asgi_http.get("/api/insurance-companies", headers=auth)).json()}
    # the 24 insurers of the payment matrix (§7.4) and two life companies that sell only TSS (addendum §A.10)
    assert len(companies) == 26 and {"Katılım Emeklilik ve Hayat", "Demir Hayat Sigorta"} <= set(companies)
    assert companies["Anadolu Sigorta"]["id"] == 7 and companies["Doğa Sigorta"]["id"] == 43  # addendum §I
    assert companies["Magdeburger Sigorta"]["supportedPaymentOptions"] == ["SYNC_CREDIT_CARD"]
    assert "ASYNC_3D_SECURE" in companies["Doğa Sigorta"]["supportedPaymentOptions"]
    assert all("SYNC_CREDIT_CARD" in c["supportedPaymentOptions"] for c in companies.values())


@pytest.mark.asyncio
async def test_coverage_groups(asgi_http: httpx.AsyncClient, auth: dict[str, str]) -> None:
    groups = (await asgi_http.get("/api/coverage-groups", headers=auth)).json()
    assert {g["productBranch"] for g in groups} == {"KASKO", "TRAFIK"}
    one = (await asgi_http.get(f"/api/coverage-groups/{groups[0]['id']}", headers=auth)).json()
    assert one == groups[0] and one["coverageTable"][0]["coverage"]["$type"] in ("kasko", "trafik")
    problem_of(await asgi_http.get("/api/coverage-groups/000000000000000000000000", headers=auth), 404)


@pytest.mark.asyncio
async def test_kasko_choices_take_the_ordinal_not_the_name(asgi_http: httpx.AsyncClient,
                                                           auth: dict[str, str]) -> None:
    r = await asgi_http.get("/api/coverage-choices:kasko?vehicleUtilizationStyle=1", headers=auth)
    assert r.status_code == 200
    entry = r.json()[0]
    assert {"insuranceCompanyId", "productType", "productId", "coverageChoices"} <= set(entry)
    assert "immLimitiAyrimsiz" in entry["coverageChoices"]
    assert (await asgi_http.get("/api/coverage-choices%3Akasko", headers=auth)).status_code == 200
    problem_of(await asgi_http.get("/api/coverage-choices:kasko?vehicleUtilizationStyle=PRIVATE_CAR",
                                   headers=auth), 400)
