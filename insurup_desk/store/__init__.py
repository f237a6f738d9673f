"""Local SQLite store: cached lists and records, reference data, drafts and outbox, wizard autosave.

Personal data is encrypted at rest with a key kept in the OS keyring; card data is never written here.
"""

from insurup_desk.store.crypto import RecordCipher, load_or_create_key
from insurup_desk.store.database import Database
from insurup_desk.store.repository import (
    AsyncStore,
    CachedList,
    CachedRecord,
    OutboxEntry,
    Store,
)

__all__ = [
    "AsyncStore",
    "CachedList",
    "CachedRecord",
    "Database",
    "OutboxEntry",
    "RecordCipher",
    "Store",
    "load_or_create_key",
]
