"""Sandbox test cards. Any other Luhn-valid, unexpired card is charged successfully.

| number              | outcome                                                   |
| ------------------- | --------------------------------------------------------- |
| 4242424242424242    | success                                                   |
| 5555555555554444    | success                                                   |
| 4000000000009995    | 422 "Yetersiz bakiye." (INSUFFICIENT_FUNDS)               |
| 4000000000000002    | 422 "Kart bankası tarafından reddedildi." (CARD_DECLINED) |
| 4000000000000069    | 422 "Kartın süresi dolmuş." (CARD_EXPIRED)                 |
| 4000000000000127    | 422 "Güvenlik kodu (CVC) hatalı." (CVC_INVALID)           |
| 4000000000000119    | 502 upstream-service: the insurer failed to issue          |
"""

from __future__ import annotations

from dataclasses import dataclass

SUCCESS_CARD = "4242424242424242"


@dataclass(frozen=True, slots=True)
class Decline:
    status: int
    slug: str
    detail: str
    code: str


DECLINES: dict[str, Decline] = {
    "4000000000009995": Decline(422, "business-validation", "Yetersiz bakiye.", "INSUFFICIENT_FUNDS"),
    "4000000000000002": Decline(422, "business-validation", "Kart bankası tarafından reddedildi.",
                                "CARD_DECLINED"),
    "4000000000000069": Decline(422, "business-validation", "Kartın süresi dolmuş.", "CARD_EXPIRED"),
    "4000000000000127": Decline(422, "business-validation", "Güvenlik kodu (CVC) hatalı.", "CVC_INVALID"),
    "4000000000000119": Decline(502, "upstream-service", "Sigorta şirketi poliçeyi düzenleyemedi.",
                                "INSURER_ISSUE_FAILED"),
}


def decline_for(number: str) -> Decline | None:
    return DECLINES.get(number)
