"""Proposal routes (§6): create, detail, products, premium detail, coverage, snapshot, retry."""

from __future__ import annotations

import datetime as dt
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .auth import current_user
from .branch_pricing import reprice_branch
from .branch_products import BRANCH_TYPES
from .branch_proposals import create_branch_proposal
from .deviations import note, refuse
from .enums import CHANNELS
from .hub import notify
from .pricing import build_products, reprice
from .problems import Problem, field_error, not_found, validation_problem
from .proposal_views import make_snapshot, product_view, proposal_view
from .realistic import net_timestamp
from .records import PRICED_STATES, ProductRec, ProposalRec, User
from .renewals import check_renewal_period
from .shapes import upper_enums
from .state import Sandbox
from .web import discriminator, json_body, no_content, ok, path_param, sandbox_of

_ALL_TYPES = ("kasko", "trafik", "imm", "konut", "dask", "tss")


def _validate(sb: Sandbox, user: User, body: dict[str, Any], kind: str) -> tuple[dt.date, list[dict[str, Any]]]:
    errors: list[dict[str, Any]] = []
    branch = kind.upper()
    if body.get("productBranch") != branch:
        errors.append(field_error("productBranch", "Ürün branşı '$type' ile aynı olmalıdır.",
                                  body.get("productBranch")))
    for key in ("insurerCustomerId", "insuredCustomerId"):
        cid = body.get(key)
        if not cid or sb.customer_for(user.agent_id, str(cid)) is None:
            errors.append(field_error(key, "Müşteri bulunamadı.", cid))
    vid = body.get("vehicleId")
    vehicle = sb.vehicles.get(str(vid)) if vid else None
    owners = {body.get("insurerCustomerId"), body.get("insuredCustomerId")}
    if vehicle is None or vehicle.agent_id != user.agent_id or vehicle.customer_id not in owners:
        errors.append(field_error("vehicleId", "Araç bulunamadı.", vid))
    groups = []
    for gid in body.get("coverageGroupIds") or []:
        group = sb.coverage_groups.get(str(gid))
        if group is None or group["agentId"] != user.agent_id or group["productBranch"] != branch:
            errors.append(field_error("coverageGroupIds", "Teminat grubu bulunamadı.", gid))
        else:
            groups.append(group)
    if len(body.get("coverageGroupIds") or []) > 3:
        errors.append(field_error("coverageGroupIds", "En fazla 3 teminat grubu seçilebilir.", None))
    if body.get("channel") not in CHANNELS:
        errors.append(field_error("channel", "Kanal geçersiz.", body.get("channel")))
    branch_id = body.get("agentBranchId")
    if branch_id and sb.agent_of(user).branch(str(branch_id)) is None:
        errors.append(field_error("agentBranchId", "Şube bu acenteye ait değil.", branch_id))
    today = sb.clock.utcnow().date()
    start = today
    if body.get("policyStartDate"):
        try:
            start = dt.date.fromisoformat(str(body["policyStartDate"]))
        except ValueError:
            errors.append(field_error("policyStartDate", "Tarih YYYY-AA-GG biçiminde olmalıdır.",
                                      body.get("policyStartDate")))
        else:
            if not today <= start <= today + dt.timedelta(days=60):
                errors.append(field_error("policyStartDate", "Başlangıç tarihi bugünden 60 gün sonrasına kadar "
                                          "olabilir.", body.get("policyStartDate")))
    if errors:
        raise validation_problem(errors, "Teklif bilgileri geçersiz.", "PROPOSAL_INPUT_INVALID")
    return start, groups


async def create_proposal(request: Request) -> JSONResponse:
    sb = sandbox_of(request)
    user = current_user(request)
    body = await json_body(request)
    if "$type" not in body and "type" in body:
        raise refuse(request, "proposal-doc-body", "§16 #11",
                     "Teklif gövdesi SDK biçiminde olmalıdır ('$type', productBranch, insurerCustomerId, ...).",
                     code="TYPE_DISCRIMINATOR_MISSING")
    upper_enums(request, body, ("productBranch", "channel"))
    kind = discriminator(body, _ALL_TYPES)
    assert kind is not None
    if kind not in ("kasko", "trafik"):
        return ok({"proposalId": create_branch_proposal(request, sb, user, body, kind)})
    with sb.lock:
        start, groups = _validate(sb, user, body, kind)
        check_renewal_period(sb, user.agent_id, body, kind.upper(), sb.clock.utcnow().date())
        pid = sb.ids.object_id()
        vehicle = sb.vehicles[str(body["vehicleId"])].data
        now = sb.clock.now()
        insurer = sb.customers[str(body["insurerCustomerId"])].data
        insured = sb.customers[str(body["insuredCustomerId"])].data
        products = build_products(config=sb.config, ids=sb.ids, proposal_id=pid, branch=kind.upper(),
                                  vehicle=vehicle, groups=groups, now=now, year_now=start.year)
        proposal = ProposalRec(
            id=pid, agent_id=user.agent_id, branch=kind.upper(), channel=str(body["channel"]),
            created_at=net_timestamp(sb.clock.utcnow(), sb.config.realistic),
            insurer_customer_id=insurer["id"], insured_customer_id=insured["id"], vehicle_id=vehicle["id"],
            agent_branch_id=body.get("agentBranchId") or insured.get("agentBranchId"),
            created_by=user.ref(), policy_start=start.isoformat(),
            policy_end=start.replace(year=start.year + 1).isoformat() if not (start.month == 2 and start.day == 29)
            else (start + dt.timedelta(days=365)).isoformat(),
            coverage_group_ids=[g["id"] for g in groups],
            initial_coverage=body.get("coverage"),
            snapshot=make_snapshot(kind.upper(), insurer, insured, vehicle),
            products=products,
        )
        sb.add_proposal(proposal)
    return ok({"proposalId": pid})


def find_proposal(request: Request, sb: Sandbox) -> ProposalRec:
    user = current_user(request)
    p = sb.proposal_for(user.agent_id, path_param(request, "proposal_id"))
    if p is None:
        raise not_found("Teklif", "PROPOSAL_NOT_FOUND")
    return p


def find_product(request: Request, sb: Sandbox) -> tuple[ProposalRec, ProductRec]:
    p = find_proposal(request, sb)
    prod = p.product(path_param(request, "product_id"))
    if prod is None:
        raise not_found("Teklif ürünü", "PROPOSAL_PRODUCT_NOT_FOUND")
    return p, prod


async def get_proposal(request: Request) -> JSONResponse:
    sb = sandbox_of(request)
    with sb.lock:
        p = find_proposal(request, sb)
        return ok(proposal_view(sb, p, sb.clock.now()))


async def list_products(request: Request) -> JSONResponse:
    sb = sandbox_of(request)
    note(request, "products-list-route", "§16 #19", "ürünler teklif detayı yerine ayrı listeden okundu")
    with sb.lock:
        p = find_proposal(request, sb)
        now = sb.clock.now()
        return ok([product_view(p, prod, now) for prod in p.products])


async def get_product(request: Request) -> JSONResponse:
    sb = sandbox_of(request)
    note(request, "single-product-route", "§16 #19", "ürün teklif detayı yerine tek başına okundu")
    with sb.lock:
        p, prod = find_product(request, sb)
        return ok(product_view(p, prod, sb.clock.now()))


def require_priced(prod: ProductRec, now: float) -> None:
    state = prod.state(now)
    if state not in PRICED_STATES:
        detail = "Teklif henüz fiyatlanmadı." if state == "WAITING" else "Bu ürün için fiyat alınamadı."
        raise Problem(422, "resource-invalid-state", detail, codes=["PROPOSAL_PRODUCT_NOT_PRICED"],
                      template_args={"state": state})


async def premium_detail(request: Request) -> JSONResponse:
    sb = sandbox_of(request)
    raw = path_param(request, "installment")
    with sb.lock:
        p, prod = find_product(request, sb)
        require_priced(prod, sb.clock.now())
        premium = prod.premium(int(raw)) if raw.isdigit() else None
        if premium is None:
            raise not_found("Taksit seçeneği", "INSTALLMENT_NOT_FOUND")
        return ok({
            "proposalId": p.id,
            "proposalProductId": prod.id,
            "insurerCustomerId": p.insurer_customer_id,
            "insuredCustomerId": p.insured_customer_id,
            "installmentNumber": premium["installmentNumber"],
            "insuranceServicesProposalId": f"isp-{prod.id}",
            "insuranceServicesPremiumId": f"ispr-{prod.id}-{premium['installmentNumber']}",
            "insuranceCompanyProposalNumber": premium["insuranceCompanyProposalNumber"],
            "netPremium": premium["netPremium"],
            "grossPremium": premium["grossPremium"],
            "commission": premium["commission"],
            "currency": premium["currency"],
        })


async def product_coverage(request: Request) -> JSONResponse:
    sb = sandbox_of(request)
    with sb.lock:
        _p, prod = find_product(request, sb)
        require_priced(prod, sb.clock.now())
        return ok({"coverage": prod.coverage})


async def proposal_coverage(request: Request) -> JSONResponse:
    sb = sandbox_of(request)
    with sb.lock:
        p = find_proposal(request, sb)
        coverage = p.initial_coverage
        if coverage is None and p.coverage_group_ids:
            group = sb.coverage_groups.get(p.coverage_group_ids[0])
            coverage = group["coverageTable"][0]["coverage"] if group else None
        return ok({"coverage": coverage or {"$type": "empty", "productBranch": p.branch}})


async def proposal_snapshot(request: Request) -> JSONResponse:
    sb = sandbox_of(request)
    with sb.lock:
        return ok(find_proposal(request, sb).snapshot)


async def retry_product(request: Request) -> Response:
    sb = sandbox_of(request)
    if request.method != "POST":
        raise refuse(request, "retry-get", "§16 #23", "Yeniden fiyat isteği POST ile gönderilir.", status=405,
                     code="METHOD_NOT_ALLOWED", headers={"Allow": "POST"})
    body = await json_body(request)
    if body.get("proposalProductId") not in (None, request.path_params["product_id"]):
        raise validation_problem([field_error("proposalProductId", "Adresle aynı olmalıdır.",
                                              body.get("proposalProductId"))],
                                 "İstek geçersiz.", "PROPOSAL_PRODUCT_MISMATCH")
    with sb.lock:
        p, prod = find_product(request, sb)
        now = sb.clock.now()
        if prod.state(now) != "FAILED":
            raise Problem(422, "resource-invalid-state", "Yalnızca fiyat alınamayan ürünler yeniden denenebilir.",
                          codes=["PROPOSAL_PRODUCT_NOT_FAILED"])
        vehicle = sb.vehicles[p.vehicle_id].data if p.vehicle_id in sb.vehicles else None
        prod.retries += 1
        attempt = prod.retries
        if p.branch in BRANCH_TYPES.values():
            reprice_branch(prod, config=sb.config, branch=p.branch, inputs=p.inputs, now=now, attempt=attempt)
        else:
            reprice(prod, config=sb.config, branch=p.branch, vehicle=vehicle, now=now,
                    year_now=sb.clock.utcnow().year, attempt=attempt)
        sb.refresh_proposal_node(p.id)
    notify(sb, p.id)
    return no_content()
