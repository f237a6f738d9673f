"""The client against the in-process sandbox: every resource, end to end."""

from __future__ import annotations

import random
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
import pytest_asyncio
from sandbox_helpers import GISE, MUDUR, SUCCESS_CARD, create_customer_and_vehicle, new_tckn, no_sleep, priced_proposal

from insurup_desk.api import (
    ApiConfig,
    BusinessRuleViolation,
    CardDetails,
    CustomerUpdate,
    Duplicate,
    IndividualCustomerCreate,
    InsurUpClient,
    NotFound,
    RetryPolicy,
    SessionExpired,
    Unauthorized,
    ValidationFailed,
)
from insurup_desk.api.graphql import desc, field, search
from insurup_desk.services.export import iterate_pages
from insurup_desk.services.list_queries import ListQuery
from insurup_desk.services.list_sources import POLICIES, client_fetcher


def card(number: str = SUCCESS_CARD) -> CardDetails:
    return CardDetails(number=number, cvc="123", expiry_month="12", expiry_year="2030", holder_name="DENEME MUSTERI")


@pytest_asyncio.fixture
async def client(sandbox_app: Any) -> AsyncIterator[InsurUpClient]:
    async with InsurUpClient(
        ApiConfig.for_origin("http://127.0.0.1"),
        transport=httpx.ASGITransport(app=sandbox_app),
        retry=RetryPolicy(sleep=no_sleep, rng=random.Random(7)),
    ) as c:
        await c.auth.login(*GISE)
        yield c


@pytest.mark.asyncio
async def test_two_factor_login_and_me(sandbox_app: Any) -> None:
    async with InsurUpClient(
        ApiConfig.for_origin("http://127.0.0.1"), transport=httpx.ASGITransport(app=sandbox_app)
    ) as c:
        outcome = await c.auth.login(*MUDUR)
        assert outcome.requires_two_factor
        with pytest.raises(Unauthorized):
            await c.auth.verify_mfa(outcome.user_id, "000000")
        await c.auth.verify_mfa(outcome.user_id, "123456")
        me = await c.me()
        assert me.email == MUDUR[0]
        assert c.auth.lifetime_s == 600


@pytest.mark.asyncio
async def test_customer_create_get_update_and_duplicates(client: InsurUpClient) -> None:
    rng = random.Random(11)
    tckn = new_tckn(rng)
    cid = await client.customers.create(IndividualCustomerCreate(identity_number=tckn, full_name="Ayşe Yılmaz"))
    by_id = await client.customers.get(cid)
    by_tckn = await client.customers.find_by_identity(tckn)
    assert by_id.id == cid and by_tckn is not None and by_tckn.id == cid
    assert by_id.type == "INDIVIDUAL" and by_id.display_name == "Ayşe Yılmaz"
    await client.customers.update(
        cid, CustomerUpdate(kind="individual", id=cid, full_name="Ayşe Kaya", primary_email="ayse@example.com")
    )
    updated = await client.customers.get(cid)
    assert updated.full_name == "Ayşe Kaya" and updated.primary_email == "ayse@example.com"
    with pytest.raises(Duplicate) as dup:
        await client.customers.create(IndividualCustomerCreate(identity_number=tckn))
    assert dup.value.existing_id == cid
    with pytest.raises(ValidationFailed) as info:
        await client.customers.create(IndividualCustomerCreate(identity_number="12345678900"))
    assert "identityNumber" in info.value.field_errors
    assert await client.customers.find_by_identity(new_tckn(rng)) is None


@pytest.mark.asyncio
async def test_vehicle_and_coverage_resources(client: InsurUpClient) -> None:
    cid, vid = await create_customer_and_vehicle(client, random.Random(12))
    vehicles = await client.vehicles.list(cid)
    assert [v.id for v in vehicles] == [vid]
    vehicle = await client.vehicles.get(cid, vid)
    assert vehicle.plate is not None and vehicle.plate.city == 34
    groups = await client.coverage.groups("KASKO")
    assert groups and all(g.product_branch == "KASKO" for g in groups)
    choices = await client.coverage.kasko_choices("PRIVATE_CAR")
    assert choices and all(c.insurance_company_id for c in choices)
    with pytest.raises(NotFound):
        await client.vehicles.get(cid, "00000000-0000-0000-0000-000000000000")


@pytest.mark.asyncio
async def test_quote_documents_and_card_purchase(client: InsurUpClient, sandbox: Any) -> None:
    cid, vid = await create_customer_and_vehicle(client, random.Random(13))
    proposal = await priced_proposal(client, cid, vid)
    active = [
        p
        for p in proposal.products
        if p.state == "ACTIVE" and p.product_type == "WEB_SERVICE" and "SYNC_CREDIT_CARD" in p.supported_payment_options
    ]
    failed = [p for p in proposal.products if p.state == "FAILED"]
    assert active and failed and failed[0].error_message
    product = active[0]
    premium = product.premium(1)
    assert premium is not None and isinstance(premium.gross_premium, Decimal)
    detail = await client.proposals.premium_detail(proposal.proposal_id, product.id, 1)
    assert detail.installment_number == 1
    doc = await client.proposals.document_url(proposal.proposal_id, product.id)
    pdf = await client.proposals.download(doc)
    assert pdf.startswith(b"%PDF")
    form = await client.proposals.information_form_url(proposal.proposal_id, product.id)
    assert (await client.proposals.download(form)).startswith(b"%PDF")
    compare = await client.proposals.compare_pdf_url(proposal.proposal_id, [p.id for p in active[:2]])
    assert compare.url or compare.content
    await client.proposals.retry(proposal.proposal_id, failed[0].id)

    with pytest.raises(BusinessRuleViolation) as declined:
        await client.purchases.pay_by_card(proposal.proposal_id, product.id, 1, card("4000000000009995"))
    assert "Yetersiz bakiye" in str(declined.value)
    result = await client.purchases.pay_by_card(proposal.proposal_id, product.id, 1, card())
    policy = await client.policies.get(result.policy_id)
    assert policy.proposal_product_id == product.id and policy.gross_premium == premium.gross_premium
    assert (await client.purchases.reconcile(proposal.proposal_id, product.id)).status == "PURCHASED"
    await client.policies.send_document_by_email(result.policy_id, cid, "ayse@example.com")
    assert (await client.proposals.download(await client.policies.document_url(result.policy_id))).startswith(b"%PDF")
    assert len(sandbox.charges) == 1
    with pytest.raises(BusinessRuleViolation):  # already purchased: no second charge
        await client.purchases.pay_by_card(proposal.proposal_id, product.id, 1, card())
    assert len(sandbox.charges) == 1


@pytest.mark.asyncio
async def test_graphql_lists_filter_search_order_and_paging(client: InsurUpClient) -> None:
    page = await client.graphql.policies(first=10, filter=field("state").eq("ACTIVE"), order=[desc("createdAt")])
    assert page.total_count and len(page.nodes) == min(10, page.total_count)
    assert all(n.state == "ACTIVE" for n in page.nodes)
    created = [n.created_at for n in page.nodes if n.created_at]
    assert created == sorted(created, reverse=True)
    # the export's walk over every page, seven rows at a time
    active = ListQuery(filter=field("state").eq("ACTIVE").to_wire())
    seen = [row[0] async for p in iterate_pages(client_fetcher(client, POLICIES), active, 7) for row in p.rows]
    assert len(seen) == len(set(seen)) == page.total_count
    customers = await client.graphql.customers(first=5)
    assert customers.nodes
    name = customers.nodes[0].name or ""
    found = await client.graphql.customers(first=50, search=search("name").contains(name.split()[0]))
    assert customers.nodes[0].id in {c.id for c in found.nodes}
    proposals = await client.graphql.proposals(first=3)
    assert len(proposals.nodes) <= 3


@pytest.mark.asyncio
async def test_stale_refresh_token_is_session_expired(client: InsurUpClient, sandbox_app: Any) -> None:
    old = client.auth.refresh_token
    assert old is not None
    await client.auth.refresh()
    transport = httpx.ASGITransport(app=sandbox_app)
    async with InsurUpClient(ApiConfig.for_origin("http://127.0.0.1"), transport=transport) as other:
        with pytest.raises(SessionExpired):
            await other.auth.resume(old)
        assert not other.auth.is_authenticated
