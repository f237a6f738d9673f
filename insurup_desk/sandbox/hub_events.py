"""The eight proposal-detail hub events (reference §11): which moment fires which event, with its payload.

A watcher remembers what it last told a client about each product and turns every change of the REST-visible
state into events, so the hub fires at exactly the moments ``GET /api/proposals/{id}`` changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from .records import ProductRec, ProposalRec

IN_PROGRESS: Final = "ReceiveProposalProductInProgress"
SUCCESS: Final = "ReceiveProposalProductSuccess"
FAILED: Final = "ReceiveProposalProductFailed"
REVISED: Final = "ReceiveProposalProductRevised"
PURCHASING: Final = "ReceiveProposalProductPurchasing"
PURCHASED: Final = "ReceiveProposalProductPurchased"
PURCHASE_FAILED: Final = "ReceiveProposalProductPurchaseFailed"
COVERAGE: Final = "ReceiveProposalProductCoverage"
ALL: Final = (IN_PROGRESS, SUCCESS, FAILED, REVISED, PURCHASING, PURCHASED, PURCHASE_FAILED, COVERAGE)

PURCHASE_FAILED_DEFAULT: Final = "Satın alma tamamlanamadı."


@dataclass(frozen=True, slots=True)
class Seen:
    state: str
    ready_at: float


def base(p: ProposalRec, prod: ProductRec, priced: bool) -> dict[str, Any]:
    return {
        "proposalId": p.id,
        "proposalProductId": prod.id,
        "productId": prod.product_id,
        "productName": prod.product_name,
        "productType": prod.product_type,
        "insuranceCompanyId": prod.insurer_id,
        "insuranceCompanyName": prod.insurer_name,
        "insuranceCompanyLogo": f"https://cdn.insurup.com/logos/{prod.insurer_id}.png",
        "supportedPaymentOptions": list(prod.payment_options) if priced else [],
    }


def _premium(prod: ProductRec, raw: dict[str, Any]) -> dict[str, Any]:
    return {
        "installmentNumber": raw["installmentNumber"],
        "insurancePremiumReference": f"{prod.id}-{raw['installmentNumber']}",
        "netPremium": raw["netPremium"],
        "grossPremium": raw["grossPremium"],
        "commission": raw["commission"],
        "exchangeRate": raw["exchangeRate"],
        "currency": raw["currency"],
        "insuranceCompanyProposalNumber": raw.get("insuranceCompanyProposalNumber"),
    }


def success(p: ProposalRec, prod: ProductRec) -> dict[str, Any]:
    return base(p, prod, True) | {
        "premiums": [_premium(prod, x) for x in prod.premiums],
        "needsInvestigationByCompany": prod.needs_investigation,
        "investigationMessage": None,
        "hasVocationalDiscount": prod.vocational_discount,
        "hasUndamagedDiscount": prod.undamaged_discount,
        "hasUndamagedDiscountRate": prod.undamaged_rate,
        "insuranceServiceProviderCoverage": prod.coverage,
        "pdfCoverage": None,
        "initialCoverage": p.initial_coverage,
        "optimalCoverage": prod.coverage,
    }


def coverage(p: ProposalRec, prod: ProductRec) -> dict[str, Any]:
    return {
        "proposalId": p.id,
        "proposalProductId": prod.id,
        "pdfCoverage": None,
        "optimalCoverage": prod.coverage,
        "hasVocationalDiscount": prod.vocational_discount,
        "hasUndamagedDiscount": prod.undamaged_discount,
        "hasUndamagedDiscountRate": prod.undamaged_rate,
    }


def changes(p: ProposalRec, prod: ProductRec, before: Seen, now: float,
            purchase_error: str | None) -> list[tuple[str, dict[str, Any]]]:
    """The events that take a client from ``before`` to the product's state at ``now``."""
    state = prod.state(now)
    out: list[tuple[str, dict[str, Any]]] = []
    previous = before.state
    if prod.ready_at != before.ready_at and previous in ("ACTIVE", "FAILED") and prod.override is None:
        # Pricing restarted (retry of a failure, or revised inputs), perhaps already finished again.
        out.append((REVISED if previous == "ACTIVE" or prod.revised else IN_PROGRESS, base(p, prod, False)))
        previous = "WAITING"
    if state == previous:
        return out
    if state == "WAITING":
        out.append((REVISED if previous == "ACTIVE" else IN_PROGRESS, base(p, prod, False)))
    elif state == "PURCHASE_FAILED" or (state == "ACTIVE" and previous == "PURCHASING"):
        # A refused payment: back to ACTIVE, or PURCHASE_FAILED where the realistic profile names it (§16 #28).
        out.append((PURCHASE_FAILED, base(p, prod, True) | {"errorMessage": purchase_error
                                                            or PURCHASE_FAILED_DEFAULT}))
    elif state == "ACTIVE":
        out.append((SUCCESS, success(p, prod)))
        out.append((COVERAGE, coverage(p, prod)))
    elif state == "FAILED":
        out.append((FAILED, base(p, prod, False) | {"errorMessage": prod.error_message}))
    elif state == "PURCHASING":
        out.append((PURCHASING, base(p, prod, True)))
    elif state == "PURCHASED":
        if previous not in ("PURCHASING",):
            out.append((PURCHASING, base(p, prod, True)))
        out.append((PURCHASED, base(p, prod, True) | {"policyId": prod.policy_id}))
    return out
