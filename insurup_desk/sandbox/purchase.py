"""Synchronous purchase (§7.2): card or open account, with every guard against a double charge."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse

from .auth import current_user
from .branch_policies import branch_policy_columns
from .cards import decline_for
from .deviations import note
from .hub import notify
from .policy_build import make_policy, policy_core
from .problems import Problem, field_error, validation_problem
from .proposals import find_product
from .realistic import ExactJSONResponse, net_timestamp
from .records import ProductRec, ProposalRec, User
from .renewals import renewal_number
from .rules import card_not_expired, cvc_shape, luhn
from .state import Sandbox
from .web import discriminator, json_body, ok, sandbox_of

_OPTION = {"credit-card": "SYNC_CREDIT_CARD", "open-account": "SYNC_OPEN_ACCOUNT"}
_ASYNC_TYPES = ("3d-secure", "insurance-company-redirect", "third-party-3d-secure")


def _card_errors(card: Any, today: dt.date) -> list[dict[str, Any]]:
    if not isinstance(card, dict):
        return [field_error("card", "Kart bilgileri zorunludur.")]
    errors = []
    number = str(card.get("number") or "")
    if not luhn(number):
        errors.append(field_error("card.number", "Kart numarası geçersiz."))
    month, year = str(card.get("expiryMonth") or ""), str(card.get("expiryYear") or "")
    if not (month.isdigit() and year.isdigit() and 1 <= int(month) <= 12 and len(year) == 4):
        errors.append(field_error("card.expiryMonth", "Son kullanma tarihi geçersiz."))
    elif not card_not_expired(int(month), int(year), today):
        errors.append(field_error("card.expiryYear", "Kartın son kullanma tarihi geçmiş."))
    if not cvc_shape(str(card.get("cvc") or "")):
        errors.append(field_error("card.cvc", "Güvenlik kodu geçersiz."))
    if not str(card.get("holderName") or "").strip():
        errors.append(field_error("card.holderName", "Kart sahibinin adı zorunludur."))
    return errors  # attempted values deliberately left out: card data is never echoed


def _check_state(prod: ProductRec, now: float) -> None:
    state = prod.state(now)
    if state == "PURCHASED":
        raise Problem(409, "resource-invalid-state", "Bu teklif zaten satın alındı; tekrar ödeme alınmadı.",
                      codes=["PROPOSAL_PRODUCT_ALREADY_PURCHASED"], extra={"policyId": prod.policy_id},
                      template_args={"policyId": prod.policy_id})
    if state == "PURCHASING":
        raise Problem(409, "resource-invalid-state", "Bu teklif için satın alma işlemi sürüyor.",
                      codes=["PROPOSAL_PRODUCT_PURCHASE_IN_PROGRESS"],
                      suggestions=["Birkaç saniye sonra teklifin durumunu kontrol edin."])
    if prod.product_type != "WEB_SERVICE":
        raise Problem(422, "business-validation", "Robot ürünler API üzerinden satın alınamaz.",
                      codes=["PRODUCT_NOT_PURCHASABLE"])
    if state not in ("ACTIVE", "PURCHASE_FAILED"):
        raise Problem(422, "resource-invalid-state", "Fiyatlanmamış bir teklif satın alınamaz.",
                      codes=["PROPOSAL_PRODUCT_NOT_ACTIVE"], template_args={"state": state})


def _campaign(metadata: Any) -> str | None:
    """[INF] The list node's ``campaign`` (§10.8) shows the purchase ``metadata``'s campaign, the key §7.2's
    example uses; the contract does not say where the node's value comes from."""
    value = metadata.get("campaign") if isinstance(metadata, dict) else None
    return value if isinstance(value, str) and value.strip() else None


def _issue_policy(sb: Sandbox, user: User, p: ProposalRec, prod: ProductRec, installment: int, option: str,
                  metadata: Any) -> dict[str, Any]:
    premium = prod.premium(installment)
    assert premium is not None
    created = sb.clock.utcnow()
    number = sb.next_policy_number(created.year)
    policy_id = sb.ids.object_id()
    insurer = sb.customers[p.insurer_customer_id].data
    insured = sb.customers[p.insured_customer_id].data
    vehicle = sb.vehicles[p.vehicle_id].data if p.vehicle_id in sb.vehicles else None
    core = policy_core(
        renewal_number=renewal_number(sb, p.agent_id, p.vehicle_id, p.branch, p.policy_start, prod.insurer_id),
        state="ACTIVE", branch=p.branch, channel=p.channel, insurer_customer_id=p.insurer_customer_id,
        insured_customer_id=p.insured_customer_id, installment=installment, payment_type=option,
        premium=premium, policy_number=number, created_at=net_timestamp(created, sb.config.realistic),
        start=p.policy_start, end=p.policy_end, insurer_id=prod.insurer_id,
    )
    core.update(branch_policy_columns(sb, p))
    core["campaign"] = _campaign(metadata)
    rec = make_policy(
        policy_id=policy_id, agent=sb.agents[p.agent_id], branch_id=p.agent_branch_id, created_by=user.ref(),
        insurer=insurer, insured=insured, vehicle=vehicle, core=core,
        extra={"proposalId": p.id, "proposalProductId": prod.id, "metadata": metadata, "coverage": prod.coverage,
               "snapshot": p.snapshot},
    )
    sb.add_policy(rec)
    prod.override = "PURCHASED"
    prod.policy_id = policy_id
    return {"policyId": policy_id, "policyNumber": number, "status": "PURCHASED", "premium": premium}


async def purchase_sync(request: Request) -> JSONResponse:
    sb = sandbox_of(request)
    user = current_user(request)
    body = await json_body(request)
    kind = discriminator(body, (*_OPTION, *_ASYNC_TYPES), required=False)
    if kind is None:
        # §16 #26: send '$type'; the sandbox infers it for sync when it is missing, and says so.
        note(request, "purchase-without-type", "§16 #26", "senkron satın almada '$type' yok; karttan çıkarıldı")
        kind = "credit-card" if "card" in body else "open-account"
    if kind in _ASYNC_TYPES:
        raise Problem(400, "bad-request", f"'{kind}' ödemesi purchase/async ile yapılır.",
                      codes=["PAYMENT_TYPE_NOT_SYNC"])
    installment = body.get("installmentNumber")
    errors: list[dict[str, Any]] = []
    if not isinstance(installment, int):
        errors.append(field_error("installmentNumber", "Taksit sayısı zorunludur.", installment))
    for key, param in (("proposalId", "proposal_id"), ("proposalProductId", "product_id")):
        if body.get(key) not in (None, request.path_params[param]):
            errors.append(field_error(key, "Gövdedeki değer adresle aynı olmalıdır.", body.get(key)))
    if kind == "credit-card":
        errors += _card_errors(body.get("card"), sb.clock.utcnow().date())
    if body.get("metadata") is not None and not isinstance(body["metadata"], dict):
        # §7.2 types it as an object; a bare string (the tag itself) is a client error, not a campaign.
        errors.append(field_error("metadata", "Metadata bir nesne olmalıdır.", body["metadata"]))
    if errors:
        raise validation_problem(errors, "Ödeme bilgileri geçersiz.", "PURCHASE_INPUT_INVALID")
    option = _OPTION[kind]
    with sb.lock:
        p, prod = find_product(request, sb)
        _check_state(prod, sb.clock.now())
        sold = next((x for x in p.products if x.override in ("PURCHASING", "PURCHASED")), None)
        if sold is not None:
            # One proposal insures one vehicle once: another insurer's product cannot be bought as well.
            raise Problem(409, "resource-invalid-state", "Bu teklif için başka bir sigorta şirketinden poliçe "
                          "alındı ya da alınıyor.", codes=["PROPOSAL_ALREADY_PURCHASED"],
                          extra={"policyId": sold.policy_id}, template_args={"proposalProductId": sold.id})
        if prod.premium(int(installment)) is None:  # type: ignore[arg-type]
            raise validation_problem([field_error("installmentNumber", "Bu taksit seçeneği teklifte yok.",
                                                  installment)], "Taksit seçeneği geçersiz.", "INSTALLMENT_NOT_FOUND")
        if option not in prod.payment_options:
            raise Problem(422, "business-validation", "Bu sigorta şirketi bu ödeme yöntemini desteklemiyor.",
                          codes=["PAYMENT_OPTION_NOT_SUPPORTED"],
                          template_args={"supportedPaymentOptions": prod.payment_options})
        # Taking the product into PURCHASING under the lock is what makes a second concurrent call fail.
        prod.override = "PURCHASING"
        sb.refresh_proposal_node(p.id)
    notify(sb, p.id)
    try:
        await asyncio.sleep(sb.config.purchase_latency_s)
        decline = decline_for(str(body["card"]["number"])) if kind == "credit-card" else None
        if decline is not None:
            raise Problem(decline.status, decline.slug, decline.detail, codes=[decline.code],
                          suggestions=["Başka bir kartla tekrar deneyin."])
        with sb.lock:
            result = _issue_policy(sb, user, p, prod, int(installment), option,  # type: ignore[arg-type]
                                   body.get("metadata"))
            card = body.get("card") or {}
            sb.charges.append({
                "proposalId": p.id, "proposalProductId": prod.id, "policyId": result["policyId"],
                "installmentNumber": installment, "paymentType": option,
                "amount": result["premium"]["grossPremium"], "currency": "TURKISH_LIRA",
                "cardLast4": str(card.get("number", ""))[-4:] or None,
            })
            sb.refresh_proposal_node(p.id)
    except BaseException as failure:
        with sb.lock:
            if prod.override == "PURCHASING":
                # A refused payment leaves the product payable: ACTIVE again, or in the realistic profile the
                # PURCHASE_FAILED state the mobile docs name (§16 #28).
                refused = isinstance(failure, Problem) and sb.config.realistic
                prod.override = "PURCHASE_FAILED" if refused else None
                sb.refresh_proposal_node(p.id)
        notify(sb, p.id, purchase_error=(prod.id, failure.detail if isinstance(failure, Problem) else ""))
        raise
    notify(sb, p.id)
    if sb.config.realistic:
        return ExactJSONResponse({"policyId": result["policyId"]})  # all the SDK promises (§16 #27)
    return ok({k: result[k] for k in ("policyId", "policyNumber", "status")})
