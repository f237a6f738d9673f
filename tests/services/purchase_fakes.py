"""A scripted purchases API: answers are queued per call, calls are counted (no network, no Qt)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from insurup_desk.api.models import CardDetails, PurchaseResult, Reconciliation

CARD = CardDetails(number="4242424242424242", cvc="123", expiry_month="12", expiry_year="2030",
                   holder_name="AYSE YILMAZ")


class FakePurchases:
    def __init__(self) -> None:
        self.pay_answers: list[PurchaseResult | Exception] = []
        self.reconcile_answers: list[Reconciliation | Exception] = []
        self.pay_calls: list[tuple[str, str, int]] = []
        self.metadata_sent: list[dict[str, Any] | None] = []  # the purchase metadata of each call, in order
        self.reconcile_calls = 0
        # Runs inside each purchase call, before it answers (e.g. to look at what was written ahead).
        self.on_pay: Callable[[], None] = lambda: None

    async def pay_by_card(self, proposal_id: str, proposal_product_id: str, installment_number: int,
                          card: CardDetails, metadata: dict[str, Any] | None = None) -> PurchaseResult:
        self.metadata_sent.append(metadata)
        return self._pay(proposal_id, proposal_product_id, installment_number)

    async def pay_open_account(self, proposal_id: str, proposal_product_id: str, installment_number: int,
                               metadata: dict[str, Any] | None = None) -> PurchaseResult:
        self.metadata_sent.append(metadata)
        return self._pay(proposal_id, proposal_product_id, installment_number)

    def _pay(self, pid: str, ppid: str, n: int) -> PurchaseResult:
        self.pay_calls.append((pid, ppid, n))
        self.on_pay()
        answer = self.pay_answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    async def reconcile(self, proposal_id: str, proposal_product_id: str) -> Reconciliation:
        self.reconcile_calls += 1
        answer = self.reconcile_answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer


