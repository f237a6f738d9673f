"""The sale in progress, saved to the encrypted store at every step so a crash or re-login loses nothing.

What is saved is the flow's own ``to_dict`` (no card data: the sale never holds any, and the store refuses it
anyway) plus whose sale it is, so one operator is never offered another's half-finished sale.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from insurup_desk.store import AsyncStore

from .sales_flow import CUSTOMER, DONE

log = logging.getLogger(__name__)

SLOT = "wizard"


def is_blank(state: Mapping[str, Any]) -> bool:
    """A sale nothing has been decided in yet (nothing worth offering back)."""
    data = state.get("data") or {}
    return state.get("current") == CUSTOMER and not data.get("customer_id") and not state.get("history")


def is_resumable(state: Mapping[str, Any]) -> bool:
    return not is_blank(state) and state.get("current") != DONE


@dataclass(frozen=True, slots=True)
class SavedSale:
    flow: dict[str, Any]
    saved_at: float  # unix time

    @property
    def step(self) -> str:
        return str(self.flow.get("current") or CUSTOMER)

    @property
    def data(self) -> dict[str, Any]:
        raw = self.flow.get("data")
        return dict(raw) if isinstance(raw, Mapping) else {}


class WizardAutosave:
    """Saves every state the wizard reports; clears the slot when the sale ends or is abandoned.

    Writes go through the store's single worker thread in the order they were asked for, so the last state
    reported is the one on disk. A blank sale only clears the slot after this run saved something itself:
    the empty wizard shown at start-up must not wipe the sale a crash left behind before it is offered back.
    """

    def __init__(self, store: AsyncStore, *, owner: str | None = None, slot: str = SLOT) -> None:
        self._store = store
        self._owner = (owner or "").strip().lower() or None
        self._slot = slot
        self._wrote = False
        self._pending: set[asyncio.Task[None]] = set()

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def record(self, state: Mapping[str, Any]) -> None:
        if is_resumable(state):
            self._wrote = True
            self._submit(self._save(dict(state)))
        elif state.get("current") == DONE or self._wrote:
            self._wrote = False
            self._submit(self._clear())

    def clear(self) -> None:
        self._wrote = False
        self._submit(self._clear())

    async def flush(self) -> None:
        """Wait until every write asked for so far is on disk."""
        while self._pending:
            await asyncio.gather(*list(self._pending), return_exceptions=True)

    async def load(self) -> SavedSale | None:
        """The sale left behind by this operator, if there is one worth resuming."""
        record = await self._store.call(self._store.sync.load_autosave, self._slot)
        if record is None or not isinstance(record.payload, Mapping):
            return None
        payload = record.payload
        flow = payload.get("flow")
        if not isinstance(flow, Mapping) or not is_resumable(flow):
            return None
        if self._owner is not None and payload.get("owner") not in (None, self._owner):
            return None
        return SavedSale(dict(flow), record.fetched_at)

    # --- plumbing ---------------------------------------------------------------------------------------
    def _submit(self, work: Any) -> None:
        task: asyncio.Task[None] = asyncio.ensure_future(work)
        self._pending.add(task)
        task.add_done_callback(self._done)

    def _done(self, task: asyncio.Task[None]) -> None:
        self._pending.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("autosave failed: %s", type(task.exception()).__name__)

    async def _save(self, flow: dict[str, Any]) -> None:
        await self._store.call(self._store.sync.save_autosave, self._slot, {"owner": self._owner, "flow": flow})

    async def _clear(self) -> None:
        await self._store.call(self._store.sync.clear_autosave, self._slot)
