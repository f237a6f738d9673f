"""Coverage groups (§5.1), kasko coverage choices (§5.2) and product coverages (§5.3)."""

from __future__ import annotations

import random
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse

from .auth import current_user
from .catalog import INSURERS
from .enums import UTILIZATION_STYLES
from .problems import bad_request, not_found
from .records import User
from .state import Sandbox
from .web import ok, path_param, sandbox_of


def _v(kind: str, value: float | None = None) -> dict[str, Any]:
    return {"$type": kind} if value is None else {"$type": kind, "value": value}


def kasko_coverage(imm: float, service: str, rental_days: int) -> dict[str, Any]:
    return {
        "$type": "kasko", "productBranch": "KASKO",
        "immLimitiAyrimsiz": _v("DECIMAL", imm),
        "ferdiKazaVefat": _v("DECIMAL", 50_000), "ferdiKazaSakatlik": _v("DECIMAL", 50_000),
        "hirsizlik": _v("INCLUDED"), "yanma": _v("INCLUDED"), "carpisma": _v("INCLUDED"),
        "dogalAfetler": _v("INCLUDED"), "yolYardim": _v("INCLUDED"),
        "onarimServisTuru": service, "yedekParcaTuru": "ORIJINAL",
        "kiralikArac": _v("NUMBER", rental_days) if rental_days else _v("NOT_INCLUDED"),
    }


def trafik_coverage() -> dict[str, Any]:
    return {
        "$type": "trafik", "productBranch": "TRAFIK",
        "aracBasinaMaddi": _v("DECIMAL", 300_000), "kazaBasinaMaddi": _v("DECIMAL", 600_000),
        "kisiBasinaTedavi": _v("DECIMAL", 3_600_000), "kisiBasinaSakatlikVefat": _v("DECIMAL", 3_600_000),
    }


def default_groups(agent_id: str, created_by: dict[str, Any], ids: list[str], created_at: str) -> list[dict[str, Any]]:
    specs = [
        ("Geniş Kasko", "Anlaşmalı yetkili servis, 7 gün ikame araç", "KASKO",
         kasko_coverage(5_000_000, "ANLASMALI_YETKILI_SERVIS", 7), True),
        ("Standart Kasko", "Anlaşmalı özel servis, ikame araç yok", "KASKO",
         kasko_coverage(1_000_000, "ANLASMALI_OZEL_SERVIS", 0), False),
        ("Dar Kasko", "Temel teminatlar", "KASKO", kasko_coverage(500_000, "OZEL_SERVIS", 0), False),
        ("Zorunlu Trafik", "Yasal limitler", "TRAFIK", trafik_coverage(), True),
    ]
    groups = []
    for gid, (name, desc, branch, cov, default) in zip(ids, specs, strict=False):
        groups.append({
            "id": gid, "agentId": agent_id, "name": name, "description": desc, "productBranch": branch,
            "coverageTable": [{"coverage": cov}], "vehicleUtilizationStyle": "PRIVATE_CAR" if branch == "KASKO"
            else None, "isDefault": default, "createdAt": created_at, "updatedAt": None, "createdBy": created_by,
            "updatedBy": None,
        })
    return groups


def _public(group: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in group.items() if k != "agentId"}


def groups_for(sb: Sandbox, user: User) -> list[dict[str, Any]]:
    return [g for g in sb.coverage_groups.values() if g["agentId"] == user.agent_id]


async def list_groups(request: Request) -> JSONResponse:
    sb = sandbox_of(request)
    user = current_user(request)
    branch = request.query_params.get("productBranch")
    groups = [g for g in groups_for(sb, user) if branch is None or g["productBranch"] == branch.upper()]
    return ok([_public(g) for g in groups])


async def get_group(request: Request) -> JSONResponse:
    sb = sandbox_of(request)
    user = current_user(request)
    group = sb.coverage_groups.get(path_param(request, "group_id"))
    if group is None or group["agentId"] != user.agent_id:
        raise not_found("Teminat grubu", "COVERAGE_GROUP_NOT_FOUND")
    return ok(_public(group))


async def kasko_choices(request: Request) -> JSONResponse:
    current_user(request)
    raw = request.query_params.get("vehicleUtilizationStyle")
    style = None
    if raw is not None:
        # The real server binds an int ordinal; a name fails model binding.
        if not raw.isdigit() or int(raw) >= len(UTILIZATION_STYLES):
            raise bad_request(f"'{raw}' değeri vehicleUtilizationStyle için geçerli değil.", "MODEL_BINDING_FAILED")
        style = int(raw)
    result = []
    for insurer in INSURERS:
        rng = random.Random(f"choices:{insurer.id}:{style}")
        result.append({
            "insuranceCompanyId": insurer.id,
            "productType": "WEB_SERVICE",
            "productId": insurer.product_id("KASKO"),
            "coverageChoices": {
                "immLimitiAyrimsiz": [_v("DECIMAL", v) for v in (500_000, 1_000_000, 5_000_000)]
                + [_v("LIMITLESS")] * rng.randint(0, 1),
                "onarimServisTuru": ["ANLASMALI_OZEL_SERVIS", "ANLASMALI_YETKILI_SERVIS", "YETKILI_SERVIS"],
                "yedekParcaTuru": ["ORIJINAL", "ESDEGER"],
                "kiralikArac": [_v("NOT_INCLUDED"), _v("NUMBER", 7), _v("NUMBER", 15)],
                "anahtarKaybi": [_v("INCLUDED"), _v("NOT_INCLUDED")],
                "maneviTazminat": [_v("INCLUDED"), _v("NOT_INCLUDED")],
                "camKirilmaMuafeyeti": [_v("INCLUDED"), _v("NOT_INCLUDED")],
                "camOnarimTercihi": ["ORIJINAL", "ESDEGER"],
                "muafiyetOrani": [_v("PERCENT", p) for p in (0, 2, 5)],
                "ferdiKazaBundle": [[_v("DECIMAL", d), _v("DECIMAL", d), _v("DECIMAL", d // 10)]
                                    for d in (25_000, 50_000, 100_000)],
            },
        })
    return ok(result)
