"""Policy routes (§8): detail with versions (the document send is in messages.py)."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse

from .auth import current_user
from .problems import not_found
from .proposal_views import make_snapshot
from .records import PolicyRec
from .state import Sandbox
from .web import ok, path_param, sandbox_of

_DETAIL_KEYS = (
    "id", "insurerCustomerId", "insuredCustomerId", "insuranceCompanyId", "installmentNumber", "productBranch",
    "productId", "netPremium", "grossPremium", "commission", "paymentType", "currency", "exchangeRate",
    "netPremiumTL", "grossPremiumTL", "commissionTL", "insuranceCompanyProposalNumber",
    "insuranceCompanyPolicyNumber", "createdAt", "startDate", "endDate", "arrangementDate", "state", "channel",
    "createdBy", "representedBy", "daskPolicyNumber", "agentBranchId",
)


def policy_view(sb: Sandbox, rec: PolicyRec) -> dict[str, Any]:
    n = rec.node
    view = {k: n.get(k) for k in _DETAIL_KEYS}
    extra = rec.extra
    snapshot = extra.get("snapshot")
    if snapshot is None:
        insurer = sb.customers.get(n["insurerCustomerId"])
        insured = sb.customers.get(n["insuredCustomerId"])
        vehicle = sb.vehicles.get(n.get("vehicleId") or "")
        if insurer and insured:
            snapshot = make_snapshot(n["productBranch"], insurer.data, insured.data, vehicle.data if vehicle else None)
    cancelled = n["state"] == "CANCELLED"
    versions = [{"version": 1, "versionType": "INITIAL", "timestamp": n["createdAt"], "source": "AGENT_PANEL",
                 "updateReasonText": None, "hasSnapshotChange": False, "hasCoverageChange": False,
                 "hasPremiumChange": False}]
    if cancelled:
        versions.append({"version": 2, "versionType": "CANCELLATION", "timestamp": n["endorsementTimestamp"],
                         "source": "AGENT_PANEL", "updateReasonText": n.get("updateReasonText"),
                         "hasSnapshotChange": False, "hasCoverageChange": False, "hasPremiumChange": True})
    view.update({
        "proposalId": extra.get("proposalId"),
        "proposalProductId": extra.get("proposalProductId"),
        "insuranceServicesPolicyReference": f"isr-{rec.id}",
        "insuranceCompanyEndorsementNumber": str(len(versions) - 1),
        "insuranceCompanyRenewalNumber": str(n.get("renewalNumber") or 0),
        "snapshot": snapshot,
        "coverage": extra.get("coverage"),
        "metadata": extra.get("metadata"),
        "netPremiumChange": -n["netPremium"] if cancelled else 0.0,
        "grossPremiumChange": -n["grossPremium"] if cancelled else 0.0,
        "commissionChange": -n["commission"] if cancelled else 0.0,
        "currentVersion": len(versions),
        "versions": versions,
    })
    return view


def _find(request: Request, sb: Sandbox) -> PolicyRec:
    user = current_user(request)
    rec = sb.policy_for(user.agent_id, path_param(request, "policy_id"))
    if rec is None:
        raise not_found("Poliçe", "POLICY_NOT_FOUND")
    return rec


async def get_policy(request: Request) -> JSONResponse:
    sb = sandbox_of(request)
    with sb.lock:
        return ok(policy_view(sb, _find(request, sb)))
