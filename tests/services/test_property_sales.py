"""A DASK sale and a Konut sale without widgets, over the sandbox: the home on the asset step, the quotes, the
card payment, the policy with its DASK number; a sale after it starts from nothing."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import pytest_asyncio
from property_walk import AYSE
from purchase_fakes import CARD

from insurup_desk.api import ApiConfig, InsurUpClient
from insurup_desk.api.models import Proposal, ProposalProduct
from insurup_desk.services.home_addresses import HomeAddressReader
from insurup_desk.services.list_queries import ListQuery
from insurup_desk.services.list_sources import POLICIES, client_fetcher
from insurup_desk.services.property_service import PropertyService
from insurup_desk.services.property_text import KnownAddresses
from insurup_desk.services.purchase_journal import open_journal
from insurup_desk.services.sale import Sale, SaleTools
from insurup_desk.services.sale_payment import CARD as CARD_METHOD
from insurup_desk.services.sale_payment import PaymentStep
from insurup_desk.services.sale_service import SaleService
from insurup_desk.services.sales_flow import ASSET, DONE, PAYMENT, QUOTES


@pytest_asyncio.fixture
async def tools(sandbox_app: Any) -> AsyncIterator[SaleTools]:
    client = InsurUpClient(ApiConfig.for_origin("http://127.0.0.1:9"), transport=httpx.ASGITransport(app=sandbox_app))
    await client.auth.login("gise@demo.acente", "Demo1234!")
    journal = open_journal(None)
    yield SaleTools(SaleService(client), journal)
    journal.close()
    await client.aclose()


async def _home_sale(tools: SaleTools, branch: str) -> Sale:
    customer = await tools.service.customer(AYSE)
    sale = Sale.new(tools, customer, branch=branch)
    assert sale.flow.current == ASSET and sale.flow.missing() == ["property_id"]
    homes = await PropertyService(tools.service.client).properties(customer.id)
    sale.flow.advance(property_id=homes[0].id, property_label=homes[0].label)
    assert sale.flow.current == QUOTES
    return sale


async def _answered(tools: SaleTools, proposal_id: str) -> Proposal:
    """The proposal once every insurer has answered (the sandbox prices within moments in tests)."""
    deadline = time.monotonic() + 20
    while True:
        proposal = await tools.service.proposal(proposal_id)
        if proposal.products and all(p.state != "WAITING" for p in proposal.products):
            return proposal
        assert time.monotonic() < deadline, "the insurers did not answer"
        await asyncio.sleep(0.02)


def _cheapest_payable(proposal: Proposal) -> ProposalProduct:
    payable = [p for p in proposal.products if p.state == "ACTIVE" and p.cheapest_gross is not None
               and CARD_METHOD in p.supported_payment_options]
    assert payable, [(p.insurance_company_name, p.state, p.error_message) for p in proposal.products]
    return min(payable, key=lambda p: p.cheapest_gross or 0)


async def _pay(sale: Sale, product: ProposalProduct) -> None:
    sale.flow.advance(proposal_id=sale.data.proposal_id, proposal_product_id=product.id, installment_number=1,
                      offer_label=f"{product.insurance_company_name} · {product.product_name}")
    assert sale.flow.current == PAYMENT
    payment = await sale.payment_for_offer()
    assert payment is not None
    payment.offer_loaded(tuple(product.supported_payment_options))
    payment.choose(CARD_METHOD)
    payment.confirm()
    await payment.pay(CARD)
    assert payment.step is PaymentStep.PURCHASED, payment.outcome
    sale.flow.advance(payment_method=CARD_METHOD, policy_id=payment.outcome.policy_id,
                      policy_number=payment.outcome.policy_number)
    assert sale.flow.current == DONE


@pytest.mark.asyncio
async def test_a_dask_sale_prices_the_home_at_the_fixed_tariff_and_issues_a_dask_policy(tools: SaleTools) -> None:
    sale = await _home_sale(tools, "DASK")
    proposal_id = await sale.ask_for_quotes("DASK", None, None)
    proposal = await _answered(tools, proposal_id)
    assert proposal.product_branch == "DASK" and len(proposal.products) >= 10
    # One tariff: every insurer that prices the home asks the same premium.
    premiums = {p.cheapest_gross for p in proposal.products if p.state == "ACTIVE"}
    assert len(premiums) == 1
    await _pay(sale, _cheapest_payable(proposal))
    policy = await tools.service.policy(sale.data.policy_id or "")
    assert policy.product_branch == "DASK" and policy.dask_policy_number
    assert (policy.snapshot or {}).get("property", {}).get("id") == sale.data.property_id


@pytest.mark.asyncio
async def test_a_konut_sale_prices_the_declared_items_and_options(tools: SaleTools) -> None:
    sale = await _home_sale(tools, "KONUT")
    cheap_id = await sale.ask_for_quotes("KONUT", None, None, {
        "konut_furniture_price": 50_000, "konut_electronics_price": 10_000, "konut_insulation_price": 1_000,
        "konut_window_price": 5_000, "konut_earthquake": False, "konut_scope": "SADECE_ESYA"})
    assert sale.data.konut_furniture_price == 50_000 and sale.data.konut_scope == "SADECE_ESYA"
    cheap = _cheapest_payable(await _answered(tools, cheap_id))
    dear_id = await sale.ask_for_quotes("KONUT", None, None, {"konut_furniture_price": 400_000,
                                                              "konut_earthquake": True})
    assert dear_id != cheap_id and sale.data.proposal_id == dear_id
    dear = _cheapest_payable(await _answered(tools, dear_id))
    assert (dear.cheapest_gross or 0) > (cheap.cheapest_gross or 0)  # more to insure costs more
    await _pay(sale, dear)
    policy = await tools.service.policy(sale.data.policy_id or "")
    assert policy.product_branch == "KONUT" and policy.insured_customer_id == sale.data.customer_id


@pytest.mark.asyncio
async def test_after_a_dask_sale_a_trafik_sale_starts_from_nothing(tools: SaleTools) -> None:
    dask = await _home_sale(tools, "DASK")
    await dask.ask_for_quotes("DASK", None, None)
    customer = await tools.service.customer(AYSE)
    trafik = Sale.new(tools, customer)
    data = trafik.data
    assert trafik.flow.current == ASSET and data.branch == "TRAFIK" and trafik.flow.missing() == ["vehicle_id"]
    assert data.property_id is None and data.proposal_id is None and trafik.payment is None
    vehicles = await tools.service.vehicles(customer.id)
    trafik.flow.advance(vehicle_id=vehicles[0].id, vehicle_label="34 ABC 123")
    proposal_id = await trafik.ask_for_quotes("TRAFIK", None, None)
    assert (await tools.service.proposal(proposal_id)).product_branch == "TRAFIK"


@pytest.mark.asyncio
async def test_the_policy_list_learns_the_address_of_the_home_a_row_insures(tools: SaleTools) -> None:
    sale = await _home_sale(tools, "DASK")
    proposal_id = await sale.ask_for_quotes("DASK", None, None)
    await _pay(sale, _cheapest_payable(await _answered(tools, proposal_id)))
    client = tools.service.client
    fresh = KnownAddresses()  # a desk that has never seen this home
    learned: list[None] = []
    homes = HomeAddressReader(client.properties, POLICIES.fields, known=fresh, learned=lambda: learned.append(None))
    number = sale.data.policy_number or ""
    fetch = client_fetcher(client, POLICIES)
    page = await fetch(ListQuery(search={"insuranceCompanyPolicyNumber": {"eq": {"value": number}}}), 5, None)
    assert len(page.rows) == 1
    row = dict(zip(POLICIES.fields, page.rows[0], strict=True))
    assert row["productBranch"] == "DASK" and row["daskPolicyNumber"]
    assert fresh.text_for(row["propertyId"], row["propertyNumber"]) is None  # the page does not wait for it
    homes.row_shown(page.rows[0])
    homes.row_shown(page.rows[0])  # drawn twice, read once
    await homes.idle()
    assert fresh.text_for(row["propertyId"], row["propertyNumber"]) == sale.data.property_label
    assert learned == [None]


@pytest.mark.asyncio
async def test_a_past_dask_proposal_reopens_on_the_quotes_step_with_its_home(tools: SaleTools) -> None:
    first = await _home_sale(tools, "DASK")
    proposal_id = await first.ask_for_quotes("DASK", None, None)
    reopened = await Sale.for_proposal(tools, proposal_id)
    data = reopened.data
    assert reopened.flow.current == QUOTES and data.branch == "DASK" and data.proposal_id == proposal_id
    assert data.property_id == first.data.property_id and data.property_label == first.data.property_label
