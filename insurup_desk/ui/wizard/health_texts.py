"""Turkish wording of the TSS contract's values and of the health form's rules (translated like all UI text)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from insurup_desk.api.models.health import HealthPackage
from insurup_desk.services.health_form import HEIGHT_CM, MAX_ADDITIONAL, WEIGHT_KG


def _t(text: str) -> str:
    return QCoreApplication.translate("Health", text)


def surgery_labels() -> dict[str, str]:
    return {
        "ORGAN_TRANSPLANT": _t("Organ nakli"),
        "BONE_MARROW_TRANSPLANT": _t("Kemik iliği nakli"),
        "HEART_SURGERY": _t("Kalp ameliyatı"),
        "BRAIN_SURGERY": _t("Beyin ameliyatı"),
        "OTHER": _t("Diğer ameliyat"),
    }


def disease_labels() -> dict[str, str]:
    return {
        "KIDNEY_FAILURE": _t("Böbrek yetmezliği"),
        "CANCER": _t("Kanser"),
        "LIVER_DISEASE": _t("Karaciğer hastalığı"),
        "HEART_FAILURE": _t("Kalp yetmezliği"),
        "HEART_RHYTHM_AND_CONDUCTION_DISORDERS": _t("Kalp ritim ve iletim bozukluğu"),
        "IMMUNE_SYSTEM_DISORDERS": _t("Bağışıklık sistemi hastalığı"),
        "OTHER": _t("Diğer hastalık"),
    }


def relation_label(relation: str) -> str:
    labels = {"SPOUSE": _t("Eş"), "CHILD": _t("Çocuk"), "PARENT": _t("Ebeveyn"), "SIBLING": _t("Kardeş")}
    return labels.get(relation, relation.replace("_", " ").capitalize())


def network_label(network: str) -> str:
    labels = {"DAR_KAPSAM": _t("Dar kapsamlı hastane ağı"), "STANDART_KAPSAM": _t("Standart hastane ağı"),
              "GENIS_KAPSAM": _t("Geniş kapsamlı hastane ağı"), "BILINMIYOR": _t("Belirtilmemiş")}
    return labels.get(network, network.replace("_", " ").capitalize())


def package_label(package: HealthPackage) -> str:
    if package.tedavi_sekli == "YATARAK":
        return _t("Yatarak tedavi")
    if package.tedavi_sekli == "YATARAK_AYAKTA":
        if package.ayakta_yillik_tedavi_sayisi:
            return _t("Yatarak + ayakta tedavi (yılda %1 ayakta)").replace(
                "%1", str(package.ayakta_yillik_tedavi_sayisi))
        return _t("Yatarak + ayakta tedavi")
    return package.tedavi_sekli.replace("_", " ").capitalize()


def health_problem_text(code: str) -> str:
    """The message under a field for a ``services.health_form`` code or a server's TSS rule code."""
    messages = {
        "required": _t("Bu alan zorunlu."),
        "height_in_metres": _t("Boyu santimetre olarak yazın: 1,75 değil 175."),
        "height_not_whole": _t("Boy santimetre olarak tam sayı olmalı (örnek: 172)."),
        "height_range": _t("Boy %1–%2 cm arasında olmalı.").replace("%1", str(HEIGHT_CM[0])).replace(
            "%2", str(HEIGHT_CM[1])),
        "weight_not_whole": _t("Kilo tam sayı olmalı (örnek: 68)."),
        "weight_range": _t("Kilo %1–%2 kg arasında olmalı.").replace("%1", str(WEIGHT_KG[0])).replace(
            "%2", str(WEIGHT_KG[1])),
        "height_weight_mismatch": _t("Boy ve kilo birbirini tutmuyor; ikisini de kontrol edin."),
        "answer_required": _t("Bu soruyu Evet ya da Hayır ile yanıtlayın."),
        "pick_one": _t("Evet dediniz: hangisi olduğunu en az bir kutuyu işaretleyerek belirtin."),
        "family_too_many": _t("Bir poliçeye sigortalıyla birlikte en çok %1 aile bireyi eklenebilir.").replace(
            "%1", str(MAX_ADDITIONAL)),
        "family_duplicate": _t("Aynı kişi iki kez eklenemez."),
        "PROPOSAL_HEIGHT_REQUIRED": _t("Sigortalının boyu kayıtlı değil; boyu girip kaydedin."),
        "PROPOSAL_WEIGHT_REQUIRED": _t("Sigortalının kilosu kayıtlı değil; kiloyu girip kaydedin."),
        "PROPOSAL_INSURER_MUST_BE_ADULT": _t("Sigorta ettiren en az 20 yaşında olmalı."),
        "PROPOSAL_MAX_FAMILY_MEMBERS_EXCEEDED": _t("Bir poliçede en çok 5 kişi sigortalanabilir."),
        "PROPOSAL_ADDITIONAL_INSURED_DUPLICATE": _t("Aynı kişi iki kez eklenemez."),
        "PROPOSAL_ADDITIONAL_INSURED_NOT_RELATIVE": _t(
            "Eklenen kişi sigortalının kayıtlı aile bireyi değil; önce müşteri kaydında aile bağını kurun."),
        "PROPOSAL_ADDITIONAL_INSURED_CHILD_TOO_OLD": _t("20 yaşını doldurmuş çocuk aile poliçesine eklenemez."),
        "PROPOSAL_FAMILY_REQUIRES_ADULT": _t("Sigortalılardan en az biri 20 yaşında ya da büyük olmalı."),
    }
    return messages.get(code, code)
