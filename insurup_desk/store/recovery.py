"""Open the store file, or recover from it: whatever state the file is in, the desk gets a working store.

A file that is garbage, truncated, empty, corrupted, read-only or sealed with a key that is gone is moved
aside (kept for support, named with the reason and the time), what can still be read from a copy of it is
carried into a fresh store (outbox and drafts first, then the autosaved sale, then cached data), and a
:class:`RecoveryReport` says what was kept and what was lost. Where nothing can be written (a read-only data
folder) the fresh store lives in memory, and the report names the folder. No Qt here: the words the operator
reads are chosen in ``ui.store_notice`` from this report.
"""

from __future__ import annotations

import contextlib
import enum
import logging
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from insurup_desk.store.crypto import CipherError, RecordCipher
from insurup_desk.store.database import MEMORY, Connect, Database, connect
from insurup_desk.store.repository import Store

log = logging.getLogger(__name__)

_SIDE_FILES = ("-wal", "-shm")
# SQLite primary result codes (sqlite3.h) that tell what is wrong with a file.
_READONLY, _CANTOPEN, _PERM, _CORRUPT, _NOTADB = 8, 14, 3, 11, 26


class Damage(enum.Enum):
    GARBAGE = "garbage"  # not an SQLite file at all
    DAMAGED = "damaged"  # truncated or corrupted pages
    EMPTY = "empty"  # zero bytes: whatever it held is gone
    READ_ONLY = "read-only"  # the file cannot be written
    KEY_LOST = "key-lost"  # the key in the keyring does not open it


def _dir_writable(folder: Path) -> OSError | None:
    """None when a file can be created in ``folder``, else the error that says why not."""
    try:
        fd, name = tempfile.mkstemp(prefix=".write-check-", dir=folder)
    except OSError as exc:
        return exc
    os.close(fd)
    os.unlink(name)
    return None


@dataclass(frozen=True)
class StoreFiles:
    """The file-system seam of opening a store (tests simulate read-only files and folders through it)."""

    connect: Connect = connect
    dir_writable: Callable[[Path], OSError | None] = _dir_writable
    move: Callable[[Path, Path], None] = os.replace


@dataclass(frozen=True)
class RecoveryReport:
    """What opening the store found and did; ``notice_needed`` when the operator must be told."""

    path: Path | None
    persistent: bool  # what is written now survives a restart
    damage: Damage | None = None
    detail: str = ""  # the technical reason, for the log and support
    moved_to: Path | None = None
    unwritable: Path | None = None  # the folder (or file) that could not be written, when the store is in memory
    no_keyring: bool = False
    outbox_kept: int = 0  # entries still to send that were carried over
    outbox_lost: int = 0  # entries seen but unreadable
    outbox_complete: bool = True  # False: part of the outbox could not be read at all (more may be lost)
    autosave_kept: bool = False
    cache_kept: int = 0  # cached pages, records and reference lists carried over
    waiting_in_file: int | None = None  # without a keyring: entries in the file this run cannot read

    @property
    def notice_needed(self) -> bool:
        return (self.damage is not None or self.unwritable is not None or self.no_keyring
                or self.outbox_lost > 0)


@dataclass
class _Salvage:
    outbox: list[tuple[Any, ...]] = field(default_factory=list)
    drafts: list[tuple[Any, ...]] = field(default_factory=list)
    autosave: list[tuple[Any, ...]] = field(default_factory=list)
    references: list[tuple[Any, ...]] = field(default_factory=list)
    pages: list[tuple[Any, ...]] = field(default_factory=list)
    records: list[tuple[Any, ...]] = field(default_factory=list)
    outbox_unreadable: int = 0
    outbox_complete: bool = True

    @property
    def outbox_waiting(self) -> int:
        return sum(1 for row in self.outbox if row[4] in ("pending", "failed"))


def open_store(
    path: Path,
    cipher: RecordCipher,
    *,
    key_persistent: bool = True,
    files: StoreFiles | None = None,
    clock: Callable[[], float] = time.time,
) -> tuple[Store, RecoveryReport]:
    """The store at ``path``, recovered if need be; never raises for the state of the file or folder."""
    files = files or StoreFiles()
    if not key_persistent:
        # Without a keyring the key would have to sit beside the data it protects: this run keeps its store
        # in memory and leaves the file alone (its key may come back with the keyring).
        waiting = _count_waiting(path) if path.exists() else None
        return Store(Database(MEMORY), cipher), RecoveryReport(
            path, persistent=False, no_keyring=True, waiting_in_file=waiting)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        log.warning("data folder cannot be created: %s", exc)
        return Store(Database(MEMORY), cipher), RecoveryReport(
            path, persistent=False, unwritable=path.parent, detail=str(exc))

    damage, detail, store = _try_open(path, cipher, files)
    if store is not None:
        lost = _unreadable_outbox(store)
        return store, RecoveryReport(path, persistent=True, outbox_lost=lost,
                                     outbox_kept=len(store.outbox()) if lost else 0)
    assert damage is not None
    log.warning("local store %s (%s): recovering", damage.value, detail)
    salvage = _salvage(path, cipher)
    moved_to: Path | None = None
    unwritable: Path | None = None
    target: Store | None = None
    blocked = files.dir_writable(path.parent)
    if blocked is None:
        try:
            moved_to = _move_aside(path, damage, files, clock())
        except OSError as exc:
            blocked = exc
    if moved_to is not None:
        try:
            target = Store(Database(path, connector=files.connect), cipher)
            target.write_key_check()
        except (OSError, sqlite3.Error) as exc:
            log.warning("a fresh store cannot be created at %s: %s", path, exc)
            _close(target)
            target = None
            unwritable = path.parent
    else:
        log.warning("data folder cannot be written (%s); this run keeps its store in memory", blocked)
        unwritable = path.parent
    if target is None:
        target = Store(Database(MEMORY), cipher)
    _restore(target, salvage)
    report = RecoveryReport(
        path,
        persistent=target.persistent,
        damage=damage,
        detail=detail,
        moved_to=moved_to,
        unwritable=unwritable,
        outbox_kept=salvage.outbox_waiting,
        outbox_lost=salvage.outbox_unreadable,
        outbox_complete=salvage.outbox_complete,
        autosave_kept=bool(salvage.autosave),
        cache_kept=len(salvage.pages) + len(salvage.records) + len(salvage.references),
    )
    log.warning("local store recovered: moved to %s; outbox kept %d, lost %d%s; autosave %s", moved_to,
                report.outbox_kept, report.outbox_lost, "" if report.outbox_complete else " (partly unreadable)",
                "kept" if report.autosave_kept else "none")
    return target, report


# --- opening ------------------------------------------------------------------------------------------


def _try_open(path: Path, cipher: RecordCipher, files: StoreFiles) -> tuple[Damage | None, str, Store | None]:
    if path.exists() and path.stat().st_size == 0 and not _has_content(Path(f"{path}-wal")):
        return Damage.EMPTY, "zero-byte file", None
    db: Database | None = None
    try:
        db = Database(path, connector=files.connect)
        check = db.quick_check()
        if check != "ok":
            db.close()
            return Damage.DAMAGED, check, None
        store = Store(db, cipher)
        if store.key_matches() is False:
            db.close()
            return Damage.KEY_LOST, "the stored key check does not open with this key", None
        store.write_key_check()  # also proves the file can be written
        return None, "", store
    except sqlite3.Error as exc:
        if db is not None:
            _close_db(db)
        return _classify(exc), f"{type(exc).__name__}: {exc}", None
    except OSError as exc:
        if db is not None:
            _close_db(db)
        return Damage.READ_ONLY, f"{type(exc).__name__}: {exc}", None


def _classify(exc: sqlite3.Error) -> Damage:
    code = int(getattr(exc, "sqlite_errorcode", -1)) & 0xFF
    text = str(exc).lower()
    if code == _NOTADB or "not a database" in text:
        return Damage.GARBAGE
    if code in (_READONLY, _CANTOPEN, _PERM) or "readonly" in text or "unable to open" in text:
        return Damage.READ_ONLY
    return Damage.DAMAGED


def _has_content(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def _unreadable_outbox(store: Store) -> int:
    with store.database.reading() as conn:
        rows = conn.execute("SELECT draft_id, payload FROM outbox WHERE state IN ('pending', 'failed')").fetchall()
    lost = 0
    for draft_id, blob in rows:
        try:
            store.cipher.open(blob, f"outbox:{draft_id}")
        except CipherError:
            lost += 1
    return lost


def _count_waiting(path: Path) -> int | None:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return int(conn.execute(
                "SELECT COUNT(*) FROM outbox WHERE state IN ('pending', 'failed')").fetchone()[0])
        finally:
            conn.close()
    except (sqlite3.Error, OSError):
        return None


def _move_aside(path: Path, damage: Damage, files: StoreFiles, now: float) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now))
    aside = path.with_name(f"{path.stem}-{damage.value}-{stamp}{path.suffix}")
    n = 2
    while aside.exists():
        aside = path.with_name(f"{path.stem}-{damage.value}-{stamp}-{n}{path.suffix}")
        n += 1
    if path.exists():
        files.move(path, aside)
    for side in _SIDE_FILES:
        source = Path(f"{path}{side}")
        if source.exists():
            files.move(source, Path(f"{aside}{side}"))
    return aside


def _close(store: Store | None) -> None:
    if store is not None:
        _close_db(store.database)


def _close_db(db: Database) -> None:
    with contextlib.suppress(sqlite3.Error):
        db.close()


# --- salvage ------------------------------------------------------------------------------------------


def _salvage(path: Path, cipher: RecordCipher) -> _Salvage:
    """Everything readable from a copy of the damaged file (the original is never written to)."""
    out = _Salvage()
    with tempfile.TemporaryDirectory(prefix="insurup-salvage-") as tmp:
        copy = Path(tmp) / "salvage.sqlite"
        try:
            shutil.copyfile(path, copy)
        except OSError as exc:
            log.warning("damaged store cannot be copied: %s", exc)
            out.outbox_complete = False
            return out
        for side in _SIDE_FILES[:1]:
            if _has_content(Path(f"{path}{side}")):
                with contextlib.suppress(OSError):
                    shutil.copyfile(f"{path}{side}", f"{copy}{side}")
        _fit_header(copy)
        try:
            conn = sqlite3.connect(str(copy))
        except sqlite3.Error:
            out.outbox_complete = False
            return out
        try:
            _read_outbox(conn, cipher, out)
            out.drafts = _open_rows(conn, "SELECT rowid, id, kind, payload, server_id, updated_at FROM drafts",
                                    cipher, 3, lambda r: f"draft:{r[1]}")[0]
            out.autosave = _open_rows(conn, "SELECT rowid, slot, payload, saved_at FROM autosave",
                                      cipher, 2, lambda r: f"autosave:{r[1]}")[0]
            out.references = _open_rows(conn, "SELECT rowid, name, payload, fetched_at FROM reference_data",
                                        cipher, 2, lambda r: f"ref:{r[1]}")[0]
            kind_column = "row_kind" if _has_column(conn, "list_pages", "row_kind") else "NULL"
            out.pages = _open_rows(
                conn, f"SELECT rowid, list_key, page_no, payload, fetched_at, {kind_column} FROM list_pages",
                cipher, 3, lambda r: f"list:{r[1]}:{r[2]}")[0]
            out.records = _open_rows(
                conn, "SELECT rowid, kind, id, payload, fetched_at FROM records WHERE kind NOT LIKE 'row:%'",
                cipher, 3, lambda r: f"rec:{r[1]}:{r[2]}")[0]
        finally:
            conn.close()
    return out


def _fit_header(copy: Path) -> None:
    """A truncated file still claims its old page count, and SQLite then calls every table malformed; telling
    the copy its real size makes the pages that are left readable."""
    try:
        with copy.open("r+b") as f:
            header = f.read(100)
            if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
                return
            page_size = int.from_bytes(header[16:18], "big")
            page_size = 65536 if page_size == 1 else page_size
            claimed = int.from_bytes(header[28:32], "big")
            real = copy.stat().st_size // page_size if page_size else 0
            if 0 < real < claimed:
                f.seek(28)
                f.write(real.to_bytes(4, "big"))
    except OSError:
        return


def _read_outbox(conn: sqlite3.Connection, cipher: RecordCipher, out: _Salvage) -> None:
    rows, complete = _tolerant_rows(
        conn, "SELECT rowid, seq, kind, draft_id, payload, state, attempts, last_error, created_at, updated_at "
              "FROM outbox")
    out.outbox_complete = complete
    for row in rows:
        _, seq, kind, draft_id, blob, state, attempts, err, created, updated = row
        try:
            payload = cipher.open(blob, f"outbox:{draft_id}")
        except (CipherError, TypeError):
            if state in ("pending", "failed"):
                out.outbox_unreadable += 1
            continue
        try:
            error = cipher.open(err, f"outbox-err:{seq}") if err else None
        except (CipherError, TypeError):
            error = None
        out.outbox.append((seq, kind, draft_id, payload, state, attempts, error, created, updated))


def _open_rows(
    conn: sqlite3.Connection, sql: str, cipher: RecordCipher, blob_at: int, context: Callable[[tuple[Any, ...]], str]
) -> tuple[list[tuple[Any, ...]], bool]:
    """Rows of ``sql`` (rowid first) with the sealed column at ``blob_at`` opened; unreadable rows dropped."""
    rows, complete = _tolerant_rows(conn, sql)
    out = []
    for row in rows:
        try:
            value = cipher.open(row[blob_at], context(row))
        except (CipherError, TypeError):
            continue
        out.append((*row[1:blob_at], value, *row[blob_at + 1:]))
    return out, complete


def _tolerant_rows(conn: sqlite3.Connection, sql: str) -> tuple[list[tuple[Any, ...]], bool]:
    """As many rows as a damaged table gives: all at once, else forwards then backwards up to the bad page."""
    try:
        return [tuple(r) for r in conn.execute(f"{sql} ORDER BY rowid").fetchall()], True
    except sqlite3.Error:
        pass
    seen: dict[int, tuple[Any, ...]] = {}
    for order in ("ASC", "DESC"):
        for row in _until_error(conn, f"{sql} ORDER BY rowid {order}"):
            seen.setdefault(int(row[0]), row)
    return [seen[k] for k in sorted(seen)], False


def _until_error(conn: sqlite3.Connection, sql: str) -> Iterator[tuple[Any, ...]]:
    try:
        cursor = conn.execute(sql)
        while True:
            row = cursor.fetchone()
            if row is None:
                return
            yield tuple(row)
    except sqlite3.Error:
        return


def _has_column(conn: sqlite3.Connection, table: str, column: str) -> bool:
    try:
        return any(r[1] == column for r in conn.execute(f"PRAGMA table_info({table})").fetchall())
    except sqlite3.Error:
        return False


def _restore(target: Store, salvage: _Salvage) -> None:
    """Write what was read into the fresh store, most precious first, each part committed on its own."""
    cipher = target.cipher
    db = target.database
    parts: list[tuple[str, Callable[[sqlite3.Connection], object]]] = [
        ("outbox", lambda conn: _restore_outbox(conn, cipher, salvage)),
        ("autosave", lambda conn: conn.executemany(
            "INSERT OR REPLACE INTO autosave VALUES (?, ?, ?)",
            [(slot, cipher.seal(value, f"autosave:{slot}"), at) for slot, value, at in salvage.autosave])),
        ("reference data", lambda conn: conn.executemany(
            "INSERT OR REPLACE INTO reference_data VALUES (?, ?, ?)",
            [(name, cipher.seal(value, f"ref:{name}"), at) for name, value, at in salvage.references])),
        ("list pages", lambda conn: conn.executemany(
            "INSERT OR REPLACE INTO list_pages (list_key, page_no, payload, fetched_at, row_kind) "
            "VALUES (?, ?, ?, ?, ?)",
            [(key, no, cipher.seal(value, f"list:{key}:{no}"), at, kind)
             for key, no, value, at, kind in salvage.pages])),
        ("records", lambda conn: conn.executemany(
            "INSERT OR REPLACE INTO records VALUES (?, ?, ?, ?)",
            [(kind, rid, cipher.seal(value, f"rec:{kind}:{rid}"), at) for kind, rid, value, at in salvage.records])),
    ]
    for name, write in parts:
        try:
            with db.transaction() as conn:
                write(conn)
        except sqlite3.Error:
            log.warning("could not carry the %s over into the fresh store", name, exc_info=True)


def _restore_outbox(conn: sqlite3.Connection, cipher: RecordCipher, salvage: _Salvage) -> None:
    # Drafts and their outbox entries travel together: a vehicle's link to its offline customer needs both.
    conn.executemany(
        "INSERT OR REPLACE INTO drafts VALUES (?, ?, ?, ?, ?)",
        [(did, kind, cipher.seal(value, f"draft:{did}"), server_id, at)
         for did, kind, value, server_id, at in salvage.drafts])
    # The original sequence numbers are kept: replay goes in the order the entries were made.
    conn.executemany(
        "INSERT INTO outbox (seq, kind, draft_id, payload, state, attempts, last_error, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(seq, kind, did, cipher.seal(value, f"outbox:{did}"), state, attempts,
          cipher.seal(error, f"outbox-err:{seq}") if error else None, created, updated)
         for seq, kind, did, value, state, attempts, error, created, updated in salvage.outbox])
