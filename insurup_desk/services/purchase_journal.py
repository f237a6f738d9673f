"""The purchase journal: a durable line written *before* a purchase request leaves, closed on a definite outcome.

Whatever happens between the two (a kill, a power cut, a lost answer, the operator moving on), the open line
says "money may have moved on this proposal product": the desk reconciles it with the server before it lets
anyone pay for that product again, and tells the operator what it found.

It lives in its own small SQLite file, apart from the encrypted store, on purpose: it holds only ids, the plan
and timestamps (never card data, never personal data), and it must outlive a damaged store or a lost store key.
Every write is committed with ``synchronous=FULL`` so an acknowledged line is on disk before the request goes.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Final

log = logging.getLogger(__name__)

FILE_NAME: Final = "purchases.sqlite"


class JournalState(StrEnum):
    OPEN = "open"  # sent (or about to be): the outcome is not known yet
    PURCHASED = "purchased"
    NOT_PURCHASED = "not_purchased"  # a definite refusal, or the server proved nothing was bought


@dataclass(frozen=True, slots=True)
class JournalEntry:
    id: int
    proposal_id: str
    product_id: str
    installment: int
    method: str
    started_at: float
    state: JournalState
    policy_id: str | None = None
    policy_number: str | None = None
    closed_at: float | None = None
    # The operator has been shown the outcome (a result found in the background is announced once).
    seen: bool = False

    @property
    def is_open(self) -> bool:
        return self.state is JournalState.OPEN


_SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS purchase (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    proposal_id TEXT NOT NULL,
    product_id TEXT NOT NULL,
    installment INTEGER NOT NULL,
    method TEXT NOT NULL,
    started_at REAL NOT NULL,
    state TEXT NOT NULL,
    policy_id TEXT,
    policy_number TEXT,
    closed_at REAL,
    seen INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS purchase_product ON purchase (proposal_id, product_id);
CREATE INDEX IF NOT EXISTS purchase_state ON purchase (state);
"""

_COLUMNS: Final = ("id, proposal_id, product_id, installment, method, started_at, state, policy_id, policy_number, "
                   "closed_at, seen")


class JournalError(RuntimeError):
    """The journal could not be written: the purchase must not be sent."""


class PurchaseJournal:
    """Synchronous journal; every method is one short transaction. Thread-safe (one connection, one lock)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        target = ":memory:" if path is None else str(path)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(target, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL" if path is not None else "PRAGMA journal_mode=MEMORY")
        # FULL: a committed line survives a power cut, not only a process kill.
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def begin(self, proposal_id: str, product_id: str, installment: int, method: str) -> JournalEntry:
        now = time.time()
        try:
            with self._lock, self._db:
                cursor = self._db.execute(
                    "INSERT INTO purchase (proposal_id, product_id, installment, method, started_at, state) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (proposal_id, product_id, installment, method, now, JournalState.OPEN.value),
                )
        except sqlite3.Error as exc:
            raise JournalError(str(exc)) from exc
        entry_id = cursor.lastrowid
        assert entry_id is not None
        return JournalEntry(entry_id, proposal_id, product_id, installment, method, now, JournalState.OPEN)

    def close_entry(self, entry_id: int, state: JournalState, *, policy_id: str | None = None,
                    policy_number: str | None = None, seen: bool = True) -> None:
        if state is JournalState.OPEN:
            raise ValueError("an entry is closed with a definite outcome")
        with self._lock, self._db:
            self._db.execute(
                "UPDATE purchase SET state = ?, policy_id = ?, policy_number = ?, closed_at = ?, seen = ? "
                "WHERE id = ?",
                (state.value, policy_id, policy_number, time.time(), int(seen), entry_id),
            )

    def mark_seen(self, entry_id: int) -> None:
        with self._lock, self._db:
            self._db.execute("UPDATE purchase SET seen = 1 WHERE id = ?", (entry_id,))

    def open_entries(self) -> list[JournalEntry]:
        return self._select("WHERE state = ? ORDER BY id", (JournalState.OPEN.value,))

    def unseen(self) -> list[JournalEntry]:
        """Outcomes found while nobody was looking (in the background, or at start)."""
        return self._select("WHERE state != ? AND seen = 0 ORDER BY id", (JournalState.OPEN.value,))

    def recent(self, limit: int = 50) -> list[JournalEntry]:
        return self._select("ORDER BY id DESC LIMIT ?", (limit,))

    def latest_for(self, proposal_id: str, product_id: str) -> JournalEntry | None:
        found = self._select("WHERE proposal_id = ? AND product_id = ? ORDER BY id DESC LIMIT 1",
                             (proposal_id, product_id))
        return found[0] if found else None

    def get(self, entry_id: int) -> JournalEntry | None:
        found = self._select("WHERE id = ?", (entry_id,))
        return found[0] if found else None

    def _select(self, where: str, params: tuple[object, ...]) -> list[JournalEntry]:
        with self._lock:
            rows = self._db.execute(f"SELECT {_COLUMNS} FROM purchase {where}", params).fetchall()
        return [
            JournalEntry(int(r[0]), str(r[1]), str(r[2]), int(r[3]), str(r[4]), float(r[5]), JournalState(r[6]),
                         r[7], r[8], r[9], bool(r[10]))
            for r in rows
        ]


class AsyncJournal:
    """The journal off the GUI thread: an fsync per line must not stall the window."""

    def __init__(self, journal: PurchaseJournal) -> None:
        self.sync = journal
        self.durable = journal.path is not None
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="purchase-journal")

    async def begin(self, proposal_id: str, product_id: str, installment: int, method: str) -> JournalEntry:
        return await asyncio.get_running_loop().run_in_executor(
            self._worker, self.sync.begin, proposal_id, product_id, installment, method)

    async def close_entry(self, entry_id: int, state: JournalState, *, policy_id: str | None = None,
                          policy_number: str | None = None, seen: bool = True) -> None:
        await asyncio.get_running_loop().run_in_executor(
            self._worker, lambda: self.sync.close_entry(entry_id, state, policy_id=policy_id,
                                                        policy_number=policy_number, seen=seen))

    async def mark_seen(self, entry_id: int) -> None:
        await asyncio.get_running_loop().run_in_executor(self._worker, self.sync.mark_seen, entry_id)

    async def open_entries(self) -> list[JournalEntry]:
        return await asyncio.get_running_loop().run_in_executor(self._worker, self.sync.open_entries)

    async def unseen(self) -> list[JournalEntry]:
        return await asyncio.get_running_loop().run_in_executor(self._worker, self.sync.unseen)

    async def recent(self, limit: int = 50) -> list[JournalEntry]:
        return await asyncio.get_running_loop().run_in_executor(self._worker, self.sync.recent, limit)

    async def latest_for(self, proposal_id: str, product_id: str) -> JournalEntry | None:
        return await asyncio.get_running_loop().run_in_executor(
            self._worker, self.sync.latest_for, proposal_id, product_id)

    async def get(self, entry_id: int) -> JournalEntry | None:
        return await asyncio.get_running_loop().run_in_executor(self._worker, self.sync.get, entry_id)

    def close(self) -> None:
        self._worker.shutdown(wait=True)
        self.sync.close()


def open_journal(data_dir: Path | None) -> AsyncJournal:
    """The desk's journal beside its store (``None``: in memory, for the self-test and light tests).

    A journal file that cannot be opened must not keep the desk from starting: the journal then lives in memory
    (``durable`` is False, and it is logged), which still blocks paying twice within this run.
    """
    if data_dir is None:
        return AsyncJournal(PurchaseJournal(None))
    try:
        return AsyncJournal(PurchaseJournal(data_dir / FILE_NAME))
    except (sqlite3.Error, OSError):
        log.exception("purchase journal %s cannot be opened; keeping it in memory for this run",
                      data_dir / FILE_NAME)
        return AsyncJournal(PurchaseJournal(None))
