"""The property part of the asset step without widgets: UAVT look-up, the address walk, the DASK old-policy
look-up and registering a home to the customer, against the sandbox."""

from __future__ import annotations

import pytest
from property_walk import AYSE, AYSE_DASK_OLD_POLICY, ayse_uavt, walk_to_building

from insurup_desk.api import InsurUpClient
from insurup_desk.services import property_form as pf
from insurup_desk.services.property_service import AddressNotFound, PropertyService


async def _ayse_uavt(client: InsurUpClient) -> str:
    return await ayse_uavt(client.properties, (await client.customers.get(AYSE)).id)


def _draft(number: str, **changes: object) -> pf.PropertyDraft:
    values: dict[str, object] = {"number": number, "square_meter": "95", "construction_year": "2012",
                                 "floor_band": 1, "current_floor": "2"}
    values.update(changes)
    return pf.PropertyDraft(**values)  # type: ignore[arg-type]


@pytest.mark.asyncio
async def test_the_uavt_code_brings_the_address(client: InsurUpClient) -> None:
    number = await _ayse_uavt(client)
    address = await PropertyService(client).address_by_number(f"{number[:3]} {number[3:6]} {number[6:]}")  # spaced
    assert address.found and address.city is not None and address.city.text == "İstanbul"
    assert address.apartment is not None and address.apartment.value == number


@pytest.mark.asyncio
async def test_a_code_that_names_no_address_is_a_typed_not_found(client: InsurUpClient) -> None:
    with pytest.raises(AddressNotFound):
        await PropertyService(client).address_by_number("1000000001")


@pytest.mark.asyncio
async def test_the_walk_ends_at_flats_whose_value_is_the_uavt_code(client: InsurUpClient) -> None:
    service = PropertyService(client)
    flats = await walk_to_building(service)
    mine = await _ayse_uavt(client)
    assert mine in {f.value for f in flats}
    other = next(f for f in flats if f.value != mine)
    address = await service.address_by_number(str(other.value))
    assert address.apartment is not None and address.apartment.text == other.text


@pytest.mark.asyncio
async def test_an_earlier_dask_policy_fills_the_building_facts(client: InsurUpClient) -> None:
    found = await PropertyService(client).by_dask_old_policy(AYSE_DASK_OLD_POLICY)
    draft = pf.draft_from_dask(found, AYSE_DASK_OLD_POLICY)
    assert draft.number == await _ayse_uavt(client) and draft.dask_old_policy == AYSE_DASK_OLD_POLICY
    assert pf.FLOOR_BANDS[draft.floor_band] == (4, 7) and draft.square_meter and draft.construction_year
    assert pf.field_problems(draft) == {}


@pytest.mark.asyncio
async def test_an_unknown_dask_policy_is_a_typed_not_found(client: InsurUpClient) -> None:
    with pytest.raises(AddressNotFound):
        await PropertyService(client).by_dask_old_policy("11110000")


@pytest.mark.asyncio
async def test_a_new_home_is_registered_to_the_customer_and_listed_with_its_address(client: InsurUpClient) -> None:
    service = PropertyService(client)
    customer = await client.customers.get(AYSE)
    mine = await _ayse_uavt(client)
    flat = next(f for f in await walk_to_building(service) if f.value != mine)
    saved = await service.save(customer.id, _draft(str(flat.value), floor_band=3, current_floor="-1"))
    assert not saved.already_registered and saved.property.number == int(str(flat.value))
    assert saved.label.startswith("Caferağa Mahallesi Moda Caddesi No: 5") and saved.label.endswith("Kadıköy/İstanbul")
    stored = await client.properties.get(customer.id, saved.property.id)
    assert stored.floor is not None and stored.floor.total_floors is not None
    assert (stored.floor.total_floors.min, stored.floor.total_floors.max, stored.floor.current_floor) == (19, 99, -1)
    homes = await service.properties(customer.id)
    assert saved.property.id in {h.id for h in homes}


@pytest.mark.asyncio
async def test_registering_a_home_the_customer_already_has_opens_it(client: InsurUpClient) -> None:
    service = PropertyService(client)
    customer = await client.customers.get(AYSE)
    saved = await service.save(customer.id, _draft(await _ayse_uavt(client)))
    assert saved.already_registered
    assert saved.property.id in {h.id for h in await service.properties(customer.id)}


def test_form_rules_word_each_problem_by_code() -> None:
    problems = pf.field_problems(pf.PropertyDraft(number="12345", square_meter="5", construction_year="1850",
                                                  floor_band=0, current_floor="7", dask_old_policy="12a"))
    assert problems == {pf.NUMBER: "uavt_invalid", pf.SQUARE_METER: "square_meter_invalid",
                        pf.CONSTRUCTION_YEAR: "construction_year_invalid", pf.CURRENT_FLOOR: "floor_invalid",
                        pf.DASK_POLICY: "dask_policy_invalid"}
    assert pf.field_problems(pf.PropertyDraft())[pf.TOTAL_FLOORS] == "required"


def test_the_create_body_sends_the_floor_count_as_a_range_and_nullable_fields_as_null() -> None:
    wire = pf.create_body("c1", _draft("2117336908", floor_band=0, current_floor="")).to_wire()
    assert wire["number"] == 2117336908 and isinstance(wire["number"], int)
    assert wire["floor"] == {"totalFloors": {"$type": "range", "min": 1, "max": 3}, "currentFloor": None}
    assert wire["daskOldPolicyNumber"] is None and wire["lossPayeeClause"] is None
    assert "address" not in wire and "propertyId" not in wire


@pytest.mark.asyncio
async def test_konut_offers_the_scopes_its_products_name(client: InsurUpClient) -> None:
    assert await PropertyService(client).konut_scopes() == ["KONUT_VE_ESYA", "SADECE_ESYA", "SADECE_KONUT"]
