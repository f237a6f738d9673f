import asyncio
import sqlite3
from pathlib import Path

import pytest

from insurup_desk.store import AsyncStore, Database, RecordCipher, Store, load_or_create_key
from insurup_desk.store.database import MIGRATIONS
from insurup_desk.store.repository import CardDataRefused

TCKN = "11111111110"


def make_store(path: Path, key: bytes | None = None, clock: float = 1000.0) -> Store:
    return Store(Database(path), RecordCipher(key or b"k" * 32), clock=lambda: clock)


def test_schema_is_versioned_and_wal(tmp_path: Path) -> None:
    db = Database(tmp_path / "desk.sqlite")
    assert db.schema_version == len(MIGRATIONS)
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()
    again = Database(tmp_path / "desk.sqlite")  # reopening does not re-run migrations
    assert again.schema_version == len(MIGRATIONS)


def test_records_round_trip_and_personal_data_is_not_readable_on_disk(tmp_path: Path) -> None:
    store = make_store(tmp_path / "desk.sqlite")
    store.put_record("customer", "c1", {"identityNumber": TCKN, "fullName": "Ayşe Yılmaz"})
    rec = store.get_record("customer", "c1")
    assert rec is not None and rec.payload["fullName"] == "Ayşe Yılmaz" and rec.fetched_at == 1000.0
    raw = (tmp_path / "desk.sqlite").read_bytes() + (tmp_path / "desk.sqlite-wal").read_bytes()
    assert TCKN.encode() not in raw
    assert "Yılmaz".encode() not in raw


def test_wrong_key_reads_nothing(tmp_path: Path) -> None:
    make_store(tmp_path / "d.sqlite", key=b"a" * 32).put_record("policy", "p1", {"x": 1})
    assert make_store(tmp_path / "d.sqlite", key=b"b" * 32).get_record("policy", "p1") is None


def test_swapped_rows_are_rejected(tmp_path: Path) -> None:
    store = make_store(tmp_path / "d.sqlite")
    store.put_record("policy", "p1", {"n": 1})
    store.put_record("policy", "p2", {"n": 2})
    conn = sqlite3.connect(tmp_path / "d.sqlite")
    blob = conn.execute("SELECT payload FROM records WHERE id='p1'").fetchone()[0]
    conn.execute("UPDATE records SET payload=? WHERE id='p2'", (blob,))
    conn.commit()
    assert store.get_record("policy", "p2") is None


def test_list_pages_keep_their_order_and_a_fresh_first_page_restarts_the_list(tmp_path: Path) -> None:
    store = make_store(tmp_path / "d.sqlite")
    store.put_list_page("policies:default", 0, [{"id": "1"}])
    store.put_list_page("policies:default", 1, [{"id": "2"}])
    cached = store.get_list("policies:default")
    assert cached is not None and [p[0]["id"] for p in cached.pages] == ["1", "2"]
    store.put_list_page("policies:default", 0, [{"id": "9"}])  # a refreshed first page restarts the list
    cached = store.get_list("policies:default")
    assert cached is not None and cached.pages == [[{"id": "9"}]]


def test_card_data_is_refused_everywhere(tmp_path: Path) -> None:
    store = make_store(tmp_path / "d.sqlite")
    with pytest.raises(CardDataRefused):
        store.save_autosave("wizard", {"step": "payment", "card": {"number": "4242424242424242"}})
    with pytest.raises(CardDataRefused):
        store.put_record("proposal", "p", {"nested": [{"cvc": "123"}]})
    assert store.load_autosave("wizard") is None


def test_outbox_in_order_with_failures_and_discard(tmp_path: Path) -> None:
    store = make_store(tmp_path / "d.sqlite")
    first = store.save_draft("customer", {"identityNumber": TCKN})
    second = store.save_draft("vehicle", {"plate": "34ABC123", "customerDraftId": first.draft_id})
    assert [e.seq for e in store.outbox()] == [first.seq, second.seq]
    store.mark_sent(first.seq, first.draft_id, "server-1")
    assert store.draft_server_id(first.draft_id) == "server-1"
    store.mark_failed(second.seq, "Plaka başka bir müşteride kayıtlı")
    (failed,) = store.outbox()
    assert failed.state == "failed" and failed.last_error == "Plaka başka bir müşteride kayıtlı"
    store.requeue(failed.seq)
    assert store.outbox()[0].state == "pending"
    store.discard(failed.seq)
    assert store.outbox() == []


def test_autosave_survives_reopen(tmp_path: Path) -> None:
    make_store(tmp_path / "d.sqlite").save_autosave("wizard", {"step": "vehicle", "customerId": "c"})
    loaded = make_store(tmp_path / "d.sqlite").load_autosave("wizard")
    assert loaded is not None and loaded.payload == {"step": "vehicle", "customerId": "c"}


def test_key_lives_in_keyring(mem_keyring: object) -> None:
    key, persistent = load_or_create_key("InsurUp Desk test")
    again, _ = load_or_create_key("InsurUp Desk test")
    assert persistent and key == again and len(key) == 32


@pytest.mark.asyncio
async def test_async_store_runs_off_the_loop_thread(tmp_path: Path) -> None:
    import threading

    store = AsyncStore(make_store(tmp_path / "d.sqlite"))
    seen: list[str] = []

    def record_thread() -> None:
        seen.append(threading.current_thread().name)

    await store.call(store.sync.put_record, "policy", "p", {"a": 1})
    await store.call(record_thread)
    results = await asyncio.gather(*(store.call(store.sync.get_record, "policy", "p") for _ in range(20)))
    assert all(r is not None and r.payload == {"a": 1} for r in results)
    assert seen and seen[0].startswith("store") and seen[0] != threading.current_thread().name
    store.close()


def test_a_broken_keyring_backend_means_an_in_memory_key(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring

    def broken(*_: object) -> None:
        raise OSError("keyring file is half written")

    monkeypatch.setattr(keyring, "get_password", broken)
    key, persistent = load_or_create_key("InsurUp Desk test")
    assert not persistent and len(key) == 32
