"""Document URLs for proposals and policies and the PDFs behind them (the sends are in messages.py)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .auth import current_user
from .deviations import refuse
from .document_terms import condition_lines
from .problems import Problem, field_error, not_found, validation_problem
from .proposals import find_product, find_proposal, require_priced
from .records import PolicyRec, ProductRec, ProposalRec
from .rules import tr_date as format_date
from .rules import tr_money as format_money
from .state import Sandbox
from .web import json_body, ok, path_param, sandbox_of


def _register(request: Request, sb: Sandbox, key: str, title: str, lines: list[str]) -> JSONResponse:
    with sb.lock:
        sb.documents[key] = (title, lines)
    return ok({"url": f"{str(request.base_url).rstrip('/')}/_sandbox/documents/{key}.pdf"})


def customer_lines(sb: Sandbox, customer_id: str) -> list[str]:
    rec = sb.customers.get(customer_id)
    if rec is None:
        return []
    d = rec.data
    number = d.get("identityNumber") or d.get("taxNumber") or ""
    return [f"Sigortalı: {d.get('fullName') or d.get('title') or ''}", f"Kimlik/Vergi No: {number}"]


def product_lines(sb: Sandbox, p: ProposalRec, prod: ProductRec) -> list[str]:
    lines = [f"Teklif No: {p.id}", f"Sigorta şirketi: {prod.insurer_name}", f"Ürün: {prod.product_name}",
             f"Branş: {p.branch}", *customer_lines(sb, p.insured_customer_id),
             f"Poliçe başlangıcı: {format_date(p.policy_start)}  Bitişi: {format_date(p.policy_end)}", "",
             "Taksit seçenekleri:"]
    for pr in prod.premiums:
        lines.append(f"  {pr['installmentNumber']} taksit: brüt {format_money(pr['grossPremium'])}, "
                     f"net {format_money(pr['netPremium'])}")
    lines += ["", "Teminatlar:"]
    for key, value in prod.coverage.items():
        if key not in ("$type", "productBranch"):
            shown = value.get("value", value.get("$type")) if isinstance(value, dict) else value
            lines.append(f"  {key}: {shown}")
    return lines


async def product_document(request: Request) -> JSONResponse:
    sb = sandbox_of(request)
    with sb.lock:
        p, prod = find_product(request, sb)
        require_priced(prod, sb.clock.now())
        lines = [*product_lines(sb, p, prod), *condition_lines(p.branch)]
    return _register(request, sb, f"proposal-{p.id}-{prod.id}", "Sigorta Teklifi", lines)


async def information_form(request: Request) -> JSONResponse:
    sb = sandbox_of(request)
    with sb.lock:
        p, prod = find_product(request, sb)
        require_priced(prod, sb.clock.now())
        lines = ["Bu form 5684 sayılı Sigortacılık Kanunu uyarınca bilgilendirme amacıyla verilmiştir.", "",
                 *product_lines(sb, p, prod)]
    return _register(request, sb, f"info-{p.id}-{prod.id}", "Bilgilendirme Formu", lines)


async def compare_pdf(request: Request) -> JSONResponse:
    sb = sandbox_of(request)
    if request.method != "POST":
        raise refuse(request, "compare-pdf-get", "§16 #22", "Karşılaştırma PDF'i POST ile istenir.", status=405,
                     code="METHOD_NOT_ALLOWED", headers={"Allow": "POST"})
    body = await json_body(request)
    wanted = [str(x) for x in body.get("proposalProductIds") or []] or None
    with sb.lock:
        p = find_proposal(request, sb)
        now = sb.clock.now()
        priced = [x for x in p.products if x.state(now) in ("ACTIVE", "PURCHASE_FAILED", "PURCHASED") and x.premiums]
        if wanted is not None:
            unknown = [w for w in wanted if p.product(w) is None]
            if unknown:
                raise validation_problem([field_error("proposalProductIds", "Ürün bu teklife ait değil.", unknown)],
                                         "Karşılaştırma isteği geçersiz.", "PROPOSAL_PRODUCT_NOT_FOUND")
            priced = [x for x in priced if x.id in wanted]
        if not priced:
            raise Problem(422, "resource-invalid-state", "Karşılaştırılacak fiyatlı teklif yok.",
                          codes=["NOTHING_TO_COMPARE"])
        lines = [f"Teklif No: {p.id}", *customer_lines(sb, p.insured_customer_id), ""]
        for x in sorted(priced, key=lambda y: y.premiums[0]["grossPremium"]):
            lines.append(f"{x.insurer_name:<28} {format_money(x.premiums[0]['grossPremium'])}")
        key = f"compare-{p.id}-{len(sb.documents)}"
    return _register(request, sb, key, "Teklif Karşılaştırma", lines)


def policy_lines(sb: Sandbox, rec: PolicyRec) -> list[str]:
    n = rec.node
    return [
        f"Poliçe No: {n['insuranceCompanyPolicyNumber']}", f"Sigorta şirketi: {n['insuranceCompanyName']}",
        f"Ürün: {n.get('productName') or n['productBranch']}", *customer_lines(sb, n["insuredCustomerId"]),
        f"Plaka: {n.get('vehiclePlateCity') or ''} {n.get('vehiclePlateCode') or ''}",
        f"Başlangıç: {format_date(n['startDate'])}  Bitiş: {format_date(n['endDate'])}",
        f"Brüt prim: {format_money(n['grossPremium'])}  Taksit: {n['installmentNumber']}",
        f"Durum: {n['state']}",
    ]


async def policy_document(request: Request) -> JSONResponse:
    sb = sandbox_of(request)
    user = current_user(request)
    with sb.lock:
        rec = sb.policy_for(user.agent_id, path_param(request, "policy_id"))
        if rec is None:
            raise not_found("Poliçe", "POLICY_NOT_FOUND")
        lines = [*policy_lines(sb, rec), *condition_lines(str(rec.node["productBranch"]))]
    return _register(request, sb, f"policy-{rec.id}", "Sigorta Poliçesi", lines)


async def serve_document(request: Request) -> Response:
    from .pdf import render_pdf

    sb = sandbox_of(request)
    key = path_param(request, "key")
    with sb.lock:
        doc = sb.documents.get(key)
    if doc is None:
        raise not_found("Belge", "DOCUMENT_NOT_FOUND")
    return Response(render_pdf(*doc), media_type="application/pdf",
                    headers={"Content-Disposition": f'inline; filename="{key}.pdf"'})
