"""The sale's campaign tag: what may be typed, and that it reaches the policy through the one purchase (no Qt)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import pytest_asyncio
from purchase_fakes import CARD, FakePurchases

from insurup_desk.api import ApiConfig, InsurUpClient
from insurup_desk.api.errors import PurchaseOutcomeUnknown
from insurup_desk.api.models import Policy, Reconciliation
from insurup_desk.services.list_queries import ListQuery
from insurup_desk.services.list_sources import POLICIES, client_fetcher
from insurup_desk.services.purchase_guard import PurchaseGuard
from insurup_desk.services.purchase_journal import open_journal
from insurup_desk.services.sale import Sale, SaleTools
from insurup_desk.services.sale_payment import PaymentStep, SalePayment
from insurup_desk.services.sale_service import SaleService
from insurup_desk.services.sale_tags import (
    MAX_LENGTH,
    TagInvalid,
    TagProblem,
    check_tag,
    purchase_metadata,
    tag_of,
)
from insurup_desk.services.sales_flow import SalesFlow

AYSE = "11111111110"
# Another customer for the second sale: the same vehicle cannot be insured twice outside its renewal period.
COMPANY = "6130782524"


@pytest.mark.parametrize(("typed", "kept"), [
    ("", ""), ("   ", ""), ("BAHAR-2026", "BAHAR-2026"), ("  Şubat   fırsatı ", "Şubat fırsatı"),
    ("Öğrenci %10", "Öğrenci %10"), ("I\u0307zmir/2", "İzmir/2"), ("a" * MAX_LENGTH, "a" * MAX_LENGTH),
])
def test_a_tag_is_kept_trimmed_with_turkish_letters(typed: str, kept: str) -> None:
    assert check_tag(typed) == kept


@pytest.mark.parametrize(("typed", "problem", "character"), [
    ("x", TagProblem.TOO_SHORT, ""), ("a" * (MAX_LENGTH + 1), TagProblem.TOO_LONG, ""),
    ("kampanya;drop", TagProblem.BAD_CHARACTER, ";"), ("<b>", TagProblem.BAD_CHARACTER, "<"),
    ("yaz\U0001f389", TagProblem.BAD_CHARACTER, "\U0001f389"), ("kod\u200b1", TagProblem.BAD_CHARACTER, "\u200b"),
])
def test_a_tag_that_cannot_be_sent_is_refused_with_its_reason(typed: str, problem: TagProblem, character: str) -> None:
    with pytest.raises(TagInvalid) as refused:
        check_tag(typed)
    assert refused.value.problem is problem and refused.value.character == character


def test_the_metadata_is_the_contract_example_shape_and_reads_back() -> None:
    assert purchase_metadata("") is None
    assert purchase_metadata(" BAHAR-2026 ") == {"campaign": "BAHAR-2026"}
    assert tag_of({"campaign": "BAHAR-2026", "other": 1}) == "BAHAR-2026"
    assert tag_of(None) == "" and tag_of({"campaign": 5}) == ""


def test_the_tag_is_autosaved_with_the_sale_and_a_new_sale_starts_without_one() -> None:
    flow = SalesFlow.begin("c1", "Ayşe")
    flow.update(campaign_tag="BAHAR-2026")
    assert SalesFlow.from_dict(flow.to_dict()).data.campaign_tag == "BAHAR-2026"
    assert SalesFlow.begin("c1", "Ayşe").data.campaign_tag == ""


@pytest.mark.asyncio
async def test_a_lost_answer_is_checked_without_sending_the_tag_again() -> None:
    api = FakePurchases()
    api.pay_answers = [PurchaseOutcomeUnknown("zaman aşımı", proposal_id="p1", proposal_product_id="pp1")]
    api.reconcile_answers = [Reconciliation(status="PURCHASED", policy=Policy(id="pol1"))]
    journal = open_journal(None)

    async def no_sleep(_s: float) -> None:
        return None

    payment = SalePayment(api, journal, "p1", "pp1", 1, guard=PurchaseGuard(api, "p1", sleep=no_sleep))
    payment.offer_loaded(("SYNC_CREDIT_CARD",))
    payment.confirm()
    await payment.pay(CARD, metadata=purchase_metadata("BAHAR-2026"))
    await payment.wait()
    journal.close()
    assert payment.step is PaymentStep.PURCHASED
    assert api.metadata_sent == [{"campaign": "BAHAR-2026"}] and api.reconcile_calls == 1


# --- against the sandbox -----------------------------------------------------------------------------------


@pytest_asyncio.fixture
async def tools(sandbox_app: Any) -> AsyncIterator[SaleTools]:
    client = InsurUpClient(ApiConfig.for_origin("http://127.0.0.1:9"), transport=httpx.ASGITransport(app=sandbox_app))
    await client.auth.login("gise@demo.acente", "Demo1234!")
    journal = open_journal(None)
    yield SaleTools(SaleService(client), journal)
    journal.close()
    await client.aclose()


async def _priced_sale(tools: SaleTools, sandbox: Any, identity: str = AYSE) -> Sale:
    customer = await tools.service.customer(identity)
    sale = Sale.new(tools, customer)
    vehicles = await tools.service.vehicles(customer.id)
    sale.flow.advance(vehicle_id=vehicles[0].id, vehicle_label="34 ABC 123")
    # A seeded vehicle may hold a policy of the branch far from its end: the operator accepts the out-of-period warning.
    sale.flow.update(bypass_renewal_period=True)
    proposal_id = await sale.ask_for_quotes("TRAFIK", None, None)
    sandbox.clock.advance(sandbox.config.latency_max_s + 0.01)  # every simulated insurer has answered
    proposal = await tools.service.proposal(proposal_id)
    product = next(p for p in proposal.products if p.state == "ACTIVE" and p.product_type == "WEB_SERVICE"
                   and "SYNC_CREDIT_CARD" in p.supported_payment_options)
    sale.flow.update(proposal_product_id=product.id, installment_number=1)
    return sale


async def _pay(sale: Sale) -> str:
    payment = await sale.payment_for_offer()
    assert payment is not None
    payment.offer_loaded(("SYNC_CREDIT_CARD",))
    payment.confirm()
    await payment.pay(CARD, metadata=purchase_metadata(sale.data.campaign_tag))
    await payment.wait()
    assert payment.step is PaymentStep.PURCHASED and payment.outcome.policy_id
    return payment.outcome.policy_id


@pytest.mark.asyncio
async def test_the_tag_reaches_the_policy_and_the_next_sale_carries_none(tools: SaleTools, sandbox: Any) -> None:
    first = await _priced_sale(tools, sandbox)
    first.flow.update(campaign_tag=check_tag(" BAHAR-2026 "))
    tagged = await _pay(first)

    second = await _priced_sale(tools, sandbox, COMPANY)
    assert second.data.campaign_tag == ""
    untagged = await _pay(second)

    client = tools.service.client
    assert tag_of((await client.policies.get(tagged)).metadata) == "BAHAR-2026"
    assert sandbox.policy_for(sandbox.policies[tagged].agent_id, tagged).extra["metadata"] == {"campaign": "BAHAR-2026"}
    assert (await client.policies.get(untagged)).metadata is None

    # The policies list (GraphQL) carries it in the node's campaign field, the column the export writes.
    page = await client_fetcher(client, POLICIES)(ListQuery(order=(("createdAt", "DESC"),)), 50, None)
    at = POLICIES.fields.index("campaign")
    by_id = {row[0]: row[at] for row in page.rows}
    assert by_id[tagged] == "BAHAR-2026" and by_id[untagged] is None
