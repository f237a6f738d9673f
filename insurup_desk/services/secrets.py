"""Secrets in the operating system's credential store, through ``keyring``, off the GUI thread.

Windows Credential Manager refuses blobs above about 1,280 characters (2,560 bytes of UTF-16), and refresh
tokens or JWT-style values can be longer. Every value is therefore written with a small header and, when
long, split over numbered entries: ``v1:<value>`` for one entry, ``v1c:<n>`` plus ``<name>#0..n-1`` for more.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Generic, TypeVar

import keyring
import keyring.errors

log = logging.getLogger(__name__)

T = TypeVar("T")

# Well under the Windows limit, leaving room for the header and multi-byte characters.
CHUNK_CHARS = 1000
MAX_CHUNKS = 16
_SINGLE = "v1:"
_CHUNKED = "v1c:"


class VaultUnavailable(Exception):
    """The credential store cannot be used (no backend, locked, refused)."""


class SecretVault:
    """Named secrets for one service name; all calls run in a worker thread."""

    def __init__(self, service: str, *, chunk_chars: int = CHUNK_CHARS) -> None:
        self._service = service
        self._chunk_chars = chunk_chars
        # Writes and deletes of one name must not interleave (a rotation racing a logout).
        self._lock = asyncio.Lock()

    @property
    def service(self) -> str:
        return self._service

    async def get(self, name: str) -> str | None:
        return await asyncio.to_thread(_VaultCall("get", name, lambda: self._get(name)))

    async def set(self, name: str, value: str) -> None:
        async with self._lock:
            # Not ``to_thread(self._set, name, value)``: the event loop's executor may log the callable it
            # runs, arguments and all. The value travels inside a call whose repr names only the entry.
            await asyncio.to_thread(_VaultCall("set", name, lambda: self._set(name, value)))

    async def delete(self, name: str) -> None:
        async with self._lock:
            await asyncio.to_thread(_VaultCall("delete", name, lambda: self._delete(name)))

    # --- blocking parts, run in a thread ------------------------------------------------------------

    def _get(self, name: str) -> str | None:
        head = self._call(keyring.get_password, name)
        if head is None:
            return None
        if head.startswith(_SINGLE):
            return head[len(_SINGLE) :]
        if head.startswith(_CHUNKED):
            count = int(head[len(_CHUNKED) :])
            parts = [self._call(keyring.get_password, f"{name}#{i}") for i in range(count)]
            if any(p is None for p in parts):
                log.warning("credential %s is incomplete in the keyring; ignoring it", name)
                return None
            return "".join(p for p in parts if p is not None)
        log.warning("credential %s has an unknown format in the keyring; ignoring it", name)
        return None

    def _set(self, name: str, value: str) -> None:
        chunks = [value[i : i + self._chunk_chars] for i in range(0, len(value), self._chunk_chars)] or [""]
        if len(chunks) > MAX_CHUNKS:
            raise VaultUnavailable(f"credential {name} is too long for the keyring ({len(value)} characters)")
        old_count = self._chunk_count(name)
        if len(chunks) == 1:
            self._call(keyring.set_password, name, _SINGLE + value)
        else:
            for i, chunk in enumerate(chunks):
                self._call(keyring.set_password, f"{name}#{i}", chunk)
            # The header goes last so a reader never sees a count whose parts are not written yet.
            self._call(keyring.set_password, name, f"{_CHUNKED}{len(chunks)}")
        first_stale = len(chunks) if len(chunks) > 1 else 0
        for i in range(first_stale, old_count):
            self._delete_one(f"{name}#{i}")

    def _delete(self, name: str) -> None:
        count = self._chunk_count(name)
        self._delete_one(name)
        for i in range(count):
            self._delete_one(f"{name}#{i}")

    def _chunk_count(self, name: str) -> int:
        head = self._call(keyring.get_password, name)
        if head and head.startswith(_CHUNKED):
            try:
                return int(head[len(_CHUNKED) :])
            except ValueError:
                return 0
        return 0

    def _delete_one(self, entry: str) -> None:
        try:
            keyring.delete_password(self._service, entry)
        except keyring.errors.PasswordDeleteError:
            pass
        except Exception as exc:  # backends raise their own errors (D-Bus, OS, file) besides KeyringError
            raise VaultUnavailable(str(exc)) from exc

    def _call(self, fn: object, entry: str, *value: str) -> str | None:
        try:
            result = fn(self._service, entry, *value)  # type: ignore[operator]
        except Exception as exc:  # backends raise their own errors (D-Bus, OS, file) besides KeyringError
            raise VaultUnavailable(str(exc)) from exc
        return None if result is None else str(result)


class _VaultCall(Generic[T]):
    """One blocking keyring operation, handed to a worker thread; its repr never shows a value."""

    __slots__ = ("_entry", "_operation", "_run")

    def __init__(self, operation: str, entry: str, run: Callable[[], T]) -> None:
        self._operation = operation
        self._entry = entry
        self._run = run

    def __call__(self) -> T:
        return self._run()

    def __repr__(self) -> str:
        return f"<keyring {self._operation} {self._entry!r}>"


class MemoryVault:
    """A vault that forgets everything when the process ends (self-test, kiosk use)."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    async def get(self, name: str) -> str | None:
        return self.values.get(name)

    async def set(self, name: str, value: str) -> None:
        self.values[name] = value

    async def delete(self, name: str) -> None:
        self.values.pop(name, None)
