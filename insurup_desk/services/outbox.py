"""Customer and vehicle entry while the line is down: drafts queued in the outbox, replayed in order later.

A replay never creates a duplicate: it looks the customer up by TCKN/VKN (and the vehicle by plate) first and
links to what the server already has. What the server refuses stays in the outbox with its message until the
operator retries or discards it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from insurup_desk.api import (
    ApiError,
    CompanyCustomerCreate,
    ForeignCustomerCreate,
    IndividualCustomerCreate,
    NetworkError,
    RequestTimeout,
    VehicleCreate,
)
from insurup_desk.api.models.customers import CustomerCreate
from insurup_desk.domain.turkish import turkish_fold
from insurup_desk.services.api_ports import SaleClient
from insurup_desk.store import AsyncStore, OutboxEntry

from .connectivity import ConnectivityMonitor, LineState

log = logging.getLogger(__name__)

_CUSTOMER_MODELS: dict[str, type[IndividualCustomerCreate | CompanyCustomerCreate | ForeignCustomerCreate]] = {
    "individual": IndividualCustomerCreate,
    "company": CompanyCustomerCreate,
    "foreign": ForeignCustomerCreate,
}
PENDING_CUSTOMER_PREFIX = "draft:"


@dataclass
class ReplayReport:
    sent: list[int] = field(default_factory=list)
    linked_existing: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    stopped_offline: bool = False


class Outbox:
    """Queues offline entries and replays them when the line returns."""

    def __init__(self, client: SaleClient, store: AsyncStore) -> None:
        self._client = client
        self._store = store
        self._listeners: list[Callable[[], None]] = []
        # One replay at a time: two overlapping replays could both create the same pending customer.
        self._replaying: asyncio.Lock | None = None
        self._followed: ConnectivityMonitor | None = None
        self._auto_task: asyncio.Task[ReplayReport] | None = None
        self.last_report: ReplayReport | None = None
        # Server ids this run got for drafts, in case the store could not record them: a vehicle queued after
        # its offline customer can still go out, and the next run links both again by TCKN/plate.
        self._server_ids: dict[str, str] = {}

    def add_listener(self, callback: Callable[[], None]) -> None:
        """Called after the outbox changes (queued, replayed, discarded) so views can refresh."""
        self._listeners.append(callback)

    def follow(self, monitor: ConnectivityMonitor) -> None:
        """Replay by itself whenever ``monitor`` sees the line come back (idempotent)."""
        if self._followed is monitor:
            return
        if self._followed is not None:
            self._followed.remove_listener(self._line_changed)
        self._followed = monitor
        monitor.add_listener(self._line_changed)

    def _line_changed(self, state: LineState) -> None:
        if state is LineState.OFFLINE or (self._auto_task is not None and not self._auto_task.done()):
            return
        self._auto_task = asyncio.ensure_future(self._auto_replay())

    async def _auto_replay(self) -> ReplayReport:
        try:
            return await self.replay()
        except Exception:  # a background replay must never take the app down; entries stay queued
            log.exception("outbox replay failed")
            return ReplayReport(stopped_offline=True)

    async def stop(self) -> None:
        """Stop following the line and wait for a replay in flight (called when the window closes)."""
        if self._followed is not None:
            self._followed.remove_listener(self._line_changed)
            self._followed = None
        task, self._auto_task = self._auto_task, None
        if task is not None and not task.done():
            await asyncio.gather(task, return_exceptions=True)

    def _changed(self) -> None:
        for callback in list(self._listeners):
            callback()

    # -- queueing --------------------------------------------------------------------------------------

    async def queue_customer(self, body: CustomerCreate) -> OutboxEntry:
        payload = {"model": body.discriminator, "fields": body.model_dump(mode="json", exclude={"discriminator"})}
        entry = await self._store.call(self._store.sync.save_draft, "customer", payload)
        self._changed()
        return entry

    async def queue_vehicle(self, body: VehicleCreate, *, customer_draft_id: str | None = None) -> OutboxEntry:
        """``customer_draft_id`` links a vehicle to a customer that was itself entered offline."""
        payload = {"fields": body.model_dump(mode="json"), "customerDraftId": customer_draft_id}
        entry = await self._store.call(self._store.sync.save_draft, "vehicle", payload)
        self._changed()
        return entry

    async def pending(self) -> list[OutboxEntry]:
        return await self._store.call(self._store.sync.outbox)

    async def discard(self, seq: int) -> None:
        await self._store.call(self._store.sync.discard, seq)
        self._changed()

    async def retry(self, seq: int) -> ReplayReport:
        await self._store.call(self._store.sync.requeue, seq)
        return await self.replay()

    # -- replay ----------------------------------------------------------------------------------------

    async def replay(self) -> ReplayReport:
        """Send pending entries in the order they were made; stop at the first sign the line is down."""
        if self._replaying is None:
            self._replaying = asyncio.Lock()
        async with self._replaying:
            self.last_report = await self._replay_pending()
            return self.last_report

    async def _replay_pending(self) -> ReplayReport:
        report = ReplayReport()
        try:
            for entry in await self._store.call(self._store.sync.outbox, ("pending",)):
                try:
                    server_id, existed = await self._replay_one(entry)
                except (NetworkError, RequestTimeout):
                    report.stopped_offline = True
                    break
                except ApiError as exc:
                    await self._record_failure(entry, _message(exc))
                    report.failed.append(entry.seq)
                    continue
                except _ReplayConflict as exc:
                    await self._record_failure(entry, str(exc))
                    report.failed.append(entry.seq)
                    continue
                self._server_ids[entry.draft_id] = server_id
                try:
                    await self._store.call(self._store.sync.mark_sent, entry.seq, entry.draft_id, server_id)
                except Exception:
                    # The server has it; the entry stays pending and the next replay links it by TCKN/plate
                    # instead of creating it again. The entries after it still go out now.
                    log.warning("outbox entry %s sent but its mark could not be stored", entry.seq, exc_info=True)
                (report.linked_existing if existed else report.sent).append(entry.seq)
        finally:
            self._changed()
        return report

    async def _record_failure(self, entry: OutboxEntry, message: str) -> None:
        try:
            await self._store.call(self._store.sync.mark_failed, entry.seq, message)
        except Exception:  # kept pending instead; the next replay meets the same answer and records it then
            log.warning("outbox entry %s refused but the refusal could not be stored", entry.seq, exc_info=True)

    async def _replay_one(self, entry: OutboxEntry) -> tuple[str, bool]:
        if entry.kind == "customer":
            return await self._replay_customer(entry.payload)
        if entry.kind == "vehicle":
            return await self._replay_vehicle(entry.payload)
        raise _ReplayConflict(f"Bilinmeyen kayıt türü: {entry.kind}")

    async def _replay_customer(self, payload: dict[str, Any]) -> tuple[str, bool]:
        model = _CUSTOMER_MODELS[payload["model"]].model_validate(payload["fields"])
        number = getattr(model, "identity_number", None) or getattr(model, "tax_number", None)
        existing = await self._client.customers.find_by_identity(number) if number else None
        if existing is not None:
            typed_name = getattr(model, "full_name", None) or getattr(model, "title", None)
            if typed_name and turkish_fold(typed_name) != turkish_fold(existing.display_name):
                raise _ReplayConflict(
                    f"Bu kimlik numarası sistemde '{existing.display_name}' adıyla kayıtlı; çevrimdışı girilen "
                    f"ad '{typed_name}'. Kaydı kontrol edip taslağı silin ya da mevcut müşteriyle devam edin."
                )
            return existing.id, True
        return await self._client.customers.create(model), False

    async def _replay_vehicle(self, payload: dict[str, Any]) -> tuple[str, bool]:
        fields = dict(payload["fields"])
        draft_id = payload.get("customerDraftId")
        if draft_id:
            customer_id = self._server_ids.get(draft_id) or await self._store.call(
                self._store.sync.draft_server_id, draft_id)
            if customer_id is None:
                raise _ReplayConflict("Aracın müşterisi henüz sunucuya gönderilemedi; önce müşteri kaydını çözün.")
            fields["customer_id"] = customer_id
        body = VehicleCreate.model_validate(fields)
        for vehicle in await self._client.vehicles.list(body.customer_id):
            plate = vehicle.plate
            if plate is not None and (plate.city, plate.code.upper()) == (body.plate.city, body.plate.code.upper()):
                return vehicle.id, True
        return await self._client.vehicles.create(body.customer_id, body), False


class _ReplayConflict(Exception):
    """The server's data and the offline draft disagree; the operator decides."""


def _message(exc: ApiError) -> str:
    """What the operator reads on the pending page: there is no form to mark, so the fields' own messages too."""
    fields = [message for messages in exc.field_errors.values() for message in messages]
    return " ".join([exc.detail, *fields, *exc.suggestions]).strip()


