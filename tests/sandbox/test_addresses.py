"""The address lists (addendum §A.1): a walk from the provinces to a flat ends at the UAVT number."""

from __future__ import annotations

import httpx
import pytest
from branch_helpers import plain, rules
from rest_helpers import problem_of

from insurup_desk.sandbox import Sandbox, addresses

BASE = "/api/address-parameters"


async def pick(http: httpx.AsyncClient, auth: dict[str, str], url: str, text: str) -> str:
    r = await http.get(url, headers=auth)
    assert r.status_code == 200, r.text
    return str(next(i["value"] for i in r.json() if i["text"] == text))


@pytest.mark.asyncio
async def test_walk_to_a_flat_gives_its_uavt_number(asgi_http: httpx.AsyncClient, auth: dict[str, str]) -> None:
    cities = plain((await asgi_http.get(f"{BASE}/cities", headers=auth)).json())
    assert len(cities) == 81 and {"value": "35", "text": "İzmir"} in cities
    city = await pick(asgi_http, auth, f"{BASE}/cities", "Ankara")
    district = await pick(asgi_http, auth, f"{BASE}/districts?cityReference={city}", "Çankaya")
    town = await pick(asgi_http, auth, f"{BASE}/towns?districtReference={district}", "Merkez")
    hood = await pick(asgi_http, auth, f"{BASE}/neighbourhoods?townReference={town}", "Kavaklıdere Mahallesi")
    street = await pick(asgi_http, auth, f"{BASE}/streets?neighbourhoodReference={hood}", "Tunalı Hilmi Caddesi")
    buildings = (await asgi_http.get(f"{BASE}/buildings?streetReference={street}", headers=auth)).json()
    assert len(buildings) >= 6 and all("No: " in b["text"] for b in buildings)
    flats: list[dict[str, str]] = []
    for building in buildings:
        flats = (await asgi_http.get(f"{BASE}/apartments?buildingReference={building['value']}",
                                     headers=auth)).json()
        if flats:
            break
    uavt = flats[0]["value"]
    assert len(uavt) == 10 and flats[0]["text"] == "Daire 1"
    address = plain((await asgi_http.post("/api/properties/query-address-by-property-number",
                                          json={"propertyNumber": int(uavt)}, headers=auth)).json())
    assert address["street"] == {"value": street, "text": "Tunalı Hilmi Caddesi"}
    assert address["town"]["value"] == town and address["city"] == {"value": "6", "text": "Ankara"}


@pytest.mark.asyncio
async def test_shallow_provinces_still_reach_a_flat(asgi_http: httpx.AsyncClient, auth: dict[str, str]) -> None:
    path: addresses.Path = (14,)  # Bolu: one central district, a few neighbourhoods and a village
    hoods = addresses.children((14, 0, 0))
    assert any(h.endswith("Köyü") for h in hoods) and len(hoods) <= 4
    flat = addresses.flats((*path, 0, 0, 0, 0))[0]
    address = (await asgi_http.post("/api/properties/query-address-by-property-number",
                                    json={"propertyNumber": int(addresses.encode(flat))}, headers=auth)).json()
    assert address["city"]["text"] == "Bolu" and address["district"]["text"] == "Merkez"


@pytest.mark.asyncio
async def test_unknown_reference_is_an_empty_list_and_wrong_keys_are_refused(
        asgi_http: httpx.AsyncClient, auth: dict[str, str], sandbox: Sandbox) -> None:
    assert (await asgi_http.get(f"{BASE}/streets?neighbourhoodReference=123", headers=auth)).json() == []
    problem_of(await asgi_http.get(f"{BASE}/streets?neighborhoodReference=986112", headers=auth), 400)
    problem_of(await asgi_http.get(f"{BASE}/streets", headers=auth), 400)
    problem_of(await asgi_http.get(f"{BASE}/neighborhoods?townReference=2816", headers=auth), 404)
    assert rules(sandbox) == ["unknown-query-parameter"]


def test_every_reference_decodes_back_to_its_node() -> None:
    for flat in addresses.flats((35, 0, 0, 0)):  # every flat of a Karşıyaka neighbourhood
        address = addresses.address_of(flat)
        for level, name in enumerate(addresses.LEVELS):
            assert addresses.decode(address[name]["value"], level) == flat[: level + 1]
    assert addresses.uavt_path(1_000_000_000) is None
