"""Insurers connected to the demo agency and how each one can be paid (reference §7.4)."""

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
        return 40000 + self.id * 10 + (1 if branch == "TRAFIK" else 2)

    def product_name(self, branch: str) -> str:
        return "Zorunlu Trafik Sigortası" if branch == "TRAFIK" else "Genişletilmiş Kasko"


INSURERS: tuple[Insurer, ...] = (
    Insurer(1, "AK Sigorta", _MOST, 1.02),
    Insurer(2, "Allianz Sigorta", _MOST, 1.08),
    Insurer(3, "Ankara Sigorta", _MOST, 0.94),
    Insurer(4, "AXA Sigorta", _MOST, 1.05),
    Insurer(5, "Bereket Sigorta", _MOST, 0.97),
    Insurer(6, "Corpus Sigorta", _MOST, 0.91),
    Insurer(7, "Doğa Sigorta", _DOGA_TURKIYE, 0.93),
    Insurer(8, "Eureko Sigorta", _MOST, 1.01),
    Insurer(9, "Gulf Sigorta", _MOST, 0.96),
    Insurer(10, "HDI Katılım Sigorta", _MOST, 0.99),
    Insurer(11, "HDI Sigorta", _MOST, 1.03),
    Insurer(12, "Anadolu Sigorta", _MOST, 1.06),
    Insurer(13, "Koru Sigorta", _MOST, 0.92),
    Insurer(14, "Mapfre Sigorta", _MOST, 1.04),
    Insurer(15, "Neova Katılım Sigorta", _MOST, 0.98),
    Insurer(16, "Nippon Sigorta", _MOST, 0.95),
    Insurer(17, "Quick Sigorta", _MOST, 0.9),
    Insurer(18, "Ray Sigorta", _MOST, 1.0),
    Insurer(19, "Sompo Sigorta", _MOST, 1.07),
    Insurer(20, "Türkiye Katılım Sigorta", _MOST, 0.97),
    Insurer(21, "Unico Sigorta", _MOST, 0.95),
    Insurer(22, "Zurich Sigorta", _MOST, 1.09),
    Insurer(23, "Türkiye Sigorta", _DOGA_TURKIYE, 1.0),
    Insurer(24, "Magdeburger Sigorta", (CC,), 1.02),
)

BY_ID: dict[int, Insurer] = {i.id: i for i in INSURERS}

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
        for i in INSURERS
    ]
