"""Opening the desk's local store for this user (composition-root helper): open or recover, always."""

from __future__ import annotations

import logging
from pathlib import Path

from insurup_desk.store import AsyncStore, Database, RecordCipher, Store, load_or_create_key
from insurup_desk.store.recovery import Damage, RecoveryReport, StoreFiles, open_store

log = logging.getLogger(__name__)

STORE_FILE = "desk.sqlite"


def open_or_recover(
    data_dir: Path, *, keyring_service: str, in_memory: bool = False, files: StoreFiles | None = None
) -> tuple[AsyncStore, RecoveryReport]:
    """The encrypted store in ``data_dir`` and what opening it found; never raises for the file's state.

    Without a keyring the key would have to sit beside the data it protects, so the store then lives for this
    run only and the report says so (the desk tells the operator). ``in_memory`` (the self-test) asks for
    that on purpose, and nothing is reported.
    """
    if in_memory:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        cipher = RecordCipher(AESGCM.generate_key(bit_length=256))
        return AsyncStore(Store(Database(":memory:"), cipher)), RecoveryReport(None, persistent=False)
    key, persistent = load_or_create_key(keyring_service)
    if not persistent:
        log.warning("no OS keyring: the local store is kept in memory for this run only")
    path = data_dir / STORE_FILE
    cipher = RecordCipher(key)
    try:
        store, report = open_store(path, cipher, key_persistent=persistent, files=files)
    except Exception as exc:  # whatever went wrong, the desk must start: this run keeps its store in memory
        log.exception("local store could not be opened or recovered")
        store = Store(Database(":memory:"), cipher)
        report = RecoveryReport(path, persistent=False, damage=Damage.DAMAGED, detail=f"{type(exc).__name__}",
                                unwritable=data_dir, outbox_complete=False)
    return AsyncStore(store), report


def open_local_store(data_dir: Path, *, keyring_service: str, in_memory: bool = False) -> AsyncStore:
    """The store alone, for callers that show no notice (tools, benchmarks, tests)."""
    return open_or_recover(data_dir, keyring_service=keyring_service, in_memory=in_memory)[0]
