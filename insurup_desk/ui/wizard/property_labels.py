"""Turkish names of the property enums and bands, and the Turkish wording of the property form's problems."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from insurup_desk.services.property_form import FLOOR_BANDS, YEAR_BANDS


def structure_names() -> dict[str, str]:
    return {"STEEL_REINFORCED_CONCRETE": QCoreApplication.translate("PropertyLabels", "Çelik betonarme"),
            "OTHER": QCoreApplication.translate("PropertyLabels", "Diğer (yığma, ahşap…)")}


def usage_names() -> dict[str, str]:
    return {"HOUSE": QCoreApplication.translate("PropertyLabels", "Konut"),
            "BUSINESS": QCoreApplication.translate("PropertyLabels", "İşyeri"),
            "OTHER": QCoreApplication.translate("PropertyLabels", "Diğer")}


def damage_names() -> dict[str, str]:
    return {"NONE": QCoreApplication.translate("PropertyLabels", "Hasarsız"),
            "SLIGHTLY_DAMAGED": QCoreApplication.translate("PropertyLabels", "Az hasarlı"),
            "MODERATELY_DAMAGED": QCoreApplication.translate("PropertyLabels", "Orta hasarlı"),
            "SEVERELY_DAMAGED": QCoreApplication.translate("PropertyLabels", "Ağır hasarlı")}


def ownership_names() -> dict[str, str]:
    return {"PROPRIETOR": QCoreApplication.translate("PropertyLabels", "Mal sahibi"),
            "TENANT": QCoreApplication.translate("PropertyLabels", "Kiracı")}


def scope_names() -> dict[str, str]:
    """SigortaKapsami: what a Konut policy covers."""
    return {"KONUT_VE_ESYA": QCoreApplication.translate("PropertyLabels", "Bina ve eşya"),
            "SADECE_ESYA": QCoreApplication.translate("PropertyLabels", "Yalnız eşya"),
            "SADECE_KONUT": QCoreApplication.translate("PropertyLabels", "Yalnız bina")}


def floor_band_names() -> list[str]:
    names = []
    for low, high in FLOOR_BANDS:
        if high >= 99:
            names.append(QCoreApplication.translate("PropertyLabels", "%1 kat ve üzeri").replace("%1", str(low)))
        else:
            names.append(QCoreApplication.translate("PropertyLabels", "%1–%2 kat").replace("%1", str(low))
                         .replace("%2", str(high)))
    return names


def year_band_name(index: int) -> str:
    first, last = YEAR_BANDS[index]
    if first is None:
        return QCoreApplication.translate("PropertyLabels", "%1 ve öncesi").replace("%1", str(last))
    if last is None:
        return QCoreApplication.translate("PropertyLabels", "%1 ve sonrası").replace("%1", str(first))
    return f"{first}–{last}"


def problem_text(code: str) -> str:
    messages = {
        "required": QCoreApplication.translate("PropertyLabels", "Bu alan zorunlu."),
        "uavt_invalid": QCoreApplication.translate(
            "PropertyLabels", "UAVT adres kodu 10 haneli bir sayı olmalı (e-Devlet'teki adres kodu)."),
        "dask_policy_invalid": QCoreApplication.translate(
            "PropertyLabels", "DASK poliçe numarası en çok 15 rakam olmalı."),
        "square_meter_invalid": QCoreApplication.translate(
            "PropertyLabels", "Brüt alan 10 ile 10.000 m² arasında olmalı."),
        "construction_year_invalid": QCoreApplication.translate(
            "PropertyLabels", "Yapım yılı 1900 ile bu yıl arasında olmalı."),
        "floor_invalid": QCoreApplication.translate(
            "PropertyLabels", "Bulunduğu kat -5 ile binanın kat sayısı arasında olmalı."),
        "address_not_found": QCoreApplication.translate(
            "PropertyLabels", "Bu UAVT adres koduyla kayıtlı adres bulunamadı; kodu kontrol edin ya da adresi "
                              "listeden seçin."),
        "dask_not_found": QCoreApplication.translate(
            "PropertyLabels", "Bu DASK poliçe numarasıyla kayıtlı bina bulunamadı; numarayı kontrol edin."),
        "price_invalid": QCoreApplication.translate(
            "PropertyLabels", "Tutar 0 ile 100.000.000 TL arasında olmalı."),
    }
    return messages.get(code, code)
