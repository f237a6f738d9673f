"""Turkish wording of İMM's coverage values: the loads a vehicle carries and the rental-car choice."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication


def load_labels() -> dict[str, str]:
    return {
        "YOK": QCoreApplication.translate("Imm", "Yük taşımıyor"),
        "BELIRSIZ": QCoreApplication.translate("Imm", "Belirtilmemiş"),
        "AGAC_KUTUKLERIVE_KERESTE": QCoreApplication.translate("Imm", "Ağaç kütükleri ve kereste"),
        "AKARYAKIT": QCoreApplication.translate("Imm", "Akaryakıt"),
        "AYAKKABI_SARACIYE": QCoreApplication.translate("Imm", "Ayakkabı, saraciye"),
        "BAKKALIYE_VE_SHARKUTERI_URUNLERI": QCoreApplication.translate("Imm", "Bakkaliye ve şarküteri ürünleri"),
        "BILUMUM_KIRTASIYE_MALZEMELERI": QCoreApplication.translate("Imm", "Her türlü kırtasiye malzemesi"),
        "DOKME_SU_VE_SUT": QCoreApplication.translate("Imm", "Dökme su ve süt"),
        "HALI_VE_KILIM": QCoreApplication.translate("Imm", "Halı ve kilim"),
        "HAM_YARI_MAMUL_VE_MAMUL_KAGIT": QCoreApplication.translate("Imm", "Ham, yarı mamul ve mamul kâğıt"),
        "HAZIR_BETON": QCoreApplication.translate("Imm", "Hazır beton"),
        "HER_NEVI_EV_ALETLERI": QCoreApplication.translate("Imm", "Her nevi ev aletleri"),
        "HER_TURLU_DOKME_KOMUR_V_ODUN": QCoreApplication.translate("Imm", "Dökme kömür ve odun"),
        "HUBUBAT_VE_BAKLIYAT": QCoreApplication.translate("Imm", "Hububat ve bakliyat"),
        "KABA_INSAAT_MALZEMELERI": QCoreApplication.translate("Imm", "Kaba inşaat malzemeleri"),
        "LASTIK_KAUCUK_URUNLERI": QCoreApplication.translate("Imm", "Lastik, kauçuk ürünleri"),
        "LIKID_KIMYEVI_MADDE": QCoreApplication.translate("Imm", "Likit kimyevi madde"),
        "LPG_GAZ_TUPU": QCoreApplication.translate("Imm", "LPG, gaz tüpü"),
        "MAKINE_AKSAM_VE_YEDEKLERI": QCoreApplication.translate("Imm", "Makine aksamı ve yedekleri"),
        "MOBILYA_MALZEMESI": QCoreApplication.translate("Imm", "Mobilya malzemesi"),
        "MUHTELIF_EV_ESYASI": QCoreApplication.translate("Imm", "Muhtelif ev eşyası"),
        "OTO_YEDEK_PARCALARI": QCoreApplication.translate("Imm", "Oto yedek parçaları"),
        "PLASTIK_MAMULLERI": QCoreApplication.translate("Imm", "Plastik mamulleri"),
        "SENTETIK_ELYAF_URUNLERI": QCoreApplication.translate("Imm", "Sentetik elyaf ürünleri"),
        "SENTETIK_PLASTIK_BOYA_URUNLERI": QCoreApplication.translate("Imm", "Sentetik, plastik boya ürünleri"),
        "TEKSTIL_URUNLERI": QCoreApplication.translate("Imm", "Tekstil ürünleri"),
        "TEMIZLIK_MADDELERI": QCoreApplication.translate("Imm", "Temizlik maddeleri"),
        "YAS_MEYVE_VE_SEBZE": QCoreApplication.translate("Imm", "Yaş meyve ve sebze"),
    }


def load_label(value: str) -> str:
    return load_labels().get(value, value.replace("_", " ").capitalize())


def rental_car_label(value: Mapping[str, Any]) -> str:
    """``KiralikArac``: none, not stated, or a defined cover with its uses, days, segment and total-loss rule."""
    kind = str(value.get("$type") or "").upper()
    if kind == "NONE":
        return QCoreApplication.translate("Imm", "İkame araç yok")
    if kind != "DEFINED":
        return QCoreApplication.translate("Imm", "Belirtilmemiş")
    parts: list[str] = []
    if value.get("yillikKullanimSayisi"):
        parts.append(QCoreApplication.translate(
            "Imm", "yılda %1 kez").replace("%1", str(value["yillikKullanimSayisi"])))
    if value.get("tekSeferlikGunSayisi"):
        parts.append(QCoreApplication.translate(
            "Imm", "seferde %1 gün").replace("%1", str(value["tekSeferlikGunSayisi"])))
    if value.get("aracSegment"):
        parts.append(QCoreApplication.translate(
            "Imm", "%1 segment").replace("%1", str(value["aracSegment"]).replace("_", " ")))
    if value.get("pertDahil"):
        parts.append(QCoreApplication.translate("Imm", "pert dahil"))
    kinds = value.get("kiralikAracTipler")
    if isinstance(kinds, list) and kinds:
        names = {"ELEKTRIKLI_ARAC": QCoreApplication.translate("Imm", "elektrikli"),
                 "TICARI_ARAC": QCoreApplication.translate("Imm", "ticari")}
        parts.append("/".join(names.get(str(k), str(k)) for k in kinds))
    if not parts:
        return QCoreApplication.translate("Imm", "İkame araç var")
    return QCoreApplication.translate("Imm", "İkame araç: %1").replace("%1", ", ".join(parts))
