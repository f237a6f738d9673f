"""The SQLite file: WAL journal, versioned schema and forward-only migrations."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

Migration = Callable[[sqlite3.Connection], None]


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


MIGRATIONS: list[Migration] = [_v1]


class Database:
    """One connection, used from one worker thread at a time (callers hold ``lock``)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path) if path != ":memory:" else path
        if isinstance(self.path, Path):
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.lock = threading.Lock()
        self.conn = sqlite3.connect(str(self.path), check_same_thread=False, isolation_level=None)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.migrate()

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        with self.lock:
            current = self.schema_version
            for number, migration in enumerate(MIGRATIONS[current:], start=current + 1):
                self.conn.execute("BEGIN IMMEDIATE")
                try:
                    migration(self.conn)
                    self.conn.execute(f"PRAGMA user_version={number}")
                    self.conn.execute("COMMIT")
                except BaseException:
                    self.conn.execute("ROLLBACK")
                    raise

    def close(self) -> None:
        with self.lock:
            self.conn.close()
