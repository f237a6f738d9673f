"""The TSS and İMM resources on the wire: health info both ways, relatives, coverage choices, proposal bodies."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx
import pytest
from api_fakes import FakeApi, ok, problem, signed_in

from insurup_desk.api import InsurUpClient, NotFound, ValidationFailed
from insurup_desk.api.errors import error_from_problem
from insurup_desk.api.models.health import HealthInfoUpdate, TssProposalCreate

HEALTH = "customers/c-1/health-info"


@pytest.mark.asyncio
async def test_health_info_is_read_and_a_missing_one_is_none(
        fake: FakeApi, make_client: Callable[..., InsurUpClient]) -> None:
    fake.on("GET", HEALTH, ok({"height": 172.0, "weight": {"value": 68}, "surgeries": ["HEART_SURGERY"],
                               "diseases": None}))
    fake.on("GET", "customers/c-2/health-info", lambda _r: problem(404, "resource-not-found", "Kayıt yok."))
    async with make_client() as client:
        await signed_in(client)
        info = await client.health.get("c-1")
        assert info is not None and (info.height, info.weight) == (172, 68)
        assert info.surgeries == ["HEART_SURGERY"] and info.diseases == [] and info.complete
        assert await client.health.get("c-2") is None


@pytest.mark.asyncio
async def test_a_missing_customer_is_not_taken_for_missing_health_info(
        fake: FakeApi, make_client: Callable[..., InsurUpClient]) -> None:
    fake.on("GET", HEALTH, lambda _r: problem(404, "resource-not-found", "Müşteri bulunamadı.",
                                              codes=["CUSTOMER_NOT_FOUND"]))
    async with make_client() as client:
        await signed_in(client)
        with pytest.raises(NotFound):
            await client.health.get("c-1")


@pytest.mark.parametrize("answer", [ok(None, 204), ok({"height": 180, "weight": 80, "surgeries": [],
                                                       "diseases": ["CANCER"]})])
@pytest.mark.asyncio
async def test_saving_health_info_reads_no_content_and_a_returned_body_alike(
        fake: FakeApi, make_client: Callable[..., InsurUpClient],
        answer: Callable[[httpx.Request], httpx.Response]) -> None:
    fake.on("PUT", HEALTH, answer)
    async with make_client() as client:
        await signed_in(client)
        saved = await client.health.update(HealthInfoUpdate(customer_id="c-1", height=180, weight=80,
                                                            diseases=["CANCER"]))
    assert (saved.height, saved.weight, saved.diseases) == (180, 80, ["CANCER"])
    sent = json.loads(fake.calls("PUT", HEALTH)[0].content)
    assert sent == {"customerId": "c-1", "height": 180, "weight": 80, "surgeries": [], "diseases": ["CANCER"]}


@pytest.mark.asyncio
async def test_a_bare_errors_array_becomes_the_message(fake: FakeApi,
                                                        make_client: Callable[..., InsurUpClient]) -> None:
    fake.on("PUT", HEALTH, lambda _r: httpx.Response(400, json={"errors": ["Boy bilgisi zorunludur."]}))
    async with make_client() as client:
        await signed_in(client)
        with pytest.raises(ValidationFailed) as caught:
            await client.health.update(HealthInfoUpdate(customer_id="c-1", height=0, weight=80))
    assert str(caught.value) == "Boy bilgisi zorunludur."


def test_problem_details_still_win_over_an_errors_array() -> None:
    error = error_from_problem(422, {"detail": "Kilo geçersiz.", "errors": ["başka"]})
    assert str(error) == "Kilo geçersiz."


@pytest.mark.asyncio
async def test_relatives_are_listed_and_a_server_without_the_routes_says_none(
        fake: FakeApi, make_client: Callable[..., InsurUpClient]) -> None:
    fake.on("GET", "customers/c-1/relationships", ok([{
        "id": "r-1", "customerId": "c-1", "relatedCustomerId": "c-9", "relatedCustomerType": "Individual",
        "relationType": "spouse", "relatedCustomerName": "Ali Yılmaz", "relatedCustomerPhoneNumber": "+905321234567",
        "createdAt": "2026-03-01T10:00:00Z"}]))
    fake.on("POST", "customers/c-1/relationships", ok({"id": "r-2"}))
    async with make_client() as client:
        await signed_in(client)
        relatives = await client.health.relationships("c-1")
        assert relatives is not None and [(r.related_customer_id, r.relation_type) for r in relatives] == [
            ("c-9", "SPOUSE")]
        assert await client.health.relationships("c-2") is None  # endpoint-not-found
        assert await client.health.add_relationship("c-1", "c-8", "CHILD") == "r-2"
    assert json.loads(fake.calls("POST", "customers/c-1/relationships")[0].content) == {
        "relatedCustomerId": "c-8", "relationType": "CHILD"}


@pytest.mark.asyncio
async def test_coverage_choices_of_tss_and_imm(fake: FakeApi, make_client: Callable[..., InsurUpClient]) -> None:
    fake.on("GET", "coverage-choices:tss", ok([{
        "insuranceCompanyId": 2, "productType": "WEB_SERVICE", "productId": 70021,
        "coverageChoices": {"hastaneAgi": ["DAR_KAPSAM", "GENIS_KAPSAM"],
                            "saglikPaketi": [{"tedaviSekli": "YATARAK"},
                                             {"tedaviSekli": "YATARAK_AYAKTA", "ayaktaYillikTedaviSayisi": 4}]}}]))
    fake.on("GET", "coverage-choices:imm", ok([{
        "insuranceCompanyId": 12, "productType": "WEB_SERVICE",
        "coverageChoices": {"immLimitiAyrimsiz": [{"$type": "DECIMAL", "value": 1000000}, {"$type": "LIMITLESS"}],
                            "kiralikArac": [{"$type": "NONE"}], "tasinanYuk": ["YOK", "AKARYAKIT"],
                            "asistansHizmeti": []}}]))
    async with make_client() as client:
        await signed_in(client)
        tss = await client.health.tss_choices()
        imm = await client.imm.choices()
    assert tss[0].product_id == 70021 and tss[0].coverage_choices.hastane_agi == ["DAR_KAPSAM", "GENIS_KAPSAM"]
    assert tss[0].coverage_choices.saglik_paketi[1].ayakta_yillik_tedavi_sayisi == 4
    assert imm[0].product_id is None  # older servers omit it
    assert imm[0].coverage_choices.imm_limiti_ayrimsiz[1] == {"$type": "LIMITLESS"}
    assert imm[0].coverage_choices.tasinan_yuk == ["YOK", "AKARYAKIT"]


def test_tss_proposal_body_has_the_sdk_shape() -> None:
    body = TssProposalCreate(discriminator="tss", insurer_customer_id="c-1", insured_customer_id="c-1",
                             channel="CALL_CENTER", additional_insured_customers=["c-9"],
                             coverage={"$type": "tss", "productBranch": "TSS", "hastaneAgi": "GENIS_KAPSAM"})
    wire = body.to_wire()
    assert list(wire)[:2] == ["$type", "productBranch"] and (wire["$type"], wire["productBranch"]) == ("tss", "TSS")
    assert wire["additionalInsuredCustomers"] == ["c-9"] and "vehicleId" not in wire
    assert next(iter(wire["coverage"])) == "$type"
