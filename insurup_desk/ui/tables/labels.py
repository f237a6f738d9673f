"""Turkish words (and colours) for the enum values lists show; state is always a word, never colour alone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def branch_labels() -> dict[str, str]:
    return {
        "KASKO": _t("Kasko"),
        "TRAFIK": _t("Trafik"),
        "DASK": _t("DASK"),
        "KONUT": _t("Konut"),
        "TSS": _t("Tamamlayıcı sağlık"),
        "IMM": _t("İMM"),
        "SAGLIK": _t("Sağlık"),
        "SEYAHAT": _t("Seyahat"),
        "FERDI_KAZA": _t("Ferdi kaza"),
        "YESIL_KART": _t("Yeşil kart"),
    }


def policy_state_labels() -> dict[str, str]:
    return {"ACTIVE": _t("Yürürlükte"), "END_OF_LIFE": _t("Süresi doldu"), "CANCELLED": _t("İptal")}


POLICY_STATE_COLORS = {"ACTIVE": "#1b6e35", "END_OF_LIFE": "#6b6b6b", "CANCELLED": "#b3261e"}


def proposal_state_labels() -> dict[str, str]:
    return {
        "WAITING": _t("Fiyat bekleniyor"),
        "ACTIVE": _t("Fiyatlandı"),
        "PURCHASING": _t("Satın alınıyor"),
        "PURCHASED": _t("Satın alındı"),
        "FAILED": _t("Başarısız"),
    }


PROPOSAL_STATE_COLORS = {
    "WAITING": "#8a5a00",
    "ACTIVE": "#1a4f8b",
    "PURCHASING": "#8a5a00",
    "PURCHASED": "#1b6e35",
    "FAILED": "#b3261e",
}


def product_state_labels() -> dict[str, str]:
    return {
        "WAITING": _t("Bekleniyor"),
        "ACTIVE": _t("Fiyatlandı"),
        "FAILED": _t("Fiyat alınamadı"),
        "PURCHASING": _t("Satın alınıyor"),
        "PURCHASED": _t("Satın alındı"),
    }


def customer_type_labels() -> dict[str, str]:
    return {"INDIVIDUAL": _t("Bireysel"), "COMPANY": _t("Kurumsal"), "FOREIGN": _t("Yabancı")}


def payment_labels() -> dict[str, str]:
    return {
        "SYNC_CREDIT_CARD": _t("Kredi kartı"),
        "SYNC_OPEN_ACCOUNT": _t("Açık hesap"),
        "ASYNC_3D_SECURE": _t("3D Secure"),
        "ASYNC_INSURANCE_COMPANY_REDIRECT": _t("Sigorta şirketi ödeme sayfası"),
        "ASYNC_THIRD_PARTY_3D_SECURE": _t("Aracı 3D Secure"),
    }
