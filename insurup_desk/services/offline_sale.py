"""The sale's side of working without the line: drafts for customers and vehicles, and the reference lists.

A customer or vehicle typed while the line is down is queued in the outbox; the sale carries on with a draft id
(``draft:<id>``) in place of the server id. Once the outbox has sent the draft, ``resolve`` turns the draft id
into the server's id so the sale can ask for quotes. Brand and model lists are kept in the encrypted store the
first time they are fetched, so the vehicle form still works offline.
"""

from __future__ import annotations

from dataclasses import dataclass

from insurup_desk.api.errors import ApiError, NetworkError
from insurup_desk.api.models import CustomerCreate, VehicleCreate
from insurup_desk.store import AsyncStore

from .connectivity import ConnectivityMonitor, LineState
from .outbox import PENDING_CUSTOMER_PREFIX, Outbox

DRAFT_PREFIX = PENDING_CUSTOMER_PREFIX


def is_draft(record_id: str | None) -> bool:
    return bool(record_id) and str(record_id).startswith(DRAFT_PREFIX)


def draft_key(record_id: str) -> str:
    return record_id[len(DRAFT_PREFIX):] if is_draft(record_id) else record_id


@dataclass(frozen=True, slots=True)
class QueuedDraft:
    """A record kept locally until the line returns; ``draft_id`` stands in for the server id in the sale."""

    kind: str  # customer | vehicle
    draft_id: str
    label: str


class OfflineSale:
    def __init__(self, outbox: Outbox, store: AsyncStore, connectivity: ConnectivityMonitor | None = None) -> None:
        self.outbox = outbox
        self.store = store
        self.connectivity = connectivity

    def line_down(self) -> bool:
        return self.connectivity is not None and self.connectivity.state is LineState.OFFLINE

    async def queue_customer(self, body: CustomerCreate, label: str) -> QueuedDraft:
        entry = await self.outbox.queue_customer(body)
        return QueuedDraft("customer", DRAFT_PREFIX + entry.draft_id, label)

    async def queue_vehicle(self, body: VehicleCreate, label: str, customer_id: str) -> QueuedDraft:
        link = draft_key(customer_id) if is_draft(customer_id) else None
        entry = await self.outbox.queue_vehicle(body, customer_draft_id=link)
        return QueuedDraft("vehicle", DRAFT_PREFIX + entry.draft_id, label)

    async def resolve(self, record_id: str) -> str | None:
        """The server id behind ``record_id``: itself when it is not a draft, None while the draft is unsent."""
        if not is_draft(record_id):
            return record_id
        return await self.store.call(self.store.sync.draft_server_id, draft_key(record_id))

    async def settle(self, *record_ids: str) -> list[str]:
        """Send what is queued and return the server ids for ``record_ids`` (drafts or not).

        Raises ``DraftNotSent`` when the line is still down and ``DraftRefused`` (with the server's or the
        replay's message) when the outbox could not send one of the drafts.
        """
        if not any(is_draft(r) for r in record_ids):
            return list(record_ids)
        report = await self.outbox.replay()
        resolved = [await self.resolve(r) for r in record_ids]
        if all(r is not None for r in resolved):
            return [r for r in resolved if r is not None]
        failed = {e.draft_id: e for e in await self.outbox.pending() if e.state == "failed"}
        for record_id in record_ids:
            entry = failed.get(draft_key(record_id))
            if entry is not None:
                raise DraftRefused(entry.last_error or None, suggestions=[REFUSED_HINT])
        if report.stopped_offline or self.line_down():
            raise DraftNotSent()
        raise DraftRefused()


class DraftNotSent(NetworkError):
    default_detail = "Bağlantı yok: taslak kayıtlar henüz gönderilemedi; hat gelince gönderilecek."


REFUSED_HINT = "Kaydı 'Bekleyen işlemler' sayfasında yeniden deneyin ya da silip satışa baştan başlayın."


class DraftRefused(ApiError):
    default_detail = "Taslak kayıt sunucuya gönderilemedi; 'Bekleyen işlemler' sayfasından kontrol edin."
