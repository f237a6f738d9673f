"""Insurers connected to the demo agency and how each one can be paid (reference §7.4), with the ids InsurUp's
own site uses (addendum §I; Anadolu is 7 there, 12 in one webhook example, §L #11)."""

from __future__ import annotations

from dataclasses import dataclass

CC = "SYNC_CREDIT_CARD"
OA = "SYNC_OPEN_ACCOUNT"
ICR = "ASYNC_INSURANCE_COMPANY_REDIRECT"
TDS = "ASYNC_3D_SECURE"
TP = "ASYNC_THIRD_PARTY_3D_SECURE"

_MOST = (CC, OA, ICR, TP)
_DOGA_TURKIYE = (CC, OA, TDS, TP)


@dataclass(frozen=True, slots=True)
class Insurer:
    id: int
    name: str
    payment_options: tuple[str, ...]
    # Multiplies the base premium; spreads the quotes the way real insurers differ.
    price_factor: float

    @property
    def logo(self) -> str:
        return f"https://cdn.insurup.com/logos/{self.id}.png"

    def product_id(self, branch: str) -> int:
        return 40000 + self.id * 10 + _PRODUCT_SLOT.get(branch, 2)

    def product_name(self, branch: str) -> str:
        return _PRODUCT_NAMES.get(branch, "Genişletilmiş Kasko")


# One product per insurer and branch: its id's last digit, and its name.
_PRODUCT_SLOT = {"TRAFIK": 1, "KASKO": 2, "DASK": 3, "KONUT": 4, "TSS": 5, "IMM": 6}
_PRODUCT_NAMES = {
    "TRAFIK": "Zorunlu Trafik Sigortası", "KASKO": "Genişletilmiş Kasko",
    "DASK": "Zorunlu Deprem Sigortası (DASK)", "KONUT": "Konut Paket Sigortası",
    "TSS": "Tamamlayıcı Sağlık Sigortası", "IMM": "İhtiyari Mali Mesuliyet Sigortası",
}


INSURERS: tuple[Insurer, ...] = (
    Insurer(100, "AK Sigorta", _MOST, 1.02),
    Insurer(45, "Allianz Sigorta", _MOST, 1.08),
    Insurer(37, "Ankara Sigorta", _MOST, 0.94),
    Insurer(95, "AXA Sigorta", _MOST, 1.05),
    Insurer(57, "Bereket Sigorta", _MOST, 0.97),
    Insurer(1041, "Corpus Sigorta", _MOST, 0.91),
    Insurer(43, "Doğa Sigorta", _DOGA_TURKIYE, 0.93),
    Insurer(2, "Eureko Sigorta", _MOST, 1.01),
    Insurer(94, "Gulf Sigorta", _MOST, 0.96),
    Insurer(123, "HDI Katılım Sigorta", _MOST, 0.99),
    Insurer(54, "HDI Sigorta", _MOST, 1.03),
    Insurer(7, "Anadolu Sigorta", _MOST, 1.06),
    Insurer(96, "Koru Sigorta", _MOST, 0.92),
    Insurer(99, "Mapfre Sigorta", _MOST, 1.04),
    Insurer(93, "Neova Katılım Sigorta", _MOST, 0.98),
    Insurer(51, "Nippon Sigorta", _MOST, 0.95),
    Insurer(110, "Quick Sigorta", _MOST, 0.9),
    Insurer(42, "Ray Sigorta", _MOST, 1.0),
    Insurer(61, "Sompo Sigorta", _MOST, 1.07),
    Insurer(131, "Türkiye Katılım Sigorta", _MOST, 0.97),
    Insurer(17, "Unico Sigorta", _MOST, 0.95),
    Insurer(56, "Zurich Sigorta", _MOST, 1.09),
    Insurer(116, "Türkiye Sigorta", _DOGA_TURKIYE, 1.0),
    Insurer(36, "Magdeburger Sigorta", (CC,), 1.02),
)

# Insurers that sell only outside motor (life and pension companies' health products, addendum §A.10). Their
# ids are not in the id list InsurUp's own site uses (addendum §I); the sandbox picks free ones.
NON_MOTOR_INSURERS: tuple[Insurer, ...] = (
    Insurer(132, "Katılım Emeklilik ve Hayat", _MOST, 0.96),
    Insurer(133, "Demir Hayat Sigorta", _MOST, 1.01),
)
ALL_INSURERS: tuple[Insurer, ...] = INSURERS + NON_MOTOR_INSURERS
BY_ID: dict[int, Insurer] = {i.id: i for i in ALL_INSURERS}

PRICING_ERRORS = (
    "Araç bilgileri doğrulanamadı.",
    "Sigorta şirketi servisine şu an ulaşılamıyor.",
    "Ruhsat seri numarası Tramer kayıtlarıyla eşleşmedi.",
    "Bu araç için teklif verilemiyor: risk kabul dışı.",
)


def insurance_companies() -> list[dict[str, object]]:
    return [
        {
            "id": i.id,
            "name": i.name,
            "logo": i.logo,
            "enabled": True,
            "supportedPaymentOptions": list(i.payment_options),
        }
        for i in ALL_INSURERS
    ]
