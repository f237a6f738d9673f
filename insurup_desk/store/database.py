"""The SQLite file: WAL journal, versioned schema, forward-only migrations, and writes that commit or roll back
as a unit."""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

Migration = Callable[[sqlite3.Connection], None]
Connect = Callable[[str], sqlite3.Connection]

log = logging.getLogger(__name__)

MEMORY = ":memory:"


def connect(location: str) -> sqlite3.Connection:
    """The one way the store opens SQLite (tests replace it to simulate a read-only file)."""
    return sqlite3.connect(location, check_same_thread=False, isolation_level=None)


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    # executescript() would commit the migration's transaction half-way; run statement by statement instead.
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _v1(conn: sqlite3.Connection) -> None:
    _run_script(
        conn,
        """
        CREATE TABLE records (
            kind TEXT NOT NULL,
            id TEXT NOT NULL,
            payload BLOB NOT NULL,
            fetched_at REAL NOT NULL,
            PRIMARY KEY (kind, id)
        );
        CREATE TABLE list_pages (
            list_key TEXT NOT NULL,
            page_no INTEGER NOT NULL,
            payload BLOB NOT NULL,
            fetched_at REAL NOT NULL,
            PRIMARY KEY (list_key, page_no)
        );
        CREATE TABLE reference_data (
            name TEXT PRIMARY KEY,
            payload BLOB NOT NULL,
            fetched_at REAL NOT NULL
        );
        CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            draft_id TEXT NOT NULL,
            payload BLOB NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending',
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error BLOB,
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL
        );
        CREATE TABLE drafts (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            payload BLOB NOT NULL,
            server_id TEXT,
            updated_at REAL NOT NULL
        );
        CREATE TABLE autosave (
            slot TEXT PRIMARY KEY,
            payload BLOB NOT NULL,
            saved_at REAL NOT NULL
        );
        """
    )


def _v2(conn: sqlite3.Connection) -> None:
    # A list page is now stored once, with the kind of its rows, and offline row searches read the pages;
    # the per-row copies the first version kept beside every page are dropped. ``meta`` holds the key check.
    _run_script(
        conn,
        """
        ALTER TABLE list_pages ADD COLUMN row_kind TEXT;
        CREATE INDEX list_pages_row_kind ON list_pages (row_kind);
        DELETE FROM records WHERE kind LIKE 'row:%';
        CREATE TABLE meta (
            name TEXT PRIMARY KEY,
            value BLOB NOT NULL
        );
        """
    )


MIGRATIONS: list[Migration] = [_v1, _v2]


class Database:
    """One connection, used from one worker thread at a time (callers hold ``lock``)."""

    def __init__(self, path: Path | str, *, connector: Connect = connect) -> None:
        self.path: Path | str = Path(path) if str(path) != MEMORY else MEMORY
        if isinstance(self.path, Path):
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.lock = threading.Lock()
        self.conn = connector(str(self.path))
        try:
            self.conn.execute("PRAGMA journal_mode=WAL")
            # FULL: a draft the operator was told is saved survives a power cut too, not only a crash.
            self.conn.execute("PRAGMA synchronous=FULL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.migrate()
        except BaseException:
            self.conn.close()
            raise

    @property
    def in_memory(self) -> bool:
        return self.path == MEMORY

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write: everything in the block commits together or nothing does, and the error reaches the
        caller with the connection ready for the next write (never a transaction left open)."""
        with self.lock:
            conn = self.conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    try:
                        conn.execute("ROLLBACK")
                    except sqlite3.Error:  # the original error is the one worth reporting
                        log.warning("rollback failed", exc_info=True)
                raise

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        with self.lock:
            yield self.conn

    def migrate(self) -> None:
        current = self.schema_version
        for number, migration in enumerate(MIGRATIONS[current:], start=current + 1):
            with self.transaction() as conn:
                migration(conn)
                conn.execute(f"PRAGMA user_version={number}")

    def quick_check(self) -> str:
        """SQLite's own structural check of the file ("ok" when sound)."""
        with self.reading() as conn:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        return "; ".join(str(r[0]) for r in rows[:5])

    def close(self) -> None:
        with self.lock:
            self.conn.close()
