"""Helpers for the sandbox's property, health and branch-proposal tests."""

from __future__ import annotations

from typing import Any

import httpx

from insurup_desk.sandbox import Sandbox, addresses
from insurup_desk.sandbox.realistic import EXTRA_PROPERTIES
from insurup_desk.sandbox.seed_assets import AYSE_FLAT


def ayse_uavt() -> int:
    return int(addresses.encode(AYSE_FLAT))


def property_body(customer_id: str, uavt: int, /, **changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "customerId": customer_id, "number": uavt, "daskOldPolicyNumber": None, "squareMeter": 95,
        "constructionYear": 2012, "lossPayeeClause": None, "damageStatus": "NONE",
        "floor": {"totalFloors": {"$type": "range", "min": 4, "max": 7}, "currentFloor": 2},
        "structure": "STEEL_REINFORCED_CONCRETE", "utilizationStyle": "HOUSE", "ownershipType": "PROPRIETOR",
    }
    body.update(changes)
    return body


def free_flat(sandbox: Sandbox, customer_id: str, start: int = 0) -> int:
    """A UAVT number of a flat in Ayşe's street that the customer has no property at."""
    taken = {p.data["number"] for p in sandbox.properties.values() if p.customer_id == customer_id}
    for flat in addresses.flats(AYSE_FLAT[:5])[start:]:
        number = int(addresses.encode(flat))
        if number not in taken:
            return number
    raise AssertionError("no free flat")


async def new_property(http: httpx.AsyncClient, auth: dict[str, str], sandbox: Sandbox, customer_id: str,
                       **changes: Any) -> str:
    body = property_body(customer_id, free_flat(sandbox, customer_id), **changes)
    r = await http.post(f"/api/customers/{customer_id}/properties", json=body, headers=auth)
    assert r.status_code == 200, r.text
    return str(r.json()["newPropertyId"])


def rules(sandbox: Sandbox, kind: str = "refused") -> list[str]:
    return [e.rule for e in sandbox.deviations.entries() if e.kind == kind]


def plain(value: Any) -> Any:
    """An answer without the realistic profile's extra properties (a client ignores what it does not know)."""
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items() if k not in EXTRA_PROPERTIES}
    return value
