"""Turkish words (and colour roles) for the enum values lists show; state is always a word, never colour alone.

The colours themselves are in the style sheet (see insurup_desk/ui/item_colors.py).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from PySide6.QtCore import QCoreApplication

from insurup_desk.ui.item_colors import ItemColor, item_color


class StateColors(Mapping[str, str]):
    """Value → colour name for a list column, looked up in the style sheet when a table model reads it."""

    def __init__(self, roles: Mapping[str, ItemColor]) -> None:
        self.roles: dict[str, ItemColor] = dict(roles)

    def __getitem__(self, value: str) -> str:
        return item_color(self.roles[value]).name()

    def __iter__(self) -> Iterator[str]:
        return iter(self.roles)

    def __len__(self) -> int:
        return len(self.roles)


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
        # Documented branches outside the SDK's list (§16 #35): real policies carry them.
        "FERDI": QCoreApplication.translate("Labels", "Ferdi"),
        "ISYERI": QCoreApplication.translate("Labels", "İşyeri"),
    }


def policy_state_labels() -> dict[str, str]:
    return {
        "ACTIVE": QCoreApplication.translate("Labels", "Yürürlükte"),
        "END_OF_LIFE": QCoreApplication.translate("Labels", "Süresi doldu"),
        "CANCELLED": QCoreApplication.translate("Labels", "İptal"),
    }


POLICY_STATE_COLORS = StateColors(
    {"ACTIVE": ItemColor.GOOD, "END_OF_LIFE": ItemColor.ENDED, "CANCELLED": ItemColor.BAD}
)


def proposal_state_labels() -> dict[str, str]:
    return {
        "WAITING": QCoreApplication.translate("Labels", "Fiyat bekleniyor"),
        "ACTIVE": QCoreApplication.translate("Labels", "Fiyatlandı"),
        "PURCHASING": QCoreApplication.translate("Labels", "Satın alınıyor"),
        "PURCHASED": QCoreApplication.translate("Labels", "Satın alındı"),
        "FAILED": QCoreApplication.translate("Labels", "Başarısız"),
    }


PROPOSAL_STATE_COLORS = StateColors({
    "WAITING": ItemColor.WAITING,
    "ACTIVE": ItemColor.PRICED,
    "PURCHASING": ItemColor.WAITING,
    "PURCHASED": ItemColor.GOOD,
    "FAILED": ItemColor.BAD,
})


def product_state_labels() -> dict[str, str]:
    return {
        "WAITING": QCoreApplication.translate("Labels", "Bekleniyor"),
        "ACTIVE": QCoreApplication.translate("Labels", "Fiyatlandı"),
        "FAILED": QCoreApplication.translate("Labels", "Fiyat alınamadı"),
        "PURCHASING": QCoreApplication.translate("Labels", "Satın alınıyor"),
        "PURCHASED": QCoreApplication.translate("Labels", "Satın alındı"),
    }


# An offer's state in a proposal's detail (a table widget, so the roles, not colour names).
PRODUCT_STATE_COLORS: dict[str, ItemColor] = {
    "ACTIVE": ItemColor.PRICED,
    "PURCHASED": ItemColor.GOOD,
    "FAILED": ItemColor.BAD,
    "WAITING": ItemColor.WAITING,
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
