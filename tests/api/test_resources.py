from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from decimal import Decimal

import httpx
import pytest
from api_fakes import FakeApi, ok, problem, signed_in

from insurup_desk.api import (
    Accessory,
    CompanyCustomerCreate,
    CustomerUpdate,
    DocumentSerial,
    Duplicate,
    Fuel,
    IndividualCustomerCreate,
    InsurUpClient,
    PhoneNumber,
    Plate,
    ProposalCreate,
    VehicleCreate,
)


def sent(request: httpx.Request) -> dict[str, object]:
    body = json.loads(request.content)
    assert isinstance(body, dict)
    return body


@pytest.mark.asyncio
async def test_customer_create_sends_type_first_in_sdk_shape(
    fake: FakeApi, make_client: Callable[..., InsurUpClient]
) -> None:
    fake.on("POST", "customers", ok({"id": "c-1"}))
    async with make_client() as client:
        await signed_in(client)
        person = IndividualCustomerCreate(
            identity_number="11111111110",
            full_name="Ayşe Yılmaz",
            birth_date=dt.date(1990, 1, 1),
            email="ayse@example.com",
            phone_number=PhoneNumber(number="5321234567"),
            city_reference="34",
            fill_missing_fields=True,
        )
        assert await client.customers.create(person) == "c-1"
        await client.customers.create(CompanyCustomerCreate(title="Örnek A.Ş.", tax_number="6130782524"))
    raw = [r.content for r in fake.calls("POST", "customers")]
    assert raw[0].startswith(b'{"$type":"individual",') and raw[1].startswith(b'{"$type":"company",')
    first, second = (sent(r) for r in fake.calls("POST", "customers"))
    assert first["birthDate"] == "1990-01-01"
    assert first["phoneNumber"] == {"countryCode": 90, "number": "5321234567"}
    assert first["fillMissingFields"] is True
    assert "discriminator" not in first and "agentBranchId" not in first
    assert list(second)[:1] == ["$type"] and second["$type"] == "company" and second["taxNumber"] == "6130782524"


@pytest.mark.asyncio
async def test_customer_update_sends_dollar_type_first_and_type(
    fake: FakeApi, make_client: Callable[..., InsurUpClient]
) -> None:
    fake.on("PUT", "customers/c-1", ok(status=204))
    async with make_client() as client:
        await signed_in(client)
        await client.customers.update(
            "c-1", CustomerUpdate(kind="individual", id="c-1", primary_email="a@b.com", full_name="A B")
        )
    body = sent(fake.calls("PUT", "customers/c-1")[0])
    assert list(body)[:2] == ["$type", "type"]
    assert body["$type"] == "individual" and body["type"] == "INDIVIDUAL"
    assert body["id"] == "c-1" and body["primaryEmail"] == "a@b.com" and body["fillMissingFields"] is False


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "payload",
    [
        {"id": "c-1", "type": "INDIVIDUAL", "fullName": "Ayşe", "identityNumber": "11111111110"},
        {"id": "c-1", "$type": "individual", "fullName": "Ayşe", "identityNumber": 11111111110},
        {"Id": "c-1", "Type": "Individual", "FullName": "Ayşe", "IdentityNumber": "11111111110"},
    ],
)
async def test_customer_reads_accept_type_spellings_and_casings(
    fake: FakeApi, make_client: Callable[..., InsurUpClient], payload: dict[str, object]
) -> None:
    fake.on("GET", "customers/11111111110", ok({**payload, "somethingNew": 1, "gender": "NONBINARY_LATER"}))
    async with make_client() as client:
        await signed_in(client)
        customer = await client.customers.find_by_identity("11111111110")
    assert customer is not None
    assert customer.type == "INDIVIDUAL" and customer.kind == "individual"
    assert customer.display_name == "Ayşe" and customer.identity_number == "11111111110"
    assert customer.gender == "NONBINARY_LATER"  # unknown enum value kept
    assert customer.extra("somethingNew") == 1


@pytest.mark.asyncio
async def test_find_by_identity_returns_none_when_missing(
    fake: FakeApi, make_client: Callable[..., InsurUpClient]
) -> None:
    async with make_client() as client:
        await signed_in(client)
        assert await client.customers.find_by_identity("10000000146") is None


@pytest.mark.asyncio
async def test_duplicate_customer_reports_existing_id(fake: FakeApi, make_client: Callable[..., InsurUpClient]) -> None:
    fake.on("POST", "customers", lambda r: problem(409, "resource-duplicate", "Müşteri zaten var.", existingId="c-9"))
    async with make_client() as client:
        await signed_in(client)
        with pytest.raises(Duplicate) as info:
            await client.customers.create(IndividualCustomerCreate(identity_number="11111111110"))
    assert info.value.existing_id == "c-9"


@pytest.mark.asyncio
async def test_vehicle_create_uses_structured_plate_and_required_fields(
    fake: FakeApi, make_client: Callable[..., InsurUpClient]
) -> None:
    fake.on("POST", "customers/c-1/vehicles", ok({"id": "v-1"}))
    fake.on(
        "GET",
        "customers/c-1/vehicles",
        ok(
            [
                {
                    "id": "v-1",
                    "plate": {"city": 34, "code": "ABC123"},
                    "model": {"brand": {"value": 130, "text": "FIAT"}, "year": 2021},
                    "utilizationStyle": "PRIVATE_CAR",
                    "accessories": [{"$type": "audio", "price": 1500.5}],
                }
            ]
        ),
    )
    async with make_client() as client:
        await signed_in(client)
        body = VehicleCreate(
            customer_id="ignored",
            plate=Plate.parse("34 ABC 123"),
            document_serial=DocumentSerial(code="AB", number="123456"),
            model_year=2021,
            brand_reference="130",
            model_type_reference="130-512",
            fuel=Fuel(type="GASOLINE"),
            accessories=[Accessory(type="audio", price=Decimal("1500.50"))],
        )
        assert await client.vehicles.create("c-1", body) == "v-1"
        vehicles = await client.vehicles.list("c-1")
    wire = sent(fake.calls("POST", "customers/c-1/vehicles")[0])
    assert wire["customerId"] == "c-1"
    assert wire["plate"] == {"city": 34, "code": "ABC123"}
    assert wire["documentSerial"] == {"code": "AB", "number": "123456"}
    assert wire["utilizationStyle"] == "PRIVATE_CAR"
    assert wire["accessories"] == [{"$type": "audio", "price": 1500.5}]
    assert vehicles[0].plate is not None and vehicles[0].plate.compact == "34ABC123"
    assert vehicles[0].model is not None and vehicles[0].model.brand is not None
    assert vehicles[0].model.brand.value == "130"
    assert vehicles[0].accessories[0].price == Decimal("1500.5")


@pytest.mark.asyncio
async def test_vehicle_models_query(fake: FakeApi, make_client: Callable[..., InsurUpClient]) -> None:
    fake.on("GET", "vehicle-parameters/models", ok([{"value": "130-512", "text": "EGEA"}]))
    async with make_client() as client:
        await signed_in(client)
        models = await client.vehicles.models("130", 2021)
    assert models[0].text == "EGEA"
    url = fake.calls("GET", "vehicle-parameters/models")[0].url
    assert dict(url.params) == {"brandReference": "130", "year": "2021"}


@pytest.mark.asyncio
async def test_proposal_create_and_detail_with_money_as_decimal(
    fake: FakeApi, make_client: Callable[..., InsurUpClient]
) -> None:
    fake.on("POST", "proposals", ok({"proposalId": "p-1"}))
    fake.on(
        "GET",
        "proposals/p-1",
        ok(
            {
                "proposalId": "p-1",
                "productBranch": "KASKO",
                "state": "ACTIVE",
                "newField": True,
                "products": [
                    {
                        "id": "pp-1",
                        "insuranceCompanyId": 12,
                        "insuranceCompanyName": "Anadolu",
                        "productType": "WEB_SERVICE",
                        "state": "SOMETHING_NEW",
                        "premiums": [
                            {
                                "installmentNumber": 1,
                                "netPremium": 8500.1,
                                "grossPremium": 9000.10,
                                "commission": 500,
                                "currency": "TURKISH_LIRA",
                            }
                        ],
                        "supportedPaymentOptions": ["SYNC_CREDIT_CARD"],
                    }
                ],
            }
        ),
    )
    async with make_client() as client:
        await signed_in(client)
        pid = await client.proposals.create(
            ProposalCreate(
                discriminator="kasko",
                insurer_customer_id="c-1",
                insured_customer_id="c-1",
                vehicle_id="v-1",
                coverage_group_ids=["g-1"],
            )
        )
        proposal = await client.proposals.get(pid)
    wire = sent(fake.calls("POST", "proposals")[0])
    assert list(wire)[:2] == ["$type", "productBranch"]
    assert wire["$type"] == "kasko" and wire["productBranch"] == "KASKO" and wire["channel"] == "CALL_CENTER"
    assert wire["coverageGroupIds"] == ["g-1"]
    product = proposal.products[0]
    assert product.state == "SOMETHING_NEW"
    premium = product.premium(1)
    assert premium is not None and premium.gross_premium == Decimal("9000.1")
    assert isinstance(premium.net_premium, Decimal)
    assert proposal.extra("newField") is True


@pytest.mark.asyncio
async def test_documents_as_url_or_pdf_body(fake: FakeApi, make_client: Callable[..., InsurUpClient]) -> None:
    pdf = b"%PDF-1.4 test"
    fake.on("GET", "proposals/p-1/products/pp-1/document", ok({"url": "https://api.test.example/files/x.pdf"}))
    fake.on(
        "GET",
        "proposals/p-1/products/pp-1/information-form",
        lambda r: httpx.Response(200, content=pdf, headers={"content-type": "application/pdf"}),
    )
    fake.on("POST", "proposals/p-1/products/compare-pdf", ok({"url": "https://files.example/compare.pdf"}))
    async with make_client() as client:
        await signed_in(client)
        doc = await client.proposals.document_url("p-1", "pp-1")
        form = await client.proposals.information_form_url("p-1", "pp-1")
        compare = await client.proposals.compare_pdf_url("p-1", ["pp-1", "pp-2"])
        assert doc.url == "https://api.test.example/files/x.pdf" and doc.content is None
        assert form.content == pdf and await client.proposals.download(form) == pdf
        assert compare.url == "https://files.example/compare.pdf"
    body = sent(fake.calls("POST", "proposals/p-1/products/compare-pdf")[0])
    assert body == {"proposalId": "p-1", "proposalProductIds": ["pp-1", "pp-2"], "excludedCoverageFields": []}


@pytest.mark.asyncio
async def test_download_does_not_send_the_token_to_foreign_hosts(
    fake: FakeApi, make_client: Callable[..., InsurUpClient]
) -> None:
    fake.require_auth = False
    fake.routes[("GET", "files/x.pdf")] = lambda r: httpx.Response(200, content=b"%PDF-own")
    async with make_client() as client:
        await signed_in(client)
        own = await client.proposals.download("https://api.test.example/api/files/x.pdf")
        foreign = await client.proposals.download("https://storage.example.net/api/files/x.pdf")
    assert own == foreign == b"%PDF-own"
    calls = [r for r in fake.requests if r.url.path.endswith("/files/x.pdf")]
    assert calls[0].headers.get("authorization", "").startswith("Bearer ")
    assert "authorization" not in calls[1].headers


@pytest.mark.asyncio
async def test_kasko_choices_send_the_style_ordinal(fake: FakeApi, make_client: Callable[..., InsurUpClient]) -> None:
    fake.on(
        "GET",
        "coverage-choices:kasko",
        ok([{"insuranceCompanyId": 12, "productId": 40235, "coverageChoices": {"muafiyetOrani": [0, 2]}}]),
    )
    fake.on(
        "GET",
        "coverage-groups",
        ok(
            [
                {"id": "g1", "name": "Standart", "productBranch": "KASKO"},
                {"id": "g2", "name": "Trafik", "productBranch": "TRAFIK"},
            ]
        ),
    )
    async with make_client() as client:
        await signed_in(client)
        choices = await client.coverage.kasko_choices("PRIVATE_CAR")
        groups = await client.coverage.groups("KASKO")
        with pytest.raises(ValueError):
            await client.coverage.kasko_choices("FLYING_CAR")
    assert choices[0].product_id == 40235
    assert fake.calls("GET", "coverage-choices:kasko")[0].url.params["vehicleUtilizationStyle"] == "1"
    assert [g.id for g in groups] == ["g1"]


@pytest.mark.asyncio
async def test_policy_document_and_email(fake: FakeApi, make_client: Callable[..., InsurUpClient]) -> None:
    fake.on(
        "GET",
        "policies/pol-1",
        ok(
            {
                "id": "pol-1",
                "grossPremium": 9000.0,
                "startDate": "2026-03-10",
                "insuranceCompanyPolicyNumber": "POL-1",
                "state": "ACTIVE",
            }
        ),
    )
    fake.on("GET", "policies/pol-1/document", ok({"url": "https://files.example/pol.pdf"}))
    fake.on("POST", "policies/pol-1/document/send", ok(status=204))
    async with make_client() as client:
        await signed_in(client)
        policy = await client.policies.get("pol-1")
        doc = await client.policies.document_url("pol-1")
        await client.policies.send_document_by_email("pol-1", "c-1", "ayse@example.com")
    assert policy.gross_premium == Decimal("9000.0") and policy.start_date == dt.date(2026, 3, 10)
    assert doc.url == "https://files.example/pol.pdf"
    assert sent(fake.calls("POST", "policies/pol-1/document/send")[0]) == {
        "policyId": "pol-1",
        "customerId": "c-1",
        "communication": {"type": "email", "email": "ayse@example.com"},
    }


@pytest.mark.asyncio
async def test_download_follows_redirects_without_leaking_the_token(
    fake: FakeApi, make_client: Callable[..., InsurUpClient]
) -> None:
    fake.on(
        "GET",
        "files/doc.pdf",
        lambda r: httpx.Response(302, headers={"location": "https://cdn.example.org/x/doc.pdf"}),
    )

    def storage(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"%PDF-cdn", headers={"content-type": "application/pdf"})

    fake.routes[("GET", "x/doc.pdf")] = storage
    async with make_client() as client:
        await signed_in(client)
        fake.require_auth = False
        content = await client.proposals.download("https://api.test.example/api/files/doc.pdf")
    assert content == b"%PDF-cdn"
    cdn = [r for r in fake.requests if r.url.host == "cdn.example.org"]
    assert len(cdn) == 1 and "authorization" not in cdn[0].headers
