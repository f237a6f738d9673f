"""Premiums of the simulated DASK, Konut, TSS and İMM products.

DASK follows the shape of the real compulsory tariff: the sum insured is the gross area times the unit cost of
the construction type (capped at the tariff's maximum), the rate per mille depends on the earthquake risk zone
and the construction type, and every insurer sells at the same premium. Konut prices the building and the item
values; TSS prices each insured person by age, hospital network and package, with the health declarations;
İMM by its limit and the vehicle's use. Each product has its own latency and a fixed outcome, like motor.
"""

from __future__ import annotations

import math
import random
from typing import Any

from .branch_coverage import imm_product_coverage, konut_product_coverage, tss_product_coverage
from .branch_products import IMM_LIMITS, offers
from .catalog import Insurer
from .config import SandboxConfig
from .ids import IdFactory
from .pricing import latency, with_unknown
from .records import ProductRec

INSTALLMENTS = {"DASK": (1,), "KONUT": (1, 3, 6), "TSS": (1, 3, 6, 9), "IMM": (1, 3)}
_SPREAD_COST = {1: 1.0, 3: 1.02, 6: 1.045, 9: 1.075}
COMMISSION = {"DASK": 0.175, "KONUT": 0.2, "TSS": 0.15, "IMM": 0.18}

# DASK: TL per m² by construction type, maximum sum insured, minimum premium, ‰ rates by risk zone.
DASK_UNIT_COST = {"STEEL_REINFORCED_CONCRETE": 7_900.0, "OTHER": 5_480.0, "UNKNOWN": 5_480.0}
DASK_MAX_SUM = 1_800_000.0
DASK_MIN_PREMIUM = 300.0
DASK_RATES = {  # zone -> (concrete ‰, masonry and other ‰)
    1: (2.20, 3.85), 2: (1.55, 2.75), 3: (0.83, 1.43), 4: (0.55, 0.96), 5: (0.44, 0.77),
}
_ZONE_BY_CITY = {
    34: 1, 35: 1, 41: 1, 16: 1, 77: 1, 54: 1, 20: 1, 9: 1, 45: 1, 48: 1, 10: 1, 17: 1, 59: 1, 81: 1, 14: 1,
    31: 1, 46: 1, 44: 1, 2: 1, 23: 1, 21: 2, 27: 2, 1: 2, 80: 2, 7: 2, 63: 3, 38: 3, 26: 3, 55: 3, 6: 4, 42: 4,
    61: 4, 33: 4, 70: 5, 68: 4,
}
SEVERE_DAMAGE = "Ağır hasarlı binalar için DASK poliçesi düzenlenemez."

KONUT_BUILDING_COST = {"STEEL_REINFORCED_CONCRETE": 25_000.0, "OTHER": 18_000.0, "UNKNOWN": 18_000.0}
KONUT_MIN_PREMIUM = 450.0

# TSS yearly premium of one person for in-patient cover, by the age band's upper bound.
_TSS_AGE_BANDS = ((17, 2_600.0), (29, 3_900.0), (39, 5_200.0), (49, 6_800.0), (54, 8_900.0), (59, 10_800.0),
                  (64, 13_500.0))
TSS_MAX_ENTRY_AGE = 64
_TSS_NETWORK = {"DAR_KAPSAM": 0.8, "STANDART_KAPSAM": 1.0, "GENIS_KAPSAM": 1.35, "BILINMIYOR": 1.0}
_TSS_DECLINED = {"CANCER", "KIDNEY_FAILURE", "ORGAN_TRANSPLANT", "BONE_MARROW_TRANSPLANT"}
TSS_DECLINED = "Beyan edilen sağlık durumu nedeniyle risk kabul edilmedi."
TSS_TOO_OLD = "Sigortalının yaşı bu ürünün giriş yaşı sınırının üzerinde."
TSS_BMI = "Vücut kitle indeksi bu sigorta şirketinin kabul sınırının üzerinde."

_IMM_PRICE = {1_000_000: 1_250.0, 2_000_000: 1_650.0, 5_000_000: 2_400.0, 10_000_000: 3_300.0}
_IMM_LIMITLESS = 4_600.0
_COMMERCIAL = {"TAXI", "ROUTE_BASED_MINIBUS", "MINIBUS_SHARED_TAXI", "PICKUP_TRUCK", "TRUCK", "RENTAL_CAR",
               "MEDIUM_BUS", "LARGE_BUS", "TOW_TRUCK"}
_CITY_FACTOR = {34: 1.35, 6: 1.15, 35: 1.2, 16: 1.1, 7: 1.1, 41: 1.12}


def risk_zone(city: int) -> int:
    return _ZONE_BY_CITY.get(city, 3)


def dask_premium(square_meter: float, structure: str, city: int) -> float:
    """The DASK tariff premium (gross = net: DASK premiums carry no BSMV)."""
    kind = structure if structure in DASK_UNIT_COST else "OTHER"
    total = min(square_meter * DASK_UNIT_COST[kind], DASK_MAX_SUM)
    concrete, other = DASK_RATES[risk_zone(city)]
    rate = concrete if kind == "STEEL_REINFORCED_CONCRETE" else other
    return round(max(total * rate / 1000, DASK_MIN_PREMIUM), 2)


def konut_premium(inputs: dict[str, Any], insurer: Insurer, rng: random.Random) -> float:
    prop = inputs["property"]
    scope = inputs["scope"]
    structure = prop.get("structure") or "UNKNOWN"
    unit = inputs.get("constructionCostPerSquareMeter") or KONUT_BUILDING_COST.get(structure, 18_000.0)
    building = float(prop.get("squareMeter") or 100) * unit if scope != "SADECE_ESYA" else 0.0
    items = inputs["items"]
    contents = 0.0
    if scope != "SADECE_KONUT":
        contents = (items["furniturePrice"] * 3.5 + items["electronicDevicePrice"] * 8.0
                    + items["insulationPrice"] * 1.5 + items["windowPrice"] * 5.0) / 1000
    premium = building * 0.6 / 1000 + contents
    if inputs["earthquake"] and scope != "SADECE_ESYA":
        concrete, other = DASK_RATES[risk_zone(int(prop["city"]))]
        premium += building * (concrete if structure == "STEEL_REINFORCED_CONCRETE" else other) * 0.6 / 1000
    if inputs["vacancy"]:
        premium *= 1.2  # a home left empty for more than a month is more often burgled or flooded unnoticed
    premium *= 1 + inputs["inflation"] / 200  # the sum insured is indexed through the year
    premium *= insurer.price_factor * rng.uniform(0.95, 1.06)
    return float(max(premium, KONUT_MIN_PREMIUM))


def _tss_person(person: dict[str, Any], network: str, package: dict[str, Any]) -> float:
    base = next((price for top, price in _TSS_AGE_BANDS if person["age"] <= top), _TSS_AGE_BANDS[-1][1])
    if package.get("tedaviSekli") == "YATARAK_AYAKTA":
        visits = int(package.get("ayaktaYillikTedaviSayisi") or 4)
        base *= 2.3 * (1 + max(visits - 4, 0) * 0.04)
    bmi = person["weight"] / (person["height"] / 100) ** 2
    if bmi >= 30:
        base *= 1.15
    base *= 1 + 0.25 * len([d for d in person["diseases"] if d not in _TSS_DECLINED])
    base *= 1 + 0.15 * len([s for s in person["surgeries"] if s not in _TSS_DECLINED])
    return base * _TSS_NETWORK.get(network, 1.0)


def tss_outcome(inputs: dict[str, Any], insurer: Insurer) -> str | None:
    """Why this insurer declines the family, or None."""
    for person in inputs["people"]:
        if person["age"] > TSS_MAX_ENTRY_AGE:
            return TSS_TOO_OLD
        if _TSS_DECLINED & {*person["diseases"], *person["surgeries"]}:
            return TSS_DECLINED
        bmi = person["weight"] / (person["height"] / 100) ** 2
        if bmi >= (40 if insurer.id % 2 else 35):
            return TSS_BMI
    return None


def tss_premium(inputs: dict[str, Any], insurer: Insurer, rng: random.Random) -> float:
    people = inputs["people"]
    total = sum(_tss_person(p, inputs["network"], inputs["package"]) for p in people)
    if len(people) >= 3:
        total *= 0.95  # family discount
    return total * insurer.price_factor * rng.uniform(0.94, 1.07)


def imm_premium(inputs: dict[str, Any], insurer: Insurer, rng: random.Random) -> float:
    limit = inputs["limit"]
    if limit is None:
        base = _IMM_LIMITLESS
    else:
        # between the tariff's steps the price follows the limit's logarithm
        steps = sorted(_IMM_PRICE)
        lo = max([s for s in steps if s <= limit], default=steps[0])
        hi = min([s for s in steps if s >= limit], default=steps[-1])
        if lo == hi:
            base = _IMM_PRICE[lo]
        else:
            t = (math.log(limit) - math.log(lo)) / (math.log(hi) - math.log(lo))
            base = _IMM_PRICE[lo] + t * (_IMM_PRICE[hi] - _IMM_PRICE[lo])
    vehicle = inputs["vehicle"]
    if vehicle.get("utilizationStyle") in _COMMERCIAL:
        base *= 1.6
    base *= _CITY_FACTOR.get(int((vehicle.get("plate") or {}).get("city") or 34), 1.0)
    if inputs["rental"].get("$type") == "DEFINED":
        base += 350
    if inputs["assistance"]:
        base += 180
    if inputs["cargo"] not in ("YOK", "BELIRSIZ"):
        base *= 1.1
    return base * insurer.price_factor * rng.uniform(0.97, 1.04)


def premiums(branch: str, gross_single: float, rng: random.Random) -> list[dict[str, Any]]:
    proposal_no = str(rng.randint(100_000_000, 999_999_999))
    bsmv = 1.0 if branch == "DASK" else 1.05
    out = []
    for n in INSTALLMENTS[branch]:
        gross = round(gross_single * _SPREAD_COST[n], 2)
        net = round(gross / bsmv, 2)
        out.append({"installmentNumber": n, "netPremium": net, "grossPremium": gross,
                    "commission": round(net * COMMISSION[branch], 2), "exchangeRate": 1,
                    "currency": "TURKISH_LIRA", "insuranceCompanyProposalNumber": proposal_no})
    return out


def _price(branch: str, inputs: dict[str, Any], insurer: Insurer, rng: random.Random
           ) -> tuple[float | None, str | None, dict[str, Any]]:
    """(single-payment gross premium or None, why it failed, the product's coverage)."""
    generous = insurer.price_factor >= 1.03
    if branch == "DASK":
        prop = inputs["property"]
        if prop.get("damageStatus") == "SEVERELY_DAMAGED":
            return None, SEVERE_DAMAGE, {}
        gross = dask_premium(float(prop.get("squareMeter") or 100), str(prop.get("structure")), int(prop["city"]))
        return gross, None, {}
    if branch == "KONUT":
        cov = konut_product_coverage(inputs["scope"], inputs["inflation"], 0.0, inputs["items"],
                                     inputs["earthquake"], generous)
        prop = inputs["property"]
        unit = inputs.get("constructionCostPerSquareMeter") or KONUT_BUILDING_COST.get(
            str(prop.get("structure")), 18_000.0)
        if inputs["scope"] != "SADECE_ESYA":
            cov["binaYanginYildirimInfilak"] = {"$type": "DECIMAL",
                                                "value": round(float(prop.get("squareMeter") or 100) * unit)}
        return konut_premium(inputs, insurer, rng), None, cov
    if branch == "TSS":
        cov = tss_product_coverage(inputs["network"], inputs["package"], generous)
        refusal = tss_outcome(inputs, insurer)
        if refusal is not None:
            return None, refusal, cov
        return tss_premium(inputs, insurer, rng), None, cov
    cov = imm_product_coverage(inputs["limit"], inputs["rental"], inputs["cargo"], inputs["assistance"])
    return imm_premium(inputs, insurer, rng), None, cov


def build_branch_products(*, config: SandboxConfig, ids: IdFactory, proposal_id: str, branch: str,
                          inputs: dict[str, Any], group: dict[str, Any] | None, now: float) -> list[ProductRec]:
    rng = random.Random(f"branch-pricing:{config.seed}:{proposal_id}")
    out = []
    many = len(offers(branch)) > 1
    for insurer, kind in offers(branch):
        gross, refusal, coverage = _price(branch, inputs, insurer, rng)
        fails = refusal is not None or insurer.id in config.failing_insurers or (many and rng.random() < 0.04)
        robot = kind == "ROBOT" or insurer.id in config.robot_products
        options = [] if robot else with_unknown(list(insurer.payment_options), insurer.id, config.realistic)
        out.append(ProductRec(
            id=ids.object_id(), insurer_id=insurer.id, insurer_name=insurer.name,
            product_id=insurer.product_id(branch), product_name=insurer.product_name(branch),
            product_type="ROBOT" if robot else "WEB_SERVICE", ready_at=now + latency(config, rng),
            outcome="FAILED" if fails else "ACTIVE",
            error_message=(refusal or "Sigorta şirketi servisine şu an ulaşılamıyor.") if fails else None,
            premiums=[] if fails or gross is None else premiums(branch, gross, rng),
            payment_options=[] if fails else options,
            needs_investigation=not fails and branch == "TSS" and any(
                p["diseases"] or p["surgeries"] for p in inputs["people"]),
            coverage=coverage or {"$type": "empty", "productBranch": branch},
            coverage_group_id=group["id"] if group else None,
            coverage_group_name=group["name"] if group else None,
        ))
    return out


def reprice_branch(product: ProductRec, *, config: SandboxConfig, branch: str, inputs: dict[str, Any],
                   now: float, attempt: int) -> None:
    """Retry of a failed product: priced again after a fresh latency (a declined risk stays declined)."""
    rng = random.Random(f"branch-retry:{config.seed}:{product.id}:{attempt}")
    product.ready_at = now + latency(config, rng)
    insurer = next(i for i, _kind in offers(branch) if i.id == product.insurer_id)
    gross, refusal, coverage = _price(branch, inputs, insurer, rng)
    if refusal is not None or gross is None or not config.retry_succeeds:
        product.outcome = "FAILED"
        product.error_message = refusal or "Sigorta şirketi servisine şu an ulaşılamıyor."
        return
    product.premiums = premiums(branch, gross, rng)
    product.payment_options = [] if product.product_type == "ROBOT" else with_unknown(
        list(insurer.payment_options), insurer.id, config.realistic)
    product.coverage = coverage or {"$type": "empty", "productBranch": branch}
    product.outcome = "ACTIVE"
    product.error_message = None


IMM_DEFAULT_LIMIT = IMM_LIMITS[0]
