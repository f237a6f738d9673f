"""Which insurer sells DASK, Konut, TSS and İMM through the API (addendum §A.10), and their coverage choices
(``GET coverage-choices:konut|tss|imm``, §A.9, §B.3, §C).

A ✓ product of the web-service table is a WEB_SERVICE product; a ʘ ("in progress") one is served as a ROBOT
product: it prices but cannot be bought through the API. İMM has only Anadolu's ʘ product in the table; the
sandbox sells it as a web-service product, or İMM could not be sold at all.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse

from .auth import current_user
from .catalog import BY_ID, Insurer
from .web import ok

BRANCH_TYPES = {"dask": "DASK", "konut": "KONUT", "tss": "TSS", "imm": "IMM"}

# branch -> ((insurer id, product type), ...); ids per addendum §I (see catalog.py).
_DASK = (100, 37, 95, 57, 43, 94, 123, 54, 96, 36, 93, 42, 61, 131, 116, 17)
_KONUT = (100, 45, 7, 37, 57, 43, 123, 54, 36, 42, 61, 131)
_TSS = (45, 7, 95, 43, 132, 36, 61, 116)
OFFERS: dict[str, tuple[tuple[int, str], ...]] = {
    "DASK": (*((i, "WEB_SERVICE") for i in _DASK), (110, "ROBOT"), (56, "ROBOT")),
    "KONUT": (*((i, "WEB_SERVICE") for i in _KONUT), (116, "ROBOT")),
    "TSS": (*((i, "WEB_SERVICE") for i in _TSS), *((i, "ROBOT") for i in (100, 133, 54, 99, 93, 51))),
    "IMM": ((7, "WEB_SERVICE"),),
}


def offers(branch: str) -> list[tuple[Insurer, str]]:
    return [(BY_ID[i], kind) for i, kind in OFFERS[branch]]


def _v(kind: str, value: float | None = None) -> dict[str, Any]:
    return {"$type": kind} if value is None else {"$type": kind, "value": value}


def konut_choices(insurer: Insurer) -> dict[str, Any]:
    steps = (0, 20, 40, 60) if insurer.id % 2 else (0, 30, 50, 60, 80)
    return {"enflasyon": [_v("PERCENT", p) for p in steps],
            "sigortaKapsami": ["KONUT_VE_ESYA", "SADECE_ESYA", "SADECE_KONUT"]}


def tss_choices(insurer: Insurer) -> dict[str, Any]:
    networks = ["DAR_KAPSAM", "STANDART_KAPSAM", "GENIS_KAPSAM"] if insurer.id % 3 else ["STANDART_KAPSAM",
                                                                                         "GENIS_KAPSAM"]
    return {"hastaneAgi": networks,
            "saglikPaketi": [{"tedaviSekli": "YATARAK"},
                             {"tedaviSekli": "YATARAK_AYAKTA", "ayaktaYillikTedaviSayisi": 4},
                             {"tedaviSekli": "YATARAK_AYAKTA", "ayaktaYillikTedaviSayisi": 8}]}


IMM_LIMITS = (1_000_000, 2_000_000, 5_000_000, 10_000_000)


def imm_choices(insurer: Insurer) -> dict[str, Any]:
    return {
        "immLimitiAyrimsiz": [_v("DECIMAL", v) for v in IMM_LIMITS] + [_v("LIMITLESS")],
        "kiralikArac": [{"$type": "NONE"},
                        {"$type": "DEFINED", "yillikKullanimSayisi": 2, "tekSeferlikGunSayisi": 7, "aracSegment": "C",
                         "pertDahil": False, "kiralikAracTipler": []}],
        "tasinanYuk": ["YOK", "MUHTELIF_EV_ESYASI", "OTO_YEDEK_PARCALARI", "TEKSTIL_URUNLERI"],
        "asistansHizmeti": [_v("INCLUDED"), _v("NOT_INCLUDED")],
    }


_CHOICES = {"KONUT": konut_choices, "TSS": tss_choices, "IMM": imm_choices}


def choices(branch: str) -> list[dict[str, Any]]:
    build = _CHOICES[branch]
    return [{"insuranceCompanyId": insurer.id, "productType": kind, "productId": insurer.product_id(branch),
             "coverageChoices": build(insurer)} for insurer, kind in offers(branch)]


async def konut_coverage_choices(request: Request) -> JSONResponse:
    current_user(request)
    return ok(choices("KONUT"))


async def tss_coverage_choices(request: Request) -> JSONResponse:
    current_user(request)
    return ok(choices("TSS"))


async def imm_coverage_choices(request: Request) -> JSONResponse:
    current_user(request)
    return ok(choices("IMM"))
