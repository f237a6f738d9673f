"""Turkish wording of the TSS contract's values and of the health form's rules (translated like all UI text)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from insurup_desk.api.models.health import HealthPackage
from insurup_desk.services.health_form import HEIGHT_CM, MAX_ADDITIONAL, WEIGHT_KG
from insurup_desk.ui.wizard.imm_texts import load_label, rental_car_label


def surgery_labels() -> dict[str, str]:
    return {
        "ORGAN_TRANSPLANT": QCoreApplication.translate("Health", "Organ nakli"),
        "BONE_MARROW_TRANSPLANT": QCoreApplication.translate("Health", "Kemik iliği nakli"),
        "HEART_SURGERY": QCoreApplication.translate("Health", "Kalp ameliyatı"),
        "BRAIN_SURGERY": QCoreApplication.translate("Health", "Beyin ameliyatı"),
        "OTHER": QCoreApplication.translate("Health", "Diğer ameliyat"),
    }


def disease_labels() -> dict[str, str]:
    return {
        "KIDNEY_FAILURE": QCoreApplication.translate("Health", "Böbrek yetmezliği"),
        "CANCER": QCoreApplication.translate("Health", "Kanser"),
        "LIVER_DISEASE": QCoreApplication.translate("Health", "Karaciğer hastalığı"),
        "HEART_FAILURE": QCoreApplication.translate("Health", "Kalp yetmezliği"),
        "HEART_RHYTHM_AND_CONDUCTION_DISORDERS": QCoreApplication.translate("Health", "Kalp ritim ve iletim bozukluğu"),
        "IMMUNE_SYSTEM_DISORDERS": QCoreApplication.translate("Health", "Bağışıklık sistemi hastalığı"),
        "OTHER": QCoreApplication.translate("Health", "Diğer hastalık"),
    }


def relation_label(relation: str) -> str:
    labels = {
        "SPOUSE": QCoreApplication.translate("Health", "Eş"),
        "CHILD": QCoreApplication.translate("Health", "Çocuk"),
        "PARENT": QCoreApplication.translate("Health", "Ebeveyn"),
        "SIBLING": QCoreApplication.translate("Health", "Kardeş"),
    }
    return labels.get(relation, relation.replace("_", " ").capitalize())


def network_label(network: str) -> str:
    labels = {
        "DAR_KAPSAM": QCoreApplication.translate("Health", "Dar kapsamlı hastane ağı"),
        "STANDART_KAPSAM": QCoreApplication.translate("Health", "Standart hastane ağı"),
        "GENIS_KAPSAM": QCoreApplication.translate("Health", "Geniş kapsamlı hastane ağı"),
        "BILINMIYOR": QCoreApplication.translate("Health", "Belirtilmemiş"),
    }
    return labels.get(network, network.replace("_", " ").capitalize())


def package_label(package: HealthPackage) -> str:
    if package.tedavi_sekli == "YATARAK":
        return QCoreApplication.translate("Health", "Yatarak tedavi")
    if package.tedavi_sekli == "YATARAK_AYAKTA":
        if package.ayakta_yillik_tedavi_sayisi:
            return QCoreApplication.translate("Health", "Yatarak + ayakta tedavi (yılda %1 ayakta)").replace(
                "%1", str(package.ayakta_yillik_tedavi_sayisi))
        return QCoreApplication.translate("Health", "Yatarak + ayakta tedavi")
    return package.tedavi_sekli.replace("_", " ").capitalize()


def health_problem_text(code: str) -> str:
    """The message under a field for a ``services.health_form`` code or a server's TSS rule code."""
    messages = {
        "required": QCoreApplication.translate("Health", "Bu alan zorunlu."),
        "height_in_metres": QCoreApplication.translate("Health", "Boyu santimetre olarak yazın: 1,75 değil 175."),
        "height_not_whole": QCoreApplication.translate("Health", "Boy santimetre olarak tam sayı olmalı (örnek: 172)."),
        "height_range": QCoreApplication.translate(
            "Health", "Boy %1–%2 cm arasında olmalı.").replace("%1", str(HEIGHT_CM[0])).replace(
            "%2", str(HEIGHT_CM[1])),
        "weight_not_whole": QCoreApplication.translate("Health", "Kilo tam sayı olmalı (örnek: 68)."),
        "weight_range": QCoreApplication.translate(
            "Health", "Kilo %1–%2 kg arasında olmalı.").replace("%1", str(WEIGHT_KG[0])).replace(
            "%2", str(WEIGHT_KG[1])),
        "height_weight_mismatch": QCoreApplication.translate(
            "Health", "Boy ve kilo birbirini tutmuyor; ikisini de kontrol edin."),
        "answer_required": QCoreApplication.translate("Health", "Bu soruyu Evet ya da Hayır ile yanıtlayın."),
        "pick_one": QCoreApplication.translate(
            "Health", "Evet dediniz: hangisi olduğunu en az bir kutuyu işaretleyerek belirtin."),
        "family_too_many": QCoreApplication.translate(
            "Health", "Bir poliçeye sigortalıyla birlikte en çok %1 aile bireyi eklenebilir.").replace(
            "%1", str(MAX_ADDITIONAL)),
        "family_duplicate": QCoreApplication.translate("Health", "Aynı kişi iki kez eklenemez."),
        "tckn_invalid": QCoreApplication.translate(
            "Health", "TC kimlik numarası geçersiz (11 hane, kontrol basamakları tutmuyor)."),
        "relation_required": QCoreApplication.translate("Health", "Yakınlığı seçin (eş ya da çocuk)."),
        "relative_not_customer": QCoreApplication.translate(
            "Health", "Bu kimlik numarasıyla kayıtlı müşteri yok; aile bireyini önce müşteri olarak kaydedin."),
        "CUSTOMER_RELATIONSHIP_SELF": QCoreApplication.translate("Health", "Kişi kendisinin yakını olamaz."),
        "CUSTOMER_RELATIONSHIP_DUPLICATE": QCoreApplication.translate("Health", "Bu aile bağı zaten kayıtlı."),
        "CUSTOMER_RELATIONSHIP_SPOUSE_EXISTS": QCoreApplication.translate(
            "Health", "Sigortalının kayıtlı bir eşi zaten var."),
        "CUSTOMER_RELATIONSHIP_CHILD_OTHER_FAMILY": QCoreApplication.translate(
            "Health", "Bu çocuğun kayıtlı iki ebeveyni zaten var."),
        "CUSTOMER_RELATIONSHIP_PARENT_MANUAL": QCoreApplication.translate(
            "Health", "Ebeveyn ve kardeş bağları kendiliğinden kurulur; eş ya da çocuk olarak ekleyin."),
        "PROPOSAL_HEIGHT_REQUIRED": QCoreApplication.translate(
            "Health", "Sigortalının boyu kayıtlı değil; boyu girip kaydedin."),
        "PROPOSAL_WEIGHT_REQUIRED": QCoreApplication.translate(
            "Health", "Sigortalının kilosu kayıtlı değil; kiloyu girip kaydedin."),
        "PROPOSAL_INSURER_MUST_BE_ADULT": QCoreApplication.translate(
            "Health", "Sigorta ettiren en az 20 yaşında olmalı."),
        "PROPOSAL_MAX_FAMILY_MEMBERS_EXCEEDED": QCoreApplication.translate(
            "Health", "Bir poliçede en çok 5 kişi sigortalanabilir."),
        "PROPOSAL_ADDITIONAL_INSURED_DUPLICATE": QCoreApplication.translate("Health", "Aynı kişi iki kez eklenemez."),
        "PROPOSAL_ADDITIONAL_INSURED_NOT_RELATIVE": QCoreApplication.translate(
            "Health", "Eklenen kişi sigortalının kayıtlı aile bireyi değil; önce müşteri kaydında aile bağını kurun."),
        "PROPOSAL_ADDITIONAL_INSURED_CHILD_TOO_OLD": QCoreApplication.translate(
            "Health", "20 yaşını doldurmuş çocuk aile poliçesine eklenemez."),
        "PROPOSAL_FAMILY_REQUIRES_ADULT": QCoreApplication.translate(
            "Health", "Sigortalılardan en az biri 20 yaşında ya da büyük olmalı."),
    }
    return messages.get(code, code)


def tss_coverage_labels() -> dict[str, str]:
    """Names of the TssCoverage fields (and İMM's load), as the coverage comparison lists them."""
    return {
        "hastaneAgi": QCoreApplication.translate("Health", "Hastane ağı"),
        "saglikPaketi": QCoreApplication.translate("Health", "Sağlık paketi"),
        "yatarakTedavi": QCoreApplication.translate("Health", "Yatarak tedavi"),
        "ayaktaTedavi": QCoreApplication.translate("Health", "Ayakta tedavi (yıllık)"),
        "doktorMuayene": QCoreApplication.translate("Health", "Doktor muayenesi"),
        "ameliyat": QCoreApplication.translate("Health", "Ameliyat"),
        "ameliyatMalzeme": QCoreApplication.translate("Health", "Ameliyat malzemesi"),
        "yogunBakim": QCoreApplication.translate("Health", "Yoğun bakım"),
        "kemoterapi": QCoreApplication.translate("Health", "Kemoterapi"),
        "radyoterapi": QCoreApplication.translate("Health", "Radyoterapi"),
        "diyaliz": QCoreApplication.translate("Health", "Diyaliz"),
        "ambulans": QCoreApplication.translate("Health", "Ambulans"),
        "checkUpHizmeti": QCoreApplication.translate("Health", "Check-up"),
        "disPaketi": QCoreApplication.translate("Health", "Diş paketi"),
        "gozPaketi": QCoreApplication.translate("Health", "Göz paketi"),
        "dogum": QCoreApplication.translate("Health", "Doğum"),
        "diyetisyenHizmeti": QCoreApplication.translate("Health", "Diyetisyen"),
        "psikolojikDanismanlik": QCoreApplication.translate("Health", "Psikolojik danışmanlık"),
        "fizikTedavi": QCoreApplication.translate("Health", "Fizik tedavi"),
        "suniUzuv": QCoreApplication.translate("Health", "Suni uzuv"),
        "evdeBakim": QCoreApplication.translate("Health", "Evde bakım"),
        "yediGun24SaatTibbiDanismanlik": QCoreApplication.translate("Health", "7/24 tıbbi danışmanlık"),
        "kucukMudahale": QCoreApplication.translate("Health", "Küçük müdahale"),
        "tasinanYuk": QCoreApplication.translate("Health", "Taşınan yük"),
    }


def branch_value_text(key: str, value: object) -> str | None:
    """TSS's and İMM's values that are not CoverageValues (an enum, a package, a rental-car object), or None."""
    if key == "hastaneAgi" and isinstance(value, str):
        return network_label(value)
    if key == "saglikPaketi" and isinstance(value, dict):
        return package_label(HealthPackage.model_validate(value))
    if key == "tasinanYuk" and isinstance(value, str):
        return load_label(value)
    if key == "kiralikArac" and isinstance(value, dict) and str(value.get("$type") or "").upper() in (
            "NONE", "DEFINED"):
        return rental_car_label(value)
    return None
