"""The sale's API work against the in-process sandbox, without widgets."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import pytest_asyncio

from insurup_desk.api import ApiConfig, InsurUpClient
from insurup_desk.api.models import Vehicle
from insurup_desk.domain.identity import tckn_check_digits
from insurup_desk.services.customer_form import CustomerDraft
from insurup_desk.services.customer_search import search_input
from insurup_desk.services.sale_service import CustomerResult, SaleService, SaleSettings, prefill_from_lookup
from insurup_desk.services.sales_flow import SaleData
from insurup_desk.services.vehicle_form import VehicleDraft


@pytest_asyncio.fixture
async def service(sandbox_app: Any) -> AsyncIterator[SaleService]:
    client = InsurUpClient(ApiConfig.for_origin("http://127.0.0.1:9"),
                           transport=httpx.ASGITransport(app=sandbox_app))
    await client.auth.login("gise@demo.acente", "Demo1234!")
    yield SaleService(client, SaleSettings(channel="CALL_CENTER"))
    await client.aclose()


def test_search_input_understands_what_was_typed() -> None:
    assert search_input("11111111110") == {"identityNumber": {"eq": {"value": "11111111110"}}}
    assert search_input("6130782524") == {"taxNumber": {"eq": {"value": "6130782524"}}}
    assert search_input("+90 532 123 45 67") == {"primaryPhoneNumber": {"contains": {"value": "5321234567"}}}
    both = search_input("5321234567")
    assert both is not None and {"taxNumber": {"eq": {"value": "5321234567"}}} in both["or"]
    assert search_input("Ayşe  Yılmaz") == {"name": {"contains": {"value": "Ayşe Yılmaz"}}}
    assert search_input("A") is None and search_input("12") is None


@pytest.mark.asyncio
async def test_search_finds_by_identity_name_and_phone(service: SaleService) -> None:
    assert [n.name for n in (await service.search_customers("11111111110")).nodes] == ["Ayşe Yılmaz"]
    assert "Ayşe Yılmaz" in [n.name for n in (await service.search_customers("Ayşe")).nodes]
    assert "Ayşe Yılmaz" in [n.name for n in (await service.search_customers("0532 123 45 67")).nodes]


@pytest.mark.asyncio
async def test_creating_a_known_identity_returns_the_existing_customer(service: SaleService) -> None:
    first = await service.create_customer(CustomerDraft(identity_number="11111111110", full_name="Başka Ad"))
    assert isinstance(first, CustomerResult) and first.already_existed
    assert first.customer.full_name == "Ayşe Yılmaz"


@pytest.mark.asyncio
async def test_new_customer_vehicle_and_proposal(service: SaleService, sandbox: Any) -> None:
    number = "123456780"
    created = await service.create_customer(CustomerDraft(
        identity_number=number + tckn_check_digits(number), full_name="Can Öz", birth_date="02.02.1992",
        phone="0555 444 33 22"))
    assert isinstance(created, CustomerResult)
    assert not created.already_existed and created.customer.full_name == "Can Öz"
    brand = (await service.brands())[0]
    assert await service.brands() is await service.brands()  # fetched once per session
    reference = brand.reference or brand.value or ""
    model = (await service.models(reference, 2020))[0]
    vehicle = await service.create_vehicle(created.customer.id, VehicleDraft(
        plate="35 ab 4567", document_serial="AB 123456", brand_reference=reference,
        model_reference=model.reference or model.value or "", model_year="2020", fuel="DIESEL"))
    assert isinstance(vehicle, Vehicle) and vehicle.plate is not None and vehicle.plate.compact == "35AB4567"
    start = (dt.date.today() + dt.timedelta(days=7)).isoformat()
    proposal_id = await service.create_proposal(SaleData(customer_id=created.customer.id, vehicle_id=vehicle.id,
                                                         policy_start_date=start))
    record = sandbox.proposals[proposal_id]
    assert record.branch == "TRAFIK" and record.channel == "CALL_CENTER"
    assert record.policy_start == start


@pytest.mark.asyncio
async def test_lookups_fill_forms(service: SaleService) -> None:
    person = await service.lookup_customer(CustomerDraft(identity_number="11111111110", birth_date="01.01.1990"))
    assert person.get("fullName")
    customer = await service.customer("11111111110")
    found = await service.lookup_vehicle(customer.id, "34 ABC 123", "AB123456")
    assert found.model is not None and found.model.year


def test_prefill_reads_the_registry_shapes() -> None:
    assert prefill_from_lookup({"firstName": "Ali", "lastName": "Veli", "birthDate": {"value": "1990-01-02"},
                                "city": {"value": "6", "text": "Ankara"}}) == {
        "fullName": "Ali Veli", "birthDate": "02.01.1990", "cityReference": "6"}
