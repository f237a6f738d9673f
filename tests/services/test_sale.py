"""One sale, one object: the business steps of a sale run without widgets, and a new sale shares nothing."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import pytest_asyncio

from insurup_desk.api import ApiConfig, InsurUpClient
from insurup_desk.services.purchase_journal import open_journal
from insurup_desk.services.sale import Sale, SaleTools
from insurup_desk.services.sale_payment import PaymentStep
from insurup_desk.services.sale_service import SaleService
from insurup_desk.services.sales_flow import QUOTES, VEHICLE

AYSE = "11111111110"


@pytest_asyncio.fixture
async def tools(sandbox_app: Any) -> AsyncIterator[SaleTools]:
    client = InsurUpClient(ApiConfig.for_origin("http://127.0.0.1:9"), transport=httpx.ASGITransport(app=sandbox_app))
    await client.auth.login("gise@demo.acente", "Demo1234!")
    journal = open_journal(None)
    yield SaleTools(SaleService(client), journal)
    journal.close()
    await client.aclose()


async def _at_quotes(tools: SaleTools) -> Sale:
    customer = await tools.service.customer(AYSE)
    sale = Sale.new(tools, customer)
    assert sale.flow.current == VEHICLE and sale.data.customer_label.startswith("Ayşe Yılmaz")
    vehicles = await tools.service.vehicles(customer.id)
    sale.flow.advance(vehicle_id=vehicles[0].id, vehicle_label="34 ABC 123")
    assert sale.flow.current == QUOTES
    return sale


@pytest.mark.asyncio
async def test_asking_for_quotes_creates_the_proposal_and_records_the_choices(tools: SaleTools) -> None:
    sale = await _at_quotes(tools)
    proposal_id = await sale.ask_for_quotes("TRAFIK", None, None)
    assert sale.data.proposal_id == proposal_id and sale.data.branch == "TRAFIK"
    proposal = await tools.service.proposal(proposal_id)
    assert proposal.insured_customer_id == sale.data.customer_id


@pytest.mark.asyncio
async def test_a_past_proposal_reopens_on_the_quotes_step_with_its_customer(tools: SaleTools) -> None:
    first = await _at_quotes(tools)
    proposal_id = await first.ask_for_quotes("TRAFIK", None, None)
    reopened = await Sale.for_proposal(tools, proposal_id)
    assert reopened.flow.current == QUOTES and reopened.data.proposal_id == proposal_id
    assert reopened.data.customer_id == first.data.customer_id and reopened.data.vehicle_id


@pytest.mark.asyncio
async def test_the_payment_belongs_to_the_offer_and_a_new_sale_starts_from_nothing(tools: SaleTools) -> None:
    sale = await _at_quotes(tools)
    proposal_id = await sale.ask_for_quotes("TRAFIK", None, None)
    sale.flow.update(proposal_product_id="pp-1", installment_number=1)
    payment = await sale.payment_for_offer()
    assert payment is not None and payment.step is PaymentStep.FORM
    assert await sale.payment_for_offer() is payment  # same offer, same payment
    sale.flow.update(installment_number=3)
    other = await sale.payment_for_offer()
    assert other is not None and other is not payment and other.installment == 3
    sale.offers.showing("pp-1")
    sale.offers.moved_to("pp-2")

    fresh = Sale.new(tools)
    assert fresh.data.customer_id is None and fresh.data.proposal_id is None and fresh.payment is None
    assert fresh.offers.following_best and fresh.offers.board.total == 0
    assert proposal_id and not fresh.money_may_move
