"""Offline customer/vehicle entry replayed once the line returns — never duplicating what the server has."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from outbox_kit import new_tckn

from insurup_desk.api import (
    IndividualCustomerCreate,
    InsurUpClient,
    Plate,
    VehicleCreate,
)
from insurup_desk.sandbox.faults import FaultRule
from insurup_desk.services.outbox import Outbox
from insurup_desk.store import AsyncStore, Database, RecordCipher, Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[AsyncStore]:
    s = AsyncStore(Store(Database(tmp_path / "desk.sqlite"), RecordCipher(b"k" * 32)))
    yield s
    s.close()


def _line_down(sandbox: Any) -> None:
    sandbox.faults.add(FaultRule(route="*", drop=True))


async def _customers_with(client: InsurUpClient, tckn: str) -> int:
    page = await client.graphql.customers(first=10, search={"identityNumber": {"eq": {"value": tckn}}})
    return page.total_count or 0


@pytest.mark.asyncio
async def test_offline_customer_and_vehicle_replay_once(client: InsurUpClient, store: AsyncStore,
                                                        sandbox: Any) -> None:
    outbox = Outbox(client, store)
    tckn = new_tckn(1)
    _line_down(sandbox)
    customer = await outbox.queue_customer(IndividualCustomerCreate(identity_number=tckn, full_name="Zeynep Kaya"))
    await outbox.queue_vehicle(
        VehicleCreate(customer_id="pending", plate=Plate(city=6, code="ZK123"), model_year=2019),
        customer_draft_id=customer.draft_id,
    )
    report = await outbox.replay()
    assert report.stopped_offline and not report.sent
    assert [e.kind for e in await outbox.pending()] == ["customer", "vehicle"]

    sandbox.faults.clear()
    report = await outbox.replay()
    assert len(report.sent) == 2 and not report.failed
    assert await outbox.pending() == []
    customer_id = (await client.customers.get(tckn)).id
    vehicles = await client.vehicles.list(customer_id)
    assert [(v.plate.city, v.plate.code) for v in vehicles if v.plate] == [(6, "ZK123")]

    again = await outbox.replay()  # nothing left: a second replay sends nothing
    assert again.sent == [] and await _customers_with(client, tckn) == 1


@pytest.mark.asyncio
async def test_replay_links_a_customer_the_server_already_has(client: InsurUpClient, store: AsyncStore) -> None:
    outbox = Outbox(client, store)
    tckn = new_tckn(2)
    await outbox.queue_customer(IndividualCustomerCreate(identity_number=tckn, full_name="Ali Demir"))
    # Meanwhile another counter registered the same person.
    existing = await client.customers.create(IndividualCustomerCreate(identity_number=tckn, full_name="Ali Demir"))
    report = await outbox.replay()
    assert report.linked_existing and not report.sent
    assert (await client.customers.get(tckn)).id == existing
    assert await _customers_with(client, tckn) == 1


@pytest.mark.asyncio
async def test_replay_conflict_is_kept_for_the_operator(client: InsurUpClient, store: AsyncStore) -> None:
    outbox = Outbox(client, store)
    tckn = new_tckn(3)
    await client.customers.create(IndividualCustomerCreate(identity_number=tckn, full_name="Mehmet Öz"))
    entry = await outbox.queue_customer(IndividualCustomerCreate(identity_number=tckn, full_name="Hasan Çelik"))
    report = await outbox.replay()
    assert report.failed == [entry.seq]
    (failed,) = await outbox.pending()
    assert failed.state == "failed" and "Mehmet Öz" in (failed.last_error or "")
    await outbox.discard(entry.seq)
    assert await outbox.pending() == []
    assert await _customers_with(client, tckn) == 1


@pytest.mark.asyncio
async def test_server_refusal_message_is_kept(client: InsurUpClient, store: AsyncStore) -> None:
    outbox = Outbox(client, store)
    # An identity number the counter could not check offline: the server's message is what the operator sees.
    await outbox.queue_customer(IndividualCustomerCreate(identity_number="12345678901", full_name="Hatalı Kayıt"))
    report = await outbox.replay()
    assert len(report.failed) == 1
    (failed,) = await outbox.pending()
    # The server's own words about the identity number, not a generic failure.
    assert failed.state == "failed" and failed.last_error is not None
    assert "kimlik" in failed.last_error.lower() or "tckn" in failed.last_error.lower(), failed.last_error


@pytest.mark.asyncio
async def test_a_store_that_cannot_record_sent_still_sends_the_vehicle_and_never_twice(
    client: InsurUpClient, store: AsyncStore
) -> None:
    outbox = Outbox(client, store)
    tckn = new_tckn(9)
    customer = await outbox.queue_customer(IndividualCustomerCreate(identity_number=tckn, full_name="Sena Yurt"))
    await outbox.queue_vehicle(
        VehicleCreate(customer_id="pending", plate=Plate(city=16, code="SY961"), model_year=2020),
        customer_draft_id=customer.draft_id,
    )
    conn = store.sync.database.conn
    conn.execute("PRAGMA query_only=1")  # the file turned read-only under the running desk
    report = await outbox.replay()
    assert len(report.sent) == 2  # the customer's mark failed, yet the vehicle went out too
    assert [e.state for e in await outbox.pending()] == ["pending", "pending"]

    conn.execute("PRAGMA query_only=0")
    again = await Outbox(client, store).replay()  # the next start: linked by TCKN and plate, not created again
    assert len(again.linked_existing) == 2 and not again.sent and await outbox.pending() == []
    customer_id = (await client.customers.get(tckn)).id
    assert await _customers_with(client, tckn) == 1
    assert [(v.plate.city, v.plate.code) for v in await client.vehicles.list(customer_id) if v.plate] == [
        (16, "SY961")]
