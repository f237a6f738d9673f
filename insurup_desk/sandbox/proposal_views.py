"""JSON views of proposals and their products (§6.2), and the snapshot frozen at creation."""

from __future__ import annotations

from typing import Any

from .records import PRICED_STATES, ProductRec, ProposalRec
from .state import Sandbox


def product_view(p: ProposalRec, prod: ProductRec, now: float) -> dict[str, Any]:
    state = prod.state(now)
    priced = state in PRICED_STATES
    failed = state == "FAILED"
    return {
        "id": prod.id,
        "insuranceCompanyId": prod.insurer_id,
        "insuranceCompanyName": prod.insurer_name,
        "insuranceCompanyLogo": f"https://cdn.insurup.com/logos/{prod.insurer_id}.png",
        "productId": prod.product_id,
        "productName": prod.product_name,
        "productType": prod.product_type,
        "state": state,
        "premiums": [dict(x) for x in prod.premiums] if priced else [],
        "errorMessage": prod.error_message if failed else None,
        "policyId": prod.policy_id,
        "supportedPaymentOptions": list(prod.payment_options) if priced else [],
        "needsInvestigationByCompany": prod.needs_investigation if priced else False,
        "hasVocationalDiscount": prod.vocational_discount if priced else False,
        "hasUndamagedDiscount": prod.undamaged_discount if priced else False,
        "hasUndamagedDiscountRate": prod.undamaged_rate if priced else None,
        "revised": prod.revised,
        "isManual": False,
        "manualPdfUrl": None,
        "coverageGroupId": prod.coverage_group_id,
        "coverageGroupName": prod.coverage_group_name,
        "insuranceServiceProviderCoverage": prod.coverage if priced else None,
        "pdfCoverage": None,
        "initialCoverage": p.initial_coverage,
        "optimalCoverage": prod.coverage if priced else p.initial_coverage,
    }


def proposal_view(sb: Sandbox, p: ProposalRec, now: float) -> dict[str, Any]:
    products = [product_view(p, prod, now) for prod in p.products]
    lows = [min(x["grossPremium"] for x in v["premiums"]) for v in products if v["premiums"]]
    groups = [
        {k: g[k] for k in ("id", "name", "description", "coverageTable")}
        for gid in p.coverage_group_ids
        if (g := sb.coverage_groups.get(gid)) is not None
    ]
    return {
        "proposalId": p.id,
        "productBranch": p.branch,
        "state": p.state(now),
        "channel": p.channel,
        "createdAt": p.created_at,
        "totalProductsCount": len(products),
        "succeedProductsCount": len(lows),
        "lowestPremium": min(lows) if lows else None,
        "highestPremium": max(lows) if lows else None,
        "insurerCustomerId": p.insurer_customer_id,
        "insuredCustomerId": p.insured_customer_id,
        "agentUserCreatedBy": p.created_by,
        "representedBy": None,
        "agentBranchId": p.agent_branch_id,
        "initialCoverage": p.initial_coverage,
        "policyStartDate": p.policy_start,
        "policyEndDate": p.policy_end,
        "coverageGroups": groups,
        "snapshot": p.snapshot,
        "products": products,
    }


def snapshot_customer(data: dict[str, Any]) -> dict[str, Any]:
    kind = data.get("type", "INDIVIDUAL")
    snap: dict[str, Any] = {
        "id": data["id"],
        "name": data.get("fullName") or data.get("title"),
        "type": kind,
        "city": data.get("city"),
        "district": data.get("district"),
        "email": {"value": data["primaryEmail"]} if data.get("primaryEmail") else None,
        "phoneNumber": data.get("primaryPhoneNumber"),
    }
    if kind == "COMPANY":
        snap["title"] = data.get("title")
        snap["taxNumber"] = {"value": data.get("taxNumber")}
    elif kind == "FOREIGN":
        snap["fullName"] = data.get("fullName")
        snap["identityNumber"] = {"value": data.get("identityNumber")}
    else:
        snap["fullName"] = data.get("fullName")
        snap["identityNumber"] = {"value": int(data["identityNumber"])}
        snap["birthDate"] = {"value": data.get("birthDate")} if data.get("birthDate") else None
        snap["job"] = data.get("job")
        snap["gender"] = data.get("gender")
    return snap


def snapshot_vehicle(v: dict[str, Any] | None) -> dict[str, Any] | None:
    if v is None:
        return None
    return {
        "id": v["id"],
        "plate": v.get("plate"),
        "model": v.get("model"),
        "utilizationStyle": v.get("utilizationStyle"),
        "fuel": v.get("fuel"),
        "documentSerial": v.get("documentSerial"),
        "engine": {"number": v.get("engineNumber")},
        "chassis": {"number": v.get("chassisNumber")},
        "registrationDate": {"value": v.get("registrationDate")},
        "seatNumber": {"value": v.get("seatNumber")},
    }


def make_snapshot(branch: str, insurer: dict[str, Any], insured: dict[str, Any],
                  vehicle: dict[str, Any] | None) -> dict[str, Any]:
    return {
        "productBranch": branch,
        "insurerCustomer": snapshot_customer(insurer),
        "insuredCustomer": snapshot_customer(insured),
        "isInsuredCustomerSameAsInsurerCustomer": insurer["id"] == insured["id"],
        "vehicle": snapshot_vehicle(vehicle),
    }
