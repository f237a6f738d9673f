"""The wizard's autosave: every step is kept, an ended or abandoned sale is forgotten, another user's is not offered."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from insurup_desk.services.autosave import WizardAutosave
from insurup_desk.services.sales_flow import SalesFlow
from insurup_desk.store import AsyncStore, Database, RecordCipher, Store
from insurup_desk.store.repository import CardDataRefused


@pytest.fixture
def store(tmp_path: Path) -> Iterator[AsyncStore]:
    s = AsyncStore(Store(Database(tmp_path / "desk.sqlite"), RecordCipher(b"a" * 32)))
    yield s
    s.close()


def _on_vehicle_step() -> SalesFlow:
    return SalesFlow.begin("cus-1", "Ayşe Yılmaz (111***10)")


@pytest.mark.asyncio
async def test_the_last_state_reported_is_the_one_offered_back(store: AsyncStore) -> None:
    saver = WizardAutosave(store, owner="gise@demo.acente")
    flow = _on_vehicle_step()
    saver.record(flow.to_dict())
    flow.advance(vehicle_id="veh-9", vehicle_label="34 ABC 123")
    saver.record(flow.to_dict())
    await saver.flush()

    saved = await WizardAutosave(store, owner="GISE@demo.acente").load()  # a new run, same operator
    assert saved is not None and saved.step == "quotes"
    assert saved.data["vehicle_label"] == "34 ABC 123"
    restored = SalesFlow.from_dict(saved.flow)
    assert restored.back() == "asset" and restored.data.customer_id == "cus-1"


@pytest.mark.asyncio
async def test_the_empty_wizard_of_a_new_run_does_not_wipe_what_a_crash_left(store: AsyncStore) -> None:
    first = WizardAutosave(store, owner="gise@demo.acente")
    first.record(_on_vehicle_step().to_dict())
    await first.flush()
    after_restart = WizardAutosave(store, owner="gise@demo.acente")
    after_restart.record(SalesFlow.begin().to_dict())  # the blank wizard shown at start-up
    await after_restart.flush()
    assert await after_restart.load() is not None


@pytest.mark.asyncio
async def test_abandoning_or_finishing_the_sale_forgets_it(store: AsyncStore) -> None:
    saver = WizardAutosave(store, owner="gise@demo.acente")
    saver.record(_on_vehicle_step().to_dict())
    saver.record(SalesFlow.begin().to_dict())  # "new sale" over the old one
    await saver.flush()
    assert await saver.load() is None

    done = {"current": "done", "data": {"customer_id": "cus-1", "policy_id": "p-1"}, "history": []}
    saver.record(_on_vehicle_step().to_dict())
    saver.record(done)
    await saver.flush()
    assert await saver.load() is None


@pytest.mark.asyncio
async def test_another_operator_is_not_offered_the_sale(store: AsyncStore) -> None:
    saver = WizardAutosave(store, owner="gise@demo.acente")
    saver.record(_on_vehicle_step().to_dict())
    await saver.flush()
    assert await WizardAutosave(store, owner="mudur@demo.acente").load() is None


@pytest.mark.asyncio
async def test_card_fields_never_reach_the_autosave(store: AsyncStore) -> None:
    state = _on_vehicle_step().to_dict()
    state["data"] = {**state["data"], "cardNumber": "4242424242424242"}
    with pytest.raises(CardDataRefused):
        await store.call(store.sync.save_autosave, "wizard", {"owner": None, "flow": state})
