"""What the app keeps locally, behind a small API; ``AsyncStore`` runs every call off the Qt thread."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from typing import Any, Literal, ParamSpec, TypeVar

from insurup_desk.store.crypto import CipherError, RecordCipher
from insurup_desk.store.database import Database

log = logging.getLogger(__name__)

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


# What an in-memory store may keep of cached list pages (sealed bytes): enough for a working day's lists,
# while 100,000 scrolled rows no longer grow the process without end.
MEMORY_CACHE_BUDGET = 16 * 1024 * 1024
_KEY_CHECK = "key-check"


class Store:
    """Synchronous store; call it from a worker thread (``AsyncStore`` does).

    ``cache_budget`` caps the bytes of cached list pages kept (default: capped in memory, free on disk).
    """

    def __init__(
        self,
        db: Database,
        cipher: RecordCipher,
        clock: Callable[[], float] = time.time,
        *,
        cache_budget: int | Literal["auto"] | None = "auto",
    ) -> None:
        self._db = db
        self._cipher = cipher
        self._clock = clock
        if cache_budget == "auto":
            cache_budget = MEMORY_CACHE_BUDGET if db.in_memory else None
        self._cache_budget = cache_budget

    @property
    def database(self) -> Database:
        return self._db

    @property
    def cipher(self) -> RecordCipher:
        return self._cipher

    @property
    def persistent(self) -> bool:
        """Whether what is written here is still there after a restart."""
        return not self._db.in_memory

    # -- key check -------------------------------------------------------------------------------------

    def key_matches(self) -> bool | None:
        """Whether this store's key opens its data: True/False, None when there is nothing to tell by."""
        with self._db.reading() as conn:
            row = conn.execute("SELECT value FROM meta WHERE name=?", (_KEY_CHECK,)).fetchone()
            samples: list[tuple[bytes, str]] = []
            if row is None:  # a store from before the key check: any sealed row tells
                for sql, context in (
                    ("SELECT payload, draft_id FROM outbox LIMIT 1", "outbox:{}"),
                    ("SELECT payload, slot FROM autosave LIMIT 1", "autosave:{}"),
                    ("SELECT payload, id FROM drafts LIMIT 1", "draft:{}"),
                    ("SELECT payload, name FROM reference_data LIMIT 1", "ref:{}"),
                ):
                    found = conn.execute(sql).fetchone()
                    if found is not None:
                        samples.append((found[0], context.format(found[1])))
        if row is not None:
            samples = [(row[0], _KEY_CHECK)]
        if not samples:
            return None
        try:
            self._cipher.open(samples[0][0], samples[0][1])
        except CipherError:
            return False
        return True

    def write_key_check(self) -> None:
        """Seal a known value with this key, so a later start can tell a lost key from damaged data."""
        blob = self._cipher.seal(_KEY_CHECK, _KEY_CHECK)
        with self._db.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (_KEY_CHECK, blob))

    # -- cached records ------------------------------------------------------------------------------

    def put_record(self, kind: str, record_id: str, payload: Any) -> None:
        self.put_records(kind, [(record_id, payload)])

    def put_records(self, kind: str, items: Iterable[tuple[str, Any]]) -> None:
        now = self._clock()
        rows = []
        for record_id, payload in items:
            _assert_no_card_data(payload)
            rows.append((kind, record_id, self._cipher.seal(payload, f"rec:{kind}:{record_id}"), now))
        with self._db.transaction() as conn:
            conn.executemany("INSERT OR REPLACE INTO records VALUES (?, ?, ?, ?)", rows)

    def get_record(self, kind: str, record_id: str) -> CachedRecord | None:
        with self._db.reading() as conn:
            row = conn.execute(
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
        with self._db.reading() as conn:
            rows = conn.execute(
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

    # -- list pages ------------------------------------------------------------------------------------

    def put_list_page(self, list_key: str, page_no: int, payload: Any, row_kind: str | None = None) -> None:
        """Keep one page of a list, once: served as it was for the same list offline, and (with ``row_kind``)
        searched with every other cached page of that kind for any other offline question."""
        _assert_no_card_data(payload)
        blob = self._cipher.seal(payload, f"list:{list_key}:{page_no}")
        with self._db.transaction() as conn:
            if page_no == 0:  # a fresh first page starts the list over
                conn.execute("DELETE FROM list_pages WHERE list_key=?", (list_key,))
            conn.execute("INSERT OR REPLACE INTO list_pages (list_key, page_no, payload, fetched_at, row_kind) "
                         "VALUES (?, ?, ?, ?, ?)", (list_key, page_no, blob, self._clock(), row_kind))
            if self._cache_budget is not None:
                _keep_within(conn, self._cache_budget)

    def pages_of_kind(self, row_kind: str) -> list[tuple[Any, float]]:
        """Every readable cached page whose rows are of ``row_kind``, oldest first, with its time."""
        with self._db.reading() as conn:
            rows = conn.execute(
                "SELECT list_key, page_no, payload, fetched_at FROM list_pages WHERE row_kind=? "
                "ORDER BY fetched_at, rowid", (row_kind,)).fetchall()
        out = []
        for list_key, page_no, blob, fetched_at in rows:
            try:
                out.append((self._cipher.open(blob, f"list:{list_key}:{page_no}"), float(fetched_at)))
            except CipherError:
                continue
        return out

    def get_list(self, list_key: str) -> CachedList | None:
        with self._db.reading() as conn:
            rows = conn.execute(
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
        with self._db.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO reference_data VALUES (?, ?, ?)", (name, blob, self._clock()))

    def get_reference(self, name: str) -> CachedRecord | None:
        with self._db.reading() as conn:
            row = conn.execute(
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
        with self._db.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO drafts VALUES (?, ?, ?, NULL, ?)", (draft_id, kind, draft_blob, now))
            cur = conn.execute(
                "INSERT INTO outbox (kind, draft_id, payload, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                (kind, draft_id, outbox_blob, now, now),
            )
        return OutboxEntry(int(cur.lastrowid or 0), kind, draft_id, payload, "pending", 0, None, now)

    def outbox(self, states: Sequence[str] = ("pending", "failed")) -> list[OutboxEntry]:
        marks = ",".join("?" * len(states))
        with self._db.reading() as conn:
            rows = conn.execute(
                f"SELECT seq, kind, draft_id, payload, state, attempts, last_error, created_at FROM outbox "
                f"WHERE state IN ({marks}) ORDER BY seq",
                tuple(states),
            ).fetchall()
        out = []
        for seq, kind, draft_id, blob, state, attempts, err, created in rows:
            try:
                payload = self._cipher.open(blob, f"outbox:{draft_id}")
            except CipherError:
                # One unreadable entry must not hide the others or stop a replay; opening the store reports
                # such entries to the operator as lost (see recovery).
                log.warning("outbox entry %s cannot be decrypted; skipped", seq)
                continue
            try:
                error = self._cipher.open(err, f"outbox-err:{seq}") if err else None
            except CipherError:
                error = None
            out.append(OutboxEntry(seq, kind, draft_id, payload, state, attempts, error, created))
        return out

    def mark_sent(self, seq: int, draft_id: str, server_id: str) -> None:
        with self._db.transaction() as conn:
            conn.execute("UPDATE outbox SET state='done', attempts=attempts+1, last_error=NULL, updated_at=? "
                         "WHERE seq=?", (self._clock(), seq))
            conn.execute("UPDATE drafts SET server_id=? WHERE id=?", (server_id, draft_id))

    def mark_failed(self, seq: int, message: str) -> None:
        blob = self._cipher.seal(message, f"outbox-err:{seq}")
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE outbox SET state='failed', attempts=attempts+1, last_error=?, updated_at=? WHERE seq=?",
                (blob, self._clock(), seq))

    def requeue(self, seq: int) -> None:
        with self._db.transaction() as conn:
            conn.execute("UPDATE outbox SET state='pending', updated_at=? WHERE seq=?", (self._clock(), seq))

    def discard(self, seq: int) -> None:
        with self._db.transaction() as conn:
            row = conn.execute("SELECT draft_id FROM outbox WHERE seq=?", (seq,)).fetchone()
            conn.execute("DELETE FROM outbox WHERE seq=?", (seq,))
            if row:
                conn.execute("DELETE FROM drafts WHERE id=? AND server_id IS NULL", (row[0],))

    def draft_server_id(self, draft_id: str) -> str | None:
        with self._db.reading() as conn:
            row = conn.execute("SELECT server_id FROM drafts WHERE id=?", (draft_id,)).fetchone()
        return str(row[0]) if row and row[0] else None

    # -- wizard autosave ------------------------------------------------------------------------------

    def save_autosave(self, slot: str, state: Any) -> None:
        _assert_no_card_data(state)
        blob = self._cipher.seal(state, f"autosave:{slot}")
        with self._db.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO autosave VALUES (?, ?, ?)", (slot, blob, self._clock()))

    def load_autosave(self, slot: str) -> CachedRecord | None:
        with self._db.reading() as conn:
            row = conn.execute("SELECT payload, saved_at FROM autosave WHERE slot=?", (slot,)).fetchone()
        if row is None:
            return None
        try:
            return CachedRecord("autosave", slot, self._cipher.open(row[0], f"autosave:{slot}"), row[1])
        except CipherError:
            return None

    def clear_autosave(self, slot: str) -> None:
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM autosave WHERE slot=?", (slot,))


def _keep_within(conn: sqlite3.Connection, budget: int) -> None:
    """Drop cached pages until they fit ``budget``: whole lists, least recently fetched first, and of the last
    list its tail, so what is kept always starts at a list's first page (how it is read offline)."""
    while True:
        used = int(conn.execute("SELECT COALESCE(SUM(length(payload)), 0) FROM list_pages").fetchone()[0])
        if used <= budget:
            return
        lists = conn.execute(
            "SELECT list_key FROM list_pages GROUP BY list_key ORDER BY MAX(fetched_at), MAX(rowid)").fetchall()
        if len(lists) > 1:
            conn.execute("DELETE FROM list_pages WHERE list_key=?", (lists[0][0],))
            continue
        (key,) = lists[0]
        tail = conn.execute("SELECT MAX(page_no), COUNT(*) FROM list_pages WHERE list_key=?", (key,)).fetchone()
        if tail[1] <= 1:
            return  # one page over budget is still kept: the list shown now is never emptied
        # Drop a tenth of the list's pages at a time rather than one per statement.
        drop = max(1, int(tail[1]) // 10)
        conn.execute("DELETE FROM list_pages WHERE list_key=? AND page_no > ?", (key, int(tail[0]) - drop))


class AsyncStore:
    """Runs ``Store`` calls on one dedicated thread so SQLite never blocks the event loop."""

    def __init__(self, store: Store) -> None:
        self.sync = store
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store")

    async def call(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, partial(fn, *args, **kwargs))

    def submit(self, what: str, fn: Callable[P, object], *args: P.args, **kwargs: P.kwargs) -> None:
        """Run ``fn`` on the store's thread without waiting for it (in order with every other call); a failure
        is logged as ``what`` and never reaches the caller. For writes nobody waits on, such as the cache."""
        try:
            future = self._executor.submit(partial(fn, *args, **kwargs))
        except RuntimeError:  # the store is closing: a cache write is not worth keeping the app open for
            log.info("store closed; %s not written", what)
            return

        def done(f: Future[object]) -> None:
            if not f.cancelled() and f.exception() is not None:
                log.warning("could not write %s", what, exc_info=f.exception())

        future.add_done_callback(done)

    async def flush(self) -> None:
        """Wait until everything submitted so far has run."""
        await self.call(lambda: None)

    def close(self) -> None:
        self._executor.shutdown(wait=True)
