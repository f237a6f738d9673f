"""Policy records: the GraphQL node columns plus REST-only detail (§8)."""

from __future__ import annotations

from typing import Any

from .catalog import BY_ID
from .nodes import party_fields, policy_node, user_ref, vehicle_fields
from .records import Agent, PolicyRec


def policy_core(
    *,
    state: str,
    branch: str,
    channel: str,
    insurer_customer_id: str,
    insured_customer_id: str,
    installment: int,
    payment_type: str,
    premium: dict[str, Any],
    policy_number: str,
    created_at: str,
    start: str,
    end: str,
    insurer_id: int,
    renewal_number: int = 0,
) -> dict[str, Any]:
    company = BY_ID[insurer_id]
    return {
        "state": state,
        "productBranch": branch,
        "channel": channel,
        "insurerCustomerId": insurer_customer_id,
        "insuredCustomerId": insured_customer_id,
        "installmentNumber": installment,
        "paymentType": payment_type,
        "netPremium": premium["netPremium"],
        "grossPremium": premium["grossPremium"],
        "commission": premium["commission"],
        "currency": "TURKISH_LIRA",
        "exchangeRate": 1.0,
        "netPremiumTL": premium["netPremium"],
        "grossPremiumTL": premium["grossPremium"],
        "commissionTL": premium["commission"],
        "insuranceCompanyProposalNumber": premium.get("insuranceCompanyProposalNumber") or "",
        "insuranceCompanyPolicyNumber": policy_number,
        "createdAt": created_at,
        "startDate": start,
        "endDate": end,
        "arrangementDate": created_at[:10],
        "insuranceCompanyId": insurer_id,
        "insuranceCompanyName": company.name,
        "insuranceCompanyLogo": company.logo,
        "productId": company.product_id(branch),
        "productName": company.product_name(branch),
        "campaign": None,
        "renewalNumber": renewal_number,
        "endorsementNumber": 0,
        "endorsementType": "CANCELLATION" if state == "CANCELLED" else "INITIAL",
        "updateReasonText": "Poliçe iptal edildi" if state == "CANCELLED" else None,
        "endorsementTimestamp": created_at[:10],
        "propertyId": None,
        "propertyNumber": None,
        "daskOldPolicyNumber": None,
        "daskPolicyNumber": None,
    }


def make_policy(
    *,
    policy_id: str,
    agent: Agent,
    branch_id: str | None,
    created_by: dict[str, Any],
    insurer: dict[str, Any],
    insured: dict[str, Any],
    vehicle: dict[str, Any] | None,
    core: dict[str, Any],
    extra: dict[str, Any] | None = None,
) -> PolicyRec:
    node = policy_node(
        policy_id=policy_id, agent=agent, branch_id=branch_id, created_by=user_ref(created_by),
        insured=party_fields("insuredCustomer", insured), insurer=party_fields("insurerCustomer", insurer),
        vehicle=vehicle_fields(vehicle), core=core,
    )
    return PolicyRec(agent.id, node, dict(extra or {}))
