"""The update cycle of a running desk: check at start and every few hours, download in the background, and
restart into the new version only when nothing at the counter would be cut short.

Qt-free: the network and disk work runs in a worker thread, the state is reported to listeners on the loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

from .update_staging import StagedUpdate, UpdateError, UpdateFailure, UpdateLayout, pending_update

if TYPE_CHECKING:
    from .updates import UpdateClient

log = logging.getLogger(__name__)

CHECK_EVERY_S = 4 * 3600.0


class UpdateState(enum.Enum):
    OFF = "off"  # no repository configured (or no trust anchor in this build)
    IDLE = "idle"
    CHECKING = "checking"
    DOWNLOADING = "downloading"
    UP_TO_DATE = "up_to_date"
    READY = "ready"  # verified and staged: installed at the next start
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class UpdateStatus:
    state: UpdateState
    version: str | None = None  # the update's version, once one is found
    received: int = 0
    total: int = 0
    failure: UpdateFailure | None = None


class Blocker(enum.Enum):
    """Why the desk must not restart now."""

    SALE = "sale"  # a sale is open in the wizard
    PAYMENT = "payment"  # a payment's outcome is not settled yet
    OUTBOX = "outbox"  # customers or vehicles typed offline are not sent yet


class RestartGate(Protocol):
    async def blockers(self) -> list[Blocker]: ...


class DeskGate:
    """Asks the sale, the purchase journal and the outbox whether the desk may restart."""

    def __init__(
        self,
        *,
        sale_open: Callable[[], Awaitable[bool]],
        open_payments: Callable[[], Awaitable[int]],
        unsent: Callable[[], Awaitable[int]],
    ) -> None:
        self._sale_open, self._open_payments, self._unsent = sale_open, open_payments, unsent

    async def blockers(self) -> list[Blocker]:
        found: list[Blocker] = []
        if await self._sale_open():
            found.append(Blocker.SALE)
        if await self._open_payments():
            found.append(Blocker.PAYMENT)
        if await self._unsent():
            found.append(Blocker.OUTBOX)
        return found


ClientFactory = Callable[[], "UpdateClient"]
Listener = Callable[[UpdateStatus], None]


class UpdateService:
    """One per desk. ``make_client`` is None when updates are off (no URL, no trust anchor)."""

    def __init__(
        self,
        *,
        make_client: ClientFactory | None,
        layout: UpdateLayout,
        current_version: str,
        gate: RestartGate,
        check_every_s: float = CHECK_EVERY_S,
    ) -> None:
        self._make_client = make_client
        self._layout = layout
        self.current_version = current_version
        self._gate = gate
        self._every = check_every_s
        self._listeners: list[Listener] = []
        self._loop_task: asyncio.Task[None] | None = None
        self._running: asyncio.Task[UpdateStatus] | None = None
        self._client: UpdateClient | None = None
        staged = pending_update(layout, current_version)
        if make_client is None:
            self._status = UpdateStatus(UpdateState.OFF)
        elif staged is not None:
            self._status = UpdateStatus(UpdateState.READY, version=staged.version)
        else:
            self._status = UpdateStatus(UpdateState.IDLE)

    @property
    def status(self) -> UpdateStatus:
        return self._status

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def staged(self) -> StagedUpdate | None:
        return pending_update(self._layout, self.current_version)

    def start(self) -> None:
        """Check now, then every ``check_every_s`` seconds, until :meth:`stop`."""
        if self._make_client is not None and self._loop_task is None:
            self._loop_task = asyncio.ensure_future(self._periodic())

    async def stop(self) -> None:
        if self._client is not None:
            self._client.cancel()
        for task in (self._loop_task, self._running):
            if task is not None and not task.done():
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        self._loop_task = None

    async def check_now(self) -> UpdateStatus:
        """One check (and download, if there is something new); a check already running is joined."""
        if self._make_client is None:
            return self._status
        if self._running is None or self._running.done():
            self._running = asyncio.ensure_future(self._check())
        return await asyncio.shield(self._running)

    async def blockers(self) -> list[Blocker]:
        return await self._gate.blockers()

    async def _periodic(self) -> None:
        while True:
            await self.check_now()
            await asyncio.sleep(self._every)

    async def _check(self) -> UpdateStatus:
        assert self._make_client is not None
        if self._status.state is UpdateState.READY:
            return self._status  # staged already; the next start installs it
        loop = asyncio.get_running_loop()
        self._set(UpdateStatus(UpdateState.CHECKING))

        def progress(received: int, total: int) -> None:
            loop.call_soon_threadsafe(self._progress, received, total)

        def work() -> tuple[str | None, StagedUpdate | None]:
            client = self._make_client() if self._make_client is not None else None
            if client is None:
                return None, None
            self._client = client
            try:
                offer = client.check()
                if offer is None:
                    return None, None
                loop.call_soon_threadsafe(self._set, UpdateStatus(UpdateState.DOWNLOADING, offer.version,
                                                                  0, offer.size))
                return offer.version, client.download(progress)
            finally:
                client.close()
                self._client = None

        try:
            _version, staged = await asyncio.to_thread(work)
        except UpdateError as exc:
            log.warning("update check failed (%s): %s", exc.failure.value, exc.detail)
            return self._set(UpdateStatus(UpdateState.FAILED, self._status.version, failure=exc.failure))
        except (OSError, RuntimeError) as exc:
            log.warning("update check failed: %s", exc)
            return self._set(UpdateStatus(UpdateState.FAILED, self._status.version, failure=UpdateFailure.DOWNLOAD))
        if staged is None:
            return self._set(UpdateStatus(UpdateState.UP_TO_DATE))
        log.info("update %s downloaded, verified and staged", staged.version)
        return self._set(UpdateStatus(UpdateState.READY, staged.version))

    def _progress(self, received: int, total: int) -> None:
        if self._status.state is UpdateState.DOWNLOADING:
            self._set(replace(self._status, received=received, total=total))

    def _set(self, status: UpdateStatus) -> UpdateStatus:
        self._status = status
        for listener in list(self._listeners):
            listener(status)
        return status
