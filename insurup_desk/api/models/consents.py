"""KVKK / ETK consents of a customer (addendum §D): current state and history."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from .base import ApiModel
from .common import UserRef

ConsentType = Literal["KVKK", "ETK"]
CONSENT_TYPES: tuple[ConsentType, ...] = ("KVKK", "ETK")


class ConsentStatus(ApiModel):
    consent_type: str
    is_active: bool = False


class ConsentEvent(ApiModel):
    consent_type: str
    action: str  # GIVEN or REVOKED (other values kept as sent)
    performed_at: dt.datetime | None = None
    performed_by: UserRef | None = None
    channel: str | None = None


class CustomerConsents(ApiModel):
    consents: list[ConsentStatus] = Field(default_factory=list)
    history: list[ConsentEvent] = Field(default_factory=list)

    def is_active(self, consent_type: str) -> bool:
        return any(c.is_active for c in self.consents if c.consent_type == consent_type)
