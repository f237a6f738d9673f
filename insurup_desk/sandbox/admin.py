"""The /_sandbox/ admin surface: fault switches, health, clock, charges, the deviations log."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response

from .faults import FaultRule
from .problems import bad_request
from .web import json_body, no_content, ok, sandbox_of


async def health(request: Request) -> JSONResponse:
    sb = sandbox_of(request)
    with sb.lock:
        return ok({
            "status": "ok",
            "seed": sb.config.seed,
            "customers": len(sb.customers),
            "policies": len(sb.policies),
            "proposals": len(sb.proposals),
            "charges": len(sb.charges),
            "dataVersion": sb.data_version,
        })


async def faults(request: Request) -> Response:
    sb = sandbox_of(request)
    if request.method == "DELETE":
        sb.faults.clear()
        return no_content()
    if request.method == "POST":
        body = await json_body(request)
        raw_rules: list[Any] = body.get("rules", []) if "rules" in body or "tokenLifetimeS" in body else [body]
        try:
            rules = [FaultRule.from_json(r) for r in raw_rules]
        except (TypeError, ValueError, AttributeError) as exc:
            raise bad_request(f"Geçersiz hata kuralı: {exc}", "FAULT_RULE_INVALID") from None
        lifetime = body.get("tokenLifetimeS")
        if lifetime is not None and (not isinstance(lifetime, int) or lifetime < 1):
            raise bad_request("tokenLifetimeS pozitif bir tam sayı olmalıdır.", "FAULT_RULE_INVALID")
        for rule in rules:
            sb.faults.add(rule)
        if lifetime is not None:
            sb.faults.token_lifetime_s = lifetime
    return ok(sb.faults.to_json())


async def clock(request: Request) -> JSONResponse:
    """POST {"advanceS": 30} moves the sandbox's time forward (pricing, token expiry)."""
    sb = sandbox_of(request)
    if request.method == "POST":
        body = await json_body(request)
        advance = body.get("advanceS", 0)
        if not isinstance(advance, int | float) or advance < 0:
            raise bad_request("advanceS sıfır ya da pozitif olmalıdır.", "CLOCK_INVALID")
        sb.clock.advance(float(advance))
    return ok({"now": sb.clock.now(), "utc": sb.clock.utcnow().isoformat(), "frozen": sb.clock.frozen})


async def charges(request: Request) -> JSONResponse:
    sb = sandbox_of(request)
    with sb.lock:
        return ok(list(sb.charges))


async def deviations(request: Request) -> Response:
    """GET: the log as JSON (``?kind=refused|note`` filters), or JSON lines with ``?format=jsonl``; DELETE clears."""
    sb = sandbox_of(request)
    if request.method == "DELETE":
        sb.deviations.clear()
        return no_content()
    if request.query_params.get("format") == "jsonl":
        return PlainTextResponse(sb.deviations.jsonl(), media_type="application/x-ndjson")
    kind = request.query_params.get("kind")
    return ok([e.to_json() for e in sb.deviations.entries() if kind in (None, e.kind)])
