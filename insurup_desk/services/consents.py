"""KVKK / ETK consent at the desk: the state, giving and revoking (channel MANUAL), the history. No Qt here."""

from __future__ import annotations

from dataclasses import dataclass

from insurup_desk.api.models.consents import CONSENT_TYPES, ConsentEvent, ConsentType, CustomerConsents

from .api_ports import ConsentsPort

DESK_CHANNEL = "MANUAL"  # what the operator records at the counter


@dataclass(frozen=True, slots=True)
class ConsentView:
    customer_id: str
    active: dict[str, bool]
    history: tuple[ConsentEvent, ...]  # newest first

    @classmethod
    def of(cls, customer_id: str, raw: CustomerConsents) -> ConsentView:
        history = sorted(raw.history, key=lambda e: e.performed_at.timestamp() if e.performed_at else 0.0,
                         reverse=True)
        return cls(customer_id, {t: raw.is_active(t) for t in CONSENT_TYPES}, tuple(history))

    def is_active(self, consent_type: ConsentType) -> bool:
        return self.active.get(consent_type, False)


@dataclass(slots=True)
class ConsentService:
    port: ConsentsPort

    async def view(self, customer_id: str) -> ConsentView:
        return ConsentView.of(customer_id, await self.port.get(customer_id))

    async def give(self, customer_id: str, consent_type: ConsentType) -> ConsentView:
        await self.port.give(customer_id, consent_type, DESK_CHANNEL)
        return await self.view(customer_id)

    async def revoke(self, customer_id: str, consent_type: ConsentType) -> ConsentView:
        await self.port.revoke(customer_id, consent_type)
        return await self.view(customer_id)

    async def set(self, customer_id: str, consent_type: ConsentType, active: bool) -> ConsentView:
        return await (self.give if active else self.revoke)(customer_id, consent_type)
