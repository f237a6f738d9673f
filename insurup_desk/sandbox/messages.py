"""The send endpoints (addendum §G, §K): strict bodies, and every outgoing message recorded.

Nothing leaves the machine: each send is kept in ``Sandbox.messages`` (``GET /_sandbox/messages``, ``DELETE``
clears) and logged at INFO, so a trainer sees exactly what the customer would have received — the channel, the
address or mobile, the text and a link to the PDF. No card data or token is part of a message.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from .auth import current_user
from .deviations import refuse_field
from .documents import customer_lines, policy_lines, product_lines
from .problems import Problem, field_error, not_found, validation_problem
from .proposals import find_product, find_proposal, require_priced
from .records import PRICED_STATES, User
from .rules import tr_money
from .state import Sandbox
from .web import json_body, no_content, ok, path_param, sandbox_of

log = logging.getLogger("insurup_desk.sandbox.messages")

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PRODUCT_KEYS = frozenset({"proposalId", "proposalProductId", "customerId", "communication"})
_COMPARE_KEYS = frozenset({"proposalId", "proposalProductIds", "excludedCoverageFields", "customerId",
                           "communication"})
_POLICY_KEYS = frozenset({"policyId", "customerId", "communication"})
_TITLES = {"offer": "Sigorta Teklifi", "information": "Bilgilendirme Formu", "comparison": "Teklif Karşılaştırma",
           "policy": "Sigorta Poliçesi"}


def _check_keys(request: Request, body: dict[str, Any], allowed: frozenset[str]) -> None:
    unknown = [k for k in body if k not in allowed]
    if unknown:
        raise refuse_field(request, "send-unknown-property", "§G", unknown[0],
                           f"'{unknown[0]}' gönderim gövdesinin bir alanı değil.", body[unknown[0]])


def _check_same(request: Request, body: dict[str, Any], key: str, param: str) -> None:
    value = body.get(key)
    if value != path_param(request, param):
        raise refuse_field(request, "send-id-mismatch", "§G", key,
                           f"'{key}' zorunludur ve adresteki kimlikle aynı olmalıdır.", value)


def communication(request: Request, body: dict[str, Any]) -> dict[str, Any]:
    """The checked ``communication``: ``{type: email, email}`` or ``{type: sms, phoneNumber}`` (plain ``type``)."""
    comm = body.get("communication")
    if isinstance(comm, dict) and "$type" in comm:
        raise refuse_field(request, "communication-dollar-type", "§G", "communication.$type",
                           "'communication' alanında ayırıcı düz 'type' anahtarıdır ('$type' değil).", comm)
    if not isinstance(comm, dict) or comm.get("type") not in ("email", "sms"):
        raise validation_problem([field_error("communication", "İletişim tipi 'email' veya 'sms' olmalıdır.", comm)],
                                 "Gönderim bilgileri geçersiz.", "COMMUNICATION_INVALID")
    if comm["type"] == "email":
        email = comm.get("email")
        if not isinstance(email, str) or not _EMAIL.match(email):
            raise validation_problem([field_error("communication.email", "E-posta adresi geçersiz.", email)],
                                     "E-posta adresi geçersiz.", "EMAIL_INVALID")
        return {"channel": "email", "to": email}
    phone = comm.get("phoneNumber")
    code = phone.get("countryCode") if isinstance(phone, dict) else None
    number = phone.get("number") if isinstance(phone, dict) else None
    if not isinstance(code, int) or isinstance(code, bool) or not isinstance(number, str):
        raise refuse_field(request, "sms-phone-shape", "§G", "communication.phoneNumber",
                           "Telefon {countryCode: sayı, number: metin} biçiminde olmalıdır.", phone)
    if code != 90 or not re.fullmatch(r"5\d{9}", number):
        raise validation_problem([field_error("communication.phoneNumber.number",
                                              "SMS yalnızca Türkiye cep telefonuna gönderilebilir.", number)],
                                 "SMS yalnızca Türkiye cep telefonuna gönderilebilir.", "SMS_NOT_MOBILE")
    return {"channel": "sms", "to": f"+90 {number[:3]} {number[3:6]} {number[6:8]} {number[8:]}"}


def _customer_name(sb: Sandbox, customer_id: str) -> str:
    rec = sb.customers.get(customer_id)
    return str(rec.data.get("fullName") or rec.data.get("title") or "") if rec else ""


def _check_customer(body: dict[str, Any], allowed: tuple[str, ...]) -> str:
    customer_id = body.get("customerId")
    if not isinstance(customer_id, str) or not customer_id:
        raise validation_problem([field_error("customerId", "Müşteri zorunludur.", customer_id)],
                                 "Gönderim bilgileri geçersiz.", "CUSTOMER_REQUIRED")
    if customer_id not in allowed:
        raise validation_problem([field_error("customerId", "Müşteri bu kayda ait değil.", customer_id)],
                                 "Gönderim bilgileri geçersiz.", "CUSTOMER_NOT_ON_RECORD")
    return customer_id


def _record(request: Request, sb: Sandbox, user: User, kind: str, customer_id: str, comm: dict[str, Any],
            lines: list[str], refs: dict[str, Any]) -> None:
    """Keep the message (caller holds the lock) and its PDF, and log it for the trainer."""
    number = len(sb.messages) + 1
    key = f"message-{number}-{kind}"
    title = _TITLES[kind]
    sb.documents[key] = (title, lines)
    url = f"{str(request.base_url).rstrip('/')}/_sandbox/documents/{key}.pdf"
    name = _customer_name(sb, customer_id)
    text = f"Sayın {name}, {title.lower()} belgeniz: {url}" if name else f"{title}: {url}"
    message = {
        "id": number, "sentAt": sb.clock.utcnow().isoformat(), "channel": comm["channel"], "to": comm["to"],
        "customerId": customer_id, "customerName": name, "document": kind, "title": title, "text": text,
        "documentUrl": url, "sentBy": user.ref(), **refs,
    }
    sb.messages.append(message)
    log.info("message %d to customer %s by %s to %s: %s", number, name or customer_id, comm["channel"],
             comm["to"], text)


async def _product_send(request: Request, kind: str) -> Response:
    sb = sandbox_of(request)
    user = current_user(request)
    body = await json_body(request)
    _check_keys(request, body, _PRODUCT_KEYS)
    _check_same(request, body, "proposalId", "proposal_id")
    _check_same(request, body, "proposalProductId", "product_id")
    comm = communication(request, body)
    with sb.lock:
        p, prod = find_product(request, sb)
        customer_id = _check_customer(body, (p.insured_customer_id, p.insurer_customer_id))
        require_priced(prod, sb.clock.now())
        lines = product_lines(sb, p, prod)
        if kind == "information":
            lines = ["Bu form 5684 sayılı Sigortacılık Kanunu uyarınca bilgilendirme amacıyla verilmiştir.", "",
                     *lines]
        _record(request, sb, user, kind, customer_id, comm, lines,
                {"proposalId": p.id, "proposalProductIds": [prod.id], "insurer": prod.insurer_name})
    return no_content()


async def send_offer_document(request: Request) -> Response:
    return await _product_send(request, "offer")


async def send_information_form(request: Request) -> Response:
    """Both spellings of §K (``information-form/send`` and ``information-form-document/send``) land here."""
    return await _product_send(request, "information")


async def send_comparison(request: Request) -> Response:
    sb = sandbox_of(request)
    user = current_user(request)
    body = await json_body(request)
    _check_keys(request, body, _COMPARE_KEYS)
    _check_same(request, body, "proposalId", "proposal_id")
    ids = body.get("proposalProductIds")
    if not isinstance(ids, list) or not ids or not all(isinstance(i, str) for i in ids):
        raise refuse_field(request, "compare-send-product-ids", "§G", "proposalProductIds",
                           "'proposalProductIds' bir ya da daha çok teklif ürünü kimliği listesi olmalıdır.", ids)
    excluded = body.get("excludedCoverageFields", [])
    if not isinstance(excluded, list) or not all(isinstance(x, str) for x in excluded):
        raise refuse_field(request, "compare-send-excluded", "§G", "excludedCoverageFields",
                           "'excludedCoverageFields' metin listesi olmalıdır.", excluded)
    comm = communication(request, body)
    with sb.lock:
        p = find_proposal(request, sb)
        customer_id = _check_customer(body, (p.insured_customer_id, p.insurer_customer_id))
        unknown = [i for i in ids if p.product(i) is None]
        if unknown:
            raise validation_problem([field_error("proposalProductIds", "Ürün bu teklife ait değil.", unknown)],
                                     "Karşılaştırma isteği geçersiz.", "PROPOSAL_PRODUCT_NOT_FOUND")
        now = sb.clock.now()
        chosen = [x for x in p.products if x.id in ids and x.state(now) in PRICED_STATES and x.premiums]
        if not chosen:
            raise Problem(422, "resource-invalid-state", "Karşılaştırılacak fiyatlı teklif yok.",
                          codes=["NOTHING_TO_COMPARE"])
        lines = [f"Teklif No: {p.id}", *customer_lines(sb, p.insured_customer_id), ""]
        for x in sorted(chosen, key=lambda y: y.premiums[0]["grossPremium"]):
            lines.append(f"{x.insurer_name:<28} {tr_money(x.premiums[0]['grossPremium'])}")
        _record(request, sb, user, "comparison", customer_id, comm, lines,
                {"proposalId": p.id, "proposalProductIds": [x.id for x in chosen]})
    return no_content()


async def send_policy_document(request: Request) -> Response:
    sb = sandbox_of(request)
    user = current_user(request)
    body = await json_body(request)
    _check_keys(request, body, _POLICY_KEYS)
    _check_same(request, body, "policyId", "policy_id")
    comm = communication(request, body)
    with sb.lock:
        rec = sb.policy_for(user.agent_id, path_param(request, "policy_id"))
        if rec is None:
            raise not_found("Poliçe", "POLICY_NOT_FOUND")
        customer_id = _check_customer(body, (rec.node["insurerCustomerId"], rec.node["insuredCustomerId"]))
        _record(request, sb, user, "policy", customer_id, comm, policy_lines(sb, rec),
                {"policyId": rec.id, "policyNumber": rec.node.get("insuranceCompanyPolicyNumber")})
    return no_content()


async def admin_messages(request: Request) -> Response:
    """GET: every recorded message, oldest first (``?customerId=`` / ``?channel=`` narrow it); DELETE clears."""
    sb = sandbox_of(request)
    with sb.lock:
        if request.method == "DELETE":
            sb.messages.clear()
            return no_content()
        customer = request.query_params.get("customerId")
        channel = request.query_params.get("channel")
        rows = [m for m in sb.messages if customer in (None, m["customerId"]) and channel in (None, m["channel"])]
    return ok(rows)

