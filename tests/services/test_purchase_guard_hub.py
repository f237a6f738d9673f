"""Hub Purchased events as extra evidence for the purchase guard; REST reconciliation still has the last word."""

from __future__ import annotations

from typing import Any

import pytest
from purchase_fakes import CARD, FakePurchases

from insurup_desk.api.errors import NetworkError, PurchaseOutcomeUnknown
from insurup_desk.api.models import Policy, Reconciliation
from insurup_desk.api.models.hub_events import HubEvent, HubEventKind, ProductEventData
from insurup_desk.services.purchase_guard import PurchaseBlocked, PurchaseGuard, PurchaseState

pytestmark = pytest.mark.asyncio


async def _no_sleep(_s: float) -> None:
    return None


def purchased(product: str = "pp1", policy: str | None = "pol9", proposal: str = "p1") -> HubEvent:
    data: dict[str, Any] = {"proposalId": proposal, "proposalProductId": product, "policyId": policy}
    return HubEvent(HubEventKind.PURCHASED, ProductEventData.model_validate(data))


async def _lost(api: FakePurchases) -> PurchaseGuard:
    api.pay_answers = [PurchaseOutcomeUnknown(proposal_id="p1", proposal_product_id="pp1")]
    guard = PurchaseGuard(api, "p1", sleep=_no_sleep)
    assert (await guard.pay_by_card("pp1", 1, CARD)).state is PurchaseState.UNKNOWN
    return guard


async def test_a_purchased_event_settles_outcome_unknown_and_rest_confirms() -> None:
    api = FakePurchases()
    guard = await _lost(api)
    assert guard.hub_event(purchased())
    assert guard.state is PurchaseState.PURCHASED and guard.outcome.policy_id == "pol9"
    assert guard.outcome.unconfirmed and guard.needs_reconcile
    with pytest.raises(PurchaseBlocked):
        await guard.pay_by_card("pp1", 1, CARD)
    policy = Policy(id="pol9", insurance_company_policy_number="POL-2026-000009")
    api.reconcile_answers = [Reconciliation(status="PURCHASED", policy=policy)]
    outcome = await guard.reconcile()
    assert outcome.state is PurchaseState.PURCHASED and not outcome.unconfirmed
    assert outcome.policy_number == "POL-2026-000009" and not guard.needs_reconcile
    assert len(api.pay_calls) == 1


async def test_events_that_prove_nothing_are_ignored() -> None:
    api = FakePurchases()
    guard = await _lost(api)
    for event in (purchased(policy=None), purchased(product="other"), purchased(proposal="p2"),
                  HubEvent(HubEventKind.PURCHASING, ProductEventData(proposal_id="p1", proposal_product_id="pp1"))):
        assert not guard.hub_event(event)
    assert guard.state is PurchaseState.UNKNOWN


async def test_rest_saying_not_purchased_against_the_hub_stays_blocked() -> None:
    api = FakePurchases()
    guard = await _lost(api)
    guard.hub_event(purchased())
    api.reconcile_answers = [Reconciliation(status="NOT_PURCHASED")]
    assert (await guard.reconcile()).state is PurchaseState.UNKNOWN
    assert not guard.may_pay


async def test_an_event_during_payment_settles_a_lost_answer_at_once() -> None:
    api = FakePurchases()
    guard = PurchaseGuard(api, "p1", sleep=_no_sleep)
    guard.product_id = "pp1"
    assert not guard.hub_event(purchased())  # nothing unknown yet: the answer itself is awaited
    api.pay_answers = [PurchaseOutcomeUnknown(proposal_id="p1", proposal_product_id="pp1")]
    outcome = await guard.pay_by_card("pp1", 1, CARD)
    assert outcome.state is PurchaseState.PURCHASED and outcome.policy_id == "pol9" and outcome.unconfirmed
    api.reconcile_answers = [NetworkError(status=None)]
    again = await guard.reconcile()
    assert again.state is PurchaseState.PURCHASED and again.unconfirmed  # still blocked, still to confirm
