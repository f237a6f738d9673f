"""Revise (addendum §H): a whole proposal with other coverage groups, or one product with other coverages.

Where §H is silent the sandbox decides, the way the SDK's own test reads:

* ``POST proposals/{pid}/revise`` creates a revised *copy* under a new id and answers ``{proposalId: <new>}``;
  the old proposal stays as it was (still readable, still payable). The copy asks the same insurers again,
  each product ``WAITING`` with ``revised: true`` until its fresh latency has passed.
* ``POST proposals/{pid}/products/{ppid}/revise`` re-prices that product in place: it goes back to ``WAITING``
  (the hub says ``ReceiveProposalProductRevised``), then ``ACTIVE`` or ``FAILED`` with the usual event, and it
  carries ``revised: true`` from then on.

Prices move with the coverage asked for (a higher liability limit or an authorised service costs more, a
deductible less), from the product's last price, so a revision reads like the same insurer pricing again.
"""

from __future__ import annotations

import random
from typing import Any, Final

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .auth import current_user
from .catalog import BY_ID, PRICING_ERRORS
from .deviations import refuse
from .hub import notify
from .pricing import base_premium, latency, premiums_for, with_unknown
from .problems import Problem, field_error, validation_problem
from .proposals import find_product, find_proposal
from .realistic import net_timestamp
from .records import ProductRec, ProposalRec
from .state import Sandbox
from .web import json_body, no_content, ok, sandbox_of

_PROPOSAL_KEYS: Final = frozenset({"proposalId", "coverageGroupIds"})
_PRODUCT_KEYS: Final = frozenset({"proposalId", "proposalProductId", "guaranteeGroupId", "coverage"})
_VALUE_TYPES: Final = frozenset({"UNDEFINED", "INCLUDED", "NOT_INCLUDED", "MARKET_VALUE", "LIMITLESS",
                                 "HIGHEST_LIMIT", "DECIMAL", "NUMBER", "PERCENT"})
_WITH_VALUE: Final = frozenset({"DECIMAL", "NUMBER", "PERCENT"})
_SERVICE: Final = {"OZEL_SERVIS": 0.9, "ANLASMALI_OZEL_SERVIS": 0.95, "ANLASMALI_YETKILI_SERVIS": 1.0,
                   "YETKILI_SERVIS": 1.12, "BELIRSIZ": 1.0}
_CAPS: Final = {"TRAFIK": (8_000.0, 25_000.0), "KASKO": (20_000.0, 90_000.0)}
_REVISABLE: Final = ("ACTIVE", "FAILED", "PURCHASE_FAILED")


def coverage_factor(coverage: dict[str, Any] | None) -> float:
    """How much a kasko coverage costs relative to the standard one (1.0); trafik limits are fixed by law."""
    if not coverage or coverage.get("$type") != "kasko":
        return 1.0
    factor = 1.0
    imm = coverage.get("immLimitiAyrimsiz") or {}
    if imm.get("$type") in ("LIMITLESS", "HIGHEST_LIMIT"):
        factor *= 1.06
    elif isinstance(imm.get("value"), int | float):
        factor *= 0.97 + 0.015 * min(float(imm["value"]) / 1_000_000, 5.0)
    factor *= _SERVICE.get(str(coverage.get("onarimServisTuru") or ""), 1.0)
    if coverage.get("yedekParcaTuru") == "ESDEGER":
        factor *= 0.94
    rental = coverage.get("kiralikArac") or {}
    if rental.get("$type") == "NUMBER":
        factor *= 1 + 0.003 * float(rental.get("value") or 0)
    deductible = coverage.get("muafiyetOrani") or {}
    if deductible.get("$type") == "PERCENT":
        factor *= 1 - 0.018 * float(deductible.get("value") or 0)
    for key in ("anahtarKaybi", "maneviTazminat", "camKirilmaMuafeyeti"):
        if (coverage.get(key) or {}).get("$type") == "INCLUDED":
            factor *= 1.005
    return factor


def _check_value(name: str, value: Any) -> str | None:
    if isinstance(value, str):
        return None  # plain enums (onarimServisTuru, yedekParcaTuru, ...)
    if isinstance(value, list):
        return None if all(_check_value(name, v) is None for v in value) else f"'{name}' listesi geçersiz."
    if not isinstance(value, dict) or value.get("$type") not in _VALUE_TYPES:
        return f"'{name}' teminat değeri geçersiz ('$type' zorunludur)."
    if next(iter(value)) != "$type":
        return f"'{name}' içinde '$type' ilk alan olmalıdır."
    if value["$type"] in _WITH_VALUE and not isinstance(value.get("value"), int | float):
        return f"'{name}' için sayısal 'value' zorunludur."
    return None


def _check_coverage(coverage: Any, branch: str) -> list[dict[str, Any]]:
    if coverage is None:
        return []
    if not isinstance(coverage, dict) or not coverage:
        return [field_error("coverage", "Teminat bir nesne olmalıdır.", None)]
    errors = []
    if next(iter(coverage)) != "$type" or coverage.get("$type") != branch.lower():
        errors.append(field_error("coverage.$type", f"Teminat '$type' alanı ilk sırada ve '{branch.lower()}' "
                                  "olmalıdır.", coverage.get("$type")))
    if coverage.get("productBranch") not in (None, branch):
        errors.append(field_error("coverage.productBranch", "Teminatın branşı teklifle aynı olmalıdır.",
                                  coverage.get("productBranch")))
    for name, value in coverage.items():
        if name in ("$type", "productBranch"):
            continue
        problem = _check_value(name, value)
        if problem is not None:
            errors.append(field_error(f"coverage.{name}", problem, None))
    return errors


def _strict_keys(request: Request, body: dict[str, Any], allowed: frozenset[str]) -> None:
    unknown = sorted(set(body) - allowed)
    if unknown:
        raise refuse(request, "revise-unknown-property", "addendum §H",
                     f"'{unknown[0]}' revize isteğinin bir alanı değil.", status=400, code="UNKNOWN_PROPERTY")


def _same_as_path(body: dict[str, Any], key: str, value: str) -> list[dict[str, Any]]:
    if body.get(key) != value:
        return [field_error(key, "Gövdedeki değer zorunludur ve adresle aynı olmalıdır.", body.get(key))]
    return []


def _group(sb: Sandbox, agent_id: str, branch: str, gid: Any, key: str) -> tuple[dict[str, Any] | None,
                                                                                  list[dict[str, Any]]]:
    group = sb.coverage_groups.get(str(gid)) if isinstance(gid, str) else None
    if group is None or group["agentId"] != agent_id or group["productBranch"] != branch:
        return None, [field_error(key, "Teminat grubu bulunamadı.", gid)]
    return group, []


def _last_gross(prod: ProductRec) -> float | None:
    single = prod.premium(1) or (prod.premiums[0] if prod.premiums else None)
    return float(single["grossPremium"]) if single else None


def _price_again(sb: Sandbox, p: ProposalRec, prod: ProductRec, coverage: dict[str, Any] | None,
                 rng: random.Random, now: float, *, fresh: bool) -> None:
    """Price ``prod`` again for ``coverage`` after a fresh latency: same insurer, same rules as first pricing."""
    insurer = BY_ID[prod.insurer_id]
    lo, hi = _CAPS.get(p.branch, _CAPS["KASKO"])
    last = _last_gross(prod)
    if last is not None:
        gross = last * coverage_factor(coverage) / coverage_factor(prod.coverage or None) * rng.uniform(0.99, 1.01)
    else:
        vehicle = sb.vehicles[p.vehicle_id].data if p.vehicle_id in sb.vehicles else None
        gross = base_premium(p.branch, vehicle, rng, sb.clock.utcnow().year) * insurer.price_factor
        gross *= coverage_factor(coverage)
    prod.ready_at = now + latency(sb.config, rng)
    prod.revised = True
    if coverage is not None:
        prod.coverage = coverage
    # A new revision asks every insurer afresh (the failing one fails again); revising one failed product
    # behaves like a retry of it.
    fails = insurer.id in sb.config.failing_insurers and (fresh or not sb.config.retry_succeeds)
    if fails:
        prod.outcome, prod.error_message, prod.premiums, prod.payment_options = (
            "FAILED", rng.choice(PRICING_ERRORS), [], [])
        return
    prod.outcome, prod.error_message = "ACTIVE", None
    prod.premiums = premiums_for(p.branch, min(max(gross, lo), hi), insurer, rng)
    if not prod.payment_options:
        prod.payment_options = [] if prod.product_type == "ROBOT" else with_unknown(
            list(insurer.payment_options), insurer.id, sb.config.realistic)


def _not_while_selling(p: ProposalRec, now: float) -> None:
    if any(x.state(now) in ("PURCHASING", "PURCHASED") for x in p.products):
        raise Problem(409, "resource-invalid-state", "Satın alınmış ya da satın alınmakta olan bir teklif revize "
                      "edilemez.", codes=["PROPOSAL_ALREADY_PURCHASED"])


async def revise_proposal(request: Request) -> JSONResponse:
    sb = sandbox_of(request)
    user = current_user(request)
    body = await json_body(request)
    _strict_keys(request, body, _PROPOSAL_KEYS)
    with sb.lock:
        old = find_proposal(request, sb)
        errors = _same_as_path(body, "proposalId", old.id)
        ids = body.get("coverageGroupIds")
        groups: list[dict[str, Any]] = []
        if ids is not None and not isinstance(ids, list):
            errors.append(field_error("coverageGroupIds", "Teminat grupları bir liste olmalıdır.", ids))
            ids = []
        for gid in ids or []:
            group, problems = _group(sb, user.agent_id, old.branch, gid, "coverageGroupIds")
            errors += problems
            if group is not None:
                groups.append(group)
        if len(ids or []) > 3:
            errors.append(field_error("coverageGroupIds", "En fazla 3 teminat grubu seçilebilir.", None))
        if errors:
            raise validation_problem(errors, "Revize bilgileri geçersiz.", "PROPOSAL_REVISE_INVALID")
        now = sb.clock.now()
        _not_while_selling(old, now)
        if not groups:  # null or empty keeps the current groups
            groups = [g for gid in old.coverage_group_ids if (g := sb.coverage_groups.get(gid)) is not None]
        new_id = sb.ids.object_id()
        rng = random.Random(f"revise:{sb.config.seed}:{new_id}")
        coverage = groups[0]["coverageTable"][0]["coverage"] if groups else old.initial_coverage
        products = []
        for prior in old.products:
            prod = ProductRec(
                id=sb.ids.object_id(), insurer_id=prior.insurer_id, insurer_name=prior.insurer_name,
                product_id=prior.product_id, product_name=prior.product_name, product_type=prior.product_type,
                ready_at=now, outcome=prior.outcome, error_message=None, premiums=[dict(x) for x in prior.premiums],
                payment_options=list(prior.payment_options), needs_investigation=prior.needs_investigation,
                vocational_discount=prior.vocational_discount, undamaged_discount=prior.undamaged_discount,
                undamaged_rate=prior.undamaged_rate, coverage=dict(prior.coverage),
                coverage_group_id=groups[0]["id"] if groups else None,
                coverage_group_name=groups[0]["name"] if groups else None,
            )
            product_coverage = dict(coverage) if coverage and old.branch == "KASKO" else None
            _price_again(sb, old, prod, product_coverage, rng, now, fresh=True)
            products.append(prod)
        revised = ProposalRec(
            id=new_id, agent_id=old.agent_id, branch=old.branch, channel=old.channel,
            created_at=net_timestamp(sb.clock.utcnow(), sb.config.realistic),
            insurer_customer_id=old.insurer_customer_id, insured_customer_id=old.insured_customer_id,
            vehicle_id=old.vehicle_id, agent_branch_id=old.agent_branch_id, created_by=user.ref(),
            policy_start=old.policy_start, policy_end=old.policy_end,
            coverage_group_ids=[g["id"] for g in groups], initial_coverage=old.initial_coverage,
            snapshot=old.snapshot, products=products,
        )
        sb.add_proposal(revised)
    return ok({"proposalId": new_id})


async def revise_product(request: Request) -> Response:
    sb = sandbox_of(request)
    user = current_user(request)
    body = await json_body(request)
    _strict_keys(request, body, _PRODUCT_KEYS)
    with sb.lock:
        p, prod = find_product(request, sb)
        errors = _same_as_path(body, "proposalId", p.id) + _same_as_path(body, "proposalProductId", prod.id)
        coverage = body.get("coverage")
        errors += _check_coverage(coverage, p.branch)
        group = None
        if body.get("guaranteeGroupId") is not None:
            group, problems = _group(sb, user.agent_id, p.branch, body["guaranteeGroupId"], "guaranteeGroupId")
            errors += problems
        if errors:
            raise validation_problem(errors, "Revize bilgileri geçersiz.", "PROPOSAL_PRODUCT_REVISE_INVALID")
        now = sb.clock.now()
        _not_while_selling(p, now)
        state = prod.state(now)
        if state not in _REVISABLE:
            raise Problem(422, "resource-invalid-state", "Fiyatlanması süren bir ürün revize edilemez; yanıtını "
                          "bekleyin.", codes=["PROPOSAL_PRODUCT_NOT_PRICED"], template_args={"state": state})
        wanted: dict[str, Any] | None = None
        if group is not None:
            wanted = dict(group["coverageTable"][0]["coverage"])
            prod.coverage_group_id, prod.coverage_group_name = group["id"], group["name"]
        if isinstance(coverage, dict):
            # Named coverages given replace those of the product's current coverage; the rest are kept.
            wanted = {**(wanted or prod.coverage or {}), **coverage}
        prod.retries += 1
        if prod.override == "PURCHASE_FAILED":
            prod.override = None
        rng = random.Random(f"revise:{sb.config.seed}:{prod.id}:{prod.retries}")
        _price_again(sb, p, prod, wanted, rng, now, fresh=False)
        sb.refresh_proposal_node(p.id)
    notify(sb, p.id)
    return no_content()
