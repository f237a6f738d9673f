"""Customers: create per type, identity checks, duplicates, lookups by number, update, agency isolation."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from rest_helpers import Demo, problem_of, sign_in

from insurup_desk.domain.identity import tckn_check_digits, vkn_check_digit

NEW_TCKN = "123456789" + tckn_check_digits("123456789")
NEW_VKN = "123456789" + vkn_check_digit("123456789")


def individual(**extra: Any) -> dict[str, Any]:
    return {"$type": "individual", "identityNumber": NEW_TCKN, "fullName": "Kemal Aksoy",
            "birthDate": "1985-04-12", "email": "kemal@example.com",
            "phoneNumber": {"countryCode": 90, "number": "5321234567"}, "cityReference": "34",
            "districtReference": "1823", "fillMissingFields": False, **extra}


@pytest.mark.asyncio
async def test_create_individual_then_read_by_id_and_tckn(asgi_http: httpx.AsyncClient,
                                                          auth: dict[str, str]) -> None:
    r = await asgi_http.post("/api/customers", json=individual(), headers=auth)
    assert r.status_code == 200
    cid = r.json()["id"]
    by_id = (await asgi_http.get(f"/api/customers/{cid}", headers=auth)).json()
    by_number = (await asgi_http.get(f"/api/customers/{NEW_TCKN}", headers=auth)).json()
    assert by_id == by_number
    assert by_id["type"] == "INDIVIDUAL" and by_id["fullName"] == "Kemal Aksoy"
    assert by_id["city"] == {"value": "34", "text": "İstanbul"} and by_id["district"]["text"] == "Kadıköy"
    assert by_id["primaryPhoneNumber"] == {"countryCode": 90, "number": "5321234567"}
    assert by_id["vehicleCount"] == 0 and by_id["policyCount"] == 0


@pytest.mark.asyncio
async def test_company_and_foreign_customers(asgi_http: httpx.AsyncClient, auth: dict[str, str]) -> None:
    company = {"$type": "company", "title": "Kuzey Yapı A.Ş.", "taxNumber": NEW_VKN, "fillMissingFields": False}
    r = await asgi_http.post("/api/customers", json=company, headers=auth)
    assert r.status_code == 200
    got = (await asgi_http.get(f"/api/customers/{company['taxNumber']}", headers=auth)).json()
    assert got["type"] == "COMPANY" and got["title"] == "Kuzey Yapı A.Ş."
    foreign = {"$type": "foreign", "identityNumber": "U12345678", "fullName": "John Smith", "fillMissingFields": False}
    r = await asgi_http.post("/api/customers", json=foreign, headers=auth)
    assert r.status_code == 200
    assert (await asgi_http.get(f"/api/customers/{r.json()['id']}", headers=auth)).json()["type"] == "FOREIGN"


@pytest.mark.asyncio
async def test_fill_missing_fields_completes_from_registry(asgi_http: httpx.AsyncClient,
                                                           auth: dict[str, str]) -> None:
    body = {"$type": "individual", "identityNumber": NEW_TCKN, "fillMissingFields": True}
    cid = (await asgi_http.post("/api/customers", json=body, headers=auth)).json()["id"]
    got = (await asgi_http.get(f"/api/customers/{cid}", headers=auth)).json()
    assert got["fullName"] and got["birthDate"] and got["city"]


@pytest.mark.asyncio
async def test_missing_or_late_type_is_refused(asgi_http: httpx.AsyncClient, auth: dict[str, str]) -> None:
    body = individual()
    del body["$type"]
    problem_of(await asgi_http.post("/api/customers", json=body, headers=auth), 400)
    late = {"identityNumber": NEW_TCKN, "$type": "individual", "fillMissingFields": False}
    problem_of(await asgi_http.post("/api/customers", json=late, headers=auth), 400)


@pytest.mark.asyncio
async def test_bad_tckn_and_email_are_field_errors(asgi_http: httpx.AsyncClient, auth: dict[str, str]) -> None:
    r = await asgi_http.post("/api/customers", json=individual(identityNumber="12345678900", email="nope"),
                             headers=auth)
    body = problem_of(r, 422)
    assert body["type"].endswith("/input-validation")
    fields = {e["propertyName"]: e for e in body["validationErrors"]}
    assert set(fields) == {"identityNumber", "email"}
    assert fields["identityNumber"]["attemptedValue"] == "12345678900"


@pytest.mark.asyncio
async def test_bad_vkn_is_a_field_error(asgi_http: httpx.AsyncClient, auth: dict[str, str]) -> None:
    body = {"$type": "company", "title": "X", "taxNumber": "1234567891", "fillMissingFields": False}
    problem = problem_of(await asgi_http.post("/api/customers", json=body, headers=auth), 422)
    assert problem["validationErrors"][0]["propertyName"] == "taxNumber"


@pytest.mark.asyncio
async def test_duplicate_identity_is_409_with_existing_id(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                                          demo: Demo) -> None:
    r = await asgi_http.post("/api/customers", json=individual(identityNumber="11111111110"), headers=auth)
    body = problem_of(r, 409)
    assert body["type"].endswith("/resource-duplicate")
    assert body["existingId"] == demo.customer_id == body["templateArgs"]["existingId"]


@pytest.mark.asyncio
async def test_unknown_and_foreign_agency_customers_are_404(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                                            demo: Demo) -> None:
    problem_of(await asgi_http.get("/api/customers/10000000146", headers=auth), 404)
    other = await sign_in(asgi_http, "diger@ornek.acente")
    problem_of(await asgi_http.get(f"/api/customers/{demo.customer_id}", headers=other), 404)
    problem_of(await asgi_http.get("/api/customers/11111111110", headers=other), 404)


@pytest.mark.asyncio
@pytest.mark.parametrize(("type_key", "type_value", "email_key"),
                         [("$type", "individual", "email"), ("type", "INDIVIDUAL", "primaryEmail")])
async def test_update_accepts_both_spellings(asgi_http: httpx.AsyncClient, auth: dict[str, str], demo: Demo,
                                             type_key: str, type_value: str, email_key: str) -> None:
    body = {type_key: type_value, "id": demo.customer_id, email_key: "yeni@example.com",
            "fullName": "Ayşe Yılmaz Demir", "fillMissingFields": False}
    r = await asgi_http.put(f"/api/customers/{demo.customer_id}", json=body, headers=auth)
    assert r.status_code == 204
    got = (await asgi_http.get(f"/api/customers/{demo.customer_id}", headers=auth)).json()
    assert got["primaryEmail"] == "yeni@example.com" and got["fullName"] == "Ayşe Yılmaz Demir"


@pytest.mark.asyncio
async def test_update_cannot_change_type(asgi_http: httpx.AsyncClient, auth: dict[str, str], demo: Demo) -> None:
    body = {"$type": "company", "id": demo.customer_id, "fillMissingFields": False}
    problem_of(await asgi_http.put(f"/api/customers/{demo.customer_id}", json=body, headers=auth), 422)


@pytest.mark.asyncio
async def test_external_lookup_is_deterministic(asgi_http: httpx.AsyncClient, auth: dict[str, str]) -> None:
    ayse = (await asgi_http.post("/api/customers/external-lookup", json={"identityNumber": "11111111110"},
                                 headers=auth)).json()
    assert ayse["fullName"] == "Ayşe Yılmaz" and ayse["birthDate"] == "1990-01-01"
    first = await asgi_http.post("/api/customers/external-lookup", json={"identityNumber": NEW_TCKN}, headers=auth)
    second = await asgi_http.post("/api/customers/external-lookup", json={"identityNumber": NEW_TCKN}, headers=auth)
    assert first.json() == second.json()
    company = (await asgi_http.post("/api/customers/external-lookup", json={"taxNumber": "6130782524"},
                                    headers=auth)).json()
    assert company["title"]
    problem_of(await asgi_http.post("/api/customers/external-lookup", json={"identityNumber": "123"},
                                    headers=auth), 422)


@pytest.mark.asyncio
async def test_delete_customer_without_policies(asgi_http: httpx.AsyncClient, auth: dict[str, str]) -> None:
    cid = (await asgi_http.post("/api/customers", json=individual(), headers=auth)).json()["id"]
    assert (await asgi_http.delete(f"/api/customers/{cid}", headers=auth)).status_code == 204
    problem_of(await asgi_http.get(f"/api/customers/{cid}", headers=auth), 404)
