"""A write that fails leaves nothing half-done and nothing open: the next writes and the autosave reach disk."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from insurup_desk.store import Database, RecordCipher, Store

KEY = b"t" * 32


def _fail_inserts_of(db: Database, record_id: str) -> None:
    # A real SQLite failure in the middle of a multi-row write (as a full disk or an I/O error would give).
    db.conn.execute(
        f"CREATE TEMP TRIGGER fail_write BEFORE INSERT ON records WHEN NEW.id = '{record_id}' "
        "BEGIN SELECT RAISE(ABORT, 'disk I/O error (injected)'); END")


def _on_disk(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)  # a second connection sees only what was committed
    try:
        return [tuple(r) for r in conn.execute(sql).fetchall()]
    finally:
        conn.close()


@pytest.mark.parametrize("write", ["put_records", "put_list_page", "mark_sent", "discard"])
def test_a_failed_write_rolls_back_and_later_writes_reach_disk(tmp_path: Path, write: str) -> None:
    path = tmp_path / "desk.sqlite"
    db = Database(path)
    store = Store(db, RecordCipher(KEY))
    entry = store.save_draft("customer", {"identityNumber": "11111111110"})
    _fail_inserts_of(db, "boom")
    db.conn.execute(
        "CREATE TEMP TRIGGER fail_mark BEFORE UPDATE ON drafts "
        "BEGIN SELECT RAISE(ABORT, 'disk I/O error (injected)'); END")
    db.conn.execute(
        "CREATE TEMP TRIGGER fail_page BEFORE INSERT ON list_pages "
        "BEGIN SELECT RAISE(ABORT, 'disk I/O error (injected)'); END")
    db.conn.execute(
        "CREATE TEMP TRIGGER fail_discard BEFORE DELETE ON drafts "
        "BEGIN SELECT RAISE(ABORT, 'disk I/O error (injected)'); END")

    with pytest.raises(sqlite3.DatabaseError, match="injected"):
        if write == "put_records":
            store.put_records("policy", [("ok", {"n": 1}), ("boom", {"n": 2})])
        elif write == "put_list_page":
            store.put_list_page("policies:x", 0, {"rows": [[1]]})
        elif write == "mark_sent":
            store.mark_sent(entry.seq, entry.draft_id, "server-1")
        else:
            store.discard(entry.seq)

    assert not db.conn.in_transaction
    # Nothing of the failed write was kept: not the first row, not the outbox half of a mark.
    assert _on_disk(path, "SELECT id FROM records") == []
    assert _on_disk(path, "SELECT state FROM outbox") == [("pending",)]
    for trigger in ("fail_write", "fail_mark", "fail_page", "fail_discard"):
        db.conn.execute(f"DROP TRIGGER temp.{trigger}")

    store.save_autosave("wizard", {"step": "vehicle"})
    second = store.save_draft("vehicle", {"plate": "34ABC123"})
    store.mark_sent(entry.seq, entry.draft_id, "server-1")
    assert _on_disk(path, "SELECT slot FROM autosave") == [("wizard",)]
    states = _on_disk(path, "SELECT seq, state FROM outbox ORDER BY seq")
    assert states == [(entry.seq, "done"), (second.seq, "pending")]
    reopened = Store(Database(path), RecordCipher(KEY))
    loaded = reopened.load_autosave("wizard")
    assert loaded is not None and loaded.payload == {"step": "vehicle"}
    assert reopened.draft_server_id(entry.draft_id) == "server-1"


def test_a_failed_commit_leaves_the_connection_usable(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    db = Database(path)
    store = Store(db, RecordCipher(KEY))
    # Another connection holds the write lock: BEGIN IMMEDIATE gives up after the busy timeout.
    other = sqlite3.connect(path, isolation_level=None, timeout=0)
    db.conn.execute("PRAGMA busy_timeout=0")
    other.execute("BEGIN IMMEDIATE")
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        store.save_autosave("wizard", {"step": "customer"})
    other.execute("ROLLBACK")
    other.close()
    store.save_autosave("wizard", {"step": "customer"})
    assert _on_disk(path, "SELECT slot FROM autosave") == [("wizard",)]
