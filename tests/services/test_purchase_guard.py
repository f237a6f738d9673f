"""The purchase guard: one policy per proposal, declines allow another try, lost answers are reconciled."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from purchase_fakes import CARD, FakePurchases

from insurup_desk.api.errors import (
    BusinessRuleViolation,
    Duplicate,
    NetworkError,
    PurchaseOutcomeUnknown,
    ServerError,
)
from insurup_desk.api.models import Policy, PurchaseResult, Reconciliation
from insurup_desk.services.purchase_guard import PurchaseBlocked, PurchaseGuard, PurchaseState


async def _no_sleep(_s: float) -> None:
    return None


def _guard(api: FakePurchases, **kw: Any) -> PurchaseGuard:
    return PurchaseGuard(api, "p1", sleep=_no_sleep, **kw)


@pytest.mark.asyncio
async def test_success_blocks_a_second_payment() -> None:
    api = FakePurchases()
    api.pay_answers = [PurchaseResult(policy_id="pol1", policy_number="POL-2026-000001", status="PURCHASED")]
    guard = _guard(api)
    outcome = await guard.pay_by_card("pp1", 1, CARD)
    assert outcome.state is PurchaseState.PURCHASED and outcome.policy_number == "POL-2026-000001"
    with pytest.raises(PurchaseBlocked):
        await guard.pay_by_card("pp2", 1, CARD)
    assert len(api.pay_calls) == 1


@pytest.mark.asyncio
async def test_a_decline_lets_the_operator_try_again() -> None:
    api = FakePurchases()
    api.pay_answers = [BusinessRuleViolation("Yetersiz bakiye", status=422),
                       PurchaseResult(policy_id="pol1")]
    guard = _guard(api)
    outcome = await guard.pay_by_card("pp1", 1, CARD)
    assert outcome.state is PurchaseState.DECLINED
    assert outcome.error is not None and outcome.error.detail == "Yetersiz bakiye"
    assert guard.may_pay
    assert (await guard.pay_open_account("pp1", 1)).state is PurchaseState.PURCHASED


@pytest.mark.asyncio
async def test_a_lost_answer_blocks_payment_until_reconciled_as_purchased() -> None:
    api = FakePurchases()
    api.pay_answers = [PurchaseOutcomeUnknown(proposal_id="p1", proposal_product_id="pp1")]
    policy = Policy(id="pol9", insurance_company_policy_number="POL-2026-000009")
    api.reconcile_answers = [Reconciliation(status="PROCESSING"),
                             Reconciliation(status="PURCHASED", policy=policy)]
    guard = _guard(api)
    assert (await guard.pay_by_card("pp1", 1, CARD)).state is PurchaseState.UNKNOWN
    assert not guard.may_pay and guard.needs_reconcile
    with pytest.raises(PurchaseBlocked):
        await guard.pay_by_card("pp1", 1, CARD)
    outcome = await guard.reconcile()
    assert outcome.state is PurchaseState.PURCHASED
    assert (outcome.policy_id, outcome.policy_number) == ("pol9", "POL-2026-000009")
    assert api.reconcile_calls == 2 and len(api.pay_calls) == 1


@pytest.mark.asyncio
async def test_reconciled_not_purchased_allows_a_deliberate_new_attempt() -> None:
    api = FakePurchases()
    api.pay_answers = [PurchaseOutcomeUnknown(proposal_id="p1", proposal_product_id="pp1")]
    api.reconcile_answers = [Reconciliation(status="NOT_PURCHASED")]
    guard = _guard(api)
    await guard.pay_by_card("pp1", 1, CARD)
    assert (await guard.reconcile()).state is PurchaseState.FAILED
    assert guard.may_pay


@pytest.mark.asyncio
async def test_reconcile_while_the_line_is_still_down_stays_blocked() -> None:
    api = FakePurchases()
    api.pay_answers = [PurchaseOutcomeUnknown(proposal_id="p1", proposal_product_id="pp1")]
    api.reconcile_answers = [NetworkError()]
    guard = _guard(api)
    await guard.pay_by_card("pp1", 1, CARD)
    outcome = await guard.reconcile()
    assert outcome.state is PurchaseState.UNKNOWN and isinstance(outcome.error, NetworkError)
    assert not guard.may_pay


@pytest.mark.asyncio
async def test_endless_processing_ends_in_processing_and_stays_blocked() -> None:
    api = FakePurchases()
    api.pay_answers = [PurchaseOutcomeUnknown(proposal_id="p1", proposal_product_id="pp1")]
    api.reconcile_answers = [Reconciliation(status="PROCESSING")] * 3
    guard = _guard(api, processing_checks=3)
    await guard.pay_by_card("pp1", 1, CARD)
    assert (await guard.reconcile()).state is PurchaseState.PROCESSING
    assert not guard.may_pay and guard.needs_reconcile


@pytest.mark.asyncio
async def test_two_clicks_at_once_send_one_request() -> None:
    api = FakePurchases()
    gate = asyncio.Event()

    async def slow_pay(*_a: Any, **_k: Any) -> PurchaseResult:
        api.pay_calls.append(("p1", "pp1", 1))
        await gate.wait()
        return PurchaseResult(policy_id="pol1")

    api.pay_by_card = slow_pay  # type: ignore[method-assign]
    guard = _guard(api)
    first = asyncio.ensure_future(guard.pay_by_card("pp1", 1, CARD))
    await asyncio.sleep(0)
    with pytest.raises(PurchaseBlocked):
        await guard.pay_by_card("pp1", 1, CARD)
    gate.set()
    assert (await first).state is PurchaseState.PURCHASED
    assert len(api.pay_calls) == 1


def test_a_resumed_sale_with_a_lost_answer_starts_blocked() -> None:
    guard = _guard(FakePurchases())
    guard.restore_pending("pp1")
    assert not guard.may_pay and guard.needs_reconcile


def _policy_answer() -> Reconciliation:
    return Reconciliation(status="PURCHASED",
                          policy=Policy(id="pol9", insurance_company_policy_number="POL-2026-000009"))


@pytest.mark.asyncio
async def test_an_already_purchased_409_is_reconciled_into_the_policy_not_shown_as_a_decline() -> None:
    api = FakePurchases()
    api.pay_answers = [Duplicate(status=409, detail="Bu teklif zaten satın alındı.")]
    api.reconcile_answers = [_policy_answer()]
    guard = _guard(api)
    outcome = await guard.pay_by_card("pp1", 1, CARD)
    assert outcome.state is PurchaseState.UNKNOWN and not guard.may_pay
    outcome = await guard.reconcile()
    assert outcome.state is PurchaseState.PURCHASED and outcome.policy_number == "POL-2026-000009"


@pytest.mark.asyncio
async def test_a_server_error_after_sending_may_hide_a_charge_so_it_blocks_payment() -> None:
    api = FakePurchases()
    api.pay_answers = [ServerError(status=500, detail="Beklenmeyen bir sunucu hatası oluştu.")]
    guard = _guard(api)
    outcome = await guard.pay_open_account("pp1", 1)
    assert outcome.state is PurchaseState.UNKNOWN and guard.needs_reconcile
    with pytest.raises(PurchaseBlocked):
        await guard.pay_open_account("pp1", 1)


@pytest.mark.asyncio
async def test_a_truncated_answer_while_checking_fails_closed_and_check_again_works() -> None:
    api = FakePurchases()
    api.pay_answers = [PurchaseOutcomeUnknown(proposal_id="p1", proposal_product_id="pp1")]
    api.reconcile_answers = [ValueError("Unterminated string starting at: line 1 column 12"), _policy_answer()]
    guard = _guard(api)
    await guard.pay_by_card("pp1", 1, CARD)
    outcome = await guard.reconcile()
    assert outcome.state is PurchaseState.UNKNOWN and guard.state is not PurchaseState.CHECKING
    assert not guard.may_pay
    outcome = await guard.reconcile()  # "Tekrar kontrol et"
    assert outcome.state is PurchaseState.PURCHASED and outcome.policy_id == "pol9"


@pytest.mark.asyncio
async def test_an_unreadable_purchase_answer_is_an_unknown_outcome_not_a_crash() -> None:
    api = FakePurchases()
    api.pay_answers = [ValueError("1 validation error for PurchaseResult")]
    guard = _guard(api)
    outcome = await guard.pay_by_card("pp1", 1, CARD)
    assert outcome.state is PurchaseState.UNKNOWN and not guard.may_pay
