"""Simulated insurers pricing a proposal: each product has its own latency and a fixed outcome.

Nothing runs in the background: a product's state is derived from the clock when read (WAITING until
``ready_at``), so the same rules hold in-process and over a socket.
"""

from __future__ import annotations

import random
from typing import Any

from .catalog import BY_ID, INSURERS, PRICING_ERRORS, Insurer
from .config import SandboxConfig
from .coverage import kasko_coverage, trafik_coverage
from .ids import IdFactory
from .records import ProductRec

INSTALLMENTS = {"TRAFIK": (1, 3, 6), "KASKO": (1, 3, 6, 9)}
# Interest an insurer adds when the premium is spread over installments.
_SPREAD_COST = {1: 1.0, 3: 1.02, 6: 1.045, 9: 1.075}
_CITY_FACTOR = {34: 1.35, 6: 1.15, 35: 1.2, 16: 1.1, 7: 1.1, 41: 1.12}



def with_unknown(options: list[str], insurer_id: int, realistic: bool) -> list[str]:
    """Some insurers list the documented ``UNKNOWN`` payment option next to the valid ones (§14)."""
    return [*options, "UNKNOWN"] if realistic and insurer_id % 4 == 1 else options

# Products are listed (and priced, one random draw after another) in the catalogue's order.
_CATALOG_ORDER = {insurer.id: pos for pos, insurer in enumerate(INSURERS)}


def choose_insurers(config: SandboxConfig, rng: random.Random) -> list[Insurer]:
    must = [BY_ID[i] for i in (*config.failing_insurers, *config.robot_products) if i in BY_ID]
    rest = [i for i in INSURERS if i not in must]
    wanted = max(config.insurers_per_proposal - len(must), 0)
    chosen = must + rng.sample(rest, min(wanted, len(rest)))
    return sorted(set(chosen), key=lambda i: _CATALOG_ORDER[i.id])


def base_premium(branch: str, vehicle: dict[str, Any] | None, rng: random.Random, year_now: int) -> float:
    plate_city = int(((vehicle or {}).get("plate") or {}).get("city") or 34)
    model_year = ((vehicle or {}).get("model") or {}).get("year") or year_now - 5
    if branch == "TRAFIK":
        return rng.uniform(7_500, 16_000) * _CITY_FACTOR.get(plate_city, 1.0)
    age = max(0, year_now - int(model_year))
    return rng.uniform(28_000, 62_000) * max(0.45, 1.25 - 0.07 * age)


def premiums_for(branch: str, gross_single: float, insurer: Insurer, rng: random.Random) -> list[dict[str, Any]]:
    rate = 0.08 if branch == "TRAFIK" else 0.12
    proposal_no = str(rng.randint(100_000_000, 999_999_999))
    out = []
    for n in INSTALLMENTS[branch]:
        gross = round(gross_single * _SPREAD_COST[n], 2)
        net = round(gross / 1.05, 2)  # 5 % BSMV is in the gross premium
        out.append({
            "installmentNumber": n,
            "netPremium": net,
            "grossPremium": gross,
            "commission": round(net * rate, 2),
            "exchangeRate": 1,
            "currency": "TURKISH_LIRA",
            "insuranceCompanyProposalNumber": proposal_no,
        })
    return out


def latency(config: SandboxConfig, rng: random.Random) -> float:
    return rng.uniform(config.latency_min_s, max(config.latency_min_s, config.latency_max_s))


def build_products(
    *,
    config: SandboxConfig,
    ids: IdFactory,
    proposal_id: str,
    branch: str,
    vehicle: dict[str, Any] | None,
    groups: list[dict[str, Any]],
    now: float,
    year_now: int,
) -> list[ProductRec]:
    rng = random.Random(f"pricing:{config.seed}:{proposal_id}")
    base = base_premium(branch, vehicle, rng, year_now)
    cap = (8_000.0, 25_000.0) if branch == "TRAFIK" else (20_000.0, 90_000.0)
    products: list[ProductRec] = []
    group = groups[0] if groups else None
    for insurer in choose_insurers(config, rng):
        fails = insurer.id in config.failing_insurers or rng.random() < 0.04
        robot = insurer.id in config.robot_products
        gross = min(max(base * insurer.price_factor * rng.uniform(0.93, 1.08), cap[0]), cap[1])
        coverage = trafik_coverage() if branch == "TRAFIK" else kasko_coverage(
            rng.choice((1_000_000, 5_000_000)), "ANLASMALI_YETKILI_SERVIS", rng.choice((0, 7)))
        options = [] if robot else with_unknown(list(insurer.payment_options), insurer.id, config.realistic)
        if not robot and "SYNC_OPEN_ACCOUNT" in options and rng.random() < 0.3:
            options.remove("SYNC_OPEN_ACCOUNT")  # no open-account agreement with this insurer
        undamaged = rng.random() < 0.45
        products.append(ProductRec(
            id=ids.object_id(),
            insurer_id=insurer.id,
            insurer_name=insurer.name,
            product_id=insurer.product_id(branch),
            product_name=insurer.product_name(branch),
            product_type="ROBOT" if robot else "WEB_SERVICE",
            ready_at=now + latency(config, rng),
            outcome="FAILED" if fails else "ACTIVE",
            error_message=rng.choice(PRICING_ERRORS) if fails else None,
            premiums=[] if fails else premiums_for(branch, gross, insurer, rng),
            payment_options=[] if fails else options,
            needs_investigation=not fails and rng.random() < 0.1,
            vocational_discount=not fails and rng.random() < 0.15,
            undamaged_discount=not fails and undamaged,
            undamaged_rate=round(rng.choice((0.1, 0.2, 0.3, 0.4)), 2) if undamaged and not fails else None,
            coverage=coverage,
            coverage_group_id=group["id"] if group else None,
            coverage_group_name=group["name"] if group else None,
        ))
    return products


def reprice(product: ProductRec, *, config: SandboxConfig, branch: str, vehicle: dict[str, Any] | None,
            now: float, year_now: int, attempt: int) -> None:
    """Retry of a failed product: priced again after a fresh latency."""
    rng = random.Random(f"retry:{config.seed}:{product.id}:{attempt}")
    product.ready_at = now + latency(config, rng)
    if not config.retry_succeeds:
        product.outcome = "FAILED"
        product.error_message = rng.choice(PRICING_ERRORS)
        return
    insurer = BY_ID[product.insurer_id]
    gross = base_premium(branch, vehicle, rng, year_now) * insurer.price_factor
    cap = (8_000.0, 25_000.0) if branch == "TRAFIK" else (20_000.0, 90_000.0)
    product.premiums = premiums_for(branch, min(max(gross, cap[0]), cap[1]), insurer, rng)
    product.payment_options = [] if product.product_type == "ROBOT" else with_unknown(
        list(insurer.payment_options), insurer.id, config.realistic)
    product.outcome = "ACTIVE"
    product.error_message = None
