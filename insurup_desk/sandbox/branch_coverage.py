"""Konut, TSS and İMM coverage objects (addendum §A.9, §B.3, §C): strict checks of the ones a proposal body
carries, and the coverage each simulated insurer prices."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request

from .body_checks import is_int, is_number, known_keys, type_first, wrong_type
from .branch_enums import (
    ARAC_SEGMENTLERI,
    COVERAGE_VALUE_TYPES,
    HASTANE_AGI,
    KIRALIK_ARAC_TIPLERI,
    KIRALIK_ARAC_TYPES,
    SIGORTA_KAPSAMI,
    TASINAN_YUK,
    TEDAVI_SEKLI,
    VALUED_COVERAGE_TYPES,
)
from .deviations import refuse_field

KONUT_VALUES = (
    "enflasyon", "binaYanginYildirimInfilak", "yanginMaliMesuliyet", "firtina", "karAgirligi", "duman", "yerKaymasi",
    "dolu", "dahiliSu", "karaVeHavaTasitlariCarpmasi", "enkazKaldirmaMasraflari", "ferdiKaza", "hukuksalKoruma",
    "selSuBaskini", "camKirilmasi", "hirsizlik", "kiraKaybi", "ikametgahDegisikligiMasraflari", "elektronikCihaz",
    "izolasyon", "tesisatVeElektrikArizalari", "cilingirHizmetleri", "kombiVeKlimaBakimi",
)
TSS_VALUES = (
    "disPaketi", "diyetisyenHizmeti", "yogunBakim", "checkUpHizmeti", "psikolojikDanismanlik", "fizikTedavi",
    "suniUzuv", "ambulans", "yatarakTedavi", "ayaktaTedavi", "doktorMuayene", "ameliyat", "ameliyatMalzeme",
    "kemoterapi", "radyoterapi", "diyaliz", "evdeBakim", "yediGun24SaatTibbiDanismanlik", "dogum", "kucukMudahale",
    "gozPaketi",
)
REF = {"konut": "addendum §A.9", "tss": "addendum §B.3", "imm": "addendum §C"}


def coverage_value(request: Request, raw: Any, prop: str, reference: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise wrong_type(request, prop, "bir CoverageValue nesnesi", raw, reference)
    kind = type_first(request, raw, COVERAGE_VALUE_TYPES, prop, "§5.3")
    if kind in VALUED_COVERAGE_TYPES:
        known_keys(request, raw, ("$type", "value"), "§5.3", prop + ".")
        if not is_number(raw.get("value")):
            raise wrong_type(request, f"{prop}.value", "bir sayı", raw.get("value"), "§5.3")
    else:
        known_keys(request, raw, ("$type",), "§5.3", prop + ".")
    return dict(raw)


def _plain_enum(request: Request, raw: Any, values: tuple[str, ...], prop: str, reference: str) -> str:
    if raw not in values:
        raise refuse_field(request, "enum-value", reference, prop,
                           f"'{raw}' değeri '{prop}' için geçerli değil ({', '.join(values)}).", raw,
                           code="ENUM_VALUE_INVALID")
    return str(raw)


def _saglik_paketi(request: Request, raw: Any) -> dict[str, Any]:
    prop = "coverage.saglikPaketi"
    if not isinstance(raw, dict):
        raise wrong_type(request, prop, "{tedaviSekli, ayaktaYillikTedaviSayisi?} nesnesi", raw, REF["tss"])
    known_keys(request, raw, ("tedaviSekli", "ayaktaYillikTedaviSayisi"), REF["tss"], prop + ".")
    _plain_enum(request, raw.get("tedaviSekli"), TEDAVI_SEKLI, prop + ".tedaviSekli", REF["tss"])
    count = raw.get("ayaktaYillikTedaviSayisi")
    if count is not None and not is_int(count):
        raise wrong_type(request, prop + ".ayaktaYillikTedaviSayisi", "bir tam sayı", count, REF["tss"])
    return dict(raw)


def _kiralik_arac(request: Request, raw: Any) -> dict[str, Any]:
    prop = "coverage.kiralikArac"
    if not isinstance(raw, dict):
        raise wrong_type(request, prop, "bir KiralikArac nesnesi", raw, REF["imm"])
    kind = type_first(request, raw, KIRALIK_ARAC_TYPES, prop, REF["imm"])
    if kind != "DEFINED":
        known_keys(request, raw, ("$type",), REF["imm"], prop + ".")
        return dict(raw)
    known_keys(request, raw, ("$type", "yillikKullanimSayisi", "tekSeferlikGunSayisi", "aracSegment", "pertDahil",
                              "kiralikAracTipler"), REF["imm"], prop + ".")
    for key in ("yillikKullanimSayisi", "tekSeferlikGunSayisi"):
        if raw.get(key) is not None and not is_int(raw[key]):
            raise wrong_type(request, f"{prop}.{key}", "bir tam sayı ya da null", raw[key], REF["imm"])
    if raw.get("aracSegment") is not None:
        _plain_enum(request, raw["aracSegment"], ARAC_SEGMENTLERI, prop + ".aracSegment", REF["imm"])
    if raw.get("pertDahil") is not None and not isinstance(raw["pertDahil"], bool):
        raise wrong_type(request, prop + ".pertDahil", "true/false ya da null", raw["pertDahil"], REF["imm"])
    for item in raw.get("kiralikAracTipler") or []:
        _plain_enum(request, item, KIRALIK_ARAC_TIPLERI, prop + ".kiralikAracTipler", REF["imm"])
    return dict(raw)


def check_coverage(request: Request, raw: Any, kind: str) -> dict[str, Any] | None:
    """A proposal body's ``coverage`` for branch ``kind`` (konut, tss, imm): ``$type`` first and the branch's
    own, ``productBranch`` the branch's, only the branch's named coverages, each in its documented shape."""
    if raw is None:
        return None
    reference = REF[kind]
    if not isinstance(raw, dict):
        raise wrong_type(request, "coverage", "bir Coverage nesnesi ya da null", raw, reference)
    type_first(request, raw, (kind,), "coverage", "§5.3")
    if raw.get("productBranch") != kind.upper():
        raise refuse_field(request, "coverage-branch", "§5.3", "coverage.productBranch",
                           f"Teminatın productBranch alanı {kind.upper()} olmalıdır.", raw.get("productBranch"),
                           code="COVERAGE_BRANCH_MISMATCH")
    values: tuple[str, ...]
    specials: tuple[str, ...]
    if kind == "konut":
        values, specials = KONUT_VALUES, ("sigortaKapsami",)
    elif kind == "tss":
        values, specials = TSS_VALUES, ("hastaneAgi", "saglikPaketi")
    else:
        values, specials = ("immLimitiAyrimsiz", "asistansHizmeti"), ("kiralikArac", "tasinanYuk")
    known_keys(request, raw, ("$type", "productBranch", *values, *specials), reference, "coverage.")
    out: dict[str, Any] = {"$type": kind, "productBranch": kind.upper()}
    for key, value in raw.items():
        if key in ("$type", "productBranch") or value is None:
            continue
        prop = f"coverage.{key}"
        if key in values:
            out[key] = coverage_value(request, value, prop, reference)
        elif key == "sigortaKapsami":
            out[key] = _plain_enum(request, value, SIGORTA_KAPSAMI, prop, reference)
        elif key == "hastaneAgi":
            out[key] = _plain_enum(request, value, HASTANE_AGI, prop, reference)
        elif key == "tasinanYuk":
            out[key] = _plain_enum(request, value, TASINAN_YUK, prop, reference)
        elif key == "saglikPaketi":
            out[key] = _saglik_paketi(request, value)
        else:
            out[key] = _kiralik_arac(request, value)
    return out


def _v(kind: str, value: float | None = None) -> dict[str, Any]:
    return {"$type": kind} if value is None else {"$type": kind, "value": value}


def konut_product_coverage(scope: str, inflation: int, building: float, contents: dict[str, float],
                           earthquake: bool, generous: bool) -> dict[str, Any]:
    """What a Konut product covers: the building and the items at their values, the rest as the insurer's
    package (a generous insurer adds rent loss and a locksmith)."""
    has_building = scope != "SADECE_ESYA"
    has_contents = scope != "SADECE_KONUT"
    return {
        "$type": "konut", "productBranch": "KONUT",
        "enflasyon": _v("PERCENT", inflation), "sigortaKapsami": scope,
        "binaYanginYildirimInfilak": _v("DECIMAL", round(building)) if has_building else _v("NOT_INCLUDED"),
        "yanginMaliMesuliyet": _v("DECIMAL", 250_000), "firtina": _v("INCLUDED"), "duman": _v("INCLUDED"),
        "dahiliSu": _v("INCLUDED"), "selSuBaskini": _v("INCLUDED"),
        "yerKaymasi": _v("INCLUDED") if earthquake else _v("NOT_INCLUDED"),
        "camKirilmasi": _v("DECIMAL", contents["windowPrice"]) if has_contents else _v("NOT_INCLUDED"),
        "elektronikCihaz": _v("DECIMAL", contents["electronicDevicePrice"]) if has_contents else _v("NOT_INCLUDED"),
        "izolasyon": _v("DECIMAL", contents["insulationPrice"]) if has_contents else _v("NOT_INCLUDED"),
        "hirsizlik": _v("DECIMAL", contents["furniturePrice"]) if has_contents else _v("NOT_INCLUDED"),
        "kiraKaybi": _v("INCLUDED") if generous else _v("NOT_INCLUDED"),
        "cilingirHizmetleri": _v("INCLUDED") if generous else _v("NOT_INCLUDED"),
        "hukuksalKoruma": _v("DECIMAL", 25_000),
    }


def tss_product_coverage(network: str, package: dict[str, Any], generous: bool) -> dict[str, Any]:
    outpatient = package.get("tedaviSekli") == "YATARAK_AYAKTA"
    return {
        "$type": "tss", "productBranch": "TSS", "hastaneAgi": network, "saglikPaketi": dict(package),
        "yatarakTedavi": _v("LIMITLESS"), "ameliyat": _v("LIMITLESS"), "yogunBakim": _v("LIMITLESS"),
        "kemoterapi": _v("LIMITLESS"), "radyoterapi": _v("LIMITLESS"), "diyaliz": _v("LIMITLESS"),
        "ayaktaTedavi": _v("NUMBER", package.get("ayaktaYillikTedaviSayisi") or 4) if outpatient
        else _v("NOT_INCLUDED"),
        "doktorMuayene": _v("INCLUDED") if outpatient else _v("NOT_INCLUDED"),
        "ambulans": _v("INCLUDED"), "checkUpHizmeti": _v("INCLUDED") if generous else _v("NOT_INCLUDED"),
        "disPaketi": _v("INCLUDED") if generous else _v("NOT_INCLUDED"), "dogum": _v("NOT_INCLUDED"),
    }


def imm_product_coverage(limit: float | None, rental: dict[str, Any], cargo: str, assistance: bool) -> dict[str, Any]:
    return {
        "$type": "imm", "productBranch": "IMM",
        "immLimitiAyrimsiz": _v("LIMITLESS") if limit is None else _v("DECIMAL", limit),
        "kiralikArac": dict(rental), "tasinanYuk": cargo,
        "asistansHizmeti": _v("INCLUDED") if assistance else _v("NOT_INCLUDED"),
    }
