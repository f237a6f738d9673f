"""Turkish wording of İMM's coverage values: the loads a vehicle carries and the rental-car choice."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Imm", text)


def load_labels() -> dict[str, str]:
    return {
        "YOK": _t("Yük taşımıyor"),
        "BELIRSIZ": _t("Belirtilmemiş"),
        "AGAC_KUTUKLERIVE_KERESTE": _t("Ağaç kütükleri ve kereste"),
        "AKARYAKIT": _t("Akaryakıt"),
        "AYAKKABI_SARACIYE": _t("Ayakkabı, saraciye"),
        "BAKKALIYE_VE_SHARKUTERI_URUNLERI": _t("Bakkaliye ve şarküteri ürünleri"),
        "BILUMUM_KIRTASIYE_MALZEMELERI": _t("Her türlü kırtasiye malzemesi"),
        "DOKME_SU_VE_SUT": _t("Dökme su ve süt"),
        "HALI_VE_KILIM": _t("Halı ve kilim"),
        "HAM_YARI_MAMUL_VE_MAMUL_KAGIT": _t("Ham, yarı mamul ve mamul kâğıt"),
        "HAZIR_BETON": _t("Hazır beton"),
        "HER_NEVI_EV_ALETLERI": _t("Her nevi ev aletleri"),
        "HER_TURLU_DOKME_KOMUR_V_ODUN": _t("Dökme kömür ve odun"),
        "HUBUBAT_VE_BAKLIYAT": _t("Hububat ve bakliyat"),
        "KABA_INSAAT_MALZEMELERI": _t("Kaba inşaat malzemeleri"),
        "LASTIK_KAUCUK_URUNLERI": _t("Lastik, kauçuk ürünleri"),
        "LIKID_KIMYEVI_MADDE": _t("Likit kimyevi madde"),
        "LPG_GAZ_TUPU": _t("LPG, gaz tüpü"),
        "MAKINE_AKSAM_VE_YEDEKLERI": _t("Makine aksamı ve yedekleri"),
        "MOBILYA_MALZEMESI": _t("Mobilya malzemesi"),
        "MUHTELIF_EV_ESYASI": _t("Muhtelif ev eşyası"),
        "OTO_YEDEK_PARCALARI": _t("Oto yedek parçaları"),
        "PLASTIK_MAMULLERI": _t("Plastik mamulleri"),
        "SENTETIK_ELYAF_URUNLERI": _t("Sentetik elyaf ürünleri"),
        "SENTETIK_PLASTIK_BOYA_URUNLERI": _t("Sentetik, plastik boya ürünleri"),
        "TEKSTIL_URUNLERI": _t("Tekstil ürünleri"),
        "TEMIZLIK_MADDELERI": _t("Temizlik maddeleri"),
        "YAS_MEYVE_VE_SEBZE": _t("Yaş meyve ve sebze"),
    }


def load_label(value: str) -> str:
    return load_labels().get(value, value.replace("_", " ").capitalize())


def rental_car_label(value: Mapping[str, Any]) -> str:
    """``KiralikArac``: none, not stated, or a defined cover with its uses, days, segment and total-loss rule."""
    kind = str(value.get("$type") or "").upper()
    if kind == "NONE":
        return _t("İkame araç yok")
    if kind != "DEFINED":
        return _t("Belirtilmemiş")
    parts: list[str] = []
    if value.get("yillikKullanimSayisi"):
        parts.append(_t("yılda %1 kez").replace("%1", str(value["yillikKullanimSayisi"])))
    if value.get("tekSeferlikGunSayisi"):
        parts.append(_t("seferde %1 gün").replace("%1", str(value["tekSeferlikGunSayisi"])))
    if value.get("aracSegment"):
        parts.append(_t("%1 segment").replace("%1", str(value["aracSegment"]).replace("_", " ")))
    if value.get("pertDahil"):
        parts.append(_t("pert dahil"))
    kinds = value.get("kiralikAracTipler")
    if isinstance(kinds, list) and kinds:
        names = {"ELEKTRIKLI_ARAC": _t("elektrikli"), "TICARI_ARAC": _t("ticari")}
        parts.append("/".join(names.get(str(k), str(k)) for k in kinds))
    return _t("İkame araç: %1").replace("%1", ", ".join(parts)) if parts else _t("İkame araç var")
