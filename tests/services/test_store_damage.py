"""Whatever state the store file is in, the desk opens a store, says what was kept and what was lost, and the
outbox entries from before the damage reach the server exactly once or are reported as lost."""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import keyring
import pytest
from outbox_kit import new_tckn

from insurup_desk.api import IndividualCustomerCreate, InsurUpClient, Plate, VehicleCreate
from insurup_desk.services.local_store import STORE_FILE, open_or_recover
from insurup_desk.services.outbox import Outbox
from insurup_desk.store import AsyncStore
from insurup_desk.store.crypto import KEYRING_KEY_NAME
from insurup_desk.store.database import connect
from insurup_desk.store.recovery import Damage, RecoveryReport, StoreFiles
from insurup_desk.ui.store_notice import describe

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
from store_damages import DAMAGES, StoreDamage

SERVICE = "InsurUp Desk damage test"
PLATE = Plate(city=35, code="DM482")


async def _fill(data_dir: Path, client: InsurUpClient, tckn: str) -> None:
    """A desk that entered a customer and their vehicle offline, has a sale autosaved and a warm cache."""
    store, report = open_or_recover(data_dir, keyring_service=SERVICE)
    assert not report.notice_needed
    outbox = Outbox(client, store)
    customer = await outbox.queue_customer(IndividualCustomerCreate(identity_number=tckn, full_name="Deniz Arı"))
    await outbox.queue_vehicle(VehicleCreate(customer_id="pending", plate=PLATE, model_year=2018),
                               customer_draft_id=customer.draft_id)
    await store.call(store.sync.save_autosave, "wizard", {"owner": None, "flow": {"current": "vehicle"}})
    rows = [[f"{i:024x}", "ACTIVE", "x" * 200] for i in range(100)]
    for page_no in range(40):  # cached pages after the outbox, so the file has pages worth damaging
        await store.call(store.sync.put_list_page, "policies:test", page_no, {"rows": rows}, "row:policiesNew")
    store.sync.database.close()
    store.close()


async def _delivered(client: InsurUpClient, tckn: str) -> tuple[int, int]:
    """(customers with ``tckn``, vehicles with the test plate among them) on the server."""
    page = await client.graphql.customers(first=10, search={"identityNumber": {"eq": {"value": tckn}}})
    customers = page.total_count or 0
    vehicles = 0
    if customers:
        found = await client.customers.find_by_identity(tckn)
        assert found is not None
        vehicles = sum(1 for v in await client.vehicles.list(found.id)
                       if v.plate and (v.plate.city, v.plate.code) == (PLATE.city, PLATE.code))
    return customers, vehicles


async def _start_and_replay(data_dir: Path, client: InsurUpClient, files: StoreFiles | None = None
                            ) -> tuple[AsyncStore, RecoveryReport]:
    """What the desk does at start: open (or recover) the store, then send what waits in the outbox."""
    store, report = open_or_recover(data_dir, keyring_service=SERVICE, files=files)
    await Outbox(client, store).replay()
    return store, report


# --- the damage ---------------------------------------------------------------------------------------


def _only_reads(path: Path) -> Callable[[str], sqlite3.Connection]:
    """A connector for which the file now at ``path`` is read-only: what a read-only file gives SQLite."""
    inode = path.stat().st_ino

    def open_(location: str) -> sqlite3.Connection:
        if os.path.exists(location) and os.stat(location).st_ino == inode:
            return sqlite3.connect(f"{Path(location).as_uri()}?mode=ro", uri=True, check_same_thread=False,
                                   isolation_level=None)
        return connect(location)

    return open_


def _folder_only_reads(folder: Path) -> StoreFiles:
    """A read-only data folder: its files open read-only, nothing can be created or renamed in it."""

    def open_(location: str) -> sqlite3.Connection:
        if Path(location).parent == folder:
            if not os.path.exists(location):
                raise sqlite3.OperationalError("unable to open database file")
            return sqlite3.connect(f"{Path(location).as_uri()}?mode=ro", uri=True, check_same_thread=False,
                                   isolation_level=None)
        return connect(location)

    def refuse(target: Path) -> OSError | None:
        return PermissionError(13, "Permission denied", str(target)) if target == folder else None

    def no_move(source: Path, _target: Path) -> None:
        raise PermissionError(13, "Permission denied", str(source))

    return StoreFiles(connect=open_, dir_writable=refuse, move=no_move)


async def _next_start_delivers_each_once(data_dir: Path, client: InsurUpClient, tckn: str) -> RecoveryReport:
    """The following start: the outbox is empty, and the customer and the vehicle are on the server once."""
    again, report = await _start_and_replay(data_dir, client)
    try:
        assert again.sync.outbox() == []
        assert await _delivered(client, tckn) == (1, 1)
    finally:
        again.close()
    return report


def _aside(data_dir: Path) -> list[Path]:
    return [p for p in data_dir.glob("desk-*.sqlite")]


# --- one test per damage case -------------------------------------------------------------------------


@pytest.mark.asyncio
@pytest.mark.parametrize("damage", DAMAGES, ids=[d.name for d in DAMAGES])
async def test_a_damaged_file_is_moved_aside_and_the_desk_starts(
    tmp_path: Path, mem_keyring: Any, client: InsurUpClient, damage: StoreDamage
) -> None:
    kind, words, readable = damage.kind, damage.words, damage.readable
    tckn = new_tckn(11 + 10 * DAMAGES.index(damage))
    await _fill(tmp_path, client, tckn)
    damage.apply(tmp_path / STORE_FILE)

    store, report = await _start_and_replay(tmp_path, client)
    try:
        assert report.damage is kind and report.persistent
        (aside,) = _aside(tmp_path)
        assert report.moved_to == aside and kind.value in aside.name
        text = describe(report)
        assert words in text and str(aside) in text and "Yeni bir kayıt dosyası açıldı" in text
        customers, vehicles = await _delivered(client, tckn)
        if readable:  # the outbox and the autosaved sale were carried over: delivered, exactly once
            assert report.outbox_kept == 2 and report.autosave_kept
            assert (customers, vehicles) == (1, 1)
            assert "2 bekleyen işlem" in text and "yarım kalan satış" in text
            assert await store.call(store.sync.outbox) == []
        else:  # nothing readable: delivered never, and the operator is told they may be lost
            assert report.outbox_kept == 0 and (customers, vehicles) == (0, 0)
            assert not report.outbox_complete and "kaybolmuş olabilir" in text
        # The fresh store works and is on disk.
        await store.call(store.sync.save_autosave, "wizard", {"after": True})
    finally:
        store.close()
    again, report = open_or_recover(tmp_path, keyring_service=SERVICE)
    assert not report.notice_needed
    saved = again.sync.load_autosave("wizard")
    assert saved is not None and saved.payload == {"after": True}
    again.close()


@pytest.mark.asyncio
async def test_a_read_only_file_is_replaced_and_its_outbox_delivered_once(
    tmp_path: Path, mem_keyring: Any, client: InsurUpClient
) -> None:
    tckn = new_tckn(51)
    await _fill(tmp_path, client, tckn)
    path = tmp_path / STORE_FILE
    store, report = await _start_and_replay(tmp_path, client, StoreFiles(connect=_only_reads(path)))
    assert report.damage is Damage.READ_ONLY and report.persistent and report.outbox_kept == 2
    text = describe(report)
    assert f"salt okunur): {path}" in text and str(report.moved_to) in text
    assert await _delivered(client, tckn) == (1, 1)
    store.close()
    # The next start finds a sound, writable store with nothing left to send.
    assert not (await _next_start_delivers_each_once(tmp_path, client, tckn)).notice_needed


@pytest.mark.asyncio
async def test_a_read_only_folder_keeps_the_store_in_memory_and_says_where(
    tmp_path: Path, mem_keyring: Any, client: InsurUpClient
) -> None:
    tckn = new_tckn(61)
    await _fill(tmp_path, client, tckn)
    store, report = await _start_and_replay(tmp_path, client, _folder_only_reads(tmp_path))
    assert report.damage is Damage.READ_ONLY and not report.persistent and report.moved_to is None
    assert report.unwritable == tmp_path and report.outbox_kept == 2
    text = describe(report)
    assert f"Veri klasörüne yazılamıyor: {tmp_path}" in text and "yalnızca bellekte" in text
    assert await _delivered(client, tckn) == (1, 1)
    assert _aside(tmp_path) == []  # nothing was written there
    store.close()
    # When the folder can be written again, the entries the memory store sent are linked, not created again.
    await _next_start_delivers_each_once(tmp_path, client, tckn)


@pytest.mark.asyncio
async def test_a_lost_key_is_treated_as_damage_and_the_entries_shown_as_lost(
    tmp_path: Path, mem_keyring: Any, client: InsurUpClient
) -> None:
    tckn = new_tckn(71)
    await _fill(tmp_path, client, tckn)
    keyring.delete_password(SERVICE, KEYRING_KEY_NAME)

    store, report = await _start_and_replay(tmp_path, client)
    assert report.damage is Damage.KEY_LOST and report.persistent
    assert report.outbox_lost == 2 and report.outbox_kept == 0
    text = describe(report)
    assert "şifre anahtarı" in text and "Okunamayan 2 bekleyen işlem kayboldu" in text
    assert report.moved_to is not None and report.moved_to.exists()
    assert await _delivered(client, tckn) == (0, 0)
    store.close()


@pytest.mark.asyncio
async def test_without_a_keyring_the_operator_is_told_nothing_is_kept(
    tmp_path: Path, mem_keyring: Any, client: InsurUpClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    tckn = new_tckn(81)
    await _fill(tmp_path, client, tckn)

    def no_service(*_: object) -> None:
        raise keyring.errors.KeyringError("no Secret Service on this desk")

    with monkeypatch.context() as m:
        m.setattr(keyring, "get_password", no_service)
        store, report = await _start_and_replay(tmp_path, client)
        assert report.no_keyring and not report.persistent and report.waiting_in_file == 2
        text = describe(report)
        assert "anahtar deposuna" in text and "uygulama yeniden açılınca kaybolur" in text
        assert "2 bekleyen işlem dosyada duruyor" in text
        assert await _delivered(client, tckn) == (0, 0)  # the file's entries wait; nothing is lost
        store.close()
    # With the keyring back, they are sent, once.
    assert not (await _next_start_delivers_each_once(tmp_path, client, tckn)).notice_needed


def test_even_an_unforeseen_failure_while_opening_starts_the_desk(
    tmp_path: Path, mem_keyring: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import insurup_desk.services.local_store as local_store

    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("unforeseen")

    monkeypatch.setattr(local_store, "open_store", broken)
    store, report = open_or_recover(tmp_path, keyring_service=SERVICE)
    assert not report.persistent and report.notice_needed
    assert "yalnızca bellekte" in describe(report)
    store.sync.save_autosave("wizard", {"n": 1})  # a working store, for this run
    store.close()
