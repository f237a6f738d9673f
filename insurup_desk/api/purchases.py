"""Synchronous purchase (credit card, open account) and reconciliation after a lost answer.

A purchase is sent exactly once. If its answer is lost (timeout, dropped line, 5xx) the caller gets
``PurchaseOutcomeUnknown`` and must call ``reconcile`` before offering the operator another attempt.
"""

from __future__ import annotations

from typing import Any

from .errors import ApiError, NotFound
from .models.policies import Policy
from .models.proposals import ProposalProduct
from .models.purchases import CardDetails, PurchaseResult, Reconciliation
from .policies import PoliciesApi
from .proposals import ProposalsApi
from .session import ApiSession, PurchaseIds, segment

# Only these prove that no policy was bought (the mobile docs name PURCHASE_FAILED, which the contract allows
# to be paid again); any other state keeps the purchase "being checked".
_NOTHING_BOUGHT_STATES = frozenset({"ACTIVE", "FAILED", "PURCHASE_FAILED"})


class PurchasesApi:
    def __init__(self, session: ApiSession, proposals: ProposalsApi, policies: PoliciesApi) -> None:
        self._s = session
        self._proposals = proposals
        self._policies = policies

    async def pay_by_card(
        self,
        proposal_id: str,
        proposal_product_id: str,
        installment_number: int,
        card: CardDetails,
        metadata: dict[str, Any] | None = None,
    ) -> PurchaseResult:
        body: dict[str, Any] = {
            "$type": "credit-card",
            "proposalId": proposal_id,
            "proposalProductId": proposal_product_id,
            "installmentNumber": installment_number,
            "card": card.to_wire(),
        }
        if metadata:
            body["metadata"] = metadata
        return await self._purchase(proposal_id, proposal_product_id, body)

    async def pay_open_account(
        self,
        proposal_id: str,
        proposal_product_id: str,
        installment_number: int,
        metadata: dict[str, Any] | None = None,
    ) -> PurchaseResult:
        body: dict[str, Any] = {
            "$type": "open-account",
            "proposalId": proposal_id,
            "proposalProductId": proposal_product_id,
            "installmentNumber": installment_number,
        }
        if metadata:
            body["metadata"] = metadata
        return await self._purchase(proposal_id, proposal_product_id, body)

    async def _purchase(self, pid: str, ppid: str, body: dict[str, Any]) -> PurchaseResult:
        path = f"proposals/{segment(pid)}/products/{segment(ppid)}/purchase/sync"
        # A 2xx whose body cannot be read, or lacks the policy id, means the server accepted the payment: the
        # parse point raises MalformedPurchaseAnswer (an outcome-unknown) and reconciliation finds the policy.
        result: PurchaseResult = await self._s.call("POST", path, PurchaseResult, json_body=body,
                                                    purchase=PurchaseIds(pid, ppid))
        if result.policy_number is None:
            result = await self._with_policy_number(result)
        return result

    async def _with_policy_number(self, result: PurchaseResult) -> PurchaseResult:
        """The SDK contract answers only ``{policyId}`` (§16 #27): read the number from the policy itself. The
        policy is bought either way, so a failed read leaves the number unknown instead of failing the sale."""
        try:
            policy = await self._policies.get(result.policy_id)
        except ApiError:
            return result
        number = policy.insurance_company_policy_number
        return result.model_copy(update={"policy_number": str(number)}) if number else result

    async def reconcile(self, proposal_id: str, proposal_product_id: str) -> Reconciliation:
        """Read back what happened to a purchase: PURCHASED (with the policy), NOT_PURCHASED or PROCESSING."""
        product = await self._read_product(proposal_id, proposal_product_id)
        state = (product.state or "").upper()
        if product.policy_id:
            try:
                policy: Policy | None = await self._policies.get(product.policy_id)
            except NotFound:
                policy = None
            if policy is None:
                return Reconciliation(status="PROCESSING", product=product)
            return Reconciliation(status="PURCHASED", product=product, policy=policy)
        if state in _NOTHING_BOUGHT_STATES:
            return Reconciliation(status="NOT_PURCHASED", product=product)
        # PURCHASING, PURCHASED without a policy yet, WAITING, or a state this client does not know: nothing
        # proves the customer was not charged, so the sale stays blocked until a later check can tell.
        return Reconciliation(status="PROCESSING", product=product)

    async def _read_product(self, pid: str, ppid: str) -> ProposalProduct:
        proposal = await self._proposals.get(pid)
        found = proposal.product(ppid)
        if found is not None:
            return found
        # Some deployments only list products under their own path (documented, absent from the SDK).
        return await self._s.call("GET", f"proposals/{segment(pid)}/products/{segment(ppid)}", ProposalProduct)
