"""Everything a page needs from the running app, handed to it through its constructor."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from insurup_desk.store import AsyncStore

from .api_ports import DeskClient
from .background import TaskKeeper
from .connectivity import ConnectivityMonitor
from .live_quotes import LiveFeed
from .outbox import Outbox
from .paths import AppPaths
from .purchase_journal import AsyncJournal
from .purchase_watch import PurchaseWatch
from .session import Session
from .settings import AppSettings, SettingsStore


class Navigator(Protocol):
    """Moves the operator between pages; implemented by the main window."""

    def show_page(self, key: str) -> None: ...

    def open_new_sale(self, customer_id: str | None = None, vehicle_id: str | None = None) -> None: ...

    def open_proposal(self, proposal_id: str) -> None: ...

    def open_customer(self, customer_id: str) -> None: ...


@dataclass
class AppContext:
    client: DeskClient  # insurup_desk.api.InsurUpClient, or a fake of the same shape in tests
    session: Session
    settings_store: SettingsStore
    settings: AppSettings
    connectivity: ConnectivityMonitor
    paths: AppPaths
    navigator: Navigator
    is_sandbox: bool = False
    sandbox: Any | None = None  # insurup_desk.sandbox.SandboxServer when running in training mode
    tasks: TaskKeeper = field(default_factory=lambda: TaskKeeper())
    store: AsyncStore | None = None  # encrypted local cache, drafts and autosave (None in light-weight tests)
    outbox: Outbox | None = None  # customer/vehicle entries made offline, waiting to be sent
    journal: AsyncJournal | None = None  # purchases written ahead (None in light-weight tests: kept in memory)
    watch: PurchaseWatch | None = None  # keeps checking purchases whose outcome is not known yet
    live: LiveFeed | None = None  # the hub's live quote events (None: quotes are polled)

    @property
    def agent_branch_id(self) -> str | None:
        return self.settings.agent_branch_id or None

    @property
    def sales_channel(self) -> str:
        return self.settings.sales_channel

    @property
    def page_size(self) -> int:
        return self.settings.page_size
