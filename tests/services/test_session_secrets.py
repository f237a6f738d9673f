"""The keyring vault: chunking under the Windows blob limit, overwrite and delete leave nothing behind."""

from __future__ import annotations

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
