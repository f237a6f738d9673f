"""The update prompt over the desk's real state: a sale, a payment or unsent offline entries hold the restart."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest
from update_repos import CURRENT, NEXT, Repo

from insurup_desk import __version__
from insurup_desk.api.models import IndividualCustomerCreate
from insurup_desk.services.autosave import WizardAutosave
from insurup_desk.services.outbox import Outbox
from insurup_desk.services.paths import AppPaths
from insurup_desk.services.purchase_journal import AsyncJournal, JournalState, open_journal
from insurup_desk.services.sales_flow import SalesFlow
from insurup_desk.services.update_service import UpdateService, UpdateState
from insurup_desk.services.update_staging import UpdateLayout
from insurup_desk.services.updates import UpdateClient
from insurup_desk.store import AsyncStore, Database, RecordCipher, Store
from insurup_desk.ui.about_dialog import AboutDialog
from insurup_desk.ui.desk_updates import desk_gate
from insurup_desk.ui.update_prompt import UpdateNotifier


@pytest.fixture
def store(tmp_path: Path) -> Iterator[AsyncStore]:
    s = AsyncStore(Store(Database(tmp_path / "desk.sqlite"), RecordCipher(b"a" * 32)))
    yield s
    s.close()


@pytest.fixture
def journal() -> Iterator[AsyncJournal]:
    j = open_journal(None)
    yield j
    j.close()


def service_for(repo: Repo, tmp_path: Path, store: AsyncStore, journal: AsyncJournal, outbox: Outbox) -> UpdateService:
    layout = UpdateLayout(tmp_path / "updates")
    return UpdateService(
        make_client=lambda: UpdateClient(repo_url=repo.server.url, channel="stable", current_version=CURRENT,
                                         layout=layout, trusted_root=repo.root),
        layout=layout, current_version=CURRENT, gate=desk_gate(store, journal, outbox),
    )


def run(loop: asyncio.AbstractEventLoop, qtbot: Any, work: Any) -> Any:
    task = asyncio.ensure_future(work)
    qtbot.waitUntil(task.done, timeout=20_000)
    return task.result()


def test_the_prompt_holds_the_restart_until_the_counter_is_free(
    qtbot: Any, qloop_running: asyncio.AbstractEventLoop, repo: Repo, tmp_path: Path, store: AsyncStore,
    journal: AsyncJournal, monkeypatch: pytest.MonkeyPatch,
) -> None:
    repo.publish(NEXT)
    outbox = Outbox(cast(Any, None), store)  # the client is only used to send, which this test never does
    service = service_for(repo, tmp_path, store, journal, outbox)
    quits: list[int] = []
    restarts: list[bool] = []
    monkeypatch.setattr("insurup_desk.ui.update_prompt.restart_after_exit", lambda: restarts.append(True))
    notifier = UpdateNotifier(service, quit_with=quits.append)

    # A sale on the vehicle step, a payment whose outcome is open, a customer typed offline.
    autosave = WizardAutosave(store)
    autosave.record(SalesFlow.begin("cus-1", "Ayşe Yılmaz (111***10)").to_dict())
    run(qloop_running, qtbot, autosave.flush())
    entry = run(qloop_running, qtbot, journal.begin("prop-1", "prod-1", 1, "SYNC_CREDIT_CARD"))
    run(qloop_running, qtbot, outbox.queue_customer(
        IndividualCustomerCreate(identity_number="10000000146", full_name="Zeynep Kaya")))

    assert run(qloop_running, qtbot, service.check_now()).state is UpdateState.READY
    prompt = notifier.prompt
    assert prompt is not None and prompt.isVisible()
    qtbot.waitUntil(lambda: prompt.blocked_label.isVisible())
    assert not prompt.restart_button.isEnabled()
    assert "açık bir satış var" in prompt.blocked_label.text()
    assert "bir ödemenin sonucu henüz belli değil" in prompt.blocked_label.text()
    assert "çevrimdışı girilen kayıtlar henüz gönderilmedi" in prompt.blocked_label.text()

    # Asked anyway (a stale prompt): the desk checks again and stays up.
    notifier.restart_when_allowed()
    qtbot.waitUntil(lambda: not notifier._tasks)
    assert quits == [] and restarts == []

    autosave.clear()
    run(qloop_running, qtbot, autosave.flush())
    run(qloop_running, qtbot, journal.close_entry(entry.id, JournalState.PURCHASED))
    pending = run(qloop_running, qtbot, outbox.pending())
    run(qloop_running, qtbot, outbox.discard(pending[0].seq))
    notifier.restart_when_allowed()
    qtbot.waitUntil(lambda: quits == [0])
    assert restarts == [True] and not prompt.isVisible()
    prompt.deleteLater()


def test_about_shows_version_channel_and_the_update_state(
    qtbot: Any, qloop_running: asyncio.AbstractEventLoop, repo: Repo, tmp_path: Path, store: AsyncStore,
    journal: AsyncJournal,
) -> None:
    repo.publish(NEXT)
    service = service_for(repo, tmp_path, store, journal, Outbox(cast(Any, None), store))
    paths = AppPaths(tmp_path / "c", tmp_path / "d", tmp_path / "l")
    dialog = AboutDialog(paths, api_url="https://api.insurup.com/api/", update_channel="beta", updates=service)
    qtbot.addWidget(dialog)
    assert dialog.version_label.text() == __version__
    assert dialog.channel_label.text() == "deneme (beta)"
    assert dialog.update_label.text() == "henüz denetlenmedi"
    run(qloop_running, qtbot, service.check_now())
    assert dialog.update_label.text() == f"{NEXT} indirildi; yeniden başlatınca kurulur"
    dialog.done(0)
    run(qloop_running, qtbot, service.check_now())  # a closed About no longer listens
