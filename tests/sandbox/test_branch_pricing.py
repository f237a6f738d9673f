"""Premiums that behave like the real tariffs: DASK from area, construction type and risk zone; Konut from the
item values and options; TSS from age, package and health; İMM from its limit."""

from __future__ import annotations

import random
from typing import Any

import pytest

from insurup_desk.sandbox.branch_pricing import (
    DASK_MAX_SUM,
    DASK_UNIT_COST,
    dask_premium,
    imm_premium,
    konut_premium,
    tss_outcome,
    tss_premium,
)
from insurup_desk.sandbox.catalog import BY_ID

RAY = BY_ID[42]


def test_a_bigger_flat_pays_more_dask() -> None:
    assert dask_premium(140, "STEEL_REINFORCED_CONCRETE", 34) > dask_premium(80, "STEEL_REINFORCED_CONCRETE", 34)


@pytest.mark.parametrize("city", [34, 6, 35, 33])
def test_concrete_is_cheaper_than_masonry(city: int) -> None:
    assert dask_premium(100, "STEEL_REINFORCED_CONCRETE", city) < dask_premium(100, "OTHER", city)


def test_dask_follows_the_risk_zone_and_the_cap() -> None:
    assert dask_premium(100, "STEEL_REINFORCED_CONCRETE", 34) > dask_premium(100, "STEEL_REINFORCED_CONCRETE", 6)
    huge = DASK_MAX_SUM / DASK_UNIT_COST["STEEL_REINFORCED_CONCRETE"] + 50
    assert dask_premium(huge, "STEEL_REINFORCED_CONCRETE", 34) == dask_premium(huge + 300,
                                                                               "STEEL_REINFORCED_CONCRETE", 34)
    # a 100 m² concrete flat in İstanbul costs about what the 2025 tariff asks (hundreds to low thousands)
    assert 1_000 < dask_premium(100, "STEEL_REINFORCED_CONCRETE", 34) < 3_000


def konut_inputs(**changes: Any) -> dict[str, Any]:
    inputs: dict[str, Any] = {
        "property": {"squareMeter": 100, "structure": "STEEL_REINFORCED_CONCRETE", "city": 34},
        "scope": "KONUT_VE_ESYA", "constructionCostPerSquareMeter": None, "earthquake": False, "vacancy": False,
        "inflation": 0,
        "items": {"furniturePrice": 50_000.0, "electronicDevicePrice": 10_000.0, "insulationPrice": 1_000.0,
                  "windowPrice": 5_000.0},
    }
    inputs.update(changes)
    return inputs


def konut(**changes: Any) -> float:
    return konut_premium(konut_inputs(**changes), RAY, random.Random(1))


def test_konut_grows_with_items_and_options() -> None:
    richer = konut_inputs()
    richer["items"] = dict(richer["items"], furniturePrice=250_000.0)
    assert konut_premium(richer, RAY, random.Random(1)) > konut()
    assert konut(earthquake=True) > konut()
    assert konut(vacancy=True) > konut()
    assert konut(inflation=60) > konut()
    assert konut(scope="SADECE_ESYA") < konut()
    assert konut(scope="SADECE_KONUT") < konut()


def person(age: int, **changes: Any) -> dict[str, Any]:
    return {"age": age, "height": 175, "weight": 72, "surgeries": [], "diseases": [], **changes}


def tss(people: list[dict[str, Any]], package: str = "YATARAK_AYAKTA") -> float:
    inputs = {"people": people, "network": "STANDART_KAPSAM", "package": {"tedaviSekli": package}}
    return tss_premium(inputs, RAY, random.Random(1))


def test_tss_by_age_package_and_family() -> None:
    assert tss([person(55)]) > tss([person(30)])
    assert tss([person(30)], "YATARAK") < tss([person(30)])
    assert tss([person(35), person(33), person(6)]) > tss([person(35)])
    declined = {"people": [person(40, diseases=["CANCER"])], "network": "STANDART_KAPSAM", "package": {}}
    assert tss_outcome(declined, RAY) is not None
    assert tss_outcome({"people": [person(66)]}, RAY) is not None
    assert tss_outcome({"people": [person(40)]}, RAY) is None


def test_imm_by_limit_and_use() -> None:
    def imm(limit: float | None, style: str = "PRIVATE_CAR") -> float:
        inputs = {"limit": limit, "vehicle": {"utilizationStyle": style, "plate": {"city": 6}},
                  "rental": {"$type": "NONE"}, "assistance": False, "cargo": "YOK"}
        return imm_premium(inputs, BY_ID[7], random.Random(1))

    assert imm(1_000_000) < imm(3_000_000) < imm(5_000_000) < imm(None)
    assert imm(1_000_000, "TAXI") > imm(1_000_000)
