"""Opening the desk's local store for this user (composition-root helper)."""

from __future__ import annotations

import logging
from pathlib import Path

from insurup_desk.store import AsyncStore, Database, RecordCipher, Store, load_or_create_key

log = logging.getLogger(__name__)

STORE_FILE = "desk.sqlite"


def open_local_store(data_dir: Path, *, keyring_service: str, in_memory: bool = False) -> AsyncStore:
    """The encrypted store in ``data_dir``; kept in memory only when asked or when no keyring holds the key.

    Without a keyring the key would have to sit beside the data it protects, so the store then lives for this
    run only: the desk still works offline, but drafts do not survive a restart (the status is logged).
    """
    if in_memory:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        key, persistent = AESGCM.generate_key(bit_length=256), False
    else:
        key, persistent = load_or_create_key(keyring_service)
    if not persistent and not in_memory:
        log.warning("no OS keyring: the local store is kept in memory for this run only")
    location: Path | str = data_dir / STORE_FILE if persistent else ":memory:"
    return AsyncStore(Store(Database(location), RecordCipher(key)))
