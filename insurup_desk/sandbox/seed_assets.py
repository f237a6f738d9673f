"""Seeded properties, health info and families: run after the motor seed, with its own random stream, so the
motor data (and the million-policy seed's speed) stay exactly as they were."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

from . import addresses
from .health import relate
from .properties import add_property, make_property
from .records import CustomerRec, PropertyRec
from .rules import tckn_tail
from .state import Sandbox

MakeCustomer = Callable[..., CustomerRec]
AYSE_SPOUSE_TCKN = "100000000" + tckn_tail("100000000")
AYSE_CHILD_TCKN = "200000001" + tckn_tail("200000001")

# Ayşe Yılmaz's flat (the documented test customer): Kadıköy, Caferağa Mahallesi, Moda Caddesi.
AYSE_FLAT: addresses.Path = (34, 0, 0, 0, 0, 0, 4)
AYSE_DASK_OLD_POLICY = 34512876
# InsurUp's own floor-count ranges (addendum §A.4).
FLOOR_RANGES = ((1, 3), (4, 7), (8, 18), (19, 99))


def floor_range(total: int) -> dict[str, Any]:
    lo, hi = next(r for r in FLOOR_RANGES if r[0] <= total <= r[1])
    return {"$type": "range", "min": lo, "max": hi}


def property_facts(rng: random.Random, path: addresses.Path, year_now: int, business: bool) -> dict[str, Any]:
    building = addresses.building_facts(path, year_now)
    damaged = rng.random()
    return {
        "number": int(addresses.encode(path)),
        "squareMeter": rng.choice((55, 65, 75, 85, 90, 100, 110, 120, 125, 135, 150, 165, 180, 220)),
        "constructionYear": building.construction_year,
        "damageStatus": "NONE" if damaged < 0.9 else "SLIGHTLY_DAMAGED" if damaged < 0.97 else "MODERATELY_DAMAGED",
        "floor": {"totalFloors": floor_range(building.total_floors),
                  "currentFloor": rng.randint(0, max(building.total_floors - 1, 0))},
        "structure": building.structure,
        "utilizationStyle": "BUSINESS" if business else "HOUSE",
        "ownershipType": "PROPRIETOR" if business or rng.random() < 0.7 else "TENANT",
        "lossPayeeClause": None,
        "daskOldPolicyNumber": None,
    }


def register_dask(sb: Sandbox, number: int, data: dict[str, Any], end_date: str) -> None:
    """Put a DASK policy on DASK's registry, as the old-policy lookup will find it (addendum §A.6)."""
    sb.dask_registry[number] = {
        "daskOldPolicy": {"number": number, "endDate": end_date},
        "propertyNumber": data["number"],
        "address": data["address"],
        "floor": data["floor"],
        "constructionYear": data["constructionYear"],
        "structure": data["structure"],
        "damageStatus": data["damageStatus"],
        "utilizationStyle": data["utilizationStyle"],
        "ownershipType": data["ownershipType"],
        "squareMeter": data["squareMeter"],
        "endDate": end_date,
    }


class AssetSeeder:
    def __init__(self, sb: Sandbox) -> None:
        self.sb = sb
        self.rng = random.Random(f"seed-assets:{sb.config.seed}")
        self.today = sb.config.reference_day()
        self.created = dt.datetime.combine(self.today, dt.time(9, 0), tzinfo=dt.UTC)

    def add(self, cust: CustomerRec, facts: dict[str, Any]) -> PropertyRec:
        pid = self.sb.ids.guid()
        stamp = (self.created - dt.timedelta(days=self.rng.randint(1, 700))).strftime("%Y-%m-%dT%H:%M:%SZ")
        rec = PropertyRec(cust.agent_id, cust.id, make_property(self.sb, pid, cust.id, facts), stamp)
        add_property(self.sb, rec)
        return rec

    def properties(self, customers: list[CustomerRec], ayse: CustomerRec | None) -> list[PropertyRec]:
        out: list[PropertyRec] = []
        year = self.today.year
        if ayse is not None:
            facts = property_facts(random.Random("ayse"), AYSE_FLAT, year, False)
            facts.update(squareMeter=120, constructionYear=2008, structure="STEEL_REINFORCED_CONCRETE",
                         damageStatus="NONE", ownershipType="PROPRIETOR",
                         floor={"totalFloors": {"$type": "range", "min": 4, "max": 7}, "currentFloor": 3})
            end = (self.today + dt.timedelta(days=20)).isoformat()
            data = make_property(self.sb, "probe", ayse.id, facts)
            register_dask(self.sb, AYSE_DASK_OLD_POLICY, data, end)
            facts["daskOldPolicyNumber"] = AYSE_DASK_OLD_POLICY
            out.append(self.add(ayse, facts))
        for cust in customers:
            if cust is ayse or cust.data["type"] == "FOREIGN" or self.rng.random() >= 0.3:
                continue
            city = int(cust.data.get("city", {}).get("value") or 34)
            for _ in range(2 if self.rng.random() < 0.15 else 1):
                path = addresses.pick_flat(self.rng, city)
                facts = property_facts(self.rng, path, year, cust.data["type"] == "COMPANY")
                if self.rng.random() < 0.4:
                    number = self.rng.randint(10_000_000, 59_999_999)  # 60M+ are issued by the sandbox
                    data = make_property(self.sb, "probe", cust.id, facts)
                    register_dask(self.sb, number, data,
                                  (self.today + dt.timedelta(days=self.rng.randint(-200, 90))).isoformat())
                    facts["daskOldPolicyNumber"] = number
                out.append(self.add(cust, facts))
        return out

    def health(self, customers: list[CustomerRec], ayse: CustomerRec | None) -> None:
        if ayse is not None:
            self.sb.health_info[ayse.id] = {"height": 168, "weight": 61, "surgeries": [], "diseases": []}
        for cust in customers:
            if cust is ayse or cust.data["type"] != "INDIVIDUAL" or self.rng.random() >= 0.25:
                continue
            male = cust.data.get("gender") == "MALE"
            height = self.rng.randint(165, 192) if male else self.rng.randint(152, 178)
            bmi = self.rng.uniform(19.5, 31.0)
            roll = self.rng.random()
            self.sb.health_info[cust.id] = {
                "height": height, "weight": round(bmi * (height / 100) ** 2),
                "surgeries": ["OTHER"] if roll < 0.08 else [],
                "diseases": ["HEART_RHYTHM_AND_CONDUCTION_DISORDERS"] if 0.08 <= roll < 0.12 else [],
            }


def ayse_family(sb: Sandbox, ayse: CustomerRec, make_customer: MakeCustomer) -> None:
    """Ayşe Yılmaz's husband and daughter, with their health info, for family TSS (addendum §B.4)."""
    spouse = make_customer(number=AYSE_SPOUSE_TCKN, name="Mehmet Yılmaz", birth="1988-04-12", gender="MALE",
                           email="mehmet.yilmaz@example.com", phone="5337654321", city=34, city_text="İstanbul",
                           district="1823", district_text="Kadıköy")
    child = make_customer(number=AYSE_CHILD_TCKN, name="Zeynep Yılmaz", birth="2017-09-03", gender="FEMALE",
                          email=None, phone="5321234567", city=34, city_text="İstanbul", district="1823",
                          district_text="Kadıköy")
    sb.health_info[spouse.id] = {"height": 181, "weight": 84, "surgeries": [], "diseases": []}
    sb.health_info[child.id] = {"height": 128, "weight": 26, "surgeries": [], "diseases": []}
    relate(sb, ayse.id, spouse.id, "SPOUSE")
    relate(sb, ayse.id, child.id, "CHILD")


def seed_assets(sb: Sandbox, agent_id: str, make_customer: MakeCustomer) -> list[PropertyRec]:
    """The agency's properties, health info and Ayşe's family; returns the properties for the branch seed."""
    seeder = AssetSeeder(sb)
    customers = [c for c in sb.customers.values() if c.agent_id == agent_id]
    ayse = next((c for c in customers if c.data.get("identityNumber") == "11111111110"), None)
    props = seeder.properties(customers, ayse)
    seeder.health(customers, ayse)
    if ayse is not None:
        ayse_family(sb, ayse, make_customer)
    return props
