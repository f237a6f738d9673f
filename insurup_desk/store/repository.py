"""What the app keeps locally, behind a small API; ``AsyncStore`` runs every call off the Qt thread."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from typing import Any, ParamSpec, TypeVar

from insurup_desk.store.crypto import CipherError, RecordCipher
from insurup_desk.store.database import Database

P = ParamSpec("P")
T = TypeVar("T")

# Keys that would only appear if card data leaked into a payload; the store refuses such payloads outright.
_CARD_KEYS = frozenset({"card", "cardnumber", "cvc", "cvv", "expirymonth", "expiryyear", "holdername", "pan"})


class CardDataRefused(ValueError):
    """A payload carried card fields; card data is never written to disk."""


def _assert_no_card_data(value: Any) -> None:
    if isinstance(value, Mapping):
        for key, item in value.items():
            if str(key).replace("_", "").lower() in _CARD_KEYS:
                raise CardDataRefused(f"card field {key!r} must not be stored")
            _assert_no_card_data(item)
    elif isinstance(value, list | tuple):
        for item in value:
            _assert_no_card_data(item)


@dataclass(frozen=True, slots=True)
class CachedRecord:
    kind: str
    id: str
    payload: Any
    fetched_at: float


@dataclass(frozen=True, slots=True)
class CachedList:
    list_key: str
    pages: list[Any]
    fetched_at: float  # time of the oldest page: the list is as fresh as its stalest part


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    seq: int
    kind: str
    draft_id: str
    payload: Any
    state: str  # pending | failed | done
    attempts: int
    last_error: str | None
    created_at: float


class Store:
    """Synchronous store; call it from a worker thread (``AsyncStore`` does)."""

    def __init__(self, db: Database, cipher: RecordCipher, clock: Callable[[], float] = time.time) -> None:
        self._db = db
        self._cipher = cipher
        self._clock = clock

    # -- cached records ------------------------------------------------------------------------------

    def put_record(self, kind: str, record_id: str, payload: Any) -> None:
        self.put_records(kind, [(record_id, payload)])

    def put_records(self, kind: str, items: Iterable[tuple[str, Any]]) -> None:
        now = self._clock()
        rows = []
        for record_id, payload in items:
            _assert_no_card_data(payload)
            rows.append((kind, record_id, self._cipher.seal(payload, f"rec:{kind}:{record_id}"), now))
        with self._db.lock:
            conn = self._db.conn
            conn.execute("BEGIN")
            conn.executemany("INSERT OR REPLACE INTO records VALUES (?, ?, ?, ?)", rows)
            conn.execute("COMMIT")

    def get_record(self, kind: str, record_id: str) -> CachedRecord | None:
        with self._db.lock:
            row = self._db.conn.execute(
                "SELECT payload, fetched_at FROM records WHERE kind=? AND id=?", (kind, record_id)
            ).fetchone()
        if row is None:
            return None
        try:
            payload = self._cipher.open(row[0], f"rec:{kind}:{record_id}")
        except CipherError:
            return None
        return CachedRecord(kind, record_id, payload, row[1])

    def records(self, kind: str) -> list[CachedRecord]:
        with self._db.lock:
            rows = self._db.conn.execute(
                "SELECT id, payload, fetched_at FROM records WHERE kind=? ORDER BY rowid", (kind,)
            ).fetchall()
        out = []
        for record_id, blob, fetched_at in rows:
            try:
                out.append(CachedRecord(kind, record_id, self._cipher.open(blob, f"rec:{kind}:{record_id}"),
                                        fetched_at))
            except CipherError:
                continue
        return out

    def search_records(self, kind: str, text: str, fields: Sequence[str]) -> list[CachedRecord]:
        """Case-insensitive (Turkish-aware) substring search over cached records; decrypts in memory."""
        needle = _fold(text)
        return [
            rec for rec in self.records(kind)
            if isinstance(rec.payload, Mapping)
            and any(needle in _fold(str(rec.payload.get(f) or "")) for f in fields)
        ]

    # -- list pages ------------------------------------------------------------------------------------

    def put_list_page(self, list_key: str, page_no: int, payload: Any) -> None:
        _assert_no_card_data(payload)
        blob = self._cipher.seal(payload, f"list:{list_key}:{page_no}")
        with self._db.lock:
            conn = self._db.conn
            conn.execute("BEGIN")
            if page_no == 0:  # a fresh first page starts the list over
                conn.execute("DELETE FROM list_pages WHERE list_key=?", (list_key,))
            conn.execute("INSERT OR REPLACE INTO list_pages VALUES (?, ?, ?, ?)",
                         (list_key, page_no, blob, self._clock()))
            conn.execute("COMMIT")

    def get_list(self, list_key: str) -> CachedList | None:
        with self._db.lock:
            rows = self._db.conn.execute(
                "SELECT page_no, payload, fetched_at FROM list_pages WHERE list_key=? ORDER BY page_no",
                (list_key,),
            ).fetchall()
        if not rows:
            return None
        pages = []
        for page_no, blob, _ in rows:
            try:
                pages.append(self._cipher.open(blob, f"list:{list_key}:{page_no}"))
            except CipherError:
                return None
        return CachedList(list_key, pages, min(r[2] for r in rows))

    # -- reference data ---------------------------------------------------------------------------------

    def put_reference(self, name: str, payload: Any) -> None:
        blob = self._cipher.seal(payload, f"ref:{name}")
        with self._db.lock:
            self._db.conn.execute("INSERT OR REPLACE INTO reference_data VALUES (?, ?, ?)",
                                  (name, blob, self._clock()))

    def get_reference(self, name: str) -> CachedRecord | None:
        with self._db.lock:
            row = self._db.conn.execute(
                "SELECT payload, fetched_at FROM reference_data WHERE name=?", (name,)).fetchone()
        if row is None:
            return None
        try:
            return CachedRecord("reference", name, self._cipher.open(row[0], f"ref:{name}"), row[1])
        except CipherError:
            return None

    # -- drafts and outbox ------------------------------------------------------------------------------

    def save_draft(self, kind: str, payload: Any, draft_id: str | None = None) -> OutboxEntry:
        """Keep an offline entry as a draft and queue it for replay, in one transaction."""
        _assert_no_card_data(payload)
        draft_id = draft_id or uuid.uuid4().hex
        now = self._clock()
        draft_blob = self._cipher.seal(payload, f"draft:{draft_id}")
        outbox_blob = self._cipher.seal(payload, f"outbox:{draft_id}")
        with self._db.lock:
            conn = self._db.conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.execute("INSERT OR REPLACE INTO drafts VALUES (?, ?, ?, NULL, ?)",
                             (draft_id, kind, draft_blob, now))
                cur = conn.execute(
                    "INSERT INTO outbox (kind, draft_id, payload, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                    (kind, draft_id, outbox_blob, now, now),
                )
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        return OutboxEntry(int(cur.lastrowid or 0), kind, draft_id, payload, "pending", 0, None, now)

    def outbox(self, states: Sequence[str] = ("pending", "failed")) -> list[OutboxEntry]:
        marks = ",".join("?" * len(states))
        with self._db.lock:
            rows = self._db.conn.execute(
                f"SELECT seq, kind, draft_id, payload, state, attempts, last_error, created_at FROM outbox "
                f"WHERE state IN ({marks}) ORDER BY seq",
                tuple(states),
            ).fetchall()
        out = []
        for seq, kind, draft_id, blob, state, attempts, err, created in rows:
            error = self._cipher.open(err, f"outbox-err:{seq}") if err else None
            out.append(OutboxEntry(seq, kind, draft_id, self._cipher.open(blob, f"outbox:{draft_id}"),
                                   state, attempts, error, created))
        return out

    def mark_sent(self, seq: int, draft_id: str, server_id: str) -> None:
        with self._db.lock:
            conn = self._db.conn
            conn.execute("BEGIN")
            conn.execute("UPDATE outbox SET state='done', attempts=attempts+1, last_error=NULL, updated_at=? "
                         "WHERE seq=?", (self._clock(), seq))
            conn.execute("UPDATE drafts SET server_id=? WHERE id=?", (server_id, draft_id))
            conn.execute("COMMIT")

    def mark_failed(self, seq: int, message: str) -> None:
        blob = self._cipher.seal(message, f"outbox-err:{seq}")
        with self._db.lock:
            self._db.conn.execute(
                "UPDATE outbox SET state='failed', attempts=attempts+1, last_error=?, updated_at=? WHERE seq=?",
                (blob, self._clock(), seq))

    def requeue(self, seq: int) -> None:
        with self._db.lock:
            self._db.conn.execute("UPDATE outbox SET state='pending', updated_at=? WHERE seq=?",
                                  (self._clock(), seq))

    def discard(self, seq: int) -> None:
        with self._db.lock:
            conn = self._db.conn
            conn.execute("BEGIN")
            row = conn.execute("SELECT draft_id FROM outbox WHERE seq=?", (seq,)).fetchone()
            conn.execute("DELETE FROM outbox WHERE seq=?", (seq,))
            if row:
                conn.execute("DELETE FROM drafts WHERE id=? AND server_id IS NULL", (row[0],))
            conn.execute("COMMIT")

    def draft_server_id(self, draft_id: str) -> str | None:
        with self._db.lock:
            row = self._db.conn.execute("SELECT server_id FROM drafts WHERE id=?", (draft_id,)).fetchone()
        return str(row[0]) if row and row[0] else None

    # -- wizard autosave ------------------------------------------------------------------------------

    def save_autosave(self, slot: str, state: Any) -> None:
        _assert_no_card_data(state)
        blob = self._cipher.seal(state, f"autosave:{slot}")
        with self._db.lock:
            self._db.conn.execute("INSERT OR REPLACE INTO autosave VALUES (?, ?, ?)", (slot, blob, self._clock()))

    def load_autosave(self, slot: str) -> CachedRecord | None:
        with self._db.lock:
            row = self._db.conn.execute("SELECT payload, saved_at FROM autosave WHERE slot=?", (slot,)).fetchone()
        if row is None:
            return None
        try:
            return CachedRecord("autosave", slot, self._cipher.open(row[0], f"autosave:{slot}"), row[1])
        except CipherError:
            return None

    def clear_autosave(self, slot: str) -> None:
        with self._db.lock:
            self._db.conn.execute("DELETE FROM autosave WHERE slot=?", (slot,))


def _fold(text: str) -> str:
    return text.replace("İ", "i").replace("I", "ı").lower()


class AsyncStore:
    """Runs ``Store`` calls on one dedicated thread so SQLite never blocks the event loop."""

    def __init__(self, store: Store) -> None:
        self.sync = store
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store")

    async def call(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, partial(fn, *args, **kwargs))

    def close(self) -> None:
        self._executor.shutdown(wait=True)
