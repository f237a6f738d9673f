"""Whole TSS and İMM sales through the services against the in-process sandbox, without widgets."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import pytest_asyncio

from insurup_desk.api import ApiConfig, CardDetails, InsurUpClient, Proposal
from insurup_desk.services.health_form import HealthDraft, HealthEntry
from insurup_desk.services.health_sale import HealthService
from insurup_desk.services.purchase_journal import open_journal
from insurup_desk.services.sale import Sale, SaleTools
from insurup_desk.services.sale_payment import PaymentStep
from insurup_desk.services.sale_service import SaleService, SaleSettings
from insurup_desk.services.sales_flow import ASSET, QUOTES

AYSE = "11111111110"
CARD = CardDetails(number="4242424242424242", cvc="123", expiry_month="12", expiry_year="2030",
                   holder_name="AYSE YILMAZ")


@pytest_asyncio.fixture
async def tools(sandbox_app: Any) -> AsyncIterator[SaleTools]:
    client = InsurUpClient(ApiConfig.for_origin("http://127.0.0.1:9"), transport=httpx.ASGITransport(app=sandbox_app))
    await client.auth.login("gise@demo.acente", "Demo1234!")
    journal = open_journal(None)
    yield SaleTools(SaleService(client, SaleSettings(channel="CALL_CENTER")), journal)
    journal.close()
    await client.aclose()


async def priced(service: SaleService, proposal_id: str) -> Proposal:
    """The proposal once every insurer has answered (the sandbox prices in a few test-speed steps)."""
    loop = asyncio.get_running_loop()
    end = loop.time() + 10
    while True:
        proposal = await service.proposal(proposal_id)
        if proposal.products and all(p.state != "WAITING" for p in proposal.products):
            return proposal
        if loop.time() > end:
            raise TimeoutError("the insurers did not answer")
        await asyncio.sleep(0.02)


async def buy_cheapest(sale: Sale, proposal: Proposal) -> str:
    """Pick the cheapest card-payable offer, pay it by card and return the policy id."""
    offers = [p for p in proposal.products if p.state == "ACTIVE" and p.product_type == "WEB_SERVICE"
              and "SYNC_CREDIT_CARD" in p.supported_payment_options and p.cheapest_gross is not None]
    assert offers, [(p.insurance_company_name, p.state, p.error_message) for p in proposal.products]
    best = min(offers, key=lambda p: p.cheapest_gross or 0)
    sale.flow.advance(proposal_id=proposal.proposal_id, proposal_product_id=best.id, installment_number=1,
                      offer_label=best.insurance_company_name or "")
    payment = await sale.payment_for_offer()
    assert payment is not None
    payment.offer_loaded(tuple(best.supported_payment_options))
    payment.confirm()
    await payment.pay(CARD)
    assert payment.step is PaymentStep.PURCHASED, payment.error
    policy_id = payment.outcome.policy_id
    assert policy_id
    return policy_id


@pytest.mark.asyncio
async def test_an_imm_sale_on_the_customers_vehicle_with_the_chosen_limit_ends_in_a_policy(
        tools: SaleTools, sandbox: Any) -> None:
    service = tools.service
    customer = await service.customer(AYSE)
    sale = Sale.new(tools, customer, branch="IMM")
    assert sale.flow.current == ASSET and sale.data.branch == "IMM"
    options = await service.health.imm_options()
    assert options.limits, "the sandbox offers İMM limits"
    vehicles = await service.vehicles(customer.id)
    sale.flow.advance(vehicle_id=vehicles[0].id, vehicle_label="34 ABC 123")
    assert sale.flow.current == QUOTES
    limit = options.limits[-1]
    proposal_id = await sale.ask_for_quotes("IMM", None, None, {"imm_limit": dict(limit), "imm_load": "YOK"})
    assert sale.data.imm_limit == limit and sale.data.imm_load == "YOK"
    record = sandbox.proposals[proposal_id]
    assert record.branch == "IMM" and record.vehicle_id == vehicles[0].id
    assert record.initial_coverage["immLimitiAyrimsiz"] == limit
    policy_id = await buy_cheapest(sale, await priced(service, proposal_id))
    policy = await service.policy(policy_id)
    assert policy.product_branch == "IMM"


@pytest.mark.asyncio
async def test_a_tss_sale_stores_the_health_info_then_insures_the_customer(tools: SaleTools, sandbox: Any) -> None:
    service = tools.service
    customer = await service.customer(AYSE)
    sale = Sale.new(tools, customer, branch="TSS")
    health: HealthService = service.health
    stored = await health.load(customer.id)
    assert stored.info is not None and (stored.info.height, stored.info.weight) == (168, 61)  # seeded
    declared = await health.save(HealthEntry(customer.id, HealthDraft("169", "62", True, ("OTHER",), True,
                                                                      ("CANCER",))))
    assert (declared.info.height, declared.info.weight) == (169, 62)
    again = await health.load(customer.id)
    assert again.info is not None and (again.info.surgeries, again.info.diseases) == (["OTHER"], ["CANCER"])
    # The operator corrects the declaration before asking (a declared cancer is declined by every insurer).
    await health.save(HealthEntry(customer.id, HealthDraft("169", "62", False, (), False, ())))
    options = await health.tss_options()
    assert options.networks and options.packages
    sale.flow.advance(insured_customer_id=customer.id, insured_label="Ayşe Yılmaz")
    package = options.packages[-1].to_wire()
    proposal_id = await sale.ask_for_quotes("TSS", None, None,
                                            {"tss_network": options.networks[-1], "tss_package": package})
    record = sandbox.proposals[proposal_id]
    assert record.branch == "TSS" and record.initial_coverage["saglikPaketi"] == package
    policy_id = await buy_cheapest(sale, await priced(service, proposal_id))
    policy = await service.policy(policy_id)
    assert policy.product_branch == "TSS" and policy.insured_customer_id == customer.id


@pytest.mark.asyncio
async def test_a_family_tss_proposal_takes_the_insured_persons_relatives_along(tools: SaleTools,
                                                                                sandbox: Any) -> None:
    from insurup_desk.services.health_form import RelativeDraft

    service = tools.service
    customer = await service.customer(AYSE)
    loaded = await service.health.load(customer.id)
    assert loaded.relatives, "Ayşe Yılmaz is seeded with her family"
    family = tuple(RelativeDraft(r.customer_id, r.name, r.relation,
                                 str(r.health.height) if r.health and r.health.height else "150",
                                 str(r.health.weight) if r.health and r.health.weight else "45")
                   for r in loaded.relatives)
    saved = await service.health.save(HealthEntry(customer.id, HealthDraft("168", "61", False, (), False, ()),
                                                  family))
    assert saved.family == tuple(r.customer_id for r in loaded.relatives)
    sale = Sale.new(tools, customer, branch="TSS")
    sale.flow.advance(insured_customer_id=customer.id, insured_label="Ayşe Yılmaz", tss_family=saved.family)
    proposal_id = await sale.ask_for_quotes("TSS", None, None)
    record = sandbox.proposals[proposal_id]
    assert record.inputs["additionalInsuredCustomers"] == list(saved.family)
    assert len(record.inputs["people"]) == 1 + len(saved.family)
    proposal = await priced(service, proposal_id)
    assert any(p.state == "ACTIVE" for p in proposal.products)
    # Reopened from the proposals list, it lands on the quotes step for the same insured person.
    reopened = await Sale.for_proposal(tools, proposal_id)
    assert reopened.flow.current == QUOTES and reopened.data.branch == "TSS"
    assert reopened.data.insured_customer_id == customer.id and reopened.data.proposal_id == proposal_id


@pytest.mark.asyncio
async def test_a_customer_is_linked_as_a_child_and_a_second_spouse_is_refused_with_its_code(
        tools: SaleTools) -> None:
    from insurup_desk.api import BusinessRuleViolation
    from insurup_desk.domain.identity import tckn_check_digits
    from insurup_desk.services.customer_form import CustomerDraft
    from insurup_desk.services.sale_service import CustomerResult

    service = tools.service
    ayse = await service.customer(AYSE)
    number = "192837465"
    created = await service.create_customer(CustomerDraft(identity_number=number + tckn_check_digits(number),
                                                          full_name="Can Yılmaz", birth_date="04.04.2015"))
    assert isinstance(created, CustomerResult)
    family = await service.health.add_relative(ayse.id, created.customer.identity or "", "CHILD")
    assert family.relatives is not None
    assert ("Can Yılmaz", "CHILD") in [(r.name, r.relation) for r in family.relatives]
    with pytest.raises(BusinessRuleViolation) as refused:
        await service.health.add_relative(ayse.id, created.customer.identity or "", "SPOUSE")
    assert any(code.startswith("CUSTOMER_RELATIONSHIP_") for code in refused.value.codes)


@pytest.mark.parametrize("returns_body", [False, True])
@pytest.mark.asyncio
async def test_saving_health_info_works_whether_the_server_answers_with_a_body_or_none(returns_body: bool) -> None:
    from insurup_desk.sandbox import SandboxConfig, create_app

    config = dataclasses.replace(SandboxConfig.for_tests(), health_info_put_returns_body=returns_body)
    async with InsurUpClient(ApiConfig.for_origin("http://127.0.0.1:9"),
                             transport=httpx.ASGITransport(app=create_app(config))) as client:
        await client.auth.login("gise@demo.acente", "Demo1234!")
        health = SaleService(client).health
        customer = await client.customers.get(AYSE)
        saved = await health.save(HealthEntry(customer.id, HealthDraft("170 cm", "64", False, (), False, ())))
        assert (saved.info.height, saved.info.weight, saved.info.diseases) == (170, 64, [])
        loaded = await health.load(customer.id)
        assert loaded.info is not None and (loaded.info.height, loaded.info.weight) == (170, 64)
