"""``proposals`` resource: create, detail, premium detail, coverage, documents, retry, revise."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import TypeAdapter

from .documents import Document, download, fetch_document
from .errors import BusinessRuleViolation, NotFound
from .models.common import ProposalCreated
from .models.proposals import PremiumDetail, Proposal, ProposalCreate, ProposalProduct
from .renewal_period import OutsideRenewalPeriod, is_outside_renewal_period
from .session import ApiSession, segment

_COVERAGE = TypeAdapter(dict[str, Any] | None)


def _product_path(pid: str, ppid: str) -> str:
    return f"proposals/{segment(pid)}/products/{segment(ppid)}"


class ProposalsApi:
    def __init__(self, session: ApiSession) -> None:
        self._s = session

    async def create(self, body: ProposalCreate) -> str:
        """Start pricing and return the proposal id. Never retried (a repeat prices twice).

        Raises ``OutsideRenewalPeriod`` when the vehicle is not yet in its renewal period (addendum §J)."""
        try:
            created = await self._s.call("POST", "proposals", ProposalCreated, json_body=body.to_wire(),
                                         idempotent=False)
        except BusinessRuleViolation as exc:
            if is_outside_renewal_period(exc):
                raise OutsideRenewalPeriod.from_error(exc) from exc
            raise
        return created.proposal_id

    async def get(self, proposal_id: str) -> Proposal:
        return await self._s.call("GET", f"proposals/{segment(proposal_id)}", Proposal)

    async def product(self, proposal_id: str, proposal_product_id: str) -> ProposalProduct:
        """One product, read through the proposal detail (the SDK's only source of product state)."""
        proposal = await self.get(proposal_id)
        found = proposal.product(proposal_product_id)
        if found is None:
            raise NotFound("Teklif ürünü bulunamadı.", status=404)
        return found

    async def premium_detail(self, proposal_id: str, proposal_product_id: str, installment: int) -> PremiumDetail:
        path = f"{_product_path(proposal_id, proposal_product_id)}/premium-detail/{installment}"
        return await self._s.call("GET", path, PremiumDetail)

    async def product_coverage(self, proposal_id: str, proposal_product_id: str) -> dict[str, Any]:
        path = f"{_product_path(proposal_id, proposal_product_id)}/coverage"
        body = await self._s.call("GET", path, _COVERAGE, empty=b"null")
        coverage = (body or {}).get("coverage")
        return dict(coverage) if isinstance(coverage, dict) else {}

    async def document_url(self, proposal_id: str, proposal_product_id: str) -> Document:
        return await fetch_document(self._s, "GET", f"{_product_path(proposal_id, proposal_product_id)}/document")

    async def information_form_url(self, proposal_id: str, proposal_product_id: str) -> Document:
        path = f"{_product_path(proposal_id, proposal_product_id)}/information-form"
        return await fetch_document(self._s, "GET", path)

    async def compare_pdf_url(
        self, proposal_id: str, proposal_product_ids: Sequence[str], excluded_coverage_fields: Sequence[str] = ()
    ) -> Document:
        body = {
            "proposalId": proposal_id,
            "proposalProductIds": list(proposal_product_ids),
            "excludedCoverageFields": list(excluded_coverage_fields),
        }
        return await fetch_document(self._s, "POST", f"proposals/{segment(proposal_id)}/products/compare-pdf", body)

    async def download(self, document: Document | str) -> bytes:
        return await download(self._s, document)

    async def retry(self, proposal_id: str, proposal_product_id: str) -> None:
        """Ask the insurer to price this product again (the answer arrives later)."""
        body = {"proposalId": proposal_id, "proposalProductId": proposal_product_id}
        path = f"{_product_path(proposal_id, proposal_product_id)}/retry"
        await self._s.request("POST", path, json_body=body, idempotent=False)

    async def revise(self, proposal_id: str, coverage_group_ids: Sequence[str] | None = None) -> str:
        """Price the whole proposal again with other coverage groups (None keeps the current ones).

        The answer names the revised proposal; it may be a new id (the SDK describes a revised *version*), and
        everything after this reads that id. Never retried: a repeat would start a second revision."""
        body = {"proposalId": proposal_id,
                "coverageGroupIds": list(coverage_group_ids) if coverage_group_ids else None}
        created = await self._s.call("POST", f"proposals/{segment(proposal_id)}/revise", ProposalCreated,
                                     json_body=body, idempotent=False)
        return created.proposal_id

    async def revise_product(self, proposal_id: str, proposal_product_id: str, *,
                             guarantee_group_id: str | None = None, coverage: dict[str, Any] | None = None) -> None:
        """Price one product again with another coverage (None keeps it); the new price arrives later."""
        body = {"proposalId": proposal_id, "proposalProductId": proposal_product_id,
                "guaranteeGroupId": guarantee_group_id, "coverage": coverage}
        path = f"{_product_path(proposal_id, proposal_product_id)}/revise"
        await self._s.request("POST", path, json_body=body, idempotent=False)
