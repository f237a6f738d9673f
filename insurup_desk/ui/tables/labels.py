"""Turkish words (and colours) for the enum values lists show; state is always a word, never colour alone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def branch_labels() -> dict[str, str]:
    return {
        "KASKO": QCoreApplication.translate("Labels", "Kasko"),
        "TRAFIK": QCoreApplication.translate("Labels", "Trafik"),
        "DASK": QCoreApplication.translate("Labels", "DASK"),
        "KONUT": QCoreApplication.translate("Labels", "Konut"),
        "TSS": QCoreApplication.translate("Labels", "Tamamlayıcı sağlık"),
        "IMM": QCoreApplication.translate("Labels", "İMM"),
        "SAGLIK": QCoreApplication.translate("Labels", "Sağlık"),
        "SEYAHAT": QCoreApplication.translate("Labels", "Seyahat"),
        "FERDI_KAZA": QCoreApplication.translate("Labels", "Ferdi kaza"),
        "YESIL_KART": QCoreApplication.translate("Labels", "Yeşil kart"),
    }


def policy_state_labels() -> dict[str, str]:
    return {
        "ACTIVE": QCoreApplication.translate("Labels", "Yürürlükte"),
        "END_OF_LIFE": QCoreApplication.translate("Labels", "Süresi doldu"),
        "CANCELLED": QCoreApplication.translate("Labels", "İptal"),
    }


POLICY_STATE_COLORS = {"ACTIVE": "#1b6e35", "END_OF_LIFE": "#6b6b6b", "CANCELLED": "#b3261e"}


def proposal_state_labels() -> dict[str, str]:
    return {
        "WAITING": QCoreApplication.translate("Labels", "Fiyat bekleniyor"),
        "ACTIVE": QCoreApplication.translate("Labels", "Fiyatlandı"),
        "PURCHASING": QCoreApplication.translate("Labels", "Satın alınıyor"),
        "PURCHASED": QCoreApplication.translate("Labels", "Satın alındı"),
        "FAILED": QCoreApplication.translate("Labels", "Başarısız"),
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
        "WAITING": QCoreApplication.translate("Labels", "Bekleniyor"),
        "ACTIVE": QCoreApplication.translate("Labels", "Fiyatlandı"),
        "FAILED": QCoreApplication.translate("Labels", "Fiyat alınamadı"),
        "PURCHASING": QCoreApplication.translate("Labels", "Satın alınıyor"),
        "PURCHASED": QCoreApplication.translate("Labels", "Satın alındı"),
    }


def customer_type_labels() -> dict[str, str]:
    return {
        "INDIVIDUAL": QCoreApplication.translate("Labels", "Bireysel"),
        "COMPANY": QCoreApplication.translate("Labels", "Kurumsal"),
        "FOREIGN": QCoreApplication.translate("Labels", "Yabancı"),
    }


def payment_labels() -> dict[str, str]:
    return {
        "SYNC_CREDIT_CARD": QCoreApplication.translate("Labels", "Kredi kartı"),
        "SYNC_OPEN_ACCOUNT": QCoreApplication.translate("Labels", "Açık hesap"),
        "ASYNC_3D_SECURE": QCoreApplication.translate("Labels", "3D Secure"),
        "ASYNC_INSURANCE_COMPANY_REDIRECT": QCoreApplication.translate("Labels", "Sigorta şirketi ödeme sayfası"),
        "ASYNC_THIRD_PARTY_3D_SECURE": QCoreApplication.translate("Labels", "Aracı 3D Secure"),
    }
