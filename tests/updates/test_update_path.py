"""The update path end to end: a desk at version N, a repository on loopback with N+1, the sandbox's server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from update_repos import CURRENT, NEXT, Repo, make_bundle

from insurup_desk.services.update_install import apply_pending_update
from insurup_desk.services.update_service import Blocker, DeskGate, UpdateService, UpdateState, UpdateStatus
from insurup_desk.services.update_staging import UpdateFailure, UpdateLayout
from insurup_desk.services.updates import UpdateClient


class OpenGate:
    async def blockers(self) -> list[Blocker]:
        return []


def desk(repo: Repo, tmp_path: Path) -> tuple[UpdateService, UpdateLayout, Path, list[UpdateStatus]]:
    install = make_bundle(tmp_path / "installed" / "insurup-desk", CURRENT)
    layout = UpdateLayout(tmp_path / "data" / "updates")
    service = UpdateService(
        make_client=lambda: UpdateClient(repo_url=repo.server.url, channel="stable", current_version=CURRENT,
                                         layout=layout, trusted_root=repo.root),
        layout=layout,
        current_version=CURRENT,
        gate=OpenGate(),
    )
    seen: list[UpdateStatus] = []
    service.add_listener(seen.append)
    return service, layout, install, seen


def installed_version(install: Path) -> str:
    return (install / "VERSION").read_text(encoding="utf-8")


@pytest.mark.asyncio
async def test_the_desk_finds_downloads_verifies_and_installs_the_next_version(repo: Repo, tmp_path: Path) -> None:
    repo.publish(CURRENT)
    repo.publish(NEXT)
    service, layout, install, seen = desk(repo, tmp_path)

    status = await service.check_now()

    assert status.state is UpdateState.READY and status.version == NEXT
    downloading = [s for s in seen if s.state is UpdateState.DOWNLOADING]
    assert downloading and downloading[-1].received == downloading[-1].total > 100_000  # progress to the end
    assert installed_version(install) == CURRENT  # nothing changes while the desk runs
    assert f"targets/insurup-desk-{NEXT}.tar.gz" in repo.server.requests

    assert apply_pending_update(layout, CURRENT, install, relaunch=False) == NEXT
    assert installed_version(install) == NEXT
    assert (install / "_internal" / "data.bin").stat().st_size == 102_400
    assert installed_version(install.with_name("insurup-desk.previous")) == CURRENT
    # Once installed, the desk at N+1 finds nothing more to do.
    assert apply_pending_update(layout, NEXT, install, relaunch=False) is None


@pytest.mark.asyncio
async def test_the_desk_already_at_the_newest_version_is_told_so(repo: Repo, tmp_path: Path) -> None:
    repo.publish(CURRENT)
    service, layout, install, _seen = desk(repo, tmp_path)
    assert (await service.check_now()).state is UpdateState.UP_TO_DATE
    assert apply_pending_update(layout, CURRENT, install, relaunch=False) is None


@pytest.mark.asyncio
async def test_tampered_metadata_is_refused_and_version_n_keeps_running(repo: Repo, tmp_path: Path) -> None:
    repo.publish(NEXT)
    targets = repo.folder / "metadata" / "targets.json"
    signed = json.loads(targets.read_text(encoding="utf-8"))
    archive = f"insurup-desk-{NEXT}.tar.gz"
    # An attacker on the host swaps in another archive and edits its hash to match, without the targets key.
    signed["signed"]["targets"][archive]["hashes"]["sha256"] = "0" * 64
    targets.write_text(json.dumps(signed), encoding="utf-8")
    service, layout, install, _seen = desk(repo, tmp_path)

    status = await service.check_now()

    assert status.state is UpdateState.FAILED and status.failure is UpdateFailure.UNTRUSTED
    assert f"targets/{archive}" not in repo.server.requests  # nothing is downloaded on untrusted metadata
    assert service.staged() is None
    assert apply_pending_update(layout, CURRENT, install, relaunch=False) is None
    assert installed_version(install) == CURRENT


@pytest.mark.asyncio
async def test_a_swapped_archive_fails_its_signed_hash(repo: Repo, tmp_path: Path) -> None:
    archive = repo.publish(NEXT)
    archive.write_bytes(archive.read_bytes()[:-8] + b"\x00" * 8)
    service, layout, install, _seen = desk(repo, tmp_path)

    status = await service.check_now()

    assert status.state is UpdateState.FAILED and status.failure is UpdateFailure.DOWNLOAD
    assert apply_pending_update(layout, CURRENT, install, relaunch=False) is None
    assert installed_version(install) == CURRENT


@pytest.mark.asyncio
async def test_an_interrupted_download_leaves_n_and_the_next_check_completes(repo: Repo, tmp_path: Path) -> None:
    archive = repo.publish(NEXT)
    repo.server.cut_after(archive.name, 20_000)
    service, layout, install, _seen = desk(repo, tmp_path)

    status = await service.check_now()

    assert status.state is UpdateState.FAILED and status.failure is UpdateFailure.DOWNLOAD
    assert service.staged() is None and not any((layout.staging_dir).iterdir())
    assert apply_pending_update(layout, CURRENT, install, relaunch=False) is None
    assert installed_version(install) == CURRENT

    repo.server.heal()
    assert (await service.check_now()).state is UpdateState.READY
    assert apply_pending_update(layout, CURRENT, install, relaunch=False) == NEXT


@pytest.mark.asyncio
async def test_a_repository_that_does_not_answer_is_a_failed_check(repo: Repo, tmp_path: Path) -> None:
    repo.publish(NEXT)
    service, _layout, install, _seen = desk(repo, tmp_path)
    repo.server.stop()
    status = await service.check_now()
    assert status.state is UpdateState.FAILED and status.failure is UpdateFailure.UNREACHABLE
    assert installed_version(install) == CURRENT


@pytest.mark.asyncio
async def test_beta_versions_reach_only_the_beta_channel(repo: Repo, tmp_path: Path) -> None:
    repo.publish("1.5.0b1")
    layout = UpdateLayout(tmp_path / "updates")
    stable = UpdateClient(repo_url=repo.server.url, channel="stable", current_version=CURRENT, layout=layout,
                          trusted_root=repo.root)
    beta = UpdateClient(repo_url=repo.server.url, channel="beta", current_version=CURRENT, layout=layout,
                        trusted_root=repo.root)
    try:
        assert stable.check() is None
        offer = beta.check()
        assert offer is not None and offer.version == "1.5.0b1"
    finally:
        stable.close()
        beta.close()


@pytest.mark.asyncio
async def test_the_desk_may_not_restart_during_a_sale_a_payment_or_with_unsent_entries() -> None:
    state = {"sale": True, "payments": 1, "unsent": 2}

    async def sale_open() -> bool:
        return bool(state["sale"])

    async def open_payments() -> int:
        return int(state["payments"])

    async def unsent() -> int:
        return int(state["unsent"])

    gate = DeskGate(sale_open=sale_open, open_payments=open_payments, unsent=unsent)
    assert await gate.blockers() == [Blocker.SALE, Blocker.PAYMENT, Blocker.OUTBOX]
    state.update(sale=False, payments=0)
    assert await gate.blockers() == [Blocker.OUTBOX]
    state.update(unsent=0)
    assert await gate.blockers() == []
