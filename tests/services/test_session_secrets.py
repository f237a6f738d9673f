"""The keyring vault: chunking under the Windows blob limit, overwrite and delete leave nothing behind."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import keyring.errors
import pytest

from insurup_desk.services.secrets import CHUNK_CHARS, SecretVault, VaultUnavailable


@pytest.mark.asyncio
async def test_short_value_round_trip(mem_keyring: Any) -> None:
    vault = SecretVault("InsurUp Desk test")
    await vault.set("p/refresh_token", "abc")
    assert await vault.get("p/refresh_token") == "abc"
    assert all(len(v) <= 1280 for v in mem_keyring.store.values())


@pytest.mark.asyncio
async def test_long_value_is_split_under_the_windows_limit(mem_keyring: Any) -> None:
    vault = SecretVault("svc")
    long_token = "eyJ" + "x" * 4000 + "ğüşİ"
    await vault.set("p/refresh_token", long_token)
    assert await vault.get("p/refresh_token") == long_token
    assert len(mem_keyring.store) == 1 + -(-len(long_token) // CHUNK_CHARS)
    assert all(len(v) <= 1280 for v in mem_keyring.store.values())
    # Rewriting with a short value removes the old parts.
    await vault.set("p/refresh_token", "short")
    assert await vault.get("p/refresh_token") == "short"
    assert list(mem_keyring.store) == [("svc", "p/refresh_token")]
    await vault.set("p/refresh_token", long_token)
    await vault.delete("p/refresh_token")
    assert mem_keyring.store == {}
    assert await vault.get("p/refresh_token") is None


@pytest.mark.asyncio
async def test_missing_part_reads_as_absent(mem_keyring: Any) -> None:
    vault = SecretVault("svc")
    await vault.set("p/x", "y" * 2500)
    del mem_keyring.store[("svc", "p/x#1")]
    assert await vault.get("p/x") is None


@pytest.mark.asyncio
async def test_a_broken_keyring_is_reported_as_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: Any) -> None:
        raise keyring.errors.NoKeyringError("no backend")

    monkeypatch.setattr(keyring, "set_password", refuse)
    monkeypatch.setattr(keyring, "get_password", refuse)
    with pytest.raises(VaultUnavailable):
        await SecretVault("svc").set("p/x", "y")


class _ReprRecordingExecutor(ThreadPoolExecutor):
    """Writes down what it is handed the way qasync's executor logs it at DEBUG: repr of callable and args."""

    def __init__(self) -> None:
        super().__init__(max_workers=1)
        self.seen: list[str] = []

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        self.seen.append(f"{fn!r} {args!r} {kwargs!r}")
        return super().submit(fn, *args, **kwargs)


@pytest.mark.asyncio
async def test_no_value_is_handed_to_the_executor_where_its_repr_shows(mem_keyring: Any) -> None:
    executor = _ReprRecordingExecutor()
    asyncio.get_running_loop().set_default_executor(executor)
    vault = SecretVault("svc")
    await vault.set("p/password", "Demo1234!")
    assert await vault.get("p/password") == "Demo1234!"
    await vault.delete("p/password")
    assert len(executor.seen) == 3 and all("p/password" in seen for seen in executor.seen)
    assert not any("Demo1234!" in seen for seen in executor.seen)
